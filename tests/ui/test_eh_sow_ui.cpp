#include "earlyhelp/casesummary.h"
#include "earlyhelp/casesummarydialog.h"
#include "earlyhelp/casesummarypage.h"
#include "earlyhelp/earlyhelppanel.h"
#include "earlyhelp/ehformlist.h"
#include "earlyhelp/ehformrepository.h"
#include "earlyhelp/signsofwellbeing.h"
#include "earlyhelp/signsofwellbeingdialog.h"
#include "earlyhelp/signsofwellbeingpage.h"
#include "family/familyview.h"
#include "storage/caseeventrepository.h"
#include "support/screenshot.h"
#include "support/testdatabase.h"
#include "ui/dialogdriver.h"
#include "widgets/vocabularycombo.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
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
    // The PDF font draws "fi" and "fl" as ligatures, which pdftotext gives back as one character.
    return QString::fromUtf8(p.readAllStandardOutput())
        .replace(QChar(0xFB01), QLatin1String("fi"))
        .replace(QChar(0xFB02), QLatin1String("fl"))
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

void setText(QWidget* d, const char* key, const QString& text) {
    auto* edit = d->findChild<QPlainTextEdit*>(QStringLiteral("section_") + QLatin1String(key));
    REQUIRE(edit);
    edit->setPlainText(text);
}

// An approved Family Star form made through the repository, as the Family Star page would.
void approvedStar(test::TestDatabase& t, const Worker& fsw, const Worker& manager, qint64 involvementId,
                  const QString& kind, const QDate& on, int base) {
    EhFormRepository forms(t.db());
    t.signInAs(fsw);
    EhForm f;
    f.kind = kind;
    f.involvementId = involvementId;
    f.completedOn = on;
    if (kind == QLatin1String("star_review"))
        f.texts[QStringLiteral("review_outcome")] = QStringLiteral("plan");
    StarReading r;
    r.scoredOn = on;
    r.scoredBy = QStringLiteral("Mum and the worker");
    int i = 0;
    for (const QString& area : vocab::starArea().codes())
        r.scores.push_back({area, base + (i++ % 3), QStringLiteral("Evidence for the score"),
                            QStringLiteral("Went well"), QString()});
    f.readings = {r};
    REQUIRE(forms.saveDraft(f).isOk());
    REQUIRE(forms.submit(f.id).isOk());
    t.signInAs(manager);
    REQUIRE(forms.approve(f.id, QString()).isOk());
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
        family = test::makeFamily(t.db(), QStringLiteral("Wrenfield"));
        inv = test::allocate(t.db(), family.id, fsw.id);
        t.signInAs(fsw);
    }
};

} // namespace

