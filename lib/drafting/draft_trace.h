#pragma once

#include "drafting/document_model.h"

#include <QList>
#include <QString>

namespace zanlink {

// Where one block of a rendered draft comes from: the template file and the
// part of it that produced the block, the draft fields that part uses with the
// values they had, and the provisions (pinned to their editions) it cites.
struct ParagraphTrace {
    Language language = Language::Ru;
    QString text; // the block's text
    QString templateName; // "ru/removal-request" or a partial, "ru/_basis"
    QString templateFile; // the file read: a user's override or ":/zanlink/templates/…"
    QString part; // the part="…" of the block
    QList<std::pair<QString, QString>> fields; // field name, value in that language ("; " between list items)
    QList<PinnedCitation> citations;
};

// The blocks of the document in reading order — one language: in order; the
// bilingual form: row by row, the kk column then the ru column — the same
// order as RenderedDocument::toHtml(HtmlMarks::TraceLinks) numbers them.
QList<ParagraphTrace> traceDocument(const Draft& draft, const RenderedDocument& doc, const RenderOptions& options);

} // namespace zanlink
