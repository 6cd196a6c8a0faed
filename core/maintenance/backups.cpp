#include "maintenance/backups.h"

#include "access/accesspolicy.h"
#include "audit/auditlog.h"
#include "security/keyfile.h"
#include "util/trcontext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace waymark {

namespace {

Status copyReplacing(const QString& from, const QString& to) {
    QFile::remove(to + QStringLiteral(".partial"));
    if (!QFile::copy(from, to + QStringLiteral(".partial")))
        return Status::failure(Storage::tr("Could not copy %1 to %2.").arg(from, to));
    QFile::remove(to);
    if (!QFile::rename(to + QStringLiteral(".partial"), to))
        return Status::failure(Storage::tr("Could not put %1 in place.").arg(to));
    return Status::ok();
}

} // namespace

QString defaultBackupFolder(const QString& databasePath) {
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString datedBackupPath(const QString& databasePath, const QDateTime& when) {
    const QFileInfo info(databasePath);
    return QDir(defaultBackupFolder(databasePath))
        .filePath(QStringLiteral("%1-%2.db")
                      .arg(info.completeBaseName(),
                           when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"))));
}

QStringList listBackups(const QString& databasePath) {
    const QDir folder(defaultBackupFolder(databasePath));
    const QString pattern = QFileInfo(databasePath).completeBaseName() + QStringLiteral("-*.db");
    QStringList out;
    for (const QFileInfo& info : folder.entryInfoList({pattern}, QDir::Files, QDir::Name | QDir::Reversed))
        out << info.absoluteFilePath();
    return out;
}

Result<QString> makeBackup(const SignedIn& session, const QString& target) {
    if (Status s = access::require(*session.db, access::Action::Backup); !s)
        return s;
    const QString path = target.isEmpty() ? datedBackupPath(session.db->path(), session.db->now()) : target;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Status::failure(Storage::tr("Could not create the folder for %1.").arg(path));
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(session.db->path()).absoluteFilePath())
        return Status::failure(Storage::tr("A backup cannot replace the database itself."));
    // Recorded first, so the backup itself shows that it was made, by whom and where to.
    if (Status s = audit::record(*session.db, QLatin1String(audit::backup), QString(), 0, 0,
                                 QJsonObject{{QStringLiteral("to"), path}});
        !s)
        return s;
    if (Status s = session.db->backupTo(path); !s)
        return s;
    if (Status s = copyReplacing(KeyFile::pathFor(session.db->path()), KeyFile::pathFor(path)); !s)
        return s;
    // Prove the copy: it must open with the same key and pass the integrity check.
    Database::OpenOptions options;
    options.migrate = false;
    options.createIfMissing = false;
    auto copy = Database::open(path, session.vault->databaseKey(), options);
    if (!copy)
        return Status::failure(
            Storage::tr("The backup at %1 was written but does not open: %2").arg(path, copy.error()));
    const QStringList problems = (*copy)->integrityProblems();
    if (!problems.isEmpty())
        return Status::failure(
            Storage::tr("The backup at %1 fails the integrity check: %2").arg(path, problems.first()));
    return path;
}

Result<RestoreOutcome> restoreBackup(const QString& databasePath, const QString& backupPath,
                                     const QString& user, const QString& password) {
    if (!QFileInfo::exists(backupPath))
        return Status::failure(Storage::tr("There is no backup at %1.").arg(backupPath));
    {
        SignInOptions options;
        options.migrate = false;
        auto backup = signIn(backupPath, user, password, options);
        if (!backup)
            return Status::failure(
                Storage::tr("The backup %1 cannot be opened: %2").arg(backupPath, backup.error()));
        if (Status s = access::require(*backup->db, access::Action::Restore); !s)
            return s;
        const QStringList problems = backup->db->integrityProblems();
        if (!problems.isEmpty())
            return Status::failure(
                Storage::tr("The backup %1 fails the integrity check (%2); choose another backup.")
                    .arg(backupPath, problems.first()));
    }
    RestoreOutcome outcome;
    if (QFileInfo::exists(databasePath)) {
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        outcome.keptAs = databasePath + QStringLiteral(".before-restore-") + stamp;
        if (!QFile::rename(databasePath, outcome.keptAs))
            return Status::failure(
                Storage::tr("Could not move the current database aside; nothing was changed."));
        QFile::rename(KeyFile::pathFor(databasePath), KeyFile::pathFor(outcome.keptAs));
        for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::rename(databasePath + suffix, outcome.keptAs + suffix);
    }
    if (Status s = copyReplacing(backupPath, databasePath); !s)
        return s;
    if (Status s = copyReplacing(KeyFile::pathFor(backupPath), KeyFile::pathFor(databasePath)); !s)
        return s;
    // The restored file records that it was restored, by whom, from where.
    auto restored = signIn(databasePath, user, password);
    if (!restored)
        return Status::failure(
            Storage::tr("The backup was put in place but does not open: %1").arg(restored.error()));
    if (Status s = audit::record(
            *restored->db, QLatin1String(audit::restore), QString(), 0, 0,
            QJsonObject{{QStringLiteral("from"), backupPath}, {QStringLiteral("replaced"), outcome.keptAs}});
        !s)
        return s;
    return outcome;
}

} // namespace waymark
