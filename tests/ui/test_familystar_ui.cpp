#include "earlyhelp/earlyhelppanel.h"
#include "earlyhelp/ehformlist.h"
#include "earlyhelp/ehformrepository.h"
#include "earlyhelp/familystardialog.h"
#include "earlyhelp/familystarpage.h"
#include "earlyhelp/starchartwidget.h"
#include "family/familyview.h"
#include "print/starchart.h"
#include "storage/caseeventrepository.h"
#include "support/screenshot.h"
#include "support/testdatabase.h"
#include "ui/dialogdriver.h"
#include "widgets/vocabularycombo.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

// Fills the dialog as a worker would: a score and words for each area.
void fillStar(FamilyStarDialog* d, const std::vector<int>& scores, bool review) {
    const QStringList areas = vocab::starArea().codes();
    d->findChild<QLineEdit*>(QStringLiteral("scoredBy"))
        ->setText(QStringLiteral("Mum and the family support worker"));
    for (int i = 0; i < areas.size(); ++i) {
        d->findChild<QSpinBox*>(QStringLiteral("score_") + areas[i])->setValue(scores[size_t(i)]);
        if (review) {
            d->findChild<VocabularyCombo*>(QStringLiteral("reviewOutcome"))->setCode(QStringLiteral("plan"));
            d->findChild<QPlainTextEdit*>(QStringLiteral("goneWell_") + areas[i])
                ->setPlainText(QStringLiteral("Something went well in this area"));
        } else {
            d->findChild<QPlainTextEdit*>(QStringLiteral("narrative_") + areas[i])
                ->setPlainText(QStringLiteral("What lies behind this score"));
        }
    }
}

} // namespace

