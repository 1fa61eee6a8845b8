#include "sealed/sealed_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

namespace zanlink {

using namespace sealformat;

namespace {

constexpr quint32 kKdfArgon2id = crypto_pwhash_ALG_ARGON2ID13;
constexpr int kChecksumSize = 16;
constexpr int kKeyCheckOffset = 80;
constexpr int kKeyCheckSize = 32;

static_assert(kNonceSize == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(kTagSize == crypto_aead_xchacha20poly1305_ietf_ABYTES);
static_assert(kChecksumOffset + kChecksumSize == kHeaderSize);
static_assert(kKeyCheckOffset + kKeyCheckSize == kChecksumOffset);

struct Header {
    quint16 version = 0;
    quint16 passphraseForm = 0;
    quint32 kdf = 0;
    SealParams params;
    QByteArray salt;
    quint64 payloadLength = 0;
    QByteArray keyCheck;
};

template <typename T> T readLE(const QByteArray& bytes, int offset)
{
    return qFromLittleEndian<T>(bytes.constData() + offset);
}

template <typename T> void writeLE(QByteArray& bytes, int offset, T value)
{
    qToLittleEndian<T>(value, bytes.data() + offset);
}

QByteArray headerChecksum(const QByteArray& header)
{
    QByteArray sum(kChecksumSize, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(sum.data()), kChecksumSize,
        reinterpret_cast<const unsigned char*>(header.constData()), kChecksumOffset, nullptr, 0);
    return sum;
}

QByteArray makeHeader(const SealKey& key, const QByteArray& nonce, quint64 payloadLength)
{
    QByteArray h(kHeaderSize, '\0');
    std::memcpy(h.data(), kMagic, kMagicSize);
    writeLE<quint16>(h, 8, kVersion);
    writeLE<quint16>(h, 10, static_cast<quint16>(key.passphraseForm()));
    writeLE<quint32>(h, 12, kKdfArgon2id);
    writeLE<quint64>(h, 16, key.params().opsLimit);
    writeLE<quint64>(h, 24, key.params().memLimit);
    h.replace(kSaltOffset, SealKey::kSaltSize, key.salt());
    h.replace(kNonceOffset, kNonceSize, nonce);
    writeLE<quint64>(h, 72, payloadLength);
    h.replace(kKeyCheckOffset, kKeyCheckSize, key.keyCheck());
    h.replace(kChecksumOffset, kChecksumSize, headerChecksum(h));
    return h;
}

Header parseHeader(const QByteArray& file)
{
    Header h;
    h.version = readLE<quint16>(file, 8);
    h.passphraseForm = readLE<quint16>(file, 10);
    h.kdf = readLE<quint32>(file, 12);
    h.params.opsLimit = readLE<quint64>(file, 16);
    h.params.memLimit = readLE<quint64>(file, 24);
    h.salt = file.mid(kSaltOffset, SealKey::kSaltSize);
    h.payloadLength = readLE<quint64>(file, 72);
    h.keyCheck = file.mid(kKeyCheckOffset, kKeyCheckSize);
    return h;
}

// Makes the rename of a file in `dir` durable.
void syncFolder(const QString& dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

class Failer {
public:
    Failer(QString* error, SealFailure* failure) : m_error(error), m_failure(failure)
    {
        if (m_failure)
            *m_failure = SealFailure::None;
    }
    std::nullopt_t operator()(SealFailure kind, const QString& message) const
    {
        if (m_error)
            *m_error = message;
        if (m_failure)
            *m_failure = kind;
        return std::nullopt;
    }

private:
    QString* m_error;
    SealFailure* m_failure;
};

} // namespace

bool writeSealed(const QString& path, QByteArrayView plaintext, const SealKey& key, QString* error)
{
    const QString name = QDir::toNativeSeparators(path);
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!sealed::ensureSodium())
        return fail(QStringLiteral("%1: the encryption library could not start").arg(name));
    if (!key.isValid())
        return fail(QStringLiteral("%1: no key to seal the file with").arg(name));
    sealed::SecretBuffer encryptionKey(SealKey::kKeySize);
    if (!encryptionKey.isValid() || !key.encryptionKey(encryptionKey))
        return fail(QStringLiteral("%1: not enough memory for the key").arg(name));

    QByteArray nonce(kNonceSize, Qt::Uninitialized);
    randombytes_buf(nonce.data(), kNonceSize);
    const quint64 payloadLength = static_cast<quint64>(plaintext.size()) + kTagSize;
    const QByteArray header = makeHeader(key, nonce, payloadLength);
    QByteArray sealed(kHeaderSize + static_cast<qsizetype>(payloadLength), Qt::Uninitialized);
    std::memcpy(sealed.data(), header.constData(), kHeaderSize);
    unsigned long long written = 0;
    {
        const sealed::SecretReader k(encryptionKey);
        crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(sealed.data()) + kHeaderSize,
            &written, reinterpret_cast<const unsigned char*>(plaintext.data()),
            static_cast<unsigned long long>(plaintext.size()),
            reinterpret_cast<const unsigned char*>(header.constData()), kHeaderSize, nullptr,
            reinterpret_cast<const unsigned char*>(nonce.constData()), k.data());
    }
    if (written != payloadLength)
        return fail(QStringLiteral("%1: encryption failed").arg(name));

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("%1: cannot write: %2").arg(name, out.errorString()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (out.write(sealed) != sealed.size()) {
        const QString reason = out.errorString();
        out.cancelWriting();
        return fail(QStringLiteral("%1: cannot write: %2").arg(name, reason));
    }
    if (!out.commit())
        return fail(QStringLiteral("%1: cannot write: %2").arg(name, out.errorString()));
    syncFolder(QFileInfo(path).absolutePath());
    return true;
}

std::optional<QByteArray> readSealed(
    const QString& path, const QString& passphrase, SealKey* keyOut, QString* error, SealFailure* failure)
{
    const Failer fail(error, failure);
    const QString name = QDir::toNativeSeparators(path);
    if (!sealed::ensureSodium())
        return fail(SealFailure::OutOfMemory, QStringLiteral("%1: the encryption library could not start").arg(name));
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return fail(SealFailure::CannotRead, QStringLiteral("%1: cannot open: %2").arg(name, in.errorString()));
    const QByteArray file = in.readAll();
    if (in.error() != QFileDevice::NoError)
        return fail(SealFailure::CannotRead, QStringLiteral("%1: cannot read: %2").arg(name, in.errorString()));
    in.close();

    if (file.size() >= kMagicSize && !file.startsWith(QByteArrayView(kMagic, kMagicSize))) {
        if (file.startsWith(QByteArrayView("SQLite format 3", 16)))
            return fail(SealFailure::NotSealed,
                QStringLiteral("%1 is not a sealed case file (it is a database without a passphrase)").arg(name));
        return fail(SealFailure::NotSealed, QStringLiteral("%1 is not a sealed case file").arg(name));
    }
    if (file.size() < kHeaderSize + kTagSize) {
        return fail(SealFailure::TooShort,
            QStringLiteral("%1 is too short to be a sealed case file (%2 bytes)").arg(name).arg(file.size()));
    }
    const Header h = parseHeader(file);
    const QString damaged = QStringLiteral("%1 is damaged or was changed: %2");
    if (h.version != kVersion) {
        // A file of this format whose version field alone was damaged still
        // matches its checksum once the field reads 1 again.
        QByteArray asCurrent = file.first(kHeaderSize);
        writeLE<quint16>(asCurrent, 8, kVersion);
        if (sodium_memcmp(headerChecksum(asCurrent).constData(), file.constData() + kChecksumOffset, kChecksumSize)
            == 0) {
            return fail(SealFailure::Damaged, damaged.arg(name, QStringLiteral("the format version field is damaged")));
        }
    }
    if (h.version > kVersion) {
        return fail(SealFailure::NewerFormat,
            QStringLiteral("%1 was made by a newer ZanLink (sealed file format %2; this version reads format %3)")
                .arg(name)
                .arg(h.version)
                .arg(kVersion));
    }
    if (h.version == 0)
        return fail(SealFailure::Damaged, damaged.arg(name, QStringLiteral("unknown format version 0")));
    if (sodium_memcmp(headerChecksum(file).constData(), file.constData() + kChecksumOffset, kChecksumSize) != 0)
        return fail(SealFailure::Damaged, damaged.arg(name, QStringLiteral("the header checksum does not match")));
    if (h.passphraseForm != static_cast<quint16>(PassphraseForm::NfkcUtf8) || h.kdf != kKdfArgon2id
        || !h.params.isAcceptable()) {
        return fail(SealFailure::Damaged, damaged.arg(name, QStringLiteral("unknown key derivation settings")));
    }
    const quint64 actual = static_cast<quint64>(file.size() - kHeaderSize);
    if (h.payloadLength < kTagSize)
        return fail(SealFailure::Damaged, damaged.arg(name, QStringLiteral("impossible payload length")));
    if (actual < h.payloadLength) {
        return fail(SealFailure::Damaged,
            damaged.arg(name,
                QStringLiteral("it is cut short (%1 of %2 bytes)")
                    .arg(file.size())
                    .arg(h.payloadLength + kHeaderSize)));
    }
    if (actual > h.payloadLength) {
        return fail(SealFailure::Damaged,
            damaged.arg(name, QStringLiteral("%1 bytes more than its header says").arg(actual - h.payloadLength)));
    }

    QString deriveError;
    std::optional<SealKey> key = SealKey::derive(passphrase, h.params, h.salt, &deriveError);
    if (!key)
        return fail(SealFailure::OutOfMemory, QStringLiteral("%1: %2").arg(name, deriveError));
    if (sodium_memcmp(key->keyCheck().constData(), h.keyCheck.constData(), kKeyCheckSize) != 0)
        return fail(SealFailure::WrongPassphrase, QStringLiteral("wrong passphrase for %1").arg(name));

    sealed::SecretBuffer encryptionKey(SealKey::kKeySize);
    if (!encryptionKey.isValid() || !key->encryptionKey(encryptionKey))
        return fail(SealFailure::OutOfMemory, QStringLiteral("%1: not enough memory for the key").arg(name));
    QByteArray plain(static_cast<qsizetype>(h.payloadLength) - kTagSize, Qt::Uninitialized);
    unsigned long long plainLength = 0;
    int rc = 0;
    {
        const sealed::SecretReader k(encryptionKey);
        rc = crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(plain.data()), &plainLength,
            nullptr, reinterpret_cast<const unsigned char*>(file.constData()) + kHeaderSize, h.payloadLength,
            reinterpret_cast<const unsigned char*>(file.constData()), kHeaderSize,
            reinterpret_cast<const unsigned char*>(file.constData()) + kNonceOffset, k.data());
    }
    if (rc != 0 || plainLength != static_cast<unsigned long long>(plain.size())) {
        sealed::wipe(plain);
        return fail(SealFailure::Damaged, damaged.arg(name, QStringLiteral("authentication failed")));
    }
    if (keyOut)
        *keyOut = std::move(*key);
    return plain;
}

bool isSealedFile(const QString& path)
{
    QFile in(path);
    return in.open(QIODevice::ReadOnly) && in.read(kMagicSize) == QByteArrayView(kMagic, kMagicSize);
}

} // namespace zanlink
