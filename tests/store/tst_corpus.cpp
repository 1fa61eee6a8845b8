// Tests of the catalogue, languages, provision labels and citations
// (lib/corpus) and of the citation lookup over the store.
#include "corpus/catalogue.h"
#include "corpus/citation.h"
#include "corpus/language.h"
#include "corpus/provision.h"
#include "store/citation_lookup.h"
#include "store/library_store.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace zanlink;

namespace {

CitationTarget communications(Language lang, const QList<CitationStep>& path)
{
    CitationTarget t;
    t.actId = QStringLiteral("Z040000567_");
    t.actKind = ActKind::Law;
    t.actTitle = Catalogue::builtin().byId(t.actId)->title(lang);
    t.language = lang;
    t.path = path;
    return t;
}

const QList<CitationStep> k41_1_para1_2{{ProvisionKind::Article, QStringLiteral("41-1")},
                                        {ProvisionKind::Paragraph, QStringLiteral("1-2")}};

} // namespace

class TestCorpus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtinHasTheKnownActs();
    void findByIdNumberAlias_data();
    void findByIdNumberAlias();
    void findUnknown();
    void loadRejectsBadDocuments();
    void urls();
    void isAdiletId_data();
    void isAdiletId();
    void languageCodes();
    void keyJoinAndKinds();
    void shortCitationRu();
    void shortCitationKk();
    void shortCitationEn();
    void shortCitationOtherKinds();
    void shortCitationWithoutTitle();
    void fullCitation_data();
    void fullCitation();
    void provisionLabel_data();
    void provisionLabel();
    void citationTargetFromStore();
};

void TestCorpus::builtinHasTheKnownActs()
{
    const Catalogue& c = Catalogue::builtin();
    QSet<QString> ids;
    for (const CatalogueAct& a : c.acts())
        ids.insert(a.id);
    const QSet<QString> want{QStringLiteral("Z2300000018"), QStringLiteral("Z040000567_"), QStringLiteral("Z1800000169"),
                             QStringLiteral("Z2400000093"), QStringLiteral("Z020000345_"), QStringLiteral("V2200029473")};
    // The six acts of the mission and the acts their texts cite most.
    QVERIFY(ids.contains(want));
    const QSet<QString> cited{QStringLiteral("K1400000235"), QStringLiteral("K1400000226"),
                              QStringLiteral("Z1300000094"), QStringLiteral("Z1500000401"),
                              QStringLiteral("Z1600000480"), QStringLiteral("K950001000_")};
    QVERIFY(ids.contains(cited));
    QCOMPARE(ids.size(), c.acts().size()); // no id twice
    for (const CatalogueAct& a : c.acts()) {
        QVERIFY2(zanlink::isAdiletId(a.id), qPrintable(a.id));
        QVERIFY2(!a.number.isEmpty() || a.kind == ActKind::Other, qPrintable(a.id)); // the Constitution has none
        for (Language l : kAllLanguages)
            QVERIFY2(!a.titles.value(l).isEmpty(), qPrintable(a.id + u' ' + languageCode(l)));
    }
    const CatalogueAct* comm = c.byId(QStringLiteral("Z040000567_"));
    QVERIFY(comm);
    QCOMPARE(comm->title(Language::Ru), QStringLiteral("О связи"));
    QCOMPARE(comm->title(Language::Kk), QStringLiteral("Байланыс туралы"));
    QCOMPARE(comm->title(Language::En), QStringLiteral("On Communications"));
    QCOMPARE(comm->number, QStringLiteral("567-II"));
    QCOMPARE(comm->adopted, QDate(2004, 7, 5));
    QCOMPARE(comm->kind, ActKind::Law);
    QVERIFY(comm->mission);
    const CatalogueAct* rules = c.byId(QStringLiteral("V2200029473"));
    QVERIFY(rules);
    QCOMPARE(rules->kind, ActKind::Rules);
    QVERIFY(rules->titleIsWorking);
    QVERIFY(!rules->adopted.isValid());
    QCOMPARE(c.byId(QStringLiteral("Z2300000018"))->title(Language::Kk),
             QStringLiteral("Онлайн-платформалар және онлайн-жарнама туралы"));
}

