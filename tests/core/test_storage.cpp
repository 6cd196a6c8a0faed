#include "domain/casenote.h"
#include "domain/involvement.h"
#include "storage/casenoterepository.h"
#include "storage/draftrepository.h"
#include "storage/familyrepository.h"
#include "storage/involvementrepository.h"
#include "storage/personrepository.h"
#include "storage/transaction.h"
#include "storage/workerrepository.h"
#include "support/testdatabase.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {
int rowCount(Database& db, const char* table) {
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))));
    REQUIRE(q.next());
    return q.value(0).toInt();
}
} // namespace

TEST_CASE("a new file is in WAL mode with foreign keys on, at the latest schema version") {
    test::TestDatabase t;
    CHECK(t.db().schemaVersion() == Database::latestSchemaVersion());
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    CHECK(t.db().integrityProblems().isEmpty());
}

TEST_CASE("people, families, workers, involvements and notes survive a save and a reopen unchanged") {
    test::TestDatabase t;
    Worker w =
        test::makeWorker(t.db(), QStringLiteral("Imogen Pettifer"), QStringLiteral("Blaby Early Help"));

    Person p = test::makePerson(QStringLiteral("Ruby Mae"), QStringLiteral("Tregothnan"), QDate(2014, 2, 28));
    p.knownAs = QStringLiteral("Rubes");
    p.gender = QStringLiteral("female");
    p.ethnicity = QStringLiteral("MWBC");
    p.firstLanguage = QStringLiteral("English");
    p.address = {QStringLiteral("12 Quarry Lane"), QString(), QStringLiteral("Wigston"),
                 QStringLiteral("le18 4xx")};
    p.socialCareNumber = QStringLiteral("SU 448812");
    p.caseSystemNumber = QStringLiteral("123456");
    p.nhsNumber = QStringLiteral("943 476 5919");
    REQUIRE(PersonRepository(t.db()).save(p).isOk());

    Family f;
    f.name = QStringLiteral("Tregothnan family");
    f.kinshipStatus = QStringLiteral("special_guardianship_order");
    f.members.push_back({p.id, QStringLiteral("child"), false, true});
    REQUIRE(FamilyRepository(t.db()).save(f).isOk());

    Involvement inv;
    inv.familyId = f.id;
    inv.service = QStringLiteral("lift_mentoring");
    inv.referralDate = QDate(2026, 10, 1);
    inv.referralSource = QStringLiteral("fostering_team");
    inv.referralReason = QStringLiteral("Placement under strain: support with routines.");
    inv.allocatedWorkerId = w.id;
    inv.status = QStringLiteral("open");
    inv.openedOn = QDate(2026, 10, 6);
    REQUIRE(InvolvementRepository(t.db()).save(inv).isOk());

    CaseNote n;
    n.familyId = f.id;
    n.involvementId = inv.id;
    n.contactAt = QDateTime(QDate(2026, 10, 6), QTime(15, 45));
    n.noteType = QStringLiteral("home_visit");
    n.subject = QStringLiteral("LIFT agreement meeting at the family home");
    n.present = QStringLiteral("Ruby, carer, mentor, SSW");
    n.voice = QStringLiteral("Ruby said she would like help with mornings.");
    n.authorWorkerId = w.id;
    n.personIds = {p.id};
    REQUIRE(CaseNoteRepository(t.db()).save(n).isOk());

    t.reopen();
    CHECK(WorkerRepository(t.db()).get(w.id).value() == w);
    Person expected = p;
    expected.address.postcode = QStringLiteral("LE18 4XX"); // stored in capitals
    CHECK(PersonRepository(t.db()).get(p.id).value() == expected);
    CHECK(FamilyRepository(t.db()).get(f.id).value() == f);
    CHECK(InvolvementRepository(t.db()).get(inv.id).value() == inv);
    CHECK(CaseNoteRepository(t.db()).get(n.id).value() == n);
    CHECK(CaseNoteRepository(t.db()).forFamily(f.id).size() == 1);
}

TEST_CASE("an invalid record is refused with the field named and nothing is written") {
    test::TestDatabase t;
    Person p = test::makePerson(QStringLiteral("Kit"), QString(), QDate(2015, 1, 1));
    const Status s = PersonRepository(t.db()).save(p);
    CHECK_FALSE(s.isOk());
    CHECK(s.error().contains(QStringLiteral("familyName")));
    CHECK(p.id == 0);
    CHECK(rowCount(t.db(), "people") == 0);
}

