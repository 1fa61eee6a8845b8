// Tests of finding inflected defined terms (lib/text/phrase_matcher.h). Invented texts.
#include "text/phrase_matcher.h"

#include <QTest>

using namespace zanlink;

class TestTextPhrase : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void russianInflected();
    void kazakhInflected();
    void englishPlural();
    void longestWins();
    void notAcrossSentences();
    void noPhrases();

private:
    static QStringList found(const QString& text, const QList<PhraseMatcher::Match>& matches);
};

QStringList TestTextPhrase::found(const QString& text, const QList<PhraseMatcher::Match>& matches)
{
    QStringList out;
    for (const PhraseMatcher::Match& m : matches)
        out.append(QString::number(m.phraseIndex) + u':' + text.mid(m.start, m.length));
    return out;
}

void TestTextPhrase::russianInflected()
{
    const PhraseMatcher m(Language::Ru, { QStringLiteral("ложная информация"), QStringLiteral("онлайн-платформа") });
    const QString text = QStringLiteral("Сказочник не распространяет ложной информации, а владельцы "
                                        "онлайн-платформ удаляют ЛОЖНУЮ информацию. Информация ложная тоже бывает.");
    QCOMPARE(found(text, m.find(text)),
        (QStringList { QStringLiteral("0:ложной информации"), QStringLiteral("1:онлайн-платформ"),
            QStringLiteral("0:ЛОЖНУЮ информацию") }));
}

void TestTextPhrase::kazakhInflected()
{
    const PhraseMatcher m(Language::Kk, { QStringLiteral("жалған ақпарат"), QStringLiteral("онлайн-платформа") });
    const QString text = QStringLiteral("Ертегіші жалған ақпаратты таратпайды; онлайн-платформалардың иелері "
                                        "жалган акпараттын бәрін өшіреді.");
    QCOMPARE(found(text, m.find(text)),
        (QStringList { QStringLiteral("0:жалған ақпаратты"), QStringLiteral("1:онлайн-платформалардың"),
            QStringLiteral("0:жалган акпараттын") }));
}

void TestTextPhrase::englishPlural()
{
    const PhraseMatcher m(Language::En, { QStringLiteral("online platform") });
    const QString text = QStringLiteral("Owners of Online Platforms and of an online (platform) game.");
    QCOMPARE(found(text, m.find(text)),
        (QStringList { QStringLiteral("0:Online Platforms"), QStringLiteral("0:online (platform") }));
}

void TestTextPhrase::longestWins()
{
    const PhraseMatcher m(Language::Ru,
        { QStringLiteral("информация"), QStringLiteral("ложная информация"), QStringLiteral("информация о погоде") });
    const QString text = QStringLiteral("Здесь ложная информация о погоде и ещё информация.");
    // Three words beat two; the leftover single word is found on its own.
    QCOMPARE(found(text, m.find(text)),
        (QStringList { QStringLiteral("2:информация о погоде"), QStringLiteral("0:информация") }));
    const QString text2 = QStringLiteral("Здесь ложная информация.");
    QCOMPARE(found(text2, m.find(text2)), (QStringList { QStringLiteral("1:ложная информация") }));
}

void TestTextPhrase::notAcrossSentences()
{
    const PhraseMatcher m(Language::Ru, { QStringLiteral("ложная информация") });
    const QString text = QStringLiteral("Она ложная. Информация верна.\nЛожная\nинформация");
    QCOMPARE(m.find(text).size(), 0);
}

void TestTextPhrase::noPhrases()
{
    const PhraseMatcher none(Language::Kk, {});
    QVERIFY(none.find(QStringLiteral("жалған ақпарат")).isEmpty());
    const PhraseMatcher blank(Language::Kk, { QString(), QStringLiteral("...") });
    QVERIFY(blank.find(QStringLiteral("жалған ақпарат ...")).isEmpty());
}

QTEST_APPLESS_MAIN(TestTextPhrase)
#include "tst_text_phrase.moc"