void TestCorpus::findByIdNumberAlias_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("id");
    QTest::newRow("id") << QStringLiteral("Z2300000018") << QStringLiteral("Z2300000018");
    QTest::newRow("id lower case") << QStringLiteral("z040000567_") << QStringLiteral("Z040000567_");
    QTest::newRow("id with spaces") << QStringLiteral("  V2200029473 ") << QStringLiteral("V2200029473");
    QTest::newRow("number") << QStringLiteral("18-VIII") << QStringLiteral("Z2300000018");
    QTest::newRow("number lower") << QStringLiteral("567-ii") << QStringLiteral("Z040000567_");
    QTest::newRow("alias") << QStringLiteral("communications") << QStringLiteral("Z040000567_");
    QTest::newRow("alias ru") << QStringLiteral("связь") << QStringLiteral("Z040000567_");
    QTest::newRow("alias ru upper") << QStringLiteral("СВЯЗЬ") << QStringLiteral("Z040000567_");
    QTest::newRow("alias kk") << QStringLiteral("байланыс") << QStringLiteral("Z040000567_");
    QTest::newRow("alias 2") << QStringLiteral("platforms") << QStringLiteral("Z2300000018");
    QTest::newRow("rules") << QStringLiteral("restore-access") << QStringLiteral("V2200029473");
}

void TestCorpus::findByIdNumberAlias()
{
    QFETCH(QString, query);
    QFETCH(QString, id);
    const CatalogueAct* a = Catalogue::builtin().find(query);
    QVERIFY2(a, qPrintable(query));
    QCOMPARE(a->id, id);
}

void TestCorpus::findUnknown()
{
    const Catalogue& c = Catalogue::builtin();
    QVERIFY(!c.find(QStringLiteral("Z9900000001")));
    QVERIFY(!c.find(QStringLiteral("nothing")));
    QVERIFY(!c.find(QString()));
    QVERIFY(!c.find(QStringLiteral("   ")));
    QVERIFY(!c.byId(QString()));
    QVERIFY(!c.find(QStringLiteral("18")));
}

void TestCorpus::loadRejectsBadDocuments()
{
    Catalogue c;
    QString error;
    QVERIFY(!c.load("{ not json", &error));
    QVERIFY2(error.contains(u"catalogue"), qPrintable(error));
    error.clear();
    QVERIFY(!c.load(R"({"acts":[{"id":"Z9900000001"},{"id":"bad id"}]})", &error));
    QVERIFY2(error.contains(u"act 2"), qPrintable(error));
    QVERIFY(c.acts().isEmpty()); // nothing half-loaded
    QVERIFY(c.load(R"({"acts":[{"id":"Z9900000001","number":"1-TEST","alias":["fictional"],"kind":"code",
                       "title":{"ru":"Вымышленный кодекс"}}]})",
                   &error));
    QCOMPARE(c.acts().size(), 1);
    QCOMPARE(c.find(QStringLiteral("fictional"))->kind, ActKind::Code);
    // Missing titles fall back to the Russian one.
    QCOMPARE(c.acts().first().title(Language::Kk), QStringLiteral("Вымышленный кодекс"));
}

void TestCorpus::urls()
{
    QCOMPARE(officialUrl(QStringLiteral("Z040000567_"), Language::Ru),
             QUrl(QStringLiteral("https://adilet.zan.kz/rus/docs/Z040000567_")));
    QCOMPARE(officialUrl(QStringLiteral("Z040000567_"), Language::Kk, QStringLiteral("z123")).toString(),
             QStringLiteral("https://adilet.zan.kz/kaz/docs/Z040000567_#z123"));
    QCOMPARE(officialUrl(QStringLiteral("Z2300000018"), Language::En).toString(),
             QStringLiteral("https://adilet.zan.kz/eng/docs/Z2300000018"));
    QCOMPARE(legacyPageUrl(QStringLiteral("Z040000567_"), Language::Ru).toString(),
             QStringLiteral("https://old.adilet.zan.kz/rus/docs/Z040000567_"));
    QCOMPARE(legacyPageUrl(QStringLiteral("V2200029473"), Language::Kk).toString(),
             QStringLiteral("https://old.adilet.zan.kz/kaz/docs/V2200029473"));
    QCOMPARE(legacyPageUrl(QStringLiteral("V2200029473"), Language::En).toString(),
             QStringLiteral("https://old.adilet.zan.kz/eng/docs/V2200029473"));
}

