#include "exchange/jsonexchange.h"
#include "fuzz/fuzzsupport.h"
#include "storage/database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <memory>

namespace waymark::fuzz {

namespace {

constexpr const char* kTarget = "json-bundle";

std::shared_ptr<Database> openEmpty() {
    // An in-memory SQLite database per Database object: no file, no fsync, fresh every time.
    static const SecretKey key = SecretKey::random();
    auto opened = Database::open(QStringLiteral(":memory:"), key);
    check(opened.isOk(), kTarget, "could not open an in-memory database: " + text(opened.error()));
    std::shared_ptr<Database> db = opened.value();
    db->setClock(fixedNow);
    // Importing is an administrator's job, and every write is audited under someone's name.
    Account importer;
    importer.username = QStringLiteral("fuzz.admin");
    importer.displayName = QStringLiteral("Fuzz admin");
    importer.role = Role::Administrator;
    db->setAccount(importer);
    db->setAuditKey(key);
    return db;
}

// What "nothing was written" compares: the row count of every table (including sqlite_sequence)
// and every meta row (a demo file sets meta.demo).
QString fingerprint(Database& db) {
    QStringList parts;
    auto tables = db.run(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
                         {}, "listing tables");
    check(tables.isOk(), kTarget, "could not list tables: " + text(tables.error()));
    QSqlQuery t = std::move(tables).value();
    QStringList names;
    while (t.next())
        names << t.value(0).toString();
    for (const QString& name : std::as_const(names)) {
        auto count = db.run(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(name), {}, "counting rows");
        check(count.isOk(), kTarget, "could not count rows: " + text(count.error()));
        QSqlQuery c = std::move(count).value();
        parts << name + QLatin1Char('=') + (c.next() ? c.value(0).toString() : QStringLiteral("?"));
    }
    auto meta = db.run(QStringLiteral("SELECT key, value FROM meta ORDER BY key"), {}, "reading meta");
    check(meta.isOk(), kTarget, "could not read meta: " + text(meta.error()));
    QSqlQuery m = std::move(meta).value();
    while (m.next())
        parts << QStringLiteral("meta.%1=%2").arg(m.value(0).toString(), m.value(1).toString());
    return parts.join(QLatin1Char(' '));
}

// personIds are a set: the export lists them in id order, the file in any order.
QList<double> sortedNumbers(const QJsonArray& a) {
    QList<double> out;
    for (const QJsonValue& v : a)
        out << v.toDouble();
    std::sort(out.begin(), out.end());
    return out;
}

// True when every field `given` states has the same value in `stored` (which may add the fields
// the file left out). Returns the first field that differs in `where`.
bool keeps(const QJsonValue& given, const QJsonValue& stored, const QString& path, QString& where) {
    if (given.isObject()) {
        if (!stored.isObject()) {
            where = path;
            return false;
        }
        const QJsonObject g = given.toObject(), s = stored.toObject();
        for (auto it = g.begin(); it != g.end(); ++it) {
            const QString at = path + QLatin1Char('.') + it.key();
            if (it.key() == QLatin1String("personIds") && it.value().isArray()) {
                if (sortedNumbers(it.value().toArray()) != sortedNumbers(s.value(it.key()).toArray())) {
                    where = at;
                    return false;
                }
            } else if (!keeps(it.value(), s.value(it.key()), at, where)) {
                return false;
            }
        }
        return true;
    }
    if (given.isArray()) {
        const QJsonArray g = given.toArray(), s = stored.toArray();
        if (!stored.isArray() || g.size() != s.size()) {
            where = path;
            return false;
        }
        for (qsizetype i = 0; i < g.size(); ++i)
            if (!keeps(g.at(i), s.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), where))
                return false;
        return true;
    }
    if (given != stored) {
        where = path;
        return false;
    }
    return true;
}

// What the file said is what was stored: each record the file gives (found in the export by id,
// drafts by key) keeps every field the file states, with the same value.
void checkKeeps(const QByteArray& json, const QByteArray& exported) {
    const QJsonObject given = QJsonDocument::fromJson(json).object();
    const QJsonObject stored = QJsonDocument::fromJson(exported).object();
    check(given.value(QStringLiteral("demo")).toBool() == stored.value(QStringLiteral("demo")).toBool(),
          kTarget, "the demo marker was not kept");
    for (auto section = given.begin(); section != given.end(); ++section) {
        if (!section.value().isArray())
            continue;
        const QString key =
            section.key() == QLatin1String("drafts") ? QStringLiteral("key") : QStringLiteral("id");
        QHash<QString, QJsonValue> byKey;
        for (const QJsonValue& record : stored.value(section.key()).toArray())
            byKey.insert(record.toObject().value(key).toVariant().toString(), record);
        const QJsonArray records = section.value().toArray();
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QString path = QStringLiteral("$.%1[%2]").arg(section.key()).arg(i);
            const QString id = records.at(i).toObject().value(key).toVariant().toString();
            check(byKey.contains(id), kTarget,
                  "an imported record is missing from the export: " + text(path));
            QString where;
            check(keeps(records.at(i), byKey.value(id), path, where), kTarget,
                  "the import did not keep what the file says at " + text(where));
        }
    }
}

