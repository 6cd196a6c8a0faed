#pragma once

#include "access/signin.h"
#include "util/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace waymark {

// Backups are encrypted copies made with SQLite's online backup API (Database::backupTo), each
// with a copy of the key file beside it, so a backup opens with the passwords and recovery key
// that were valid when it was made. Default place: a "backups" folder beside the database, one
// dated file per backup ("waymark-2026-11-23-0912.db" and "...db.keys").
QString defaultBackupFolder(const QString& databasePath);
QString datedBackupPath(const QString& databasePath, const QDateTime& when);
// Newest first.
QStringList listBackups(const QString& databasePath);

// Writes the backup, then proves it: opens the copy with the same key and runs the integrity
// check. Returns the backup's path.
Result<QString> makeBackup(const SignedIn& session, const QString& target = QString());

// Replaces the database (and its key file) with a backup, after checking that the backup opens
// with these credentials and passes the integrity check. The replaced files are kept beside it as
// "<name>.before-restore-<time>" so that a restore can itself be undone. The caller must have
// closed every connection to the database first.
struct RestoreOutcome {
    QString keptAs; // where the replaced database went
};
Result<RestoreOutcome> restoreBackup(const QString& databasePath, const QString& backupPath,
                                     const QString& user, const QString& password);

} // namespace waymark
