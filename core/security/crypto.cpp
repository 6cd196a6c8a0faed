#include "security/crypto.h"

#include "util/trcontext.h"

#include <cstdlib>
#include <sodium.h>

namespace waymark {

void ensureCryptoReady() {
    static const bool ready = [] {
        return sodium_init() >= 0;
    }();
    if (!ready) {
        // Without a working random number generator no key can be made safely; stopping is the
        // only honest option (libsodium's own advice).
        std::abort();
    }
}

KdfCost KdfCost::interactive() {
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

KdfCost KdfCost::moderate() {
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfCost KdfCost::minimum() {
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

QByteArray randomBytes(int count) {
    ensureCryptoReady();
    QByteArray bytes(count, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(count));
    return bytes;
}

QByteArray newPasswordSalt() {
    return randomBytes(crypto_pwhash_SALTBYTES);
}

Result<SecretKey> deriveKeyFromPassword(const QString& password, const QByteArray& salt,
                                        const KdfCost& cost) {
    ensureCryptoReady();
    if (salt.size() != crypto_pwhash_SALTBYTES)
        return Status::failure(Security::tr("The key file holds a damaged password salt."));
    if (cost.opsLimit < crypto_pwhash_OPSLIMIT_MIN || cost.memLimitBytes < crypto_pwhash_MEMLIMIT_MIN ||
        cost.opsLimit > crypto_pwhash_OPSLIMIT_SENSITIVE ||
        cost.memLimitBytes > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return Status::failure(Security::tr("The key file asks for a password cost outside the safe range."));
    QByteArray utf8 = password.toUtf8();
    SecretKey key;
    const int rc = crypto_pwhash(key.data(), SecretKey::size, utf8.constData(), quint64(utf8.size()),
                                 reinterpret_cast<const unsigned char*>(salt.constData()), cost.opsLimit,
                                 size_t(cost.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0)
        return Status::failure(
            Security::tr("Not enough memory to check the password (Argon2id needs %1 MiB).")
                .arg(cost.memLimitBytes / (1024 * 1024)));
    key.markValid();
    return key;
}

QByteArray blake2b(const QByteArray& data, const SecretKey& key) {
    ensureCryptoReady();
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char*>(data.constData()), quint64(data.size()),
                       key.isValid() ? key.data() : nullptr, key.isValid() ? SecretKey::size : 0);
    return out;
}

QByteArray wrapKey(const SecretKey& kek, const SecretKey& key) {
    ensureCryptoReady();
    QByteArray out(int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + SecretKey::size),
                   Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, key.data(), SecretKey::size, nonce,
                          kek.data());
    return out;
}

Result<SecretKey> unwrapKey(const SecretKey& kek, const QByteArray& wrapped) {
    ensureCryptoReady();
    if (wrapped.size() != int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + SecretKey::size))
        return Status::failure(Security::tr("The key file holds a damaged key."));
    const auto* nonce = reinterpret_cast<const unsigned char*>(wrapped.constData());
    SecretKey key;
    if (crypto_secretbox_open_easy(key.data(), nonce + crypto_secretbox_NONCEBYTES,
                                   crypto_secretbox_MACBYTES + SecretKey::size, nonce, kek.data()) != 0)
        return Status::failure(Security::tr("The key does not fit."));
    key.markValid();
    return key;
}

} // namespace waymark
