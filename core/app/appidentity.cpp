#include "app/appidentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace waymark {

void configureApplicationIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("Waymark"));
    QCoreApplication::setApplicationName(QStringLiteral("waymark"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WAYMARK_VERSION));
}

QString defaultDatabasePath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("waymark.db"));
}

QString defaultDemoDatabasePath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("waymark-demo.db"));
}

} // namespace waymark
