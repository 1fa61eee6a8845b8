#include "drafting/document_model.h"

#include <QXmlStreamReader>

namespace zanlink {

namespace {

std::optional<DocBlock::Kind> blockKind(QStringView name)
{
    if (name == u"h")
        return DocBlock::Kind::Heading;
    if (name == u"p")
        return DocBlock::Kind::Paragraph;
    if (name == u"li")
        return DocBlock::Kind::ListItem;
    if (name == u"quote")
        return DocBlock::Kind::Quote;
    if (name == u"sign")
        return DocBlock::Kind::Signature;
    return std::nullopt;
}

// Collapses the template's line breaks and indentation; "<br/>" stays a break.
void normalise(DocBlock& b)
{
    QList<DocRun> runs;
    for (DocRun r : b.runs) {
        QString t;
        bool space = false;
        for (QChar c : r.text) {
            if (c == u'\n' && r.text == u"\n") {
                t += c;
            } else if (c.isSpace() && c != QChar(0x00A0)) {
                space = true;
            } else {
                if (space && !t.isEmpty())
                    t += u' ';
                else if (space && !runs.isEmpty() && !runs.last().text.endsWith(u'\n'))
                    t += u' ';
                space = false;
                t += c;
            }
        }
        if (space && r.text != u"\n")
            t += u' ';
        r.text = t;
        if (!r.text.isEmpty())
            runs.append(r);
    }
    while (!runs.isEmpty() && runs.last().text.trimmed().isEmpty())
        runs.removeLast();
    if (!runs.isEmpty())
        runs.last().text = runs.last().text.endsWith(u' ') ? runs.last().text.chopped(1) : runs.last().text;
    b.runs = runs;
}

QString htmlEscape(const QString& s)
{
    return s.toHtmlEscaped();
}

// mark: the "¶" link before the block's text, when wanted.
QString blockHtml(const DocBlock& b, const QString& mark)
{
    QString inner = mark;
    for (const DocRun& r : b.runs) {
        QString t = htmlEscape(r.text).replace(u'\n', u"<br/>"_qs);
        if (r.bold)
            t = u"<b>" + t + u"</b>";
        if (r.italic)
            t = u"<i>" + t + u"</i>";
        inner += t;
    }
    const QString align = b.align.isEmpty() ? QStringLiteral("justify") : b.align;
    switch (b.kind) {
    case DocBlock::Kind::Heading:
        return u"<p align=\"center\" style=\"margin-top:12pt; margin-bottom:12pt; font-size:13pt\"><b>" + inner
            + u"</b></p>";
    case DocBlock::Kind::ListItem:
        return u"<p align=\"" + align + u"\" style=\"margin-left:18pt\">" + inner + u"</p>";
    case DocBlock::Kind::Quote:
        return u"<p align=\"justify\" style=\"margin-left:36pt\"><i>" + inner + u"</i></p>";
    case DocBlock::Kind::Signature:
        return u"<p align=\"left\" style=\"margin-top:24pt\">" + inner + u"</p>";
    case DocBlock::Kind::Paragraph:
        break;
    }
    return u"<p align=\"" + align + u"\" style=\"margin-bottom:6pt\">" + inner + u"</p>";
}

// counter: the running block number for trace links; null for none.
QString blocksHtml(const QList<DocBlock>& blocks, int* counter)
{
    QString html;
    for (const DocBlock& b : blocks) {
        const QString mark = counter
            ? u"<a href=\"trace:" + QString::number((*counter)++)
                + u"\" style=\"text-decoration:none; color:#8a8a8a\">\u00b6</a>\u00a0"
            : QString();
        html += blockHtml(b, mark);
    }
    return html;
}

} // namespace

QString DocBlock::plainText() const
{
    QString t;
    for (const DocRun& r : runs)
        t += r.text;
    return t;
}

std::optional<QList<DocBlock>> parseDocumentMarkup(
    const QString& templateName, const QString& markup, TemplateError* error)
{
    // The wrapper sits on the first line with the markup, so line numbers match.
    QXmlStreamReader xml(u"<doc>" + markup + u"</doc>");
    QList<DocBlock> blocks;
    std::optional<DocBlock> current;
    int bold = 0;
    int italic = 0;
    const auto fail = [&](const QString& message) -> std::optional<QList<DocBlock>> {
        if (error)
            *error = TemplateError { templateName, static_cast<int>(xml.lineNumber()), message };
        return std::nullopt;
    };
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (name == u"doc")
                continue;
            if (const auto kind = blockKind(name)) {
                if (current)
                    return fail(QStringLiteral("<%1> inside another block").arg(name.toString()));
                current = DocBlock { *kind, xml.attributes().value(QLatin1String("align")).toString(),
                    xml.attributes().value(QLatin1String("part")).toString(), {} };
            } else if (!current) {
                return fail(
                    QStringLiteral("<%1> outside a block (<p>, <h>, <li>, <quote>, <sign>)").arg(name.toString()));
            } else if (name == u"b") {
                ++bold;
            } else if (name == u"i") {
                ++italic;
            } else if (name == u"br") {
                current->runs.append(DocRun { QStringLiteral("\n"), false, false });
            } else {
                return fail(QStringLiteral("unknown element <%1>").arg(name.toString()));
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const QStringView name = xml.name();
            if (name == u"b")
                --bold;
            else if (name == u"i")
                --italic;
            else if (blockKind(name) && current) {
                normalise(*current);
                if (!current->runs.isEmpty())
                    blocks.append(*current);
                current.reset();
            }
        } else if (token == QXmlStreamReader::Characters) {
            if (current)
                current->runs.append(DocRun { xml.text().toString(), bold > 0, italic > 0 });
            else if (!xml.isWhitespace())
                return fail(QStringLiteral("text outside a block: \"%1\"").arg(xml.text().trimmed().toString()));
        }
    }
    if (xml.hasError())
        return fail(QStringLiteral("the markup is not well-formed: %1").arg(xml.errorString()));
    return blocks;
}

