// DOCX, ODT and PDF of every request type in every language from a fictional
// case: the DOCX is a zip whose parts parse as XML and carry the escaped text;
// LibreOffice, when installed, converts it to PDF.
#include "drafting/document_writers.h"
#include "fictional_case.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <zip.h>

using namespace zanlink;

namespace {

// plain: without the characters the writers must cope with (for the documentation's page).
RenderedDocument rendered(RequestType type, OutputLanguage lang, bool plain = false)
{
    Draft d = draftFromCase(test::fictionalCase(), type, lang, QDate(2026, 3, 10));
    d.fields[u"actionRequested"_qs] = plain ? u"удалить указанные материалы"_qs : u"удалить <b>&\"' материалы"_qs;
    d.fields[u"territorialScope"_qs] = u"Республика Казахстан"_qs;
    d.fields[u"attachments"_qs] = QStringList { u"Вымышленные скриншоты"_qs };
    d.fields[u"issuerDetails"_qs] = plain ? u"г. Астана, +7 700 000 00 00 (вымышленный)"_qs
                                          : u"control\u0001char"_qs; // not allowed in XML: dropped
    TemplateError error;
    const auto doc = renderDraft(d, {}, &error);
    if (!doc)
        qFatal("%s", qPrintable(error.toString()));
    return *doc;
}

QByteArray zipPart(const QString& zipPath, const char* name)
{
    int code = 0;
    zip_t* z = zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY, &code);
    if (!z)
        return {};
    QByteArray data;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(z, name, 0, &st) == 0) {
        zip_file_t* f = zip_fopen(z, name, 0);
        data.resize(static_cast<qsizetype>(st.size));
        if (!f || zip_fread(f, data.data(), st.size) != static_cast<zip_int64_t>(st.size))
            data.clear();
        if (f)
            zip_fclose(f);
    }
    zip_discard(z);
    return data;
}

// The text of the XML's character data; empty with *ok false when it does not parse.
QString xmlText(const QByteArray& xml, bool* ok)
{
    QXmlStreamReader r(xml);
    QString text;
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::Characters)
            text += r.text();
    }
    *ok = !r.hasError();
    return text;
}

} // namespace

class TstDraftingOutput : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void docx_data()
    {
        QTest::addColumn<RequestType>("type");
        QTest::addColumn<OutputLanguage>("lang");
        for (RequestType t : allRequestTypes()) {
            for (OutputLanguage l :
                { OutputLanguage::Kk, OutputLanguage::Ru, OutputLanguage::En, OutputLanguage::BilingualKkRu })
                QTest::addRow("%s %s", qPrintable(requestTypeId(t)), qPrintable(outputLanguageCode(l))) << t << l;
        }
    }
    void docx()
    {
        QFETCH(RequestType, type);
        QFETCH(OutputLanguage, lang);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"draft.docx"_qs);
        const RenderedDocument doc = rendered(type, lang);
        QString error;
        QVERIFY2(writeDocx(doc, path, &error), qPrintable(error));
        QVERIFY(!QFile::exists(path + u".part"));
        for (const char* part : { "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels",
                 "word/styles.xml", "word/footer1.xml", "docProps/core.xml" }) {
            bool ok = false;
            xmlText(zipPart(path, part), &ok);
            QVERIFY2(ok, part);
        }
        const QByteArray xml = zipPart(path, "word/document.xml");
        bool ok = false;
        const QString text = xmlText(xml, &ok);
        QVERIFY2(ok, xml.left(400).constData());
        QVERIFY(text.contains(u"удалить <b>&\"' материалы"_qs));
        QVERIFY(xml.contains("&lt;b&gt;&amp;"));
        QVERIFY(text.contains(u"controlchar"_qs));
        QVERIFY(text.contains(u"https://video.example/@fictional/video/123"_qs));
        QCOMPARE(xml.contains("<w:tbl>"), lang == OutputLanguage::BilingualKkRu);
        QVERIFY(zipPart(path, "word/footer1.xml").contains("PAGE"));
    }

    void libreOfficeOpensTheDocx()
    {
        QString office = QStandardPaths::findExecutable(u"soffice"_qs);
        if (office.isEmpty())
            office = QStandardPaths::findExecutable(u"libreoffice"_qs);
        if (office.isEmpty())
            QSKIP("LibreOffice (soffice or libreoffice) is not on PATH: the DOCX to PDF conversion is not checked");
        // Every type in every language, converted in one run of LibreOffice.
        QTemporaryDir dir;
        QString error;
        QStringList names;
        QStringList args { u"--headless"_qs, u"-env:UserInstallation=file://"_qs + dir.filePath(u"profile"_qs),
            u"--convert-to"_qs, u"pdf"_qs, u"--outdir"_qs, dir.path() };
        for (RequestType t : allRequestTypes()) {
            for (OutputLanguage l :
                { OutputLanguage::Kk, OutputLanguage::Ru, OutputLanguage::En, OutputLanguage::BilingualKkRu }) {
                const QString name = requestTypeId(t) + u'-' + outputLanguageCode(l).replace(u'+', u'-');
                QVERIFY2(writeDocx(rendered(t, l), dir.filePath(name + u".docx"), &error), qPrintable(error));
                names << name;
                args << dir.filePath(name + u".docx");
            }
        }
        const QString shots = qEnvironmentVariable("ZANLINK_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QVERIFY(writeDocx(rendered(RequestType::RemovalRequest, OutputLanguage::BilingualKkRu, true),
                dir.filePath(u"draft-page.docx"_qs), &error));
            args << dir.filePath(u"draft-page.docx"_qs);
        }
        QProcess p;
        p.start(office, args);
        QVERIFY(p.waitForFinished(600000));
        for (const QString& name : names) {
            const QFileInfo pdf(dir.filePath(name + u".pdf"));
            QVERIFY2(pdf.exists() && pdf.size() > 1000,
                qPrintable(name + u": no PDF; LibreOffice said: " + QString::fromUtf8(p.readAllStandardError())));
        }
        // For the documentation: a bilingual removal request as LibreOffice prints it.
        if (!shots.isEmpty()) {
            QFile::remove(shots + u"/draft-page.pdf");
            QFile::copy(dir.filePath(u"draft-page.pdf"_qs), shots + u"/draft-page.pdf");
        }
    }

    void odtAndPdf()
    {
        QTemporaryDir dir;
        QString error;
        for (OutputLanguage l : { OutputLanguage::Kk, OutputLanguage::BilingualKkRu }) {
            const RenderedDocument doc = rendered(RequestType::RestorationRequest, l);
            const QString odt = dir.filePath(u"draft.odt"_qs);
            QVERIFY2(writeOdt(doc, odt, &error), qPrintable(error));
            bool ok = false;
            const QString text = xmlText(zipPart(odt, "content.xml"), &ok);
            QVERIFY(ok);
            QVERIFY(text.contains(u"удалить <b>&\"' материалы"_qs));
            const QString pdf = dir.filePath(u"draft.pdf"_qs);
            QVERIFY2(writePdf(doc, pdf, &error), qPrintable(error));
            QFile f(pdf);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.read(5).startsWith("%PDF"));
            QVERIFY(f.size() > 1000);
        }
        QVERIFY(!writePdf(rendered(RequestType::RemovalRequest, OutputLanguage::Ru),
            dir.filePath(u"no/such/folder/x.pdf"_qs), &error));
        QVERIFY(error.contains(u"x.pdf"));
    }
};

QTEST_MAIN(TstDraftingOutput)
#include "tst_drafting_output.moc"
