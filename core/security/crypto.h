#pragma once

#include "security/secretkey.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace waymark {

// The few primitives Waymark needs, all from libsodium (Debian's libsodium23):
//   Argon2id (crypto_pwhash) turns a password into a key-encryption key;
//   XSalsa20-Poly1305 (crypto_secretbox) wraps one key under another, authenticated, so a wrong
//   password is detected rather than producing garbage;
//   BLAKE2b (crypto_generichash) for the audit chain and for high-entropy recovery keys.

// Must succeed before anything else here is used; safe to call many times.
void ensureCryptoReady();

// How hard Argon2id works. Stored beside each wrapped key, so the cost can be raised later
// without breaking existing passwords.
struct KdfCost {
    quint64 opsLimit = 0;
    quint64 memLimitBytes = 0;
    static KdfCost interactive(); // libsodium's INTERACTIVE: 2 passes, 64 MiB (~0.1-0.3 s)
    static KdfCost moderate();    // MODERATE: 3 passes, 256 MiB (~1 s)
    static KdfCost minimum();     // for tests of the format only
};

QByteArray randomBytes(int count);

// Argon2id(password, salt) -> 32-byte key. Fails only when memory cannot be allocated.
Result<SecretKey> deriveKeyFromPassword(const QString& password, const QByteArray& salt, const KdfCost& cost);
QByteArray newPasswordSalt();

// Keyed BLAKE2b-256 of `data`; with an invalid key, unkeyed.
QByteArray blake2b(const QByteArray& data, const SecretKey& key = SecretKey());

// nonce || ciphertext+tag. Unwrap fails (no partial output) when the key is wrong or the bytes
// were altered.
QByteArray wrapKey(const SecretKey& kek, const SecretKey& key);
Result<SecretKey> unwrapKey(const SecretKey& kek, const QByteArray& wrapped);

} // namespace waymark
