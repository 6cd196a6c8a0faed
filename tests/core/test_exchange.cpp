#include "domain/casenote.h"
#include "domain/involvement.h"
#include "exchange/jsonexchange.h"
#include "storage/caseeventrepository.h"
#include "storage/casenoterepository.h"
#include "storage/draftrepository.h"
#include "storage/extensionrepository.h"
#include "storage/familyrepository.h"
#include "storage/involvementrepository.h"
#include "storage/personrepository.h"
#include "storage/transaction.h"
#include "storage/workerrepository.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <catch2/catch.hpp>
#include <optional>

using namespace waymark;

namespace {

void setClock(Database& db, const QDateTime& at) {
    db.setClock([at] { return at; });
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

void run(Database& db, const QString& sql) {
    auto done = db.run(sql, {}, "preparing the test");
    INFO(done.error().toStdString());
    REQUIRE(done.isOk());
}

// Every row of every table as text, so "nothing was written" can be checked exactly.
QStringList snapshot(Database& db) {
    QStringList rows;
    for (const char* table : {"workers", "people", "families", "family_members", "involvements", "case_notes",
                              "case_note_people", "drafts", "meta", "schema_migrations"}) {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table))));
        int count = 0;
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            rows << QLatin1String(table) + QLatin1Char(':') + values.join(QLatin1Char('|'));
            ++count;
        }
        rows << QStringLiteral("%1 rows: %2").arg(QLatin1String(table)).arg(count);
    }
    return rows;
}

QJsonObject parse(const QByteArray& json) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

QJsonObject exported(Database& db) {
    auto json = exportJson(db);
    INFO(json.error().toStdString());
    REQUIRE(json.isOk());
    return parse(json.value());
}

QJsonObject withoutExportTime(QJsonObject doc) {
    doc.remove(QStringLiteral("exportedAt"));
    return doc;
}

// Returns `node` with the value at `path` ("people/2/nickname") replaced, or removed when `value`
// is empty.
QJsonValue edited(const QJsonValue& node, const QStringList& path, const std::optional<QJsonValue>& value) {
    const QString& head = path.first();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int i = head.toInt();
        if (path.size() > 1)
            array[i] = edited(array.at(i), path.mid(1), value);
        else if (value)
            array[i] = *value;
        else
            array.removeAt(i);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.size() > 1)
        object[head] = edited(object.value(head), path.mid(1), value);
    else if (value)
        object[head] = *value;
    else
        object.remove(head);
    return object;
}