TEST_CASE("Signs of Wellbeing page: the table comes from the family, the scale says where the family is, "
          "submitted, approved and printed",
          "[earlyhelp][ui]") {
    Setup s;
    Database& db = s.t.db();
    FamilyView view(db);
    view.resize(1280, 900);
    view.showFamily(s.family.id);
    EarlyHelpPanel* panel = view.earlyHelp();
    auto* page = panel->page<SignsOfWellbeingPage>();
    REQUIRE(page);
    auto* newSow = page->findChild<QPushButton*>(QStringLiteral("newSow"));
    REQUIRE(newSow->isEnabled());

    bool opened = false;
    QStringList names, ages, pr, anchors;
    test::whenDialogOpens<SignsOfWellbeingDialog>(
        [&](SignsOfWellbeingDialog* d) {
            QTableWidget* table = d->infoSharingTable();
            for (int r = 0; r < table->rowCount(); ++r) {
                names << table->item(r, 0)->text();
                ages << table->item(r, 1)->text();
                pr << table->item(r, 4)->text();
            }
            table->item(0, 2)->setCheckState(Qt::Checked);
            table->item(1, 3)->setText(QStringLiteral("Explained to mum; too young"));
            d->findChild<QPushButton*>(QStringLiteral("addInfoRow"))->click();
            table->item(2, 0)->setText(QStringLiteral("Nana Wrenfield"));
            table->item(2, 1)->setText(QStringLiteral("Grandmother"));
            table->item(2, 2)->setCheckState(Qt::Checked);
            d->findChild<QPushButton*>(QStringLiteral("addInfoRow"))->click(); // left empty: dropped

            auto* scale = d->findChild<QSpinBox*>(QStringLiteral("scale"));
            auto* slider = d->findChild<QSlider*>(QStringLiteral("scaleSlider"));
            auto* anchor = d->findChild<QLabel*>(QStringLiteral("scaleAnchor"));
            anchors << anchor->text();
            scale->setValue(4);
            anchors << anchor->text();
            slider->setValue(7);
            anchors << QString::number(scale->value()) + QLatin1Char(' ') + anchor->text();
            slider->setValue(6);
            anchors << anchor->text();

            d->findChild<QLineEdit*>(QStringLiteral("summary_line_manager"))
                ->setText(QStringLiteral("Morgan Manager"));
            setText(d, sow::reasons,
                    QStringLiteral("The school referred: Tobin is aggressive towards other children "
                                   "and often late."));
            setText(d, sow::strengths, QStringLiteral("Avril loves her son and wants help with routines."));
            setText(d, sow::worries, QStringLiteral("Tobin may be excluded; mornings end in shouting."));
            setText(d, sow::needs, QStringLiteral("- A calm morning routine\n- Consistent consequences"));
            setText(d, sow::outcomes, QStringLiteral("Tobin will get to school on time every day."));
            setText(d, sow::nextSteps,
                    QStringLiteral("Six sessions on routines; school meeting in two weeks."));
            test::saveScreenshot(d, QStringLiteral("sow-dialog"));
            d->findChild<QPushButton*>(QStringLiteral("saveDraft"))->click();
        },
        &opened);
    newSow->click();
    REQUIRE(opened);
    CHECK(names == QStringList{QStringLiteral("Avril Wrenfield"), QStringLiteral("Tobin Wrenfield")});
    CHECK(ages == QStringList{QStringLiteral("Mother, 38"), QStringLiteral("10")});
    CHECK(pr[0] == QStringLiteral("Yes: Tobin"));
    CHECK(pr[1].isEmpty());
    REQUIRE(anchors.size() == 4);
    CHECK(anchors[0].contains(QStringLiteral("Not scaled")));
    CHECK(anchors[1].contains(QStringLiteral("Shared view of what needs to happen")));
    CHECK(anchors[2].startsWith(QStringLiteral("7 ")));
    CHECK(anchors[2].contains(QStringLiteral("Between 6")));
    CHECK(anchors[3].contains(QStringLiteral("Already making positive changes")));

    REQUIRE(page->forms()->formCount() == 1);
    page->forms()->selectForm(0);
    const EhForm* saved = page->forms()->selectedForm();
    REQUIRE(saved);
    REQUIRE(saved->infoSharing.size() == 3);
    CHECK(saved->infoSharing[0].explained);
    CHECK(saved->infoSharing[0].personId == s.family.members[0].personId);
    CHECK(saved->infoSharing[2].name == QStringLiteral("Nana Wrenfield"));
    CHECK(saved->infoSharing[2].personId == 0);
    CHECK(saved->text(QStringLiteral("scale")) == QStringLiteral("6"));
    CHECK(saved->text(QStringLiteral("completed_by")) == QStringLiteral("Frankie Support"));
    CHECK(saved->text(QStringLiteral("team")) == QStringLiteral("Blaby"));
    CHECK(saved->text(QStringLiteral("intervention")) == QStringLiteral("early_help_targeted"));
    CHECK_FALSE(newSow->isEnabled()); // one assessment: revise it to change it

    page->findChild<QPushButton*>(QStringLiteral("submitForm"))->click();
    INFO(page->forms()->statusText().toStdString());
    REQUIRE(page->forms()->selectedForm()->status == QStringLiteral("submitted"));
    s.t.signInAs(s.manager);
    page->refresh();
    page->forms()->selectForm(0);
    REQUIRE(page->forms()->approveSelected(QStringLiteral("A clear analysis")).isOk());
    CHECK(page->forms()->selectedForm()->isApproved());

    // An approved form opens read-only.
    bool readOnly = false;
    test::whenDialogOpens<SignsOfWellbeingDialog>([&](SignsOfWellbeingDialog* d) {
        readOnly = d->isReadOnly() && !d->findChild<QPushButton*>(QStringLiteral("saveDraft"));
        d->reject();
    });
    page->forms()->openSelected();
    CHECK(readOnly);

    view.show();
    panel->pages()->setCurrentWidget(page);
    view.findChild<QTabWidget*>(QStringLiteral("familyTabs"))->setCurrentWidget(panel);
    test::saveScreenshot(&view, QStringLiteral("sow-page"));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sow.pdf"));
    REQUIRE(page->forms()->printTo(page->forms()->selectedForm()->id, pdf).isOk());
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    const QString text = pdfText(pdf);
    for (const char* expected :
         {"Signs of Wellbeing assessment", "Wrenfield family", "Frankie Support",
          "Section One: Summary of information", "Explanation of information sharing", "Nana Wrenfield",
          "Yes: Tobin", "1. Reasons for undertaking", "Strengths and resources",
          "2. What are we worried about?", "3. What needs to happen?", "4. Outcome statements", "Next steps",
          "5. Scaling tool", "Already making positive changes", "Page 1 of"}) {
        INFO(expected);
        CHECK(text.contains(QLatin1String(expected)));
    }
    shootPdf(pdf, QStringLiteral("sow-pdf"));
}

