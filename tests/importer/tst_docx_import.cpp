// DOCX as Adilet offers it for download: built here with libzip from small
// word/document.xml strings (fictional text).

#include "importer/docx_blocks.h"
#include "importer/importer.h"
#include "tree_dump.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <zip.h>

using namespace zanlink;
using namespace zanlink::test;

namespace {

const QByteArray kDocument = QStringLiteral(
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    "<!-- FICTIONAL TEST DOCUMENT for ZanLink -->\n"
    "<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' "
    "xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships'>\n"
    "<w:body>\n"
    "<w:p><w:r><w:t>О вымышленных цифровых платформах (вымышленный закон для тестов)</w:t></w:r></w:p>\n"
    "<w:p><w:r><w:t>Закон Республики Казахстан от 1 апреля 2099 года № 1-IX.</w:t></w:r></w:p>\n"
    "<w:p><w:r><w:rPr><w:color w:val='FF0000'/></w:rPr><w:t>Примечание ИЗПИ!</w:t></w:r><w:r><w:rPr><w:color "
    "w:val='ff0000'/></w:rPr><w:br/><w:t>Текст вымышлен.</w:t></w:r></w:p>\n"
    "<w:p><w:bookmarkStart w:id='0' w:name='z10'/><w:bookmarkEnd w:id='0'/><w:r><w:rPr><w:b/></w:rPr><w:t>Глава 1. "
    "ОБЩИЕ ПОЛОЖЕНИЯ</w:t></w:r></w:p>\n"
    "<w:p><w:bookmarkStart w:id='1' w:name='z12'/><w:r><w:rPr><w:b/></w:rPr><w:t xml:space='preserve'>Статья 1. "
    "</w:t></w:r><w:r><w:rPr><w:b w:val='1'/></w:rPr><w:t>Основные понятия</w:t></w:r><w:bookmarkEnd w:id='1'/></w:p>\n"
    "<w:p><w:bookmarkStart w:id='2' w:name='_GoBack'/><w:r><w:t xml:space='preserve'>     1. "
    "Вымышленный</w:t></w:r><w:r><w:tab/><w:t>пункт:</w:t></w:r></w:p>\n"
    "<w:p><w:r><w:t xml:space='preserve'>     1) подпункт с </w:t></w:r><w:r><w:rPr><w:b "
    "w:val='0'/></w:rPr><w:t>обычным</w:t></w:r><w:r><w:t xml:space='preserve'> текстом;</w:t></w:r></w:p>\n"
    "<w:p><w:r><w:t xml:space='preserve'>     2. Смотри </w:t></w:r><w:hyperlink w:anchor='z11'><w:r><w:t>пункт "
    "1</w:t></w:r></w:hyperlink><w:r><w:t xml:space='preserve'> настоящей статьи.</w:t></w:r></w:p>\n"
    "<w:p><w:r><w:t xml:space='preserve'>Сноска. Статья 1 с изменениями, внесенными Законом РК от 02.02.2100 "
    "</w:t></w:r><w:hyperlink r:id='rId5'><w:r><w:t>№ 2-IX</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r></w:p>\n"
    "<w:p/>\n"
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Президент</w:t></w:r></w:p><w:p><w:r><w:t>Республики "
    "Казахстан</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>И. ВЫМЫШЛЕННЫЙ</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\n"
    "</w:body>\n"
    "</w:document>\n")
                                 .toUtf8();

const QByteArray kRels
    = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
      "<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>\n"
      "<Relationship Id='rId5' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink' "
      "Target='https://adilet.zan.kz/rus/docs/Z9900000002#z5' TargetMode='External'/>\n"
      "</Relationships>\n";

const QByteArray kContentTypes = "<?xml version='1.0' encoding='UTF-8'?><Types "
                                 "xmlns='http://schemas.openxmlformats.org/package/2006/content-types'><Default "
                                 "Extension='xml' ContentType='application/xml'/></Types>";

// Writes a zip with the given parts into dir and returns its bytes.
QByteArray makeZip(const QTemporaryDir& dir, const QList<QPair<const char*, QByteArray>>& parts)
{
    const QByteArray path = dir.filePath(QStringLiteral("built.docx")).toLocal8Bit();
    int err = 0;
    zip_t* z = zip_open(path.constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!z)
        return {};
    for (const auto& [name, data] : parts) {
        zip_source_t* s = zip_source_buffer(z, data.constData(), static_cast<zip_uint64_t>(data.size()), 0);
        if (!s || zip_file_add(z, name, s, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(s);
            zip_discard(z);
            return {};
        }
    }
    if (zip_close(z) != 0) {
        zip_discard(z);
        return {};
    }
    QFile f(QString::fromLocal8Bit(path));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray goodDocx(const QTemporaryDir& dir)
{
    return makeZip(dir,
        { { "[Content_Types].xml", kContentTypes }, { "word/document.xml", kDocument },
            { "word/_rels/document.xml.rels", kRels } });
}

} // namespace

class TestDocxImport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void blocks()
    {
        const QByteArray docx = goodDocx(m_dir);
        QVERIFY(docx.startsWith("PK\x03\x04"));
        ImportError err;
        const std::optional<BlockDocument> doc = docxBlocks(docx, QStringLiteral("act.docx"), &err);
        QVERIFY2(doc, qPrintable(err.toString()));
        QCOMPARE(doc->title, QStringLiteral("О вымышленных цифровых платформах (вымышленный закон для тестов)"));
        QCOMPARE(doc->actLine, QStringLiteral("Закон Республики Казахстан от 1 апреля 2099 года № 1-IX."));
        QVERIFY(doc->actId.isEmpty());
        ZL_COMPARE_TEXT(dumpBlocks(doc->blocks),
            QStringLiteral("R |  | Примечание ИЗПИ!\n"
                           "R |  | Текст вымышлен.\n"
                           "B | z10 | Глава 1. ОБЩИЕ ПОЛОЖЕНИЯ\n"
                           "B | z12 | Статья 1. Основные понятия\n"
                           " |  | 1. Вымышленный пункт:\n"
                           " |  | 1) подпункт с обычным текстом;\n"
                           " |  | 2. Смотри пункт 1 настоящей статьи. [пункт 1 -> #z11]\n"
                           " |  | Сноска. Статья 1 с изменениями, внесенными Законом РК от 02.02.2100 "
                           "№ 2-IX. [№ 2-IX -> https://adilet.zan.kz/rus/docs/Z9900000002#z5]\n"
                           "T |  | Президент\n"
                           "T |  | Республики Казахстан\n"
                           "T |  | И. ВЫМЫШЛЕННЫЙ"));
        // "line" of a DOCX block is the number of its paragraph.
        QCOMPARE(doc->blocks.at(2).line, 4);
    }

    void wholeTree()
    {
        const QString path = m_dir.filePath(QStringLiteral("Z9900000001_ru.docx"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(goodDocx(m_dir));
        f.close();
        ImportRequest req;
        req.path = path;
        req.language = Language::Ru;
        req.actId = QStringLiteral("Z9900000001");
        ImportError err;
        const std::optional<ImportOutcome> out = readSource(req, &err);
        QVERIFY2(out, qPrintable(err.toString()));
        QCOMPARE(out->warnings, QStringList());
        const ActEdition& e = out->editions.first();
        QCOMPARE(e.sourceKind, QStringLiteral("docx"));
        QCOMPARE(e.title, QStringLiteral("О вымышленных цифровых платформах (вымышленный закон для тестов)"));
        ZL_COMPARE_TEXT(dumpTree(e.provisions),
            QStringLiteral("chapter ch:1 | 1 | ОБЩИЕ ПОЛОЖЕНИЯ |  | z10\n"
                           "  = editorial: Примечание ИЗПИ! ⏎ Текст вымышлен.\n"
                           "  article 1 | 1 | Основные понятия |  | z12\n"
                           "    = footnote: Сноска. Статья 1 с изменениями, внесенными Законом РК от 02.02.2100 № "
                           "2-IX. [№ 2-IX -> https://adilet.zan.kz/rus/docs/Z9900000002#z5]\n"
                           "    paragraph 1/1 | 1 |  | Вымышленный пункт: | \n"
                           "      subparagraph 1/1/1 | 1 |  | подпункт с обычным текстом; | \n"
                           "    paragraph 1/2 | 2 |  | Смотри пункт 1 настоящей статьи. | \n"
                           "signature signature |  |  | Президент ⏎ Республики Казахстан ⏎ И. ВЫМЫШЛЕННЫЙ | "));
    }

    void withoutRelationships()
    {
        // The hyperlink whose r:id cannot be resolved is no link.
        const QByteArray docx = makeZip(m_dir, { { "word/document.xml", kDocument } });
        ImportError err;
        const std::optional<BlockDocument> doc = docxBlocks(docx, QStringLiteral("act.docx"), &err);
        QVERIFY2(doc, qPrintable(err.toString()));
        for (const TextBlock& b : doc->blocks) {
            if (b.text.startsWith(QStringLiteral("Сноска")))
                QVERIFY(b.links.isEmpty());
        }
    }

    void truncatedZip()
    {
        const QByteArray docx = goodDocx(m_dir);
        ImportRequest req;
        req.path = QStringLiteral("/downloads/broken.docx");
        req.language = Language::Ru;
        req.actId = QStringLiteral("Z9900000001");
        ImportError err;
        QVERIFY(!readBytes(docx.left(docx.size() / 2), req, &err));
        QCOMPARE(err.file, QStringLiteral("broken.docx"));
        QCOMPARE(err.line, 0);
        QVERIFY2(err.message.startsWith(QStringLiteral("not a DOCX file (the ZIP container is damaged or truncated")),
            qPrintable(err.message));
    }

    void zipWithoutDocument()
    {
        const QByteArray zip = makeZip(m_dir, { { "[Content_Types].xml", kContentTypes }, { "other.txt", "x" } });
        QVERIFY(!zip.isEmpty());
        ImportError err;
        QVERIFY(!docxBlocks(zip, QStringLiteral("other.docx"), &err));
        QCOMPARE(err.file, QStringLiteral("other.docx"));
        QCOMPARE(err.message, QStringLiteral("not a Word document: word/document.xml is missing or unreadable"));
    }

    void damagedXml()
    {
        const QByteArray bad = "<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"x\">\n<w:body><w:p><w:r><w:t>А</w:r>"
                               "</w:p></w:body></w:document>";
        const QByteArray zip = makeZip(m_dir, { { "word/document.xml", bad } });
        ImportError err;
        QVERIFY(!docxBlocks(zip, QStringLiteral("bad.docx"), &err));
        QCOMPARE(err.file, QStringLiteral("bad.docx"));
        QVERIFY2(err.message.startsWith(QStringLiteral("word/document.xml is damaged: ")), qPrintable(err.message));
        QVERIFY2(err.message.endsWith(QStringLiteral("(line 3 of that part)")), qPrintable(err.message));
    }

    void notAZipAtAll()
    {
        static const char notZip[] = "PK\x03\x04 this is not really a zip";
        ImportError err;
        QVERIFY(!docxBlocks(QByteArray(notZip, sizeof notZip - 1), QStringLiteral("x.docx"), &err));
        QVERIFY(err.message.startsWith(QStringLiteral("not a DOCX file")));
    }
};

QTEST_GUILESS_MAIN(TestDocxImport)
#include "tst_docx_import.moc"
