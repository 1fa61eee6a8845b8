// Internal to the case bundle: the JSON of the case and the cited
// provisions, and reading the zip's entries within the limits.
#pragma once

#include "cases/case_bundle.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <functional>

struct zip;

namespace zanlink::bundle {

// Every field of the case file; the parts get ids 1, 2, 3… of their own kind
// and their references follow. The case's id is not written. With storeIds
// every part keeps its id in the case file and the case's id is written.
QJsonObject caseFileToJson(const CaseFile& file, bool storeIds = false);
// Checks every field's type, the names of kinds and statuses, the dates, the
// references between the parts and the evidence's names and hashes; `where`
// (the entry's name) starts every message.
std::optional<CaseFile> caseFileFromJson(const QJsonObject& json, const QString& where, QString* error);

QJsonArray provisionsToJson(const QList<CitedProvisionText>& provisions);
std::optional<QList<CitedProvisionText>> provisionsFromJson(
    const QJsonArray& json, const QString& where, QString* error);

// 64 lower-case hexadecimal digits.
bool isSha256Hex(const QString& text);
// A plain file name: not empty, no folder, not "." or "..".
bool isPlainFileName(const QString& name);
QString utcJson(const QDateTime& t);

inline const QString kManifestEntry = QStringLiteral("manifest.json");
inline const QString kCaseEntry = QStringLiteral("case.json");
inline const QString kProvisionsEntry = QStringLiteral("provisions.json");
inline const QString kEvidencePrefix = QStringLiteral("evidence/");

class ZipReader {
public:
    ZipReader() = default;
    ZipReader(const ZipReader&) = delete;
    ZipReader& operator=(const ZipReader&) = delete;
    ~ZipReader();

    // Opens the zip and checks every entry's name against the names a bundle
    // may hold and its size against the limits.
    bool open(const QString& path, QString* error);
    QStringList names() const { return m_order; }
    bool contains(const QString& name) const { return m_index.contains(name); }
    qint64 size(const QString& name) const { return m_size.value(name); }

    // Reads the entry, passing it to `sink` piece by piece (when given), and
    // returns its SHA-256 in lower-case hex. Refuses an entry whose data is
    // longer or shorter than the zip says or fails the zip's CRC.
    std::optional<QString> read(
        const QString& name, const std::function<bool(const QByteArray&)>& sink, QString* error);
    std::optional<QByteArray> readAll(const QString& name, QString* error);

private:
    QString m_path;
    struct zip* m_zip = nullptr;
    QStringList m_order;
    QHash<QString, quint64> m_index;
    QHash<QString, qint64> m_size;
};

} // namespace zanlink::bundle
