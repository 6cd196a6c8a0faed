#include "access/signin.h"
#include "admin/administrationwindow.h"
#include "security/signindialog.h"
#include "security/vault.h"
#include "storage/familyrepository.h"
#include "storage/involvementrepository.h"
#include "support/screenshot.h"
#include "support/testdatabase.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

const QString kAdmin = QStringLiteral("ann.admin");
const QString kPassword = QStringLiteral("ann's long password");

// A family whose only service closed in 2019: past a 6-year retention period by 2026.
qint64 familyClosedIn2019(Database& db, const QString& surname) {
    const Family f = test::makeFamily(db, surname);
    Involvement inv;
    inv.familyId = f.id;
    inv.service = QStringLiteral("early_help_targeted");
    inv.referralDate = QDate(2018, 9, 1);
    inv.status = QStringLiteral("closed");
    inv.openedOn = QDate(2018, 9, 10);
    inv.closedOn = QDate(2019, 3, 1);
    inv.closureOutcome = QStringLiteral("family_met_outcomes");
    REQUIRE(InvolvementRepository(db).save(inv).isOk());
    return f.id;
}

} // namespace

TEST_CASE("administration window: back up, review retention with a reason, write a subject access report") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("admin.db"));
    auto created = createDatabase(path, kAdmin, QString(), kPassword, KdfCost::minimum());
    REQUIRE(created.isOk());
    SignedIn session = created->session;
    const Account admin = session.account;
    session.db->setAccount(test::testManager());
    const qint64 old = familyClosedIn2019(*session.db, QStringLiteral("Longago"));
    session.db->setAccount(admin);

    AdministrationWindow window(session.db, session.vault);
    window.show();
    CHECK(window.backupList()->topLevelItemCount() == 0);
    REQUIRE(window.backUpNow());
    CHECK(window.backupList()->topLevelItemCount() == 1);
    CHECK(window.status()->text().contains(QStringLiteral("encrypted, checked")));

    REQUIRE(window.retentionList()->topLevelItemCount() == 1);
    CHECK(window.retentionList()->topLevelItem(0)->text(0) == QStringLiteral("Longago family"));
    window.retentionList()->setCurrentItem(window.retentionList()->topLevelItem(0));
    window.tabs()->setCurrentIndex(1);
    test::saveScreenshot(&window, QStringLiteral("admin-retention"));
    CHECK_FALSE(window.deleteSelectedFamily());
    CHECK(window.status()->text().contains(QStringLiteral("Give the reason")));

    // The subject access report, before the family goes.
    window.tabs()->setCurrentIndex(2);
    window.subjectSearch()->setText(QStringLiteral("longago"));
    REQUIRE(window.findSubjects());
    CHECK(window.subjectList()->topLevelItemCount() == 2); // the mother and the child
    window.reportFolder()->setText(dir.filePath(QStringLiteral("sar")));
    REQUIRE(window.writeReportForSelected());
    test::saveScreenshot(&window, QStringLiteral("admin-sar"));
    const QStringList written = QDir(dir.filePath(QStringLiteral("sar"))).entryList(QDir::Files);
    CHECK(written.filter(QStringLiteral(".json")).size() == 1);
    CHECK(written.filter(QStringLiteral(".pdf")).size() == 1);

    window.tabs()->setCurrentIndex(1);
    window.deletionReason()->setText(QStringLiteral("Early Help: 6 years after closure"));
    REQUIRE(window.deleteSelectedFamily());
    CHECK(window.retentionList()->topLevelItemCount() == 0);
    session.db->setAccount(test::testManager());
    CHECK_FALSE(FamilyRepository(*session.db).get(old).isOk());
    session.db->setAccount(admin);

    // A period outside 1-100 cannot be typed; a new one is saved and changes the list.
    window.retentionYears()->setValue(10);
    REQUIRE(window.saveRetentionYears());
    CHECK(window.status()->text().contains(QStringLiteral("10 year")));
}

TEST_CASE("the sign-in window restores a backup, checking it with the credentials typed") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("restore.db"));
    {
        auto created = createDatabase(path, kAdmin, QString(), kPassword, KdfCost::minimum());
        REQUIRE(created.isOk());
        SignedIn session = created->session;
        AdministrationWindow window(session.db, session.vault);
        REQUIRE(window.backUpNow());
        // Something written after the backup, which the restore takes away.
        session.db->setAccount(test::testManager());
        test::makeFamily(*session.db, QStringLiteral("Afterwards"));
    }
    SignInDialog dialog(path);
    dialog.show();
    auto* box = dialog.findChild<QGroupBox*>(QStringLiteral("restoreBox"));
    REQUIRE(box->isVisible());
    box->setChecked(true);
    REQUIRE(dialog.backupChoice()->count() == 1);
    dialog.findChild<QLineEdit*>(QStringLiteral("username"))->setText(kAdmin);
    dialog.findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("wrong password"));
    CHECK_FALSE(dialog.restoreChosenBackup());
    CHECK(dialog.restoreMessage()->text().contains(QStringLiteral("cannot be opened")));
    dialog.findChild<QLineEdit*>(QStringLiteral("password"))->setText(kPassword);
    REQUIRE(dialog.restoreChosenBackup());
    test::saveScreenshot(&dialog, QStringLiteral("signin-restore"));
    CHECK(dialog.restoreMessage()->text().contains(QStringLiteral("Restored")));

    SignedIn after = test::signInOrFail(path, kAdmin, kPassword);
    after.db->setAccount(test::testManager());
    CHECK(FamilyRepository(*after.db).count() == 0);
}
