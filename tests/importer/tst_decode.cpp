// decodeText: BOMs, declared charsets, UTF-8 and Windows-1251 guessed.

#include "importer/decode.h"
#include "tree_dump.h"

#include <QStringEncoder>
#include <QTest>

using namespace zanlink;

namespace {

const QString kText = QStringLiteral("Статья 1. Вымышленная — «кавычки», № 1-IX");

// Windows-1251 bytes of kText, written out so the test does not depend on
// which codecs Qt was built with.
QByteArray cp1251Bytes()
{
    // С т а т ь я
    QByteArray b("\xD1\xF2\xE0\xF2\xFC\xFF 1. ");
    // В ы м ы ш л е н н а я
    b += "\xC2\xFB\xEC\xFB\xF8\xEB\xE5\xED\xED\xE0\xFF";
    // " — «" к а в ы ч к и "», № 1-IX"
    b += " \x97 \xAB\xEA\xE0\xE2\xFB\xF7\xEA\xE8\xBB, \xB9 1-IX";
    return b;
}

} // namespace

class TestDecode : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void utf8()
    {
        QCOMPARE(decodeText(kText.toUtf8()), kText);
        QCOMPARE(decodeText(QByteArray()), QString());
        QCOMPARE(decodeText("plain ascii"), QStringLiteral("plain ascii"));
    }

    void utf8Bom() { QCOMPARE(decodeText("\xEF\xBB\xBF" + kText.toUtf8()), kText); }

    void utf16Boms()
    {
        QStringEncoder le(QStringEncoder::Utf16LE);
        QStringEncoder be(QStringEncoder::Utf16BE);
        const QByteArray leBytes = QByteArray("\xFF\xFE") + QByteArray(le(kText));
        const QByteArray beBytes = QByteArray("\xFE\xFF") + QByteArray(be(kText));
        QCOMPARE(decodeText(leBytes), kText); // no U+FEFF left at the start
        QCOMPARE(decodeText(beBytes), kText);
    }

    void cp1251Guessed() { QCOMPARE(decodeText(cp1251Bytes()), kText); }

    void cp1251Declared()
    {
        const QByteArray page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                                "charset=windows-1251\"></head><body><p>"
            + cp1251Bytes() + "</p></body></html>";
        QVERIFY(decodeText(page).contains(kText));
        const QByteArray short1251 = "<meta charset='CP1251'><p>" + cp1251Bytes() + "</p>";
        QVERIFY(decodeText(short1251).contains(kText));
    }

    // A browser's copy can keep the old declaration while writing UTF-8.
    void declaredCp1251ButUtf8()
    {
        const QByteArray page
            = "<html><head><meta charset=\"windows-1251\"></head><body><p>" + kText.toUtf8() + "</p></body></html>";
        QVERIFY(decodeText(page).contains(kText));
    }

    void declaredUtf8ButCp1251()
    {
        const QByteArray page = "<meta charset=\"utf-8\"><p>" + cp1251Bytes() + "</p>";
        QVERIFY(decodeText(page).contains(kText));
    }

    void fixtureCp1251()
    {
        const QString a = decodeText(zanlink::test::readFixture(QStringLiteral("adilet/ru_Z9900000001_cp1251.html")));
        QVERIFY(a.contains(QStringLiteral("Статья 2. Обязанности вымышленного оператора")));
        QVERIFY(a.contains(QStringLiteral("№ 1-IX")));
        QVERIFY(!a.contains(QChar(QChar::ReplacementCharacter)));
    }

    void kazakhLettersSurvive()
    {
        const QString kk = QStringLiteral("әғқңөұүһі ӘҒҚҢӨҰҮҺІ");
        QCOMPARE(decodeText(kk.toUtf8()), kk);
    }
};

QTEST_GUILESS_MAIN(TestDecode)
#include "tst_decode.moc"
