// fuzz_make_seeds OUTDIR [TEXT…]: writes seed inputs made by the code itself
// into OUTDIR/case_bundle/ (bundles exported from a fictional case) and
// OUTDIR/docx_import/ (DOCX files built from copied-text fixtures: one w:p
// per line, article headings bold, a hyperlink, a bookmark, a table).
#include "cases/case_bundle.h"
#include "cases/case_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <zip.h>

using namespace zanlink;

namespace {

bool writeZip(const QString& path, const QList<QPair<const char*, QByteArray>>& entries)
{
    int err = 0;
    zip_t* z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!z)
        return false;
    for (const auto& [name, data] : entries) {
        zip_source_t* s = zip_source_buffer(z, data.constData(), static_cast<zip_uint64_t>(data.size()), 0);
        if (!s || zip_file_add(z, name, s, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(s);
            zip_discard(z);
            return false;
        }
    }
    return zip_close(z) == 0;
}

QByteArray xmlEscaped(const QString& s)
{
    return s.toHtmlEscaped().toUtf8();
}

bool writeDocx(const QString& textPath, const QString& out)
{
    QFile f(textPath);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    QByteArray body;
    bool first = true;
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const bool heading = line.startsWith(u"Статья") || line.startsWith(u"Article") || line.contains(u"-бап")
            || line.startsWith(u"Глава") || line.startsWith(u"Chapter");
        body += "<w:p>";
        if (first) {
            body += "<w:bookmarkStart w:id=\"0\" w:name=\"z1\"/>";
            first = false;
        }
        body += "<w:r>";
        if (heading)
            body += "<w:rPr><w:b/></w:rPr>";
        body += "<w:t xml:space=\"preserve\">" + xmlEscaped(line) + "</w:t></w:r>";
        if (line.contains(u"статьи") || line.contains(u"Article"))
            body += "<w:hyperlink r:id=\"rId1\"><w:r><w:t>ссылка</w:t></w:r></w:hyperlink>";
        body += "</w:p>";
    }
    body += "<w:tbl><w:tr><w:tc><w:p><w:r><w:rPr><w:color w:val=\"FF0000\"/></w:rPr><w:t>Примечание</w:t></w:r>"
            "<w:r><w:br/><w:tab/><w:t>ячейка</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
    const QByteArray document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                                "<w:body>"
        + body + "</w:body></w:document>";
    const QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            "<Relationship Id=\"rId1\" Type=\"hyperlink\" "
                            "Target=\"http://adilet.zan.kz/rus/docs/Z9900000001#z5\" TargetMode=\"External\"/>"
                            "</Relationships>";
    const QByteArray types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                             "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                             "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
    return writeZip(out,
        { { "[Content_Types].xml", types }, { "word/document.xml", document },
            { "word/_rels/document.xml.rels", rels } });
}

bool writeBundles(const QString& outDir)
{
    QTemporaryDir dir;
    CaseStore store;
    QString e;
    if (!store.open(dir.filePath(QStringLiteral("cases.sqlite")), &e)) {
        std::fprintf(stderr, "%s\n", qPrintable(e));
        return false;
    }
    store.setActor(QStringLiteral("fuzz"));
    CaseRecord r;
    r.title = QStringLiteral("Вымышленное дело");
    r.kind = CaseKind::Restriction;
    r.tags = QStringList { QStringLiteral("блокировка") };
    r.createdUtc = QDateTime(QDate(2099, 3, 1), QTime(9, 30), Qt::UTC);
    const qint64 id = store.saveCase(r, &e).value_or(0);
    if (!id || !exportCase(store, id, outDir + u"/bare.zlcase", {}, &e)) {
        std::fprintf(stderr, "%s\n", qPrintable(e));
        return false;
    }
    Party p { 0, id, PartyRole::Applicant, PartyKind::Person, QStringLiteral("Вымышленный Блогер"),
        QStringLiteral("блогер"), false, {}, false };
    Party child { 0, id, PartyRole::Other, PartyKind::Person, QStringLiteral("Ребёнок Т."), QStringLiteral("14 лет"),
        true, QDate(2085, 5, 2), false };
    store.saveParty(p, &e);
    store.saveParty(child, &e);
    const QString evidencePath = dir.filePath(QStringLiteral("page.html"));
    QFile ev(evidencePath);
    if (ev.open(QIODevice::WriteOnly))
        ev.write("<html>blocked</html>");
    ev.close();
    Evidence meta;
    meta.capturedAtUtc = QDateTime(QDate(2099, 3, 1), QTime(10, 0), Qt::UTC);
    meta.capturedBy = QStringLiteral("юрист");
    meta.captureMethod = QStringLiteral("screenshot");
    store.attachEvidence(id, evidencePath, meta, &e);
    CaseNote n;
    n.caseId = id;
    n.plainText = QStringLiteral("См. п. 1 ст. 2 Закона «О вымышленном доступе».");
    n.html = n.plainText;
    n.citations << NoteCitation { QStringLiteral("Z9900000003"), QStringLiteral("2/1"), Language::Ru, QDate(2099, 6, 1),
        4, 9, false };
    store.saveNote(n, &e);
    BundleOptions all;
    all.includeConfidential = true;
    if (!e.isEmpty() || !exportCase(store, id, outDir + u"/full.zlcase", all, &e)) {
        std::fprintf(stderr, "%s\n", qPrintable(e));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: fuzz_make_seeds OUTDIR [TEXT…]\n");
        return 2;
    }
    const QString out = args.first();
    QDir().mkpath(out + u"/case_bundle");
    QDir().mkpath(out + u"/docx_import");
    bool ok = writeBundles(out + u"/case_bundle");
    for (const QString& text : args.mid(1))
        ok = writeDocx(text, out + u"/docx_import/" + QFileInfo(text).completeBaseName() + u".docx") && ok;
    return ok ? 0 : 1;
}
