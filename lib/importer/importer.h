#pragma once

#include "corpus/provision.h"
#include "importer/import_error.h"

#include <QDate>
#include <QSet>
#include <QStringList>
#include <functional>
#include <optional>

namespace zanlink {

enum class SourceKind { Auto, AdiletHtml, Docx, PlainText, AdiletCodex };

struct ImportRequest {
    QString path;                       // the file to read
    std::optional<Language> language;   // required except for AdiletCodex
    QString actId;                      // required when the file does not name its act
    QDate editionDate;                  // overrides what the source says
    SourceKind kind = SourceKind::Auto;
    QSet<QString> onlyActs;             // AdiletCodex: the acts to take (empty: all)
    std::function<bool(qint64 done, qint64 total)> progress; // return false to cancel
};

struct ImportOutcome {
    QList<ActEdition> editions;
    QStringList warnings;
};

// Files larger than this are refused before they are read.
inline constexpr qint64 kMaxActFileBytes = 64LL * 1024 * 1024;

SourceKind detectSourceKind(const QString& path, const QByteArray& head);

// Reads a file into act editions (nothing is stored). On failure returns
// nullopt and fills *error with the file, the place and what is wrong.
std::optional<ImportOutcome> readSource(const ImportRequest& request, ImportError* error);

// Same, for bytes already in memory (a downloaded page).
std::optional<ImportOutcome> readBytes(const QByteArray& bytes, const ImportRequest& request, ImportError* error);

} // namespace zanlink
