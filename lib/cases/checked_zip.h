// Zip archives ZanLink exchanges (case bundles, workshop packs): one reader
// that checks every entry's name and size before anything is inflated and
// every entry's data while it is, and one writer.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

struct zip;

namespace zanlink {

// A name an archive may hold (the whole name must match) and the most bytes
// an entry of that name may unpack to.
struct ZipEntryRule {
    QRegularExpression name;
    qint64 maxBytes = 0;
};

// What kind of archive is read: the names it may hold, its limits and the
// nouns its messages use.
struct ZipArchiveRules {
    QString noun; // "case bundle": "not a case bundle", "not an entry a case bundle holds"
    QString shortNoun; // "bundle": "the bundle is refused", "a path that leaves the bundle"
    QList<ZipEntryRule> entries;
    qint64 maxTotalBytes = 0; // everything, unpacked
    int maxEntries = 0;
};

// A rule for one exact name.
ZipEntryRule exactZipEntry(const QString& name, qint64 maxBytes);

// SHA-256 in lower-case hex, and whether a text is one (64 lower-case hex digits).
QString sha256Hex(const QByteArray& data);
bool isSha256Hex(const QString& text);

// Why a name is not one the archive may hold (an empty name, an absolute
// path, a path with "..", a name no rule matches); empty when it may.
QString zipEntryNameProblem(const ZipArchiveRules& rules, const QString& name);

class CheckedZipReader {
public:
    explicit CheckedZipReader(ZipArchiveRules rules);
    CheckedZipReader(const CheckedZipReader&) = delete;
    CheckedZipReader& operator=(const CheckedZipReader&) = delete;
    ~CheckedZipReader();

    // Opens the zip and checks every entry: its name against the rules, that
    // it is there once, its declared size against its rule's limit, the
    // number of entries and their total size (a zip bomb is refused from the
    // sizes it declares, before anything is inflated). Messages start with
    // the path and name the entry.
    bool open(const QString& path, QString* error);
    QStringList names() const { return m_order; }
    bool contains(const QString& name) const { return m_index.contains(name); }
    qint64 size(const QString& name) const { return m_size.value(name); }

    // Reads the entry, passing it to `sink` piece by piece (when given), and
    // returns its SHA-256 in lower-case hex. Refuses an entry whose data is
    // longer or shorter than the zip declares or fails the zip's CRC.
    std::optional<QString> read(
        const QString& name, const std::function<bool(const QByteArray&)>& sink, QString* error);
    // The entry's data; its SHA-256 in `sha256` when given.
    std::optional<QByteArray> readAll(const QString& name, QString* sha256, QString* error);

private:
    ZipArchiveRules m_rules;
    QString m_path;
    struct zip* m_zip = nullptr;
    QStringList m_order;
    QHash<QString, quint64> m_index;
    QHash<QString, qint64> m_size;
};

// Writes a new zip at `target` (created or truncated); nothing is there
// until close() succeeds. Messages use the noun ("bundle", "pack").
class ZipWriter {
public:
    explicit ZipWriter(QString shortNoun);
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;
    ~ZipWriter();

    bool open(const QString& target, QString* error);
    bool addData(const QString& name, const QByteArray& data, QString* error);
    // Adds a file as it is on disk, stored without compression.
    bool addFile(const QString& name, const QString& path, QString* error);
    bool close(QString* error);

private:
    QString m_noun;
    QString m_target;
    struct zip* m_zip = nullptr;
    QList<QByteArray> m_kept; // the buffers libzip reads on close
};

// Writes the named entries into a new zip at `target`.
bool writeZipEntries(
    const QString& target, const QList<QPair<QString, QByteArray>>& entries, const QString& shortNoun, QString* error);

} // namespace zanlink
