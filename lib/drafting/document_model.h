#pragma once

#include "drafting/template_engine.h"

#include <QList>
#include <QString>

namespace zanlink {

// A run of text in a block; "\n" in text is a line break.
struct DocRun {
    QString text;
    bool bold = false;
    bool italic = false;
};

// One block of the rendered document, from the markup's <h>, <p>, <li>,
// <quote> and <sign>. part names the template part that produced it.
struct DocBlock {
    enum class Kind { Heading, Paragraph, ListItem, Quote, Signature };
    Kind kind = Kind::Paragraph;
    QString align; // "left", "right", "center", "justify"; empty: justify
    QString part;
    QList<DocRun> runs;
    QString plainText() const;
};

// A row of the bilingual form: the kk blocks on the left, the ru on the right.
struct DocRow {
    QString part;
    QList<DocBlock> left;
    QList<DocBlock> right;
};

struct RenderedDocument {
    QString title; // for document properties
    QString languageCode; // "kk", "ru", "en" or "kk+ru"
    bool twoColumns = false;
    QList<DocBlock> blocks; // one language
    QList<DocRow> rows; // the bilingual form

    QString toPlainText() const; // the two columns one after the other per row, separated by " | "
    // For QTextDocument. With TraceLinks, each block starts with a "¶" link to
    // "trace:N", N counting blocks in the order of traceDocument().
    enum class HtmlMarks { None, TraceLinks };
    QString toHtml(HtmlMarks marks = HtmlMarks::None) const;
};

// Parses the markup a template produced. An error names the template and the
// line of the rendered text.
std::optional<QList<DocBlock>> parseDocumentMarkup(
    const QString& templateName, const QString& markup, TemplateError* error);

// Pairs the kk and ru blocks part by part, in order.
QList<DocRow> pairColumns(const QList<DocBlock>& left, const QList<DocBlock>& right);

// The draft rendered with its templates in its output language(s).
std::optional<RenderedDocument> renderDraft(const Draft& draft, const RenderOptions& options, TemplateError* error);

} // namespace zanlink