TEST_CASE("a failure part-way through a save leaves no half-written family") {
    test::TestDatabase t;
    Family f;
    f.name = QStringLiteral("Oddbody family");
    f.kinshipStatus = QStringLiteral("none");
    f.members.push_back({987654, QStringLiteral("child"), false, true}); // no such person
    const Status s = FamilyRepository(t.db()).save(f);
    CHECK_FALSE(s.isOk());
    CHECK(rowCount(t.db(), "families") == 0);
    CHECK(rowCount(t.db(), "family_members") == 0);
}

TEST_CASE("an abandoned inner transaction makes the outer commit fail") {
    test::TestDatabase t;
    Transaction outer(t.db());
    REQUIRE(outer.isActive());
    test::makeWorker(t.db(), QStringLiteral("Saved inside"), QStringLiteral("Team A"));
    { Transaction inner(t.db()); } // destroyed without commit
    CHECK_FALSE(outer.commit().isOk());
    CHECK(rowCount(t.db(), "workers") == 0);
}

TEST_CASE("a note may only name people who are members of its family") {
    test::TestDatabase t;
    Family a = test::makeFamily(t.db(), QStringLiteral("Abernethy"));
    Family b = test::makeFamily(t.db(), QStringLiteral("Bramwell"));
    CaseNote n;
    n.familyId = a.id;
    n.contactAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0));
    n.noteType = QStringLiteral("phone_call");
    n.subject = QStringLiteral("Phone call to parent - no answer");
    n.personIds = {a.members[0].personId, b.members[0].personId};
    CHECK_FALSE(CaseNoteRepository(t.db()).save(n).isOk());
    CHECK(rowCount(t.db(), "case_notes") == 0);
    n.personIds = {a.members[0].personId, a.members[1].personId};
    CHECK(CaseNoteRepository(t.db()).save(n).isOk());
}

TEST_CASE("saving a note removes its draft in the same transaction") {
    test::TestDatabase t;
    Family f = test::makeFamily(t.db(), QStringLiteral("Dunmore"));
    const QString key = QStringLiteral("note/family/%1").arg(f.id);
    REQUIRE(
        DraftRepository(t.db()).save({key, f.id, QStringLiteral("{\"subject\":\"half typed\"}"), {}}).isOk());
    REQUIRE(DraftRepository(t.db()).load(key).has_value());
    CHECK(DraftRepository(t.db()).load(key)->content.contains(QStringLiteral("half typed")));

    CaseNote n;
    n.familyId = f.id;
    n.contactAt = QDateTime(QDate(2026, 11, 2), QTime(11, 0));
    n.noteType = QStringLiteral("home_visit");
    n.subject = QStringLiteral("Home visit");
    REQUIRE(CaseNoteRepository(t.db()).save(n, key).isOk());
    CHECK_FALSE(DraftRepository(t.db()).load(key).has_value());
}

TEST_CASE("the same child entered twice is found by name and date of birth or by identifier") {
    test::TestDatabase t;
    Family f = test::makeFamily(t.db(), QStringLiteral("Penhallow"), QDate(2017, 5, 9));
    PersonRepository people(t.db());
    Person again =
        test::makePerson(QStringLiteral("tobin james"), QStringLiteral("PENHALLOW"), QDate(2017, 5, 9));
    auto dups = people.findPossibleDuplicates(again);
    REQUIRE(dups.size() == 1);
    CHECK(dups[0].person.id == f.members[1].personId);

    Person other = test::makePerson(QStringLiteral("Tobin"), QStringLiteral("Penhallow"), QDate(2017, 5, 10));
    CHECK(people.findPossibleDuplicates(other).empty());

    Person withId = people.get(f.members[1].personId).value();
    withId.socialCareNumber = QStringLiteral("SU 1001");
    REQUIRE(people.save(withId).isOk());
    Person byId = test::makePerson(QStringLiteral("Someone"), QStringLiteral("Else"), QDate(2010, 1, 1));
    byId.socialCareNumber = QStringLiteral("SU 1001");
    REQUIRE(people.findPossibleDuplicates(byId).size() == 1);
    // A person is never a duplicate of itself.
    CHECK(people.findPossibleDuplicates(withId).empty());
}