QByteArray toBytes(const QJsonObject& doc) {
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

// Fictional records covering every table and the awkward cases: an unborn child without a first
// name, a person in two households, members stored out of id order, gaps in the ids, a closed and
// an unallocated involvement, notes with and without people, drafts with and without a family,
// case events with and without an involvement, person and time, an extension of an hour rule,
// and timestamps that differ from record to record.
struct Sample {
    Worker imogen, bartholomew;
    Family quennell, ravensworth;
    Person unborn, father, grandparent;
};

Sample fillSample(Database& db) {
    Sample s;
    setClock(db, utc(2026, 2, 3, 8, 15, 9));
    s.imogen = test::makeWorker(db, QStringLiteral("Imogen Pettifer"), QStringLiteral("Blaby Early Help"));
    test::makeWorker(db, QStringLiteral("Short-lived Worker"), QStringLiteral("Nowhere"));
    s.bartholomew = test::makeWorker(db, QStringLiteral("Bartholomew Quist"), QStringLiteral("Melton"),
                                     QStringLiteral("social_worker"));
    s.bartholomew.email = QStringLiteral("b.quist@example.org");
    s.bartholomew.phone = QStringLiteral("0116 496 0123");
    s.bartholomew.active = false;
    REQUIRE(WorkerRepository(db).save(s.bartholomew).isOk());
    run(db, QStringLiteral("DELETE FROM workers WHERE name = 'Short-lived Worker'")); // worker ids 1, 3

    s.quennell = test::makeFamily(db, QStringLiteral("Quennell"));
    setClock(db, utc(2026, 5, 6, 10, 20, 30));
    FamilyRepository families(db);
    s.unborn.familyName = QStringLiteral("Quennell");
    s.unborn.dateOfBirth = QDate(2027, 3, 1);
    s.unborn.dateOfBirthIsExpected = true;
    s.unborn.gender = QStringLiteral("not_known");
    REQUIRE(families.addMember(s.quennell.id, s.unborn, {0, QStringLiteral("child"), false, true}).isOk());
    s.father =
        test::makePerson(QStringLiteral("Desmond Ray"), QStringLiteral("Quennell"), QDate(1985, 12, 24));
    s.father.knownAs = QStringLiteral("Des");
    s.father.gender = QStringLiteral("male");
    s.father.ethnicity = QStringLiteral("WBRI");
    s.father.firstLanguage = QStringLiteral("English");
    s.father.address = {QStringLiteral("Flat 2"), QStringLiteral("7 Tanners Yard"),
                        QStringLiteral("Loughborough"), QStringLiteral("LE11 3AB")};
    s.father.phone = QStringLiteral("07700 900123");
    s.father.email = QStringLiteral("des.q@example.org");
    s.father.socialCareNumber = QStringLiteral("SU 448812");
    s.father.caseSystemNumber = QStringLiteral("FW/123456");
    s.father.nhsNumber = QStringLiteral("943 476 5919");
    REQUIRE(families.addMember(s.quennell.id, s.father, {0, QStringLiteral("father"), true, false}).isOk());
    Person discarded =
        test::makePerson(QStringLiteral("Entered"), QStringLiteral("Twice"), QDate(2000, 1, 1));
    REQUIRE(PersonRepository(db).save(discarded).isOk());
    run(db, QStringLiteral("DELETE FROM people WHERE family_name = 'Twice'")); // people ids 1-4, 6

    // Stored member order is not id order; the export must keep it.
    setClock(db, utc(2026, 6, 7, 11, 0, 1));
    s.quennell = families.get(s.quennell.id).value();
    std::rotate(s.quennell.members.begin(), s.quennell.members.end() - 1, s.quennell.members.end());
    s.quennell.address = {QStringLiteral("12 Quarry Lane"), QString(), QStringLiteral("Wigston"),
                          QStringLiteral("LE18 4XX")};
    REQUIRE(families.save(s.quennell).isOk());

    s.grandparent =
        test::makePerson(QStringLiteral("Marjorie"), QStringLiteral("Ravensworth"), QDate(1950, 4, 1));
    s.grandparent.gender = QStringLiteral("female");
    REQUIRE(PersonRepository(db).save(s.grandparent).isOk());
    s.ravensworth.name = QStringLiteral("Ravensworth family");
    s.ravensworth.kinshipStatus = QStringLiteral("special_guardianship_order");
    s.ravensworth.members = {{s.grandparent.id, QStringLiteral("special_guardian"), true, true},
                             {s.quennell.members[2].personId, QStringLiteral("child"), false, false}};
    REQUIRE(families.save(s.ravensworth).isOk());

    setClock(db, utc(2026, 7, 8, 12, 30, 45));
    Involvement open;
    open.familyId = s.quennell.id;
    open.service = QStringLiteral("lift_mentoring");
    open.placementType = QStringLiteral("foster_care");
    open.referralDate = QDate(2026, 6, 1);
    open.referralSource = QStringLiteral("school");
    open.referralReason = QStringLiteral("Mornings are a struggle; school attendance has dropped.");
    open.allocatedWorkerId = s.imogen.id;
    open.status = QStringLiteral("open");
    open.openedOn = QDate(2026, 6, 8);
    REQUIRE(InvolvementRepository(db).save(open).isOk());
    Involvement closed;
    closed.familyId = s.quennell.id;
    closed.service = QStringLiteral("early_help_brief");
    closed.referralDate = QDate(2026, 1, 5);
    closed.allocatedWorkerId = s.bartholomew.id;
    closed.status = QStringLiteral("closed");
    closed.openedOn = QDate(2026, 1, 10);
    closed.closedOn = QDate(2026, 4, 30);
    closed.closureOutcome = QStringLiteral("family_met_outcomes");
    closed.closureNote = QStringLiteral("Routines in place; family happy to close.");
    REQUIRE(InvolvementRepository(db).save(closed).isOk());
    Involvement referred;
    referred.familyId = s.ravensworth.id;
    referred.service = QStringLiteral("early_help_targeted");
    referred.referralDate = QDate(2026, 7, 1);
    referred.status = QStringLiteral("referred");
    REQUIRE(InvolvementRepository(db).save(referred).isOk());

    setClock(db, utc(2026, 10, 6, 16, 2, 3));
    CaseNote visit;
    visit.familyId = s.quennell.id;
    visit.involvementId = open.id;
    visit.contactAt = QDateTime(QDate(2026, 10, 6), QTime(15, 45));
    visit.noteType = QStringLiteral("home_visit");
    visit.subject = QStringLiteral("LIFT agreement meeting at the family home");
    visit.location = QStringLiteral("Family home");
    visit.present = QStringLiteral("Mother, Tobin, mentor");
    visit.outcomesAddressed = QStringLiteral("Routines");
    visit.purpose = QStringLiteral("Agree the LIFT plan.");
    visit.whatWorkedWell = QStringLiteral("Tobin joined in.");
    visit.worries = QStringLiteral("Late nights.");
    visit.voice = QStringLiteral("Tobin said \"mornings are rubbish\".");
    visit.nextSteps = QStringLiteral("Mentor to visit weekly.");
    visit.authorWorkerId = s.imogen.id;
    visit.personIds = {s.quennell.members[1].personId, s.quennell.members[2].personId};
    REQUIRE(CaseNoteRepository(db).save(visit).isOk());
    CaseNote call;
    call.familyId = s.ravensworth.id;
    call.contactAt = QDateTime(QDate(2026, 10, 3), QTime(9, 5));
    call.noteType = QStringLiteral("phone_call");
    call.subject = QStringLiteral("Phone call to special guardian");
    REQUIRE(CaseNoteRepository(db).save(call).isOk());
    CaseNote closing;
    closing.familyId = s.quennell.id;
    closing.involvementId = closed.id;
    closing.contactAt = QDateTime(QDate(2026, 4, 30), QTime(17, 59));
    closing.noteType = QStringLiteral("closure_summary");
    closing.subject = QStringLiteral("Closure summary");
    closing.authorWorkerId = s.bartholomew.id;
    closing.personIds = {s.unborn.id, s.father.id};
    REQUIRE(CaseNoteRepository(db).save(closing).isOk());

    RecordedEvent agreement;
    agreement.familyId = s.quennell.id;
    agreement.involvementId = open.id;
    agreement.personId = s.quennell.members[2].personId;
    agreement.kind = QStringLiteral("lift_agreement_meeting");
    agreement.date = QDate(2026, 10, 6);
    agreement.time = QTime(15, 45);
    agreement.note = QStringLiteral("Agreement signed at home.");
    agreement.recordedByWorkerId = s.imogen.id;
    REQUIRE(CaseEventRepository(db).save(agreement).isOk());
    setClock(db, utc(2026, 10, 7, 9, 0, 0));
    RecordedEvent allocated;
    allocated.familyId = s.ravensworth.id;
    allocated.kind = QStringLiteral("eh_allocated");
    allocated.date = QDate(2026, 7, 2);
    REQUIRE(CaseEventRepository(db).save(allocated).isOk());
    setClock(db, utc(2026, 11, 5, 14, 10, 0));
    RecordedExtension extension;
    extension.familyId = s.quennell.id;
    extension.involvementId = open.id;
    extension.personId = s.quennell.members[2].personId;
    extension.ruleId = QStringLiteral("lift.finance_form");
    extension.originalDue = QDate(2026, 11, 6);
    extension.newDue = QDate(2026, 11, 20);
    extension.newDueTime = QTime(17, 0);
    extension.reason = QStringLiteral("Receipts delayed by the school.");
    extension.grantedByWorkerId = s.bartholomew.id;
    REQUIRE(ExtensionRepository(db).save(extension).isOk());

    setClock(db, utc(2026, 11, 19, 21, 47, 0));
    REQUIRE(DraftRepository(db)
                .save({QStringLiteral("note/family/%1").arg(s.quennell.id),
                       s.quennell.id,
                       QStringLiteral("{\"subject\":\"half typed\"}"),
                       {}})
                .isOk());
    REQUIRE(DraftRepository(db).save({QStringLiteral("note/new"), 0, QStringLiteral("{}"), {}}).isOk());
    REQUIRE(db.setMeta(QStringLiteral("demo"), QStringLiteral("1")).isOk());
    return s;
}

// The sample, exported once and shared by the bad-input cases.
const QJsonObject& sampleDocument() {
    static const QJsonObject doc = [] {
        test::TestDatabase source;
        fillSample(source.db());
        return exported(source.db());
    }();
    return doc;
}

// Imports `json` into a fresh database, expects a failure starting with `expected`, and checks
// that the target is exactly as it was.
QString importFails(const QByteArray& json) {
    test::TestDatabase target;
    const QStringList before = snapshot(target.db());
    const Status s = importJson(target.db(), json);
    REQUIRE_FALSE(s.isOk());
    CHECK(snapshot(target.db()) == before);
    return s.error();
}

} // namespace

