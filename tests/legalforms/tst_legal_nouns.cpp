#include "legalforms/grammatical_case.h"

#include <QTest>

using namespace zanlink;

namespace {

const QList<GramCase> kRuCases { GramCase::Nominative, GramCase::Genitive, GramCase::Dative, GramCase::Accusative,
    GramCase::Instrumental, GramCase::Prepositional };
const QList<GramCase> kKkCases { GramCase::Nominative, GramCase::Genitive, GramCase::Dative, GramCase::Accusative,
    GramCase::Locative, GramCase::Ablative, GramCase::Instrumental };

// kind == -1 stands for "part" (partNoun).
QString nounOf(int kind, GramCase c, Language lang, bool plural)
{
    if (kind < 0)
        return partNoun(c, lang, plural);
    return provisionNoun(static_cast<ProvisionKind>(kind), c, lang, plural);
}

} // namespace

class TestLegalNouns : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void russian_data();
    void russian();
    void kazakh_data();
    void kazakh();
    void english();
    void casesForeignToTheLanguage();
    void unsupportedKinds();
    void kazakhWithNumber_data();
    void kazakhWithNumber();
    void kazakhPossessive();
};

void TestLegalNouns::russian_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("plural");
    QTest::addColumn<QStringList>("forms"); // nom gen dat acc ins prep
    auto row = [](const char* name, int kind, bool plural, const QStringList& forms) {
        QTest::newRow(name) << kind << plural << forms;
    };
    const int article = int(ProvisionKind::Article);
    const int paragraph = int(ProvisionKind::Paragraph);
    const int sub = int(ProvisionKind::Subparagraph);
    const int chapter = int(ProvisionKind::Chapter);
    const int section = int(ProvisionKind::Section);
    const int note = int(ProvisionKind::Note);
    row("статья", article, false,
        { u"статья"_qs, u"статьи"_qs, u"статье"_qs, u"статью"_qs, u"статьей"_qs, u"статье"_qs });
    row("статьи", article, true,
        { u"статьи"_qs, u"статей"_qs, u"статьям"_qs, u"статьи"_qs, u"статьями"_qs, u"статьях"_qs });
    row("пункт", paragraph, false,
        { u"пункт"_qs, u"пункта"_qs, u"пункту"_qs, u"пункт"_qs, u"пунктом"_qs, u"пункте"_qs });
    row("пункты", paragraph, true,
        { u"пункты"_qs, u"пунктов"_qs, u"пунктам"_qs, u"пункты"_qs, u"пунктами"_qs, u"пунктах"_qs });
    row("подпункт", sub, false,
        { u"подпункт"_qs, u"подпункта"_qs, u"подпункту"_qs, u"подпункт"_qs, u"подпунктом"_qs, u"подпункте"_qs });
    row("подпункты", sub, true,
        { u"подпункты"_qs, u"подпунктов"_qs, u"подпунктам"_qs, u"подпункты"_qs, u"подпунктами"_qs, u"подпунктах"_qs });
    row("часть", -1, false, { u"часть"_qs, u"части"_qs, u"части"_qs, u"часть"_qs, u"частью"_qs, u"части"_qs });
    row("части", -1, true, { u"части"_qs, u"частей"_qs, u"частям"_qs, u"части"_qs, u"частями"_qs, u"частях"_qs });
    row("глава", chapter, false, { u"глава"_qs, u"главы"_qs, u"главе"_qs, u"главу"_qs, u"главой"_qs, u"главе"_qs });
    row("главы", chapter, true, { u"главы"_qs, u"глав"_qs, u"главам"_qs, u"главы"_qs, u"главами"_qs, u"главах"_qs });
    row("раздел", section, false,
        { u"раздел"_qs, u"раздела"_qs, u"разделу"_qs, u"раздел"_qs, u"разделом"_qs, u"разделе"_qs });
    row("разделы", section, true,
        { u"разделы"_qs, u"разделов"_qs, u"разделам"_qs, u"разделы"_qs, u"разделами"_qs, u"разделах"_qs });
    row("примечание", note, false,
        { u"примечание"_qs, u"примечания"_qs, u"примечанию"_qs, u"примечание"_qs, u"примечанием"_qs,
            u"примечании"_qs });
    row("примечания", note, true,
        { u"примечания"_qs, u"примечаний"_qs, u"примечаниям"_qs, u"примечания"_qs, u"примечаниями"_qs,
            u"примечаниях"_qs });
}

