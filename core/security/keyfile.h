#pragma once

#include "security/crypto.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

namespace waymark {

// The key file beside each database (`waymark.db.keys`): the only thing needed, with a password
// or the recovery key, to open the encrypted database. It holds no personal data and no key in
// the clear:
//   - the database key (what SQLCipher uses), wrapped under a random master key;
//   - one slot per user: the master key wrapped under Argon2id(password), with its salt and cost,
//     and the count of wrong passwords since the last right one (for lock-out);
//   - one recovery slot: the master key wrapped under a key derived from the recovery key.
// Resetting a password rewrites one slot; the database file is not touched. Documented in
// docs/security.md.
struct KeySlot {
    enum class Kind { Password, Recovery };
    Kind kind = Kind::Password;
    QString user; // lower-case user name; empty for the recovery slot
    KdfCost cost;
    QByteArray salt;
    QByteArray wrappedMaster;
    int failedAttempts = 0;
    QDateTime lockedUntil; // UTC; invalid when not locked
};

struct KeyFile {
    static constexpr int formatVersion = 1;
    QByteArray databaseId;         // random; also stored in the database, to catch a mismatch
    QByteArray wrappedDatabaseKey; // under the master key
    QByteArray pendingDatabaseKey; // during `rekey` only: the new key, until the file is rewritten
    std::vector<KeySlot> keySlots;
    // The audit chain's head at the last sign-in, so that cutting entries off the end of the chain
    // (which leaves a chain that is valid as far as it goes) is found too.
    qint64 auditAnchorSeq = 0;
    QByteArray auditAnchorHash;

    KeySlot* passwordSlot(const QString& user);
    const KeySlot* passwordSlot(const QString& user) const;
    KeySlot* recoverySlot();

    static QString pathFor(const QString& databasePath); // databasePath + ".keys"
    static Result<KeyFile> load(const QString& path);
    static Result<KeyFile> parse(const QByteArray& json); // every error names the field
    QByteArray toJson() const;
    Status save(const QString& path) const; // atomic: a crash leaves the old file or the new one
};

} // namespace waymark
