// Drafts kept with a case and opened again, chains of drafts, and where each
// paragraph of a rendered draft comes from. The case is fictional.
#include "drafting/document_model.h"
#include "drafting/draft_record.h"
#include "drafting/draft_trace.h"
#include "fictional_case.h"

#include <QRegularExpression>
#include <QTest>

using namespace zanlink;

namespace {

Draft pinnedDraft(RequestType type, OutputLanguage lang)
{
    Draft d = draftFromCase(test::fictionalCase(), type, lang, QDate(2026, 3, 10));
    d.fields[u"actionRequested"_qs] = u"отменить предписание № 1-ВЫМ"_qs;
    d.fields[u"territorialScope"_qs] = u"Республика Казахстан"_qs;
    d.fields[u"attachments"_qs] = QStringList { u"Скриншоты (вымышленные)"_qs };
    for (PinnedCitation& c : d.citations)
        c.editionDate = QDate(2026, 1, 1);
    return d;
}

const ParagraphTrace* tracedPart(const QList<ParagraphTrace>& traces, const QString& part, Language lang)
{
    for (const ParagraphTrace& t : traces) {
        if (t.part == part && t.language == lang)
            return &t;
    }
    return nullptr;
}

QString fieldValue(const ParagraphTrace& t, const QString& field)
{
    for (const auto& [name, value] : t.fields) {
        if (name == field)
            return value;
    }
    return u"<not used>"_qs;
}

} // namespace

