#include "earlyhelp/closuredialog.h"
#include "earlyhelp/closurepage.h"
#include "earlyhelp/earlyhelppanel.h"
#include "earlyhelp/ehformlist.h"
#include "earlyhelp/ehformrepository.h"
#include "earlyhelp/minimumrequirements.h"
#include "earlyhelp/plandialog.h"
#include "earlyhelp/planpage.h"
#include "family/familyview.h"
#include "storage/involvementrepository.h"
#include "support/screenshot.h"
#include "support/testdatabase.h"
#include "ui/dialogdriver.h"
#include "widgets/vocabularycombo.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

// The text of a PDF, through poppler's pdftotext (packaging/debian-packages.txt: poppler-utils).
QString pdfText(const QString& path) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    // NFKC turns the font's ligatures ("ﬀ" in "Oﬀending") back into letters.
    return QString::fromUtf8(p.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

// Renders each page at 60 dpi into $WAYMARK_SHOTS for a person to look at (nothing otherwise).
void shootPdf(const QString& pdf, const QString& name) {
    const QString dir = qEnvironmentVariable("WAYMARK_SHOTS");
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return;
    QProcess::execute(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"),
                                                   QStringLiteral("60"), pdf, QDir(dir).filePath(name)});
}

template <typename W> W* child(QWidget* parent, const QString& name) {
    W* w = parent->findChild<W*>(name);
    REQUIRE(w);
    return w;
}

void fillAction(PlanDialog* d, const QString& area, const QString& doing, const QString& why,
                const QString& impact) {
    const QString suffix = QStringLiteral("_%1_0").arg(area);
    child<QPlainTextEdit>(d, QStringLiteral("doing") + suffix)->setPlainText(doing);
    child<QPlainTextEdit>(d, QStringLiteral("why") + suffix)->setPlainText(why);
    child<QPlainTextEdit>(d, QStringLiteral("impact") + suffix)->setPlainText(impact);
}

struct Setup {
    test::TestDatabase t;
    Worker fsw;
    Worker manager;
    Family family;
    Involvement inv;
    Setup() {
        fsw = test::makeWorker(t.db(), QStringLiteral("Frankie Support"), QStringLiteral("Blaby"));
        manager = test::makeWorker(t.db(), QStringLiteral("Morgan Manager"), QStringLiteral("Blaby"),
                                   QStringLiteral("team_manager"));
        family = test::makeFamily(t.db(), QStringLiteral("Closewell"));
        inv = test::allocate(t.db(), family.id, fsw.id);
    }
};

} // namespace

