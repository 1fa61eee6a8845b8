#include "legalforms/citation_phrase.h"

#include <QTest>

using namespace zanlink;

namespace {

const QString kComms = QStringLiteral("Z040000567_");
const QString kPlatforms = QStringLiteral("Z2300000018");

CitedProvision thisLaw(const QString& key)
{
    CitedProvision p = citedProvision(kComms, key, Language::Ru);
    p.thisAct = true;
    return p;
}

QString phrase(const QString& act, const QString& key, Language lang, GramCase c)
{
    return citationPhrase(citedProvision(act, key, lang), lang, c);
}

QString list(const QList<std::pair<QString, QString>>& keys, Language lang, GramCase c, bool thisAct = false)
{
    QList<CitedProvision> out;
    for (const auto& [act, key] : keys) {
        CitedProvision p = citedProvision(act, key, lang);
        p.thisAct = thisAct;
        out << p;
    }
    return citationList(out, lang, c);
}

} // namespace

class TestLegalCitation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void examplesFromTheBrief();
    void thisLawVariants();
    void actNounInEveryCase();
    void subparagraphs();
    void chaptersAndNotes();
    void codesCiteParts();
    void listsOfOneAct();
    void pluralsAndRanges();
    void severalActs();
    void unknownAct();
    void quotedTitles();
    void fullActNames();
    void fullActNameCases();
    void keys();
};

void TestLegalCitation::examplesFromTheBrief()
{
    QCOMPARE(QString(u"в соответствии с " + phrase(kComms, u"41-1/1-2"_qs, Language::Ru, GramCase::Instrumental)),
        u"в соответствии с пунктом 1-2 статьи 41-1 Закона Республики Казахстан «О связи»"_qs);
    QCOMPARE(QString(phrase(kComms, u"41-1/1-2"_qs, Language::Kk, GramCase::Dative) + u" сәйкес"),
        u"«Байланыс туралы» Қазақстан Республикасы Заңының 41-1-бабының 1-2-тармағына сәйкес"_qs);
    QCOMPARE(phrase(kComms, u"41-1/1-2"_qs, Language::En, GramCase::Nominative),
        u"paragraph 1-2 of Article 41-1 of the Law of the Republic of Kazakhstan \"On Communications\""_qs);
}

void TestLegalCitation::thisLawVariants()
{
    // shared/domain/kazakh.md: the order of parts in each language.
    QCOMPARE(QString(u"в " + citationPhrase(thisLaw(u"41-1/1-2"_qs), Language::Ru, GramCase::Prepositional)),
        u"в пункте 1-2 статьи 41-1 настоящего Закона"_qs);
    QCOMPARE(citationPhrase(thisLaw(u"41-1/1-2"_qs), Language::Kk, GramCase::Locative),
        u"осы Заңның 41-1-бабының 1-2-тармағында"_qs);
    QCOMPARE(QString(u"in " + citationPhrase(thisLaw(u"41-1/1-2"_qs), Language::En, GramCase::Locative)),
        u"in paragraph 1-2 of Article 41-1 of this Law"_qs);
    CitedProvision code = citedProvision(u"K1400000226"_qs, u"131"_qs, Language::Ru);
    code.thisAct = true;
    QCOMPARE(citationPhrase(code, Language::Ru, GramCase::Genitive), u"статьи 131 настоящего Кодекса"_qs);
    QCOMPARE(citationPhrase(code, Language::Kk, GramCase::Genitive), u"осы Кодекстің 131-бабының"_qs);
    QCOMPARE(citationPhrase(code, Language::En, GramCase::Genitive), u"Article 131 of this Code"_qs);
    CitedProvision rules = citedProvision(u"V2200029473"_qs, u"5"_qs, Language::Ru);
    rules.thisAct = true;
    QCOMPARE(citationPhrase(rules, Language::Ru, GramCase::Dative), u"пункту 5 настоящих Правил"_qs);
    QCOMPARE(citationPhrase(rules, Language::Kk, GramCase::Dative), u"осы Қағидалардың 5-тармағына"_qs);
    QCOMPARE(citationPhrase(rules, Language::En, GramCase::Dative), u"paragraph 5 of these Rules"_qs);
    QCOMPARE(phrase(u"V2200029473"_qs, u"5/2"_qs, Language::Ru, GramCase::Genitive),
        u"подпункта 2) пункта 5 Правил восстановления доступа к интернет-ресурсу"_qs);
    QCOMPARE(phrase(u"V2200029473"_qs, u"5"_qs, Language::Kk, GramCase::Genitive),
        u"Интернет-ресурсқа қолжетімділікті қалпына келтіру қағидаларының 5-тармағының"_qs);
    QCOMPARE(phrase(u"V2200029473"_qs, u"5"_qs, Language::En, GramCase::Genitive),
        u"paragraph 5 of the Rules for Restoring Access to an Internet Resource"_qs);
}

