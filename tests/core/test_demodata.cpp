#include "demo/demodata.h"
#include "domain/vocabulary.h"
#include "storage/casenoterepository.h"
#include "storage/familyrepository.h"
#include "storage/involvementrepository.h"
#include "storage/personrepository.h"
#include "storage/workerrepository.h"
#include "support/testdatabase.h"
#include "validation/validators.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

int rowCount(Database& db, const char* table) {
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

// Every row of every table, in storage order, as text: two databases with the same dump hold the
// same records with the same ids.
QStringList dump(Database& db) {
    QStringList tables = db.connection().tables();
    tables.removeAll(QStringLiteral("audit_log"));         // who generated it and when, not what
    tables.removeAll(QStringLiteral("sqlite_sequence"));   // counts audit entries too
    tables.removeAll(QStringLiteral("schema_migrations")); // when the file was created, to the second
    tables.sort();
    QStringList out;
    for (const QString& table : tables) {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table)));
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << (q.isNull(i) ? QStringLiteral("<null>") : q.value(i).toString());
            out << table + QLatin1Char('|') + values.join(QLatin1Char('|'));
        }
    }
    return out;
}

DemoSummary generateOrFail(Database& db, quint32 seed, int families) {
    auto result = generateDemoData(db, {seed, families});
    INFO(result.error().toStdString());
    REQUIRE(result.isOk());
    return result.value();
}

std::vector<qint64> familyIds(Database& db) {
    std::vector<qint64> ids;
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM families ORDER BY id")));
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    return ids;
}

} // namespace

TEST_CASE("demo data: the same seed gives the same database, a different seed a different one") {
    test::TestDatabase a, b, c;
    const DemoSummary first = generateOrFail(a.db(), 7, 40);
    const DemoSummary second = generateOrFail(b.db(), 7, 40);
    generateOrFail(c.db(), 8, 40);

    CHECK(first.people == second.people);
    CHECK(first.notes == second.notes);
    const QStringList dumpA = dump(a.db());
    CHECK(dumpA.size() > 1000);
    CHECK(dumpA == dump(b.db()));
    CHECK(dumpA != dump(c.db()));
}

TEST_CASE("demo data: the summary counts what was written, and the file is a sound demo database") {
    test::TestDatabase t;
    const DemoSummary s = generateOrFail(t.db(), 1, 120);
    CHECK(s.families == 120);
    CHECK(s.families == rowCount(t.db(), "families"));
    CHECK(s.people == rowCount(t.db(), "people"));
    CHECK(s.involvements == rowCount(t.db(), "involvements"));
    CHECK(s.notes == rowCount(t.db(), "case_notes"));
    CHECK(s.workers == rowCount(t.db(), "workers"));
    CHECK(s.workers >= 15);
    CHECK(s.people >= 2 * s.families);
    CHECK(s.involvements >= s.families);
    CHECK(s.notes >= 2 * s.involvements);
    CHECK(t.db().isDemo());
    CHECK(t.db().integrityProblems().isEmpty());

    t.reopen(); // committed, not just visible inside the connection
    CHECK(t.db().isDemo());
    CHECK(rowCount(t.db(), "families") == 120);
}

