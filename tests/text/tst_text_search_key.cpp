// Tests of the stemmers, word boundaries and search keys
// (lib/text/stemmer.h, word_breaker.h, search_key.h).
#include "text/kazakh_stemmer.h"
#include "text/search_key.h"
#include "text/stemmer.h"
#include "text/word_breaker.h"

#include <QTest>

using namespace zanlink;

Q_DECLARE_METATYPE(zanlink::Language)

class TestTextSearchKey : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kazakhStemShared_data();
    void kazakhStemShared();
    void kazakhStemKeepsStems_data();
    void kazakhStemKeepsStems();
    void snowball();
    void keysMatch_data();
    void keysMatch();
    void keysDiffer_data();
    void keysDiffer();
    void prefixKey_data();
    void prefixKey();
    void wordSpans_data();
    void wordSpans();
};

// Every form of a row must give the same stem: the one given, or (for an empty
// one) that of the first form.
void TestTextSearchKey::kazakhStemShared_data()
{
    QTest::addColumn<QString>("stem");
    QTest::addColumn<QStringList>("forms");
    QTest::newRow("бап") << QStringLiteral("бап")
                         << QStringList { QStringLiteral("бап"), QStringLiteral("бабы"), QStringLiteral("бабынын"),
                                QStringLiteral("бабына"), QStringLiteral("бабын"), QStringLiteral("бабында"),
                                QStringLiteral("бабынан"), QStringLiteral("бабымен"), QStringLiteral("баптары"),
                                QStringLiteral("баптарында") };
    QTest::newRow("тармак") << QStringLiteral("тармак")
                            << QStringList { QStringLiteral("тармак"), QStringLiteral("тармагы"),
                                   QStringLiteral("тармагынын"), QStringLiteral("тармагына"),
                                   QStringLiteral("тармагын"), QStringLiteral("тармагында"),
                                   QStringLiteral("тармактарында") };
    QTest::newRow("кукык") << QStringLiteral("кукык")
                           << QStringList { QStringLiteral("кукык"), QStringLiteral("кукыгы"),
                                  QStringLiteral("кукыктары"), QStringLiteral("кукыктарынын"),
                                  QStringLiteral("кукыкка"), QStringLiteral("кукыктын") };
    QTest::newRow("бала") << QStringLiteral("бала")
                          << QStringList { QStringLiteral("бала"), QStringLiteral("балалар"),
                                 QStringLiteral("балалардын"), QStringLiteral("балаларга"), QStringLiteral("баланын"),
                                 QStringLiteral("баланы") };
    QTest::newRow("казакстан") << QStringLiteral("казакстан")
                               << QStringList { QStringLiteral("казакстан"), QStringLiteral("казакстаннын"),
                                      QStringLiteral("казакстанда"), QStringLiteral("казакстанга"),
                                      QStringLiteral("казакстаннан") };
    QTest::newRow("республика") << QStringLiteral("республика")
                                << QStringList { QStringLiteral("республика"), QStringLiteral("республикасы"),
                                       QStringLiteral("республикасынын"), QStringLiteral("республикасында"),
                                       QStringLiteral("республикасына") };
    QTest::newRow("акпарат") << QStringLiteral("акпарат")
                             << QStringList { QStringLiteral("акпарат"), QStringLiteral("акпаратты"),
                                    QStringLiteral("акпараттын"), QStringLiteral("акпаратка"),
                                    QStringLiteral("акпаратта"), QStringLiteral("акпараттан"),
                                    QStringLiteral("акпаратпен"), QStringLiteral("акпараттар") };
    QTest::newRow("шилде") << QString() << QStringList { QStringLiteral("шилде"), QStringLiteral("шилдедеги") };
}

void TestTextSearchKey::kazakhStemShared()
{
    QFETCH(QString, stem);
    QFETCH(QStringList, forms);
    const Stemmer kk(Language::Kk);
    if (stem.isEmpty())
        stem = kk.stem(forms.first());
    for (const QString& f : forms)
        QCOMPARE(kk.stem(f), stem);
}

