#include "family/familyview.h"
#include "lift/financeformdialog.h"
#include "lift/financerepository.h"
#include "lift/liftclosuredialog.h"
#include "lift/liftmeetingdialog.h"
#include "lift/liftpanel.h"
#include "lift/liftreferraldialog.h"
#include "lift/liftrepository.h"
#include "lift/mentorrepository.h"
#include "lift/payments.h"
#include "storage/caseeventrepository.h"
#include "storage/involvementrepository.h"
#include "support/testdatabase.h"
#include "ui/dialogdriver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

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

Mentor makeMentor(Database& db, qint64 sswId) {
    Mentor m;
    m.name = QStringLiteral("Morwenna Tillotson");
    m.sswWorkerId = sswId;
    m.address.town = QStringLiteral("Preston");
    m.address.postcode = QStringLiteral("PR1 2AB");
    m.supportOffered = {QStringLiteral("day_respite"), QStringLiteral("boundaries")};
    m.hoursPerWeek = 10;
    REQUIRE(MentorRepository(db).save(m).isOk());
    return m;
}

// An appropriate referral (aim 4), made through the repository for the tests of the later forms.
LiftReferral makeReferral(Database& db, qint64 familyId) {
    Involvement inv;
    inv.familyId = familyId;
    inv.referralDate = QDate(2026, 8, 20);
    inv.referralSource = QStringLiteral("social_care");
    inv.status = QStringLiteral("referred");
    LiftReferral r;
    r.aim = QStringLiteral("cin_prevent_care");
    r.decision = QStringLiteral("appropriate");
    r.riskAssessedOn = QDate(2026, 8, 25);
    r.familyWishesToTakePart = true;
    r.supportNeeded = {QStringLiteral("boundaries"), QStringLiteral("day_respite")};
    const Status s = LiftRepository(db).startReferral(inv, r);
    INFO(s.error().toStdString());
    REQUIRE(s.isOk());
    return r;
}

LiftMeeting makeAgreement(Database& db, qint64 referralId, const QDate& held) {
    LiftMeeting m;
    m.referralId = referralId;
    m.heldOn = held;
    m.place = QStringLiteral("Family home");
    m.attendees = {QStringLiteral("family"), QStringLiteral("mentor"), QStringLiteral("ssw")};
    m.supportAreas = {QStringLiteral("boundaries")};
    m.actionPlan = QStringLiteral("Tuesdays 4-6pm for six weeks");
    m.boundaries = QStringLiteral("Calls only to rearrange visits");
    m.hoursPerWeek = 4;
    m.reviewDue = held.addDays(42);
    REQUIRE(LiftRepository(db).saveMeeting(m).isOk());
    return m;
}

struct LinkedCase {
    Family family;
    Mentor mentor;
    LiftReferral referral;
};

LinkedCase linkedCase(Database& db, const QString& surname, const QDate& linkedOn) {
    const Worker ssw = test::makeWorker(db, QStringLiteral("Sefton Ward"), QStringLiteral("Fostering"),
                                        QStringLiteral("supervising_social_worker"));
    LinkedCase c{test::makeFamily(db, surname), makeMentor(db, ssw.id), {}};
    c.referral = makeReferral(db, c.family.id);
    REQUIRE(LiftRepository(db).linkMentor(c.referral.id, c.mentor.id, linkedOn).isOk());
    return c;
}

} // namespace

