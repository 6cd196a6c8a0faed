#include "app/appidentity.h"
#include "cli/commandline.h"

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    waymark::configureApplicationIdentity();
    return waymark::runCommandLine(app.arguments());
}
