#include "access/accountrepository.h"
#include "caselist/caselistpanel.h"
#include "family/familyview.h"
#include "mainwindow.h"
#include "security/accesshistorydialog.h"
#include "security/accountdialog.h"
#include "security/accountsdialog.h"
#include "security/createadmindialog.h"
#include "security/idlemonitor.h"
#include "security/lockscreen.h"
#include "security/recoverykeydialog.h"
#include "security/signindialog.h"
#include "security/vault.h"
#include "storage/involvementrepository.h"
#include "support/testdatabase.h"
#include "ui/dialogdriver.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

template <typename T> T* child(QWidget* parent, const QString& name) {
    T* w = parent->findChild<T*>(name);
    REQUIRE(w);
    return w;
}

void type(QWidget* parent, const QString& name, const QString& text) {
    auto* edit = child<QLineEdit>(parent, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

TEST_CASE("first start: the administrator is created in the form and the recovery key must be acknowledged") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    CreateAdministratorDialog create(path);
    create.show();
    type(&create, QStringLiteral("username"), QStringLiteral("it.admin"));
    type(&create, QStringLiteral("displayName"), QStringLiteral("Ira Admin"));
    type(&create, QStringLiteral("password"), QStringLiteral("short"));
    type(&create, QStringLiteral("confirm"), QStringLiteral("short"));
    create.accept();
    CHECK(create.result() != QDialog::Accepted);
    CHECK_FALSE(QFile::exists(path)); // nothing written while the form is wrong
    type(&create, QStringLiteral("password"), QStringLiteral("plenty long enough"));
    type(&create, QStringLiteral("confirm"), QStringLiteral("plenty long enougH"));
    create.accept();
    CHECK_FALSE(QFile::exists(path));
    type(&create, QStringLiteral("confirm"), QStringLiteral("plenty long enough"));
    create.accept();
    REQUIRE(create.result() == QDialog::Accepted);
    REQUIRE(create.newDatabase());
    CHECK(create.newDatabase()->session.account.role == Role::Administrator);
    CHECK(QFile::exists(path + QStringLiteral(".keys")));

    RecoveryKeyDialog key(create.newDatabase()->recoveryKey);
    key.show();
    CHECK(child<QLabel>(&key, QStringLiteral("recoveryKey"))->text() == create.newDatabase()->recoveryKey);
    auto* ok = key.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    key.reject(); // Escape does not skip it
    CHECK(key.isVisible());
    child<QCheckBox>(&key, QStringLiteral("writtenDown"))->setChecked(true);
    CHECK(ok->isEnabled());
}

TEST_CASE("the sign-in dialog says why it refuses and opens the session on the right password") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    REQUIRE(createDatabase(path, QStringLiteral("ann.admin"), QString(),
                           QStringLiteral("ann's long password"), KdfCost::minimum())
                .isOk());
    SignInDialog dialog(path);
    dialog.show();
    type(&dialog, QStringLiteral("username"), QStringLiteral("ann.admin"));
    type(&dialog, QStringLiteral("password"), QStringLiteral("wrong password!"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.error().contains(QStringLiteral("not right")));
    CHECK(child<QLineEdit>(&dialog, QStringLiteral("password"))->text().isEmpty()); // never left in the field
    type(&dialog, QStringLiteral("password"), QStringLiteral("ann's long password"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.session());
    CHECK(dialog.session()->account.username == QStringLiteral("ann.admin"));
    // The next sign-in remembers the user name for this file.
    SignInDialog again(path);
    CHECK(child<QLineEdit>(&again, QStringLiteral("username"))->text() == QStringLiteral("ann.admin"));
}

TEST_CASE("the window locks itself when idle and hides the records until the password is given") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    auto created = createDatabase(path, QStringLiteral("ann.admin"), QString(),
                                  QStringLiteral("ann's long password"), KdfCost::minimum());
    REQUIRE(created.isOk());
    SignedIn session = created->session;
    const Worker me =
        test::makeWorker(*session.db, QStringLiteral("Mo Worker"), QStringLiteral("Blaby Early Help"));
    Account worker;
    worker.username = QStringLiteral("mo.worker");
    worker.displayName = QStringLiteral("Mo Worker");
    worker.role = Role::FamilySupportWorker;
    worker.teams = {me.team};
    worker.workerId = me.id;
    REQUIRE(AccountRepository(*session.db).save(worker).isOk());
    REQUIRE(
        session.vault->setPassword(worker.username, QStringLiteral("mo's long password"), KdfCost::minimum())
            .isOk());
    session.db->setAccount(worker);

    MainWindow window(session.db, session.vault);
    window.show();
    CHECK(child<QLabel>(&window, QStringLiteral("signedInAs"))->text().contains(QStringLiteral("Mo Worker")));
    CHECK_FALSE(window.isLocked());
    window.idleMonitor()->setIdleMinutes(10);
    window.idleMonitor()->simulateElapsed(9 * 60);
    CHECK_FALSE(window.isLocked());
    window.idleMonitor()->simulateElapsed(2 * 60);
    REQUIRE(window.isLocked());
    CHECK(child<QLabel>(window.lockScreen(), QStringLiteral("lockReason"))
              ->text()
              .contains(QStringLiteral("after 10 minute")));
    CHECK_FALSE(window.familyView()->isVisible());
    CHECK_FALSE(window.caseList()->isVisible());

    window.lockScreen()->tryUnlock(QStringLiteral("not my password"));
    CHECK(window.isLocked());
    CHECK(window.lockScreen()->error().contains(QStringLiteral("not right")));
    window.lockScreen()->tryUnlock(QStringLiteral("mo's long password"));
    CHECK_FALSE(window.isLocked());
    CHECK(window.caseList()->isVisible());
}

TEST_CASE("the window locks after the laptop has slept") {
    test::TestDatabase t;
    MainWindow window(t.shared());
    window.show();
    window.idleMonitor()->setIdleMinutes(0);      // never for idleness...
    window.idleMonitor()->simulateSleep(30 * 60); // ...but a 30-minute gap between ticks is sleep
    REQUIRE(window.isLocked());
    CHECK(child<QLabel>(window.lockScreen(), QStringLiteral("lockReason"))
              ->text()
              .contains(QStringLiteral("asleep")));
    // With no vault to check against, nothing unlocks it.
    window.lockScreen()->tryUnlock(QStringLiteral("anything at all"));
    CHECK(window.isLocked());
}

TEST_CASE("an administrator adds an account in the accounts window, and it can sign in") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    auto created = createDatabase(path, QStringLiteral("ann.admin"), QString(),
                                  QStringLiteral("ann's long password"), KdfCost::minimum());
    REQUIRE(created.isOk());
    SignedIn session = created->session;
    const Worker w =
        test::makeWorker(*session.db, QStringLiteral("Nia Newstarter"), QStringLiteral("Melton Early Help"));

    AccountsDialog accounts(*session.db, *session.vault);
    accounts.show();
    CHECK(accounts.table()->rowCount() == 1);
    bool found = false;
    test::whenDialogOpens<AccountDialog>(
        [&](AccountDialog* d) {
            auto* worker = d->findChild<QComboBox*>(QStringLiteral("worker"));
            worker->setCurrentIndex(worker->findData(w.id));
            emit worker->activated(worker->currentIndex()); // fills name and team
            d->findChild<QLineEdit*>(QStringLiteral("username"))->setText(QStringLiteral("nia.n"));
            d->findChild<QLineEdit*>(QStringLiteral("password"))
                ->setText(QStringLiteral("nia's first password"));
            d->findChild<QLineEdit*>(QStringLiteral("confirm"))
                ->setText(QStringLiteral("nia's first password"));
            d->accept();
        },
        &found);
    accounts.addAccount();
    REQUIRE(found);
    REQUIRE(accounts.table()->rowCount() == 2);
    auto nia = AccountRepository(*session.db).byUsername(QStringLiteral("nia.n"));
    REQUIRE(nia);
    CHECK(nia->displayName == QStringLiteral("Nia Newstarter"));
    CHECK(nia->teams == QStringList{QStringLiteral("Melton Early Help")});
    CHECK(nia->workerId == w.id);
    session = SignedIn{};
    created = Result<NewDatabase>(Status::failure(QStringLiteral("closed")));
    auto signedIn = signIn(path, QStringLiteral("nia.n"), QStringLiteral("nia's first password"));
    INFO(signedIn.error().toStdString());
    CHECK(signedIn.isOk());
}

