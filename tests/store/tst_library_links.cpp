// References and backlinks stored by the library (lib/store/derived_index.h,
// link_queries.h) on the fictional act Z9900000003 in kk, ru and en: every
// citation it makes is listed here with the key it must resolve to.
#include "refs_fixture.h"
#include "store/library_store.h"
#include "store/link_queries.h"

#include <QTemporaryDir>
#include <QTest>

using namespace zanlink;
using namespace zanlink::testing;

namespace {

// "from kind act key", sorted: the same in the three languages.
const QStringList kExpectedReferences {
    QStringLiteral("2/1 other-act Z040000567_ 41-1/1-2"),
    QStringLiteral("2/2 internal Z9900000003 3/1/1"),
    QStringLiteral("2/2 internal Z9900000003 3/1/2"),
    QStringLiteral("2/3 internal Z9900000003 2/1"),
    QStringLiteral("2/3 internal Z9900000003 3"),
    QStringLiteral("2/3 internal Z9900000003 4"),
    QStringLiteral("3/1/2 other-act Z2300000018 9"),
    QStringLiteral("3/2 other-act Z2400000093 "),
    QStringLiteral("4/2 unresolved  7"),
};

// Defined terms of article 1 and where they occur: "from → definition".
const QStringList kExpectedTerms {
    QStringLiteral("1/2 → 1/1"),
    QStringLiteral("2/1 → 1/2"),
    QStringLiteral("2/2 → 1/1"),
};

} // namespace

