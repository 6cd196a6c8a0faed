#include "cli/accountcommands.h"

#include "access/accesspolicy.h"
#include "access/accountrepository.h"
#include "audit/auditlog.h"
#include "cli/clisupport.h"
#include "cli/credentials.h"
#include "storage/transaction.h"
#include "util/trcontext.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace waymark::cli {

namespace {

QString usersUsage() {
    return CommandLine::tr(
        "usage: users list | add USER --role ROLE --team TEAM [--name NAME] [--worker ID] | "
        "reset-password USER [--recovery-key-file FILE] | unlock USER | disable USER");
}

QString roleCodes() {
    QStringList codes;
    for (Role role : allRoles())
        codes << roleCode(role);
    return codes.join(QStringLiteral(", "));
}

Result<SignedIn> signInAsAdministrator(const QString& path, const QCommandLineParser& parser) {
    auto session = signInFromCommandLine(parser, path);
    if (!session)
        return session;
    if (Status s = access::require(*session->db, access::Action::ManageAccounts); !s)
        return s;
    return session;
}

int listUsers(SignedIn& session) {
    for (const Account& a : AccountRepository(*session.db).all()) {
        out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                     .arg(a.username, roleCode(a.role), a.teams.join(QStringLiteral("; ")),
                          a.active ? CommandLine::tr("active") : CommandLine::tr("disabled"),
                          session.vault->hasUser(a.username) ? CommandLine::tr("can sign in")
                                                             : CommandLine::tr("no password"));
    }
    return Success;
}

int addUser(SignedIn& session, const QString& username, const QCommandLineParser& parser) {
    Account account;
    account.username = username;
    account.displayName =
        parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name")) : username;
    const auto role = roleFromCode(parser.value(QStringLiteral("role")));
    if (!role)
        return fail(CommandLine::tr("--role must be one of: %1.").arg(roleCodes()), Usage);
    account.role = *role;
    account.teams = parser.values(QStringLiteral("team"));
    if (parser.isSet(QStringLiteral("worker"))) {
        bool ok = false;
        account.workerId = parser.value(QStringLiteral("worker")).toLongLong(&ok);
        if (!ok || account.workerId <= 0)
            return fail(CommandLine::tr("--worker must be a worker's number."), Usage);
    }
    if (auto issues = AccountRepository::validate(account); !issues.empty())
        return fail(issues.front().message, Usage);
    auto password = readNewPassword(parser);
    if (!password)
        return fail(password.error());
    if (const QString problem = Vault::passwordProblem(*password); !problem.isEmpty())
        return fail(problem);
    Transaction tx(*session.db);
    if (Status s = AccountRepository(*session.db).save(account); !s)
        return fail(s.error());
    if (Status s = session.vault->setPassword(account.username, *password); !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    out() << CommandLine::tr("Added %1 (%2).\n").arg(account.username, roleLabel(account.role));
    return Success;
}

int resetPassword(SignedIn& session, const QString& username, const QCommandLineParser& parser) {
    auto account = AccountRepository(*session.db).byUsername(username);
    if (!account)
        return fail(CommandLine::tr("There is no account called %1.").arg(username));
    auto password = readNewPassword(parser);
    if (!password)
        return fail(password.error());
    if (Status s = session.vault->setPassword(account->username, *password); !s)
        return fail(s.error());
    if (Status s =
            audit::record(*session.db, QLatin1String(audit::accounts), QStringLiteral("accounts"),
                          account->id, 0, QJsonObject{{QStringLiteral("password"), QStringLiteral("reset")}});
        !s)
        return fail(s.error());
    out() << CommandLine::tr("The password of %1 is changed; the database was not re-encrypted.\n")
                 .arg(account->username);
    return Success;
}

} // namespace

int commandUsers(const QString& path, const QStringList& positional, const QCommandLineParser& parser) {
    const QString action = positional.value(1);
    const bool needsName = action != QLatin1String("list");
    if (action.isEmpty() || (needsName && positional.size() != 3) || (!needsName && positional.size() != 2))
        return fail(usersUsage(), Usage);
    const QString username = positional.value(2);

    Result<SignedIn> session = Status::failure(QString());
    if (action == QLatin1String("reset-password") && parser.isSet(QStringLiteral("recovery-key-file"))) {
        // A forgotten administrator password: the recovery key stands in for it.
        auto recoveryKey = readSecretFile(parser.value(QStringLiteral("recovery-key-file")));
        if (!recoveryKey)
            return fail(recoveryKey.error());
        session = signInWithRecoveryKey(path, *recoveryKey, username);
    } else {
        session = signInAsAdministrator(path, parser);
    }
    if (!session)
        return fail(session.error());
    SignedIn signedIn = std::move(session).value();

    if (action == QLatin1String("list"))
        return listUsers(signedIn);
    if (action == QLatin1String("add"))
        return addUser(signedIn, username, parser);
    if (action == QLatin1String("reset-password"))
        return resetPassword(signedIn, username, parser);
    if (action == QLatin1String("unlock")) {
        if (Status s = signedIn.vault->unlockUser(AccountRepository::normaliseUsername(username)); !s)
            return fail(s.error());
        if (Status s = audit::record(
                *signedIn.db, QLatin1String(audit::accounts), QStringLiteral("accounts"), 0, 0,
                QJsonObject{{QStringLiteral("unlocked"), AccountRepository::normaliseUsername(username)}});
            !s)
            return fail(s.error());
        out() << CommandLine::tr("%1 can sign in again.\n").arg(username);
        return Success;
    }
    if (action == QLatin1String("disable")) {
        auto account = AccountRepository(*signedIn.db).byUsername(username);
        if (!account)
            return fail(CommandLine::tr("There is no account called %1.").arg(username));
        if (account->id == signedIn.account.id)
            return fail(CommandLine::tr("You cannot disable your own account."));
        account->active = false;
        if (Status s = AccountRepository(*signedIn.db).save(*account); !s)
            return fail(s.error());
        if (Status s = signedIn.vault->removeUser(account->username); !s)
            return fail(s.error());
        out() << CommandLine::tr("%1 is disabled and can no longer sign in.\n").arg(account->username);
        return Success;
    }
    return fail(usersUsage(), Usage);
}

int commandRecoveryKey(const QString& path, const QCommandLineParser& parser) {
    auto session = signInAsAdministrator(path, parser);
    if (!session)
        return fail(session.error());
    auto key = session->vault->replaceRecoveryKey();
    if (!key)
        return fail(key.error());
    if (Status s = audit::record(*session->db, QLatin1String(audit::accounts), QString(), 0, 0,
                                 QJsonObject{{QStringLiteral("recovery key"), QStringLiteral("replaced")}});
        !s)
        return fail(s.error());
    out()
        << CommandLine::tr("New recovery key (shown only now; the old one no longer works): %1\n").arg(*key);
    return Success;
}

int commandRekey(const QString& path, const QCommandLineParser& parser) {
    auto session = signInFromCommandLine(parser, path);
    if (!session)
        return fail(session.error());
    if (Status s = access::require(*session->db, access::Action::Rekey); !s)
        return fail(s.error());
    // Two steps so that a crash at any point loses nothing (security/vault.h).
    auto fresh = session->vault->stageNewDatabaseKey();
    if (!fresh)
        return fail(fresh.error());
    if (Status s = session->db->rekey(*fresh); !s)
        return fail(s.error());
    if (Status s = session->vault->commitPendingDatabaseKey(); !s)
        return fail(s.error());
    if (Status s = audit::record(*session->db, QLatin1String(audit::rekey)); !s)
        return fail(s.error());
    out() << CommandLine::tr(
                 "%1 is re-encrypted under a new key. Passwords and the recovery key are unchanged. "
                 "Backups made before now still use the old key.\n")
                 .arg(path);
    return Success;
}

} // namespace waymark::cli