TEST_CASE("Signs of Wellbeing dialog: a brief intervention's form asks for next steps on submission",
          "[earlyhelp][ui]") {
    Setup s;
    Involvement brief = s.inv;
    brief.service = QStringLiteral("early_help_brief");
    SignsOfWellbeingPage page(s.t.db());
    page.showInvolvement(s.family.id, brief);
    CHECK(page.findChild<QLabel*>(QStringLiteral("sowHint"))->text().contains(QStringLiteral("brief plan")));
    test::whenDialogOpens<SignsOfWellbeingDialog>([&](SignsOfWellbeingDialog* d) {
        d->findChild<QSpinBox*>(QStringLiteral("scale"))->setValue(8);
        setText(d, sow::reasons, QStringLiteral("Advice about sleep routines"));
        setText(d, sow::worries, QStringLiteral("Late for school"));
        setText(d, sow::needs, QStringLiteral("A bedtime routine"));
        d->findChild<QPushButton*>(QStringLiteral("saveDraft"))->click();
    });
    page.forms()->newForm(QStringLiteral("sow_assessment"));
    REQUIRE(page.forms()->formCount() == 1);
    page.forms()->selectForm(0);
    page.forms()->submitSelected();
    CHECK(page.forms()->selectedForm()->isDraft());
    CHECK(page.forms()->statusText().contains(QStringLiteral("next steps")));
}

