#include "app/appidentity.h"
#include "cli/commandline.h"
#include "filing/folderimportcommand.h"
#include "filing/referralimportcommand.h"
#include "print/printcommands.h"

#include <QGuiApplication>

int main(int argc, char* argv[]) {
    // Printing to PDF needs Qt Gui (fonts, page layout); the command line never shows a window,
    // so it always uses the offscreen platform and runs with no display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    waymark::configureApplicationIdentity();
    waymark::registerPrintCommands();
    waymark::filing::registerFolderImportCommand();
    waymark::filing::registerReferralImportCommand();
    return waymark::runCommandLine(app.arguments());
}