TEST_CASE("a LIFT referral is made from the family's LIFT tab, a missing aim shown beside the aims") {
    test::TestDatabase t;
    const Worker ccsw = test::makeWorker(t.db(), QStringLiteral("Cerys Holt"), QStringLiteral("Preston CSC"),
                                         QStringLiteral("social_worker"));
    const Family f = test::makeFamily(t.db(), QStringLiteral("Ashdown"));
    FamilyView view(t.db());
    view.showFamily(f.id);
    view.showTab(FamilyView::LiftTab);
    LiftPanel* panel = view.lift();
    CHECK(panel->referralCount() == 0);
    CHECK(child<QPushButton>(panel, "newLiftReferral")->isEnabled());
    CHECK_FALSE(child<QPushButton>(panel, "editLiftReferral")->isEnabled());

    bool seen = false;
    QString missing, summary, aimError, legalOrderError;
    bool legalOrderShownForAim2 = false, legalOrderHiddenOtherwise = false;
    test::whenDialogOpens<LiftReferralDialog>(
        [&](LiftReferralDialog* d) {
            missing = d->missingDetailsWarning();
            summary = child<QLabel>(d, "familySummary")->text();
            auto* source = child<QComboBox>(d, "referralSource");
            source->setCurrentIndex(source->findData(QStringLiteral("social_care")));
            child<QPlainTextEdit>(d, "referralReason")
                ->setPlainText(QStringLiteral("Evenings at home have broken down; mother asking for help"));
            child<QCheckBox>(d, "boundaries")->setChecked(true);
            child<QLineEdit>(d, "locality")->setText(QStringLiteral("Preston"));
            auto* decision = child<QComboBox>(d, "decision");
            decision->setCurrentIndex(decision->findData(QStringLiteral("appropriate")));
            child<QLineEdit>(d, "riskAssessedOn")->setText(QStringLiteral("10/11/2026"));
            auto* ccswBox = child<QComboBox>(d, "ccswWorker");
            ccswBox->setCurrentIndex(ccswBox->findData(ccsw.id));
            child<QCheckBox>(d, "familyWishesToTakePart")->setChecked(true);
            clickSave(d); // no aim chosen
            aimError = errorText(d, "aim");
            // Aim 2 asks for the legal order; the other aims do not show it.
            child<QRadioButton>(d, "aim_post_adoption")->setChecked(true);
            legalOrderShownForAim2 = child<QComboBox>(d, "legalOrder")->isVisibleTo(d);
            clickSave(d);
            legalOrderError = errorText(d, "legalOrder");
            child<QRadioButton>(d, "aim_cin_prevent_care")->setChecked(true);
            legalOrderHiddenOtherwise = !child<QComboBox>(d, "legalOrder")->isVisibleTo(d);
            clickSave(d);
            if (d->isVisible())
                d->reject();
        },
        &seen);
    panel->newReferral();
    REQUIRE(seen);
    // The family record has the child's name and date of birth but no address or SU number.
    CHECK(summary.contains(QStringLiteral("Tobin Ashdown")));
    CHECK(summary.contains(QStringLiteral("14/03/2016")));
    CHECK(missing.contains(QStringLiteral("the address")));
    CHECK(missing.contains(QStringLiteral("SU number")));
    CHECK_FALSE(missing.contains(QStringLiteral("the child's date of birth")));
    CHECK(aimError.contains(QStringLiteral("5 project aims")));
    CHECK(legalOrderShownForAim2);
    CHECK(legalOrderError.contains(QStringLiteral("legal order")));
    CHECK(legalOrderHiddenOtherwise);

    REQUIRE(panel->referralCount() == 1);
    const auto r = panel->selectedReferral();
    REQUIRE(r);
    CHECK(r->aim == QStringLiteral("cin_prevent_care"));
    CHECK(r->decision == QStringLiteral("appropriate"));
    CHECK(r->riskAssessedOn == QDate(2026, 11, 10));
    CHECK(r->ccswWorkerId == ccsw.id);
    CHECK(r->familyWishesToTakePart);
    CHECK(r->supportNeeded == QStringList{QStringLiteral("boundaries")});
    CHECK(r->legalOrder.isEmpty());
    const auto inv = InvolvementRepository(t.db()).get(r->involvementId);
    REQUIRE(inv);
    CHECK(inv->service == QStringLiteral("lift_mentoring"));
    CHECK(inv->referralDate == test::fixedToday());
    CHECK(inv->referralReason.startsWith(QStringLiteral("Evenings at home")));
    // No mentor yet: the coordinator links one; the agreement, review and finance forms wait.
    CHECK(panel->mentorText().contains(QStringLiteral("No mentor linked yet")));
    CHECK(child<QPushButton>(panel, "editLiftReferral")->isEnabled());
    CHECK_FALSE(child<QPushButton>(panel, "agreementMeeting")->isEnabled());
    CHECK_FALSE(child<QPushButton>(panel, "reviewMeeting")->isEnabled());
    CHECK_FALSE(child<QPushButton>(panel, "closureSummary")->isEnabled());
    CHECK_FALSE(child<QPushButton>(panel, "newFinanceForm")->isEnabled());
}