void TestTextSearchKey::kazakhStemKeepsStems_data()
{
    QTest::addColumn<QString>("word");
    QTest::newRow("short") << QStringLiteral("ана");
    QTest::newRow("two letters") << QStringLiteral("ис");
    QTest::newRow("жалган") << QStringLiteral("жалган");
    QTest::newRow("онлайн") << QStringLiteral("онлайн");
    QTest::newRow("заң") << QStringLiteral("зан");
}

void TestTextSearchKey::kazakhStemKeepsStems()
{
    QFETCH(QString, word);
    QCOMPARE(kazakhStem(word), word);
}

void TestTextSearchKey::snowball()
{
    const Stemmer ru(Language::Ru);
    QCOMPARE(ru.stem(QStringLiteral("информации")), ru.stem(QStringLiteral("информация")));
    QCOMPARE(ru.stem(QStringLiteral("информацию")), ru.stem(QStringLiteral("информация")));
    QVERIFY(ru.stem(QStringLiteral("информация")) != QStringLiteral("информация"));
    const Stemmer en(Language::En);
    QCOMPARE(en.stem(QStringLiteral("platforms")), QStringLiteral("platform"));
    QCOMPARE(en.stem(QStringLiteral("platform")), QStringLiteral("platform"));
    // A copy shares the stemmer and still works after the original is gone.
    Stemmer copy = [] {
        const Stemmer s(Language::Ru);
        return s;
    }();
    QCOMPARE(copy.stem(QStringLiteral("статьи")), copy.stem(QStringLiteral("статья")));
    QCOMPARE(en.stem(QString()), QString());
}

void TestTextSearchKey::keysMatch_data()
{
    QTest::addColumn<Language>("lang");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("kk keyboard") << Language::Kk << QStringLiteral("казакстан") << QStringLiteral("Қазақстан");
    QTest::newRow("kk keyboard genitive")
        << Language::Kk << QStringLiteral("казакстаннын") << QStringLiteral("Қазақстанның");
    QTest::newRow("kk rights 1") << Language::Kk << QStringLiteral("балалардын") << QStringLiteral("балалардың");
    QTest::newRow("kk rights 2") << Language::Kk << QStringLiteral("кукыгы") << QStringLiteral("құқығы");
    QTest::newRow("kk rights stem") << Language::Kk << QStringLiteral("құқық") << QStringLiteral("құқығы");
    QTest::newRow("kk latin i") << Language::Kk << QStringLiteral("енгiзiледi") << QStringLiteral("енгізіледі");
    QTest::newRow("kk Qazaqstan") << Language::Kk << QStringLiteral("Qazaqstan") << QStringLiteral("Қазақстан");
    QTest::newRow("kk quqyq") << Language::Kk << QStringLiteral("quqyq") << QStringLiteral("құқық");
    QTest::newRow("kk Respublikasy") << Language::Kk << QStringLiteral("Respublikasy")
                                     << QStringLiteral("Республикасы");
    QTest::newRow("kk Respublikasy stem")
        << Language::Kk << QStringLiteral("Respublikasy") << QStringLiteral("Республикасының");
    QTest::newRow("kk qauipsizdik") << Language::Kk << QStringLiteral("qauipsizdik") << QStringLiteral("қауіпсіздік");
    QTest::newRow("kk onlain") << Language::Kk << QStringLiteral("onlain") << QStringLiteral("онлайн");
    QTest::newRow("kk konstitutsiia") << Language::Kk << QStringLiteral("Konstitutsiia")
                                      << QStringLiteral("Конституция");
    QTest::newRow("kk obekt") << Language::Kk << QStringLiteral("obekt") << QStringLiteral("объект");
    QTest::newRow("ru case") << Language::Ru << QStringLiteral("информации") << QStringLiteral("Информация");
    QTest::newRow("ru acc") << Language::Ru << QStringLiteral("информацию") << QStringLiteral("информация");
    QTest::newRow("ru yo") << Language::Ru << QStringLiteral("ещё") << QStringLiteral("еще");
    QTest::newRow("ru kazakh word") << Language::Ru << QStringLiteral("казакстан") << QStringLiteral("Қазақстан");
    QTest::newRow("en plural") << Language::En << QStringLiteral("platforms") << QStringLiteral("Platform");
    QTest::newRow("en case") << Language::En << QStringLiteral("INFORMATION") << QStringLiteral("information");
}

