#pragma once

#include "sealed/secure_memory.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace zanlink {

// The cost of turning a passphrase into a key (Argon2id). Stored in every
// sealed file, so a file opens with the parameters it was made with.
struct SealParams {
    quint64 opsLimit = 0;
    quint64 memLimit = 0; // bytes

    // The default for case files: libsodium's MODERATE (3 passes, 256 MiB).
    static SealParams moderate();
    // libsodium's INTERACTIVE (2 passes, 64 MiB).
    static SealParams interactive();
    // The least libsodium allows (1 pass, 8 KiB): for tests only, it gives
    // almost no protection against guessing.
    static SealParams minimum();

    // Whether a file's parameters are ones this version derives a key with:
    // within libsodium's limits, and no more than 4 GiB or 64 passes so a
    // changed header cannot make opening take hours.
    bool isAcceptable() const;
    bool operator==(const SealParams&) const = default;
};

// The form a passphrase is brought to before key derivation: the same text
// typed with precomposed or combining letters ("й" as U+0439 or U+0438
// U+0306) gives the same key. Recorded in the header (format field
// "passphrase form").
enum class PassphraseForm : quint16 {
    NfkcUtf8 = 1, // Unicode NFKC, then UTF-8
};

// The key of one sealed file: the 32-byte Argon2id output of the passphrase
// with the file's salt and parameters, kept in locked, guarded memory. The
// key used for encryption and the key check stored in the header are both
// derived from it (crypto_kdf), so a save after opening needs no new Argon2id
// run. Move-only. The key memory is made readable only while in use, so one
// SealKey must not be used from two threads at once.
class SealKey {
public:
    static constexpr int kSaltSize = 16; // crypto_pwhash_SALTBYTES
    static constexpr int kKeySize = 32;

    SealKey() = default;
    SealKey(SealKey&&) noexcept = default;
    SealKey& operator=(SealKey&&) noexcept = default;

    // A new key with a fresh random salt: for a new file or a new passphrase.
    // Fails on an empty passphrase, unacceptable parameters or lack of memory.
    static std::optional<SealKey> create(const QString& passphrase, const SealParams& params, QString* error);
    // The key of an existing file, from its salt and parameters.
    static std::optional<SealKey> derive(
        const QString& passphrase, const SealParams& params, const QByteArray& salt, QString* error);

    bool isValid() const { return m_key.isValid(); }
    const SealParams& params() const { return m_params; }
    QByteArray salt() const { return m_salt; }
    PassphraseForm passphraseForm() const { return PassphraseForm::NfkcUtf8; }

    // The value stored in the header that tells a wrong passphrase from a
    // damaged file (32 bytes).
    QByteArray keyCheck() const;
    // Writes the XChaCha20-Poly1305 key into `out` (a 32-byte SecretBuffer).
    bool encryptionKey(sealed::SecretBuffer& out) const;
    // Whether `passphrase` gives this key (runs Argon2id once).
    bool matches(const QString& passphrase) const;

    // The passphrase as it is given to Argon2id.
    static QByteArray normalizedPassphrase(const QString& passphrase);

private:
    bool subkey(quint64 id, unsigned char* out) const;

    sealed::SecretBuffer m_key;
    SealParams m_params;
    QByteArray m_salt;
};

} // namespace zanlink