void TestLegalCitation::actNounInEveryCase()
{
    const QList<GramCase> ru { GramCase::Nominative, GramCase::Genitive, GramCase::Dative, GramCase::Accusative,
        GramCase::Instrumental, GramCase::Prepositional };
    const QStringList ruLaw { u"Закон"_qs, u"Закона"_qs, u"Закону"_qs, u"Закон"_qs, u"Законом"_qs, u"Законе"_qs };
    const QStringList ruThis { u"настоящий Закон"_qs, u"настоящего Закона"_qs, u"настоящему Закону"_qs,
        u"настоящий Закон"_qs, u"настоящим Законом"_qs, u"настоящем Законе"_qs };
    for (qsizetype i = 0; i < ru.size(); ++i) {
        QCOMPARE(phrase(kComms, QString(), Language::Ru, ru.at(i)),
            QString(ruLaw.at(i) + u" Республики Казахстан «О связи»"));
        QCOMPARE(citationPhrase(thisLaw(QString()), Language::Ru, ru.at(i)), ruThis.at(i));
    }
    const QList<GramCase> kk { GramCase::Nominative, GramCase::Genitive, GramCase::Dative, GramCase::Accusative,
        GramCase::Locative, GramCase::Ablative, GramCase::Instrumental };
    const QStringList kkLaw { u"Заңы"_qs, u"Заңының"_qs, u"Заңына"_qs, u"Заңын"_qs, u"Заңында"_qs, u"Заңынан"_qs,
        u"Заңымен"_qs };
    const QStringList kkThis { u"осы Заң"_qs, u"осы Заңның"_qs, u"осы Заңға"_qs, u"осы Заңды"_qs, u"осы Заңда"_qs,
        u"осы Заңнан"_qs, u"осы Заңмен"_qs };
    for (qsizetype i = 0; i < kk.size(); ++i) {
        QCOMPARE(phrase(kComms, QString(), Language::Kk, kk.at(i)),
            QString(u"«Байланыс туралы» Қазақстан Республикасы " + kkLaw.at(i)));
        QCOMPARE(citationPhrase(thisLaw(QString()), Language::Kk, kk.at(i)), kkThis.at(i));
    }
    QCOMPARE(phrase(kComms, QString(), Language::En, GramCase::Dative),
        u"the Law of the Republic of Kazakhstan \"On Communications\""_qs);
    QCOMPARE(citationPhrase(thisLaw(QString()), Language::En, GramCase::Dative), u"this Law"_qs);
}

void TestLegalCitation::subparagraphs()
{
    QCOMPARE(phrase(kComms, u"41-1/1/3"_qs, Language::Ru, GramCase::Genitive),
        u"подпункта 3) пункта 1 статьи 41-1 Закона Республики Казахстан «О связи»"_qs);
    QCOMPARE(phrase(kComms, u"41-1/1/3"_qs, Language::Kk, GramCase::Locative),
        u"«Байланыс туралы» Қазақстан Республикасы Заңының 41-1-бабының 1-тармағының 3) тармақшасында"_qs);
    QCOMPARE(phrase(kComms, u"41-1/1/3"_qs, Language::En, GramCase::Nominative),
        u"subparagraph 3) of paragraph 1 of Article 41-1 of the Law of the Republic of Kazakhstan "
        "\"On Communications\""_qs);
    QCOMPARE(citationList({ thisLaw(u"41-1/1/3"_qs), thisLaw(u"41-1/1/4"_qs) }, Language::Ru, GramCase::Instrumental),
        u"подпунктами 3) и 4) пункта 1 статьи 41-1 настоящего Закона"_qs);
    QCOMPARE(citationList({ thisLaw(u"41-1/1/3"_qs), thisLaw(u"41-1/1/4"_qs) }, Language::Kk, GramCase::Dative),
        u"осы Заңның 41-1-бабының 1-тармағының 3) және 4) тармақшаларына"_qs);
}