TEST_CASE("export, import into a new file and export again gives the same document") {
    test::TestDatabase source;
    const Sample s = fillSample(source.db());
    const QJsonObject first = exported(source.db());

    test::TestDatabase target;
    setClock(target.db(), utc(2026, 11, 21, 7, 0, 0)); // import time must not leak into the records
    const Status imported = importJson(target.db(), toBytes(first));
    INFO(imported.error().toStdString());
    REQUIRE(imported.isOk());
    const QJsonObject second = exported(target.db());

    CHECK(first.value(QStringLiteral("exportedAt")).toString() == QStringLiteral("2026-11-19T21:47:00Z"));
    CHECK(second.value(QStringLiteral("exportedAt")).toString() == QStringLiteral("2026-11-21T07:00:00Z"));
    CHECK(withoutExportTime(first) == withoutExportTime(second));
    CHECK(QJsonDocument(withoutExportTime(first)).toJson() ==
          QJsonDocument(withoutExportTime(second)).toJson());
    CHECK(target.db().isDemo());
    CHECK(target.db().integrityProblems().isEmpty());

    SECTION("the document has the documented shape") {
        CHECK(first.value(QStringLiteral("format")).toString() == QStringLiteral("waymark-export"));
        CHECK(first.value(QStringLiteral("formatVersion")).toInt() == 2);
        CHECK(first.value(QStringLiteral("schemaVersion")).toInt() == Database::latestSchemaVersion());
        CHECK(first.value(QStringLiteral("demo")).toBool());
        const QJsonArray workers = first.value(QStringLiteral("workers")).toArray();
        REQUIRE(workers.size() == 2);
        CHECK(workers.at(1).toObject().value(QStringLiteral("id")).toInt() == 3);
        CHECK(workers.at(1).toObject().value(QStringLiteral("active")) == QJsonValue(false));
        const QJsonArray people = first.value(QStringLiteral("people")).toArray();
        REQUIRE(people.size() == 5);
        const QJsonObject unborn = people.at(2).toObject();
        CHECK(unborn.value(QStringLiteral("givenNames")).toString().isEmpty());
        CHECK(unborn.value(QStringLiteral("dateOfBirth")).toString() == QStringLiteral("2027-03-01"));
        CHECK(unborn.value(QStringLiteral("dateOfBirthIsExpected")) == QJsonValue(true));
        CHECK(unborn.value(QStringLiteral("createdAt")).toString() == QStringLiteral("2026-05-06T10:20:30Z"));
        const QJsonObject father = people.at(3).toObject();
        CHECK(
            father.value(QStringLiteral("address")).toObject().value(QStringLiteral("postcode")).toString() ==
            QStringLiteral("LE11 3AB"));
        CHECK(father.value(QStringLiteral("socialCareNumber")).toString() == QStringLiteral("SU 448812"));
        CHECK(people.at(4).toObject().value(QStringLiteral("id")).toInt() == 6);
        const QJsonArray members = first.value(QStringLiteral("families"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("members"))
                                       .toArray();
        REQUIRE(members.size() == 4);
        CHECK(members.at(0).toObject().value(QStringLiteral("personId")).toInt() == s.father.id);
        CHECK(members.at(0).toObject().value(QStringLiteral("livesInHousehold")) == QJsonValue(false));
        const QJsonArray involvements = first.value(QStringLiteral("involvements")).toArray();
        REQUIRE(involvements.size() == 3);
        CHECK(involvements.at(2).toObject().value(QStringLiteral("allocatedWorkerId")).isNull());
        CHECK(involvements.at(2).toObject().value(QStringLiteral("openedOn")).isNull());
        const QJsonObject visit = first.value(QStringLiteral("caseNotes")).toArray().at(0).toObject();
        CHECK(visit.value(QStringLiteral("contactAt")).toString() == QStringLiteral("2026-10-06T15:45"));
        CHECK(visit.value(QStringLiteral("personIds")).toArray().size() == 2);
        const QJsonArray events = first.value(QStringLiteral("caseEvents")).toArray();
        REQUIRE(events.size() == 2);
        const QJsonObject agreement = events.at(0).toObject();
        CHECK(agreement.value(QStringLiteral("kind")).toString() == QStringLiteral("lift_agreement_meeting"));
        CHECK(agreement.value(QStringLiteral("date")).toString() == QStringLiteral("2026-10-06"));
        CHECK(agreement.value(QStringLiteral("time")).toString() == QStringLiteral("15:45"));
        CHECK(agreement.value(QStringLiteral("personId")).toInt() == s.quennell.members[2].personId);
        CHECK(agreement.value(QStringLiteral("createdAt")).toString() ==
              QStringLiteral("2026-10-06T16:02:03Z"));
        const QJsonObject allocated = events.at(1).toObject();
        CHECK(allocated.value(QStringLiteral("time")).isNull());
        CHECK(allocated.value(QStringLiteral("involvementId")).isNull());
        CHECK(allocated.value(QStringLiteral("personId")).isNull());
        CHECK(allocated.value(QStringLiteral("recordedByWorkerId")).isNull());
        const QJsonArray extensions = first.value(QStringLiteral("deadlineExtensions")).toArray();
        REQUIRE(extensions.size() == 1);
        const QJsonObject extension = extensions.at(0).toObject();
        CHECK(extension.value(QStringLiteral("ruleId")).toString() == QStringLiteral("lift.finance_form"));
        CHECK(extension.value(QStringLiteral("originalDue")).toString() == QStringLiteral("2026-11-06"));
        CHECK(extension.value(QStringLiteral("newDue")).toString() == QStringLiteral("2026-11-20"));
        CHECK(extension.value(QStringLiteral("newDueTime")).toString() == QStringLiteral("17:00"));
        CHECK(extension.value(QStringLiteral("grantedByWorkerId")).toInt() == s.bartholomew.id);
        CHECK(extension.value(QStringLiteral("grantedAt")).toString() ==
              QStringLiteral("2026-11-05T14:10:00Z"));
        const QJsonArray drafts = first.value(QStringLiteral("drafts")).toArray();
        REQUIRE(drafts.size() == 2);
        CHECK(drafts.at(1).toObject().value(QStringLiteral("familyId")).isNull());
    }

    SECTION("the repositories read the same records from both files") {
        for (qint64 id : {s.imogen.id, s.bartholomew.id})
            CHECK(WorkerRepository(target.db()).get(id).value() ==
                  WorkerRepository(source.db()).get(id).value());
        CHECK(WorkerRepository(target.db()).all().size() == 2);
        for (qint64 id : {1, 2, 3, 4, 6}) {
            CAPTURE(id);
            CHECK(PersonRepository(target.db()).get(id).value() ==
                  PersonRepository(source.db()).get(id).value());
        }
        for (qint64 id : {s.quennell.id, s.ravensworth.id}) {
            const Family was = FamilyRepository(source.db()).get(id).value();
            const Family now = FamilyRepository(target.db()).get(id).value();
            CHECK(now == was);
            CHECK(now.createdAt == was.createdAt);
            CHECK(now.updatedAt == was.updatedAt);
            CHECK(InvolvementRepository(target.db()).forFamily(id) ==
                  InvolvementRepository(source.db()).forFamily(id));
            const auto notesWere = CaseNoteRepository(source.db()).forFamily(id);
            const auto notesNow = CaseNoteRepository(target.db()).forFamily(id);
            CHECK(notesNow == notesWere);
            for (size_t i = 0; i < notesWere.size() && i < notesNow.size(); ++i) {
                CHECK(notesNow[i].createdAt == notesWere[i].createdAt);
                CHECK(notesNow[i].updatedAt == notesWere[i].updatedAt);
            }
        }
        for (qint64 id : {s.quennell.id, s.ravensworth.id}) {
            const auto eventsWere = CaseEventRepository(source.db()).forFamily(id);
            const auto eventsNow = CaseEventRepository(target.db()).forFamily(id);
            REQUIRE(eventsNow.size() == eventsWere.size());
            CHECK_FALSE(eventsNow.empty());
            for (size_t i = 0; i < eventsWere.size(); ++i) {
                const RecordedEvent& a = eventsWere[i];
                const RecordedEvent& b = eventsNow[i];
                CHECK(b.id == a.id);
                CHECK(b.familyId == a.familyId);
                CHECK(b.involvementId == a.involvementId);
                CHECK(b.personId == a.personId);
                CHECK(b.kind == a.kind);
                CHECK(b.date == a.date);
                CHECK(b.time == a.time);
                CHECK(b.note == a.note);
                CHECK(b.recordedByWorkerId == a.recordedByWorkerId);
                CHECK(b.createdAt == a.createdAt);
            }
            const auto extensionsWere = ExtensionRepository(source.db()).forFamily(id);
            const auto extensionsNow = ExtensionRepository(target.db()).forFamily(id);
            REQUIRE(extensionsNow.size() == extensionsWere.size());
            for (size_t i = 0; i < extensionsWere.size(); ++i) {
                const RecordedExtension& a = extensionsWere[i];
                const RecordedExtension& b = extensionsNow[i];
                CHECK(b.id == a.id);
                CHECK(b.involvementId == a.involvementId);
                CHECK(b.personId == a.personId);
                CHECK(b.ruleId == a.ruleId);
                CHECK(b.originalDue == a.originalDue);
                CHECK(b.newDue == a.newDue);
                CHECK(b.newDueTime == a.newDueTime);
                CHECK(b.reason == a.reason);
                CHECK(b.grantedByWorkerId == a.grantedByWorkerId);
                CHECK(b.grantedAt == a.grantedAt);
            }
        }
        for (const QString& key : {QStringLiteral("note/family/1"), QStringLiteral("note/new")}) {
            const auto was = DraftRepository(source.db()).load(key);
            const auto now = DraftRepository(target.db()).load(key);
            REQUIRE(was.has_value());
            REQUIRE(now.has_value());
            CHECK(now->familyId == was->familyId);
            CHECK(now->content == was->content);
            CHECK(now->updatedAt == was->updatedAt);
        }
        // The derived search column is rebuilt, so the imported people can be found.
        auto searchTexts = [](Database& db) {
            QStringList out;
            QSqlQuery q(db.connection());
            REQUIRE(q.exec(QStringLiteral("SELECT id, search_text FROM people ORDER BY id")));
            while (q.next())
                out << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
            return out;
        };
        const QStringList searchWas = searchTexts(source.db());
        const QStringList searchNow = searchTexts(target.db());
        CHECK(searchNow == searchWas);
        CaseListQuery byIdentifier;
        byIdentifier.text = QStringLiteral("su 448812");
        CHECK(FamilyRepository(target.db()).search(byIdentifier).rows.size() == 1);
    }

    SECTION("new records in the imported file get fresh ids") {
        Worker w = test::makeWorker(target.db(), QStringLiteral("New Starter"), QStringLiteral("Blaby"));
        CHECK(w.id > s.bartholomew.id);
        Person p = test::makePerson(QStringLiteral("New"), QStringLiteral("Person"), QDate(2010, 1, 1));
        REQUIRE(PersonRepository(target.db()).save(p).isOk());
        CHECK(p.id > s.grandparent.id);
    }
}

TEST_CASE("an empty database exports and imports, and a non-demo file stays non-demo") {
    test::TestDatabase source;
    const QJsonObject doc = exported(source.db());
    CHECK(doc.value(QStringLiteral("demo")) == QJsonValue(false));
    CHECK(doc.value(QStringLiteral("people")).toArray().isEmpty());
    test::TestDatabase target;
    REQUIRE(importJson(target.db(), toBytes(doc)).isOk());
    CHECK_FALSE(target.db().isDemo());
    CHECK(withoutExportTime(exported(target.db())) == withoutExportTime(doc));
}

TEST_CASE("a hand-written file may leave out optional fields") {
    const QByteArray json = R"({
        "format": "waymark-export", "formatVersion": 1,
        "workers": [{"id": 7, "name": "Ada Lantern", "role": "coordinator"}],
        "people": [{"id": 12, "familyName": "Oddfellow", "givenNames": "Pip"}],
        "families": [{"id": 4, "name": "Oddfellow family", "kinshipStatus": "none",
                      "members": [{"personId": 12, "relationship": "child"}]}]
    })";
    test::TestDatabase target;
    const Status s = importJson(target.db(), json);
    INFO(s.error().toStdString());
    REQUIRE(s.isOk());
    const Worker w = WorkerRepository(target.db()).get(7).value();
    CHECK(w.active);
    CHECK(w.team.isEmpty());
    const Family f = FamilyRepository(target.db()).get(4).value();
    REQUIRE(f.members.size() == 1);
    CHECK(f.members[0].livesInHousehold);
    CHECK_FALSE(f.members[0].hasParentalResponsibility);
    CHECK(f.createdAt == QDateTime(test::fixedToday(), QTime(12, 0), Qt::UTC)); // the import time
    CHECK_FALSE(PersonRepository(target.db()).get(12).value().dateOfBirth.isValid());
}

