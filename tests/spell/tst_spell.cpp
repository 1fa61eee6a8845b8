// Spell-check without a GUI: which words are checked, conversion to and from a
// dictionary's encoding, the fictional fixture dictionaries (tests/fixtures/spell),
// a dictionary that is missing, personal words, and Debian's kk, ru and en
// dictionaries when they are installed.
#include "spell/dictionary_codec.h"
#include "spell/personal_words.h"
#include "spell/spell_checker.h"
#include "spell/spell_dictionary.h"
#include "spell/spell_words.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace zanlink;

namespace {

const QString kFixtures = QStringLiteral(ZANLINK_TEST_FIXTURES "/spell");

QStringList wordsOf(const QString& text)
{
    QStringList out;
    for (const SpellWord& w : spellWords(text)) {
        if (text.mid(w.start, w.length) != w.text)
            return { QStringLiteral("<position of %1 wrong>").arg(w.text) };
        out << w.text;
    }
    return out;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Debian's dictionary of a language, or an empty pointer with the reason.
std::unique_ptr<SpellDictionary> debianDictionary(Language lang, QString* why)
{
    SpellLoadError error;
    auto d = SpellDictionary::open(lang, { QStringLiteral("/usr/share/hunspell") }, &error);
    if (!d)
        *why = error.message();
    return d;
}

} // namespace

class TestSpell : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void wordsWorthChecking_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("kazakh letters") << QStringLiteral("Әке ғалым қаңтар өмір ұлт үй һәм іс Қазақстан")
                                        << QStringList { QStringLiteral("Әке"), QStringLiteral("ғалым"),
                                               QStringLiteral("қаңтар"), QStringLiteral("өмір"), QStringLiteral("ұлт"),
                                               QStringLiteral("үй"), QStringLiteral("һәм"), QStringLiteral("іс"),
                                               QStringLiteral("Қазақстан") };
        QTest::newRow("article numbers joined to words")
            << QStringLiteral("осы Заңның 41-1-бабының 1-2-тармағына, 3-тарау")
            << QStringList { QStringLiteral("осы"), QStringLiteral("Заңның"), QStringLiteral("бабының"),
                   QStringLiteral("тармағына"), QStringLiteral("тарау") };
        QTest::newRow("ordinal endings and numbers")
            << QStringLiteral("5-ші 1-го 2023 10.07.2023 41-1/1-2 3)") << QStringList {};
        QTest::newRow("ids, codes, anything with a digit")
            << QStringLiteral("Z040000567_ 18-VIII COVID-19 A4 mp3 Z2300000018") << QStringList {};
        QTest::newRow("urls, domains, e-mail, accounts")
            << QStringLiteral("https://adilet.zan.kz/rus/docs/Z040000567_ www.example.kz/жол adilet.zan.kz/kaz "
                              "почта lawyer.one@example.kz @blogger_kz #қорғау t.me/channel")
            << QStringList { QStringLiteral("почта") };
        QTest::newRow("all caps abbreviations and their endings")
            << QStringLiteral("ҚР БАҚ-та NGO ТОО-ның VIII РК") << QStringList {};
        QTest::newRow("hyphens and apostrophes inside words")
            << QStringLiteral("онлайн-платформах don’t lawyers' «кто-нибудь» -тире-")
            << QStringList { QStringLiteral("онлайн-платформах"), QStringLiteral("don’t"), QStringLiteral("lawyers"),
                   QStringLiteral("кто-нибудь"), QStringLiteral("тире") };
        QTest::newRow("single letters") << QStringLiteral("а) в и I б)") << QStringList {};
        QTest::newRow("capitalised word is checked")
            << QStringLiteral("Заң. Закон") << QStringList { QStringLiteral("Заң"), QStringLiteral("Закон") };
    }

    void wordsWorthChecking()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QCOMPARE(wordsOf(text), words);
    }

    void wordAtAPosition()
    {
        const QString text = QStringLiteral("бір 41-1-бабынын мәтіні");
        const std::optional<SpellWord> w = spellWordAt(text, 12);
        QVERIFY(w);
        QCOMPARE(w->text, QStringLiteral("бабынын"));
        QCOMPARE(w->start, 9);
        QCOMPARE(spellWordAt(text, 16)->text, QStringLiteral("бабынын")); // just after its last letter
        QVERIFY(!spellWordAt(text, 5)); // on the number
        QCOMPARE(spellWordAt(text, 0)->text, QStringLiteral("бір"));
    }

    void codecsConvertBothWays()
    {
        const QString kazakh = QStringLiteral("әғқңөұүһі ӘҒҚҢӨҰҮҺІ");
        DictionaryCodec utf8(QStringLiteral("UTF-8"));
        QVERIFY(utf8.isValid());
        QCOMPARE(utf8.decode(*utf8.encode(kazakh)), kazakh);

        DictionaryCodec koi8(QStringLiteral("KOI8-R"));
        QVERIFY(koi8.isValid());
        QCOMPARE(*koi8.encode(QStringLiteral("закон")), QByteArray("\xda\xc1\xcb\xcf\xce"));
        QCOMPARE(koi8.decode(QByteArray("\xda\xc1\xcb\xcf\xce")), QStringLiteral("закон"));
        QVERIFY(!koi8.encode(QStringLiteral("құқық"))); // no Kazakh letters in KOI8-R: not a lossy "?"

        DictionaryCodec cp1251(QStringLiteral("microsoft-cp1251"));
        QVERIFY(cp1251.isValid());
        QCOMPARE(*cp1251.encode(QStringLiteral("ё")), QByteArray("\xb8"));
        DictionaryCodec iso5(QStringLiteral("ISO8859-5"));
        QVERIFY(iso5.isValid());
        QCOMPARE(iso5.decode(*iso5.encode(QStringLiteral("Статья"))), QStringLiteral("Статья"));
        QCOMPARE(DictionaryCodec().name(), QStringLiteral("ISO8859-1")); // Hunspell's default
        QVERIFY(!DictionaryCodec(QStringLiteral("NO-SUCH-ENCODING-42")).isValid());
    }

    void fixtureKazakhDictionary()
    {
        SpellLoadError error;
        auto kk = SpellDictionary::open(Language::Kk, { kFixtures }, &error);
        QVERIFY2(kk, qPrintable(error.message()));
        QCOMPARE(kk->encoding(), QStringLiteral("UTF-8"));
        QCOMPARE(kk->dicPath(), kFixtures + QStringLiteral("/kk_KZ.dic"));
        for (const char16_t* w : { u"Қазақстан", u"құқығы", u"бабының", u"өтініш", u"ұйым", u"үкім", u"һәм", u"іс" })
            QVERIFY2(kk->check(QString::fromUtf16(w)), qPrintable(QString::fromUtf16(w)));
        QVERIFY(kk->check(QStringLiteral("Құқығы"))); // at the start of a sentence
        QVERIFY(!kk->check(QStringLiteral("құкығы")));
        QVERIFY(kk->suggestions(QStringLiteral("құкығы"), 6).contains(QStringLiteral("құқығы")));
        QVERIFY(kk->suggestions(QStringLiteral("құкығы"), 0).isEmpty());
        // Typed on a Russian keyboard: the Kazakh spelling comes first.
        QCOMPARE(kk->suggestions(QStringLiteral("кукыгы"), 6).value(0), QStringLiteral("құқығы"));
        QCOMPARE(kk->suggestions(QStringLiteral("Казакстан"), 6).value(0), QStringLiteral("Қазақстан"));
        QCOMPARE(kk->suggestions(QStringLiteral("балалардын"), 6).value(0), QStringLiteral("балалардың"));
    }

    void anEightBitDictionaryIsReadInItsEncoding()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("ru_RU.aff")),
            QByteArray("SET KOI8-R\nTRY \xcf\xc5\xc1\xc9\xce\xd4\xd3\xd2\xd7\xcc\xcb\xcd\xc4\xd0\xd5\xd1\n")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("ru_RU.dic")),
            QByteArray("3\n\xda\xc1\xcb\xcf\xce\n\xda\xc1\xcb\xcf\xce\xc1\n\xd3\xd4\xc1\xd4\xd8\xd1\n")));
        SpellLoadError error;
        auto ru = SpellDictionary::open(Language::Ru, { dir.path() }, &error);
        QVERIFY2(ru, qPrintable(error.message()));
        QCOMPARE(ru->encoding(), QStringLiteral("KOI8-R"));
        QVERIFY(ru->check(QStringLiteral("закон")));
        QVERIFY(ru->check(QStringLiteral("статья")));
        QVERIFY(!ru->check(QStringLiteral("закн")));
        QVERIFY(ru->suggestions(QStringLiteral("закн"), 6).contains(QStringLiteral("закон")));
        QVERIFY(!ru->check(QStringLiteral("құқық"))); // cannot be in this dictionary; no garbage either
        QVERIFY(ru->addWord(QStringLiteral("блогер")));
        QVERIFY(ru->check(QStringLiteral("блогер")));
        QVERIFY(!ru->addWord(QStringLiteral("құқық")));
    }

    void aMissingDictionaryIsNamedWithItsPackage()
    {
        QTemporaryDir empty;
        SpellLoadError error;
        QVERIFY(!SpellDictionary::open(Language::Kk, { empty.path() }, &error));
        QCOMPARE(error.missingFile, QStringLiteral("kk_KZ.dic"));
        QCOMPARE(error.package, QStringLiteral("hunspell-kk"));
        QVERIFY(error.message().contains(u"kk_KZ.dic"));
        QVERIFY(error.message().contains(u"hunspell-kk"));
        QVERIFY(error.message().contains(empty.path()));
        QVERIFY(!SpellDictionary::open(Language::Ru, { empty.path() }, &error));
        QCOMPARE(error.package, QStringLiteral("hunspell-ru"));
        QVERIFY(!SpellDictionary::open(Language::En, { empty.path() }, &error));
        QCOMPARE(error.missingFile, QStringLiteral("en_US.dic"));
        QCOMPARE(error.package, QStringLiteral("hunspell-en-us"));

        // Only the .aff of a pair: the .dic is named.
        QVERIFY(QFile::copy(kFixtures + QStringLiteral("/kk_KZ.aff"), empty.filePath(QStringLiteral("kk_KZ.aff"))));
        QVERIFY(!SpellDictionary::open(Language::Kk, { empty.path() }, &error));
        QCOMPARE(error.missingFile, QStringLiteral("kk_KZ.dic"));

        // The checker goes on without it: nothing is misspelt, and it says so once.
        SpellChecker checker;
        checker.setSearchPaths({ empty.path() });
        QSignalSpy missing(&checker, &SpellChecker::dictionaryMissing);
        QVERIFY(!checker.waitUntilLoaded(Language::Ru));
        QCOMPARE(checker.state(Language::Ru), SpellChecker::State::Missing);
        QCOMPARE(missing.size(), 1);
        QVERIFY(missing.at(0).at(1).toString().contains(u"hunspell-ru"));
        QCOMPARE(checker.loadError(Language::Ru)->missingFile, QStringLiteral("ru_RU.dic"));
        QVERIFY(!checker.isMisspelt(Language::Ru, QStringLiteral("сттатьи")));
        QVERIFY(checker.suggestions(Language::Ru, QStringLiteral("сттатьи")).isEmpty());
        checker.request(Language::Ru); // not tried again
        QVERIFY(!checker.waitUntilLoaded(Language::Ru));
        QCOMPARE(missing.size(), 1);
    }

    void dictionariesLoadInTheBackgroundOnce()
    {
        SpellChecker checker;
        checker.setSearchPaths({ kFixtures });
        QSignalSpy ready(&checker, &SpellChecker::dictionaryReady);
        QCOMPARE(checker.state(Language::Kk), SpellChecker::State::NotLoaded);
        QVERIFY(!checker.isMisspelt(Language::Kk, QStringLiteral("құкығы"))); // not judged before loading
        checker.request(Language::Kk);
        QCOMPARE(checker.state(Language::Kk), SpellChecker::State::Loading); // did not wait for it
        QVERIFY(checker.waitUntilLoaded(Language::Kk));
        QCOMPARE(ready.size(), 1);
        QCoreApplication::processEvents(); // the background load's own report changes nothing
        QCOMPARE(ready.size(), 1);
        checker.request(Language::Kk);
        QCOMPARE(checker.state(Language::Kk), SpellChecker::State::Ready);
        QCOMPARE(checker.encoding(Language::Kk), QStringLiteral("UTF-8"));
        QVERIFY(checker.isMisspelt(Language::Kk, QStringLiteral("құкығы")));
        QVERIFY(!checker.isMisspelt(Language::Kk, QStringLiteral("құқығы")));
        QVERIFY(!checker.isMisspelt(Language::Kk, QStringLiteral("TikTok"))); // another script: not judged
        QVERIFY(checker.suggestions(Language::Kk, QStringLiteral("құкығы")).contains(QStringLiteral("құқығы")));
        checker.setEnabled(false);
        QVERIFY(!checker.isMisspelt(Language::Kk, QStringLiteral("құкығы")));
        checker.setEnabled(true);

        QVERIFY(checker.waitUntilLoaded(Language::En));
        QVERIFY(checker.isMisspelt(Language::En, QStringLiteral("recieve")));
        QVERIFY(!checker.isMisspelt(Language::En, QStringLiteral("Қазақстан")));
    }

    void personalWordsRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("spelling/kk.txt"));
        {
            PersonalWordList list(path);
            QVERIFY(list.load()); // no file yet: empty
            QVERIFY(list.isEmpty());
            QString error;
            QVERIFY2(list.add(QStringLiteral("Жанарқызы"), &error), qPrintable(error));
            QVERIFY(list.add(QStringLiteral("  әңгімеші ")));
            QVERIFY(list.add(QStringLiteral("Жанарқызы")));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(u"\nЖанарқызы\n"));
        QVERIFY(text.contains(u"\nәңгімеші\n"));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("spelling"))).entryList(QDir::Files),
            QStringList { QStringLiteral("kk.txt") });
        PersonalWordList again(path);
        QVERIFY(again.load());
        QCOMPARE(again.words(), (QStringList { QStringLiteral("Жанарқызы"), QStringLiteral("әңгімеші") }));
        QVERIFY(again.remove(QStringLiteral("әңгімеші")));
        PersonalWordList third(path);
        QVERIFY(third.load());
        QCOMPARE(third.words(), QStringList { QStringLiteral("Жанарқызы") });

        // A folder that cannot be written: an error naming the file, the list unchanged.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("blocked")), "a file, not a folder"));
        PersonalWordList blocked(dir.filePath(QStringLiteral("blocked/kk.txt")));
        QString error;
        QVERIFY(!blocked.add(QStringLiteral("сөз"), &error));
        QVERIFY(error.contains(u"blocked"));
        QVERIFY(blocked.isEmpty());
    }

    void addedWordsStayIgnoredWordsDoNot()
    {
        QTemporaryDir dir;
        {
            SpellChecker checker;
            checker.setSearchPaths({ kFixtures });
            checker.setPersonalFolder(dir.path());
            QVERIFY(checker.waitUntilLoaded(Language::Kk));
            QSignalSpy changed(&checker, &SpellChecker::wordsChanged);
            QVERIFY(checker.isMisspelt(Language::Kk, QStringLiteral("Жанарқызы")));
            QVERIFY(checker.isMisspelt(Language::Kk, QStringLiteral("әңгімеші")));
            QString error;
            QVERIFY2(checker.addToPersonal(Language::Kk, QStringLiteral("Жанарқызы"), &error), qPrintable(error));
            checker.ignore(Language::Kk, QStringLiteral("әңгімеші"));
            QCOMPARE(changed.size(), 2);
            QVERIFY(!checker.isMisspelt(Language::Kk, QStringLiteral("Жанарқызы")));
            QVERIFY(!checker.isMisspelt(Language::Kk, QStringLiteral("әңгімеші")));
            QVERIFY(
                checker.suggestions(Language::Kk, QStringLiteral("Жанаркызы")).contains(QStringLiteral("Жанарқызы")));
            QCOMPARE(checker.personalFile(Language::Kk), dir.filePath(QStringLiteral("kk.txt")));
        }
        SpellChecker later;
        later.setSearchPaths({ kFixtures });
        later.setPersonalFolder(dir.path());
        QVERIFY(later.waitUntilLoaded(Language::Kk));
        QCOMPARE(later.personalWords(Language::Kk), QStringList { QStringLiteral("Жанарқызы") });
        QVERIFY(!later.isMisspelt(Language::Kk, QStringLiteral("Жанарқызы")));
        QVERIFY(later.isMisspelt(Language::Kk, QStringLiteral("әңгімеші"))); // ignored for that session only
        QVERIFY(!later.isMisspelt(Language::Ru, QStringLiteral("Жанарқызы"))); // ru not loaded: not judged
    }

    void debianKazakh()
    {
        QString why;
        auto kk = debianDictionary(Language::Kk, &why);
        if (!kk)
            QSKIP(qPrintable(why));
        const DictionaryCodec codec(kk->encoding());
        QVERIFY2(codec.isValid(), qPrintable(kk->encoding()));
        for (const char16_t* w :
            { u"Қазақстан", u"Республикасының", u"балалардың", u"құқығы", u"бабының", u"тармағына" })
            QVERIFY2(kk->check(QString::fromUtf16(w)), qPrintable(QString::fromUtf16(w)));
        QVERIFY(!kk->check(QStringLiteral("Қазакстан")));
        QVERIFY(kk->suggestions(QStringLiteral("Қазакстан"), 6).contains(QStringLiteral("Қазақстан")));
        QVERIFY(!kk->check(QStringLiteral("кукыгы")));
        QCOMPARE(kk->suggestions(QStringLiteral("кукыгы"), 6).value(0), QStringLiteral("құқығы"));
        QVERIFY(!kk->check(QStringLiteral("бабынын")));
        QVERIFY(kk->suggestions(QStringLiteral("бабынын"), 6).contains(QStringLiteral("бабының")));
    }

    void debianRussian()
    {
        QString why;
        auto ru = debianDictionary(Language::Ru, &why);
        if (!ru)
            QSKIP(qPrintable(why));
        QVERIFY2(DictionaryCodec(ru->encoding()).isValid(), qPrintable(ru->encoding())); // UTF-8 or KOI8-R alike
        for (const char16_t* w : { u"статьи", u"закона", u"связи", u"онлайн-платформах", u"ещё", u"Казахстан" })
            QVERIFY2(ru->check(QString::fromUtf16(w)), qPrintable(QString::fromUtf16(w)));
        QVERIFY(!ru->check(QStringLiteral("сттатьи")));
        QVERIFY(ru->suggestions(QStringLiteral("сттатьи"), 6).contains(QStringLiteral("статьи")));
        QVERIFY(ru->suggestions(QStringLiteral("законн"), 6).contains(QStringLiteral("закон")));
    }

    void debianEnglish()
    {
        QString why;
        auto en = debianDictionary(Language::En, &why);
        if (!en)
            QSKIP(qPrintable(why));
        QVERIFY(en->check(QStringLiteral("paragraph")));
        QVERIFY(en->check(QStringLiteral("don't")));
        QVERIFY(!en->check(QStringLiteral("recieve")));
        QVERIFY(en->suggestions(QStringLiteral("recieve"), 6).contains(QStringLiteral("receive")));
    }
};

QTEST_GUILESS_MAIN(TestSpell)
#include "tst_spell.moc"
