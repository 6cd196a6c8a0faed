#include "demo/demodata.h"
#include "lift/financerepository.h"
#include "lift/liftratespanel.h"
#include "lift/liftrepository.h"
#include "lift/liftwindow.h"
#include "lift/mentordialog.h"
#include "lift/mentorrepository.h"
#include "lift/supportcatalogueview.h"
#include "print/liftprint.h"
#include "storage/familyrepository.h"
#include "support/screenshot.h"
#include "support/testdatabase.h"
#include "widgets/datefield.h"
#include "widgets/vocabularycombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

Mentor savedMentor(Database& db, const QString& name, const QString& postcode, double hours, qint64 ssw) {
    Mentor m;
    m.name = name;
    m.address.postcode = postcode;
    m.address.town = QStringLiteral("Preston");
    m.supportOffered = {QStringLiteral("boundaries"), QStringLiteral("routines_organisation")};
    m.hoursPerWeek = hours;
    m.sswWorkerId = ssw;
    REQUIRE(MentorRepository(db).save(m).isOk());
    return m;
}

LiftReferral waitingReferral(Database& db, const QString& surname, const QDate& referred) {
    Family f = test::makeFamily(db, surname);
    f.address.postcode = QStringLiteral("PR1 4AA");
    REQUIRE(FamilyRepository(db).save(f).isOk());
    Involvement inv;
    inv.familyId = f.id;
    inv.referralDate = referred;
    inv.status = QStringLiteral("referred");
    LiftReferral r;
    r.aim = QStringLiteral("cin_prevent_care");
    r.decision = QStringLiteral("appropriate");
    r.riskAssessedOn = referred.addDays(1);
    r.familyWishesToTakePart = true;
    r.supportNeeded = {QStringLiteral("boundaries")};
    r.locality = QStringLiteral("Preston");
    REQUIRE(LiftRepository(db).startReferral(inv, r).isOk());
    return r;
}

} // namespace