TEST_CASE("the LIFT agreement form refuses 10 hours without a reason beside the field, then saves") {
    test::TestDatabase t;
    const LinkedCase c = linkedCase(t.db(), QStringLiteral("Brindle"), QDate(2026, 11, 2));
    LiftPanel panel(t.db());
    panel.showFamily(c.family.id);
    CHECK(panel.mentorText().contains(QStringLiteral("Morwenna Tillotson")));
    REQUIRE(child<QPushButton>(&panel, "agreementMeeting")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&panel, "reviewMeeting")->isEnabled());

    bool seen = false;
    QString warning, reasonError;
    QStringList notesBefore;
    bool stayedOpen = false;
    test::whenDialogOpens<LiftMeetingDialog>(
        [&](LiftMeetingDialog* d) {
            child<QLineEdit>(d, "heldOn")->setText(QStringLiteral("12/11/2026"));
            child<QPlainTextEdit>(d, "actionPlan")
                ->setPlainText(QStringLiteral("Mondays and Thursdays 3:30-8pm, bedtime routine"));
            child<QPlainTextEdit>(d, "boundaries")
                ->setPlainText(QStringLiteral("Calls only to rearrange or cancel visits"));
            child<QPlainTextEdit>(d, "risksToMentor")->setPlainText(QStringLiteral("None known"));
            child<QDoubleSpinBox>(d, "hoursPerWeek")->setValue(10);
            warning = d->hoursWarning();
            child<QLineEdit>(d, "reviewDue")->setText(QStringLiteral("07/01/2027"));
            notesBefore = d->notes();
            clickSave(d);
            stayedOpen = d->isVisible();
            reasonError = errorText(d, "hoursReason");
            child<QPlainTextEdit>(d, "hoursReason")
                ->setPlainText(QStringLiteral("Two evenings a week until the bedtime routine settles"));
            child<QCheckBox>(d, "caseNoteAdded")->setChecked(true);
            clickSave(d);
            if (d->isVisible())
                d->reject();
        },
        &seen);
    panel.agreementMeeting();
    REQUIRE(seen);
    CHECK(warning.contains(QStringLiteral("8-hour guide")));
    CHECK(stayedOpen);
    CHECK(reasonError.contains(QStringLiteral("above the 8-hour guide")));
    CHECK(notesBefore.join(QLatin1Char(' ')).contains(QStringLiteral("case note on LCS")));

    const std::vector<LiftMeeting> meetings = LiftRepository(t.db()).meetingsFor(c.referral.id);
    REQUIRE(meetings.size() == 1);
    const LiftMeeting& m = meetings.front();
    CHECK(m.kind == QStringLiteral("agreement"));
    CHECK(m.heldOn == QDate(2026, 11, 12));
    CHECK(m.hoursPerWeek == 10);
    CHECK(m.hoursReason.startsWith(QStringLiteral("Two evenings")));
    CHECK(m.reviewDue == QDate(2027, 1, 7));
    CHECK(m.caseNoteAdded);
    CHECK(m.atFamilyHome);
    CHECK(m.supportAreas ==
          QStringList{QStringLiteral("day_respite"), QStringLiteral("boundaries")}); // the referral's
    CHECK(m.attendees.contains(QStringLiteral("mentor")));
    bool scheduled = false;
    for (const RecordedEvent& e : CaseEventRepository(t.db()).forFamily(c.family.id))
        scheduled =
            scheduled || (e.kind == QStringLiteral("lift_review_scheduled") && e.date == QDate(2027, 1, 7));
    CHECK(scheduled);
    CHECK(child<QTableWidget>(&panel, "liftMeetings")->rowCount() == 1);
    REQUIRE(child<QPushButton>(&panel, "reviewMeeting")->isEnabled());

    // The agreement prints for the family's folder: a real PDF; the form names the hours' reason.
    child<QTableWidget>(&panel, "liftMeetings")->selectRow(0);
    CHECK(child<QPushButton>(&panel, "printMeeting")->isEnabled());
    QTemporaryDir out;
    const QString pdfPath = out.filePath(QStringLiteral("agreement.pdf"));
    REQUIRE(panel.printTo(QStringLiteral("agreement"), m.id, pdfPath).isOk());
    QFile pdf(pdfPath);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));

    // A review starts from the agreed plan and asks how it has gone.
    seen = false;
    double hours = 0;
    QString plan;
    bool progressShown = false;
    test::whenDialogOpens<LiftMeetingDialog>(
        [&](LiftMeetingDialog* d) {
            hours = child<QDoubleSpinBox>(d, "hoursPerWeek")->value();
            plan = child<QPlainTextEdit>(d, "actionPlan")->toPlainText();
            progressShown = child<QPlainTextEdit>(d, "progress")->isVisibleTo(d);
            d->reject();
        },
        &seen);
    panel.reviewMeeting();
    REQUIRE(seen);
    CHECK(hours == 10);
    CHECK(plan.startsWith(QStringLiteral("Mondays and Thursdays")));
    CHECK(progressShown);
}

