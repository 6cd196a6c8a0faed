#pragma once

#include "security/keyfile.h"
#include "security/secretkey.h"
#include "util/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace waymark {

// Opens and manages a database's key file (see keyfile.h). An unlocked Vault holds the master
// key and the database key in memory for as long as the user is signed in, so that an
// administrator can add users and reset passwords without re-encrypting the database.
class Vault {
public:
    // Lock-out: after this many wrong passwords in a row the account is locked for lockMinutes.
    static constexpr int maxFailedAttempts = 5;
    static constexpr int lockMinutes = 15;
    static constexpr int minimumPasswordLength = 10;

    struct Created;

    // A new key file for a new database, with one password slot and a recovery slot. Refuses to
    // overwrite an existing key file.
    static Result<Created> create(const QString& databasePath, const QString& user, const QString& password,
                                  const KdfCost& cost = KdfCost::interactive());
    // Checks the password against the user's slot. Every failure says the same thing whether the
    // user exists or not, and counts towards the lock-out.
    static Result<Vault> unlock(const QString& databasePath, const QString& user, const QString& password,
                                const QDateTime& nowUtc = QDateTime::currentDateTimeUtc());
    static Result<Vault> unlockWithRecoveryKey(const QString& databasePath, const QString& recoveryKey);

    // A password long enough to resist guessing (length is what matters; no composition rules,
    // following NCSC guidance). Returns an empty string when acceptable, else why not.
    static QString passwordProblem(const QString& password);

    const QString& databasePath() const { return m_databasePath; }
    const SecretKey& databaseKey() const { return m_databaseKey; }
    // The key that seals the audit chain: derived from the master key, so someone holding only
    // the database key (a copied file and a leaked key) cannot forge audit entries.
    SecretKey auditKey() const;
    QByteArray databaseId() const { return m_file.databaseId; }
    // During an interrupted rekey: the key the database may already be using.
    Result<SecretKey> pendingDatabaseKey() const;

    // For the lock screen: is this the signed-in user's password? Counts failures like unlock().
    Status verifyPassword(const QString& user, const QString& password,
                          const QDateTime& nowUtc = QDateTime::currentDateTimeUtc());
    bool hasUser(const QString& user) const { return m_file.passwordSlot(user) != nullptr; }
    // Adds the user's slot, or replaces their password (administrator reset or own change).
    Status setPassword(const QString& user, const QString& password,
                       const KdfCost& cost = KdfCost::interactive());
    // Demo files only: many accounts with one password, derived once (one Argon2id run instead
    // of one per account).
    Status setSamePassword(const QStringList& users, const QString& password,
                           const KdfCost& cost = KdfCost::interactive());
    Status removeUser(const QString& user);
    Status unlockUser(const QString& user); // clears a lock-out
    // A new recovery key; the old one stops working. Shown once, never stored.
    Result<QString> replaceRecoveryKey();

    // The audit chain's head, remembered outside the database (audit::verify checks it is still there).
    Status setAuditAnchor(qint64 seq, const QByteArray& hash);
    qint64 auditAnchorSeq() const { return m_file.auditAnchorSeq; }
    QByteArray auditAnchorHash() const { return m_file.auditAnchorHash; }

    // Rekey, in two steps so that a crash in between loses nothing: stage writes the new key
    // into the key file as "pending"; after SQLCipher has re-encrypted the file, commit makes it
    // the current key.
    Result<SecretKey> stageNewDatabaseKey();
    // Also used when the database turned out to use the pending key already.
    Status commitPendingDatabaseKey();

private:
    Vault(QString databasePath, KeyFile file, SecretKey master, SecretKey databaseKey);
    Status save() const;

    QString m_databasePath;
    KeyFile m_file;
    SecretKey m_master;
    SecretKey m_databaseKey;
};

struct Vault::Created {
    Vault vault;
    QString recoveryKey; // show once to the administrator
};

// Recovery keys: 160 random bits as 32 characters of Crockford base32 in groups of four
// ("7KQ2-...-M9XD"); typing is forgiving about case, spaces, dashes, O/0 and I/L/1.
QString formatRecoveryKey(const QByteArray& raw);
Result<QByteArray> parseRecoveryKey(const QString& text);

} // namespace waymark
