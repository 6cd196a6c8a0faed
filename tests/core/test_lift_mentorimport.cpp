// Importing an existing LIFT mentor spreadsheet: headings, values, every kind of error, all or
// nothing, and who may bring in buddy code words. All names are invented.
#include "lift/mentorimport.h"
#include "lift/mentorrepository.h"
#include "support/testdatabase.h"
#include "support/xlsxfixture.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

// QStringList from plain literals (QT_NO_CAST_FROM_ASCII forbids QStringList{"a"}).
QStringList sl(std::initializer_list<const char*> items) {
    QStringList out;
    for (const char* s : items)
        out << QString::fromUtf8(s);
    return out;
}

struct Team {
    Worker sam, ola, twinA, twinB, coordinator, familySupport;
};

Team makeTeam(Database& db) {
    const QString team = QStringLiteral("Fostering North");
    return {
        test::makeWorker(db, QStringLiteral("Sam Supervisor"), team,
                         QStringLiteral("supervising_social_worker")),
        test::makeWorker(db, QStringLiteral("Ola Other"), team, QStringLiteral("supervising_social_worker")),
        test::makeWorker(db, QStringLiteral("Jo Twin"), team, QStringLiteral("supervising_social_worker")),
        test::makeWorker(db, QStringLiteral("Jo Twin"), team, QStringLiteral("supervising_social_worker")),
        test::makeWorker(db, QStringLiteral("Cora Ordinator"), team, QStringLiteral("coordinator")),
        test::makeWorker(db, QStringLiteral("Fen Support"), team, QStringLiteral("family_support_worker"))};
}

MentorImportPreview preview(Database& db, const QByteArray& csv) {
    return previewMentorImport(db, csv);
}

QStringList errorTexts(const MentorImportPreview& p) {
    QStringList out;
    for (const MentorImportProblem& e : p.errors)
        out << e.text();
    return out;
}

bool hasError(const MentorImportPreview& p, const QString& start) {
    for (const QString& e : errorTexts(p))
        if (e.startsWith(start))
            return true;
    return false;
}

qint64 count(Database& db, const QString& table) {
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

const QByteArray kGood =
    "Foster carer,Supervising social worker,Support offered,Hours per week,Post code,Town,Locality,"
    "Foster children at home,Buddy name,Buddy phone,Code word,Active,Favourite colour\r\n"
    "Ada Fairweather,sam supervisor,\"Day respite; BOUNDARIES, routines & organisation\",\"7,5\",le1 6zg,"
    "Leicester,North,1,Bo Buddy,07700 900123,Bluebell-Seven,Yes,green\r\n"
    "Cal Greenhill,Ola Other,behaviour_management,8 hrs,M1 1AE,Manchester,South,none,,,,No,\r\n"
    "Dee Marsh,,,,,,,,,,,,\r\n";

} // namespace

TEST_CASE("mentor import: headings in a team's own words map to the mentor's fields", "[lift][import]") {
    test::TestDatabase t;
    const Team team = makeTeam(t.db());
    const auto p = preview(t.db(), kGood);
    INFO(errorTexts(p).join(QLatin1Char('\n')).toStdString());
    REQUIRE(p.errors.isEmpty());
    CHECK(p.rowsRead == 3);
    REQUIRE(p.mentors.size() == 3);
    CHECK(p.ignoredColumns == QStringList{QStringLiteral("M (Favourite colour)")});
    const Mentor& ada = p.mentors[0].mentor;
    CHECK(p.mentors[0].row == 2);
    CHECK(ada.name == QStringLiteral("Ada Fairweather"));
    CHECK(ada.sswWorkerId == team.sam.id);
    CHECK(ada.supportOffered == sl({"day_respite", "boundaries", "routines_organisation"}));
    CHECK(ada.hoursPerWeek == 7.5);
    CHECK(ada.address.postcode == QStringLiteral("LE1 6ZG"));
    CHECK(ada.address.town == QStringLiteral("Leicester"));
    CHECK(ada.locality == QStringLiteral("North"));
    CHECK(ada.fosterChildrenAtHome == 1);
    CHECK(ada.buddyName == QStringLiteral("Bo Buddy"));
    CHECK(ada.buddyPhone == QStringLiteral("07700 900123"));
    CHECK(ada.active);
    CHECK(p.mentors[0].hasCodeWord);
    const Mentor& cal = p.mentors[1].mentor;
    CHECK(cal.sswWorkerId == team.ola.id);
    CHECK(cal.supportOffered == sl({"behaviour_management"}));
    CHECK(cal.hoursPerWeek == 8);
    CHECK_FALSE(cal.active);
    CHECK(p.mentors[2].mentor.sswWorkerId == 0);
    CHECK(p.canImport());
    CHECK(p.summary() == QStringLiteral("3 row(s) read: 3 mentor(s) ready to import, 0 error(s)."));
}

