// The mentor spreadsheet import dialog, driven offscreen with real CSV files. Names are invented.
#include "lift/mentorimportdialog.h"
#include "lift/mentorrepository.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content) {
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return path;
}

const QByteArray kGood =
    "Foster carer,SSW,Support offered,Hours per week,Postcode,Locality,Code word,Notes 2019\n"
    "Ada Fairweather,Sam Supervisor,\"Day respite, boundaries\",6,LE1 6ZG,North,Bluebell-Seven,x\n"
    "Cal Greenhill,,linking_support,7.5,M1 1AE,South,,\n";
const QByteArray kBad = kGood + "Dee Marsh,Nobody Known,flying,lots,NOTAPOSTCODE,,,\n"
                                "Ada Fairweather,,,,LE1 6ZG,,,\n";

QStringList tableTexts(const QTableWidget* table) {
    QStringList out;
    for (int r = 0; r < table->rowCount(); ++r)
        for (int c = 0; c < table->columnCount(); ++c)
            out << (table->item(r, c) ? table->item(r, c)->text() : QString());
    return out;
}

} // namespace

TEST_CASE("mentor import dialog: errors block the import and name the row and column", "[lift][import]") {
    test::TestDatabase t;
    test::makeWorker(t.db(), QStringLiteral("Sam Supervisor"), QStringLiteral("Fostering North"),
                     QStringLiteral("supervising_social_worker"));
    QTemporaryDir dir;
    MentorImportDialog dialog(t.db());
    dialog.show();
    auto* import = dialog.findChild<QPushButton*>(QStringLiteral("import"));
    auto* errors = dialog.findChild<QListWidget*>(QStringLiteral("errors"));
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("preview"));
    REQUIRE(import);
    REQUIRE(errors);
    REQUIRE(table);
    CHECK_FALSE(import->isEnabled());

    dialog.loadFile(writeFile(dir, QStringLiteral("bad.csv"), kBad));
    CHECK_FALSE(import->isEnabled());
    CHECK(table->rowCount() == 2); // the rows that would be created
    QStringList shown;
    for (int i = 0; i < errors->count(); ++i)
        shown << errors->item(i)->text();
    INFO(shown.join(QLatin1Char('\n')).toStdString());
    CHECK(shown.contains(
        QStringLiteral("Row 4, column B (SSW): No worker in Waymark has this name: add the worker "
                       "first, or correct the name.")));
    CHECK(shown.contains(
        QStringLiteral("Row 5, column A (Foster carer): Row 2 has the same name and postcode.")));
    CHECK(errors->isVisibleTo(&dialog));
    QTest::mouseClick(import, Qt::LeftButton); // disabled: nothing happens
    CHECK(MentorRepository(t.db()).all().empty());
}

TEST_CASE("mentor import dialog: a good file previews, imports once and says how many", "[lift][import]") {
    test::TestDatabase t;
    test::makeWorker(t.db(), QStringLiteral("Sam Supervisor"), QStringLiteral("Fostering North"),
                     QStringLiteral("supervising_social_worker"));
    QTemporaryDir dir;
    MentorImportDialog dialog(t.db());
    dialog.show();
    int signalled = 0;
    QObject::connect(&dialog, &MentorImportDialog::mentorsImported, [&signalled](int n) { signalled = n; });
    dialog.loadFile(writeFile(dir, QStringLiteral("good.csv"), kGood));
    auto* import = dialog.findChild<QPushButton*>(QStringLiteral("import"));
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("preview"));
    auto* warnings = dialog.findChild<QListWidget*>(QStringLiteral("warnings"));
    REQUIRE(import->isEnabled());
    REQUIRE(table->rowCount() == 2);
    const QStringList cells = tableTexts(table);
    CHECK(cells.contains(QStringLiteral("Ada Fairweather")));
    CHECK(cells.contains(QStringLiteral("Sam Supervisor")));
    CHECK(cells.contains(QStringLiteral("Day respite, Boundaries")));
    CHECK(cells.contains(QStringLiteral("SSW to set")));
    CHECK_FALSE(cells.join(QLatin1Char(' ')).contains(QStringLiteral("Bluebell")));
    REQUIRE(warnings->count() == 1);
    CHECK(warnings->item(0)->text().startsWith(QStringLiteral("1 code word(s) will not be imported")));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("ignored"))->text() ==
          QStringLiteral("Columns not imported: H (Notes 2019)"));

    QTest::mouseClick(import, Qt::LeftButton);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("status"))->text() ==
          QStringLiteral("Imported 2 mentor(s)."));
    CHECK(signalled == 2);
    CHECK(MentorRepository(t.db()).all().size() == 2);
    CHECK_FALSE(import->isEnabled()); // pressing again cannot import the same file twice
    CHECK(dialog.isVisible());
}

TEST_CASE("screenshots of the mentor import dialog", "[.screenshots]") {
    REQUIRE_FALSE(qEnvironmentVariable("WAYMARK_SHOTS").isEmpty());
    test::TestDatabase t;
    test::makeWorker(t.db(), QStringLiteral("Sam Supervisor"), QStringLiteral("Fostering North"),
                     QStringLiteral("supervising_social_worker"));
    QTemporaryDir dir;
    MentorImportDialog dialog(t.db());
    dialog.show();
    dialog.loadFile(writeFile(dir, QStringLiteral("mentors.csv"), kBad));
    QTest::qWait(50);
    const QDir shots(qEnvironmentVariable("WAYMARK_SHOTS"));
    QDir().mkpath(shots.path());
    REQUIRE(dialog.grab().save(shots.filePath(QStringLiteral("mentor-import-errors.png"))));
    dialog.loadFile(writeFile(dir, QStringLiteral("good.csv"), kGood));
    QTest::qWait(50);
    REQUIRE(dialog.grab().save(shots.filePath(QStringLiteral("mentor-import-preview.png"))));
    dialog.importMentors();
    QTest::qWait(50);
    REQUIRE(dialog.grab().save(shots.filePath(QStringLiteral("mentor-import-done.png"))));
}