TEST_CASE("demo data: every record passes validation when read back through the repositories") {
    test::TestDatabase t;
    generateOrFail(t.db(), 42, 150);
    const QDate today = t.db().today();
    FamilyRepository families(t.db());
    PersonRepository people(t.db());
    InvolvementRepository involvements(t.db());
    CaseNoteRepository notes(t.db());

    QHash<qint64, Worker> workers;
    for (const Worker& w : WorkerRepository(t.db()).all()) {
        CHECK(validateWorker(w).isEmpty());
        CHECK(vocab::workerRole().contains(w.role));
        workers.insert(w.id, w);
    }

    static const QRegularExpression suNumber(QStringLiteral("^SU\\d{6}$"));
    static const QRegularExpression caseNumber(QStringLiteral("^\\d{6,7}$"));
    int kinship = 0, unborn = 0, closed = 0, open = 0, referred = 0;
    QSet<QString> services, noteTypes;
    for (qint64 familyId : familyIds(t.db())) {
        auto family = families.get(familyId);
        REQUIRE(family.isOk());
        INFO(family->name.toStdString());
        CHECK(validateFamily(*family).isEmpty());
        if (family->kinshipStatus != QLatin1String("none"))
            ++kinship;

        QSet<qint64> memberIds;
        int children = 0, adultsAtHome = 0;
        for (const FamilyMember& m : family->members) {
            memberIds.insert(m.personId);
            auto person = people.get(m.personId);
            REQUIRE(person.isOk());
            CHECK(validatePerson(*person, today).isEmpty());
            if (!person->socialCareNumber.isEmpty())
                CHECK(suNumber.match(person->socialCareNumber).hasMatch());
            if (!person->caseSystemNumber.isEmpty())
                CHECK(caseNumber.match(person->caseSystemNumber).hasMatch());
            if (m.relationship == QLatin1String("child")) {
                ++children;
                if (person->isUnborn()) {
                    ++unborn;
                    CHECK(person->givenNames.isEmpty());
                    CHECK(person->dateOfBirth > today);
                } else {
                    const auto age = person->ageInYears(today);
                    REQUIRE(age.has_value());
                    CHECK(*age <= 17);
                }
            } else if (m.livesInHousehold) {
                ++adultsAtHome;
            }
        }
        CHECK(children >= 1);
        CHECK(children <= 5);
        CHECK(adultsAtHome >= 1);
        CHECK(adultsAtHome <= 2);

        const auto familyInvolvements = involvements.forFamily(familyId);
        CHECK(familyInvolvements.size() >= 1);
        CHECK(familyInvolvements.size() <= 3);
        const auto familyNotes = notes.forFamily(familyId);
        for (const Involvement& inv : familyInvolvements) {
            CHECK(validateInvolvement(inv, today).isEmpty());
            services.insert(inv.service);
            closed += inv.status == QLatin1String("closed");
            open += inv.status == QLatin1String("open");
            referred += inv.status == QLatin1String("referred");
            if (inv.allocatedWorkerId != 0) {
                // The worker belongs to the service that holds the case.
                const QString team = workers.value(inv.allocatedWorkerId).team;
                if (inv.service == QLatin1String("lift_mentoring"))
                    CHECK(team.startsWith(QLatin1String("LIFT")));
                else if (inv.service == QLatin1String("families_first"))
                    CHECK(team == QLatin1String("Families First"));
                else
                    CHECK(team.endsWith(QLatin1String("Early Help")));
            }
            int count = 0;
            for (const CaseNote& n : familyNotes) {
                if (n.involvementId != inv.id)
                    continue;
                ++count;
                const QDate from = inv.openedOn.isValid() ? inv.openedOn : inv.referralDate;
                const QDate to = inv.closedOn.isValid() ? inv.closedOn : today;
                CHECK(n.contactAt.date() >= from);
                CHECK(n.contactAt.date() <= to);
            }
            CHECK(count >= 2);
            CHECK(count <= 12);
        }
        for (const CaseNote& n : familyNotes) {
            CHECK(validateCaseNote(n, today).isEmpty());
            CHECK(workers.contains(n.authorWorkerId));
            noteTypes.insert(n.noteType);
            for (qint64 personId : n.personIds)
                CHECK(memberIds.contains(personId)); // a note only concerns its own family
        }
    }
    // A realistic spread, not one kind of everything.
    CHECK(kinship >= 5);
    CHECK(kinship <= 35);
    CHECK(unborn >= 1);
    CHECK(closed > 0);
    CHECK(open > 0);
    CHECK(referred > 0);
    CHECK(services.size() == vocab::service().codes().size());
    CHECK(noteTypes.size() >= 10);
}