void TestLegalCitation::chaptersAndNotes()
{
    QCOMPARE(phrase(kComms, u"ch:3"_qs, Language::Ru, GramCase::Prepositional),
        u"главе 3 Закона Республики Казахстан «О связи»"_qs);
    QCOMPARE(phrase(kComms, u"ch:3"_qs, Language::Kk, GramCase::Locative),
        u"«Байланыс туралы» Қазақстан Республикасы Заңының 3-тарауында"_qs);
    QCOMPARE(phrase(kComms, u"ch:3"_qs, Language::En, GramCase::Locative),
        u"Chapter 3 of the Law of the Republic of Kazakhstan \"On Communications\""_qs);
    QCOMPARE(
        citationPhrase(thisLaw(u"sec:2"_qs), Language::Ru, GramCase::Instrumental), u"разделом 2 настоящего Закона"_qs);
    QCOMPARE(citationPhrase(thisLaw(u"5/note"_qs), Language::Ru, GramCase::Instrumental),
        u"примечанием к статье 5 настоящего Закона"_qs);
    QCOMPARE(
        citationPhrase(thisLaw(u"5/note"_qs), Language::Kk, GramCase::Dative), u"осы Заңның 5-бабының ескертпесіне"_qs);
    QCOMPARE(
        citationPhrase(thisLaw(u"5/note"_qs), Language::En, GramCase::Dative), u"the note to Article 5 of this Law"_qs);
}

void TestLegalCitation::codesCiteParts()
{
    const QString coao = QStringLiteral("K1400000235");
    QCOMPARE(phrase(coao, u"456/2"_qs, Language::Ru, GramCase::Instrumental),
        u"частью 2 статьи 456 Кодекса Республики Казахстан об административных правонарушениях"_qs);
    QCOMPARE(phrase(coao, u"456/2"_qs, Language::Kk, GramCase::Dative),
        u"Әкімшілік құқық бұзушылық туралы Қазақстан Республикасының Кодексінің 456-бабының 2-бөлігіне"_qs);
    QCOMPARE(phrase(coao, u"456/2"_qs, Language::En, GramCase::Dative),
        u"part 2 of Article 456 of the Code of the Republic of Kazakhstan \"On Administrative Infractions\""_qs);
    const QString criminal = QStringLiteral("K1400000226");
    QCOMPARE(phrase(criminal, u"131/1"_qs, Language::Ru, GramCase::Genitive),
        u"части 1 статьи 131 Уголовного кодекса Республики Казахстан"_qs);
    QCOMPARE(phrase(criminal, QString(), Language::Ru, GramCase::Instrumental),
        u"Уголовным кодексом Республики Казахстан"_qs);
    QCOMPARE(phrase(criminal, u"131"_qs, Language::Kk, GramCase::Genitive),
        u"Қазақстан Республикасының Қылмыстық кодексінің 131-бабының"_qs);
    QCOMPARE(phrase(criminal, u"131"_qs, Language::En, GramCase::Genitive),
        u"Article 131 of the Penal Code of the Republic of Kazakhstan"_qs);
    QCOMPARE(phrase(u"constitution"_qs, u"20"_qs, Language::Ru, GramCase::Genitive),
        u"статьи 20 Конституции Республики Казахстан"_qs);
    QCOMPARE(phrase(u"constitution"_qs, u"20"_qs, Language::En, GramCase::Genitive),
        u"Article 20 of the Constitution of the Republic of Kazakhstan"_qs);
}