TEST_CASE("Family Star page: a worker fills an assessment and a review, a manager approves, the chart reads "
          "them back",
          "[earlyhelp][ui]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Worker fsw = test::makeWorker(db, QStringLiteral("Frankie Support"), QStringLiteral("Blaby"));
    const Worker manager = test::makeWorker(db, QStringLiteral("Morgan Manager"), QStringLiteral("Blaby"),
                                            QStringLiteral("team_manager"));
    const Family family = test::makeFamily(db, QStringLiteral("Starling"));
    const Involvement inv = test::allocate(db, family.id, fsw.id);
    t.signInAs(fsw);

    FamilyView view(db);
    view.resize(1280, 900);
    view.showFamily(family.id);
    EarlyHelpPanel* panel = view.earlyHelp();
    REQUIRE(panel->involvementCount() == 1);
    auto* page = panel->page<FamilyStarPage>();
    REQUIRE(page);
    auto* newAssessment = page->findChild<QPushButton*>(QStringLiteral("newAssessment"));
    auto* newReview = page->findChild<QPushButton*>(QStringLiteral("newReview"));
    CHECK(newAssessment->isEnabled());
    CHECK_FALSE(newReview->isEnabled()); // a review follows an assessment

    const std::vector<int> assessed = {3, 2, 2, 1, 3, 3, 2, 3, 4, 1};
    bool opened = false;
    std::vector<StarLine> liveLines;
    test::whenDialogOpens<FamilyStarDialog>(
        [&](FamilyStarDialog* d) {
            fillStar(d, assessed, false);
            d->findChild<QLineEdit*>(QStringLiteral("schoolAttendance"))->setText(QStringLiteral("84"));
            liveLines = d->chart()->lines();
            test::saveScreenshot(d, QStringLiteral("familystar-assessment-dialog"));
            d->findChild<QPushButton*>(QStringLiteral("saveDraft"))->click();
        },
        &opened);
    newAssessment->click();
    REQUIRE(opened);
    // The chart in the dialog draws the scores as they are typed.
    REQUIRE(liveLines.size() == 1);
    CHECK(liveLines[0].scores == assessed);
    REQUIRE(page->forms()->formCount() == 1);
    page->forms()->selectForm(0);
    CHECK(page->forms()->selectedForm()->isDraft());
    CHECK(page->chart()->lines().empty()); // drafts do not count

    page->findChild<QPushButton*>(QStringLiteral("submitForm"))->click();
    CHECK(page->forms()->selectedForm()->status == QStringLiteral("submitted"));
    CHECK_FALSE(page->findChild<QPushButton*>(QStringLiteral("signOffForm"))->isEnabled()); // not a manager

    t.signInAs(manager);
    page->refresh();
    page->forms()->selectForm(0);
    REQUIRE(page->forms()->approveSelected(QStringLiteral("Clear evidence for each score")).isOk());
    CHECK(page->forms()->selectedForm()->isApproved());
    REQUIRE(page->chart()->lines().size() == 1);
    CHECK(page->chart()->lines()[0].scores == assessed);

    // The review, by the worker again.
    t.signInAs(fsw);
    page->refresh();
    REQUIRE(newReview->isEnabled());
    CHECK_FALSE(newAssessment->isEnabled());
    const std::vector<int> reviewed = {7, 7, 7, 7, 7, 7, 4, 6, 4, 7};
    opened = false;
    test::whenDialogOpens<FamilyStarDialog>(
        [&](FamilyStarDialog* d) {
            fillStar(d, reviewed, true);
            d->findChild<QLineEdit*>(QStringLiteral("schoolAttendance"))->setText(QStringLiteral("93"));
            liveLines = d->chart()->lines();
            d->findChild<QPushButton*>(QStringLiteral("saveDraft"))->click();
        },
        &opened);
    newReview->click();
    REQUIRE(opened);
    REQUIRE(liveLines.size() == 2); // the approved assessment under this review
    CHECK(liveLines[0].scores == assessed);
    CHECK(liveLines[1].scores == reviewed);
    REQUIRE(page->forms()->formCount() == 2);
    page->forms()->selectForm(1);
    page->findChild<QPushButton*>(QStringLiteral("submitForm"))->click();
    t.signInAs(manager);
    page->refresh();
    page->forms()->selectForm(1);
    REQUIRE(page->forms()->approveSelected(QString()).isOk());

    // The chart: assessment and latest review; the distance travelled; payment by results.
    const auto& lines = page->chart()->lines();
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].kind == QStringLiteral("star_assessment"));
    CHECK(lines[1].kind == QStringLiteral("star_review"));
    CHECK(lines[1].scores == reviewed);
    auto* distance = page->findChild<QTableWidget*>(QStringLiteral("distanceTravelled"));
    REQUIRE(distance->rowCount() == 10);
    CHECK(distance->item(3, 0)->text() == QStringLiteral("Keeping your children safe"));
    CHECK(distance->item(3, 3)->text() == QStringLiteral("+6"));
    const QString pbr = page->findChild<QLabel*>(QStringLiteral("pbrIndicator"))->text();
    CHECK(pbr.contains(QStringLiteral("Qualifies")));
    CHECK(pbr.contains(QStringLiteral("84% at assessment, now 93%")));

    // The deadlines were told: the assessment and the review are case events.
    QStringList kinds;
    for (const RecordedEvent& e : CaseEventRepository(db).forFamily(family.id))
        kinds << e.kind;
    CHECK(kinds.contains(QStringLiteral("eh_assessment_completed")));
    CHECK(kinds.contains(QStringLiteral("eh_review")));

    view.show();
    panel->pages()->setCurrentWidget(page);
    view.findChild<QTabWidget*>(QStringLiteral("familyTabs"))->setCurrentWidget(panel);
    test::saveScreenshot(&view, QStringLiteral("familystar-page"));

    SECTION("every reading over time, including a disagreement kept as two readings") {
        t.signInAs(fsw);
        page->refresh();
        opened = false;
        test::whenDialogOpens<FamilyStarDialog>(
            [&](FamilyStarDialog* d) {
                fillStar(d, {8, 8, 8, 8, 8, 8, 6, 7, 5, 8}, true);
                d->findChild<VocabularyCombo*>(QStringLiteral("perspective"))
                    ->setCode(QStringLiteral("worker"));
                for (const QString& area : vocab::starArea().codes())
                    d->findChild<QSpinBox*>(QStringLiteral("familyScore_") + area)->setValue(9);
                test::saveScreenshot(d, QStringLiteral("familystar-review-disagreement"));
                d->findChild<QPushButton*>(QStringLiteral("saveDraft"))->click();
            },
            &opened);
        newReview->click();
        REQUIRE(opened);
        page->forms()->selectForm(2);
        page->findChild<QPushButton*>(QStringLiteral("submitForm"))->click();
        INFO(page->forms()->statusText().toStdString());
        REQUIRE(page->forms()->selectedForm()->status == QStringLiteral("submitted"));
        t.signInAs(manager);
        page->refresh();
        page->forms()->selectForm(2);
        REQUIRE(page->forms()->approveSelected(QString()).isOk());
        CHECK(page->chart()->lines().size() == 2); // assessment and latest review only
        page->findChild<QCheckBox*>(QStringLiteral("everyReading"))->setChecked(true);
        const auto& every = page->chart()->lines();
        REQUIRE(every.size() == 4);
        CHECK(every[2].perspective == QStringLiteral("worker"));
        CHECK(every[3].perspective == QStringLiteral("family"));
        CHECK(every[3].scores == std::vector<int>(10, 9));
        test::saveScreenshot(&view, QStringLiteral("familystar-every-reading"));
        if (!qEnvironmentVariable("WAYMARK_SHOTS").isEmpty())
            starChartImage(every, QSize(1000, 820))
                .save(qEnvironmentVariable("WAYMARK_SHOTS") + QStringLiteral("/familystar-print-chart.png"));

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("review.pdf"));
        REQUIRE(page->forms()->printTo(page->forms()->selectedForm()->id, pdf).isOk());
        QFile file(pdf);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.read(5) == QByteArray("%PDF-"));
        if (!qEnvironmentVariable("WAYMARK_SHOTS").isEmpty())
            QFile::copy(pdf,
                        qEnvironmentVariable("WAYMARK_SHOTS") + QStringLiteral("/familystar-review.pdf"));
    }
}