TEST_CASE("demo data: people can be found in the case list by their demo identifiers") {
    test::TestDatabase t;
    generateOrFail(t.db(), 3, 30);
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT fm.family_id, p.social_care_number FROM people p "
                                  "JOIN family_members fm ON fm.person_id = p.id "
                                  "WHERE p.social_care_number <> '' ORDER BY p.id LIMIT 1")));
    REQUIRE(q.next());
    CaseListQuery query;
    query.text = q.value(1).toString();
    const auto page = FamilyRepository(t.db()).search(query);
    REQUIRE(page.rows.size() == 1);
    CHECK(page.rows[0].familyId == q.value(0).toLongLong());
}

TEST_CASE("demo data: never uses the names of the family in the practice guidance") {
    test::TestDatabase t;
    generateOrFail(t.db(), 11, 200);
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM people WHERE given_names IN "
                                  "('Megan', 'Dale', 'Mark', 'Michelle', 'Graham', 'Ellie', 'Andrew')")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("demo data: a database with real records is refused and left unchanged") {
    test::TestDatabase t;
    test::makeFamily(t.db(), QStringLiteral("Quennell"));
    const QStringList before = dump(t.db());
    auto result = generateDemoData(t.db(), {1, 20});
    REQUIRE_FALSE(result.isOk());
    CHECK(result.error().contains(QStringLiteral("real records")));
    CHECK(dump(t.db()) == before);
    CHECK_FALSE(t.db().isDemo());

    // A staff list alone is real data too.
    test::TestDatabase staffOnly;
    test::makeWorker(staffOnly.db(), QStringLiteral("Wynn Hollowell"), QStringLiteral("Melton Early Help"));
    CHECK_FALSE(generateDemoData(staffOnly.db(), {1, 20}).isOk());
    CHECK(rowCount(staffOnly.db(), "workers") == 1);
    CHECK_FALSE(staffOnly.db().isDemo());
}

TEST_CASE("demo data: an impossible number of families is refused before anything is written") {
    test::TestDatabase t;
    for (int families : {0, -5, 200001}) {
        auto result = generateDemoData(t.db(), {1, families});
        CHECK_FALSE(result.isOk());
        CHECK(result.error().contains(QStringLiteral("200000")));
    }
    CHECK(rowCount(t.db(), "workers") == 0);
    CHECK_FALSE(t.db().isDemo());
}

// Running again on a demo file adds families: the staff are re-used and the new families carry on
// from the old ones, so two runs give exactly what one larger run gives.
TEST_CASE("demo data: running again on a demo database adds to it") {
    test::TestDatabase twice, once;
    const DemoSummary first = generateOrFail(twice.db(), 5, 25);
    const DemoSummary more = generateOrFail(twice.db(), 5, 15);
    CHECK(first.workers > 0);
    CHECK(more.workers == 0);
    CHECK(more.families == 15);
    CHECK(rowCount(twice.db(), "families") == 40);
    CHECK(rowCount(twice.db(), "people") == first.people + more.people);
    CHECK(twice.db().integrityProblems().isEmpty());

    QSqlQuery q(twice.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM (SELECT social_care_number FROM people "
                                  "WHERE social_care_number <> '' GROUP BY 1 HAVING COUNT(*) > 1)")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0); // identifiers never repeat within a file

    generateOrFail(once.db(), 5, 40);
    CHECK(dump(twice.db()) == dump(once.db()));
}

// Dates are anchored to the day of generation: whatever day that is (a weekend, New Year, a leap
// day, the clocks going forward), every date must still be valid and nothing in the future.
TEST_CASE("demo data: valid whatever day it is generated on") {
    for (const QDate& day : {QDate(2026, 11, 21), QDate(2026, 11, 22), QDate(2027, 1, 1), QDate(2028, 2, 29),
                             QDate(2030, 3, 31)}) {
        INFO(day.toString(Qt::ISODate).toStdString());
        test::TestDatabase t;
        t.db().setClock([day] { return QDateTime(day, QTime(9, 0), Qt::UTC); });
        const DemoSummary s = generateOrFail(t.db(), 99, 60);
        CHECK(s.families == 60);
        QSqlQuery q(t.db().connection());
        REQUIRE(q.exec(QStringLiteral("SELECT MAX(substr(contact_at, 1, 10)) FROM case_notes")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() < day.toString(Qt::ISODate));
    }
}
