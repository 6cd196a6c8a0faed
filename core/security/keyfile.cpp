#include "security/keyfile.h"

#include "util/trcontext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace waymark {

namespace {

const char* const formatName = "waymark-keys";

QString kindName(KeySlot::Kind kind) {
    return kind == KeySlot::Kind::Recovery ? QStringLiteral("recovery") : QStringLiteral("password");
}

// Reads a base64 field; an absent, non-string or non-base64 value is an error naming the field.
Result<QByteArray> bytesField(const QJsonObject& object, const QString& field, const QString& where,
                              bool required = true) {
    const QJsonValue value = object.value(field);
    if (value.isUndefined() && !required)
        return QByteArray();
    if (!value.isString())
        return Status::failure(Security::tr("%1.%2: expected base64 text").arg(where, field));
    auto decoded =
        QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Status::failure(Security::tr("%1.%2: not valid base64").arg(where, field));
    return *decoded;
}

Result<quint64> countField(const QJsonObject& object, const QString& field, const QString& where) {
    const QJsonValue value = object.value(field);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > 9.0e15 || number != double(quint64(number)))
        return Status::failure(Security::tr("%1.%2: expected a whole number").arg(where, field));
    return quint64(number);
}

} // namespace

KeySlot* KeyFile::passwordSlot(const QString& user) {
    for (KeySlot& slot : keySlots)
        if (slot.kind == KeySlot::Kind::Password && slot.user == user.toLower())
            return &slot;
    return nullptr;
}

const KeySlot* KeyFile::passwordSlot(const QString& user) const {
    return const_cast<KeyFile*>(this)->passwordSlot(user);
}

KeySlot* KeyFile::recoverySlot() {
    for (KeySlot& slot : keySlots)
        if (slot.kind == KeySlot::Kind::Recovery)
            return &slot;
    return nullptr;
}

QString KeyFile::pathFor(const QString& databasePath) {
    return databasePath + QStringLiteral(".keys");
}

Result<KeyFile> KeyFile::load(const QString& path) {
    QFile file(path);
    if (!file.exists())
        return Status::failure(
            Security::tr("The key file %1 is missing. It must sit beside the database; restore it from the "
                         "backup it was saved with.")
                .arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(Security::tr("Could not read %1: %2").arg(path, file.errorString()));
    if (file.size() > 4 * 1024 * 1024)
        return Status::failure(Security::tr("%1 is too large to be a Waymark key file.").arg(path));
    auto parsed = parse(file.readAll());
    if (!parsed)
        return Status::failure(Security::tr("%1: %2").arg(path, parsed.error()));
    return parsed;
}

Result<KeyFile> KeyFile::parse(const QByteArray& json) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Status::failure(
            Security::tr("not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
    if (!doc.isObject())
        return Status::failure(Security::tr("$: expected an object"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(formatName))
        return Status::failure(Security::tr("$.format: this is not a Waymark key file"));
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version != formatVersion)
        return Status::failure(Security::tr("$.version: version %1 is not one this Waymark reads (%2)")
                                   .arg(version)
                                   .arg(formatVersion));

    KeyFile file;
    const QString top = QStringLiteral("$");
    auto id = bytesField(root, QStringLiteral("databaseId"), top);
    auto key = bytesField(root, QStringLiteral("databaseKey"), top);
    auto pending = bytesField(root, QStringLiteral("pendingDatabaseKey"), top, false);
    for (const auto* r : {&id, &key, &pending})
        if (!*r)
            return r->status();
    file.databaseId = *id;
    file.wrappedDatabaseKey = *key;
    file.pendingDatabaseKey = *pending;
    if (root.contains(QStringLiteral("auditAnchor"))) {
        const QJsonObject anchor = root.value(QStringLiteral("auditAnchor")).toObject();
        auto seq = countField(anchor, QStringLiteral("seq"), QStringLiteral("$.auditAnchor"));
        auto hash = bytesField(anchor, QStringLiteral("hash"), QStringLiteral("$.auditAnchor"));
        if (!seq)
            return seq.status();
        if (!hash)
            return hash.status();
        file.auditAnchorSeq = qint64(*seq);
        file.auditAnchorHash = *hash;
    }

    const QJsonValue slotList = root.value(QStringLiteral("slots"));
    if (!slotList.isArray())
        return Status::failure(Security::tr("$.slots: expected a list"));
    const QJsonArray list = slotList.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("$.slots[%1]").arg(i);
        if (!list.at(i).isObject())
            return Status::failure(Security::tr("%1: expected an object").arg(where));
        const QJsonObject o = list.at(i).toObject();
        KeySlot slot;
        const QString kind = o.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("recovery"))
            slot.kind = KeySlot::Kind::Recovery;
        else if (kind != QLatin1String("password"))
            return Status::failure(Security::tr("%1.kind: expected \"password\" or \"recovery\"").arg(where));
        auto wrapped = bytesField(o, QStringLiteral("wrappedMaster"), where);
        if (!wrapped)
            return wrapped.status();
        slot.wrappedMaster = *wrapped;
        if (slot.kind == KeySlot::Kind::Password) {
            slot.user = o.value(QStringLiteral("user")).toString();
            if (slot.user.isEmpty() || slot.user != slot.user.toLower())
                return Status::failure(Security::tr("%1.user: expected a lower-case user name").arg(where));
            if (file.passwordSlot(slot.user))
                return Status::failure(Security::tr("%1.user: this user already has a slot").arg(where));
            auto salt = bytesField(o, QStringLiteral("salt"), where);
            auto ops = countField(o, QStringLiteral("opsLimit"), where);
            auto mem = countField(o, QStringLiteral("memLimit"), where);
            auto failed = countField(o, QStringLiteral("failedAttempts"), where);
            if (!salt)
                return salt.status();
            for (const auto* r : {&ops, &mem, &failed})
                if (!*r)
                    return r->status();
            slot.salt = *salt;
            slot.cost = {*ops, *mem};
            slot.failedAttempts = int(qMin<quint64>(*failed, 1000000));
            const QString locked = o.value(QStringLiteral("lockedUntil")).toString();
            if (!locked.isEmpty()) {
                slot.lockedUntil = QDateTime::fromString(locked, Qt::ISODate);
                if (!slot.lockedUntil.isValid())
                    return Status::failure(
                        Security::tr("%1.lockedUntil: expected a date and time").arg(where));
            }
        }
        file.keySlots.push_back(slot);
    }
    return file;
}