TEST_CASE("LIFT coordinator screen: waiting referrals oldest first, ranked mentors, link from the screen",
          "[lift]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Worker ssw = test::makeWorker(db, QStringLiteral("Sam Supervisor"), QStringLiteral("Fostering"),
                                        QStringLiteral("supervising_social_worker"));
    const Worker coordinator = test::makeWorker(db, QStringLiteral("Cora Coordinator"),
                                                QStringLiteral("LIFT"), QStringLiteral("coordinator"));
    savedMentor(db, QStringLiteral("Far Mentor"), QStringLiteral("LA1 1AA"), 8, ssw.id);
    const Mentor near = savedMentor(db, QStringLiteral("Near Mentor"), QStringLiteral("PR2 1AA"), 8, ssw.id);
    const LiftReferral newer = waitingReferral(db, QStringLiteral("Newer"), QDate(2026, 11, 1));
    const LiftReferral older = waitingReferral(db, QStringLiteral("Older"), QDate(2026, 10, 1));
    t.signInAs(coordinator);

    LiftWindow window(db);
    window.resize(1300, 700);
    window.show();
    QTreeWidget* waiting = window.waitingList();
    REQUIRE(waiting->topLevelItemCount() == 2);
    CHECK(waiting->topLevelItem(0)->text(0) == QStringLiteral("Older family"));
    CHECK(waiting->topLevelItem(0)->text(5).contains(QStringLiteral("weeks")));
    // The oldest is chosen first, and its mentors are ranked with their reasons underneath.
    QTreeWidget* matches = window.matchList();
    REQUIRE(matches->topLevelItemCount() == 2);
    CHECK(matches->topLevelItem(0)->text(0) == QStringLiteral("Near Mentor"));
    CHECK(matches->topLevelItem(0)->childCount() >= 3);
    QStringList reasons;
    for (int i = 0; i < matches->topLevelItem(0)->childCount(); ++i)
        reasons << matches->topLevelItem(0)->child(i)->text(0);
    CHECK(reasons.join(QLatin1Char('|')).contains(QStringLiteral("Offers all the support needed")));
    test::saveScreenshot(&window, QStringLiteral("lift-coordinator"));

    // The team-brief agenda names both waiting families and the suggested mentor, as a real PDF.
    QTemporaryDir out;
    const QString agenda = out.filePath(QStringLiteral("brief.pdf"));
    REQUIRE(window.printTeamBriefTo(agenda).isOk());
    QFile pdf(agenda);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
    auto html = liftPrintout(db, QStringLiteral("team-brief"), 0, QStringLiteral("Cora"));
    REQUIRE(html.isOk());
    CHECK(html->html.contains(QStringLiteral("Older family")));
    CHECK(html->html.contains(QStringLiteral("Near Mentor")));

    // A date in the future is refused with the reason on the screen; nothing is linked.
    matches->setCurrentItem(matches->topLevelItem(0));
    REQUIRE(window.linkButton()->isEnabled());
    window.linkDate()->setText(QStringLiteral("01/01/2099"));
    window.linkButton()->click();
    CHECK(window.status()->text().contains(QStringLiteral("not in the future")));
    CHECK_FALSE(LiftRepository(db).currentLink(older.id).has_value());

    window.linkDate()->setText(QStringLiteral("05/10/2026"));
    matches->setCurrentItem(matches->topLevelItem(0));
    window.linkButton()->click();
    CHECK(window.status()->text().contains(QStringLiteral("Near Mentor linked with Older family")));
    const auto link = LiftRepository(db).currentLink(older.id);
    REQUIRE(link.has_value());
    CHECK(link->mentorId == near.id);
    CHECK(link->linkedOn == QDate(2026, 10, 5));
    // The linked referral leaves the list; the mentor's record shows the family.
    REQUIRE(waiting->topLevelItemCount() == 1);
    CHECK(waiting->topLevelItem(0)->data(0, Qt::UserRole).toLongLong() == newer.id);
    QTreeWidget* mentors = window.mentorList();
    REQUIRE(mentors->topLevelItemCount() == 2);
    bool found = false;
    for (int i = 0; i < mentors->topLevelItemCount(); ++i)
        if (mentors->topLevelItem(i)->text(0) == QStringLiteral("Near Mentor")) {
            found = true;
            CHECK(mentors->topLevelItem(i)->text(5) == QStringLiteral("1"));
        }
    CHECK(found);
    // Working with a mentor now: ending the link needs a reason, then puts the referral back.
    window.tabs()->setCurrentIndex(1);
    QTreeWidget* linked = window.linkedList();
    REQUIRE(linked->topLevelItemCount() == 1);
    CHECK(linked->topLevelItem(0)->text(3) == QStringLiteral("still to hold"));
    test::saveScreenshot(&window, QStringLiteral("lift-linked"));
    linked->setCurrentItem(linked->topLevelItem(0));
    window.unlinkDate()->setText(QStringLiteral("20/10/2026"));
    window.unlinkButton()->click();
    CHECK(window.status()->text().contains(QStringLiteral("Say why")));
    CHECK(LiftRepository(db).currentLink(older.id).has_value());
    window.unlinkReason()->setText(QStringLiteral("Mentor moving away"));
    window.unlinkButton()->click();
    CHECK(window.status()->text().contains(QStringLiteral("back on the waiting list")));
    CHECK_FALSE(LiftRepository(db).currentLink(older.id).has_value());
    CHECK(linked->topLevelItemCount() == 0);
    CHECK(waiting->topLevelItemCount() == 2);
    window.tabs()->setCurrentIndex(3);
    test::saveScreenshot(&window, QStringLiteral("lift-mentors"));
    window.tabs()->setCurrentIndex(5);
    test::saveScreenshot(&window, QStringLiteral("lift-support-catalogue"));
}