TEST_CASE("Plan page: a worker fills a plan under the 10 headings, the manager approves, other agencies show "
          "and the PDF reads back",
          "[earlyhelp][ui]") {
    Setup s;
    Database& db = s.t.db();
    s.t.signInAs(s.fsw);
    FamilyView view(db);
    view.resize(1280, 900);
    view.showFamily(s.family.id);
    EarlyHelpPanel* panel = view.earlyHelp();
    auto* page = panel->page<PlanPage>();
    REQUIRE(page);
    auto* newPlan = child<QPushButton>(page, QStringLiteral("newPlan"));
    REQUIRE(newPlan->isEnabled());

    bool opened = false;
    QString readiness, readyAfter;
    test::whenDialogOpens<PlanDialog>(
        [&](PlanDialog* d) {
            readiness = d->readinessText();
            fillAction(
                d, QStringLiteral("physical_health"),
                QStringLiteral("FSW will support the family to register with the local GP and dentist"),
                QStringLiteral("So that health problems are seen early"),
                QStringLiteral("Fewer days off school through illness"));
            child<VocabularyCombo>(d, QStringLiteral("responsibleKind_keeping_safe_0"))
                ->setCode(QStringLiteral("other_agency"));
            child<QLineEdit>(d, QStringLiteral("agency_keeping_safe_0"))
                ->setText(QStringLiteral("Youth Offending Service"));
            child<QLineEdit>(d, QStringLiteral("responsibleName_keeping_safe_0"))
                ->setText(QStringLiteral("YISP worker"));
            fillAction(d, QStringLiteral("keeping_safe"),
                       QStringLiteral("Anger management sessions for the eldest"),
                       QStringLiteral("Outbursts towards younger siblings"),
                       QStringLiteral("The younger children feel safer at home"));
            fillAction(d, QStringLiteral("family_routine"), QStringLiteral("Buy an alarm clock with Mum"),
                       QStringLiteral("Mornings start late"),
                       QStringLiteral("The children get to school on time"));
            child<VocabularyCombo>(d, QStringLiteral("priority_family_routine_0"))
                ->setCode(QStringLiteral("not_prioritised"));
            for (const QString& area : vocab::starArea().codes())
                if (area != QLatin1String("physical_health") && area != QLatin1String("keeping_safe") &&
                    area != QLatin1String("family_routine"))
                    child<QCheckBox>(d, QStringLiteral("notPrioritised_") + area)->setChecked(true);
            readyAfter = d->readinessText();
            QCoreApplication::processEvents(); // the layout after the fields changed
            test::saveScreenshot(d, QStringLiteral("plan-dialog"));
            child<QPushButton>(d, QStringLiteral("saveDraft"))->click();
        },
        &opened);
    newPlan->click();
    REQUIRE(opened);
    CHECK(readiness.contains(QStringLiteral("Before submitting")));
    CHECK(readyAfter == QStringLiteral("Ready to submit to the manager."));
    REQUIRE(page->forms()->formCount() == 1);
    page->forms()->selectForm(0);
    const EhForm saved = *page->forms()->selectedForm();
    CHECK(saved.planItems.size() == 10); // 3 actions and 7 headings not prioritised
    page->forms()->submitSelected();
    INFO(page->forms()->statusText().toStdString());
    REQUIRE(page->forms()->selectedForm()->status == QStringLiteral("submitted"));

    s.t.signInAs(s.manager);
    page->refresh();
    page->forms()->selectForm(0);
    REQUIRE(page->forms()->approveSelected(QString()).isOk());
    CHECK(page->otherAgenciesText().contains(
        QStringLiteral("Youth Offending Service (another agency): YISP worker")));

    // An approved plan opens read-only, with what was saved.
    opened = false;
    bool readOnly = false;
    int physical = 0;
    test::whenDialogOpens<PlanDialog>(
        [&](PlanDialog* d) {
            readOnly = d->isReadOnly();
            physical = d->actionCount(QStringLiteral("physical_health"));
            d->reject();
        },
        &opened);
    page->forms()->openSelected();
    REQUIRE(opened);
    CHECK(readOnly);
    CHECK(physical == 1);

    view.show();
    view.findChild<QTabWidget*>(QStringLiteral("familyTabs"))->setCurrentWidget(panel);
    panel->pages()->setCurrentWidget(page);
    test::saveScreenshot(&view, QStringLiteral("plan-page"));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    REQUIRE(page->forms()->printTo(page->forms()->selectedForm()->id, pdf).isOk());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Closewell family")));
    CHECK(text.contains(QStringLiteral("Worker: Frankie Support")));
    CHECK(text.contains(QStringLiteral("Other agencies' work")));
    CHECK(text.contains(QStringLiteral("Youth Offending Service")));
    CHECK(text.contains(QStringLiteral("What impact will it have?")));
    CHECK(text.contains(QStringLiteral("This is a priority")));
    CHECK(text.contains(QStringLiteral("This is not a priority at the moment")));
    CHECK(text.contains(QStringLiteral("This area is not prioritised currently.")));
    CHECK(text.contains(QStringLiteral("Page 1 of")));
    shootPdf(pdf, QStringLiteral("plan-pdf"));
    if (!qEnvironmentVariable("WAYMARK_SHOTS").isEmpty())
        QFile::copy(pdf, qEnvironmentVariable("WAYMARK_SHOTS") + QStringLiteral("/plan.pdf"));
}

