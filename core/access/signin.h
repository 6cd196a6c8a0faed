#pragma once

#include "access/account.h"
#include "security/vault.h"
#include "storage/database.h"
#include "util/result.h"

#include <memory>

namespace waymark {

// Signing in is unlocking: the password opens the user's key slot, which gives the key that
// decrypts the database. So the GUI and the command line cannot reach a record by any other
// route than a successful sign-in.
struct SignedIn {
    std::shared_ptr<Database> db;
    std::shared_ptr<Vault> vault;
    Account account;
};

struct SignInOptions {
    bool migrate = true; // false: open as found (waymark-cli check)
};

Result<SignedIn> signIn(const QString& databasePath, const QString& username, const QString& password,
                        SignInOptions options = {});

// For a forgotten password: the recovery key opens the database as the administrator account
// named `asAccount` (normally the one who ran init), to reset a password.
Result<SignedIn> signInWithRecoveryKey(const QString& databasePath, const QString& recoveryKey,
                                       const QString& asAccount);

// A brand-new encrypted database and its key file, with one administrator. Refuses to touch an
// existing file; on any failure neither file is left behind.
struct NewDatabase {
    SignedIn session;
    QString recoveryKey; // shown once
};
Result<NewDatabase> createDatabase(const QString& databasePath, const QString& adminUsername,
                                   const QString& adminDisplayName, const QString& password,
                                   const KdfCost& cost = KdfCost::interactive());

} // namespace waymark
