#include "earlyhelp/earlyhelppanel.h"
#include "earlyhelp/escalationdialog.h"
#include "earlyhelp/intakepage.h"
#include "earlyhelp/intakerepository.h"
#include "earlyhelp/prioritisationdialog.h"
#include "storage/involvementrepository.h"
#include "support/screenshot.h"
#include "support/testdatabase.h"
#include "ui/dialogdriver.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

template <typename T> T* child(QWidget* parent, const char* name) {
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        FAIL("no widget named " << name);
    return w;
}

void clickSave(QDialog* d) {
    d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
}

QString errorText(QWidget* d, const char* key) {
    auto* label = d->findChild<QLabel*>(QString::fromLatin1(key) + QStringLiteral("Error"));
    return label ? label->text() : QStringLiteral("<no label>");
}

struct EarlyHelpCase {
    test::TestDatabase t;
    Family family;
    Worker fsw;
    Worker manager;
    Involvement involvement;

    explicit EarlyHelpCase(const QString& service) {
        Database& db = t.db();
        family = test::makeFamily(db, QStringLiteral("Quennell"));
        fsw = test::makeWorker(db, QStringLiteral("Nadia Fernleigh"), QStringLiteral("Blaby Early Help"));
        manager = test::makeWorker(db, QStringLiteral("Moira Penhallow"), QStringLiteral("Blaby Early Help"),
                                   QStringLiteral("team_manager"));
        involvement.familyId = family.id;
        involvement.service = service;
        involvement.referralDate = QDate(2026, 10, 26);
        involvement.referralSource = QStringLiteral("school");
        involvement.referralReason = QStringLiteral("Bedtime routines have broken down; mum asking for help");
        involvement.status = QStringLiteral("open");
        involvement.openedOn = QDate(2026, 10, 28);
        involvement.allocatedWorkerId = fsw.id;
        REQUIRE(InvolvementRepository(db).save(involvement).isOk());
    }
};

} // namespace

TEST_CASE("Early Help intake page: a manager records the prioritisation through the dialog", "[earlyhelp]") {
    EarlyHelpCase c(QStringLiteral("early_help_brief"));
    Database& db = c.t.db();
    c.t.signInAs(c.manager);
    EarlyHelpPanel panel(db);
    panel.resize(980, 640);
    panel.showFamily(c.family.id);
    REQUIRE(panel.involvementCount() == 1);
    REQUIRE(panel.pages()->tabText(0) == QStringLiteral("&Intake"));
    auto* page = panel.page<IntakePage>();
    REQUIRE(page);
    CHECK(child<QLabel>(page, "intakeOutcome")->text().contains(QStringLiteral("Not prioritised")));
    auto* record = child<QPushButton>(page, "recordPrioritisation");
    REQUIRE(record->isEnabled());

    bool seen = false;
    QString emptyError, details, dateError, reminder;
    test::whenDialogOpens<PrioritisationDialog>(
        [&](PrioritisationDialog* d) {
            auto* box = child<QComboBox>(d, "outcome");
            box->setCurrentIndex(box->findData(QStringLiteral("4"))); // the longest timescale
            test::saveScreenshot(d, QStringLiteral("eh-prioritisation-dialog"));
            box->setCurrentIndex(0);
            clickSave(d); // nothing chosen yet
            emptyError = errorText(d, "outcome");
            auto* outcome = child<QComboBox>(d, "outcome");
            outcome->setCurrentIndex(outcome->findData(QStringLiteral("3")));
            details = d->detailsText();
            outcome->setCurrentIndex(outcome->findData(QStringLiteral("7")));
            reminder = d->reminderText(); // 7 is intensive; this work is brief
            outcome->setCurrentIndex(outcome->findData(QStringLiteral("5")));
            child<QPlainTextEdit>(d, "responseNote")->clear();
            test::saveScreenshot(d, QStringLiteral("eh-prioritisation-dialog-errors"));
            child<QLineEdit>(d, "prioritisedOn")->setText(QStringLiteral("30/02/2026"));
            child<QPlainTextEdit>(d, "responseNote")
                ->setPlainText(
                    QStringLiteral("Case allocated for unassessed brief intervention. FSW to provide up "
                                   "to 6 weeks/sessions of behaviour support."));
            clickSave(d);
            dateError = errorText(d, "prioritisedOn");
            child<QLineEdit>(d, "prioritisedOn")->setText(QStringLiteral("27/10/2026"));
            auto* worker = child<QComboBox>(d, "proposedWorker");
            CHECK(worker->currentData().toLongLong() == c.fsw.id); // the allocated worker by default
            clickSave(d);
            if (d->isVisible()) // not saved: say why instead of hanging
                d->reject();
        },
        &seen);
    record->click();
    REQUIRE(seen);
    CHECK(emptyError.contains(QStringLiteral("Choose the outcome")));
    CHECK(details.contains(QStringLiteral("High")));
    CHECK(details.contains(QStringLiteral("By end of day two")));
    CHECK(reminder.contains(QStringLiteral("Outcome 7")));
    CHECK_FALSE(dateError.isEmpty());

    const auto intake = EhIntakeRepository(db).intakeFor(c.involvement.id);
    REQUIRE(intake.has_value());
    CHECK(intake->outcome == QStringLiteral("5"));
    CHECK(intake->prioritisedOn == QDate(2026, 10, 27));
    CHECK(intake->decidedByWorkerId == c.manager.id);

    // The panel reloaded: the page shows it.
    page = panel.page<IntakePage>();
    CHECK(child<QLabel>(page, "intakeOutcome")->text() ==
          QStringLiteral("5. FSW allocated for unassessed brief intervention"));
    CHECK(child<QLabel>(page, "intakeTimescale")->text().contains(QStringLiteral("Low-medium priority")));
    CHECK(child<QLabel>(page, "intakeDecided")->text().contains(QStringLiteral("Moira Penhallow")));
    CHECK(child<QLabel>(page, "intakeWorker")->text() == QStringLiteral("Nadia Fernleigh"));
    CHECK(child<QLabel>(page, "intakeNote")->text().contains(QStringLiteral("behaviour support")));
    CHECK(child<QLabel>(page, "intervention")->text().contains(QStringLiteral("6 weeks")));
    CHECK(
        child<QLabel>(page, "interventionProgress")->text().startsWith(QStringLiteral("Week 4 of up to 6")));
    CHECK(record->text().contains(QStringLiteral("Change")));
    panel.show();
    test::saveScreenshot(&panel, QStringLiteral("eh-intake-page"));
}

