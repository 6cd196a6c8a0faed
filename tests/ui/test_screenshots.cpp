// Pictures of each screen for a person to look at: run by hand with
//   WAYMARK_SHOTS=/tmp/shots build/bin/waymark_ui_tests "[.screenshots]"
// (hidden from the normal run; the offscreen platform renders real widgets with real fonts).
#include "deadlines/deadlineservice.h"
#include "deadlines/mydeadlineswindow.h"
#include "demo/demodata.h"
#include "dialogs/persondialog.h"
#include "family/familyview.h"
#include "family/noteeditor.h"
#include "firstrundialog.h"
#include "mainwindow.h"
#include "security/accountdialog.h"
#include "security/accountsdialog.h"
#include "security/createadmindialog.h"
#include "security/recoverykeydialog.h"
#include "security/signindialog.h"
#include "support/testdatabase.h"
#include "ui/dialogdriver.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {
void save(QWidget* w, const QString& name) {
    const QString dir = qEnvironmentVariable("WAYMARK_SHOTS");
    QDir().mkpath(dir);
    REQUIRE(w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}
} // namespace

TEST_CASE("screenshots of every screen", "[.screenshots]") {
    REQUIRE_FALSE(qEnvironmentVariable("WAYMARK_SHOTS").isEmpty());
    test::TestDatabase t;
    DemoOptions options;
    options.families = 60;
    REQUIRE(generateDemoData(t.db(), options).isOk());
    MainWindow window(t.shared());
    window.resize(1366, 768);
    window.show();
    // Show a worker and a family that have deadlines.
    const QDateTime now = t.db().now();
    auto all = window.deadlineService()->all(When{now.date(), now.time()});
    REQUIRE(all.isOk());
    qint64 family = 5, worker = 3;
    for (const CaseDeadline& d : all.value())
        if (d.allocatedWorkerId != 0 && d.deadline.status == DeadlineStatus::Overdue) {
            family = d.familyId;
            worker = d.allocatedWorkerId;
            break;
        }
    t.signInAs(worker);
    window.reloadAccount();
    window.openFamilyById(family);
    QTest::qWait(50);
    save(&window, QStringLiteral("main-overview"));
    window.familyView()->showTab(FamilyView::DeadlinesTab);
    QTest::qWait(50);
    save(&window, QStringLiteral("main-deadlines"));
    window.showMyDeadlines();
    QTest::qWait(50);
    save(window.myDeadlines(), QStringLiteral("my-deadlines"));
    window.myDeadlines()->hide();
    window.familyView()->showTab(FamilyView::ChronologyTab);
    QTest::qWait(50);
    save(&window, QStringLiteral("main-chronology"));
    window.familyView()->writeNote();
    auto* subject = window.familyView()->noteEditor()->findChild<QLineEdit*>(QStringLiteral("subject"));
    QTest::keyClicks(subject, QStringLiteral("Home visit to review the routines plan"));
    window.familyView()->noteEditor()->save(); // no type chosen: shows the message beside the field
    QTest::qWait(50);
    save(&window, QStringLiteral("main-note-editor"));

    bool seen = false;
    test::whenDialogOpens<PersonDialog>(
        [](PersonDialog* d) {
            d->findChild<QLineEdit*>(QStringLiteral("givenNames"))->setText(QStringLiteral("Robyn"));
            d->findChild<QLineEdit*>(QStringLiteral("dateOfBirth"))->setText(QStringLiteral("31/02/2020"));
            d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
            save(d, QStringLiteral("person-dialog-errors"));
            d->reject();
        },
        &seen);
    window.familyView()->addMember();
    REQUIRE(seen);

    FirstRunDialog welcome;
    welcome.show();
    QTest::qWait(50);
    save(&welcome, QStringLiteral("first-run"));

    window.lockNow(QStringLiteral("Waymark locked itself after 10 minutes without use."));
    QTest::qWait(50);
    save(&window, QStringLiteral("locked"));
}

TEST_CASE("screenshots of signing in and accounts", "[.screenshots]") {
    REQUIRE_FALSE(qEnvironmentVariable("WAYMARK_SHOTS").isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("waymark.db"));
    CreateAdministratorDialog create(path);
    create.show();
    create.findChild<QLineEdit*>(QStringLiteral("username"))->setText(QStringLiteral("Ira Admin"));
    create.findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("short"));
    create.accept();
    QTest::qWait(50);
    save(&create, QStringLiteral("create-administrator-errors"));

    auto created = createDatabase(path, QStringLiteral("ira.admin"), QStringLiteral("Ira Admin"),
                                  QStringLiteral("a long admin password"), KdfCost::minimum());
    REQUIRE(created.isOk());
    RecoveryKeyDialog key(created->recoveryKey);
    key.show();
    QTest::qWait(50);
    save(&key, QStringLiteral("recovery-key"));

    test::makeWorker(*created->session.db, QStringLiteral("Nia Newstarter"),
                     QStringLiteral("Melton Early Help"));
    AccountsDialog accounts(*created->session.db, *created->session.vault);
    accounts.show();
    QTest::qWait(50);
    save(&accounts, QStringLiteral("accounts"));
    AccountDialog account(*created->session.db);
    account.show();
    QTest::qWait(50);
    save(&account, QStringLiteral("account-add"));

    SignInDialog signIn(path);
    signIn.show();
    signIn.findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("wrong password"));
    signIn.accept();
    QTest::qWait(50);
    save(&signIn, QStringLiteral("sign-in-wrong-password"));
}