void TestCorpus::isAdiletId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("law with _") << QStringLiteral("Z040000567_") << true;
    QTest::newRow("law") << QStringLiteral("Z2300000018") << true;
    QTest::newRow("rules") << QStringLiteral("V2200029473") << true;
    QTest::newRow("code") << QStringLiteral("K2600000255") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("short") << QStringLiteral("Z04") << false;
    QTest::newRow("two underscores") << QStringLiteral("Z040000567__") << false;
    QTest::newRow("two letters") << QStringLiteral("ZZ040000567") << false;
    QTest::newRow("too long") << QStringLiteral("Z230000001811") << false;
    QTest::newRow("leading space") << QStringLiteral(" Z2300000018") << false;
    QTest::newRow("trailing newline") << QStringLiteral("Z2300000018\n") << false;
    QTest::newRow("path") << QStringLiteral("Z2300000018/../../api") << false;
    QTest::newRow("cyrillic Z") << QStringLiteral("З2300000018") << false;
}

void TestCorpus::isAdiletId()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(zanlink::isAdiletId(id), valid);
}

void TestCorpus::languageCodes()
{
    QCOMPARE(languageCode(Language::Kk), QStringLiteral("kk"));
    QCOMPARE(adiletPathSegment(Language::Kk), QStringLiteral("kaz"));
    QCOMPARE(adiletPathSegment(Language::Ru), QStringLiteral("rus"));
    QCOMPARE(adiletPathSegment(Language::En), QStringLiteral("eng"));
    QCOMPARE(languageFromCode(QStringLiteral("KZ")), Language::Kk);
    QCOMPARE(languageFromCode(QStringLiteral(" kaz ")), Language::Kk);
    QCOMPARE(languageFromCode(QStringLiteral("rus")), Language::Ru);
    QCOMPARE(languageFromCode(QStringLiteral("ENG")), Language::En);
    QVERIFY(!languageFromCode(QStringLiteral("de")));
    QVERIFY(!languageFromCode(QString()));
    for (Language l : kAllLanguages)
        QCOMPARE(languageFromCode(languageCode(l)), l);
    QCOMPARE(languageNativeName(Language::Kk), QStringLiteral("Қазақша"));
    QVERIFY(isOfficialLanguage(Language::Kk));
    QVERIFY(isOfficialLanguage(Language::Ru));
    QVERIFY(!isOfficialLanguage(Language::En));
}

void TestCorpus::keyJoinAndKinds()
{
    QCOMPARE(keyJoin(QString(), QStringLiteral("41-1")), QStringLiteral("41-1"));
    QCOMPARE(keyJoin(QStringLiteral("41-1/1-2"), QStringLiteral("3")), QStringLiteral("41-1/1-2/3"));
    for (ProvisionKind k : {ProvisionKind::Preamble, ProvisionKind::Section, ProvisionKind::Chapter,
                            ProvisionKind::Article, ProvisionKind::Paragraph, ProvisionKind::Subparagraph,
                            ProvisionKind::Note, ProvisionKind::Text, ProvisionKind::Signature}) {
        QVERIFY(!provisionKindName(k).isEmpty());
        QCOMPARE(provisionKindFromName(provisionKindName(k)), k);
    }
    QVERIFY(!provisionKindFromName(QStringLiteral("Article")));
}