void TestLegalNouns::russian()
{
    QFETCH(int, kind);
    QFETCH(bool, plural);
    QFETCH(QStringList, forms);
    for (qsizetype i = 0; i < kRuCases.size(); ++i)
        QCOMPARE(nounOf(kind, kRuCases.at(i), Language::Ru, plural), forms.at(i));
}

void TestLegalNouns::kazakh_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("plural");
    QTest::addColumn<QStringList>("forms"); // nom(possessive) gen dat acc loc abl instr
    auto row = [](const char* name, int kind, bool plural, const QStringList& forms) {
        QTest::newRow(name) << kind << plural << forms;
    };
    const int article = int(ProvisionKind::Article);
    const int paragraph = int(ProvisionKind::Paragraph);
    const int sub = int(ProvisionKind::Subparagraph);
    const int chapter = int(ProvisionKind::Chapter);
    const int section = int(ProvisionKind::Section);
    const int note = int(ProvisionKind::Note);
    row("бап", article, false,
        { u"бабы"_qs, u"бабының"_qs, u"бабына"_qs, u"бабын"_qs, u"бабында"_qs, u"бабынан"_qs, u"бабымен"_qs });
    row("баптар", article, true,
        { u"баптары"_qs, u"баптарының"_qs, u"баптарына"_qs, u"баптарын"_qs, u"баптарында"_qs, u"баптарынан"_qs,
            u"баптарымен"_qs });
    row("тармақ", paragraph, false,
        { u"тармағы"_qs, u"тармағының"_qs, u"тармағына"_qs, u"тармағын"_qs, u"тармағында"_qs, u"тармағынан"_qs,
            u"тармағымен"_qs });
    row("тармақтар", paragraph, true,
        { u"тармақтары"_qs, u"тармақтарының"_qs, u"тармақтарына"_qs, u"тармақтарын"_qs, u"тармақтарында"_qs,
            u"тармақтарынан"_qs, u"тармақтарымен"_qs });
    row("тармақша", sub, false,
        { u"тармақшасы"_qs, u"тармақшасының"_qs, u"тармақшасына"_qs, u"тармақшасын"_qs, u"тармақшасында"_qs,
            u"тармақшасынан"_qs, u"тармақшасымен"_qs });
    row("тармақшалар", sub, true,
        { u"тармақшалары"_qs, u"тармақшаларының"_qs, u"тармақшаларына"_qs, u"тармақшаларын"_qs, u"тармақшаларында"_qs,
            u"тармақшаларынан"_qs, u"тармақшаларымен"_qs });
    row("бөлік", -1, false,
        { u"бөлігі"_qs, u"бөлігінің"_qs, u"бөлігіне"_qs, u"бөлігін"_qs, u"бөлігінде"_qs, u"бөлігінен"_qs,
            u"бөлігімен"_qs });
    row("бөліктер", -1, true,
        { u"бөліктері"_qs, u"бөліктерінің"_qs, u"бөліктеріне"_qs, u"бөліктерін"_qs, u"бөліктерінде"_qs,
            u"бөліктерінен"_qs, u"бөліктерімен"_qs });
    row("тарау", chapter, false,
        { u"тарауы"_qs, u"тарауының"_qs, u"тарауына"_qs, u"тарауын"_qs, u"тарауында"_qs, u"тарауынан"_qs,
            u"тарауымен"_qs });
    row("тараулар", chapter, true,
        { u"тараулары"_qs, u"тарауларының"_qs, u"тарауларына"_qs, u"тарауларын"_qs, u"тарауларында"_qs,
            u"тарауларынан"_qs, u"тарауларымен"_qs });
    row("бөлім", section, false,
        { u"бөлімі"_qs, u"бөлімінің"_qs, u"бөліміне"_qs, u"бөлімін"_qs, u"бөлімінде"_qs, u"бөлімінен"_qs,
            u"бөлімімен"_qs });
    row("бөлімдер", section, true,
        { u"бөлімдері"_qs, u"бөлімдерінің"_qs, u"бөлімдеріне"_qs, u"бөлімдерін"_qs, u"бөлімдерінде"_qs,
            u"бөлімдерінен"_qs, u"бөлімдерімен"_qs });
    row("ескертпе", note, false,
        { u"ескертпесі"_qs, u"ескертпесінің"_qs, u"ескертпесіне"_qs, u"ескертпесін"_qs, u"ескертпесінде"_qs,
            u"ескертпесінен"_qs, u"ескертпесімен"_qs });
    row("ескертпелер", note, true,
        { u"ескертпелері"_qs, u"ескертпелерінің"_qs, u"ескертпелеріне"_qs, u"ескертпелерін"_qs, u"ескертпелерінде"_qs,
            u"ескертпелерінен"_qs, u"ескертпелерімен"_qs });
}