QByteArray KeyFile::toJson() const {
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(formatName));
    root.insert(QStringLiteral("version"), formatVersion);
    root.insert(QStringLiteral("databaseId"), QString::fromLatin1(databaseId.toBase64()));
    root.insert(QStringLiteral("databaseKey"), QString::fromLatin1(wrappedDatabaseKey.toBase64()));
    if (!pendingDatabaseKey.isEmpty())
        root.insert(QStringLiteral("pendingDatabaseKey"), QString::fromLatin1(pendingDatabaseKey.toBase64()));
    QJsonArray list;
    for (const KeySlot& slot : keySlots) {
        QJsonObject o;
        o.insert(QStringLiteral("kind"), kindName(slot.kind));
        o.insert(QStringLiteral("wrappedMaster"), QString::fromLatin1(slot.wrappedMaster.toBase64()));
        if (slot.kind == KeySlot::Kind::Password) {
            o.insert(QStringLiteral("user"), slot.user);
            o.insert(QStringLiteral("salt"), QString::fromLatin1(slot.salt.toBase64()));
            o.insert(QStringLiteral("opsLimit"), double(slot.cost.opsLimit));
            o.insert(QStringLiteral("memLimit"), double(slot.cost.memLimitBytes));
            o.insert(QStringLiteral("failedAttempts"), slot.failedAttempts);
            if (slot.lockedUntil.isValid())
                o.insert(QStringLiteral("lockedUntil"), slot.lockedUntil.toUTC().toString(Qt::ISODate));
        }
        list.append(o);
    }
    root.insert(QStringLiteral("slots"), list);
    if (auditAnchorSeq > 0)
        root.insert(QStringLiteral("auditAnchor"),
                    QJsonObject{{QStringLiteral("seq"), double(auditAnchorSeq)},
                                {QStringLiteral("hash"), QString::fromLatin1(auditAnchorHash.toBase64())}});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status KeyFile::save(const QString& path) const {
    QSaveFile file(path);
    const QByteArray json = toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return Status::failure(
            Security::tr("Could not write the key file %1: %2").arg(path, file.errorString()));
    return Status::ok();
}

} // namespace waymark
