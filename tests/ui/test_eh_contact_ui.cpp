#include "earlyhelp/consentdialog.h"
#include "earlyhelp/consentpage.h"
#include "earlyhelp/contactattemptdialog.h"
#include "earlyhelp/contactlogpage.h"
#include "earlyhelp/contactrepository.h"
#include "earlyhelp/earlyhelppanel.h"
#include "family/familyview.h"
#include "storage/caseeventrepository.h"
#include "storage/familyrepository.h"
#include "storage/workerrepository.h"
#include "support/screenshot.h"
#include "support/testdatabase.h"
#include "ui/dialogdriver.h"
#include "widgets/vocabularycombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeEdit>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

template <typename T> T* child(QWidget* parent, const QString& name) {
    T* w = parent->findChild<T*>(name);
    if (!w)
        FAIL("no widget named " << name.toStdString());
    return w;
}

void clickSave(QDialog* d) {
    d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
}

QString errorText(QWidget* d, const char* key) {
    auto* label = d->findChild<QLabel*>(QString::fromLatin1(key) + QStringLiteral("Error"));
    return label && label->isVisibleTo(d) ? label->text() : QString();
}

// The text of a PDF, through poppler's pdftotext (packaging/debian-packages.txt: poppler-utils).
QString pdfText(const QString& path) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

// Renders each page at 60 dpi into $WAYMARK_SHOTS for a person to look at (nothing otherwise).
void shootPdf(const QString& pdf, const QString& name) {
    const QString dir = qEnvironmentVariable("WAYMARK_SHOTS");
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return;
    QProcess::execute(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"),
                                                   QStringLiteral("60"), pdf, QDir(dir).filePath(name)});
}

struct Setup {
    test::TestDatabase t;
    Worker worker;
    Family family;
    Involvement involvement;
    Setup() {
        Database& db = t.db();
        worker =
            test::makeWorker(db, QStringLiteral("Pippa Lindqvist"), QStringLiteral("Harborough Early Help"));
        worker.phone = QStringLiteral("0116 305 0000");
        REQUIRE(WorkerRepository(db).save(worker).isOk());
        family = test::makeFamily(db, QStringLiteral("Quenby"));
        family.address = {QStringLiteral("4 Saddlers Row"), QString(), QStringLiteral("Market Harborough"),
                          QStringLiteral("LE16 9ZZ")};
        family.ufrn = QStringLiteral("EH03123456F");
        family.earlyHelpLocality = QStringLiteral("03");
        REQUIRE(FamilyRepository(db).save(family).isOk());
        involvement = test::allocate(db, family.id, worker.id);
        t.signInAs(worker);
    }
};

void logDirectly(Database& db, const Involvement& inv, const char* method, const QDate& day, int hour) {
    ContactAttempt a;
    a.involvementId = inv.id;
    a.at = QDateTime(day, QTime(hour, 0));
    a.method = QString::fromLatin1(method);
    a.outcome = QStringLiteral("no_answer");
    REQUIRE(ContactAttemptRepository(db).save(a).isOk());
}

} // namespace

