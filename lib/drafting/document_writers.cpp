#include "drafting/document_writers.h"

#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <cstdio>
#include <zip.h>

namespace zanlink {

namespace {

const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString kR = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

// XML 1.0 allows no control characters but tab, LF and CR.
QString xmlSafe(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c.unicode() >= 0x20 || c == u'\t')
            out += c;
    }
    return out;
}

QString xmlText(const QString& s)
{
    return xmlSafe(s).toHtmlEscaped();
}

QString runXml(const DocRun& r)
{
    QString props;
    if (r.bold)
        props += u"<w:b/>";
    if (r.italic)
        props += u"<w:i/>";
    const QString rPr = props.isEmpty() ? QString() : QString(u"<w:rPr>" + props + u"</w:rPr>");
    QString out;
    const QStringList lines = r.text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            out += u"<w:r><w:br/></w:r>";
        if (!lines.at(i).isEmpty())
            out += u"<w:r>" + rPr + u"<w:t xml:space=\"preserve\">" + xmlText(lines.at(i)) + u"</w:t></w:r>";
    }
    return out;
}

QString paragraphXml(const DocBlock& b)
{
    QString style = QStringLiteral("Normal");
    QString jc = b.align == u"center" ? QStringLiteral("center")
        : b.align == u"right"         ? QStringLiteral("right")
        : b.align == u"left"          ? QStringLiteral("left")
                                      : QStringLiteral("both");
    QString extra;
    switch (b.kind) {
    case DocBlock::Kind::Heading:
        style = QStringLiteral("Title");
        jc = QStringLiteral("center");
        break;
    case DocBlock::Kind::ListItem:
        extra = QStringLiteral("<w:ind w:left=\"360\"/>");
        break;
    case DocBlock::Kind::Quote:
        style = QStringLiteral("Quote");
        break;
    case DocBlock::Kind::Signature:
        style = QStringLiteral("Signature");
        jc = QStringLiteral("left");
        break;
    case DocBlock::Kind::Paragraph:
        break;
    }
    QString runs;
    for (const DocRun& r : b.runs)
        runs += runXml(r);
    return u"<w:p><w:pPr><w:pStyle w:val=\"" + style + u"\"/>" + extra + u"<w:jc w:val=\"" + jc + u"\"/></w:pPr>" + runs
        + u"</w:p>";
}

QString blocksXml(const QList<DocBlock>& blocks)
{
    QString out;
    for (const DocBlock& b : blocks)
        out += paragraphXml(b);
    return out.isEmpty() ? QStringLiteral("<w:p/>") : out; // a cell needs a paragraph
}

QString documentXml(const RenderedDocument& doc)
{
    QString body;
    if (!doc.twoColumns) {
        body = blocksXml(doc.blocks);
    } else {
        body = QStringLiteral("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLayout w:type=\"fixed\"/>"
                              "<w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/>"
                              "</w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w=\"4677\"/><w:gridCol w:w=\"4677\"/>"
                              "</w:tblGrid>");
        for (const DocRow& row : doc.rows) {
            body += u"<w:tr><w:trPr><w:cantSplit/></w:trPr>";
            for (const QList<DocBlock>* cell : { &row.left, &row.right })
                body += u"<w:tc><w:tcPr><w:tcW w:w=\"4677\" w:type=\"dxa\"/></w:tcPr>" + blocksXml(*cell) + u"</w:tc>";
            body += u"</w:tr>";
        }
        body += u"</w:tbl><w:p/>";
    }
    // A4, margins 3 cm left, 1.5 cm right, 2 cm top and bottom.
    const QString sect = QStringLiteral(
        "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
        "<w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"709\" "
        "w:footer=\"709\" w:gutter=\"0\"/></w:sectPr>");
    return u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" + kW
        + u"\" xmlns:r=\"" + kR + u"\"><w:body>" + body + sect + u"</w:body></w:document>";
}

const char* kContentTypes = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>)";

const char* kRootRels = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>)";

const char* kDocumentRels = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>)";

const char* kFooter = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>)";

const char* kStyles = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="ru-RU"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr><w:rPr><w:i/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Signature"><w:name w:val="Signature"/><w:basedOn w:val="Normal"/><w:pPr><w:keepLines/><w:spacing w:before="480"/></w:pPr></w:style></w:styles>)";

