#include "deadlines/deadlinepanel.h"
#include "deadlines/deadlinetable.h"
#include "deadlines/extensiondialog.h"
#include "deadlines/mydeadlineswindow.h"
#include "deadlines/recordeventdialog.h"
#include "deadlines/rule.h"
#include "family/chronologywidget.h"
#include "family/familyview.h"
#include "mainwindow.h"
#include "storage/involvementrepository.h"
#include "support/testdatabase.h"
#include "ui/dialogdriver.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

// A targeted Early Help case (the test clock's today is 20 November 2026).
Involvement openTargetedCase(Database& db, qint64 familyId, qint64 workerId) {
    Involvement inv;
    inv.familyId = familyId;
    inv.service = QStringLiteral("early_help_targeted");
    inv.referralDate = QDate(2026, 9, 1);
    inv.status = QStringLiteral("open");
    inv.openedOn = QDate(2026, 9, 7);
    inv.allocatedWorkerId = workerId;
    REQUIRE(InvolvementRepository(db).save(inv).isOk());
    return inv;
}

void recordPlan(MainWindow& window, const QDate& date) {
    bool seen = false;
    test::whenDialogOpens<RecordEventDialog>(
        [date](RecordEventDialog* d) {
            auto* kind = d->findChild<QComboBox*>(QStringLiteral("eventKind"));
            kind->setCurrentIndex(kind->findData(QStringLiteral("eh_plan")));
            d->findChild<QLineEdit*>(QStringLiteral("eventDate"))
                ->setText(date.toString(QStringLiteral("dd/MM/yyyy")));
            d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        },
        &seen);
    window.familyView()->deadlines()->recordEvent();
    REQUIRE(seen);
}

const CaseDeadline* findRule(const DeadlineTable* table, const char* id) {
    for (const CaseDeadline& d : table->deadlines())
        if (d.deadline.rule && d.deadline.rule->id == QLatin1String(id))
            return &d;
    return nullptr;
}

} // namespace

TEST_CASE("recording a plan in the family's deadline tab dates the next review, explained") {
    test::TestDatabase t;
    const Worker fsw = test::makeWorker(t.db(), QStringLiteral("Iris Lowther"), QStringLiteral("Charnwood"));
    const Family f = test::makeFamily(t.db(), QStringLiteral("Ormsby"));
    openTargetedCase(t.db(), f.id, fsw.id);
    MainWindow window(t.shared());
    window.show();
    t.signInAs(fsw);
    window.reloadAccount();
    window.openFamilyById(f.id);
    window.familyView()->showTab(FamilyView::DeadlinesTab);

    recordPlan(window, QDate(2026, 11, 10));
    const CaseDeadline* review = findRule(window.familyView()->deadlines()->table(), "eh.review");
    REQUIRE(review);
    CHECK(review->deadline.due.date == QDate(2026, 12, 22)); // 6 weeks after 10 November
    CHECK(review->deadline.status == DeadlineStatus::Upcoming);
    CHECK(review->explanation.contains(QStringLiteral("2026-11-10")));

    // A date in the future is refused in the dialog, which stays open with the message.
    bool seen = false;
    QString message;
    test::whenDialogOpens<RecordEventDialog>(
        [&message](RecordEventDialog* d) {
            auto* kind = d->findChild<QComboBox*>(QStringLiteral("eventKind"));
            kind->setCurrentIndex(kind->findData(QStringLiteral("eh_review")));
            d->findChild<QLineEdit*>(QStringLiteral("eventDate"))->setText(QStringLiteral("01/12/2026"));
            d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
            message = d->findChild<QLabel*>(QStringLiteral("dateError"))->text();
            d->reject();
        },
        &seen);
    window.familyView()->deadlines()->recordEvent();
    REQUIRE(seen);
    CHECK(message.contains(QStringLiteral("future")));
}