void TestLegalNouns::kazakh()
{
    QFETCH(int, kind);
    QFETCH(bool, plural);
    QFETCH(QStringList, forms);
    for (qsizetype i = 0; i < kKkCases.size(); ++i)
        QCOMPARE(nounOf(kind, kKkCases.at(i), Language::Kk, plural), forms.at(i));
}

void TestLegalNouns::english()
{
    const QList<std::pair<int, QStringList>> rows {
        { int(ProvisionKind::Article), { u"Article"_qs, u"Articles"_qs } },
        { int(ProvisionKind::Paragraph), { u"paragraph"_qs, u"paragraphs"_qs } },
        { int(ProvisionKind::Subparagraph), { u"subparagraph"_qs, u"subparagraphs"_qs } },
        { int(ProvisionKind::Chapter), { u"Chapter"_qs, u"Chapters"_qs } },
        { int(ProvisionKind::Section), { u"Section"_qs, u"Sections"_qs } },
        { int(ProvisionKind::Note), { u"note"_qs, u"notes"_qs } },
        { -1, { u"part"_qs, u"parts"_qs } },
    };
    const QList<GramCase> all { GramCase::Nominative, GramCase::Genitive, GramCase::Dative, GramCase::Accusative,
        GramCase::Instrumental, GramCase::Prepositional, GramCase::Locative, GramCase::Ablative };
    for (const auto& [kind, forms] : rows) {
        for (GramCase c : all) {
            QCOMPARE(nounOf(kind, c, Language::En, false), forms.at(0));
            QCOMPARE(nounOf(kind, c, Language::En, true), forms.at(1));
        }
    }
}

void TestLegalNouns::casesForeignToTheLanguage()
{
    // Russian has no locative or ablative: the prepositional and the genitive stand in.
    QCOMPARE(provisionNoun(ProvisionKind::Article, GramCase::Locative, Language::Ru), u"статье"_qs);
    QCOMPARE(provisionNoun(ProvisionKind::Article, GramCase::Ablative, Language::Ru), u"статьи"_qs);
    // Kazakh has no prepositional: the locative stands in.
    QCOMPARE(provisionNoun(ProvisionKind::Paragraph, GramCase::Prepositional, Language::Kk), u"тармағында"_qs);
}

void TestLegalNouns::unsupportedKinds()
{
    for (Language lang : kAllLanguages) {
        QCOMPARE(provisionNoun(ProvisionKind::Text, GramCase::Genitive, lang), QString());
        QCOMPARE(provisionNoun(ProvisionKind::Preamble, GramCase::Genitive, lang), QString());
        QCOMPARE(provisionNoun(ProvisionKind::Signature, GramCase::Genitive, lang), QString());
    }
    QCOMPARE(kazakhNumberedNoun(ProvisionKind::Text, u"1"_qs, GramCase::Genitive), QString());
}