TEST_CASE("the LIFT closure summary shows the length of involvement and when the follow-up is due") {
    test::TestDatabase t;
    const LinkedCase c = linkedCase(t.db(), QStringLiteral("Corless"), QDate(2026, 9, 1));
    makeAgreement(t.db(), c.referral.id, QDate(2026, 9, 8));
    LiftPanel panel(t.db());
    panel.showFamily(c.family.id);
    REQUIRE(child<QPushButton>(&panel, "closureSummary")->isEnabled());

    bool seen = false, followUpEnabled = true;
    QString length, due, achievedError, aim;
    test::whenDialogOpens<LiftClosureDialog>(
        [&](LiftClosureDialog* d) {
            aim = child<QComboBox>(d, "aim")->currentData().toString();
            child<QLineEdit>(d, "closedOn")->setText(QStringLiteral("13/11/2026"));
            length = d->lengthText();
            due = d->followUpText();
            followUpEnabled = child<QComboBox>(d, "careFollowUp")->isEnabled();
            child<QPlainTextEdit>(d, "reason")
                ->setPlainText(QStringLiteral("Routines in place; no request for care since September"));
            clickSave(d);
            achievedError = errorText(d, "aimAchieved");
            child<QRadioButton>(d, "achievedYes")->setChecked(true);
            clickSave(d);
            if (d->isVisible())
                d->reject();
        },
        &seen);
    panel.closureSummary();
    REQUIRE(seen);
    CHECK(aim == QStringLiteral("cin_prevent_care")); // the referral's aim
    CHECK(length.startsWith(QStringLiteral("10 weeks 3 days")));
    CHECK(due.contains(QStringLiteral("13/11/2027")));
    CHECK_FALSE(followUpEnabled); // a year has not passed
    CHECK(achievedError.contains(QStringLiteral("achieved")));

    const auto closure = LiftRepository(t.db()).closureFor(c.referral.id);
    REQUIRE(closure);
    CHECK(closure->closedOn == QDate(2026, 11, 13));
    CHECK(closure->aimAchieved);
    CHECK(closure->careFollowUp.isEmpty());
    CHECK_FALSE(LiftRepository(t.db()).currentLink(c.referral.id)); // the mentor's work ended
    CHECK(panel.closureText().contains(QStringLiteral("achieved")));
    CHECK(panel.closureText().contains(QStringLiteral("13/11/2027")));
    CHECK_FALSE(child<QPushButton>(&panel, "reviewMeeting")->isEnabled());
}