void TestTextSearchKey::keysMatch()
{
    QFETCH(Language, lang);
    QFETCH(QString, a);
    QFETCH(QString, b);
    const SearchKeyMaker keys(lang);
    QCOMPARE(keys.key(a), keys.key(b));
    QVERIFY(!keys.key(a).isEmpty());
}

void TestTextSearchKey::keysDiffer_data()
{
    QTest::addColumn<Language>("lang");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("kk") << Language::Kk << QStringLiteral("бала") << QStringLiteral("құқық");
    QTest::newRow("kk latin not transliterated in ru")
        << Language::Ru << QStringLiteral("quqyq") << QStringLiteral("құқық");
    QTest::newRow("ru") << Language::Ru << QStringLiteral("статья") << QStringLiteral("пункт");
    QTest::newRow("en") << Language::En << QStringLiteral("platform") << QStringLiteral("information");
}

void TestTextSearchKey::keysDiffer()
{
    QFETCH(Language, lang);
    QFETCH(QString, a);
    QFETCH(QString, b);
    const SearchKeyMaker keys(lang);
    QVERIFY(keys.key(a) != keys.key(b));
}

// A prefix key must be a prefix of the key of every completion.
void TestTextSearchKey::prefixKey_data()
{
    QTest::addColumn<Language>("lang");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("full");
    QTest::newRow("kk") << Language::Kk << QStringLiteral("казакст") << QStringLiteral("Қазақстанның");
    QTest::newRow("kk voicing") << Language::Kk << QStringLiteral("кукыгы") << QStringLiteral("құқығының");
    QTest::newRow("kk latin") << Language::Kk << QStringLiteral("qazaq") << QStringLiteral("Қазақстан");
    QTest::newRow("ru") << Language::Ru << QStringLiteral("информаци") << QStringLiteral("информацию");
    QTest::newRow("ru short") << Language::Ru << QStringLiteral("инф") << QStringLiteral("информацию");
    QTest::newRow("en") << Language::En << QStringLiteral("platfo") << QStringLiteral("platforms");
}

void TestTextSearchKey::prefixKey()
{
    QFETCH(Language, lang);
    QFETCH(QString, typed);
    QFETCH(QString, full);
    const SearchKeyMaker keys(lang);
    const QString prefix = keys.key(typed, true);
    QVERIFY(!prefix.isEmpty());
    QVERIFY2(keys.key(full).startsWith(prefix), qPrintable(prefix + u" / " + keys.key(full)));
}

void TestTextSearchKey::wordSpans_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("numbers") << QStringLiteral("41-1-бабының 1-2-тармағы")
                             << QStringList { QStringLiteral("41"), QStringLiteral("1"), QStringLiteral("бабының"),
                                    QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("тармағы") };
    QTest::newRow("hyphen word") << QStringLiteral("«онлайн-платформа»!")
                                 << QStringList { QStringLiteral("онлайн"), QStringLiteral("платформа") };
    QTest::newRow("latin i") << QStringLiteral("енгiзiледi.") << QStringList { QStringLiteral("енгiзiледi") };
    QTest::newRow("punctuation only") << QStringLiteral(" ... *** («»)") << QStringList {};
    QTest::newRow("empty") << QString() << QStringList {};
}

void TestTextSearchKey::wordSpans()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QCOMPARE(zanlink::words(text), words);
    const QList<WordSpan> spans = zanlink::wordSpans(text);
    QCOMPARE(spans.size(), words.size());
    if (!spans.isEmpty())
        QCOMPARE(text.mid(spans.last().start, spans.last().length), words.last());
}

QTEST_APPLESS_MAIN(TestTextSearchKey)
#include "tst_text_search_key.moc"
