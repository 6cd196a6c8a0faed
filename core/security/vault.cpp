#include "security/vault.h"

#include "util/trcontext.h"

#include <QFile>

#include <algorithm>
#include <cstring>

namespace waymark {

namespace {

const char crockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int recoveryBytes = 20;

SecretKey recoveryKek(const QByteArray& raw) {
    // The recovery key is 160 random bits: a fast keyed hash is enough (no password to guess).
    SecretKey domain = SecretKey::fromBytes(QByteArray("waymark recovery key, version 1.").left(32));
    return SecretKey::fromBytes(blake2b(raw, domain));
}

QString wrongPassword() {
    return Security::tr("The user name or password is not right.");
}

} // namespace

QString formatRecoveryKey(const QByteArray& raw) {
    QString out;
    int buffer = 0, bits = 0, written = 0;
    for (char c : raw) {
        buffer = (buffer << 8) | (quint8(c));
        bits += 8;
        while (bits >= 5) {
            if (written > 0 && written % 4 == 0)
                out += QLatin1Char('-');
            out += QLatin1Char(crockford[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
            ++written;
        }
    }
    return out;
}

Result<QByteArray> parseRecoveryKey(const QString& text) {
    QByteArray raw;
    int buffer = 0, bits = 0, digits = 0;
    for (QChar ch : text.toUpper()) {
        if (ch == QLatin1Char('-') || ch.isSpace())
            continue;
        if (ch == QLatin1Char('O'))
            ch = QLatin1Char('0');
        if (ch == QLatin1Char('I') || ch == QLatin1Char('L'))
            ch = QLatin1Char('1');
        const char* at = ch.unicode() < 128 ? std::strchr(crockford, char(ch.unicode())) : nullptr;
        if (!at || ch.unicode() == 0)
            return Status::failure(
                Security::tr("The recovery key has a character that is not in it: %1").arg(ch));
        buffer = ((buffer << 5) | int(at - crockford)) & 0xFFFF;
        bits += 5;
        ++digits;
        if (bits >= 8) {
            raw.append(char((buffer >> (bits - 8)) & 0xFF));
            bits -= 8;
        }
    }
    if (digits != recoveryBytes * 8 / 5)
        return Status::failure(Security::tr("A recovery key has %1 characters; this has %2.")
                                   .arg(recoveryBytes * 8 / 5)
                                   .arg(digits));
    return raw;
}

Vault::Vault(QString databasePath, KeyFile file, SecretKey master, SecretKey databaseKey)
    : m_databasePath(std::move(databasePath))
    , m_file(std::move(file))
    , m_master(std::move(master))
    , m_databaseKey(std::move(databaseKey)) {}

QString Vault::passwordProblem(const QString& password) {
    if (password.size() < minimumPasswordLength)
        return Security::tr("A password needs at least %1 characters (a few words together are easy to "
                            "remember and hard to guess).")
            .arg(minimumPasswordLength);
    if (password.trimmed() != password)
        return Security::tr("A password must not start or end with a space.");
    return QString();
}

Result<Vault::Created> Vault::create(const QString& databasePath, const QString& user,
                                     const QString& password, const KdfCost& cost) {
    const QString path = KeyFile::pathFor(databasePath);
    if (QFile::exists(path))
        return Status::failure(
            Security::tr("A key file already exists at %1; nothing was changed.").arg(path));
    if (user.trimmed().isEmpty())
        return Status::failure(Security::tr("A user name is needed."));
    if (const QString problem = passwordProblem(password); !problem.isEmpty())
        return Status::failure(problem);
    KeyFile file;
    file.databaseId = randomBytes(16);
    const SecretKey master = SecretKey::random();
    const SecretKey databaseKey = SecretKey::random();
    file.wrappedDatabaseKey = wrapKey(master, databaseKey);
    Vault vault(databasePath, file, master, databaseKey);
    if (Status s = vault.setPassword(user, password, cost); !s)
        return s;
    auto recovery = vault.replaceRecoveryKey();
    if (!recovery)
        return recovery.status();
    return Created{vault, *recovery};
}

Result<Vault> Vault::unlock(const QString& databasePath, const QString& user, const QString& password,
                            const QDateTime& nowUtc) {
    const QString path = KeyFile::pathFor(databasePath);
    auto loaded = KeyFile::load(path);
    if (!loaded)
        return loaded.status();
    KeyFile file = std::move(loaded).value();
    KeySlot* slot = file.passwordSlot(user.trimmed());
    if (!slot) {
        // Spend the same effort as a real check so that timing does not reveal who has an account.
        (void)deriveKeyFromPassword(password, newPasswordSalt(), KdfCost::interactive());
        return Status::failure(wrongPassword());
    }
    if (slot->lockedUntil.isValid() && slot->lockedUntil > nowUtc)
        return Status::failure(
            Security::tr("This account is locked after %1 wrong passwords. Try again after %2, or ask an "
                         "administrator to unlock it.")
                .arg(maxFailedAttempts)
                .arg(slot->lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm"))));
    auto kek = deriveKeyFromPassword(password, slot->salt, slot->cost);
    if (!kek)
        return kek.status();
    auto master = unwrapKey(*kek, slot->wrappedMaster);
    if (!master) {
        slot->failedAttempts += 1;
        if (slot->failedAttempts >= maxFailedAttempts) {
            slot->lockedUntil = nowUtc.addSecs(lockMinutes * 60);
            slot->failedAttempts = 0;
        }
        if (Status s = file.save(path); !s)
            return s;
        return Status::failure(wrongPassword());
    }
    auto databaseKey = unwrapKey(*master, file.wrappedDatabaseKey);
    if (!databaseKey)
        return Status::failure(
            Security::tr("%1 is damaged: the database key cannot be unwrapped.").arg(path));
    if (slot->failedAttempts != 0 || slot->lockedUntil.isValid()) {
        slot->failedAttempts = 0;
        slot->lockedUntil = QDateTime();
        if (Status s = file.save(path); !s)
            return s;
    }
    return Vault(databasePath, file, *master, *databaseKey);
}

Result<Vault> Vault::unlockWithRecoveryKey(const QString& databasePath, const QString& recoveryKey) {
    auto raw = parseRecoveryKey(recoveryKey);
    if (!raw)
        return raw.status();
    auto loaded = KeyFile::load(KeyFile::pathFor(databasePath));
    if (!loaded)
        return loaded.status();
    KeyFile file = std::move(loaded).value();
    KeySlot* slot = file.recoverySlot();
    if (!slot)
        return Status::failure(Security::tr("This database has no recovery key."));
    auto master = unwrapKey(recoveryKek(*raw), slot->wrappedMaster);
    if (!master)
        return Status::failure(Security::tr("That is not this database's recovery key."));
    auto databaseKey = unwrapKey(*master, file.wrappedDatabaseKey);
    if (!databaseKey)
        return Status::failure(
            Security::tr("The key file is damaged: the database key cannot be unwrapped."));
    return Vault(databasePath, file, *master, *databaseKey);
}

SecretKey Vault::auditKey() const {
    return SecretKey::fromBytes(blake2b(QByteArray("waymark audit chain v1"), m_master));
}

Result<SecretKey> Vault::pendingDatabaseKey() const {
    if (m_file.pendingDatabaseKey.isEmpty())
        return Status::failure(Security::tr("No rekey was in progress."));
    return unwrapKey(m_master, m_file.pendingDatabaseKey);
}

Status Vault::verifyPassword(const QString& user, const QString& password, const QDateTime& nowUtc) {
    auto again = unlock(m_databasePath, user, password, nowUtc);
    if (!again)
        return again.status();
    if (!(again->m_master == m_master))
        return Status::failure(Security::tr("The key file changed underneath Waymark; sign in again."));
    m_file = again->m_file;
    return Status::ok();
}

Status Vault::setPassword(const QString& user, const QString& password, const KdfCost& cost) {
    if (const QString problem = passwordProblem(password); !problem.isEmpty())
        return Status::failure(problem);
    KeySlot slot;
    slot.user = user.trimmed().toLower();
    slot.cost = cost;
    slot.salt = newPasswordSalt();
    auto kek = deriveKeyFromPassword(password, slot.salt, cost);
    if (!kek)
        return kek.status();
    slot.wrappedMaster = wrapKey(*kek, m_master);
    if (KeySlot* existing = m_file.passwordSlot(slot.user))
        *existing = slot;
    else
        m_file.keySlots.push_back(slot);
    return save();
}

Status Vault::setSamePassword(const QStringList& users, const QString& password, const KdfCost& cost) {
    if (const QString problem = passwordProblem(password); !problem.isEmpty())
        return Status::failure(problem);
    const QByteArray salt = newPasswordSalt();
    auto kek = deriveKeyFromPassword(password, salt, cost);
    if (!kek)
        return kek.status();
    for (const QString& user : users) {
        KeySlot slot;
        slot.user = user.trimmed().toLower();
        slot.cost = cost;
        slot.salt = salt;
        slot.wrappedMaster = wrapKey(*kek, m_master);
        if (KeySlot* existing = m_file.passwordSlot(slot.user))
            *existing = slot;
        else
            m_file.keySlots.push_back(slot);
    }
    return save();
}

Status Vault::removeUser(const QString& user) {
    const QString name = user.trimmed().toLower();
    auto& keySlots = m_file.keySlots;
    const auto before = keySlots.size();
    keySlots.erase(
        std::remove_if(keySlots.begin(), keySlots.end(),
                       [&](const KeySlot& s) { return s.kind == KeySlot::Kind::Password && s.user == name; }),
        keySlots.end());
    if (keySlots.size() == before)
        return Status::ok();
    return save();
}

Status Vault::unlockUser(const QString& user) {
    KeySlot* slot = m_file.passwordSlot(user);
    if (!slot)
        return Status::failure(Security::tr("%1 cannot sign in on this database.").arg(user));
    slot->failedAttempts = 0;
    slot->lockedUntil = QDateTime();
    return save();
}

Result<QString> Vault::replaceRecoveryKey() {
    const QByteArray raw = randomBytes(recoveryBytes);
    KeySlot slot;
    slot.kind = KeySlot::Kind::Recovery;
    slot.wrappedMaster = wrapKey(recoveryKek(raw), m_master);
    if (KeySlot* existing = m_file.recoverySlot())
        *existing = slot;
    else
        m_file.keySlots.push_back(slot);
    if (Status s = save(); !s)
        return s;
    return formatRecoveryKey(raw);
}

Status Vault::setAuditAnchor(qint64 seq, const QByteArray& hash) {
    // Reloaded first: another program may have changed lock-out counts since this vault was opened.
    auto current = KeyFile::load(KeyFile::pathFor(m_databasePath));
    if (current)
        m_file = std::move(current).value();
    if (seq < m_file.auditAnchorSeq)
        return Status::ok(); // never move the anchor backwards
    m_file.auditAnchorSeq = seq;
    m_file.auditAnchorHash = hash;
    return save();
}

Result<SecretKey> Vault::stageNewDatabaseKey() {
    const SecretKey fresh = SecretKey::random();
    m_file.pendingDatabaseKey = wrapKey(m_master, fresh);
    if (Status s = save(); !s)
        return s;
    return fresh;
}

Status Vault::commitPendingDatabaseKey() {
    auto pending = pendingDatabaseKey();
    if (!pending)
        return pending.status();
    m_file.wrappedDatabaseKey = m_file.pendingDatabaseKey;
    m_file.pendingDatabaseKey.clear();
    m_databaseKey = *pending;
    return save();
}

Status Vault::save() const {
    return m_file.save(KeyFile::pathFor(m_databasePath));
}

} // namespace waymark