TEST_CASE("mentor import: every kind of row error names the row and the column", "[lift][import]") {
    test::TestDatabase t;
    makeTeam(t.db());
    const auto p =
        preview(t.db(), "Name,SSW,Hours,Postcode,Foster children,Active,Support,Phone,Code word\n"
                        "Ed Nobody,Nobody Known,lots,NOTAPOSTCODE,two,maybe,\"boundaries, flying\",abc,\n"
                        "Fay Twin,jo twin,61,,21,,,,\n"
                        ",,,,,,,,\n"
                        ",Sam Supervisor,,,,,,,\n"
                        "Gil Long,,,,,,,," +
                            QByteArray(61, 'w') + "\n");
    const QStringList errors = errorTexts(p);
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    CHECK(p.mentors.empty());
    CHECK(p.rowsRead == 4); // the empty row 4 is not a row
    CHECK(hasError(p, QStringLiteral("Row 2, column B (SSW): No worker in Waymark has this name")));
    CHECK(hasError(p, QStringLiteral("Row 2, column C (Hours): Give the hours as a number")));
    CHECK(hasError(p, QStringLiteral("Row 2, column D (Postcode): This does not look like a UK postcode")));
    CHECK(
        hasError(p, QStringLiteral("Row 2, column E (Foster children): Give the number of foster children")));
    CHECK(hasError(p, QStringLiteral("Row 2, column F (Active): Write Yes or No.")));
    CHECK(hasError(p, QStringLiteral("Row 2, column G (Support): Item 2 is not a kind of support")));
    CHECK(hasError(p, QStringLiteral("Row 2, column H (Phone): Use only digits")));
    CHECK(hasError(p, QStringLiteral("Row 3, column B (SSW): More than one worker has this name")));
    CHECK(hasError(
        p, QStringLiteral("Row 3, column C (Hours): Hours available each week must be between 0 and 60.")));
    CHECK(hasError(
        p, QStringLiteral("Row 3, column E (Foster children): Foster children at home must be between")));
    CHECK(hasError(p, QStringLiteral("Row 5, column A (Name): Enter the mentor's name.")));
    CHECK(hasError(p, QStringLiteral("Row 6, column I (Code word): The code word is too long")));
    CHECK(p.rowsWithErrors() == 4);
    // Each row's errors read left to right.
    for (int i = 1; i < p.errors.size(); ++i)
        if (p.errors[i].row == p.errors[i - 1].row)
            CHECK(p.errors[i].columnIndex >= p.errors[i - 1].columnIndex);
    // Nothing from the file is repeated back: not the unknown SSW, not the bad support item.
    CHECK_FALSE(errors.join(QLatin1Char(' ')).contains(QStringLiteral("Nobody Known")));
    CHECK_FALSE(errors.join(QLatin1Char(' ')).contains(QStringLiteral("flying")));
    CHECK_FALSE(errors.join(QLatin1Char(' ')).contains(QStringLiteral("www")));
}

TEST_CASE("mentor import: duplicates in the file and of stored mentors are errors", "[lift][import]") {
    test::TestDatabase t;
    Mentor stored;
    stored.name = QStringLiteral("Hana Stored");
    stored.address.postcode = QStringLiteral("PR1 2AB");
    REQUIRE(MentorRepository(t.db()).save(stored).isOk());
    const auto p = preview(t.db(), "Name,Postcode\n"
                                   "Ivo Twice,LE1 6ZG\n"
                                   "hana  stored,pr12ab\n"
                                   "IVO TWICE,le16zg\n"
                                   "Ivo Twice,M1 1AE\n");
    INFO(errorTexts(p).join(QLatin1Char('\n')).toStdString());
    CHECK(errorTexts(p) ==
          QStringList{
              QStringLiteral("Row 3, column A (Name): A mentor with this name and postcode is "
                             "already in Waymark."),
              QStringLiteral("Row 4, column A (Name): Row 2 has the same name and postcode."),
          });
    CHECK(p.mentors.size() == 2); // rows 2 and 5: another postcode is another person
    CHECK_FALSE(p.canImport());
}