void TestCorpus::shortCitationRu()
{
    QCOMPARE(shortCitation(communications(Language::Ru, k41_1_para1_2)),
             QStringLiteral("п. 1-2 ст. 41-1 Закона РК «О связи»"));
    QCOMPARE(shortCitation(communications(Language::Ru, {{ProvisionKind::Article, QStringLiteral("41-1")}})),
             QStringLiteral("ст. 41-1 Закона РК «О связи»"));
    QList<CitationStep> deep = k41_1_para1_2;
    deep << CitationStep{ProvisionKind::Subparagraph, QStringLiteral("3")};
    QCOMPARE(shortCitation(communications(Language::Ru, deep)), QStringLiteral("пп. 3) п. 1-2 ст. 41-1 Закона РК «О связи»"));
    QCOMPARE(shortCitation(communications(Language::Ru, {})), QStringLiteral("Закон РК «О связи»"));
}

void TestCorpus::shortCitationKk()
{
    QCOMPARE(shortCitation(communications(Language::Kk, k41_1_para1_2)),
             QStringLiteral("«Байланыс туралы» ҚР Заңының 41-1-бабының 1-2-тармағы"));
    QCOMPARE(shortCitation(communications(Language::Kk, {{ProvisionKind::Article, QStringLiteral("41-1")}})),
             QStringLiteral("«Байланыс туралы» ҚР Заңының 41-1-бабы"));
    QList<CitationStep> deep = k41_1_para1_2;
    deep << CitationStep{ProvisionKind::Subparagraph, QStringLiteral("3")};
    QCOMPARE(shortCitation(communications(Language::Kk, deep)),
             QStringLiteral("«Байланыс туралы» ҚР Заңының 41-1-бабының 1-2-тармағының 3) тармақшасы"));
    QCOMPARE(shortCitation(communications(Language::Kk, {})), QStringLiteral("«Байланыс туралы» ҚР Заңы"));
}

void TestCorpus::shortCitationEn()
{
    QCOMPARE(shortCitation(communications(Language::En, k41_1_para1_2)),
             QStringLiteral("para. 1-2 of Art. 41-1 of the Law of the RK \u201COn Communications\u201D"));
    QCOMPARE(shortCitation(communications(Language::En, {})),
             QStringLiteral("The Law of the RK \u201COn Communications\u201D"));
}

void TestCorpus::shortCitationOtherKinds()
{
    CitationTarget code = communications(Language::Ru, {{ProvisionKind::Article, QStringLiteral("5")}});
    code.actKind = ActKind::Code;
    code.actTitle = QStringLiteral("Вымышленный");
    QCOMPARE(shortCitation(code), QStringLiteral("ст. 5 Кодекса РК «Вымышленный»"));
    code.language = Language::Kk;
    QCOMPARE(shortCitation(code), QStringLiteral("«Вымышленный» ҚР Кодексінің 5-бабы"));
    code.language = Language::En;
    QCOMPARE(shortCitation(code), QStringLiteral("Art. 5 of the Code of the RK \u201CВымышленный\u201D"));

    // A note of an article; unnumbered text steps are skipped.
    CitationTarget note = communications(Language::Ru, {{ProvisionKind::Article, QStringLiteral("7")},
                                                        {ProvisionKind::Text, QString()},
                                                        {ProvisionKind::Note, QString()}});
    QCOMPARE(shortCitation(note), QStringLiteral("примечание к ст. 7 Закона РК «О связи»"));
    note.language = Language::Kk;
    note.actTitle = QStringLiteral("Байланыс туралы");
    QCOMPARE(shortCitation(note), QStringLiteral("«Байланыс туралы» ҚР Заңының 7-бабының ескертпесі"));
}