TEST_CASE("Early Help contact log: attempts logged through the dialog turn the standards from not yet to met",
          "[earlyhelp]") {
    Setup s;
    Database& db = s.t.db();
    FamilyView view(db);
    view.resize(1280, 760);
    view.showFamily(s.family.id);
    auto* tabs = view.findChild<QTabWidget*>();
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->widget(i) == view.earlyHelp())
            tabs->setCurrentIndex(i);
    EarlyHelpPanel* panel = view.earlyHelp();
    REQUIRE(panel->involvementCount() == 1);
    auto* page = panel->page<ContactLogPage>();
    REQUIRE(page);
    CHECK(child<QPushButton>(page, QStringLiteral("addAttempt"))->isEnabled());
    CHECK(page->attempts().empty());
    CHECK_FALSE(page->check().allRequiredMet());

    // Most of the standards through the repository: 5 calls over mornings and evenings in three
    // weeks, 5 texts over two weeks. Then the letter and the cold call through the dialog.
    const QDate monday(2026, 10, 26);
    for (int i = 0; i < 5; ++i)
        logDirectly(db, s.involvement, "phone", monday.addDays(7 * (i % 3) + i), i % 2 ? 18 : 10);
    for (int i = 0; i < 5; ++i)
        logDirectly(db, s.involvement, "text", monday.addDays(i * 3), 11);
    panel->refresh();
    REQUIRE(page->attempts().size() == 10);
    auto* letterStandard = child<QLabel>(page, QStringLiteral("standard_letter"));
    CHECK_FALSE(letterStandard->property("met").toBool());
    CHECK(letterStandard->text().contains(QStringLiteral("Not yet")));
    CHECK(child<QLabel>(page, QStringLiteral("standard_phone"))->property("met").toBool());

    bool seen = false;
    QString outcomeError, futureError, replyBySuggested, replyHint;
    test::whenDialogOpens<ContactAttemptDialog>(
        [&](ContactAttemptDialog* d) {
            child<QLineEdit>(d, QStringLiteral("attemptDate"))->setText(QStringLiteral("09/11/2026"));
            child<QTimeEdit>(d, QStringLiteral("attemptTime"))->setTime(QTime(9, 15));
            child<VocabularyCombo>(d, QStringLiteral("method"))->setCode(QStringLiteral("letter"));
            replyBySuggested = child<QLineEdit>(d, QStringLiteral("replyBy"))->text();
            replyHint = child<QLabel>(d, QStringLiteral("replyByHint"))->text();
            clickSave(d); // no outcome
            outcomeError = errorText(d, "outcome");
            child<VocabularyCombo>(d, QStringLiteral("outcome"))->setCode(QStringLiteral("sent_no_reply"));
            child<QLineEdit>(d, QStringLiteral("attemptDate"))->setText(QStringLiteral("21/11/2026"));
            clickSave(d); // tomorrow
            futureError = errorText(d, "attemptedAt");
            child<QLineEdit>(d, QStringLiteral("attemptDate"))->setText(QStringLiteral("09/11/2026"));
            child<QPlainTextEdit>(d, QStringLiteral("note"))
                ->setPlainText(QStringLiteral("Posted by hand"));
            d->show();
            QCoreApplication::processEvents();
            test::saveScreenshot(d, QStringLiteral("eh-contact-attempt-dialog"));
            clickSave(d);
            if (d->isVisible())
                d->reject();
        },
        &seen);
    page->addAttempt();
    REQUIRE(seen);
    CHECK(replyBySuggested == QStringLiteral("19/11/2026")); // a letter gives 10 days
    CHECK(replyHint.contains(QStringLiteral("10 days")));
    CHECK(outcomeError.contains(QStringLiteral("Choose what came of the attempt.")));
    CHECK(futureError.contains(QStringLiteral("future")));
    REQUIRE(page->attempts().size() == 11);
    CHECK(letterStandard != page->findChild<QLabel*>(QStringLiteral("standard_letter"))); // rebuilt
    CHECK(child<QLabel>(page, QStringLiteral("standard_letter"))->property("met").toBool());
    CHECK_FALSE(child<QLabel>(page, QStringLiteral("standard_cold_call"))->property("met").toBool());
    CHECK_FALSE(page->check().allRequiredMet());

    seen = false;
    test::whenDialogOpens<ContactAttemptDialog>(
        [&](ContactAttemptDialog* d) {
            child<QLineEdit>(d, QStringLiteral("attemptDate"))->setText(QStringLiteral("16/11/2026"));
            child<QTimeEdit>(d, QStringLiteral("attemptTime"))->setTime(QTime(16, 40));
            child<VocabularyCombo>(d, QStringLiteral("method"))->setCode(QStringLiteral("cold_call"));
            child<VocabularyCombo>(d, QStringLiteral("outcome"))->setCode(QStringLiteral("card_left"));
            clickSave(d);
            if (d->isVisible())
                d->reject();
        },
        &seen);
    page->addAttempt();
    REQUIRE(seen);
    REQUIRE(page->attempts().size() == 12);
    CHECK(child<QLabel>(page, QStringLiteral("standard_cold_call"))->property("met").toBool());
    CHECK(page->check().allRequiredMet());
    CHECK(child<QLabel>(page, QStringLiteral("standardsSummary"))
              ->text()
              .contains(QStringLiteral("Every required")));
    auto* table = child<QTableWidget>(page, QStringLiteral("contactAttempts"));
    CHECK(table->rowCount() == 12);
    CHECK(table->item(11, 1)->text() == QLocale().dayName(1, QLocale::ShortFormat)); // Monday 16th
    // The first attempt started the deadline.
    bool firstAttemptEvent = false;
    for (const RecordedEvent& e : CaseEventRepository(db).forFamily(s.family.id))
        firstAttemptEvent |= e.kind == QLatin1String("contact_attempt") && e.date == monday;
    CHECK(firstAttemptEvent);
    view.show();
    test::saveScreenshot(&view, QStringLiteral("eh-contact-log"));

    // Removing asks in the page first; "keep" keeps it.
    table->selectRow(11);
    page->removeSelected();
    auto* confirm = child<QWidget>(page, QStringLiteral("removeAttemptConfirm"));
    CHECK(confirm->isVisibleTo(page));
    test::saveScreenshot(&view, QStringLiteral("eh-contact-log-remove"));
    child<QPushButton>(confirm, QStringLiteral("keep"))->click();
    CHECK(page->attempts().size() == 12);
    page->removeSelected();
    child<QPushButton>(confirm, QStringLiteral("confirmRemove"))->click();
    CHECK(page->attempts().size() == 11);
    CHECK_FALSE(page->check().allRequiredMet());

    SECTION("the final-attempt letter and the log print to PDF with the family's details") {
        QTemporaryDir dir;
        const QString letter = dir.filePath(QStringLiteral("letter.pdf"));
        const Status printed = page->printLetterTo(letter);
        INFO(printed.error().toStdString());
        REQUIRE(printed.isOk());
        const QString text = pdfText(letter);
        for (const char* expected :
             {"Final attempt to contact letter", "Family: Quenby family", "UFRN: EH03123456F",
              "Worker: Pippa Lindqvist", "Page 1 of 1", "Avril Quenby", "4 Saddlers Row", "LE16 9ZZ",
              "19 November 2026", "0116 305 0000", "Yours sincerely"}) {
            CAPTURE(expected);
            CHECK(text.contains(QLatin1String(expected)));
        }
        shootPdf(letter, QStringLiteral("eh-letter"));
        const QString log = dir.filePath(QStringLiteral("log.pdf"));
        REQUIRE(page->printLogTo(log).isOk());
        const QString logText = pdfText(log);
        CHECK(logText.contains(QStringLiteral("Attempts to contact the family")));
        CHECK(logText.contains(QStringLiteral("Quenby family")));
        CHECK(logText.contains(QStringLiteral("Posted by hand")));
        CHECK(logText.contains(QStringLiteral("Page 1 of")));
        shootPdf(log, QStringLiteral("eh-contact-log-pdf"));
    }
}