TEST_CASE("a LIFT finance form with two sessions shows its totals at the rates in force") {
    test::TestDatabase t;
    const LinkedCase c = linkedCase(t.db(), QStringLiteral("Dunmore"), QDate(2026, 9, 1));
    LiftPanel panel(t.db());
    panel.showFamily(c.family.id);
    REQUIRE(child<QPushButton>(&panel, "newFinanceForm")->isEnabled());

    bool seen = false;
    FinanceTotals totals;
    QString totalsText, sessionError, travelHint, mileageHint, mentor;
    test::whenDialogOpens<FinanceFormDialog>(
        [&](FinanceFormDialog* d) {
            mentor = child<QComboBox>(d, "mentor")->currentText();
            auto* month = child<QComboBox>(d, "month");
            month->setCurrentIndex(month->findData(QDate(2026, 10, 1)));
            d->addSession(QDate(2026, 10, 6), QStringLiteral("2:00"), true, QStringLiteral("Day respite"));
            child<QPushButton>(d, "addSession")->click();
            QTableWidget* table = d->sessionTable();
            table->item(1, FinanceFormDialog::DateColumn)->setText(QStringLiteral("13/10/2026"));
            table->item(1, FinanceFormDialog::HoursColumn)->setText(QStringLiteral("1.5"));
            child<QDoubleSpinBox>(d, "mileageMiles")->setValue(12);
            // A third row with hours that cannot be read is refused, named by its row.
            child<QPushButton>(d, "addSession")->click();
            table->item(2, FinanceFormDialog::DateColumn)->setText(QStringLiteral("20/10/2026"));
            table->item(2, FinanceFormDialog::HoursColumn)->setText(QStringLiteral("two"));
            clickSave(d);
            sessionError = errorText(d, "sessions");
            table->setCurrentCell(2, 0);
            child<QPushButton>(d, "removeSession")->click();
            totals = d->totals();
            totalsText = d->totalsText();
            travelHint = child<QLabel>(d, "travelHint")->text();
            mileageHint = child<QLabel>(d, "mileageHint")->text();
            clickSave(d);
            if (d->isVisible())
                d->reject();
        },
        &seen);
    panel.newFinanceForm();
    REQUIRE(seen);
    CHECK(mentor.startsWith(QStringLiteral("Morwenna Tillotson")));
    CHECK(sessionError.contains(QStringLiteral("Session 3")));
    CHECK(totals.minutes == 210);
    CHECK(totals.exemptPence == 2000);  // 2 hours at GBP 10, child accommodated
    CHECK(totals.taxablePence == 1500); // 1.5 hours, child at home
    CHECK(totals.mileagePence == 540);  // 12 miles at 45p, no deduction
    CHECK(totalsText.contains(QStringLiteral("Hours: 3:30")));
    CHECK(totalsText.contains(QStringLiteral("\u00a320.00")));
    CHECK(totalsText.contains(QStringLiteral("\u00a315.00")));
    CHECK(totalsText.contains(QStringLiteral("\u00a35.40")));
    CHECK(totalsText.contains(QStringLiteral("Total: \u00a340.40")));
    CHECK(travelHint.contains(QStringLiteral("travel time is not claimable")));
    CHECK(mileageHint.contains(QStringLiteral("no 3-mile deduction")));

    const std::vector<FinanceForm> forms = FinanceRepository(t.db()).formsForReferral(c.referral.id);
    REQUIRE(forms.size() == 1);
    const FinanceForm& f = forms.front();
    CHECK(f.month == QDate(2026, 10, 1));
    CHECK(f.mentorId == c.mentor.id);
    CHECK(f.mileageMiles == 12);
    REQUIRE(f.sessions.size() == 2);
    CHECK(f.sessions[0].minutes == 120);
    CHECK(f.sessions[0].childAccommodated);
    CHECK(f.sessions[1].minutes == 90);
    CHECK_FALSE(f.sessions[1].childAccommodated);
    auto* formTable = child<QTableWidget>(&panel, "financeForms");
    REQUIRE(formTable->rowCount() == 1);
    CHECK(formTable->item(0, 3)->text() == QStringLiteral("3:30"));
}

