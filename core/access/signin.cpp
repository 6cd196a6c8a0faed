#include "access/signin.h"

#include "access/accountrepository.h"
#include "audit/auditlog.h"
#include "util/trcontext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace waymark {

namespace {

// Opens the database with the vault's key; if a rekey was interrupted after SQLCipher finished
// but before the key file was rewritten, the pending key is the right one: adopt it.
Result<std::shared_ptr<Database>> openWithVault(const QString& path, Vault& vault, bool migrate) {
    Database::OpenOptions options;
    options.migrate = migrate;
    options.createIfMissing = false;
    auto db = Database::open(path, vault.databaseKey(), options);
    if (db)
        return db;
    auto pending = vault.pendingDatabaseKey();
    if (!pending)
        return db;
    auto retry = Database::open(path, *pending, options);
    if (!retry)
        return db;
    if (Status s = vault.commitPendingDatabaseKey(); !s)
        return s;
    return retry;
}

Result<SignedIn> finishSignIn(const QString& path, std::shared_ptr<Vault> vault, const QString& username,
                              bool migrate, const QJsonObject& how = QJsonObject()) {
    auto db = openWithVault(path, *vault, migrate);
    if (!db)
        return db.status();
    auto account = AccountRepository(**db).byUsername(username);
    if (!account || !account->active)
        return Status::failure(
            Security::tr("This account is not active on %1. Ask an administrator.").arg(path));
    (*db)->setAccount(*account);
    (*db)->setAuditKey(vault->auditKey());
    if (Status s = audit::record(**db, QLatin1String(audit::signIn), QString(), 0, 0, how); !s)
        return s;
    const audit::Anchor head = audit::head(**db);
    if (Status s = vault->setAuditAnchor(head.seq, head.hash); !s)
        return s;
    return SignedIn{*db, std::move(vault), *account};
}

} // namespace

Result<SignedIn> signIn(const QString& databasePath, const QString& username, const QString& password,
                        SignInOptions options) {
    if (!QFileInfo::exists(databasePath))
        return Status::failure(Security::tr("There is no database at %1.").arg(databasePath));
    auto vault = Vault::unlock(databasePath, username, password);
    if (!vault)
        return vault.status();
    return finishSignIn(databasePath, std::make_shared<Vault>(std::move(vault).value()), username,
                        options.migrate);
}

Result<SignedIn> signInWithRecoveryKey(const QString& databasePath, const QString& recoveryKey,
                                       const QString& asAccount) {
    auto vault = Vault::unlockWithRecoveryKey(databasePath, recoveryKey);
    if (!vault)
        return vault.status();
    auto session = finishSignIn(databasePath, std::make_shared<Vault>(std::move(vault).value()), asAccount,
                                true, QJsonObject{{QStringLiteral("with"), QStringLiteral("recovery key")}});
    if (session && session->account.role != Role::Administrator)
        return Status::failure(Security::tr("The recovery key signs in only as an administrator."));
    return session;
}

Result<NewDatabase> createDatabase(const QString& databasePath, const QString& adminUsername,
                                   const QString& adminDisplayName, const QString& password,
                                   const KdfCost& cost) {
    const QFileInfo info(databasePath);
    if (info.exists() && info.size() > 0)
        return Status::failure(Security::tr("%1 already exists; nothing was changed.").arg(databasePath));
    Account admin;
    admin.username = AccountRepository::normaliseUsername(adminUsername);
    admin.displayName = adminDisplayName.trimmed().isEmpty() ? admin.username : adminDisplayName;
    admin.role = Role::Administrator;
    if (auto issues = AccountRepository::validate(admin); !issues.empty())
        return Status::failure(issues.front().message);

    if (!QDir().mkpath(info.absolutePath()))
        return Status::failure(Security::tr("Could not create the folder %1.").arg(info.absolutePath()));
    auto created = Vault::create(databasePath, admin.username, password, cost);
    if (!created)
        return created.status();
    auto cleanUp = [&] {
        for (const QString& suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".keys")})
            QFile::remove(databasePath + suffix);
    };
    auto db = Database::open(databasePath, created->vault.databaseKey());
    if (!db) {
        cleanUp();
        return db.status();
    }
    (*db)->setAuditKey(created->vault.auditKey());
    (*db)->setAccount(admin); // recorded as the author of their own account
    if (Status s = AccountRepository(**db).save(admin); !s) {
        db = Result<std::shared_ptr<Database>>(Status::failure(s.error()));
        cleanUp();
        return s;
    }
    (*db)->setAccount(admin);
    return NewDatabase{SignedIn{*db, std::make_shared<Vault>(created->vault), admin}, created->recoveryKey};
}

} // namespace waymark