TEST_CASE("Early Help consent: recorded through the dialog with who gave it and a child's health notes",
          "[earlyhelp]") {
    Setup s;
    Database& db = s.t.db();
    EarlyHelpPanel panel(db);
    panel.resize(1100, 600);
    panel.showFamily(s.family.id);
    auto* page = panel.page<ConsentPage>();
    REQUIRE(page);
    for (int i = 0; i < panel.pages()->count(); ++i)
        if (panel.pages()->widget(i) == page)
            panel.pages()->setCurrentIndex(i);
    qint64 childId = 0;
    for (const FamilyMember& m : s.family.members)
        if (m.relationship == QLatin1String("child"))
            childId = m.personId;

    bool seen = false;
    QString dateError, whoError, givenByDefault;
    test::whenDialogOpens<ConsentDialog>(
        [&](ConsentDialog* d) {
            givenByDefault = child<QComboBox>(d, QStringLiteral("givenBy"))->currentText();
            child<QLineEdit>(d, QStringLiteral("givenOn"))->clear();
            auto* who = child<QComboBox>(d, QStringLiteral("givenBy"));
            who->setCurrentIndex(who->count() - 1); // someone else, no name typed
            clickSave(d);
            dateError = errorText(d, "givenOn");
            whoError = errorText(d, "givenByName");
            child<QLineEdit>(d, QStringLiteral("givenOn"))->setText(QStringLiteral("12/11/2026"));
            who->setCurrentIndex(0);
            child<QCheckBox>(d, QStringLiteral("travel"))->setChecked(true);
            child<QCheckBox>(d, QStringLiteral("activities"))->setChecked(true);
            child<QLineEdit>(d, QStringLiteral("healthNotes_%1").arg(childId))
                ->setText(QStringLiteral("Asthma"));
            child<QLineEdit>(d, QStringLiteral("allergies_%1").arg(childId))
                ->setText(QStringLiteral("Penicillin"));
            child<QLineEdit>(d, QStringLiteral("tetanus_%1").arg(childId))
                ->setText(QStringLiteral("March 2021"));
            d->show();
            QCoreApplication::processEvents();
            test::saveScreenshot(d, QStringLiteral("eh-consent-dialog"));
            clickSave(d);
            if (d->isVisible())
                d->reject();
        },
        &seen);
    page->addConsent();
    REQUIRE(seen);
    CHECK(givenByDefault.contains(QStringLiteral("Avril Quenby")));
    CHECK(dateError.contains(QStringLiteral("Enter the date")));
    CHECK(whoError.contains(QStringLiteral("Say who gave the consent")));
    REQUIRE(page->consents().size() == 1);
    const ParentalConsent& c = page->consents().front();
    CHECK(c.givenOn == QDate(2026, 11, 12));
    CHECK(c.givenByName == QStringLiteral("Avril Quenby"));
    CHECK(c.travel);
    CHECK(c.activities);
    CHECK_FALSE(c.photographs);
    REQUIRE(c.children.size() == 1);
    CHECK(c.children[0].allergies == QStringLiteral("Penicillin"));
    auto* table = child<QTableWidget>(page, QStringLiteral("consents"));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == QStringLiteral("Avril Quenby"));
    CHECK(table->item(0, 5)->text() == QStringLiteral("Tobin"));
    panel.show();
    test::saveScreenshot(&panel, QStringLiteral("eh-consent-page"));

    table->selectRow(0);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("consent.pdf"));
    const Status printed = page->printSelectedTo(pdf);
    INFO(printed.error().toStdString());
    REQUIRE(printed.isOk());
    const QString text = pdfText(pdf);
    for (const char* expected :
         {"Parental consent form", "UFRN: EH03123456F", "Worker: Pippa Lindqvist", "Date: 12/11/2026",
          "Tobin Quenby", "Penicillin", "March 2021", "I do not give permission", "Page 1 of"}) {
        CAPTURE(expected);
        CHECK(text.contains(QLatin1String(expected)));
    }
    shootPdf(pdf, QStringLiteral("eh-consent-pdf"));
}
