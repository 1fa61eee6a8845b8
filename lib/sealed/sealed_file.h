#pragma once

#include "sealed/seal_key.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

// A sealed case file: a whole SQLite database encrypted under a passphrase.
//
// File format, version 1. All integers little-endian; offsets in bytes.
//
//   offset size  field
//      0     8   magic "ZLSEALD1" (ASCII, no terminator)
//      8     2   format version = 1
//     10     2   passphrase form = 1: Unicode NFKC, then UTF-8
//     12     4   key derivation = 2: Argon2id v1.3 (crypto_pwhash_ALG_ARGON2ID13)
//     16     8   Argon2id opslimit (passes)
//     24     8   Argon2id memlimit (bytes)
//     32    16   salt, random for every passphrase
//     48    24   nonce, random for every save
//     72     8   payload length: bytes after the header (ciphertext + 16-byte tag)
//     80    32   key check: crypto_kdf subkey 2 of the Argon2id output (context
//                "ZLSEALD1"); equal when the passphrase is right
//    112    16   header checksum: BLAKE2b-128 (unkeyed) of bytes 0..111
//    128     n   payload: XChaCha20-Poly1305-IETF of the SQLite database image
//                (sqlite3_serialize) with crypto_kdf subkey 1 as the key, the
//                nonce above and bytes 0..127 as associated data; the last 16
//                bytes are the Poly1305 tag
//
// Reading checks, in this order: the magic ("not a sealed case file"), the
// size ("too short"), the version ("made by a newer ZanLink", unless the
// header checksum shows a version-1 header with a damaged version field), the
// header checksum and fields (accidental damage of the header, found before any key
// derivation), the payload length (cut short or grown), the key check ("wrong
// passphrase") and last the tag, which authenticates the header and the whole
// database ("damaged or was changed: authentication failed").
//
// The header checksum has no key: it tells damage from a wrong passphrase, it
// does not stop a deliberate change of the salt or parameters, which then
// reads as a wrong passphrase. Nothing in the file can be changed to yield
// other content without the passphrase.
//
// Files are written to a temporary file in the same folder, synced and
// renamed over the old one (QSaveFile), then the folder is synced: the path
// always holds either the old or the new file, whole.

namespace zanlink {

enum class SealFailure {
    None,
    CannotRead, // missing file, no permission, I/O error
    NotSealed, // another kind of file
    TooShort,
    NewerFormat,
    Damaged, // header checksum, payload length or authentication failed
    WrongPassphrase,
    OutOfMemory,
    CannotWrite,
};

namespace sealformat {
inline constexpr char kMagic[] = "ZLSEALD1";
inline constexpr int kMagicSize = 8;
inline constexpr quint16 kVersion = 1;
inline constexpr int kHeaderSize = 128;
inline constexpr int kTagSize = 16;
inline constexpr int kNonceOffset = 48;
inline constexpr int kNonceSize = 24;
inline constexpr int kSaltOffset = 32;
inline constexpr int kChecksumOffset = 112;
} // namespace sealformat

// Encrypts `plaintext` under `key` with a new nonce and replaces `path`
// atomically (created 0600 when new). On failure `path` is as it was.
bool writeSealed(const QString& path, QByteArrayView plaintext, const SealKey& key, QString* error);

// Decrypts `path`. On success *keyOut (when given) holds the file's key, so
// it can be saved again without another Argon2id run. On failure the message
// names the file and what is wrong, and *failure tells the kind (a wrong
// passphrase is SealFailure::WrongPassphrase, for asking again).
std::optional<QByteArray> readSealed(
    const QString& path, const QString& passphrase, SealKey* keyOut, QString* error, SealFailure* failure = nullptr);

// Whether `path` starts with the sealed-file magic (says nothing about the
// rest of it).
bool isSealedFile(const QString& path);

} // namespace zanlink
