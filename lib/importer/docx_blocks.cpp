#include "importer/docx_blocks.h"

#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <memory>
#include <zip.h>

namespace zanlink {

namespace {

constexpr qint64 kMaxPartBytes = 256LL * 1024 * 1024;

struct ZipCloser {
    void operator()(zip_t* z) const { zip_discard(z); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;

std::optional<QByteArray> readPart(zip_t* z, const char* name)
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(z, name, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) || st.size > kMaxPartBytes)
        return std::nullopt;
    zip_file_t* f = zip_fopen(z, name, 0);
    if (!f)
        return std::nullopt;
    QByteArray data(static_cast<qsizetype>(st.size), Qt::Uninitialized);
    const zip_int64_t n = zip_fread(f, data.data(), st.size);
    zip_fclose(f);
    if (n < 0 || static_cast<zip_uint64_t>(n) != st.size)
        return std::nullopt;
    return data;
}

QHash<QString, QString> readRelationships(const QByteArray& xml)
{
    QHash<QString, QString> rels;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"Relationship")
            rels.insert(r.attributes().value(QLatin1String("Id")).toString(), r.attributes().value(QLatin1String("Target")).toString());
    }
    return rels;
}

// Walks word/document.xml: one block per w:p, split at w:br; bold and red
// runs, hyperlinks and z-anchored bookmarks are kept.
class DocumentReader {
public:
    explicit DocumentReader(QHash<QString, QString> rels) : m_rels(std::move(rels)) {}

    bool read(const QByteArray& xml, QString* xmlError, int* errorLine)
    {
        QXmlStreamReader r(xml);
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement())
                start(r);
            else if (r.isEndElement())
                end(r);
            else if (r.isCharacters() && m_inText)
                addText(r.text().toString());
        }
        if (r.hasError()) {
            *xmlError = r.errorString();
            *errorLine = static_cast<int>(r.lineNumber());
            return false;
        }
        flush();
        return true;
    }

    QList<TextBlock> blocks;

private:
    void start(QXmlStreamReader& r)
    {
        const QStringView n = r.name();
        if (n == u"p") {
            flush();
            m_paragraph++;
        } else if (n == u"r") {
            m_runBold = m_runRed = false;
        } else if (n == u"b" && m_inRunProps) {
            const QStringView v = r.attributes().value(QLatin1String("w:val"));
            m_runBold = v.isEmpty() || (v != u"0" && v != u"false");
        } else if (n == u"color" && m_inRunProps) {
            m_runRed = r.attributes().value(QLatin1String("w:val")).compare(u"FF0000", Qt::CaseInsensitive) == 0;
        } else if (n == u"rPr") {
            m_inRunProps = true;
        } else if (n == u"t") {
            m_inText = true;
        } else if (n == u"tab") {
            addText(QStringLiteral(" "));
        } else if (n == u"br" || n == u"cr") {
            flush();
        } else if (n == u"hyperlink") {
            m_linkTarget = m_rels.value(r.attributes().value(QLatin1String("r:id")).toString());
            const QStringView anchor = r.attributes().value(QLatin1String("w:anchor"));
            if (m_linkTarget.isEmpty() && !anchor.isEmpty())
                m_linkTarget = u'#' + anchor.toString();
            m_linkStart = m_buf.size();
        } else if (n == u"bookmarkStart") {
            static const QRegularExpression re(QStringLiteral("^z\\d+$"));
            const QString name = r.attributes().value(QLatin1String("w:name")).toString();
            if (m_anchor.isEmpty() && re.match(name).hasMatch())
                m_anchor = name;
        } else if (n == u"tbl") {
            ++m_tableDepth;
        }
    }

    void end(QXmlStreamReader& r)
    {
        const QStringView n = r.name();
        if (n == u"p") {
            flush();
        } else if (n == u"rPr") {
            m_inRunProps = false;
        } else if (n == u"t") {
            m_inText = false;
        } else if (n == u"hyperlink") {
            const QString text = foldWhitespace(m_buf.mid(m_linkStart));
            if (!m_linkTarget.isEmpty() && !text.isEmpty())
                m_links << NoteLink{text, m_linkTarget};
            m_linkTarget.clear();
        } else if (n == u"tc") {
            m_buf += u' ';
        } else if (n == u"tbl") {
            --m_tableDepth;
        }
    }

    void addText(const QString& t)
    {
        m_buf += t;
        const int n = static_cast<int>(t.trimmed().size());
        m_chars += n;
        if (m_runBold)
            m_bold += n;
        if (m_runRed)
            m_red += n;
    }

    void flush()
    {
        TextBlock b;
        b.text = foldWhitespace(m_buf);
        if (!b.text.isEmpty()) {
            b.line = m_paragraph;
            b.anchor = m_anchor;
            b.bold = m_bold * 2 > m_chars;
            b.red = m_red * 2 > m_chars;
            b.inTable = m_tableDepth > 0;
            b.links = m_links;
            blocks << b;
            m_anchor.clear();
        }
        m_buf.clear();
        m_links.clear();
        m_chars = m_bold = m_red = 0;
    }

    QHash<QString, QString> m_rels;
    QString m_buf;
    QString m_anchor;
    QString m_linkTarget;
    qsizetype m_linkStart = 0;
    QList<NoteLink> m_links;
    bool m_inText = false;
    bool m_inRunProps = false;
    bool m_runBold = false;
    bool m_runRed = false;
    int m_chars = 0, m_bold = 0, m_red = 0;
    int m_paragraph = 0;
    int m_tableDepth = 0;
};

} // namespace

std::optional<BlockDocument> docxBlocks(const QByteArray& bytes, const QString& fileName, ImportError* error)
{
    error->file = fileName;
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t* src = zip_source_buffer_create(bytes.constData(), static_cast<zip_uint64_t>(bytes.size()), 0, &ze);
    if (!src) {
        error->message = QStringLiteral("cannot read the DOCX: %1").arg(QString::fromUtf8(zip_error_strerror(&ze)));
        zip_error_fini(&ze);
        return std::nullopt;
    }
    ZipPtr z(zip_open_from_source(src, ZIP_RDONLY, &ze));
    if (!z) {
        zip_source_free(src);
        error->message = QStringLiteral("not a DOCX file (the ZIP container is damaged or truncated: %1)")
                             .arg(QString::fromUtf8(zip_error_strerror(&ze)));
        zip_error_fini(&ze);
        return std::nullopt;
    }
    zip_error_fini(&ze);

    const std::optional<QByteArray> document = readPart(z.get(), "word/document.xml");
    if (!document) {
        error->message = QStringLiteral("not a Word document: word/document.xml is missing or unreadable");
        return std::nullopt;
    }
    const std::optional<QByteArray> rels = readPart(z.get(), "word/_rels/document.xml.rels");
    DocumentReader reader(rels ? readRelationships(*rels) : QHash<QString, QString>{});
    QString xmlError;
    int xmlLine = 0;
    if (!reader.read(*document, &xmlError, &xmlLine)) {
        error->message = QStringLiteral("word/document.xml is damaged: %1 (line %2 of that part)")
                             .arg(xmlError)
                             .arg(xmlLine);
        return std::nullopt;
    }
    BlockDocument doc;
    doc.blocks = reader.blocks;
    takeTitleFromBlocks(doc);
    return doc;
}

} // namespace zanlink