TEST_CASE("a file that is not complete JSON is refused with the parser's message and offset") {
    const QByteArray whole = toBytes(sampleDocument());
    QString error = importFails(whole.left(whole.size() / 2));
    CHECK(error.startsWith(QStringLiteral("The file is not valid JSON: ")));
    CHECK(error.contains(QStringLiteral("(at offset ")));
    error = importFails(QByteArray());
    CHECK(error.startsWith(QStringLiteral("The file is not valid JSON: ")));
    error = importFails(QByteArray("[1, 2, 3]"));
    CHECK(error == QStringLiteral("$: expected an object"));
}

TEST_CASE("a bad field is refused with its JSON path and nothing is written") {
    struct Case {
        QString path;                    // "people/2/nickname"
        std::optional<QJsonValue> value; // empty: remove the field
        QString expected;                // the start of the message
    };
    const std::vector<Case> cases = {
        // Not a Waymark export, or a newer one.
        {QStringLiteral("format"), QStringLiteral("caseworks"),
         QStringLiteral("$.format: this is not a Waymark export")},
        {QStringLiteral("formatVersion"), 3,
         QStringLiteral("$.formatVersion: this Waymark reads versions 1 to 2")},
        {QStringLiteral("formatVersion"), std::nullopt,
         QStringLiteral("$.formatVersion: this field is required")},
        // Wrong types.
        {QStringLiteral("people/0/dateOfBirth"), QStringLiteral("02/07/1988"),
         QStringLiteral("$.people[0].dateOfBirth: expected a date as yyyy-MM-dd")},
        {QStringLiteral("people/0/dateOfBirth"), QStringLiteral("1988-02-30"),
         QStringLiteral("$.people[0].dateOfBirth: expected a date as yyyy-MM-dd")},
        {QStringLiteral("people/0/dateOfBirth"), 1988,
         QStringLiteral("$.people[0].dateOfBirth: expected a date")},
        {QStringLiteral("people/1/givenNames"), 42, QStringLiteral("$.people[1].givenNames: expected text")},
        {QStringLiteral("people/1/id"), 2.5, QStringLiteral("$.people[1].id: expected a record id")},
        {QStringLiteral("people/1/id"), QStringLiteral("2"),
         QStringLiteral("$.people[1].id: expected a record id")},
        {QStringLiteral("people/2/address"), QStringLiteral("12 Quarry Lane"),
         QStringLiteral("$.people[2].address: expected an object")},
        {QStringLiteral("people/0"), QStringLiteral("Avril"),
         QStringLiteral("$.people[0]: expected an object")},
        {QStringLiteral("workers"), QJsonObject(), QStringLiteral("$.workers: expected an array")},
        {QStringLiteral("workers/0/active"), QStringLiteral("yes"),
         QStringLiteral("$.workers[0].active: expected true or false")},
        {QStringLiteral("families/0/members"), QJsonObject(),
         QStringLiteral("$.families[0].members: expected an array")},
        {QStringLiteral("caseNotes/0/contactAt"), QStringLiteral("2026-10-06 15:45"),
         QStringLiteral("$.caseNotes[0].contactAt: expected a date and time as yyyy-MM-ddTHH:mm")},
        {QStringLiteral("caseNotes/0/contactAt"), QStringLiteral("2026-10-06T25:45"),
         QStringLiteral("$.caseNotes[0].contactAt: expected a date and time")},
        {QStringLiteral("caseNotes/0/personIds/0"), QStringLiteral("1"),
         QStringLiteral("$.caseNotes[0].personIds[0]: expected a record id")},
        {QStringLiteral("involvements/0/createdAt"), QStringLiteral("2026-07-08 12:30:45"),
         QStringLiteral("$.involvements[0].createdAt: expected a UTC time as yyyy-MM-ddTHH:mm:ssZ")},
        {QStringLiteral("demo"), QStringLiteral("true"), QStringLiteral("$.demo: expected true or false")},
        // Unknown fields, at every depth.
        {QStringLiteral("people/2/nickname"), QStringLiteral("Bean"),
         QStringLiteral("$.people[2].nickname: unknown field")},
        {QStringLiteral("people/3/address/county"), QStringLiteral("Leicestershire"),
         QStringLiteral("$.people[3].address.county: unknown field")},
        {QStringLiteral("families/0/members/1/role"), QStringLiteral("mum"),
         QStringLiteral("$.families[0].members[1].role: unknown field")},
        {QStringLiteral("exportedBy"), QStringLiteral("someone"),
         QStringLiteral("$.exportedBy: unknown field")},
        // Missing required fields.
        {QStringLiteral("people/0/familyName"), std::nullopt,
         QStringLiteral("$.people[0].familyName: this field is required")},
        {QStringLiteral("involvements/1/id"), std::nullopt,
         QStringLiteral("$.involvements[1].id: this field is required")},
        {QStringLiteral("caseNotes/2/contactAt"), std::nullopt,
         QStringLiteral("$.caseNotes[2].contactAt: this field is required")},
        // Codes and rules, checked by the same validators the forms use.
        {QStringLiteral("involvements/1/closureOutcome"), QStringLiteral("sorted"),
         QStringLiteral("$.involvements[1].closureOutcome: \"sorted\" is not one of the options")},
        {QStringLiteral("people/0/gender"), QStringLiteral("f"), QStringLiteral("$.people[0].gender: ")},
        {QStringLiteral("families/0/members/0/relationship"), QStringLiteral("uncle"),
         QStringLiteral("$.families[0].members[0].relationship: ")},
        {QStringLiteral("caseNotes/1/noteType"), QStringLiteral("visit"),
         QStringLiteral("$.caseNotes[1].noteType: ")},
        {QStringLiteral("workers/0/role"), QStringLiteral("boss"), QStringLiteral("$.workers[0].role: ")},
        {QStringLiteral("people/3/address/postcode"), QStringLiteral("not a postcode"),
         QStringLiteral("$.people[3].address.postcode: ")},
        {QStringLiteral("involvements/0/openedOn"), QJsonValue(QJsonValue::Null),
         QStringLiteral("$.involvements[0].openedOn: ")},
        // References to records that are not in the file.
        {QStringLiteral("families/0/members/0/personId"), 999,
         QStringLiteral("$.families[0].members[0].personId: there is no person with id 999")},
        {QStringLiteral("involvements/0/allocatedWorkerId"), 2,
         QStringLiteral("$.involvements[0].allocatedWorkerId: there is no worker with id 2")},
        {QStringLiteral("involvements/2/familyId"), 999,
         QStringLiteral("$.involvements[2].familyId: there is no family with id 999")},
        {QStringLiteral("caseNotes/0/involvementId"), 999,
         QStringLiteral("$.caseNotes[0].involvementId: there is no involvement with id 999")},
        {QStringLiteral("caseNotes/0/authorWorkerId"), 999,
         QStringLiteral("$.caseNotes[0].authorWorkerId: there is no worker with id 999")},
        {QStringLiteral("caseNotes/0/personIds/0"), 6,
         QStringLiteral("$.caseNotes[0].personIds[0]: person 6 is not a member of family 1")},
        {QStringLiteral("caseNotes/0/personIds/0"), 5,
         QStringLiteral("$.caseNotes[0].personIds[0]: there is no person with id 5")},
        {QStringLiteral("drafts/0/familyId"), 999,
         QStringLiteral("$.drafts[0].familyId: there is no family with id 999")},
        // Case events and deadline extensions.
        {QStringLiteral("caseEvents/0/kind"), QStringLiteral("LIFT meeting"),
         QStringLiteral("$.caseEvents[0].kind: expected an event kind")},
        {QStringLiteral("caseEvents/0/time"), QStringLiteral("3pm"),
         QStringLiteral("$.caseEvents[0].time: expected a time as HH:mm")},
        {QStringLiteral("caseEvents/1/date"), std::nullopt,
         QStringLiteral("$.caseEvents[1].date: this field is required")},
        {QStringLiteral("caseEvents/0/personId"), 6,
         QStringLiteral("$.caseEvents[0].personId: person 6 is not a member of family 1")},
        {QStringLiteral("caseEvents/1/involvementId"), 1,
         QStringLiteral("$.caseEvents[1].involvementId: involvement 1 belongs to another family")},
        {QStringLiteral("caseEvents/0/recordedByWorkerId"), 999,
         QStringLiteral("$.caseEvents[0].recordedByWorkerId: there is no worker with id 999")},
        {QStringLiteral("caseEvents/1/id"), 1,
         QStringLiteral("$.caseEvents[1].id: id 1 is used by an earlier record")},
        {QStringLiteral("deadlineExtensions/0/reason"), QStringLiteral(" "),
         QStringLiteral("$.deadlineExtensions[0].reason: an extension needs a reason")},
        {QStringLiteral("deadlineExtensions/0/newDue"), QStringLiteral("2026-11-01"),
         QStringLiteral("$.deadlineExtensions[0].newDue: the new due date must be later")},
        {QStringLiteral("deadlineExtensions/0/newDueTime"), QStringLiteral("17:00:00"),
         QStringLiteral("$.deadlineExtensions[0].newDueTime: expected a time as HH:mm")},
        {QStringLiteral("deadlineExtensions/0/grantedByWorkerId"), std::nullopt,
         QStringLiteral("$.deadlineExtensions[0].grantedByWorkerId: this field is required")},
        {QStringLiteral("deadlineExtensions/0/grantedByWorkerId"), 2,
         QStringLiteral("$.deadlineExtensions[0].grantedByWorkerId: there is no worker with id 2")},
        {QStringLiteral("deadlineExtensions/0/colour"), QStringLiteral("red"),
         QStringLiteral("$.deadlineExtensions[0].colour: unknown field")},
        // The same id twice.
        {QStringLiteral("people/1/id"), 1,
         QStringLiteral("$.people[1].id: id 1 is used by an earlier record")},
        {QStringLiteral("drafts/1/key"), QStringLiteral("note/family/1"),
         QStringLiteral("$.drafts[1].key: an earlier draft has the same key")},
    };
    for (const Case& c : cases) {
        const std::string path = c.path.toStdString();
        CAPTURE(path);
        const QJsonObject doc = edited(sampleDocument(), c.path.split(QLatin1Char('/')), c.value).toObject();
        const QString error = importFails(toBytes(doc));
        INFO(error.toStdString());
        CHECK(error.startsWith(c.expected));
    }
}

