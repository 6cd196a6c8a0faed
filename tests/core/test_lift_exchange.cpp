#include "demo/demodata.h"
#include "exchange/jsonexchange.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

QByteArray exportOrFail(Database& db) {
    auto json = exportJson(db);
    INFO(json.error().toStdString());
    REQUIRE(json.isOk());
    return json.value();
}

QJsonObject withoutExportTime(const QByteArray& json) {
    QJsonObject doc = QJsonDocument::fromJson(json).object();
    doc.remove(QStringLiteral("exportedAt"));
    return doc;
}

QStringList codeWords(Database& db) {
    QStringList out;
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT code_word FROM lift_code_words")));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

qint64 count(Database& db, const char* table) {
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// A demo file's export, parsed, for tests that change one field.
struct DemoExport {
    test::TestDatabase source;
    QJsonObject doc;
    DemoExport() {
        auto made = generateDemoData(source.db(), {4, 120});
        REQUIRE(made.isOk());
        doc = QJsonDocument::fromJson(exportOrFail(source.db())).object();
    }
};

QByteArray bytes(const QJsonObject& doc) {
    return QJsonDocument(doc).toJson();
}

} // namespace

TEST_CASE("LIFT: export, import into an empty file and export again gives the same document") {
    test::TestDatabase source;
    auto made = generateDemoData(source.db(), {11, 250});
    REQUIRE(made.isOk());
    const QByteArray first = exportOrFail(source.db());
    const QJsonObject doc = QJsonDocument::fromJson(first).object();
    CHECK(doc.value(QStringLiteral("formatVersion")).toInt() == 2);
    for (const char* key : {"liftMentors", "liftReferrals", "liftLinks", "liftMeetings", "liftClosures",
                            "liftFinanceForms", "liftRates"})
        CHECK_FALSE(doc.value(QLatin1String(key)).toArray().isEmpty());
    CHECK_FALSE(doc.value(QStringLiteral("liftFinanceForms"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("sessions"))
                    .toArray()
                    .isEmpty());

    test::TestDatabase target;
    Status imported = importJson(target.db(), first);
    INFO(imported.error().toStdString());
    REQUIRE(imported.isOk());
    const QByteArray second = exportOrFail(target.db());
    CHECK(withoutExportTime(first) == withoutExportTime(second));
    for (const char* table : {"lift_mentors", "lift_referrals", "lift_links", "lift_meetings",
                              "lift_closures", "lift_finance_forms", "lift_sessions", "lift_rates"})
        CHECK(count(target.db(), table) == count(source.db(), table));

    SECTION("the buddy code words never leave the database") {
        const QStringList words = codeWords(source.db());
        REQUIRE_FALSE(words.isEmpty());
        for (const QString& word : words)
            CHECK_FALSE(first.contains(word.toUtf8()));
        CHECK_FALSE(first.contains("codeWord"));
        CHECK_FALSE(first.contains("code_word"));
        CHECK(count(target.db(), "lift_code_words") ==
              0); // a restore from backup keeps them; an import cannot
    }
}

TEST_CASE("LIFT: a version 1 file without LIFT sections still imports, keeping the default rates") {
    DemoExport demo;
    QJsonObject v1 = demo.doc;
    v1.insert(QStringLiteral("formatVersion"), 1);
    for (const char* key : {"liftMentors", "liftReferrals", "liftLinks", "liftMeetings", "liftClosures",
                            "liftFinanceForms", "liftRates"})
        v1.remove(QLatin1String(key));
    // Without LIFT records the LIFT events are plain events; the involvements stay.
    test::TestDatabase target;
    Status imported = importJson(target.db(), bytes(v1));
    INFO(imported.error().toStdString());
    REQUIRE(imported.isOk());
    CHECK(count(target.db(), "lift_rates") == 3);
    CHECK(count(target.db(), "lift_referrals") == 0);
}

TEST_CASE("LIFT: a bad LIFT record is refused with its JSON path and nothing is written") {
    DemoExport demo;
    struct Case {
        const char* section;
        const char* field;
        QJsonValue value;
        const char* expected;
    };
    const std::vector<Case> cases = {
        {"liftMentors", "codeWord", QStringLiteral("purple kestrel"),
         "$.liftMentors[0].codeWord: unknown field"},
        {"liftMentors", "sswWorkerId", 999, "$.liftMentors[0].sswWorkerId: there is no worker with id 999"},
        {"liftMentors", "supportOffered", QJsonArray{QStringLiteral("juggling")},
         "$.liftMentors[0].supportOffered"},
        {"liftReferrals", "aim", QStringLiteral(""),
         "$.liftReferrals[0].aim: Choose which of the 5 project aims"},
        {"liftReferrals", "involvementId", 999999,
         "$.liftReferrals[0].involvementId: there is no involvement"},
        {"liftMeetings", "hoursPerWeek", 12,
         "$.liftMeetings[0].hoursReason: 12 hours a week is above the 8-hour"},
        {"liftMeetings", "referralId", 999999, "$.liftMeetings[0].referralId: there is no LIFT referral"},
        {"liftLinks", "mentorId", 999999, "$.liftLinks[0].mentorId: there is no LIFT mentor"},
        {"liftFinanceForms", "month", QStringLiteral("2020-01-15"),
         "$.liftFinanceForms[0].month: Choose the month"},
        {"liftRates", "pence", -5, "$.liftRates[0].pence: The amount is out of range"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.section, c.field);
        QJsonObject doc = demo.doc;
        QJsonArray items = doc.value(QLatin1String(c.section)).toArray();
        REQUIRE_FALSE(items.isEmpty());
        QJsonObject record = items.at(0).toObject();
        if (QLatin1String(c.field) == QLatin1String("hoursPerWeek"))
            record.insert(QStringLiteral("hoursReason"), QString());
        record.insert(QLatin1String(c.field), c.value);
        items.replace(0, record);
        doc.insert(QLatin1String(c.section), items);
        test::TestDatabase target;
        const Status s = importJson(target.db(), bytes(doc));
        REQUIRE_FALSE(s.isOk());
        CHECK(s.error().startsWith(QLatin1String(c.expected)));
        CHECK(count(target.db(), "families") == 0);
        CHECK(count(target.db(), "lift_mentors") == 0);
    }

    SECTION("a finance session names its own place in the file") {
        QJsonObject doc = demo.doc;
        QJsonArray forms = doc.value(QStringLiteral("liftFinanceForms")).toArray();
        int index = 0;
        for (; index < forms.size(); ++index)
            if (forms.at(index).toObject().value(QStringLiteral("sessions")).toArray().size() >= 2)
                break;
        REQUIRE(index < forms.size());
        QJsonObject form = forms.at(index).toObject();
        QJsonArray sessions = form.value(QStringLiteral("sessions")).toArray();
        QJsonObject session = sessions.at(1).toObject();
        session.insert(QStringLiteral("minutes"), 0);
        sessions.replace(1, session);
        form.insert(QStringLiteral("sessions"), sessions);
        forms.replace(index, form);
        doc.insert(QStringLiteral("liftFinanceForms"), forms);
        test::TestDatabase target;
        const Status s = importJson(target.db(), bytes(doc));
        REQUIRE_FALSE(s.isOk());
        CHECK(s.error().startsWith(QStringLiteral("$.liftFinanceForms[%1].sessions[1].minutes:").arg(index)));
    }
}
