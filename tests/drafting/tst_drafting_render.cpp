// Every request type rendered in kk, ru, en and the bilingual form from a
// fictional case: citations in the case the sentence needs, legal dates,
// escaping, quoted (fictional) provision texts and template errors.
#include "drafting/document_model.h"
#include "fictional_case.h"
#include "store/library_store.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace zanlink;

namespace {

Draft completeDraft(RequestType type, OutputLanguage lang)
{
    Draft d = draftFromCase(test::fictionalCase(), type, lang, QDate(2026, 3, 10));
    d.fields[u"actionRequested"_qs] = u"удалить материалы <b>&\"'"_qs;
    d.fields[u"territorialScope"_qs] = u"Республика Казахстан"_qs;
    d.fields[u"redress"_qs] = u"вымышленный порядок обжалования"_qs;
    d.fields[u"attachments"_qs] = QStringList { u"Скриншоты (вымышленные)"_qs, u"Доверенность"_qs };
    d.fields[u"place"_qs] = u"Астана"_qs;
    for (PinnedCitation& c : d.citations)
        c.editionDate = QDate(2026, 1, 1);
    return d;
}

} // namespace

class TstDraftingRender : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyTypeAndLanguage_data()
    {
        QTest::addColumn<RequestType>("type");
        QTest::addColumn<OutputLanguage>("lang");
        for (RequestType t : allRequestTypes()) {
            for (OutputLanguage l :
                { OutputLanguage::Kk, OutputLanguage::Ru, OutputLanguage::En, OutputLanguage::BilingualKkRu })
                QTest::addRow("%s %s", qPrintable(requestTypeId(t)), qPrintable(outputLanguageCode(l))) << t << l;
        }
    }
    void everyTypeAndLanguage()
    {
        QFETCH(RequestType, type);
        QFETCH(OutputLanguage, lang);
        TemplateError error;
        const auto doc = renderDraft(completeDraft(type, lang), RenderOptions {}, &error);
        QVERIFY2(doc, qPrintable(error.toString()));
        const QString text = doc->toPlainText();
        QVERIFY(text.contains(u"удалить материалы <b>&\"'"_qs));
        QVERIFY(text.contains(u"https://video.example/@fictional/video/123"_qs));
    }

    void citationsAndDates()
    {
        TemplateError error;
        auto ru = renderDraft(completeDraft(RequestType::RemovalRequest, OutputLanguage::Ru), {}, &error);
        QVERIFY2(ru, qPrintable(error.toString()));
        QString t = ru->toPlainText();
        QVERIFY2(t.contains(u"в соответствии со статьями 9, 11 и 6 Закона Республики Казахстан «Об онлайн-платформах "
                            u"и онлайн-рекламе», прошу"_qs),
            qPrintable(t));
        QVERIFY(t.contains(u"Астана, 10 марта 2026 года"_qs));
        QVERIFY(t.contains(u"(до 6 марта 2026 года)"_qs));
        QVERIFY(t.contains(u"(редакция по состоянию на 1 января 2026 года)"_qs));

        auto kk = renderDraft(completeDraft(RequestType::RestorationRequest, OutputLanguage::Kk), {}, &error);
        QVERIFY2(kk, qPrintable(error.toString()));
        t = kk->toPlainText();
        QVERIFY2(
            t.contains(u"«Байланыс туралы» Қазақстан Республикасы Заңының 41-1-бабының 4, 5 және 6-тармақтарына"_qs),
            qPrintable(t));
        QVERIFY(t.contains(u"Астана, 2026 жылғы 10 наурыз"_qs));

        auto en = renderDraft(completeDraft(RequestType::CyberbullyingComplaint, OutputLanguage::En), {}, &error);
        QVERIFY2(en, qPrintable(error.toString()));
        t = en->toPlainText();
        QVERIFY2(t.contains(u"pursuant to paragraph 1 of Article 40 of the Law of the Republic of Kazakhstan"_qs),
            qPrintable(t));
        QVERIFY(t.contains(u"Астана, 10 March 2026"_qs));

        auto bi
            = renderDraft(completeDraft(RequestType::TargetedRestriction, OutputLanguage::BilingualKkRu), {}, &error);
        QVERIFY2(bi, qPrintable(error.toString()));
        QVERIFY(bi->twoColumns);
        bool paired = false;
        for (const DocRow& row : bi->rows) {
            if (row.part == u"title") {
                QVERIFY(!row.left.isEmpty() && !row.right.isEmpty());
                QVERIFY(row.left.first().plainText().contains(u"ӨТІНІШ"));
                QVERIFY(row.right.first().plainText().contains(u"ЗАЯВЛЕНИЕ"));
                paired = true;
            }
        }
        QVERIFY(paired);
    }

    void anUnpinnedProvisionHasNoEmptyEdition()
    {
        for (OutputLanguage l : { OutputLanguage::Kk, OutputLanguage::Ru, OutputLanguage::En }) {
            Draft d = completeDraft(RequestType::RemovalRequest, l);
            d.citations.first().editionDate = QDate();
            TemplateError error;
            const auto doc = renderDraft(d, {}, &error);
            QVERIFY2(doc, qPrintable(error.toString()));
            const QString t = doc->toPlainText();
            QVERIFY2(!t.contains(u"на )"_qs) && !t.contains(u"( жағдай"_qs) && !t.contains(u"on )"_qs), qPrintable(t));
            QVERIFY(t.contains(u"1 января 2026"_qs) || t.contains(u"2026 жылғы 1 қаңтар"_qs)
                || t.contains(u"1 January 2026"_qs)); // the pinned ones keep theirs
        }
    }

    void escaping()
    {
        Draft d = completeDraft(RequestType::RemovalRequest, OutputLanguage::Ru);
        d.fields[u"issuer"_qs] = u"<b>&\"'"_qs;
        TemplateError error;
        const auto markup = renderDraftMarkup(d, Language::Ru, {}, &error);
        QVERIFY2(markup, qPrintable(error.toString()));
        QVERIFY(markup->contains(u"От: &lt;b&gt;&amp;&quot;&#39;"_qs));
        QVERIFY(!markup->contains(u"<b>&\"'"_qs));
        const auto doc = renderDraft(d, {}, &error);
        QVERIFY(doc);
        QVERIFY(doc->toPlainText().contains(u"От: <b>&\"'"_qs));
        QVERIFY(doc->toHtml().contains(u"От: &lt;b&gt;&amp;&quot;"_qs));
    }

    void quotedFictionalText()
    {
        QTemporaryDir dir;
        LibraryStore lib;
        QString err;
        QVERIFY2(lib.open(dir.filePath(u"lib.sqlite"_qs), &err), qPrintable(err));
        QVERIFY(lib.addEditions({ test::fictionalEdition(u"Z040000567_"_qs, Language::Ru, QDate(2026, 1, 1)) }, &err));
        Draft d = completeDraft(RequestType::RestorationRequest, OutputLanguage::Ru);
        for (PinnedCitation& c : d.citations)
            c.quote = true;
        RenderOptions options;
        options.library = &lib;
        TemplateError error;
        const auto doc = renderDraft(d, options, &error);
        QVERIFY2(doc, qPrintable(error.toString()));
        const QString t = doc->toPlainText();
        QVERIFY2(t.contains(u"4. ВЫМЫШЛЕННЫЙ-RU text of 41-1/4 & <x>"_qs), qPrintable(t));
        QVERIFY(t.contains(u"ВЫМЫШЛЕННЫЙ-RU text of 41-1/6"_qs));
    }

    void templateErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("unclosed section") << u"<p>a</p>\n<p>b</p>\n{{#hasFacts}}\n<p>c</p>\n"_qs
                                          << u"ru/removal-request, line 3: \"{{#hasFacts}}\" is never closed"_qs;
        QTest::newRow("wrong close") << u"{{#hasFacts}}\n{{#hasUrls}}\n{{/hasFacts}}"_qs
                                     << u"line 3: \"{{/hasFacts}}\" closes \"{{#hasUrls}}\" opened on line 2"_qs;
        QTest::newRow("unknown name") << u"<p>{{issuer}}</p>\n<p>{{fcts}}</p>"_qs
                                      << u"ru/removal-request, line 2: unknown name \"fcts\""_qs;
        QTest::newRow("unclosed tag") << u"<p>\n\n{{issuer</p>"_qs << u"line 3: \"{{\" is not closed"_qs;
        QTest::newRow("unescaped") << u"<p>{{{issuer}}}</p>"_qs << u"line 1: \"{{{issuer}}}\" would insert"_qs;
        QTest::newRow("partial") << u"\n{{> nosuch}}"_qs << u"line 2: no partial named \"nosuch\""_qs;
        QTest::newRow("markup") << u"<p>a</p>\n<p>{{issuer}}\n"_qs << u"ru/removal-request, line 3: the markup"_qs;
    }
    void templateErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const Draft d = completeDraft(RequestType::RemovalRequest, OutputLanguage::Ru);
        TemplateError error;
        auto markup = renderDraftMarkup(d, Language::Ru, {}, &error, text);
        if (markup)
            QVERIFY(!parseDocumentMarkup(u"ru/removal-request"_qs, *markup, &error));
        QVERIFY2(error.toString().contains(message), qPrintable(error.toString()));
    }

    void userFolderOverrides()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"en"_qs));
        QFile f(dir.filePath(u"en/removal-request.mustache"_qs));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<h part=\"title\">Trainer's own</h>\n{{> closing}}\n");
        f.close();
        RenderOptions options;
        options.userTemplateFolder = dir.path();
        TemplateError error;
        const auto doc = renderDraft(completeDraft(RequestType::RemovalRequest, OutputLanguage::En), options, &error);
        QVERIFY2(doc, qPrintable(error.toString()));
        QVERIFY(doc->toPlainText().startsWith(u"Trainer's own\n"_qs));
        QVERIFY(doc->toPlainText().contains(u"(signature)"_qs)); // the built-in partial
    }
};

QTEST_MAIN(TstDraftingRender)
#include "tst_drafting_render.moc"