TEST_CASE("Case summary page: due dates, a summary filled with the distance travelled, approved and printed",
          "[earlyhelp][ui]") {
    Setup s;
    Database& db = s.t.db();
    approvedStar(s.t, s.fsw, s.manager, s.inv.id, QStringLiteral("star_assessment"), QDate(2026, 9, 20), 2);
    approvedStar(s.t, s.fsw, s.manager, s.inv.id, QStringLiteral("star_review"), QDate(2026, 11, 10), 5);
    s.t.signInAs(s.fsw);

    FamilyView view(db);
    view.resize(1280, 900);
    view.showFamily(s.family.id);
    EarlyHelpPanel* panel = view.earlyHelp();
    auto* page = panel->page<CaseSummaryPage>();
    REQUIRE(page);
    CHECK_FALSE(page->nextDue().isValid());
    CHECK(page->dueText().contains(QStringLiteral("Engagement has not started")));

    RecordedEvent engaged;
    engaged.familyId = s.family.id;
    engaged.involvementId = s.inv.id;
    engaged.kind = QStringLiteral("engagement_started");
    engaged.date = QDate(2026, 7, 10);
    REQUIRE(CaseEventRepository(db).save(engaged).isOk());
    page->refresh();
    CHECK(page->nextDue() == QDate(2026, 11, 10));
    CHECK(page->dueText().contains(QStringLiteral("10/11/2026")));
    CHECK(page->dueText().contains(QStringLiteral("overdue"))); // today is 20/11/2026

    bool opened = false;
    QString composition;
    int distanceRows = 0;
    QString change;
    test::whenDialogOpens<CaseSummaryDialog>(
        [&](CaseSummaryDialog* d) {
            using namespace casesummary;
            composition =
                d->findChild<QPlainTextEdit*>(QStringLiteral("section_family_composition"))->toPlainText();
            distanceRows = d->distanceTable()->rowCount();
            if (distanceRows > 0)
                change = d->distanceTable()->item(0, 3)->text();
            CHECK(d->findChild<VocabularyCombo*>(QStringLiteral("reason"))->code() ==
                  QStringLiteral("initial"));
            setText(d, whyWorking, QStringLiteral("Open 4 months.\nBehaviour at home\nLate for school"));
            setText(d, harm, QStringLiteral("Tobin has hurt another child at school"));
            setText(d, complicating, QStringLiteral("Single parent; rent arrears"));
            setText(d, strengths, QStringLiteral("Avril engages well; school is supportive"));
            setText(d, safetyFactors, QStringLiteral("Grandmother helps in the mornings"));
            setText(d, safetyGoals, QStringLiteral("Tobin gets to school on time"));
            setText(d, nextSteps, QStringLiteral("Parenting group; school meeting"));
            setText(d, danger,
                    QStringLiteral("The school and the worker are worried that Tobin will be excluded if "
                                   "nothing changes."));
            setText(d, achievements, QStringLiteral("Registered with a GP; calmer mornings"));
            d->findChild<QSpinBox*>(QLatin1String(safetyScale))->setValue(7);
            d->findChild<QLineEdit*>(QLatin1String(safetyLow))->setText(QStringLiteral("child protection"));
            d->findChild<QLineEdit*>(QLatin1String(safetyHigh))
                ->setText(QStringLiteral("no need for social work intervention"));
            d->findChild<QSpinBox*>(QLatin1String(wellbeingScale))->setValue(5);
            d->findChild<QLineEdit*>(QLatin1String(wellbeingLow))
                ->setText(QStringLiteral("risk of family breakdown"));
            d->findChild<QLineEdit*>(QLatin1String(wellbeingHigh))
                ->setText(QStringLiteral("needs can be met by universal services"));
            test::saveScreenshot(d, QStringLiteral("casesummary-dialog"));
            d->findChild<QPushButton*>(QStringLiteral("saveDraft"))->click();
        },
        &opened);
    page->findChild<QPushButton*>(QStringLiteral("newCaseSummary"))->click();
    REQUIRE(opened);
    CHECK(composition.contains(QStringLiteral("Avril Wrenfield, 38")));
    CHECK(composition.contains(QStringLiteral("Tobin Wrenfield, 10")));
    CHECK(distanceRows == 10);
    CHECK(change == QStringLiteral("+3"));

    REQUIRE(page->forms()->formCount() == 1);
    page->forms()->selectForm(0);
    page->findChild<QPushButton*>(QStringLiteral("submitForm"))->click();
    INFO(page->forms()->statusText().toStdString());
    REQUIRE(page->forms()->selectedForm()->status == QStringLiteral("submitted"));
    s.t.signInAs(s.manager);
    page->refresh();
    page->forms()->selectForm(0);
    REQUIRE(page->forms()->approveSelected(QString()).isOk());
    // Approved on 20/11/2026 (completed today): the next is due 3 months on.
    CHECK(page->nextDue() == QDate(2027, 2, 20));
    CHECK_FALSE(page->dueText().contains(QStringLiteral("overdue")));
    bool recorded = false;
    for (const RecordedEvent& e : CaseEventRepository(db).forFamily(s.family.id))
        recorded |= e.kind == QLatin1String("eh_case_summary");
    CHECK(recorded);

    view.show();
    panel->pages()->setCurrentWidget(page);
    view.findChild<QTabWidget*>(QStringLiteral("familyTabs"))->setCurrentWidget(panel);
    test::saveScreenshot(&view, QStringLiteral("casesummary-page"));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("summary.pdf"));
    REQUIRE(page->forms()->printTo(page->forms()->selectedForm()->id, pdf).isOk());
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    const QString text = pdfText(pdf);
    for (const char* expected : {"Case summary template",
                                 "Wrenfield family",
                                 "Frankie Support",
                                 "Family composition",
                                 "Avril Wrenfield, 38",
                                 "Initial (within four months)",
                                 "Why are we working with this family?",
                                 "Signs of Safety mapping",
                                 "1a. Harm/risk",
                                 "1b. Complicating factors",
                                 "1c. Existing strengths",
                                 "1d. Existing safety/positive factors",
                                 "Safety goals / EH outcomes",
                                 "Next steps",
                                 "Danger statements",
                                 "Safety scale: 7 of 10",
                                 "0 = child protection",
                                 "Wellbeing scale: 5 of 10",
                                 "10 = needs can be met by universal services",
                                 "Key achievements",
                                 "Distance travelled",
                                 "Keeping your children safe",
                                 "Page 1 of"}) {
        INFO(expected);
        CHECK(text.contains(QLatin1String(expected)));
    }
    shootPdf(pdf, QStringLiteral("casesummary-pdf"));
}