QByteArray coreXml(const RenderedDocument& doc)
{
    return QString(u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties "
                   u"xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                   u"xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>"
        + xmlText(doc.title) + u"</dc:title><dc:language>" + xmlText(doc.languageCode)
        + u"</dc:language><dc:creator>ZanLink</dc:creator></cp:coreProperties>")
        .toUtf8();
}

struct ZipDiscard {
    void operator()(zip_t* z) const { zip_discard(z); }
};

QString tempBeside(const QString& path)
{
    return path + u".part";
}

bool replaceWith(const QString& temp, const QString& path, QString* error)
{
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temp);
        if (error)
            *error = QStringLiteral("%1: cannot replace the file").arg(path);
        return false;
    }
    return true;
}

QTextDocument* textDocument(const RenderedDocument& doc, QObject* parent)
{
    auto* td = new QTextDocument(parent);
    td->setHtml(doc.toHtml());
    td->setMetaInformation(QTextDocument::DocumentTitle, doc.title);
    return td;
}

} // namespace

QList<std::pair<QString, QByteArray>> docxParts(const RenderedDocument& doc)
{
    return {
        { QStringLiteral("[Content_Types].xml"), QByteArray(kContentTypes) },
        { QStringLiteral("_rels/.rels"), QByteArray(kRootRels) },
        { QStringLiteral("word/_rels/document.xml.rels"), QByteArray(kDocumentRels) },
        { QStringLiteral("word/document.xml"), documentXml(doc).toUtf8() },
        { QStringLiteral("word/styles.xml"), QByteArray(kStyles) },
        { QStringLiteral("word/footer1.xml"), QByteArray(kFooter) },
        { QStringLiteral("docProps/core.xml"), coreXml(doc) },
    };
}

bool writeDocx(const RenderedDocument& doc, const QString& path, QString* error)
{
    const QString temp = tempBeside(path);
    const auto parts = docxParts(doc); // the buffers must outlive zip_close
    int code = 0;
    std::unique_ptr<zip_t, ZipDiscard> z(
        zip_open(QFile::encodeName(temp).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code));
    if (!z) {
        if (error)
            *error = QStringLiteral("%1: cannot create the file (libzip error %2)").arg(temp).arg(code);
        return false;
    }
    for (const auto& [name, data] : parts) {
        zip_source_t* src = zip_source_buffer(z.get(), data.constData(), static_cast<zip_uint64_t>(data.size()), 0);
        if (!src || zip_file_add(z.get(), name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8) < 0) {
            if (src)
                zip_source_free(src);
            if (error)
                *error
                    = QStringLiteral("%1: cannot add %2: %3").arg(path, name, QString::fromUtf8(zip_strerror(z.get())));
            return false;
        }
    }
    if (zip_close(z.get()) != 0) {
        if (error)
            *error = QStringLiteral("%1: cannot write: %2").arg(path, QString::fromUtf8(zip_strerror(z.get())));
        QFile::remove(temp);
        return false;
    }
    (void)z.release();
    return replaceWith(temp, path, error);
}

bool writeOdt(const RenderedDocument& doc, const QString& path, QString* error)
{
    QObject owner;
    QTextDocument* td = textDocument(doc, &owner);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(td)) {
        if (error)
            *error = QStringLiteral("%1: cannot write OpenDocument text").arg(path);
        return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(buffer.data()) != buffer.data().size() || !out.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, out.errorString());
        return false;
    }
    return true;
}

bool writePdf(const RenderedDocument& doc, const QString& path, QString* error)
{
    QObject owner;
    QTextDocument* td = textDocument(doc, &owner);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, out.errorString());
        return false;
    }
    {
        QPdfWriter pdf(&out);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(30, 20, 15, 20), QPageLayout::Millimeter);
        pdf.setTitle(doc.title);
        pdf.setCreator(QStringLiteral("ZanLink"));
        // Without a page size of its own the document is laid out on the
        // writer's pages, with page numbers at the bottom.
        td->print(&pdf);
    }
    if (!out.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, out.errorString());
        return false;
    }
    return true;
}

} // namespace zanlink
