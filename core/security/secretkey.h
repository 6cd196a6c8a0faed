#pragma once

#include <QByteArray>
#include <QString>

#include <array>
#include <cstdint>

namespace waymark {

// A 256-bit key held in memory only as long as it is needed and wiped when it goes away. Copies
// are explicit and each copy is wiped too; keys never pass through QByteArray's shared buffers
// except when serialised (wrapped) or handed to SQLCipher.
class SecretKey {
public:
    static constexpr int size = 32;

    SecretKey();
    ~SecretKey();
    SecretKey(const SecretKey& other);
    SecretKey& operator=(const SecretKey& other);

    static SecretKey random();
    // From exactly `size` bytes; any other length gives an empty (invalid) key.
    static SecretKey fromBytes(const QByteArray& bytes);

    bool isValid() const { return m_valid; }
    const std::uint8_t* data() const { return m_bytes.data(); }
    std::uint8_t* data() { return m_bytes.data(); }
    QByteArray toBytes() const; // for wrapping; the caller wipes or wraps it at once
    // The SQLCipher raw-key literal: x'<64 hex digits>' (no key derivation inside SQLCipher).
    QString sqlcipherLiteral() const;
    void markValid() { m_valid = true; }

    bool operator==(const SecretKey& o) const;

private:
    std::array<std::uint8_t, size> m_bytes{};
    bool m_valid = false;
};

} // namespace waymark