class TstDraftingRecord : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recordRoundTrip()
    {
        Draft d = pinnedDraft(RequestType::ObjectionAppeal, OutputLanguage::BilingualKkRu);
        d.fields[u"wholePlatformRequested"_qs] = true;
        d.fields[u"deadlineDate"_qs] = QDate(2026, 3, 20);
        d.fields[u"facts@kk"_qs] = QStringList { u"Қиялдағы факт"_qs, u"\"тырнақша\" & <тег>"_qs };
        d.citations.first().quote = true;
        const CaseDraft record = toCaseDraft(d, 7, u"Возражение"_qs, 3);
        QCOMPARE(record.caseId, 7);
        QCOMPARE(record.parentId, 3);
        QCOMPARE(record.type, u"objection-appeal"_qs);
        QCOMPARE(record.language, u"kk+ru"_qs);
        QCOMPARE(record.citations.size(), d.citations.size());

        QString error;
        const std::optional<Draft> back = draftFromRecord(record, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->type, d.type);
        QCOMPARE(back->language, d.language);
        QCOMPARE(back->citations, d.citations);
        QCOMPARE(back->fields.keys(), d.fields.keys());
        QCOMPARE(back->date(u"deadlineDate"_qs), QDate(2026, 3, 20));
        QCOMPARE(back->date(u"date"_qs), QDate(2026, 3, 10));
        QCOMPARE(back->fields.value(u"wholePlatformRequested"_qs).toBool(), true);
        QCOMPARE(back->list(u"facts"_qs, Language::Kk), d.list(u"facts"_qs, Language::Kk));
        QCOMPARE(back->list(u"facts"_qs, Language::Ru), d.list(u"facts"_qs, Language::Ru));
        // Rendering the stored draft gives the same document.
        TemplateError terr;
        QCOMPARE(renderDraft(*back, {}, &terr)->toPlainText(), renderDraft(d, {}, &terr)->toPlainText());
    }

    void badRecordsNameWhatIsWrong_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("fields");
        QTest::addColumn<QString>("words");
        QTest::newRow("type") << u"appeal-to-moon"_qs << u"ru"_qs << u"{}"_qs << u"\"appeal-to-moon\""_qs;
        QTest::newRow("language") << u"removal-request"_qs << u"de"_qs << u"{}"_qs << u"\"de\""_qs;
        QTest::newRow("json") << u"removal-request"_qs << u"ru"_qs << u"{\"issuer\": "_qs << u"not valid JSON"_qs;
        QTest::newRow("array") << u"removal-request"_qs << u"ru"_qs << u"[1]"_qs << u"not a JSON object"_qs;
        QTest::newRow("date") << u"removal-request"_qs << u"ru"_qs << u"{\"date@ru\": \"10.03.2026\"}"_qs
                              << u"\"date@ru\""_qs;
    }
    void badRecordsNameWhatIsWrong()
    {
        QFETCH(QString, type);
        QFETCH(QString, lang);
        QFETCH(QString, fields);
        QFETCH(QString, words);
        CaseDraft r;
        r.type = type;
        r.language = lang;
        r.fieldsJson = fields;
        QString error;
        QVERIFY(!draftFromRecord(r, &error));
        QVERIFY2(error.contains(words), qPrintable(error));
    }

    void chainCarriesTheFactsForward()
    {
        const CaseFile file = test::fictionalCase();
        Draft objection = pinnedDraft(RequestType::ObjectionAppeal, OutputLanguage::Ru);
        objection.fields[u"facts"_qs] = QStringList { u"Вымышленный факт, уточненный юристом"_qs };
        objection.fields[u"issuer"_qs] = u"Вымышленный юрист"_qs;
        objection.fields[u"addressee"_qs] = u"Вымышленный орган"_qs;
        objection.citations << PinnedCitation { u"Z9900000003"_qs, u"2/1"_qs, Language::Ru, QDate(2025, 2, 2), true };

        QVERIFY(followingTypes(RequestType::ObjectionAppeal).contains(RequestType::RestorationRequest));
        const Draft restore
            = chainedDraft(objection, u"Возражение от 10.03.2026"_qs, RequestType::RestorationRequest, file,
                QDate(2026, 4, 1));
        QCOMPARE(restore.type, RequestType::RestorationRequest);
        QCOMPARE(restore.language, OutputLanguage::Ru);
        QCOMPARE(restore.list(u"facts"_qs, Language::Ru), QStringList { u"Вымышленный факт, уточненный юристом"_qs });
        QCOMPARE(restore.text(u"issuer"_qs, Language::Ru), u"Вымышленный юрист"_qs);
        QCOMPARE(restore.list(u"urls"_qs, Language::Ru), objection.list(u"urls"_qs, Language::Ru));
        // Its own addressee and date, not the objection's.
        QVERIFY(restore.text(u"addressee"_qs, Language::Ru) != u"Вымышленный орган"_qs);
        QCOMPARE(restore.date(u"date"_qs), QDate(2026, 4, 1));
        QCOMPARE(restore.list(u"attachments"_qs, Language::Ru),
            (QStringList { u"Скриншоты (вымышленные)"_qs, u"Возражение от 10.03.2026"_qs }));
        // The earlier draft's citations keep their editions; the type's own come too.
        bool kept = false;
        for (const PinnedCitation& c : restore.citations) {
            if (c.actId == u"Z9900000003" && c.key == u"2/1") {
                QCOMPARE(c.editionDate, QDate(2025, 2, 2));
                QVERIFY(c.quote);
                kept = true;
            }
        }
        QVERIFY(kept);
        QVERIFY(restore.citations.size() > 1);
    }

    void everyParagraphIsTraced()
    {
        Draft d = pinnedDraft(RequestType::RemovalRequest, OutputLanguage::Ru);
        // An act outside the catalogue joins the list of the request paragraph too.
        d.citations << PinnedCitation { u"Z9900000003"_qs, u"2/1"_qs, Language::Ru, QDate(2026, 1, 1), false };
        TemplateError error;
        const auto doc = renderDraft(d, {}, &error);
        QVERIFY2(doc, qPrintable(error.toString()));
        const QList<ParagraphTrace> traces = traceDocument(d, *doc, {});
        QCOMPARE(traces.size(), doc->blocks.size());
        static const QRegularExpression link(u"href=\"trace:(\\d+)\""_qs);
        QCOMPARE(doc->toHtml(RenderedDocument::HtmlMarks::TraceLinks).count(link), traces.size());
        QVERIFY(!doc->toHtml().contains(u"trace:"));
        for (const ParagraphTrace& t : traces) {
            QVERIFY2(!t.templateName.isEmpty(), qPrintable(t.part));
            QVERIFY(t.templateFile.startsWith(u":/zanlink/templates/ru/"));
        }

        const ParagraphTrace* title = tracedPart(traces, u"title"_qs, Language::Ru);
        QVERIFY(title);
        QCOMPARE(title->templateName, u"ru/removal-request"_qs);
        QVERIFY(title->fields.isEmpty());

        const ParagraphTrace* request = tracedPart(traces, u"request"_qs, Language::Ru);
        QVERIFY(request);
        QCOMPARE(fieldValue(*request, u"actionRequested"_qs), u"отменить предписание № 1-ВЫМ"_qs);
        QCOMPARE(fieldValue(*request, u"territorialScope"_qs), u"Республика Казахстан"_qs);
        QCOMPARE(request->citations, d.citationsIn(Language::Ru));

        // One list item per provision, each with its own edition.
        QList<PinnedCitation> listed;
        for (const ParagraphTrace& t : traces) {
            if (t.part == u"basis") {
                QCOMPARE(t.templateName, u"ru/_basis"_qs);
                QCOMPARE(t.citations.size(), 1);
                QCOMPARE(t.citations.first().editionDate, QDate(2026, 1, 1));
                listed << t.citations;
            }
        }
        QCOMPARE(listed, d.citationsIn(Language::Ru));

        const ParagraphTrace* facts = nullptr;
        for (const ParagraphTrace& t : traces) {
            if (t.text.contains(u"Опубликовано видео с ребенком"))
                facts = &t;
        }
        QVERIFY(facts);
        QVERIFY(fieldValue(*facts, u"facts"_qs).contains(u"Опубликовано видео с ребенком"));
    }

    void bilingualTraceFollowsTheColumns()
    {
        const Draft d = pinnedDraft(RequestType::TargetedRestriction, OutputLanguage::BilingualKkRu);
        TemplateError error;
        const auto doc = renderDraft(d, {}, &error);
        QVERIFY2(doc, qPrintable(error.toString()));
        const QList<ParagraphTrace> traces = traceDocument(d, *doc, {});
        qsizetype blocks = 0;
        for (const DocRow& row : doc->rows)
            blocks += row.left.size() + row.right.size();
        QCOMPARE(traces.size(), blocks);
        QCOMPARE(traces.first().language, Language::Kk);
        QVERIFY(traces.first().templateName.startsWith(u"kk/"));
        const ParagraphTrace* ruTitle = tracedPart(traces, u"title"_qs, Language::Ru);
        QVERIFY(ruTitle);
        QVERIFY(ruTitle->text.contains(u"ЗАЯВЛЕНИЕ"));
        QCOMPARE(ruTitle->templateName, u"ru/targeted-restriction"_qs);
        QCOMPARE(doc->toHtml(RenderedDocument::HtmlMarks::TraceLinks).count(u"href=\"trace:"_qs), traces.size());
    }
};

QTEST_MAIN(TstDraftingRecord)
#include "tst_drafting_record.moc"