TEST_CASE("Closure page: tick the minimum requirements, closing without a recent review says why, after a "
          "review the manager's approval closes the work",
          "[earlyhelp][ui]") {
    Setup s;
    Database& db = s.t.db();
    s.t.signInAs(s.fsw);
    FamilyView view(db);
    view.resize(1280, 900);
    view.showFamily(s.family.id);
    EarlyHelpPanel* panel = view.earlyHelp();
    auto* page = panel->page<ClosurePage>();
    REQUIRE(page);
    // Targeted work: the closure form, not the brief summary.
    CHECK(child<QPushButton>(page, QStringLiteral("newClosure"))->isEnabled());
    CHECK_FALSE(child<QPushButton>(page, QStringLiteral("newBriefClosure"))->isEnabled());

    // The checklist: a note is needed where a requirement does not apply.
    child<VocabularyCombo>(page, QStringLiteral("minreqStatus_gp"))->setCode(QStringLiteral("met"));
    child<QLineEdit>(page, QStringLiteral("minreqNote_gp"))
        ->setText(QStringLiteral("Registered with Dr Example"));
    child<VocabularyCombo>(page, QStringLiteral("minreqStatus_childrens_centre"))
        ->setCode(QStringLiteral("not_applicable"));
    CHECK_FALSE(page->saveMinimumRequirements());
    CHECK(page->minimumRequirementsStatus().contains(QStringLiteral("say why it does not apply")));
    child<QLineEdit>(page, QStringLiteral("minreqNote_childrens_centre"))
        ->setText(QStringLiteral("No child under 5"));
    child<VocabularyCombo>(page, QStringLiteral("minreqStatus_dentist"))->setCode(QStringLiteral("not_met"));
    REQUIRE(page->saveMinimumRequirements());
    CHECK(child<QLabel>(page, QStringLiteral("minreqChecked_gp"))->text() == QStringLiteral("20/11/2026"));
    auto stored = MinimumRequirementRepository(db).forInvolvement(s.inv.id);
    REQUIRE(stored.isOk());
    CHECK(stored->at(0).isMet());

    // The closure form, without a review: the dialog says why it cannot close.
    bool opened = false;
    QString check, minimum;
    test::whenDialogOpens<ClosureDialog>(
        [&](ClosureDialog* d) {
            child<VocabularyCombo>(d, QStringLiteral("closureReason"))
                ->setCode(QStringLiteral("family_met_outcomes"));
            child<QPlainTextEdit>(d, QStringLiteral("summary"))
                ->setPlainText(QStringLiteral("Routines are in place and attendance is up"));
            child<QPlainTextEdit>(d, QStringLiteral("workCompleted"))
                ->setPlainText(QStringLiteral("Morning routine\nRegistered with a GP"));
            child<QPlainTextEdit>(d, QStringLiteral("changes"))
                ->setPlainText(QStringLiteral("The children arrive on time"));
            check = d->checkText();
            minimum = child<QLabel>(d, QStringLiteral("minimumRequirements"))->text();
            QCoreApplication::processEvents(); // the layout after the fields changed
            test::saveScreenshot(d, QStringLiteral("closure-dialog-no-review"));
            child<QPushButton>(d, QStringLiteral("saveDraft"))->click();
        },
        &opened);
    child<QPushButton>(page, QStringLiteral("newClosure"))->click();
    REQUIRE(opened);
    CHECK(check.contains(QStringLiteral("Not yet")));
    CHECK(check.contains(QStringLiteral("no approved Family Star review")));
    CHECK(minimum.contains(QStringLiteral("Registered with Dr Example")));
    REQUIRE(page->forms()->formCount() == 1);
    page->forms()->selectForm(0);
    page->forms()->submitSelected();
    CHECK(page->forms()->statusText().contains(QStringLiteral("cannot close yet")));
    CHECK(page->forms()->selectedForm()->isDraft());

    // A review five days ago, approved.
    EhFormRepository forms(db);
    EhForm review;
    review.kind = QStringLiteral("star_review");
    review.involvementId = s.inv.id;
    review.completedOn = test::fixedToday().addDays(-5);
    review.texts[QStringLiteral("review_outcome")] = QStringLiteral("close");
    StarReading reading;
    reading.scoredOn = review.completedOn;
    reading.scoredBy = QStringLiteral("Mum and the family support worker");
    for (const QString& area : vocab::starArea().codes())
        reading.scores.push_back({area, 7, QString(), QStringLiteral("Steady progress"), QString()});
    review.readings = {reading};
    REQUIRE(forms.saveDraft(review).isOk());
    REQUIRE(forms.submit(review.id).isOk());
    s.t.signInAs(s.manager);
    REQUIRE(forms.approve(review.id, QString()).isOk());
    s.t.signInAs(s.fsw);
    page->refresh();
    page->forms()->selectForm(0);

    opened = false;
    test::whenDialogOpens<ClosureDialog>(
        [&](ClosureDialog* d) {
            check = d->checkText();
            QCoreApplication::processEvents(); // the layout after the fields changed
            test::saveScreenshot(d, QStringLiteral("closure-dialog-ready"));
            d->reject();
        },
        &opened);
    page->forms()->openSelected();
    REQUIRE(opened);
    CHECK(check.contains(QStringLiteral("Yes")));
    CHECK(check.contains(QStringLiteral("15/11/2026")));
    page->forms()->submitSelected();
    INFO(page->forms()->statusText().toStdString());
    REQUIRE(page->forms()->selectedForm()->status == QStringLiteral("submitted"));
    CHECK(panel->currentInvolvement().isOpen()); // not until the manager signs off

    s.t.signInAs(s.manager);
    page->refresh();
    page->forms()->selectForm(0);
    REQUIRE(page->forms()->approveSelected(QStringLiteral("Agreed in supervision")).isOk());
    const Involvement closed = panel->currentInvolvement();
    CHECK_FALSE(closed.isOpen());
    CHECK(closed.closureOutcome == QStringLiteral("family_met_outcomes"));
    CHECK(closed.closedOn == test::fixedToday());
    CHECK(page->closureStateText().contains(QStringLiteral("closed on 20/11/2026: Family met outcomes")));
    CHECK_FALSE(child<QPushButton>(page, QStringLiteral("saveMinimumRequirements"))->isEnabled());

    view.show();
    view.findChild<QTabWidget*>(QStringLiteral("familyTabs"))->setCurrentWidget(panel);
    panel->pages()->setCurrentWidget(page);
    test::saveScreenshot(&view, QStringLiteral("closure-page-closed"));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("closure.pdf"));
    page->forms()->selectForm(0);
    REQUIRE(page->forms()->printTo(page->forms()->selectedForm()->id, pdf).isOk());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Closure form")));
    CHECK(text.contains(QStringLiteral("Closewell family")));
    CHECK(text.contains(QStringLiteral("Family met outcomes")));
    CHECK(text.contains(QStringLiteral("Family Star review completed 15/11/2026")));
    CHECK(text.contains(QStringLiteral("Registered with Dr Example")));
    CHECK(text.contains(QStringLiteral("Morgan Manager")));
    CHECK(text.contains(QStringLiteral("Page 1 of")));
    shootPdf(pdf, QStringLiteral("closure-pdf"));
}

