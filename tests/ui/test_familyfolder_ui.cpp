// The family folder tab, printouts filed in it, and the search window (issue 7), driven offscreen.
#include "documents/documentrepository.h"
#include "documents/recordsearch.h"
#include "earlyhelp/ehpageparts.h"
#include "family/chronologywidget.h"
#include "family/familyview.h"
#include "folder/documentdialog.h"
#include "folder/documentpreview.h"
#include "folder/familyfolderwidget.h"
#include "mainwindow.h"
#include "search/recordsearchwindow.h"
#include "storage/casenoterepository.h"
#include "storage/involvementrepository.h"
#include "support/minimalpdf.h"
#include "support/screenshot.h"
#include "support/testdatabase.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

QStringList chronologyTitles(ChronologyWidget* chronology) {
    auto* list = chronology->findChild<QTreeWidget*>(QStringLiteral("chronologyList"));
    QStringList out;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        out << list->topLevelItem(i)->text(2);
    return out;
}

} // namespace

TEST_CASE("Family folder: files are added by drop or button, previewed, opened and removed with a reason",
          "[folder]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Family f = test::makeFamily(db, QStringLiteral("Ingleby"));
    QTemporaryDir files;
    const QByteArray pdf = test::minimalPdf(
        {QStringLiteral("Diary sheet: mentor visit to the park"), QStringLiteral("Page two of the diary")});
    const QString pdfPath = writeFile(files, QStringLiteral("Diary sheet October.pdf"), pdf);
    QImage drawing(120, 80, QImage::Format_RGB32);
    drawing.fill(Qt::darkCyan);
    const QString pngPath = files.filePath(QStringLiteral("drawing by Tobin.png"));
    REQUIRE(drawing.save(pngPath));
    const QString emptyPath = writeFile(files, QStringLiteral("empty letter.doc"), QByteArray());

    FamilyView view(db);
    view.resize(1100, 760);
    view.showFamily(f.id);
    view.showTab(FamilyView::DocumentsTab);
    FamilyFolderWidget* folder = view.folder();
    CHECK(folder->isVisibleTo(&view));
    CHECK(folder->acceptDrops());

    CHECK(folder->addFiles({pdfPath, pngPath, emptyPath}) == 2);
    CHECK(folder->statusText().contains(QStringLiteral("2 documents added")));
    CHECK(folder->statusText().contains(QStringLiteral("0 bytes")));
    QTableWidget* table = folder->table();
    REQUIRE(table->rowCount() == 2);
    QStringList titles{table->item(0, 0)->text(), table->item(1, 0)->text()};
    CHECK(titles.contains(QStringLiteral("Diary sheet October")));
    CHECK(titles.contains(QStringLiteral("drawing by Tobin")));

    // The details dialog a single added file opens with, filled from the file.
    {
        DocumentDialog dialog(std::vector<Person>{}, std::vector<Involvement>{});
        dialog.load(QStringLiteral("Diary sheet October"), QStringLiteral("diary_sheet"), QDate(2026, 10, 30),
                    0, 0, QStringLiteral("Diary sheet October.pdf (887 bytes)"));
        CHECK(dialog.title() == QStringLiteral("Diary sheet October"));
        CHECK(dialog.type() == QStringLiteral("diary_sheet"));
        CHECK(dialog.date() == QDate(2026, 10, 30));
        dialog.show();
        test::saveScreenshot(&dialog, QStringLiteral("document-dialog"));
    }

    // The diary sheet: previewed page by page inside Waymark.
    const int pdfRow = titles.indexOf(QStringLiteral("Diary sheet October"));
    CHECK(table->item(pdfRow, 1)->text() == QStringLiteral("Diary sheet"));
    table->selectRow(pdfRow);
    REQUIRE(folder->previewSelected().isOk());
    CHECK(folder->preview()->pageCount() == 2);
    CHECK_FALSE(folder->preview()->pageImage().isNull());
    folder->preview()->showPage(1);
    CHECK(folder->preview()->currentPage() == 1);
    view.show();
    test::saveScreenshot(&view, QStringLiteral("family-folder"));

    // Opened in its own program: a private copy, byte for byte.
    auto copy = folder->openSelectedExternally(false);
    REQUIRE(copy.isOk());
    QFile copied(*copy);
    REQUIRE(copied.open(QIODevice::ReadOnly));
    CHECK(copied.readAll() == pdf);
    CHECK(copied.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                                   QFileDevice::WriteUser));

    // The picture previews as a picture.
    table->selectRow(1 - pdfRow);
    REQUIRE(folder->previewSelected().isOk());
    CHECK(folder->preview()->pageImage().size() == QSize(120, 80));

    // Removed, with a reason; shown again only when asked for.
    CHECK_FALSE(folder->removeSelected(QString()).isOk());
    REQUIRE(folder->removeSelected(QStringLiteral("Not this family's drawing")).isOk());
    CHECK(table->rowCount() == 1);
    folder->findChild<QCheckBox*>(QStringLiteral("showRemovedDocuments"))->setChecked(true);
    REQUIRE(table->rowCount() == 2);
    bool shownRemoved = false;
    for (int r = 0; r < 2; ++r)
        shownRemoved |= table->item(r, 0)->text().contains(QStringLiteral("Not this family's drawing"));
    CHECK(shownRemoved);

    // Every step is in the chronology.
    view.showTab(FamilyView::ChronologyTab);
    const QStringList lines = chronologyTitles(view.chronology());
    CHECK(lines.contains(QStringLiteral("Document added: Diary sheet October")));
    CHECK(lines.contains(QStringLiteral("Document opened: Diary sheet October")));
    CHECK(lines.contains(QStringLiteral("Document removed: drawing by Tobin")));
}

