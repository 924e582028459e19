#include "auth/PasswordHasher.h"

#include <sodium.h>

#include <array>
#include <cstring>

namespace atende {

namespace {

// sodium_init() is itself safe to call again, but doing it once keeps the check cheap and gives one answer.
bool sodiumReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// The stored hash as the NUL-terminated, STRBYTES-long buffer libsodium's prototypes declare; empty when the
// text cannot be a hash (too long or not ASCII), so libsodium never reads past what we own.
using HashBuffer = std::array<char, crypto_pwhash_STRBYTES>;
bool toHashBuffer(const QString& encodedHash, HashBuffer& out) {
    out.fill('\0');
    const QByteArray ascii = encodedHash.toLatin1();
    if (ascii.isEmpty() || ascii.size() >= static_cast<qsizetype>(out.size()) || ascii.contains('\0'))
        return false;
    std::memcpy(out.data(), ascii.constData(), static_cast<size_t>(ascii.size()));
    return true;
}

// Wipes the UTF-8 copy of a password when it goes out of scope (the caller's QString is theirs to manage).
class SecretBytes {
public:
    explicit SecretBytes(const QString& text)
        : m_bytes(text.toUtf8()) {}
    ~SecretBytes() {
        if (!m_bytes.isEmpty())
            sodium_memzero(m_bytes.data(), static_cast<size_t>(m_bytes.size()));
    }
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    const char* data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

} // namespace

PasswordHasher::PasswordHasher(Strength strength)
    : m_strength(strength) {}

unsigned long long PasswordHasher::opsLimit() const {
    return m_strength == Strength::Interactive ? crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE
                                               : crypto_pwhash_argon2id_OPSLIMIT_MIN;
}

size_t PasswordHasher::memLimit() const {
    return m_strength == Strength::Interactive ? crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE
                                               : crypto_pwhash_argon2id_MEMLIMIT_MIN;
}

Result<QString> PasswordHasher::hash(const QString& password) const {
    if (!sodiumReady()) {
        return Error::make(Error::Code::Generic, tr("The password could not be protected. Restart the program."),
                           QStringLiteral("sodium_init failed"));
    }
    const SecretBytes secret(password);
    HashBuffer out{};
    // The explicit algorithm keeps hashes Argon2id even if a future libsodium changes its default.
    if (crypto_pwhash_str_alg(out.data(), secret.data(), secret.size(), opsLimit(), memLimit(),
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return Error::make(Error::Code::Generic,
                           tr("The password could not be protected: the computer is short of memory. Close other "
                              "programs and try again."),
                           QStringLiteral("crypto_pwhash_str_alg failed (out of memory?)"));
    }
    return QString::fromLatin1(out.data());
}

bool PasswordHasher::verify(const QString& encodedHash, const QString& password) const {
    HashBuffer stored;
    if (!sodiumReady() || !toHashBuffer(encodedHash, stored))
        return false;
    const SecretBytes secret(password);
    return crypto_pwhash_str_verify(stored.data(), secret.data(), secret.size()) == 0;
}

bool PasswordHasher::needsRehash(const QString& encodedHash) const {
    HashBuffer stored;
    if (!sodiumReady() || !toHashBuffer(encodedHash, stored))
        return true;
    // The generic check only compares parameters; the prefix check makes an Argon2i hash count as outdated too.
    if (!encodedHash.startsWith(QLatin1String(crypto_pwhash_argon2id_STRPREFIX)))
        return true;
    return crypto_pwhash_str_needs_rehash(stored.data(), opsLimit(), memLimit()) != 0;
}

Status PasswordHasher::checkPolicy(const QString& password, const QString& login) {
    const QString trimmed = password.trimmed();
    // Characters as people count them (code points), not UTF-16 units.
    const auto length = trimmed.toUcs4().size();
    if (length < MinimumLength) {
        return Error::make(Error::Code::InvalidInput,
                           tr("The password must have at least %n characters.", nullptr, MinimumLength),
                           QStringLiteral("password policy: too short"));
    }
    if (password.toUcs4().size() > MaximumLength) {
        return Error::make(Error::Code::InvalidInput,
                           tr("The password is too long: use at most %n characters.", nullptr, MaximumLength),
                           QStringLiteral("password policy: too long"));
    }
    if (trimmed.compare(login.trimmed(), Qt::CaseInsensitive) == 0) {
        return Error::make(Error::Code::InvalidInput,
                           tr("The password must not be the same as the login. Choose another one."),
                           QStringLiteral("password policy: equals login"));
    }
    return {};
}

} // namespace atende
