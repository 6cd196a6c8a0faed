#include "demo/demoaccounts.h"

#include "access/accountrepository.h"
#include "security/vault.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/workerrepository.h"
#include "util/trcontext.h"

namespace waymark {

namespace {

std::optional<Role> accountRoleFor(const QString& workerRole) {
    if (workerRole == QLatin1String("youth_worker"))
        return Role::FamilySupportWorker;
    if (workerRole == QLatin1String("business_support"))
        return std::nullopt; // no case access in the demo
    return roleFromCode(workerRole);
}

} // namespace

Result<int> addDemoAccounts(Database& db, Vault& vault, const QString& password) {
    if (!db.isDemo())
        return Status::failure(Demo::tr("Demo accounts are only made in a demo database."));
    AccountRepository accounts(db);
    QStringList usernames;
    Transaction tx(db);
    for (const Worker& worker : WorkerRepository(db).all()) {
        const auto role = accountRoleFor(worker.role);
        if (!role || accounts.byWorker(worker.id))
            continue;
        Account account;
        account.username = worker.name.toLower().replace(QLatin1Char(' '), QLatin1Char('.'));
        account.displayName = worker.name;
        account.role = *role;
        account.teams = {worker.team};
        account.workerId = worker.id;
        if (accounts.byUsername(account.username))
            continue;
        if (Status s = accounts.save(account); !s)
            return s;
        usernames << account.username;
    }
    if (Status s = vault.setSamePassword(usernames, password); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return int(usernames.size());
}

} // namespace waymark