TEST_CASE("Closure page: a brief intervention closes with the Appendix IV summary", "[earlyhelp][ui]") {
    Setup s;
    Database& db = s.t.db();
    Involvement brief = s.inv;
    brief.service = QStringLiteral("early_help_brief");
    REQUIRE(InvolvementRepository(db).save(brief).isOk());
    s.t.signInAs(s.fsw);
    EhFormRepository forms(db);
    EhForm sow;
    sow.kind = QStringLiteral("sow_assessment");
    sow.involvementId = brief.id;
    sow.completedOn = QDate(2026, 10, 1);
    sow.texts[QStringLiteral("reasons")] = QStringLiteral("School asked for help with mornings");
    REQUIRE(forms.saveDraft(sow).isOk());
    MinimumRequirement gp{QStringLiteral("gp"), QStringLiteral("met"),
                          QStringLiteral("Registered with Dr Example"), QDate()};
    REQUIRE(MinimumRequirementRepository(db).save(brief.id, gp).isOk());

    ClosurePage page(db);
    page.resize(1200, 800);
    page.showInvolvement(s.family.id, brief);
    CHECK_FALSE(child<QPushButton>(&page, QStringLiteral("newClosure"))->isEnabled());
    REQUIRE(child<QPushButton>(&page, QStringLiteral("newBriefClosure"))->isEnabled());
    bool opened = false;
    QString which, reasons, check;
    test::whenDialogOpens<ClosureDialog>(
        [&](ClosureDialog* d) {
            which = child<QLabel>(d, QStringLiteral("whichForm"))->text();
            reasons = child<QPlainTextEdit>(d, QStringLiteral("sowReasons"))->toPlainText();
            child<VocabularyCombo>(d, QStringLiteral("closureReason"))
                ->setCode(QStringLiteral("family_met_outcomes"));
            child<QPlainTextEdit>(d, QStringLiteral("workCompleted"))
                ->setPlainText(QStringLiteral("- Two home visits\n- Alarm clock bought"));
            child<QPlainTextEdit>(d, QStringLiteral("changes"))
                ->setPlainText(QStringLiteral("The children get to school on time"));
            check = d->checkText();
            QCoreApplication::processEvents(); // the layout after the fields changed
            test::saveScreenshot(d, QStringLiteral("closure-dialog-brief"));
            child<QPushButton>(d, QStringLiteral("saveDraft"))->click();
        },
        &opened);
    child<QPushButton>(&page, QStringLiteral("newBriefClosure"))->click();
    REQUIRE(opened);
    CHECK(which.contains(QStringLiteral("Appendix IV")));
    CHECK(reasons == QStringLiteral("School asked for help with mornings"));
    CHECK(check.contains(QStringLiteral("Yes")));
    CHECK(check.contains(QStringLiteral("no review is needed")));
    page.forms()->selectForm(0);
    page.forms()->submitSelected();
    REQUIRE(page.forms()->selectedForm()->status == QStringLiteral("submitted"));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("brief.pdf"));
    REQUIRE(page.forms()->printTo(page.forms()->selectedForm()->id, pdf).isOk());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Closure Summary Brief Intervention")));
    CHECK(text.contains(QStringLiteral("Summarise the reasons for undertaking this assessment")));
    CHECK(text.contains(QStringLiteral("School asked for help with mornings")));
    CHECK(text.contains(QStringLiteral("Alarm clock bought")));
    CHECK(text.contains(QStringLiteral("Family registered with a GP: Registered with Dr Example")));
    CHECK(text.contains(QStringLiteral("What changes happened")));
    CHECK(text.contains(QStringLiteral("Page 1 of")));
    shootPdf(pdf, QStringLiteral("closure-brief-pdf"));

    s.t.signInAs(s.manager);
    page.refresh();
    page.forms()->selectForm(0);
    REQUIRE(page.forms()->approveSelected(QString()).isOk());
    CHECK_FALSE(InvolvementRepository(db).get(brief.id)->isOpen());
}
