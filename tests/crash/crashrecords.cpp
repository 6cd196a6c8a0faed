#include "crash/crashrecords.h"

#include "domain/caseevent.h"
#include "domain/casenote.h"
#include "domain/family.h"
#include "domain/involvement.h"
#include "domain/person.h"
#include "storage/caseeventrepository.h"
#include "storage/casenoterepository.h"
#include "storage/draftrepository.h"
#include "storage/familyrepository.h"
#include "storage/involvementrepository.h"
#include "storage/personrepository.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QHash>
#include <QIODevice>
#include <QSqlQuery>

#include <algorithm>

namespace waymark::crash {

namespace {

// Fields are written one after another, each string with its length, so "ab" + "c" and "a" + "bc"
// differ.
class Fingerprinter {
public:
    Fingerprinter()
        : m_stream(&m_bytes, QIODevice::WriteOnly) {
        m_stream.setVersion(QDataStream::Qt_6_4);
    }
    // As UTF-8 with its length: a null and an empty string are the same stored text.
    Fingerprinter& operator<<(const QString& text) {
        const QByteArray utf8 = text.toUtf8();
        m_stream << qint64(utf8.size());
        m_stream.writeRawData(utf8.constData(), int(utf8.size()));
        return *this;
    }
    Fingerprinter& operator<<(qint64 number) {
        m_stream << number;
        return *this;
    }
    Fingerprinter& operator<<(const QDate& date) { return *this << dateToText(date); }
    Fingerprinter& operator<<(const Address& a) {
        return *this << a.line1 << a.line2 << a.town << a.postcode;
    }
    QString result() const {
        const QByteArray hash =
            QCryptographicHash::hash(m_bytes, QCryptographicHash::Sha256).toHex().left(16);
        return QString::number(m_bytes.size()) + QLatin1Char('-') + QString::fromLatin1(hash);
    }

private:
    QByteArray m_bytes;
    QDataStream m_stream;
};

} // namespace

void ensureKey() {
    if (qEnvironmentVariableIsEmpty("WAYMARK_CRASH_KEY"))
        qputenv("WAYMARK_CRASH_KEY", SecretKey::random().toBytes().toHex());
}

Result<std::shared_ptr<Database>> openDatabase(const QString& path) {
    const SecretKey key = SecretKey::fromBytes(QByteArray::fromHex(qgetenv("WAYMARK_CRASH_KEY")));
    if (!key.isValid())
        return Status::failure(QStringLiteral("WAYMARK_CRASH_KEY must hold 64 hex digits"));
    auto db = Database::open(path, key);
    if (!db)
        return db;
    // Saves are audited, so they need someone signed in and the chain's key.
    Account writer;
    writer.username = QStringLiteral("crash.writer");
    writer.displayName = QStringLiteral("Crash writer");
    writer.role = Role::TeamManager;
    writer.teams = {QStringLiteral("*")};
    (*db)->setAccount(writer);
    (*db)->setAuditKey(key);
    return db;
}

QString fingerprint(const Family& f) {
    Fingerprinter fp;
    fp << QStringLiteral("family") << f.name << f.kinshipStatus << f.address;
    return fp.result();
}

QString fingerprint(const Person& p, std::vector<qint64> familyIds) {
    std::sort(familyIds.begin(), familyIds.end());
    Fingerprinter fp;
    fp << QStringLiteral("person") << p.givenNames << p.familyName << p.knownAs << p.dateOfBirth
       << qint64(p.dateOfBirthIsExpected) << p.gender << p.ethnicity << p.firstLanguage << p.address
       << p.phone << p.email << p.socialCareNumber << p.caseSystemNumber << p.nhsNumber;
    for (qint64 id : familyIds)
        fp << id;
    return fp.result();
}

QString fingerprint(const Involvement& i) {
    Fingerprinter fp;
    fp << QStringLiteral("involvement") << i.familyId << i.service << i.referralDate << i.referralSource
       << i.referralReason << i.allocatedWorkerId << i.status << i.openedOn << i.closedOn << i.closureOutcome
       << i.closureNote << i.placementType;
    return fp.result();
}

QString fingerprint(const CaseNote& n) {
    std::vector<qint64> people = n.personIds;
    std::sort(people.begin(), people.end());
    Fingerprinter fp;
    fp << QStringLiteral("note") << n.familyId << n.involvementId << localTimeToText(n.contactAt)
       << n.noteType << n.subject << n.location << n.present << n.outcomesAddressed << n.purpose
       << n.whatWorkedWell << n.worries << n.voice << n.nextSteps << n.authorWorkerId;
    for (qint64 id : people)
        fp << id;
    return fp.result();
}

QString fingerprint(const RecordedEvent& e) {
    Fingerprinter fp;
    fp << QStringLiteral("event") << e.familyId << e.involvementId << e.personId << e.kind << e.date
       << (e.time.isValid() ? e.time.toString(QStringLiteral("HH:mm")) : QString()) << e.note
       << e.recordedByWorkerId;
    return fp.result();
}

QString fingerprint(const Draft& d) {
    Fingerprinter fp;
    fp << QStringLiteral("draft") << d.key << d.familyId << d.content;
    return fp.result();
}

Result<std::optional<QString>> storedFingerprint(Database& db, const QString& kind, const QString& id) {
    using Found = Result<std::optional<QString>>;
    static const QHash<QString, QString> tables = {
        {QStringLiteral("family"), QStringLiteral("families")},
        {QStringLiteral("person"), QStringLiteral("people")},
        {QStringLiteral("involvement"), QStringLiteral("involvements")},
        {QStringLiteral("note"), QStringLiteral("case_notes")},
        {QStringLiteral("event"), QStringLiteral("case_events")},
        {QStringLiteral("draft"), QStringLiteral("drafts")},
    };
    if (!tables.contains(kind))
        return Found::failure(QStringLiteral("unknown kind of record: %1").arg(kind));
    const bool isDraft = kind == QLatin1String("draft");
    bool isNumber = false;
    const qint64 number = id.toLongLong(&isNumber);
    if (!isDraft && !isNumber)
        return Found::failure(QStringLiteral("not a record id: %1").arg(id));

    // Whether the row exists is asked directly, so that a failing query is an error, not "absent".
    auto exists = db.run(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ?")
                             .arg(tables.value(kind), isDraft ? QStringLiteral("key") : QStringLiteral("id")),
                         {isDraft ? QVariant(id) : QVariant(number)}, "checking a record");
    if (!exists)
        return exists.status();
    QSqlQuery count = std::move(exists).value();
    if (!count.next())
        return Found::failure(QStringLiteral("counting %1 %2 returned nothing").arg(kind, id));
    if (count.value(0).toInt() == 0)
        return Found(std::optional<QString>());

    auto found = [](const auto& record, auto&& print) -> Found {
        if (!record)
            return record.status();
        return Found(std::optional<QString>(print(*record)));
    };
    auto plain = [](const auto& record) {
        return fingerprint(record);
    };
    if (isDraft) {
        const auto draft = DraftRepository(db).load(id);
        if (!draft)
            return Found::failure(QStringLiteral("draft %1 exists but could not be read").arg(id));
        return Found(std::optional<QString>(fingerprint(*draft)));
    }
    if (kind == QLatin1String("family"))
        return found(FamilyRepository(db).get(number), plain);
    if (kind == QLatin1String("person"))
        return found(PersonRepository(db).get(number), [&](const Person& p) {
            return fingerprint(p, FamilyRepository(db).familiesOfPerson(number));
        });
    if (kind == QLatin1String("involvement"))
        return found(InvolvementRepository(db).get(number), plain);
    if (kind == QLatin1String("note"))
        return found(CaseNoteRepository(db).get(number), plain);
    return found(CaseEventRepository(db).get(number), plain);
}

} // namespace waymark::crash