TEST_CASE("mentor import: file-level problems", "[lift][import]") {
    test::TestDatabase t;
    SECTION("no name column") {
        const auto p = preview(t.db(), "Town,Postcode\nLeek,ST13 5AB\n");
        REQUIRE(p.errors.size() == 1);
        CHECK(p.errors[0].text().startsWith(QStringLiteral("Row 1: No column gives the mentor's name")));
    }
    SECTION("a heading used twice") {
        const auto p = preview(t.db(), "Name,Mentor\nAda,Ada\n");
        CHECK(errorTexts(p) ==
              QStringList{
                  QStringLiteral("Row 1, column B (Mentor): Column A (Name) already gives the mentor's name; "
                                 "keep one of the two.")});
    }
    SECTION("empty, header only, unreadable") {
        CHECK(preview(t.db(), "").errors[0].text().startsWith(QStringLiteral("The file is empty")));
        CHECK(preview(t.db(), "\n\n").errors[0].text().startsWith(QStringLiteral("The file is empty")));
        CHECK(preview(t.db(), "Name\n").errors[0].text() ==
              QStringLiteral("The file has a header row but no mentors."));
        CHECK(preview(t.db(), "Name\n\"open").errors[0].text().contains(QStringLiteral("never closed")));
    }
    SECTION("a role that may not manage mentors") {
        const Team team = makeTeam(t.db());
        t.signInAs(team.familySupport);
        const auto p = preview(t.db(), kGood);
        REQUIRE(p.errors.size() == 1);
        CHECK(p.errors[0].row == 0);
        CHECK(p.errors[0].text().contains(QStringLiteral("LIFT mentors")));
        CHECK(p.mentors.empty());
    }
}

TEST_CASE("mentor import: an XLSX file imports like the CSV", "[lift][import]") {
    test::TestDatabase t;
    const Team team = makeTeam(t.db());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mentors.xlsx"));
    test::writeXlsx(
        path, {{QStringLiteral("Mentor"), QVariant(), QStringLiteral("SSW"), QStringLiteral("Hours per week"),
                QStringLiteral("Active"), QStringLiteral("Foster children")},
               {QStringLiteral("Kit Lane"), QStringLiteral("not read"), QStringLiteral("Ola Other"), 6.5,
                false, 2}});
    const auto p = previewMentorImportFile(t.db(), path);
    INFO(errorTexts(p).join(QLatin1Char('\n')).toStdString());
    REQUIRE(p.canImport());
    CHECK(p.ignoredColumns == QStringList{QStringLiteral("B (no heading)")});
    const Mentor& kit = p.mentors[0].mentor;
    CHECK(kit.name == QStringLiteral("Kit Lane"));
    CHECK(kit.sswWorkerId == team.ola.id);
    CHECK(kit.hoursPerWeek == 6.5);
    CHECK_FALSE(kit.active);
    CHECK(kit.fosterChildrenAtHome == 2);
    auto created = commitMentorImport(t.db(), p);
    REQUIRE(created.isOk());
    CHECK(*created == 1);
    CHECK(MentorRepository(t.db()).all().front().name == QStringLiteral("Kit Lane"));
}

TEST_CASE("mentor import: nothing is written while there are errors, and a failure half way writes nothing",
          "[lift][import]") {
    test::TestDatabase t;
    makeTeam(t.db());
    const qint64 auditBefore = count(t.db(), QStringLiteral("audit_log"));
    auto withErrors = preview(t.db(), kGood + "Zed Bad,,,,NOTAPOSTCODE\r\n");
    REQUIRE(withErrors.mentors.size() == 3);
    REQUIRE_FALSE(withErrors.canImport());
    CHECK_FALSE(commitMentorImport(t.db(), withErrors).isOk());
    CHECK(count(t.db(), QStringLiteral("lift_mentors")) == 0);

    // The third mentor fails when saved (as if changed between preview and commit): the first two,
    // already saved inside the transaction, are rolled back with it.
    auto p = preview(t.db(), kGood);
    REQUIRE(p.canImport());
    p.mentors[2].mentor.address.postcode = QStringLiteral("NOT A POSTCODE");
    auto failed = commitMentorImport(t.db(), p);
    REQUIRE_FALSE(failed.isOk());
    CHECK(failed.error().startsWith(QStringLiteral("Row 4: ")));
    CHECK(failed.error().contains(QStringLiteral("Nothing was imported.")));
    CHECK(count(t.db(), QStringLiteral("lift_mentors")) == 0);
    CHECK(count(t.db(), QStringLiteral("lift_code_words")) == 0);
    CHECK(count(t.db(), QStringLiteral("audit_log")) == auditBefore);
    CHECK(t.db().transactionDepth() == 0);

    // A mentor added between preview and commit makes the commit refuse, writing nothing.
    auto again = preview(t.db(), kGood);
    Mentor meanwhile;
    meanwhile.name = QStringLiteral("Cal Greenhill");
    meanwhile.address.postcode = QStringLiteral("M1 1AE");
    REQUIRE(MentorRepository(t.db()).save(meanwhile).isOk());
    CHECK_FALSE(commitMentorImport(t.db(), again).isOk());
    CHECK(count(t.db(), QStringLiteral("lift_mentors")) == 1);
}

