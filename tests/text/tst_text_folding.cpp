// Tests of search folding and Kazakh Latin transliteration (lib/text/search_folding.h).
#include "text/search_folding.h"

#include <QTest>

using namespace zanlink;

class TestTextFolding : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void normalise_data();
    void normalise();
    void foldKeyboard_data();
    void foldKeyboard();
    void latinToCyrillic_data();
    void latinToCyrillic();
    void latinWord_data();
    void latinWord();
};

void TestTextFolding::normalise_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("case") << QStringLiteral("ҚАЗАҚСТАН Республикасы") << QStringLiteral("қазақстан республикасы");
    QTest::newRow("yo") << QStringLiteral("Ещё ЁЛКА") << QStringLiteral("еще елка");
    QTest::newRow("latin i in cyrillic") << QStringLiteral("енгiзiледi") << QStringLiteral("енгізіледі");
    QTest::newRow("latin I in cyrillic") << QStringLiteral("ЕНГIЗIЛЕДI") << QStringLiteral("енгізіледі");
    QTest::newRow("latin word keeps i") << QStringLiteral("Online енгiзу") << QStringLiteral("online енгізу");
    QTest::newRow("hyphen digits") << QStringLiteral("41-1-бап, 2-т.") << QStringLiteral("41-1-бап, 2-т.");
    QTest::newRow("nfkc ligature") << QStringLiteral("ﬁle №5") << QStringLiteral("file no5");
    QTest::newRow("full case folding") << QStringLiteral("Straße") << QStringLiteral("strasse");
    QTest::newRow("soft hyphen dropped") << QStringLiteral("ақ\u00ADпарат") << QStringLiteral("ақпарат");
    QTest::newRow("empty") << QString() << QString();
}

void TestTextFolding::normalise()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(normaliseText(in), out);
}

void TestTextFolding::foldKeyboard_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("all letters") << QStringLiteral("әғқңөұүһі") << QStringLiteral("агкноуухи");
    QTest::newRow("kazakhstan") << QStringLiteral("қазақстан") << QStringLiteral("казакстан");
    QTest::newRow("rights") << QStringLiteral("балалардың құқығы") << QStringLiteral("балалардын кукыгы");
    QTest::newRow("russian untouched") << QStringLiteral("информация ёж") << QStringLiteral("информация ёж");
}

void TestTextFolding::foldKeyboard()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(foldKazakhKeyboard(in), out);
}

void TestTextFolding::latinToCyrillic_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("qazaqstan") << QStringLiteral("qazaqstan") << QStringLiteral("казакстан");
    QTest::newRow("quqyq") << QStringLiteral("quqyq") << QStringLiteral("кукык");
    QTest::newRow("respublikasy") << QStringLiteral("respublikasy") << QStringLiteral("республикасы");
    QTest::newRow("official diacritics") << QStringLiteral("būryñğy") << QStringLiteral("бурынгы");
    QTest::newRow("ötken") << QStringLiteral("ötken") << QStringLiteral("откен");
    QTest::newRow("dotless i") << QStringLiteral("qauıpsızdık") << QStringLiteral("кауипсиздик");
    QTest::newRow("no diacritics i") << QStringLiteral("qauipsizdik") << QStringLiteral("кауипсиздик");
    QTest::newRow("sh ch zh gh") << QStringLiteral("shash chai zhol aghash") << QStringLiteral("шаш чай жол агаш");
    QTest::newRow("ş ç") << QStringLiteral("şeşım") << QStringLiteral("шешим");
    QTest::newRow("ng final") << QStringLiteral("mening") << QStringLiteral("менин");
    QTest::newRow("ng before vowel") << QStringLiteral("tenge") << QStringLiteral("тенге");
    QTest::newRow("ngh") << QStringLiteral("janghyru") << QStringLiteral("жангыру");
    QTest::newRow("i after vowel") << QStringLiteral("aitsa") << QStringLiteral("айтса");
    QTest::newRow("tsiia") << QStringLiteral("konstitutsiia") << QStringLiteral("конституция");
    QTest::newRow("ia after consonant") << QStringLiteral("material") << QStringLiteral("материал");
    QTest::newRow("ia at start") << QStringLiteral("iagni") << QStringLiteral("ягни");
    QTest::newRow("2018 alphabet") << QStringLiteral("qazaqstannyń") << QStringLiteral("казакстаннын");
    QTest::newRow("digits and hyphen") << QStringLiteral("41-1-baby") << QStringLiteral("41-1-бабы");
}

void TestTextFolding::latinToCyrillic()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(kazakhLatinToCyrillic(in), out);
}

void TestTextFolding::latinWord_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<bool>("latin");
    QTest::newRow("plain") << QStringLiteral("Qazaqstan") << true;
    QTest::newRow("diacritics") << QStringLiteral("Būryñğy") << true;
    QTest::newRow("hyphen digits") << QStringLiteral("41-1-baby") << true;
    QTest::newRow("cyrillic") << QStringLiteral("қазақ") << false;
    QTest::newRow("mixed") << QStringLiteral("qazaқ") << false;
    QTest::newRow("digits only") << QStringLiteral("2023") << false;
    QTest::newRow("space") << QStringLiteral("a b") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("arabic digits only ascii") << QStringLiteral("a٣") << false;
}

void TestTextFolding::latinWord()
{
    QFETCH(QString, in);
    QFETCH(bool, latin);
    QCOMPARE(isLatinWord(in), latin);
}

QTEST_APPLESS_MAIN(TestTextFolding)
#include "tst_text_folding.moc"