TEST_CASE("Family folder: every Early Help printout is filed in the family's folder too", "[folder]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Worker fsw =
        test::makeWorker(db, QStringLiteral("Nadia Fernleigh"), QStringLiteral("Blaby Early Help"));
    const Family f = test::makeFamily(db, QStringLiteral("Jessop"));
    const Involvement inv = test::allocate(db, f.id, fsw.id);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("contact log.pdf"));
    REQUIRE(writeEarlyHelpPdf(db, QStringLiteral("contact-log"), inv.id, path).isOk());

    const std::vector<Document> filed = DocumentRepository(db).forFamily(f.id);
    REQUIRE(filed.size() == 1);
    CHECK(filed.front().source == QStringLiteral("printed"));
    CHECK(filed.front().involvementId == inv.id);
    CHECK(filed.front().title == QStringLiteral("Attempts to contact the family"));
    QFile saved(path);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(DocumentRepository(db).content(filed.front().id).value() == saved.readAll());
    const auto events = DocumentRepository(db).eventsForFamily(f.id);
    REQUIRE(events.size() == 1);
    CHECK(events.front().action == QStringLiteral("printed"));
    // Its words are searchable.
    CHECK(searchRecords(db, QStringLiteral("attempts contact")).hitCount >= 1);
}

TEST_CASE("Search window: results as you type, grouped by family, words in bold, links open the record",
          "[folder]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Family f = test::makeFamily(db, QStringLiteral("Kilbride"));
    CaseNote n;
    n.familyId = f.id;
    n.contactAt = QDateTime(QDate(2026, 11, 3), QTime(14, 30));
    n.noteType = QStringLiteral("home_visit");
    n.subject = QStringLiteral("After-school visit");
    n.worries = QStringLiteral("The bicycle was stolen from the shed.");
    REQUIRE(CaseNoteRepository(db).save(n).isOk());
    NewDocument d;
    d.familyId = f.id;
    d.title = QStringLiteral("Police letter");
    d.type = QStringLiteral("letter");
    d.fileName = QStringLiteral("police letter.txt");
    d.mediaType = QStringLiteral("text/plain");
    d.bytes = "Crime reference for the stolen bicycle.";
    d.text = QString::fromUtf8(d.bytes);
    const qint64 docId = DocumentRepository(db).attach(d).value();

    RecordSearchWindow window(db);
    window.show();
    window.setQuery(QStringLiteral("bicy"));
    window.searchNow();
    const RecordSearchResults& r = window.results();
    REQUIRE(r.families.size() == 1);
    CHECK(r.families.front().hits.size() == 2);
    CHECK(window.resultsHtml().contains(QStringLiteral("<b>bicycle</b>")));
    CHECK(window.resultsHtml().contains(QStringLiteral("Kilbride family")));
    test::saveScreenshot(&window, QStringLiteral("record-search"));

    QSignalSpy documentRequested(&window, &RecordSearchWindow::documentRequested);
    window.followLink(QUrl(QStringLiteral("document:%1:%2").arg(f.id).arg(docId)));
    REQUIRE(documentRequested.size() == 1);
    CHECK(documentRequested.front().at(1).toLongLong() == docId);

    window.setQuery(QStringLiteral("b"));
    window.searchNow();
    CHECK(window.results().families.empty());
}

TEST_CASE("Search window from the main window: a document found opens the family on its Documents tab",
          "[folder]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Family f = test::makeFamily(db, QStringLiteral("Moorcroft"));
    NewDocument d;
    d.familyId = f.id;
    d.title = QStringLiteral("Mileage claim");
    d.type = QStringLiteral("mileage_form");
    d.fileName = QStringLiteral("mileage.txt");
    d.mediaType = QStringLiteral("text/plain");
    d.bytes = "Trip to the aquarium with the mentor.";
    d.text = QString::fromUtf8(d.bytes);
    const qint64 docId = DocumentRepository(db).attach(d).value();

    MainWindow window(t.shared());
    window.show();
    QAction* action = window.findChild<QAction*>(QStringLiteral("actionSearchRecord"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    action->trigger();
    RecordSearchWindow* search = window.recordSearch();
    REQUIRE(search);
    CHECK(search->isVisible());
    search->setQuery(QStringLiteral("aquar"));
    search->searchNow();
    REQUIRE(search->results().hitCount == 1);
    search->followLink(QUrl(QStringLiteral("document:%1:%2").arg(f.id).arg(docId)));
    FamilyView* view = window.familyView();
    CHECK(view->familyId() == f.id);
    CHECK(view->folder()->isVisible());
    REQUIRE(view->folder()->table()->rowCount() == 1);
    CHECK(view->folder()->table()->item(0, 0)->text() == QStringLiteral("Mileage claim"));
    CHECK(view->folder()->table()->item(0, 0)->isSelected());
}