void TestLegalCitation::listsOfOneAct()
{
    const QList<std::pair<QString, QString>> keys { { kPlatforms, u"9/1"_qs }, { kPlatforms, u"11"_qs } };
    QCOMPARE(list(keys, Language::Ru, GramCase::Instrumental),
        u"пунктом 1 статьи 9 и статьей 11 Закона Республики Казахстан «Об онлайн-платформах и онлайн-рекламе»"_qs);
    QCOMPARE(list(keys, Language::Kk, GramCase::Dative),
        u"«Онлайн-платформалар және онлайн-жарнама туралы» Қазақстан Республикасы Заңының 9-бабының 1-тармағына және "
        "11-бабына"_qs);
    QCOMPARE(list(keys, Language::En, GramCase::Nominative),
        u"paragraph 1 of Article 9 and Article 11 of the Law of the Republic of Kazakhstan \"On Online Platforms and "
        "Online Advertising\""_qs);
    QCOMPARE(citationList({}, Language::Ru, GramCase::Nominative), QString());
}

void TestLegalCitation::pluralsAndRanges()
{
    const QList<std::pair<QString, QString>> two { { kComms, u"41-1/1"_qs }, { kComms, u"41-1/2"_qs } };
    QCOMPARE(list(two, Language::Ru, GramCase::Instrumental, true), u"пунктами 1 и 2 статьи 41-1 настоящего Закона"_qs);
    QCOMPARE(list(two, Language::Kk, GramCase::Locative, true), u"осы Заңның 41-1-бабының 1 және 2-тармақтарында"_qs);
    QCOMPARE(list(two, Language::En, GramCase::Locative, true), u"paragraphs 1 and 2 of Article 41-1 of this Law"_qs);
    const QList<std::pair<QString, QString>> three { { kComms, u"41-1/1"_qs }, { kComms, u"41-1/2"_qs },
        { kComms, u"41-1/4"_qs } };
    QCOMPARE(
        list(three, Language::Ru, GramCase::Instrumental, true), u"пунктами 1, 2 и 4 статьи 41-1 настоящего Закона"_qs);
    QCOMPARE(list(three, Language::En, GramCase::Instrumental, true),
        u"paragraphs 1, 2 and 4 of Article 41-1 of this Law"_qs);
    // Different parents do not merge.
    QCOMPARE(list({ { kComms, u"41-1/1"_qs }, { kComms, u"41-2/1"_qs } }, Language::Ru, GramCase::Genitive, true),
        u"пункта 1 статьи 41-1 и пункта 1 статьи 41-2 настоящего Закона"_qs);
    // An en dash marks a range: plural on its own.
    QCOMPARE(
        citationPhrase(thisLaw(u"5–7"_qs), Language::Ru, GramCase::Instrumental), u"статьями 5–7 настоящего Закона"_qs);
    QCOMPARE(citationPhrase(thisLaw(u"5–7"_qs), Language::Kk, GramCase::Locative), u"осы Заңның 5–7-баптарында"_qs);
    QCOMPARE(citationPhrase(thisLaw(u"5–7"_qs), Language::En, GramCase::Locative), u"Articles 5 to 7 of this Law"_qs);
}

void TestLegalCitation::severalActs()
{
    // Provisions of one act gather under one act name, in order of first mention.
    const QList<std::pair<QString, QString>> keys { { kPlatforms, u"9"_qs }, { kComms, u"41-1/1"_qs },
        { kPlatforms, u"11"_qs } };
    QCOMPARE(list(keys, Language::Ru, GramCase::Instrumental),
        u"статьями 9 и 11 Закона Республики Казахстан «Об онлайн-платформах и онлайн-рекламе» и пунктом 1 статьи "
        "41-1 Закона Республики Казахстан «О связи»"_qs);
    QCOMPARE(list(keys, Language::Kk, GramCase::Dative),
        u"«Онлайн-платформалар және онлайн-жарнама туралы» Қазақстан Республикасы Заңының 9 және 11-баптарына және "
        "«Байланыс туралы» Қазақстан Республикасы Заңының 41-1-бабының 1-тармағына"_qs);
    QCOMPARE(list(keys, Language::En, GramCase::Dative),
        u"Articles 9 and 11 of the Law of the Republic of Kazakhstan \"On Online Platforms and Online Advertising\" "
        "and paragraph 1 of Article 41-1 of the Law of the Republic of Kazakhstan \"On Communications\""_qs);
}