void TestLegalNouns::kazakhWithNumber_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("gramCase");
    QTest::addColumn<bool>("plural");
    QTest::addColumn<bool>("possessive");
    QTest::addColumn<QString>("expected");
    const int article = int(ProvisionKind::Article);
    const int paragraph = int(ProvisionKind::Paragraph);
    const int sub = int(ProvisionKind::Subparagraph);
    const int chapter = int(ProvisionKind::Chapter);
    const int gen = int(GramCase::Genitive);
    const int nom = int(GramCase::Nominative);
    QTest::newRow("41-1-бап") << article << u"41-1"_qs << nom << false << false << u"41-1-бап"_qs;
    QTest::newRow("41-1-бабы") << article << u"41-1"_qs << nom << false << true << u"41-1-бабы"_qs;
    QTest::newRow("41-1-бабының") << article << u"41-1"_qs << gen << false << true << u"41-1-бабының"_qs;
    QTest::newRow("41-1-бабынан") << article << u"41-1"_qs << int(GramCase::Ablative) << false << true
                                  << u"41-1-бабынан"_qs;
    QTest::newRow("41-1-бабымен") << article << u"41-1"_qs << int(GramCase::Instrumental) << false << true
                                  << u"41-1-бабымен"_qs;
    QTest::newRow("1-2-тармақ") << paragraph << u"1-2"_qs << nom << false << false << u"1-2-тармақ"_qs;
    QTest::newRow("1-2-тармағына") << paragraph << u"1-2"_qs << int(GramCase::Dative) << false << true
                                   << u"1-2-тармағына"_qs;
    QTest::newRow("3) тармақшасында") << sub << u"3"_qs << int(GramCase::Locative) << false << true
                                      << u"3) тармақшасында"_qs;
    QTest::newRow("3) already bracketed") << sub << u"3)"_qs << gen << false << true << u"3) тармақшасының"_qs;
    QTest::newRow("3) тармақша") << sub << u"3"_qs << nom << false << false << u"3) тармақша"_qs;
    QTest::newRow("3-тарау") << chapter << u"3"_qs << nom << false << false << u"3-тарау"_qs;
    QTest::newRow("3-тарауының") << chapter << u"3"_qs << gen << false << true << u"3-тарауының"_qs;
    QTest::newRow("5–7-баптарында") << article << u"5–7"_qs << int(GramCase::Locative) << true << true
                                    << u"5–7-баптарында"_qs;
    QTest::newRow("баптар bare") << article << u"5–7"_qs << nom << true << false << u"5–7-баптар"_qs;
    QTest::newRow("no number") << article << QString() << gen << false << true << u"бабының"_qs;
}

void TestLegalNouns::kazakhWithNumber()
{
    QFETCH(int, kind);
    QFETCH(QString, number);
    QFETCH(int, gramCase);
    QFETCH(bool, plural);
    QFETCH(bool, possessive);
    QFETCH(QString, expected);
    QCOMPARE(kazakhNumberedNoun(
                 static_cast<ProvisionKind>(kind), number, static_cast<GramCase>(gramCase), plural, possessive),
        expected);
}

void TestLegalNouns::kazakhPossessive()
{
    QCOMPARE(kazakhPossessiveCase(u"Заңы"_qs, GramCase::Genitive), u"Заңының"_qs);
    QCOMPARE(kazakhPossessiveCase(u"Кодексі"_qs, GramCase::Dative), u"Кодексіне"_qs);
    QCOMPARE(kazakhPossessiveCase(u"қағидалары"_qs, GramCase::Locative), u"қағидаларында"_qs);
    QCOMPARE(kazakhPossessiveCase(u"Конституциясы"_qs, GramCase::Ablative), u"Конституциясынан"_qs);
    QCOMPARE(kazakhPossessiveCase(u"актісі"_qs, GramCase::Accusative), u"актісін"_qs);
    QCOMPARE(kazakhPossessiveCase(u"Заңы"_qs, GramCase::Nominative), u"Заңы"_qs);
}

QTEST_GUILESS_MAIN(TestLegalNouns)
#include "tst_legal_nouns.moc"