TEST_CASE("only a team manager can extend a deadline, and the reason is kept and shown") {
    test::TestDatabase t;
    const Worker fsw = test::makeWorker(t.db(), QStringLiteral("Iris Lowther"), QStringLiteral("Charnwood"));
    const Worker manager = test::makeWorker(t.db(), QStringLiteral("Bertram Oakes"),
                                            QStringLiteral("Charnwood"), QStringLiteral("team_manager"));
    const Family f = test::makeFamily(t.db(), QStringLiteral("Pelham"));
    openTargetedCase(t.db(), f.id, fsw.id);
    MainWindow window(t.shared());
    window.show();
    t.signInAs(fsw);
    window.reloadAccount();
    window.openFamilyById(f.id);
    recordPlan(window, QDate(2026, 9, 14)); // review due 26 October: overdue now
    DeadlinePanel* panel = window.familyView()->deadlines();
    auto* extend = panel->findChild<QPushButton*>(QStringLiteral("grantExtension"));
    const CaseDeadline* review = findRule(panel->table(), "eh.review");
    REQUIRE(review);
    CHECK(review->deadline.status == DeadlineStatus::Overdue);
    CHECK_FALSE(extend->isEnabled()); // a family support worker cannot

    t.signInAs(manager);

    window.reloadAccount();
    REQUIRE(extend->isEnabled());
    bool seen = false;
    test::whenDialogOpens<ExtensionDialog>(
        [](ExtensionDialog* d) {
            d->findChild<QLineEdit*>(QStringLiteral("newDue"))->setText(QStringLiteral("04/12/2026"));
            d->findChild<QPlainTextEdit*>(QStringLiteral("reason"))
                ->setPlainText(QStringLiteral("Family bereavement"));
            d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        },
        &seen);
    panel->grantExtension();
    REQUIRE(seen);
    review = findRule(panel->table(), "eh.review");
    REQUIRE(review);
    CHECK(review->deadline.due.date == QDate(2026, 12, 4));
    CHECK(review->deadline.status == DeadlineStatus::Upcoming);
    CHECK(review->explanation.contains(QStringLiteral("Family bereavement")));
}

TEST_CASE("overdue deadlines are announced at start-up and My deadlines opens the case") {
    test::TestDatabase t;
    const Worker fsw = test::makeWorker(t.db(), QStringLiteral("Iris Lowther"), QStringLiteral("Charnwood"));
    const Family f = test::makeFamily(t.db(), QStringLiteral("Quarles"));
    const Family other = test::makeFamily(t.db(), QStringLiteral("Rudge"));
    openTargetedCase(t.db(), f.id, fsw.id);
    {
        MainWindow first(t.shared());
        first.show();
        t.signInAs(fsw);
        first.reloadAccount();
        first.openFamilyById(f.id);
        recordPlan(first, QDate(2026, 9, 14));
    }
    MainWindow window(t.shared());
    window.show();
    t.signInAs(fsw);
    window.reloadAccount();
    CHECK(window.overdueAnnouncement().contains(QStringLiteral("overdue")));

    window.openFamilyById(other.id);
    window.showMyDeadlines();
    MyDeadlinesWindow* mine = window.myDeadlines();
    REQUIRE(mine->isVisible());
    CHECK(mine->overdueCount() >= 1);
    DeadlineTable* table = mine->table();
    REQUIRE(table->topLevelItemCount() >= 1);
    QTreeWidgetItem* overdueGroup = table->topLevelItem(0);
    CHECK(overdueGroup->text(0).startsWith(QStringLiteral("Overdue")));
    REQUIRE(overdueGroup->childCount() >= 1);
    CHECK(overdueGroup->child(0)->text(0) == QStringLiteral("Overdue")); // status in words
    CHECK(overdueGroup->child(0)->text(3) == QStringLiteral("Quarles family"));
    table->setCurrentItem(overdueGroup->child(0));
    emit table->itemActivated(overdueGroup->child(0), 0);
    CHECK(window.familyView()->familyId() == f.id);
}

TEST_CASE("a recorded event appears in the chronology and removing it removes its deadlines") {
    test::TestDatabase t;
    const Worker fsw = test::makeWorker(t.db(), QStringLiteral("Iris Lowther"), QStringLiteral("Charnwood"));
    const Family f = test::makeFamily(t.db(), QStringLiteral("Stanier"));
    openTargetedCase(t.db(), f.id, fsw.id);
    MainWindow window(t.shared());
    window.show();
    t.signInAs(fsw);
    window.reloadAccount();
    window.openFamilyById(f.id);
    recordPlan(window, QDate(2026, 11, 2));
    REQUIRE(findRule(window.familyView()->deadlines()->table(), "eh.review"));

    ChronologyWidget* chronology = window.familyView()->chronology();
    int row = -1;
    for (int i = 0; i < chronology->visibleEntryCount(); ++i)
        if (chronology->entryTitle(i) == QStringLiteral("Early Help plan"))
            row = i;
    REQUIRE(row >= 0);
    chronology->selectRow(row);
    bool asked = false;
    test::whenDialogOpens<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); },
                                       &asked);
    chronology->removeSelectedEvent();
    REQUIRE(asked);
    CHECK_FALSE(findRule(window.familyView()->deadlines()->table(), "eh.review"));
    for (int i = 0; i < chronology->visibleEntryCount(); ++i)
        CHECK(chronology->entryTitle(i) != QStringLiteral("Early Help plan"));
}