TEST_CASE("a worker's case list shows only their team's families, and a manager sees who viewed one") {
    test::TestDatabase t;
    Database& db = t.db();
    const Worker bea = test::makeWorker(db, QStringLiteral("Bea Blaby"), QStringLiteral("Blaby Early Help"));
    const Worker mel =
        test::makeWorker(db, QStringLiteral("Mel Melton"), QStringLiteral("Melton Early Help"));
    const Worker boss = test::makeWorker(db, QStringLiteral("Hal Boss"), QStringLiteral("Blaby Early Help"),
                                         QStringLiteral("team_manager"));
    const Family ours = test::makeFamily(db, QStringLiteral("Ours"));
    const Family theirs = test::makeFamily(db, QStringLiteral("Theirs"));
    test::allocate(db, ours.id, bea.id);
    test::allocate(db, theirs.id, mel.id);
    t.signInAs(bea);
    {
        MainWindow window(t.shared());
        window.show();
        QTest::qWait(20);
        auto* list = window.caseList();
        CHECK(list->findChild<QAbstractItemView*>()->model()->rowCount() == 1);
        window.openFamilyById(theirs.id);
        CHECK(window.familyView()->familyId() != theirs.id); // refused, not shown
        window.openFamilyById(ours.id);
        CHECK(window.familyView()->familyId() == ours.id);
        CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("actionAccessHistory"))->isVisible());
    }
    t.signInAs(boss);
    MainWindow window(t.shared());
    window.show();
    window.openFamilyById(ours.id);
    QAction* history = window.findChild<QAction*>(QStringLiteral("actionAccessHistory"));
    REQUIRE(history->isVisible());
    bool found = false;
    int rows = 0;
    QString firstWho;
    test::whenDialogOpens<AccessHistoryDialog>(
        [&](AccessHistoryDialog* d) {
            rows = d->table()->rowCount();
            for (int r = 0; r < rows; ++r)
                if (d->table()->item(r, 2)->text() == QStringLiteral("Viewed"))
                    firstWho += d->table()->item(r, 1)->text() + QLatin1Char(' ');
            d->reject();
        },
        &found);
    history->trigger();
    REQUIRE(found);
    CHECK(firstWho.contains(QStringLiteral("worker%1").arg(bea.id)));
    CHECK(firstWho.contains(QStringLiteral("worker%1").arg(boss.id)));
}

TEST_CASE("an administrator's window explains why no family records are listed") {
    test::TestDatabase t;
    test::makeFamily(t.db(), QStringLiteral("Hidden"));
    Account admin;
    admin.username = QStringLiteral("it.admin");
    admin.displayName = QStringLiteral("IT Admin");
    admin.role = Role::Administrator;
    t.db().setAccount(admin);
    MainWindow window(t.shared());
    window.show();
    QTest::qWait(20);
    CHECK(window.caseList()->findChild<QAbstractItemView*>()->model()->rowCount() == 0);
    CHECK(child<QLabel>(&window, QStringLiteral("placeholder"))
              ->text()
              .contains(QStringLiteral("administrator")));
    CHECK(window.findChild<QAction*>(QStringLiteral("actionAccounts"))->isVisible());
}
