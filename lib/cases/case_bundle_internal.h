// Internal to the case bundle: the JSON of the case and the cited
// provisions, and the rules its zip is read with.
#pragma once

#include "cases/case_bundle.h"
#include "cases/checked_zip.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

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

// A plain file name: not empty, no folder, not "." or "..".
bool isPlainFileName(const QString& name);
QString utcJson(const QDateTime& t);

inline const QString kManifestEntry = QStringLiteral("manifest.json");
inline const QString kCaseEntry = QStringLiteral("case.json");
inline const QString kProvisionsEntry = QStringLiteral("provisions.json");
inline const QString kEvidencePrefix = QStringLiteral("evidence/");

// The names a case bundle may hold and their limits (caseBundleLimits()).
ZipArchiveRules zipRules();

// The checked zip reader with the rules of a case bundle.
class ZipReader : public CheckedZipReader {
public:
    ZipReader() : CheckedZipReader(zipRules()) { }
};

} // namespace zanlink::bundle