TEST_CASE("Early Help intake page: a manager escalates brief work to targeted and the panel follows",
          "[earlyhelp]") {
    EarlyHelpCase c(QStringLiteral("early_help_brief"));
    Database& db = c.t.db();
    c.t.signInAs(c.manager);
    EarlyHelpPanel panel(db);
    panel.resize(980, 640);
    panel.showFamily(c.family.id);
    auto* page = panel.page<IntakePage>();
    REQUIRE(page);
    auto* escalate = child<QPushButton>(page, "escalate");
    REQUIRE(escalate->isEnabled());
    CHECK(child<QLabel>(page, "noEscalations")->isVisibleTo(page));

    bool seen = false;
    QString noteError;
    QStringList targets;
    test::whenDialogOpens<EscalationDialog>(
        [&](EscalationDialog* d) {
            auto* to = child<QComboBox>(d, "toService");
            for (int i = 0; i < to->count(); ++i)
                targets << to->itemData(i).toString();
            clickSave(d); // no note
            noteError = errorText(d, "note");
            to->setCurrentIndex(to->findData(QStringLiteral("early_help_targeted")));
            child<QLineEdit>(d, "decidedOn")->setText(QStringLiteral("19/11/2026"));
            child<QPlainTextEdit>(d, "note")->setPlainText(
                QStringLiteral("Further needs around school attendance found at session 4. Agreed "
                               "as an extended piece of work: Family Star assessment and plan."));
            d->show();
            test::saveScreenshot(d, QStringLiteral("eh-escalation-dialog"));
            clickSave(d);
            if (d->isVisible())
                d->reject();
        },
        &seen);
    escalate->click();
    REQUIRE(seen);
    CHECK(targets ==
          QStringList{QStringLiteral("early_help_targeted"), QStringLiteral("early_help_intensive")});
    CHECK(noteError.contains(QStringLiteral("manager's case note")));

    CHECK(InvolvementRepository(db).get(c.involvement.id)->service == QStringLiteral("early_help_targeted"));
    CHECK(panel.currentInvolvement().service == QStringLiteral("early_help_targeted"));
    CHECK(child<QComboBox>(&panel, "ehInvolvement")
              ->currentText()
              .contains(QStringLiteral("assessed targeted")));
    page = panel.page<IntakePage>();
    CHECK(child<QLabel>(page, "intervention")->text().contains(QStringLiteral("4 months")));
    CHECK(child<QProgressBar>(page, "interventionBar")
              ->format()
              .contains(QStringLiteral("escalated 19/11/2026")));
    auto* history = child<QTableWidget>(page, "escalations");
    REQUIRE(history->rowCount() == 1);
    CHECK(history->item(0, 1)->text().contains(QStringLiteral("brief")));
    CHECK(history->item(0, 2)->text().contains(QStringLiteral("targeted")));
    CHECK(history->item(0, 3)->text() == QStringLiteral("Moira Penhallow"));
    CHECK(history->isVisibleTo(page));
    panel.show();
    test::saveScreenshot(&panel, QStringLiteral("eh-intake-escalated"));

    // The intake prints for the file, escalation and all.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("intake.pdf"));
    REQUIRE(page->printTo(pdf).isOk());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(words.contains(QStringLiteral("Early Help intake")));
    CHECK(words.contains(QStringLiteral("Quennell family")));
    CHECK(words.contains(QStringLiteral("Moira Penhallow")));
    CHECK(words.contains(QStringLiteral("Page 1 of 1")));
}

TEST_CASE("Early Help intake page: a worker who is not a manager cannot escalate or prioritise",
          "[earlyhelp]") {
    EarlyHelpCase c(QStringLiteral("early_help_brief"));
    Database& db = c.t.db();
    c.t.signInAs(c.fsw);
    EarlyHelpPanel panel(db);
    panel.showFamily(c.family.id);
    auto* page = panel.page<IntakePage>();
    REQUIRE(page);
    auto* escalate = child<QPushButton>(page, "escalate");
    CHECK_FALSE(escalate->isEnabled());
    CHECK(escalate->toolTip().contains(QStringLiteral("manager's decision")));
    auto* record = child<QPushButton>(page, "recordPrioritisation");
    CHECK_FALSE(record->isEnabled());
    CHECK(record->toolTip().contains(QStringLiteral("team manager")));
    // The intervention is still shown to the worker.
    CHECK(child<QLabel>(page, "intervention")->text().contains(QStringLiteral("6 weeks")));
}