void TestLegalCitation::unknownAct()
{
    const CitedProvision p = citedProvision(u"Z9999999999"_qs, u"5/2"_qs, Language::Ru);
    QCOMPARE(p.actId, u"Z9999999999"_qs);
    QVERIFY(p.actTitle.isEmpty());
    QCOMPARE(p.actKind, ActKind::Law);
    QCOMPARE(citationPhrase(p, Language::Ru, GramCase::Instrumental), u"пунктом 2 статьи 5 акта Z9999999999"_qs);
    QCOMPARE(citationPhrase(p, Language::Kk, GramCase::Dative), u"Z9999999999 актісінің 5-бабының 2-тармағына"_qs);
    QCOMPARE(citationPhrase(p, Language::En, GramCase::Dative), u"paragraph 2 of Article 5 of act Z9999999999"_qs);
    QCOMPARE(citationPhrase(p, Language::Ru, GramCase::Nominative).contains(u"«»"), false);
    CatalogueAct bare;
    bare.id = QStringLiteral("Z9999999999");
    QCOMPARE(fullActName(bare, Language::Ru), u"акт Z9999999999"_qs);
    QCOMPARE(fullActName(bare, Language::Kk, GramCase::Genitive), u"Z9999999999 актісінің"_qs);
    QCOMPARE(fullActName(bare, Language::En), u"Act Z9999999999"_qs);
    QCOMPARE(citedProvision(u"K0000000001"_qs, u"1"_qs, Language::Ru).actKind, ActKind::Code);
}

void TestLegalCitation::quotedTitles()
{
    for (const QString& title : { u"О связи"_qs, u"«О связи»"_qs, u"\"О связи\""_qs }) {
        CitedProvision p { kComms, ActKind::Law, title, { { ProvisionKind::Article, u"15"_qs } } };
        QCOMPARE(
            citationPhrase(p, Language::Ru, GramCase::Dative), u"статье 15 Закона Республики Казахстан «О связи»"_qs);
    }
}

void TestLegalCitation::fullActNames()
{
    const Catalogue& cat = Catalogue::builtin();
    const CatalogueAct* platforms = cat.byId(kPlatforms);
    QVERIFY(platforms);
    QCOMPARE(fullActName(*platforms, Language::Ru),
        u"Закон Республики Казахстан от 10 июля 2023 года № 18-VIII «Об онлайн-платформах и онлайн-рекламе»"_qs);
    QCOMPARE(fullActName(*platforms, Language::Kk),
        u"«Онлайн-платформалар және онлайн-жарнама туралы» Қазақстан Республикасының 2023 жылғы 10 шілдедегі № "
        "18-VIII Заңы"_qs);
    QCOMPARE(fullActName(*platforms, Language::En),
        u"Law of the Republic of Kazakhstan No. 18-VIII dated 10 July 2023 \"On Online Platforms and Online "
        "Advertising\""_qs);
    const CatalogueAct* criminal = cat.byId(u"K1400000226"_qs);
    QVERIFY(criminal);
    QCOMPARE(
        fullActName(*criminal, Language::Ru), u"Уголовный кодекс Республики Казахстан от 3 июля 2014 года № 226-V"_qs);
    QCOMPARE(fullActName(*criminal, Language::Kk),
        u"Қазақстан Республикасының 2014 жылғы 3 шілдедегі № 226-V Қылмыстық кодексі"_qs);
    QCOMPARE(fullActName(*criminal, Language::En),
        u"Penal Code of the Republic of Kazakhstan No. 226-V dated 3 July 2014"_qs);
    const CatalogueAct* coao = cat.byId(u"K1400000235"_qs);
    QVERIFY(coao);
    QCOMPARE(fullActName(*coao, Language::Ru),
        u"Кодекс Республики Казахстан об административных правонарушениях от 5 июля 2014 года № 235-V"_qs);
    QCOMPARE(fullActName(*coao, Language::Kk),
        u"Әкімшілік құқық бұзушылық туралы Қазақстан Республикасының 2014 жылғы 5 шілдедегі № 235-V Кодексі"_qs);
    QCOMPARE(fullActName(*coao, Language::En),
        u"Code of the Republic of Kazakhstan No. 235-V dated 5 July 2014 \"On Administrative Infractions\""_qs);
    const CatalogueAct* constitution = cat.find(u"constitution"_qs);
    QVERIFY(constitution);
    QCOMPARE(fullActName(*constitution, Language::Ru), u"Конституция Республики Казахстан от 30 августа 1995 года"_qs);
    QCOMPARE(fullActName(*constitution, Language::En),
        u"Constitution of the Republic of Kazakhstan dated 30 August 1995"_qs);
    // No date, no number: only the name.
    CatalogueAct undated = *cat.byId(kComms);
    undated.adopted = QDate();
    undated.number.clear();
    QCOMPARE(fullActName(undated, Language::Ru), u"Закон Республики Казахстан «О связи»"_qs);
    QCOMPARE(fullActName(undated, Language::Kk), u"«Байланыс туралы» Қазақстан Республикасы Заңы"_qs);
    QCOMPARE(fullActName(undated, Language::En), u"Law of the Republic of Kazakhstan \"On Communications\""_qs);
}