void TestCorpus::shortCitationWithoutTitle()
{
    // An imported act that is not in the catalogue and whose source had no
    // title is named by its id, never as an empty «».
    CitationTarget t;
    t.actId = QStringLiteral("Z9900000001");
    t.path = {{ProvisionKind::Article, QStringLiteral("2")}, {ProvisionKind::Paragraph, QStringLiteral("1")}};
    for (Language l : kAllLanguages) {
        t.language = l;
        const QString c = shortCitation(t);
        QVERIFY2(c.contains(u"Z9900000001"), qPrintable(c));
        QVERIFY2(!c.contains(u"«»") && !c.contains(u"\u201C\u201D"), qPrintable(c));
    }
    t.language = Language::Ru;
    QCOMPARE(shortCitation(t), QStringLiteral("п. 1 ст. 2 акта Z9900000001"));
}

void TestCorpus::fullCitation_data()
{
    QTest::addColumn<Language>("lang");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("edition");
    QTest::addColumn<QString>("url");
    QTest::newRow("ru") << Language::Ru << QStringLiteral("п. 1-2 ст. 41-1 Закона РК «О связи» (")
                        << QStringLiteral("на русском языке, редакция по состоянию на 01.02.2024")
                        << QStringLiteral("https://adilet.zan.kz/rus/docs/Z040000567_#z321");
    QTest::newRow("kk") << Language::Kk << QStringLiteral("«Байланыс туралы» ҚР Заңының 41-1-бабының 1-2-тармағы (")
                        << QStringLiteral("қазақ тілінде, 01.02.2024 жағдай бойынша")
                        << QStringLiteral("https://adilet.zan.kz/kaz/docs/Z040000567_#z321");
    QTest::newRow("en") << Language::En << QStringLiteral("para. 1-2 of Art. 41-1")
                        << QStringLiteral("in English, unofficial translation, as of 01.02.2024")
                        << QStringLiteral("https://adilet.zan.kz/eng/docs/Z040000567_#z321");
}

void TestCorpus::fullCitation()
{
    QFETCH(Language, lang);
    QFETCH(QString, start);
    QFETCH(QString, edition);
    QFETCH(QString, url);
    CitationTarget t = communications(lang, k41_1_para1_2);
    t.editionDate = QDate(2024, 2, 1);
    t.anchor = QStringLiteral("z321");
    const QString c = zanlink::fullCitation(t);
    QVERIFY2(c.startsWith(start), qPrintable(c));
    QVERIFY2(c.contains(edition), qPrintable(c));
    QVERIFY2(c.contains(url), qPrintable(c));
    QVERIFY2(c.endsWith(url + u')'), qPrintable(c));
    // Without a date the language is still named and no date is made up.
    t.editionDate = QDate();
    const QString undated = zanlink::fullCitation(t);
    QVERIFY2(!undated.contains(u"2024"), qPrintable(undated));
    QVERIFY2(undated.contains(edition.section(u',', 0, 0)), qPrintable(undated));
}

void TestCorpus::provisionLabel_data()
{
    QTest::addColumn<ProvisionKind>("kind");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("kk");
    QTest::addColumn<QString>("ru");
    QTest::addColumn<QString>("en");
    QTest::newRow("article") << ProvisionKind::Article << QStringLiteral("41-1") << QStringLiteral("41-1-бап.")
                             << QStringLiteral("Статья 41-1.") << QStringLiteral("Article 41-1.");
    QTest::newRow("chapter") << ProvisionKind::Chapter << QStringLiteral("2") << QStringLiteral("2-тарау.")
                             << QStringLiteral("Глава 2.") << QStringLiteral("Chapter 2.");
    QTest::newRow("section") << ProvisionKind::Section << QStringLiteral("3") << QStringLiteral("3-бөлім.")
                             << QStringLiteral("Раздел 3.") << QStringLiteral("Section 3.");
    QTest::newRow("paragraph") << ProvisionKind::Paragraph << QStringLiteral("1-2") << QStringLiteral("1-2.")
                               << QStringLiteral("1-2.") << QStringLiteral("1-2.");
    QTest::newRow("subparagraph") << ProvisionKind::Subparagraph << QStringLiteral("3-1") << QStringLiteral("3-1)")
                                  << QStringLiteral("3-1)") << QStringLiteral("3-1)");
    QTest::newRow("note") << ProvisionKind::Note << QString() << QStringLiteral("Ескертпе.")
                          << QStringLiteral("Примечание.") << QStringLiteral("Note.");
    QTest::newRow("text") << ProvisionKind::Text << QString() << QString() << QString() << QString();
    QTest::newRow("preamble") << ProvisionKind::Preamble << QString() << QString() << QString() << QString();
}

