#include "security/secretkey.h"

#include "security/crypto.h"

#include <sodium.h>

namespace waymark {

SecretKey::SecretKey() = default;

SecretKey::~SecretKey() {
    sodium_memzero(m_bytes.data(), m_bytes.size());
}

SecretKey::SecretKey(const SecretKey& other)
    : m_bytes(other.m_bytes)
    , m_valid(other.m_valid) {}

SecretKey& SecretKey::operator=(const SecretKey& other) {
    m_bytes = other.m_bytes;
    m_valid = other.m_valid;
    return *this;
}

SecretKey SecretKey::random() {
    ensureCryptoReady();
    SecretKey key;
    randombytes_buf(key.m_bytes.data(), key.m_bytes.size());
    key.m_valid = true;
    return key;
}

SecretKey SecretKey::fromBytes(const QByteArray& bytes) {
    SecretKey key;
    if (bytes.size() != size)
        return key;
    std::copy(bytes.begin(), bytes.end(), key.m_bytes.begin());
    key.m_valid = true;
    return key;
}

QByteArray SecretKey::toBytes() const {
    return QByteArray(reinterpret_cast<const char*>(m_bytes.data()), int(m_bytes.size()));
}

QString SecretKey::sqlcipherLiteral() const {
    QByteArray bytes = toBytes();
    const QString literal = QStringLiteral("x'%1'").arg(QString::fromLatin1(bytes.toHex()));
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    return literal;
}

bool SecretKey::operator==(const SecretKey& o) const {
    return m_valid == o.m_valid && sodium_memcmp(m_bytes.data(), o.m_bytes.data(), size) == 0;
}

} // namespace waymark