void TestLegalCitation::fullActNameCases()
{
    const CatalogueAct* platforms = Catalogue::builtin().byId(kPlatforms);
    QVERIFY(platforms);
    QCOMPARE(fullActName(*platforms, Language::Ru, GramCase::Genitive),
        u"Закона Республики Казахстан от 10 июля 2023 года № 18-VIII «Об онлайн-платформах и онлайн-рекламе»"_qs);
    QCOMPARE(fullActName(*platforms, Language::Ru, GramCase::Instrumental),
        u"Законом Республики Казахстан от 10 июля 2023 года № 18-VIII «Об онлайн-платформах и онлайн-рекламе»"_qs);
    QCOMPARE(fullActName(*platforms, Language::Kk, GramCase::Dative),
        u"«Онлайн-платформалар және онлайн-жарнама туралы» Қазақстан Республикасының 2023 жылғы 10 шілдедегі № "
        "18-VIII Заңына"_qs);
    const CatalogueAct* criminal = Catalogue::builtin().byId(u"K1400000226"_qs);
    QVERIFY(criminal);
    QCOMPARE(fullActName(*criminal, Language::Ru, GramCase::Prepositional),
        u"Уголовном кодексе Республики Казахстан от 3 июля 2014 года № 226-V"_qs);
}

void TestLegalCitation::keys()
{
    const CitedProvision p = citedProvision(u"communications"_qs, u"41-1/1-2/3"_qs, Language::Kk);
    QCOMPARE(p.actId, kComms);
    QCOMPARE(p.actTitle, u"Байланыс туралы"_qs);
    QCOMPARE(p.path.size(), 3);
    QCOMPARE(p.path.at(0).kind, ProvisionKind::Article);
    QCOMPARE(p.path.at(1).kind, ProvisionKind::Paragraph);
    QCOMPARE(p.path.at(2).kind, ProvisionKind::Subparagraph);
    QCOMPARE(p.path.at(2).number, u"3"_qs);
    QVERIFY(!p.paragraphsAreParts);
    const CitedProvision ch = citedProvision(kComms, u"ch:2"_qs, Language::En);
    QCOMPARE(ch.path.size(), 1);
    QCOMPARE(ch.path.at(0).kind, ProvisionKind::Chapter);
    QCOMPARE(ch.path.at(0).number, u"2"_qs);
    QCOMPARE(ch.actTitle, u"On Communications"_qs);
    QVERIFY(citedProvision(u"K1400000235"_qs, u"1"_qs, Language::Ru).paragraphsAreParts);
}

QTEST_GUILESS_MAIN(TestLegalCitation)
#include "tst_legal_citation.moc"