TEST_CASE("Family Star page: a returned form shows the manager's note and is revised as version 2",
          "[earlyhelp][ui]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Worker fsw = test::makeWorker(db, QStringLiteral("Frankie Support"), QStringLiteral("Blaby"));
    const Worker manager = test::makeWorker(db, QStringLiteral("Morgan Manager"), QStringLiteral("Blaby"),
                                            QStringLiteral("team_manager"));
    const Family family = test::makeFamily(db, QStringLiteral("Starling"));
    const Involvement inv = test::allocate(db, family.id, fsw.id);
    t.signInAs(fsw);
    FamilyStarPage page(db);
    page.showInvolvement(family.id, inv);
    test::whenDialogOpens<FamilyStarDialog>([&](FamilyStarDialog* d) {
        fillStar(d, {3, 3, 3, 3, 3, 3, 3, 3, 3, 3}, false);
        d->findChild<QPushButton*>(QStringLiteral("saveDraft"))->click();
    });
    page.forms()->newForm(QStringLiteral("star_assessment"));
    page.forms()->selectForm(0);
    page.forms()->submitSelected();
    t.signInAs(manager);
    page.refresh();
    page.forms()->selectForm(0);
    CHECK_FALSE(page.forms()->returnSelected(QString()).isOk()); // a return needs a note
    REQUIRE(page.forms()->returnSelected(QStringLiteral("Add the rent arrears to Home and money")).isOk());
    t.signInAs(fsw);
    page.refresh();
    page.forms()->selectForm(0);
    auto* revise = page.findChild<QPushButton*>(QStringLiteral("reviseForm"));
    REQUIRE(revise->isEnabled());
    revise->click();
    REQUIRE(page.forms()->formCount() == 2);
    CHECK(page.forms()->selectedForm()->version == 2);
    CHECK(page.forms()->selectedForm()->isDraft());
    // The returned version opens read-only, with the note.
    page.forms()->selectForm(0);
    bool opened = false;
    bool readOnly = false;
    QString note;
    test::whenDialogOpens<FamilyStarDialog>(
        [&](FamilyStarDialog* d) {
            readOnly = d->isReadOnly();
            if (auto* label = d->findChild<QLabel*>(QStringLiteral("decisionNote")))
                note = label->text();
            d->reject();
        },
        &opened);
    page.forms()->openSelected();
    REQUIRE(opened);
    CHECK(readOnly);
    CHECK(note.contains(QStringLiteral("rent arrears")));
    CHECK_FALSE(revise->isEnabled()); // version 2 exists
}