struct State {
    std::shared_ptr<Database> db; // empty, unless `dirty`
    QString emptyPrint;
    bool dirty = true;
};

} // namespace

int fuzzJsonBundle(const uint8_t* data, size_t size) {
    ensureApplication();
    // Never destroyed: at exit Qt Sql's connection registry may already be gone.
    static State& s = *new State;
    // A refused import leaves the database empty (checked below), so it serves the next input; only
    // after a success, or a check that threw in the corpus replay, is a new one opened.
    if (s.dirty) {
        s.db.reset();
        s.db = openEmpty();
        s.emptyPrint = fingerprint(*s.db);
    }
    s.dirty = true;
    Database& db = *s.db;
    const QByteArray json = bytes(data, size);

    const Status imported = importJson(db, json);
    check(db.transactionDepth() == 0, kTarget, "importJson left a transaction open");

    if (!imported) {
        const QString after = fingerprint(db);
        check(after == s.emptyPrint, kTarget,
              "a refused import wrote to the database: " + text(s.emptyPrint) + " became " + text(after) +
                  " (error was: " + text(imported.error()) + ")");
        // Every refusal names where the problem is: the parser's offset for broken JSON, otherwise
        // a JSON path such as $.people[3].dateOfBirth. A database error here means the checks
        // before writing missed something.
        QJsonParseError parseError;
        QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            check(imported.error().contains(QString::number(parseError.offset)), kTarget,
                  "the refusal of broken JSON does not give the offset: " + text(imported.error()));
        else
            check(imported.error().startsWith(QLatin1Char('$')), kTarget,
                  "the refusal does not name the field by its JSON path: " + text(imported.error()));
        s.dirty = false;
        return 0;
    }

    // Imported: the file is sound, and the records survive export -> import -> export unchanged.
    const QStringList problems = db.integrityProblems();
    check(problems.isEmpty(), kTarget,
          "the imported database is not sound: " + text(problems.join(QLatin1Char(';'))));
    const Result<QByteArray> first = exportJson(db);
    check(first.isOk(), kTarget, "an imported database does not export: " + text(first.error()));
    checkKeeps(json, *first);
    std::shared_ptr<Database> copy = openEmpty();
    const Status again = importJson(*copy, *first);
    check(again.isOk(), kTarget, "an export of imported records does not import: " + text(again.error()));
    const Result<QByteArray> second = exportJson(*copy);
    check(second.isOk(), kTarget, "the re-imported database does not export: " + text(second.error()));
    check(*first == *second, kTarget, "export -> import -> export changed the document");
    return 0;
}

} // namespace waymark::fuzz
