#include "app/appidentity.h"
#include "demo/demoaccounts.h"
#include "demo/demodata.h"
#include "firstrundialog.h"
#include "maintenance/backups.h"
#include "mainwindow.h"
#include "security/createadmindialog.h"
#include "security/recoverykeydialog.h"
#include "security/signindialog.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <optional>

using namespace waymark;

namespace {

void installTranslations(QApplication& app) {
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto* own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("waymark"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}

// Which file to open: --database, or the default; on the very first start, ask.
QString chooseDatabase(const QCommandLineParser& parser) {
    if (parser.isSet(QStringLiteral("database")))
        return parser.value(QStringLiteral("database"));
    if (QFileInfo::exists(defaultDatabasePath()))
        return defaultDatabasePath();
    FirstRunDialog welcome;
    welcome.exec();
    switch (welcome.choice()) {
    case FirstRunDialog::TryDemo:
        return defaultDemoDatabasePath();
    case FirstRunDialog::StartReal:
        return defaultDatabasePath();
    case FirstRunDialog::Cancelled:
        break;
    }
    return QString();
}

// A new file: create its administrator and show the recovery key once. A new demo file also gets
// fictional families and an account for each demo worker, with the administrator's password.
std::optional<SignedIn> createNewDatabase(const QString& path) {
    CreateAdministratorDialog create(path);
    if (create.exec() != QDialog::Accepted || !create.newDatabase())
        return std::nullopt;
    RecoveryKeyDialog(create.newDatabase()->recoveryKey).exec();
    SignedIn admin = create.newDatabase()->session;
    if (path != defaultDemoDatabasePath())
        return admin;
    auto demo = generateDemoData(*admin.db, DemoOptions{});
    auto accounts =
        demo ? addDemoAccounts(*admin.db, *admin.vault, create.password()) : Result<int>(demo.status());
    if (!accounts) {
        QMessageBox::warning(nullptr, QApplication::translate("main", "Demo data"), accounts.error());
        return admin;
    }
    admin = SignedIn{};
    SignInDialog signIn(path);
    signIn.setHint(QApplication::translate(
        "main", "Demo accounts, all with the password you just chose: helen.rowbotham (team manager), "
                "claire.pennington (family support worker), janet.haworth (LIFT coordinator), "
                "colin.entwistle (supervising social worker)."));
    if (signIn.exec() != QDialog::Accepted || !signIn.session())
        return std::nullopt;
    return signIn.session();
}

std::optional<SignedIn> openSession(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return createNewDatabase(path);
    // Like waymark-cli, a scripted start (a kiosk demo, the screenshot tool) may sign in from
    // WAYMARK_USER and WAYMARK_PASSWORD; anything wrong falls back to asking.
    const QString user = qEnvironmentVariable("WAYMARK_USER");
    const QString password = qEnvironmentVariable("WAYMARK_PASSWORD");
    if (!user.isEmpty() && !password.isEmpty()) {
        if (auto session = signIn(path, user, password))
            return std::move(session).value();
    }
    SignInDialog dialog(path);
    if (dialog.exec() != QDialog::Accepted || !dialog.session())
        return std::nullopt;
    return dialog.session();
}

// The start-up check: a damaged file is not worked on; the way forward is the latest backup.
bool integrityIsSound(const SignedIn& session) {
    const QStringList problems = session.db->integrityProblems(Database::IntegrityCheck::Quick);
    if (problems.isEmpty())
        return true;
    const QStringList backups = listBackups(session.db->path());
    const QString advice =
        backups.isEmpty()
            ? QApplication::translate("main", "No backup was found in %1. Contact IT support before doing "
                                              "anything else with this file.")
                  .arg(defaultBackupFolder(session.db->path()))
            : QApplication::translate("main",
                                      "The latest backup is %1. To restore it, start Waymark again and tick "
                                      "\"Restore a backup\" on the sign-in window, or run:\n\n"
                                      "waymark-cli restore \"%1\" --database \"%2\"")
                  .arg(backups.first(), session.db->path());
    QMessageBox::critical(nullptr, QApplication::translate("main", "The database is damaged"),
                          QApplication::translate("main",
                                                  "Waymark found a problem in %1 and will not work on it:\n"
                                                  "%2\n\n%3")
                              .arg(session.db->path(), problems.first(), advice));
    return false;
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    configureApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Waymark"));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Waymark: family-support case records."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("database"),
                      QApplication::translate("main", "Open this database file instead of the default (%1).")
                          .arg(defaultDatabasePath()),
                      QApplication::translate("main", "path")});
    parser.addOption(
        {QStringLiteral("family"),
         QApplication::translate("main", "Open this family (its number in the database) at start."),
         QApplication::translate("main", "id")});
    parser.process(app);

    const QString path = chooseDatabase(parser);
    if (path.isEmpty())
        return 0;
    auto session = openSession(path);
    if (!session)
        return 0;
    if (!integrityIsSound(*session))
        return 1;
    MainWindow window(session->db, session->vault);
    window.show();
    if (parser.isSet(QStringLiteral("family")))
        window.openFamilyById(parser.value(QStringLiteral("family")).toLongLong());
    return app.exec();
}