TEST_CASE(
    "the case list finds families by name, date of birth and identifier, and filters by worker and state") {
    test::TestDatabase t;
    Worker me = test::makeWorker(t.db(), QStringLiteral("Me Worker"), QStringLiteral("Hinckley"));
    Worker colleague = test::makeWorker(t.db(), QStringLiteral("Colleague"), QStringLiteral("Hinckley"));
    Worker elsewhere = test::makeWorker(t.db(), QStringLiteral("Elsewhere"), QStringLiteral("Melton"));
    Family a = test::makeFamily(t.db(), QStringLiteral("Arkwright"), QDate(2012, 1, 30));
    Family b = test::makeFamily(t.db(), QStringLiteral("Blenkinsop"), QDate(2019, 8, 3));
    Family c = test::makeFamily(t.db(), QStringLiteral("Cholmondeley"), QDate(2020, 4, 4));
    auto open = [&](const Family& f, const Worker& w, const QString& service, bool closed) {
        Involvement inv;
        inv.familyId = f.id;
        inv.service = service;
        inv.referralDate = QDate(2026, 1, 10);
        inv.status = closed ? QStringLiteral("closed") : QStringLiteral("open");
        inv.openedOn = QDate(2026, 1, 12);
        if (closed) {
            inv.closedOn = QDate(2026, 6, 1);
            inv.closureOutcome = QStringLiteral("family_met_outcomes");
        }
        inv.allocatedWorkerId = w.id;
        REQUIRE(InvolvementRepository(t.db()).save(inv).isOk());
    };
    open(a, me, QStringLiteral("lift_mentoring"), false);
    open(b, colleague, QStringLiteral("early_help_intensive"), false);
    open(c, elsewhere, QStringLiteral("early_help_brief"), true);

    FamilyRepository families(t.db());
    auto names = [&](const CaseListQuery& q) {
        QStringList out;
        for (const auto& row : families.search(q).rows)
            out << row.familyName;
        return out;
    };
    CaseListQuery q;
    CHECK(names(q) == QStringList({QStringLiteral("Arkwright family"), QStringLiteral("Blenkinsop family"),
                                   QStringLiteral("Cholmondeley family")}));
    q.text = QStringLiteral("blenk");
    CHECK(names(q) == QStringList({QStringLiteral("Blenkinsop family")}));
    q.text = QStringLiteral("03/08/2019");
    CHECK(names(q) == QStringList({QStringLiteral("Blenkinsop family")}));
    q.text = QStringLiteral("tobin 2012-01-30");
    CHECK(names(q) == QStringList({QStringLiteral("Arkwright family")}));
    q.text = QStringLiteral("100%_");
    CHECK(names(q).isEmpty());

    q = {};
    q.workerId = me.id;
    q.scope = CaseListQuery::Scope::Mine;
    CHECK(names(q) == QStringList({QStringLiteral("Arkwright family")}));
    q.scope = CaseListQuery::Scope::MyTeam;
    CHECK(names(q) == QStringList({QStringLiteral("Arkwright family"), QStringLiteral("Blenkinsop family")}));
    q = {};
    q.state = CaseListQuery::State::Closed;
    CHECK(names(q) == QStringList({QStringLiteral("Cholmondeley family")}));
    q.state = CaseListQuery::State::Open;
    q.service = QStringLiteral("early_help_intensive");
    CHECK(names(q) == QStringList({QStringLiteral("Blenkinsop family")}));

    const auto page = families.search({});
    REQUIRE(page.rows.size() == 3);
    CHECK(page.totalMatches == 3);
    CHECK(page.rows[0].memberNames.first() == QStringLiteral("Tobin Arkwright")); // children first
    CHECK(page.rows[0].openServices == QStringList({QStringLiteral("lift_mentoring")}));
    CHECK(page.rows[0].workerNames == QStringList({QStringLiteral("Me Worker")}));
    CHECK_FALSE(page.rows[2].hasOpenInvolvement);

    CaseListQuery limited;
    limited.limit = 2;
    const auto cut = families.search(limited);
    CHECK(cut.rows.size() == 2);
    CHECK(cut.totalMatches == 3);
}
