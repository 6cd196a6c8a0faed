#include "app/appidentity.h"
#include "demo/demodata.h"
#include "firstrundialog.h"
#include "mainwindow.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

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
    const bool newDemo = path == defaultDemoDatabasePath() && !QFileInfo::exists(path);
    auto db = Database::open(path);
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Waymark cannot open the database"),
                              db.error());
        return 1;
    }
    if (newDemo) {
        auto demo = generateDemoData(**db, DemoOptions{});
        if (!demo)
            QMessageBox::warning(nullptr, QApplication::translate("main", "Demo data"), demo.error());
    }
    MainWindow window(*db);
    window.show();
    if (parser.isSet(QStringLiteral("family")))
        window.openFamilyById(parser.value(QStringLiteral("family")).toLongLong());
    return app.exec();
}