QList<DocRow> pairColumns(const QList<DocBlock>& left, const QList<DocBlock>& right)
{
    // Consecutive blocks of one part make a chunk; chunks pair by part name.
    const auto chunks = [](const QList<DocBlock>& blocks) {
        QList<DocRow> out;
        for (const DocBlock& b : blocks) {
            if (out.isEmpty() || out.last().part != b.part || b.kind == DocBlock::Kind::ListItem || b.part.isEmpty())
                out.append(DocRow { b.part, { b }, {} });
            else
                out.last().left.append(b);
        }
        return out;
    };
    const QList<DocRow> l = chunks(left);
    const QList<DocRow> r = chunks(right);
    QList<DocRow> rows;
    qsizetype i = 0;
    qsizetype j = 0;
    const auto laterIn = [](const QList<DocRow>& list, qsizetype from, const QString& part) {
        for (qsizetype k = from; k < list.size(); ++k) {
            if (list.at(k).part == part)
                return true;
        }
        return false;
    };
    while (i < l.size() || j < r.size()) {
        if (i < l.size() && j < r.size() && l.at(i).part == r.at(j).part) {
            rows.append(DocRow { l.at(i).part, l.at(i).left, r.at(j).left });
            ++i;
            ++j;
        } else if (i < l.size() && (j >= r.size() || !laterIn(l, i, r.at(j).part))) {
            rows.append(DocRow { l.at(i).part, l.at(i).left, {} });
            ++i;
        } else {
            rows.append(DocRow { r.at(j).part, {}, r.at(j).left });
            ++j;
        }
    }
    return rows;
}

QString RenderedDocument::toPlainText() const
{
    const auto join = [](const QList<DocBlock>& blocks) {
        QStringList lines;
        for (const DocBlock& b : blocks)
            lines.append(b.plainText());
        return lines.join(u'\n');
    };
    if (!twoColumns)
        return join(blocks);
    QStringList out;
    for (const DocRow& row : rows)
        out.append(join(row.left) + u" | " + join(row.right));
    return out.join(u'\n');
}

QString RenderedDocument::toHtml(HtmlMarks marks) const
{
    int number = 0;
    int* counter = marks == HtmlMarks::TraceLinks ? &number : nullptr;
    QString body;
    if (!twoColumns) {
        body = blocksHtml(blocks, counter);
    } else {
        body = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">"_qs;
        for (const DocRow& row : rows)
            body += u"<tr><td width=\"50%\" valign=\"top\">" + blocksHtml(row.left, counter)
                + u"</td><td width=\"50%\" valign=\"top\">" + blocksHtml(row.right, counter) + u"</td></tr>";
        body += u"</table>";
    }
    return u"<html><head><meta charset=\"utf-8\"/><title>" + htmlEscape(title)
        + u"</title></head><body style=\"font-family:'Times New Roman','DejaVu Serif',serif; font-size:12pt\">" + body
        + u"</body></html>";
}

std::optional<RenderedDocument> renderDraft(const Draft& draft, const RenderOptions& options, TemplateError* error)
{
    RenderedDocument doc;
    doc.languageCode = outputLanguageCode(draft.language);
    const QList<Language> langs = outputLanguages(draft.language);
    QList<QList<DocBlock>> columns;
    QStringList titles;
    for (Language lang : langs) {
        const std::optional<QString> markup = renderDraftMarkup(draft, lang, options, error);
        if (!markup)
            return std::nullopt;
        const QString name = languageCode(lang) + u'/' + requestTypeId(draft.type);
        const auto blocks = parseDocumentMarkup(name, *markup, error);
        if (!blocks)
            return std::nullopt;
        columns.append(*blocks);
        titles.append(requestTypeInfo(draft.type).title(lang));
    }
    doc.title = titles.join(u" / "_qs);
    if (columns.size() == 2) {
        doc.twoColumns = true;
        doc.rows = pairColumns(columns.at(0), columns.at(1));
    } else {
        doc.blocks = columns.value(0);
    }
    return doc;
}

} // namespace zanlink
