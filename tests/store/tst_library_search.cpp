// Full-text search over the library (lib/store/library_search.h) on the
// fictional act Z9900000003 in kk, ru and en.
#include "refs_fixture.h"
#include "store/library_search.h"
#include "store/library_store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace zanlink;
using namespace zanlink::testing;

namespace {

QStringList hitKeys(const SearchResults& r)
{
    QStringList keys;
    for (const SearchHit& h : r.hits)
        keys << languageCode(h.language) + u' ' + h.key;
    return keys;
}

} // namespace

class TestLibrarySearch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("library.sqlite")), &error), qPrintable(error));
        QVERIFY(importRefsFixture(m_store));
    }

    void findsInflectedWords_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<Language>("lang");
        QTest::addColumn<QString>("expected"); // a key that must be among the hits
        // Russian: another case of the same noun.
        QTest::newRow("ru case") << QStringLiteral("ограничением доступа") << Language::Ru << QStringLiteral("ru 2");
        QTest::newRow("ru restore") << QStringLiteral("восстановления") << Language::Ru << QStringLiteral("ru 3");
        // Kazakh as written, typed on a Russian keyboard, and in Latin letters.
        QTest::newRow("kk exact") << QStringLiteral("қолжетімділікті") << Language::Kk << QStringLiteral("kk 2");
        QTest::newRow("kk keyboard") << QStringLiteral("колжетимдиликти") << Language::Kk << QStringLiteral("kk 2");
        QTest::newRow("kk keyboard inflected")
            << QStringLiteral("ресурстын иесине") << Language::Kk << QStringLiteral("kk 2/2");
        QTest::newRow("kk latin") << QStringLiteral("Qoljetimdilikti") << Language::Kk << QStringLiteral("kk 2");
        QTest::newRow("kk latin plain") << QStringLiteral("shekteu") << Language::Kk << QStringLiteral("kk 2/1");
        // English stems.
        QTest::newRow("en plural") << QStringLiteral("restrictions") << Language::En << QStringLiteral("en 2");
        QTest::newRow("en verb") << QStringLiteral("restoring") << Language::En << QStringLiteral("en 3");
    }
    void findsInflectedWords()
    {
        QFETCH(QString, query);
        QFETCH(Language, lang);
        QFETCH(QString, expected);
        SearchOptions o;
        o.language = lang;
        const SearchResults r = searchLibrary(m_store.database(), query, o);
        QVERIFY2(hitKeys(r).contains(expected), qPrintable(query + u" → " + hitKeys(r).join(u", ")));
        for (const SearchHit& h : r.hits) {
            QCOMPARE(h.language, lang);
            QCOMPARE(h.actId, kRefsAct);
            QVERIFY2(h.snippet.contains(kMatchBegin) || h.headingMarked.contains(kMatchBegin), qPrintable(h.key));
        }
    }

    void headingsAndExactPhrasesRankFirst()
    {
        SearchOptions o;
        o.language = Language::Ru;
        // "доступ" is in the headings of articles 2 and 3 and in the text of 3/1.
        const SearchResults r = searchLibrary(m_store.database(), QStringLiteral("доступ"), o);
        QVERIFY(r.hits.size() >= 3);
        QVERIFY2(r.hits.at(0).headingMatch && r.hits.at(1).headingMatch, qPrintable(hitKeys(r).join(u", ")));
        // The words as typed, together, win over the same words apart.
        const SearchResults phrase = searchLibrary(m_store.database(), QStringLiteral("\"вымышленный ресурс\""), o);
        QVERIFY(!phrase.hits.isEmpty());
        QCOMPARE(phrase.hits.first().key, QStringLiteral("1/1"));
        QVERIFY(phrase.hits.first().exactPhrase);
    }

    void inflectedPhrasesAreRecognised()
    {
        SearchOptions o;
        o.language = Language::Ru;
        // "вымышленный ресурс" occurs together in 1/1, 1/2 and 2/2, each time in another form.
        SearchResults r = searchLibrary(m_store.database(), QStringLiteral("вымышленных ресурсов"), o);
        QCOMPARE(r.hits.size(), 3);
        for (const SearchHit& h : r.hits) {
            QVERIFY2(h.inflectedPhrase, qPrintable(h.key));
            QVERIFY(!h.exactPhrase);
        }
        // Words apart in the text are no phrase: "ресурс, которого нет" in 1/1.
        r = searchLibrary(m_store.database(), QStringLiteral("ресурс нет"), o);
        QVERIFY(!r.hits.isEmpty());
        QCOMPARE(r.hits.first().key, QStringLiteral("1/1"));
        QVERIFY(!r.hits.first().inflectedPhrase);
    }

    void filtersByActAndLanguage()
    {
        SearchOptions o;
        const SearchResults all = searchLibrary(m_store.database(), QStringLiteral("41-1"), o);
        QSet<Language> langs;
        for (const SearchHit& h : all.hits)
            langs.insert(h.language);
        QCOMPARE(langs.size(), 3);
        o.actId = QStringLiteral("Z040000567_");
        QVERIFY(searchLibrary(m_store.database(), QStringLiteral("41-1"), o).hits.isEmpty());
    }

    void prefixSearchAsYouType()
    {
        SearchOptions o;
        o.language = Language::Ru;
        o.prefixLast = true;
        const SearchResults r = searchLibrary(m_store.database(), QStringLiteral("восстан"), o);
        QVERIFY2(hitKeys(r).contains(QStringLiteral("ru 3")), qPrintable(hitKeys(r).join(u", ")));
    }

    void aVeryCommonWordIsRankedAmongItsFirstMatches()
    {
        // A fictional act whose every paragraph holds the same word, more often
        // than the ranking takes; an older edition holds it too.
        QTemporaryDir dir;
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("big.sqlite")), &error), qPrintable(error));
        const auto edition = [](const QDate& date, int paragraphs) {
            ActEdition e;
            e.actId = QStringLiteral("Z9900000088");
            e.language = Language::Ru;
            e.title = QStringLiteral("Вымышленный закон о вымысле");
            e.editionDate = date;
            e.sourceKind = QStringLiteral("text");
            Provision article;
            article.kind = ProvisionKind::Article;
            article.key = article.number = QStringLiteral("1");
            article.heading = QStringLiteral("Вымысел");
            for (int i = 1; i <= paragraphs; ++i) {
                Provision p;
                p.kind = ProvisionKind::Paragraph;
                p.number = QString::number(i);
                p.key = u"1/" + p.number;
                p.text = QStringLiteral("Вымысел номер %1 остается вымыслом.").arg(i);
                article.children << p;
            }
            e.provisions << article;
            return e;
        };
        QVERIFY2(store.addEditions({ edition(QDate(2098, 1, 1), 200) }, &error), qPrintable(error));
        QVERIFY2(store.addEditions({ edition(QDate(2099, 1, 1), kRankedMatches + 300) }, &error), qPrintable(error));

        SearchOptions options;
        options.language = Language::Ru;
        const SearchResults r = searchLibrary(store.database(), QStringLiteral("вымысел"), options);
        QVERIFY(r.truncatedRanking);
        QCOMPARE(r.hits.size(), options.limit);
        QCOMPARE(r.hits.first().key, QStringLiteral("1")); // the heading first
        const std::optional<EditionInfo> newest = store.latestEdition(QStringLiteral("Z9900000088"), Language::Ru);
        for (const SearchHit& h : r.hits) {
            QCOMPARE(h.editionId, newest->id); // never the older edition
            QVERIFY2(h.snippet.contains(kMatchBegin), qPrintable(h.snippet));
        }
        // A rarer word is ranked over all its matches.
        const SearchResults rare = searchLibrary(store.database(), QStringLiteral("номер 4250"), options);
        QVERIFY(!rare.truncatedRanking);
        QVERIFY(!rare.hits.isEmpty());
        QCOMPARE(rare.hits.first().key, QStringLiteral("1/4250"));
    }

    void badQueriesNeverFail_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("findsSomething"); // the word доступ survives the rest
        QTest::newRow("unbalanced quote") << QStringLiteral("\"доступ ресурс") << false; // a phrase not in the text
        QTest::newRow("unbalanced alone") << QStringLiteral("доступ \"") << true;
        QTest::newRow("guillemet") << QStringLiteral("«доступ") << true;
        QTest::newRow("operators") << QStringLiteral("AND OR NOT") << false;
        QTest::newRow("column filter") << QStringLiteral("text:доступ heading:x") << false;
        QTest::newRow("star") << QStringLiteral("*") << false;
        QTest::newRow("near") << QStringLiteral("NEAR(доступ") << false;
        QTest::newRow("brackets") << QStringLiteral("((((доступ))") << true;
        QTest::newRow("caret") << QStringLiteral("^доступ - +") << true;
        QTest::newRow("punctuation") << QStringLiteral("?!…—") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("long") << QString(QStringLiteral("доступ ").repeated(1500)) << true;
        QTest::newRow("control") << QStringLiteral("\x01\x02 доступ \x03") << true;
    }
    void badQueriesNeverFail()
    {
        QFETCH(QString, query);
        QFETCH(bool, findsSomething);
        m_store.database().setError(QString());
        for (bool prefix : { false, true }) {
            SearchOptions o;
            o.prefixLast = prefix;
            const SearchResults r = searchLibrary(m_store.database(), query, o);
            QVERIFY2(!r.message.contains(u"SQL") && !r.message.contains(u"fts5"), qPrintable(r.message));
            QVERIFY2(m_store.database().lastError().isEmpty(), qPrintable(m_store.database().lastError()));
            if (findsSomething)
                QVERIFY2(!r.hits.isEmpty(), qPrintable(query.left(40)));
            if (query.trimmed().isEmpty() || query == u"?!…—" || query == u"*")
                QVERIFY2(!r.message.isEmpty(), "an empty query says why nothing was searched");
        }
    }

private:
    QTemporaryDir m_dir;
    LibraryStore m_store;
};

QTEST_GUILESS_MAIN(TestLibrarySearch)
#include "tst_library_search.moc"
