#pragma once

#include "importer/import_error.h"
#include "importer/text_block.h"

#include <QIODevice>
#include <QSet>
#include <functional>
#include <optional>

namespace zanlink {

// The AdiletCodex dataset (CC-BY-4.0): JSON Lines, one article a line, with
// doc_id, lang, title, status, change_date, section, chapter, article_no,
// article_title, article_text, paragraphs{id,number,text,links}, notes{text,links}.
inline constexpr auto kAdiletCodexAttribution =
    u"AdiletCodex dataset, CC BY 4.0 (Zenodo record 22812626); texts from adilet.zan.kz";

struct CodexDocument {
    Language language = Language::Ru;
    BlockDocument blocks;
};

// Reads the dataset line by line; acts not in `onlyActs` (when not empty) are
// skipped. Each (act, language) becomes one document, in order of appearance.
// `progress` is told the bytes read so far and may return false to cancel.
std::optional<QList<CodexDocument>> readAdiletCodex(QIODevice& in, const QString& fileName,
                                                    const QSet<QString>& onlyActs, ImportError* error,
                                                    const std::function<bool(qint64)>& progress = {});

} // namespace zanlink