TEST_CASE("a value the database would not keep exactly as written is refused") {
    // Found by fuzzing: both were imported, then exported differently from the file.
    const QByteArray surrogate = R"json({"format": "waymark-export", "formatVersion": 1,
        "workers": [{"id": 1, "name": "Ada \ud800 Quill", "role": "family_support_worker"}]})json";
    CHECK(importFails(surrogate).startsWith(QStringLiteral("$.workers[0].name: expected text")));
    const QByteArray pair = R"json({"format": "waymark-export", "formatVersion": 1,
        "workers": [{"id": 1, "name": "Ada \ud83d\ude00 Quill", "role": "family_support_worker"}]})json";
    test::TestDatabase target;
    REQUIRE(importJson(target.db(), pair).isOk());

    const QByteArray midnight = R"json({"format": "waymark-export", "formatVersion": 1,
        "people": [{"id": 1, "familyName": "Marlow", "createdAt": "2026-01-01T24:00:00Z"}]})json";
    CHECK(importFails(midnight).startsWith(QStringLiteral("$.people[0].createdAt: expected a UTC time")));
}

TEST_CASE("import refuses a database that already holds records") {
    test::TestDatabase target;
    test::makeWorker(target.db(), QStringLiteral("Already Here"), QStringLiteral("Blaby"));
    const QStringList before = snapshot(target.db());
    const Status s = importJson(target.db(), toBytes(sampleDocument()));
    REQUIRE_FALSE(s.isOk());
    CHECK(s.error().startsWith(QStringLiteral("import needs an empty database")));
    CHECK(snapshot(target.db()) == before);
}

TEST_CASE("a failure while writing leaves nothing behind") {
    test::TestDatabase target;
    // Everything in the file is valid; the database itself refuses the case notes, which are
    // written after the workers, people, families and involvements.
    run(target.db(), QStringLiteral("CREATE TRIGGER refuse_notes BEFORE INSERT ON case_notes "
                                    "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"));
    const QStringList before = snapshot(target.db());
    const Status s = importJson(target.db(), toBytes(sampleDocument()));
    REQUIRE_FALSE(s.isOk());
    CHECK(s.error().contains(QStringLiteral("refused by the test")));
    CHECK(snapshot(target.db()) == before);
    CHECK_FALSE(target.db().isDemo());
}

TEST_CASE("exporting inside a caller's transaction leaves that transaction able to commit") {
    test::TestDatabase t;
    Transaction outer(t.db());
    REQUIRE(outer.isActive());
    test::makeWorker(t.db(), QStringLiteral("Saved alongside"), QStringLiteral("Blaby"));
    REQUIRE(exportJson(t.db()).isOk());
    CHECK(outer.commit().isOk());
    CHECK(WorkerRepository(t.db()).all().size() == 1);
}