void TestCorpus::provisionLabel()
{
    QFETCH(ProvisionKind, kind);
    QFETCH(QString, number);
    QFETCH(QString, kk);
    QFETCH(QString, ru);
    QFETCH(QString, en);
    QCOMPARE(zanlink::provisionLabel(kind, number, Language::Kk), kk);
    QCOMPARE(zanlink::provisionLabel(kind, number, Language::Ru), ru);
    QCOMPARE(zanlink::provisionLabel(kind, number, Language::En), en);
}

void TestCorpus::citationTargetFromStore()
{
    QTemporaryDir dir;
    LibraryStore store;
    QString error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("l.sqlite")), &error));
    // A fictional tree filed under a catalogue id, to see the catalogue title used.
    ActEdition e;
    e.actId = QStringLiteral("Z040000567_");
    e.language = Language::Ru;
    e.title = QStringLiteral("Полное вымышленное название");
    e.editionDate = QDate(2024, 2, 1);
    e.sourceKind = QStringLiteral("text");
    Provision sub;
    sub.kind = ProvisionKind::Subparagraph;
    sub.key = QStringLiteral("41-1/1-2/3");
    sub.number = QStringLiteral("3");
    sub.text = QStringLiteral("вымышленный подпункт;");
    Provision para;
    para.kind = ProvisionKind::Paragraph;
    para.key = QStringLiteral("41-1/1-2");
    para.number = QStringLiteral("1-2");
    para.anchor = QStringLiteral("z55");
    para.children = {sub};
    Provision art;
    art.kind = ProvisionKind::Article;
    art.key = QStringLiteral("41-1");
    art.number = QStringLiteral("41-1");
    art.children = {para};
    Provision chapter;
    chapter.kind = ProvisionKind::Chapter;
    chapter.key = QStringLiteral("ch:1");
    chapter.number = QStringLiteral("1");
    chapter.children = {art};
    e.provisions = {chapter};
    const auto r = store.addEditions({e}, &error);
    QVERIFY2(r, qPrintable(error));
    const EditionInfo info = *store.edition(r->first().editionId);
    const CitationTarget t = citationTarget(store, info, QStringLiteral("41-1/1-2"));
    QCOMPARE(t.actTitle, QStringLiteral("О связи"));
    QCOMPARE(t.anchor, QStringLiteral("z55"));
    QCOMPARE(shortCitation(t), QStringLiteral("п. 1-2 ст. 41-1 Закона РК «О связи»"));
    QVERIFY(zanlink::fullCitation(t).contains(u"https://adilet.zan.kz/rus/docs/Z040000567_#z55"));
    QCOMPARE(shortCitation(citationTarget(store, info, QStringLiteral("41-1/1-2/3"))),
             QStringLiteral("пп. 3) п. 1-2 ст. 41-1 Закона РК «О связи»"));
    QCOMPARE(shortCitation(citationTarget(store, info, QStringLiteral("ch:1"))),
             QStringLiteral("гл. 1 Закона РК «О связи»"));
    // Acts outside the catalogue are cited by the imported title.
    QCOMPARE(citationTitle(QStringLiteral("Z9900000001"), Language::Ru, QStringLiteral("О вымысле")),
             QStringLiteral("О вымысле"));
    // A working title in the catalogue gives way to the imported official one.
    QCOMPARE(citationTitle(QStringLiteral("V2200029473"), Language::Ru, QStringLiteral("Официальное (вымышлено)")),
             QStringLiteral("Официальное (вымышлено)"));
    QCOMPARE(citationTitle(QStringLiteral("V2200029473"), Language::Ru, QString()),
             QStringLiteral("Правила восстановления доступа к интернет-ресурсу"));
}

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
