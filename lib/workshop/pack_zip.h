// The zip of a workshop pack: the names it may hold, reading entries within
// the limits, writing it.
#pragma once

#include "workshop/workshop_pack.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

struct zip;

namespace zanlink::pack {

inline const QString kManifestEntry = QStringLiteral("manifest.json");
inline const QString kNotesEntry = QStringLiteral("notes.json");
inline const QString kProvisionsEntry = QStringLiteral("provisions.json");
inline const QString kEditionsPrefix = QStringLiteral("editions/");
inline const QString kCasesPrefix = QStringLiteral("cases/");

// "editions/<act>.<lang>.json"
QString editionEntryName(const QString& actId, Language lang);
// Why a name is not one a pack may hold; empty when it may.
QString entryNameProblem(const QString& name);

class PackZipReader {
public:
    PackZipReader() = default;
    PackZipReader(const PackZipReader&) = delete;
    PackZipReader& operator=(const PackZipReader&) = delete;
    ~PackZipReader();

    // Opens the zip and checks every entry's name and declared size.
    bool open(const QString& path, QString* error);
    QStringList names() const { return m_order; }
    bool contains(const QString& name) const { return m_index.contains(name); }
    qint64 size(const QString& name) const { return m_size.value(name); }
    // The entry's data, refused when it inflates to more or less than the
    // zip declares or fails the zip's CRC; `sha256` gets its hash.
    std::optional<QByteArray> read(const QString& name, QString* sha256, QString* error);

private:
    QString m_path;
    struct zip* m_zip = nullptr;
    QStringList m_order;
    QHash<QString, quint64> m_index;
    QHash<QString, qint64> m_size;
};

// Writes named entries into a new zip at `target`.
bool writeZip(const QString& target, const QList<QPair<QString, QByteArray>>& entries, QString* error);

QString sha256Hex(const QByteArray& data);

} // namespace zanlink::pack