class TestLibraryLinks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("library.sqlite")), &error), qPrintable(error));
        QVERIFY(importRefsFixture(m_store));
    }

    void everyReferenceResolves_data()
    {
        QTest::addColumn<Language>("lang");
        QTest::newRow("kk") << Language::Kk;
        QTest::newRow("ru") << Language::Ru;
        QTest::newRow("en") << Language::En;
    }
    void everyReferenceResolves()
    {
        QFETCH(Language, lang);
        const std::optional<EditionInfo> e = m_store.latestEdition(kRefsAct, lang);
        QVERIFY(e);
        LinkQueries q(m_store.database());
        QStringList found;
        QStringList terms;
        for (const StoredProvision& p : m_store.provisions(e->id)) {
            for (const StoredLink& l : q.linksInEdition(e->id).value(p.id)) {
                if (l.kind == LinkKind::Term)
                    terms << p.key + u" → " + l.targetKey;
                else
                    found << p.key + u' ' + linkKindName(l.kind) + u' ' + l.targetAct + u' ' + l.targetKey;
            }
        }
        found.sort();
        terms.removeDuplicates();
        terms.sort();
        QCOMPARE(found, kExpectedReferences);
        QCOMPARE(terms, kExpectedTerms);
    }

    void outgoingSaysWhatIsInTheLibrary()
    {
        const std::optional<EditionInfo> e = m_store.latestEdition(kRefsAct, Language::Ru);
        QVERIFY(e);
        const QList<OutgoingLink> out = LinkQueries(m_store.database()).outgoing(e->id, QStringLiteral("2"));
        QStringList states;
        for (const OutgoingLink& o : out)
            states << o.sourceKey + u' ' + o.link.targetKey + u' ' + targetStateName(o.state);
        // The Communications Law is not imported; the act's own provisions are.
        QVERIFY2(states.contains(QStringLiteral("2/1 41-1/1-2 act-not-imported")), qPrintable(states.join(u'\n')));
        QVERIFY(states.contains(QStringLiteral("2/2 3/1/1 in-library")));
        QVERIFY(states.contains(QStringLiteral("2/3 2/1 in-library")));
        for (const OutgoingLink& o : out)
            QVERIFY2(!o.words.isEmpty(), qPrintable(o.sourceKey));
    }

    void backlinksAreExact()
    {
        LinkQueries q(m_store.database());
        // Article 3 is cited by 2/2 (its subparagraphs) and 2/3, in each language.
        QStringList from;
        for (const Backlink& b : q.citedBy(kRefsAct, QStringLiteral("3")))
            from << languageCode(b.language) + u' ' + b.key;
        from.sort();
        QCOMPARE(from,
            (QStringList { QStringLiteral("en 2/2"), QStringLiteral("en 2/3"), QStringLiteral("kk 2/2"),
                QStringLiteral("kk 2/3"), QStringLiteral("ru 2/2"), QStringLiteral("ru 2/3") }));
        // Paragraph 1 of article 2 only by 2/3.
        from.clear();
        for (const Backlink& b : q.citedBy(kRefsAct, QStringLiteral("2/1")))
            from << languageCode(b.language) + u' ' + b.key;
        from.sort();
        QCOMPARE(from, (QStringList { QStringLiteral("en 2/3"), QStringLiteral("kk 2/3"), QStringLiteral("ru 2/3") }));
        // Article 4 is cited once per language, article 1 never (terms are not citations).
        QCOMPARE(q.citedBy(kRefsAct, QStringLiteral("4")).size(), 3);
        QCOMPARE(q.citedBy(kRefsAct, QStringLiteral("1")).size(), 0);
    }

    void backlinksFromAnotherActCarryTheSentence()
    {
        const QList<Backlink> list
            = LinkQueries(m_store.database()).citedBy(QStringLiteral("Z040000567_"), QStringLiteral("41-1"));
        QCOMPARE(list.size(), 3);
        for (const Backlink& b : list) {
            QCOMPARE(b.actId, kRefsAct);
            QCOMPARE(b.key, QStringLiteral("2/1"));
            QCOMPARE(b.targetKey, QStringLiteral("41-1/1-2"));
            QVERIFY2(b.sentence.contains(u"41-1"), qPrintable(b.sentence));
            QVERIFY2(b.sentence.contains(b.words), qPrintable(b.sentence + u" / " + b.words));
        }
        // Nothing cites a paragraph that is not cited.
        QVERIFY(
            LinkQueries(m_store.database()).citedBy(QStringLiteral("Z040000567_"), QStringLiteral("41-1/2")).isEmpty());
    }

    void definedTermsAreStored()
    {
        const std::optional<EditionInfo> e = m_store.latestEdition(kRefsAct, Language::Ru);
        QVERIFY(e);
        const QList<TermDefinition> terms = LinkQueries(m_store.database()).definedTerms(e->id);
        QCOMPARE(terms.size(), 2);
        QCOMPARE(terms.at(0).term, QStringLiteral("вымышленный ресурс"));
        QCOMPARE(terms.at(0).key, QStringLiteral("1/1"));
        QCOMPARE(terms.at(1).key, QStringLiteral("1/2"));
    }

    void anOlderEditionDoesNotCite()
    {
        // A newer ru edition without article 2's citations: only it counts.
        ActEdition newer = readRefsFixture(Language::Ru);
        newer.editionDate = QDate(2100, 1, 1);
        for (Provision& article : newer.provisions) {
            if (article.key != u"2")
                continue;
            for (Provision& para : article.children)
                para.text = QStringLiteral("Вымышленный пункт без ссылок.");
        }
        QString error;
        QVERIFY2(m_store.addEditions({ newer }, &error), qPrintable(error));
        QStringList from;
        for (const Backlink& b : LinkQueries(m_store.database()).citedBy(kRefsAct, QStringLiteral("3")))
            from << languageCode(b.language) + u' ' + b.key;
        from.sort();
        QCOMPARE(from,
            (QStringList { QStringLiteral("en 2/2"), QStringLiteral("en 2/3"), QStringLiteral("kk 2/2"),
                QStringLiteral("kk 2/3") }));
    }

    void reopeningKeepsTheIndexAndAnOldLibraryGetsOne()
    {
        const QString path = m_dir.filePath(QStringLiteral("library.sqlite"));
        LibraryStore again;
        QString error;
        QVERIFY2(again.open(path, &error), qPrintable(error));
        const qsizetype before = LinkQueries(again.database()).citedBy(kRefsAct, QStringLiteral("3")).size();
        QVERIFY(before > 0);
        // Derived data marked stale (as after an upgrade) is rebuilt on open.
        QVERIFY(again.database().exec(QStringLiteral("DELETE FROM links; DELETE FROM derived_state;")));
        QVERIFY(LinkQueries(again.database()).citedBy(kRefsAct, QStringLiteral("3")).isEmpty());
        LibraryStore third;
        QVERIFY2(third.open(path, &error), qPrintable(error));
        QCOMPARE(LinkQueries(third.database()).citedBy(kRefsAct, QStringLiteral("3")).size(), before);
    }

    void anActImportedLaterResolvesEarlierCitations()
    {
        // Z9900000003 cites article 7 of «О вымышленных облаках», unknown so far.
        ActEdition clouds;
        clouds.actId = QStringLiteral("Z9900000004");
        clouds.language = Language::Ru;
        clouds.title = QStringLiteral("О вымышленных облаках");
        clouds.sourceKind = QStringLiteral("text");
        Provision article;
        article.kind = ProvisionKind::Article;
        article.key = article.number = QStringLiteral("7");
        article.heading = QStringLiteral("Вымышленные облака");
        article.text = QStringLiteral("Облака вымышлены (текст для тестов).");
        clouds.provisions = { article };
        QString error;
        QVERIFY2(m_store.addEditions({ clouds }, &error), qPrintable(error));
        const QList<Backlink> list = LinkQueries(m_store.database()).citedBy(clouds.actId, QStringLiteral("7"));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().actId, kRefsAct);
        QCOMPARE(list.first().language, Language::Ru);
        QCOMPARE(list.first().key, QStringLiteral("4/2"));
        // The Kazakh and English citations name the act by other titles: still unresolved.
        const std::optional<EditionInfo> kk = m_store.latestEdition(kRefsAct, Language::Kk);
        QVERIFY(kk);
        QVERIFY(LinkQueries(m_store.database()).outgoing(kk->id, QStringLiteral("4")).constFirst().state
            == TargetState::Unresolved);
    }

private:
    QTemporaryDir m_dir;
    LibraryStore m_store;
};

QTEST_GUILESS_MAIN(TestLibraryLinks)
#include "tst_library_links.moc"
