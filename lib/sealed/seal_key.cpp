#include "sealed/seal_key.h"

#include <sodium.h>

namespace zanlink {

namespace {

// crypto_kdf context and subkey ids; part of the file format.
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "ZLSEALD1";
constexpr quint64 kEncryptionKeyId = 1;
constexpr quint64 kKeyCheckId = 2;

constexpr quint64 kMaxOpsLimit = 64;
constexpr quint64 kMaxMemLimit = 4ULL * 1024 * 1024 * 1024;

static_assert(SealKey::kSaltSize == crypto_pwhash_SALTBYTES);
static_assert(SealKey::kKeySize == crypto_kdf_KEYBYTES);
static_assert(SealKey::kKeySize == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

} // namespace

SealParams SealParams::moderate()
{
    return { crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE };
}

SealParams SealParams::interactive()
{
    return { crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE };
}

SealParams SealParams::minimum()
{
    return { crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN };
}

bool SealParams::isAcceptable() const
{
    return opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= kMaxOpsLimit && memLimit >= crypto_pwhash_MEMLIMIT_MIN
        && memLimit <= kMaxMemLimit && memLimit <= crypto_pwhash_MEMLIMIT_MAX;
}

QByteArray SealKey::normalizedPassphrase(const QString& passphrase)
{
    QString normal = passphrase.normalized(QString::NormalizationForm_KC);
    QByteArray utf8 = normal.toUtf8();
    sealed::wipe(normal);
    return utf8;
}

std::optional<SealKey> SealKey::create(const QString& passphrase, const SealParams& params, QString* error)
{
    if (passphrase.isEmpty()) {
        setError(error, QStringLiteral("the passphrase is empty"));
        return std::nullopt;
    }
    if (!sealed::ensureSodium()) {
        setError(error, QStringLiteral("the encryption library could not start"));
        return std::nullopt;
    }
    QByteArray salt(kSaltSize, Qt::Uninitialized);
    randombytes_buf(salt.data(), static_cast<std::size_t>(salt.size()));
    return derive(passphrase, params, salt, error);
}

std::optional<SealKey> SealKey::derive(
    const QString& passphrase, const SealParams& params, const QByteArray& salt, QString* error)
{
    if (!sealed::ensureSodium()) {
        setError(error, QStringLiteral("the encryption library could not start"));
        return std::nullopt;
    }
    if (salt.size() != kSaltSize || !params.isAcceptable()) {
        setError(error, QStringLiteral("unusable key derivation parameters"));
        return std::nullopt;
    }
    SealKey key;
    key.m_key = sealed::SecretBuffer(kKeySize);
    if (!key.m_key.isValid()) {
        setError(error, QStringLiteral("not enough memory for the key"));
        return std::nullopt;
    }
    key.m_params = params;
    key.m_salt = salt;
    QByteArray secret = normalizedPassphrase(passphrase);
    const int rc = crypto_pwhash(key.m_key.data(), kKeySize, secret.constData(),
        static_cast<unsigned long long>(secret.size()), reinterpret_cast<const unsigned char*>(salt.constData()),
        params.opsLimit, static_cast<std::size_t>(params.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    sealed::wipe(secret);
    key.m_key.lock();
    if (rc != 0) {
        setError(error,
            QStringLiteral("not enough memory to derive the key (%1 MiB needed)").arg(params.memLimit / (1024 * 1024)));
        return std::nullopt;
    }
    return key;
}

bool SealKey::subkey(quint64 id, unsigned char* out) const
{
    if (!isValid())
        return false;
    const sealed::SecretReader master(m_key);
    return crypto_kdf_derive_from_key(out, kKeySize, id, kKdfContext, master.data()) == 0;
}

QByteArray SealKey::keyCheck() const
{
    QByteArray check(kKeySize, Qt::Uninitialized);
    if (!subkey(kKeyCheckId, reinterpret_cast<unsigned char*>(check.data())))
        return {};
    return check;
}

bool SealKey::encryptionKey(sealed::SecretBuffer& out) const
{
    if (!out.isValid() || out.size() != kKeySize)
        return false;
    out.unlockForWriting();
    const bool ok = subkey(kEncryptionKeyId, out.data());
    out.lock();
    return ok;
}

bool SealKey::matches(const QString& passphrase) const
{
    if (!isValid())
        return false;
    const std::optional<SealKey> other = derive(passphrase, m_params, m_salt, nullptr);
    if (!other)
        return false;
    const sealed::SecretReader mine(m_key);
    const sealed::SecretReader theirs(other->m_key);
    return sodium_memcmp(mine.data(), theirs.data(), kKeySize) == 0;
}

} // namespace zanlink