TEST_CASE("session hours are read as h:mm or decimal hours") {
    CHECK(parseSessionMinutes(QStringLiteral("1:30")) == 90);
    CHECK(parseSessionMinutes(QStringLiteral("1.5")) == 90);
    CHECK(parseSessionMinutes(QStringLiteral(" 2 ")) == 120);
    CHECK(parseSessionMinutes(QStringLiteral("0,25")) == 15);
    CHECK_FALSE(parseSessionMinutes(QStringLiteral("1:75")));
    CHECK_FALSE(parseSessionMinutes(QStringLiteral("two")));
    CHECK(formatPounds(4040) == QStringLiteral("\u00a340.40"));
    CHECK(formatMinutes(210) == QStringLiteral("3:30"));
}

// Pictures of each LIFT form, run by hand:
//   WAYMARK_SHOTS=/tmp/shots build/bin/waymark_ui_tests "[.screenshots]"
TEST_CASE("screenshots of the LIFT forms", "[.screenshots]") {
    const QString dir = qEnvironmentVariable("WAYMARK_SHOTS");
    REQUIRE_FALSE(dir.isEmpty());
    QDir().mkpath(dir);
    auto save = [&dir](QWidget* w, const QString& name) {
        QTest::qWait(50);
        REQUIRE(w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    };
    test::TestDatabase t;
    const LinkedCase c = linkedCase(t.db(), QStringLiteral("Ellery"), QDate(2026, 9, 1));
    const LiftMeeting agreed = makeAgreement(t.db(), c.referral.id, QDate(2026, 9, 8));

    LiftReferralDialog referral(t.db(), c.family.id);
    referral.show();
    referral.accept(); // nothing chosen: the messages beside the fields
    save(&referral, QStringLiteral("lift-referral-errors"));
    referral.load(c.referral);
    child<QRadioButton>(&referral, "aim_post_adoption")->setChecked(true);
    save(&referral, QStringLiteral("lift-referral-aim2"));

    LiftMeetingDialog agreement(t.db(), c.referral);
    agreement.startNew(QStringLiteral("agreement"));
    agreement.show();
    child<QDoubleSpinBox>(&agreement, "hoursPerWeek")->setValue(10);
    child<QCheckBox>(&agreement, "mustNotifyCcswIro")->setChecked(true);
    agreement.accept();
    save(&agreement, QStringLiteral("lift-agreement-errors"));

    LiftMeetingDialog review(t.db(), c.referral);
    review.startNew(QStringLiteral("review"), agreed);
    review.show();
    save(&review, QStringLiteral("lift-review"));

    LiftClosureDialog closure(t.db(), c.referral);
    closure.show();
    save(&closure, QStringLiteral("lift-closure"));

    FinanceFormDialog finance(t.db(), c.referral);
    finance.show();
    auto* month = child<QComboBox>(&finance, "month");
    month->setCurrentIndex(month->findData(QDate(2026, 10, 1)));
    finance.addSession(QDate(2026, 10, 6), QStringLiteral("2:00"), true, QStringLiteral("Day respite"));
    finance.addSession(QDate(2026, 10, 13), QStringLiteral("1.5"), false);
    child<QDoubleSpinBox>(&finance, "mileageMiles")->setValue(12);
    save(&finance, QStringLiteral("lift-finance"));

    FamilyView view(t.db());
    view.resize(1366, 700);
    view.show();
    view.showFamily(c.family.id);
    view.showTab(FamilyView::LiftTab);
    save(&view, QStringLiteral("lift-tab"));
}