TEST_CASE("LIFT mentor dialog: the code word is shown to the mentor's SSW on request, hidden from others",
          "[lift]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Worker ssw = test::makeWorker(db, QStringLiteral("Sam Supervisor"), QStringLiteral("Fostering"),
                                        QStringLiteral("supervising_social_worker"));
    const Worker other = test::makeWorker(db, QStringLiteral("Olly Other"), QStringLiteral("Fostering"),
                                          QStringLiteral("supervising_social_worker"));
    t.signInAs(ssw);

    // A new mentor with a code word, saved together.
    {
        MentorDialog dialog(db);
        dialog.show();
        dialog.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("Morgan Mentor"));
        auto* sswBox = dialog.findChild<QComboBox*>(QStringLiteral("ssw"));
        sswBox->setCurrentIndex(sswBox->findData(ssw.id));
        dialog.findChild<QDoubleSpinBox*>(QStringLiteral("hoursPerWeek"))->setValue(6);
        dialog.findChild<QWidget*>(QStringLiteral("supportOffered"))
            ->findChild<QCheckBox*>(QStringLiteral("day_respite"))
            ->setChecked(true);
        dialog.findChild<QLineEdit*>(QStringLiteral("buddyPhone"))->setText(QStringLiteral("not a phone"));
        REQUIRE(dialog.codeWordField()->isVisible());
        dialog.codeWordField()->setText(QStringLiteral("heron"));
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted); // the buddy's phone is refused
        CHECK(MentorRepository(db).all().empty());
        dialog.findChild<QLineEdit*>(QStringLiteral("buddyPhone"))->setText(QStringLiteral("07700 900123"));
        test::saveScreenshot(&dialog, QStringLiteral("lift-mentor-dialog"));
        dialog.accept();
        REQUIRE(dialog.result() == QDialog::Accepted);
    }
    const std::vector<Mentor> all = MentorRepository(db).all();
    REQUIRE(all.size() == 1);
    CHECK(all[0].supportOffered == QStringList{QStringLiteral("day_respite")});
    CHECK(*MentorRepository(db).codeWord(all[0].id) == QStringLiteral("heron"));

    // Reopened by the SSW: hidden until "Show", then shown.
    {
        MentorDialog dialog(db);
        dialog.load(all[0]);
        dialog.show();
        CHECK(dialog.codeWordField()->text().isEmpty());
        REQUIRE(dialog.showCodeWordButton()->isVisible());
        dialog.showCodeWordButton()->click();
        CHECK(dialog.codeWordField()->text() == QStringLiteral("heron"));
    }
    // Another SSW: no field, no button, and the note says why.
    t.signInAs(other);
    {
        MentorDialog dialog(db);
        dialog.load(all[0]);
        dialog.show();
        CHECK_FALSE(dialog.codeWordField()->isVisible());
        CHECK_FALSE(dialog.showCodeWordButton()->isVisible());
        CHECK(dialog.codeWordNote()->text().contains(
            QStringLiteral("Only the mentor's supervising social worker")));
        // Saving other changes keeps the word.
        dialog.findChild<QDoubleSpinBox*>(QStringLiteral("hoursPerWeek"))->setValue(4);
        dialog.accept();
        REQUIRE(dialog.result() == QDialog::Accepted);
    }
    t.signInAs(ssw);
    CHECK(*MentorRepository(db).codeWord(all[0].id) == QStringLiteral("heron"));
    CHECK(MentorRepository(db).get(all[0].id)->hoursPerWeek == 4);
}

TEST_CASE("adoption and SGO support catalogue: special guardians see only the services offered to them",
          "[lift]") {
    SupportCatalogueView view;
    view.setLegalOrder(QStringLiteral("adoption_order"));
    const int adoption = view.table()->topLevelItemCount();
    view.setLegalOrder(QStringLiteral("special_guardianship_order"));
    const int sgo = view.table()->topLevelItemCount();
    CHECK(adoption > sgo);
    CHECK(sgo > 10);
    bool allowances = false;
    for (int i = 0; i < sgo; ++i)
        if (view.table()->topLevelItem(i)->text(0).contains(QStringLiteral("allowances"))) {
            allowances = true;
            CHECK(view.table()->topLevelItem(i)->text(1) == QStringLiteral("Local authority"));
        }
    CHECK(allowances);
}