TEST_CASE("mentor import: code words only where the importer may set them, and never in a message",
          "[lift][import]") {
    test::TestDatabase t;
    const Team team = makeTeam(t.db());
    const QByteArray csv = "Name,SSW,Code word\n"
                           "Ada Fairweather,Sam Supervisor,Bluebell-Seven\n"
                           "Cal Greenhill,Ola Other,Primrose-Nine\n"
                           "Dee Marsh,,Snowdrop-Four\n"
                           "Eli Brook,Ola Other,\n";
    auto everyMessage = [](const MentorImportPreview& p) {
        return (QStringList{p.summary()} + errorTexts(p) + p.warnings + p.ignoredColumns)
            .join(QLatin1Char('\n'));
    };
    auto auditText = [&t] {
        QSqlQuery q(t.db().connection());
        REQUIRE(q.exec(QStringLiteral("SELECT action || ' ' || entity || ' ' || details FROM audit_log")));
        QStringList rows;
        while (q.next())
            rows << q.value(0).toString();
        return rows.join(QLatin1Char('\n'));
    };
    const QStringList words = sl({"Bluebell", "Primrose", "Snowdrop"});

    SECTION("a team manager imports the mentors but none of the code words") {
        const auto p = preview(t.db(), csv);
        REQUIRE(p.canImport());
        CHECK(p.codeWordsImported() == 0);
        CHECK(p.warnings ==
              QStringList{QStringLiteral(
                  "3 code word(s) will not be imported: only a LIFT coordinator or the mentor's own "
                  "supervising social worker may set a code word, so the SSW must set them.")});
        REQUIRE(commitMentorImport(t.db(), p).isOk());
        CHECK(count(t.db(), QStringLiteral("lift_code_words")) == 0);
        for (const QString& w : words)
            CHECK_FALSE((everyMessage(p) + auditText()).contains(w));
    }
    SECTION("an SSW imports the code words of their own mentors only") {
        t.signInAs(team.sam);
        const auto p = preview(t.db(), csv);
        REQUIRE(p.canImport());
        CHECK(p.codeWordsImported() == 1);
        CHECK(p.warnings.size() == 1);
        CHECK(p.warnings[0].startsWith(QStringLiteral("2 code word(s) will not be imported")));
        REQUIRE(commitMentorImport(t.db(), p).isOk());
        CHECK(count(t.db(), QStringLiteral("lift_code_words")) == 1);
        MentorRepository mentors(t.db());
        for (const Mentor& m : mentors.all())
            CHECK(mentors.hasCodeWord(m.id) == (m.name == QStringLiteral("Ada Fairweather")));
        const Mentor ada = mentors.all().front();
        CHECK(*mentors.codeWord(ada.id) == QStringLiteral("Bluebell-Seven"));
    }
    SECTION("a coordinator imports every code word") {
        t.signInAs(team.coordinator);
        const auto p = preview(t.db(), csv);
        REQUIRE(p.canImport());
        CHECK(p.codeWordsImported() == 3);
        CHECK(p.warnings.isEmpty());
        auto created = commitMentorImport(t.db(), p);
        REQUIRE(created.isOk());
        CHECK(*created == 4);
        CHECK(count(t.db(), QStringLiteral("lift_code_words")) == 3);
        for (const QString& w : words)
            CHECK_FALSE((everyMessage(p) + auditText()).contains(w));
    }
}