TEST_CASE("LIFT coordinator screen: months of work with no finance form are listed as overdue", "[lift]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Worker ssw = test::makeWorker(db, QStringLiteral("Sam Supervisor"), QStringLiteral("Fostering"),
                                        QStringLiteral("supervising_social_worker"));
    const Mentor mentor =
        savedMentor(db, QStringLiteral("Near Mentor"), QStringLiteral("PR2 1AA"), 8, ssw.id);
    const LiftReferral r = waitingReferral(db, QStringLiteral("Formless"), QDate(2026, 7, 20));
    LiftRepository lift(db);
    REQUIRE(lift.linkMentor(r.id, mentor.id, QDate(2026, 8, 3)).isOk());
    LiftMeeting m;
    m.referralId = r.id;
    m.heldOn = QDate(2026, 8, 10);
    m.place = QStringLiteral("Family home");
    m.attendees = {QStringLiteral("family"), QStringLiteral("mentor"), QStringLiteral("ssw")};
    m.supportAreas = {QStringLiteral("boundaries")};
    m.actionPlan = QStringLiteral("Weekly");
    m.boundaries = QStringLiteral("Agreed");
    m.hoursPerWeek = 4;
    m.reviewDue = QDate(2026, 12, 1);
    REQUIRE(lift.saveMeeting(m).isOk());
    FinanceForm september;
    september.referralId = r.id;
    september.mentorId = mentor.id;
    september.month = QDate(2026, 9, 1);
    september.status = QStringLiteral("submitted");
    september.submittedOn = QDate(2026, 10, 2);
    september.sessions = {{0, QDate(2026, 9, 8), 120, false, QString()}};
    REQUIRE(FinanceRepository(db).saveForm(september).isOk());

    LiftWindow window(db);
    QTreeWidget* overdue = window.overdueFormsList();
    // Today is 20 November 2026: August and October are complete months with no form.
    REQUIRE(overdue->topLevelItemCount() == 2);
    CHECK(overdue->topLevelItem(0)->text(0) == QStringLiteral("Formless family"));
    CHECK(overdue->topLevelItem(0)->text(1).contains(QStringLiteral("2026")));
    CHECK(window.tabs()->tabText(2).contains(QStringLiteral("(2)")));
}

// WAYMARK_SHOTS=/tmp/shots build/bin/waymark_ui_tests "[.screenshots]": the LIFT screens on demo data.
TEST_CASE("screenshots of the LIFT screens on demo data", "[.screenshots]") {
    REQUIRE_FALSE(qEnvironmentVariable("WAYMARK_SHOTS").isEmpty());
    test::TestDatabase t;
    DemoOptions options;
    options.families = 400;
    REQUIRE(generateDemoData(t.db(), options).isOk());
    LiftWindow window(t.db());
    window.resize(1366, 720);
    window.show();
    for (int tab = 0; tab < window.tabs()->count(); ++tab) {
        window.tabs()->setCurrentIndex(tab);
        test::saveScreenshot(&window, QStringLiteral("demo-lift-tab%1").arg(tab));
    }
}

TEST_CASE("LIFT rates: a coordinator adds a rate from a date, others see the rates only", "[lift]") {
    CHECK(penceFromText(QStringLiteral("10.5")) == 1050);
    CHECK(penceFromText(QStringLiteral("£11.00")) == 1100);
    CHECK(penceFromText(QStringLiteral("0.45")) == 45);
    CHECK_FALSE(penceFromText(QStringLiteral("ten pounds")).has_value());
    CHECK_FALSE(penceFromText(QStringLiteral("10.555")).has_value());

    test::TestDatabase t;
    Database& db = t.db();
    const Worker coordinator = test::makeWorker(db, QStringLiteral("Cora Coordinator"),
                                                QStringLiteral("LIFT"), QStringLiteral("coordinator"));
    const Worker ssw = test::makeWorker(db, QStringLiteral("Sam Supervisor"), QStringLiteral("Fostering"),
                                        QStringLiteral("supervising_social_worker"));
    t.signInAs(coordinator);
    LiftWindow window(db);
    LiftRatesPanel* rates = window.ratesPanel();
    REQUIRE(rates->rates()->topLevelItemCount() == 3); // the procedure's defaults
    rates->kind()->setCode(QStringLiteral("hourly"));
    rates->from()->setText(QStringLiteral("01/04/2026"));
    rates->amount()->setText(QStringLiteral("ten"));
    CHECK_FALSE(rates->addRate());
    CHECK(rates->status()->text().contains(QStringLiteral("pounds and pence")));
    rates->amount()->setText(QStringLiteral("10.50"));
    REQUIRE(rates->addRate());
    CHECK(rates->rates()->topLevelItemCount() == 4);
    CHECK(FinanceRepository(db).rateOn(QStringLiteral("hourly"), QDate(2026, 4, 1))->pence == 1050);
    CHECK(FinanceRepository(db).rateOn(QStringLiteral("hourly"), QDate(2026, 3, 31))->pence == 1000);

    t.signInAs(ssw);
    LiftRatesPanel readOnly(db);
    CHECK_FALSE(readOnly.amount()->isEnabled());
    CHECK(readOnly.rates()->topLevelItemCount() == 4);
}
