// Reads the real saved Adilet page of Law Z1500000410 (shared test data, not
// in the repository) and checks that nothing of its structure is lost. Only
// numbers, anchors and the first words of headings are asserted here.

#include "importer/importer.h"
#include "tree_dump.h"

#include <QFileInfo>
#include <QTest>
#include <functional>

using namespace zanlink;
using namespace zanlink::test;

namespace {

QString realPage()
{
    return QStringLiteral(ZANLINK_SHARED_FIXTURES "/adilet/ru_Z1500000410_saved.html");
}

const Provision* child(const Provision& parent, const QString& key)
{
    for (const Provision& c : parent.children) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestRealPage : public QObject {
    Q_OBJECT

    ActEdition m_edition;
    QStringList m_warnings;

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(realPage()))
            QSKIP("the shared real page is not available");
        ImportRequest req;
        req.path = realPage();
        req.language = Language::Ru;
        ImportError err;
        const std::optional<ImportOutcome> out = readSource(req, &err);
        QVERIFY2(out, qPrintable(err.toString()));
        QCOMPARE(out->editions.size(), 1);
        m_edition = out->editions.first();
        m_warnings = out->warnings;
    }

    void identity()
    {
        QCOMPARE(m_edition.actId, QStringLiteral("Z1500000410"));
        QCOMPARE(m_edition.language, Language::Ru);
        QCOMPARE(m_edition.title, QStringLiteral("О противодействии коррупции"));
        QVERIFY(m_edition.actLine.startsWith(QStringLiteral("Закон Республики Казахстан от 18 ноября 2015 года")));
        QCOMPARE(m_edition.statusText, QStringLiteral("Обновленный"));
        QCOMPARE(m_edition.editionDate, QDate(2026, 6, 3));
        QCOMPARE(m_edition.sourceKind, QStringLiteral("adilet-html"));
    }

    void noWarningsNoRepeatedKeys()
    {
        QCOMPARE(m_warnings, QStringList());
        const QStringList keys = allKeys(m_edition.provisions);
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());
        for (const QString& k : keys)
            QVERIFY2(!k.contains(u'~'), qPrintable(k));
    }

    // The top level: the preamble, five chapters (the fifth is marked up as a
    // bold paragraph, not an <h3>) and the signature.
    void chaptersAndMembership()
    {
        QStringList top;
        for (const Provision& p : m_edition.provisions)
            top << provisionKindName(p.kind) + u' ' + p.key + u' ' + p.anchor;
        QCOMPARE(top,
            (QStringList {
                QStringLiteral("preamble preamble z33"),
                QStringLiteral("chapter ch:1 z28"),
                QStringLiteral("chapter ch:2 z29"),
                QStringLiteral("chapter ch:3 z30"),
                QStringLiteral("chapter ch:4 z31"),
                QStringLiteral("chapter ch:5 z32"),
                QStringLiteral("signature signature "),
            }));
        const QStringList chapterStarts { QStringLiteral("ОБЩИЕ"), QStringLiteral("МЕРЫ"), QStringLiteral("СУБЪЕКТЫ"),
            QStringLiteral("УСТРАНЕНИЕ"), QStringLiteral("Заключительные") };
        for (int i = 0; i < chapterStarts.size(); ++i)
            QVERIFY(m_edition.provisions.at(i + 1).heading.startsWith(chapterStarts.at(i)));

        QStringList membership;
        for (const Provision& ch : m_edition.provisions) {
            if (ch.kind != ProvisionKind::Chapter)
                continue;
            QStringList articles;
            for (const Provision& a : ch.children) {
                QCOMPARE(a.kind, ProvisionKind::Article);
                articles << a.key;
            }
            membership << ch.key + u": " + articles.join(u' ');
        }
        QCOMPARE(membership,
            (QStringList {
                QStringLiteral("ch:1: 1 2 3 4 5"),
                QStringLiteral("ch:2: 6 7 8 9 10 11 12 13 14 14-1 15 16 17"),
                QStringLiteral("ch:3: 18 19 20 21 22 23 24 24-1 24-2 24-3 24-4"),
                QStringLiteral("ch:4: 25 26"),
                QStringLiteral("ch:5: 26-1 27"),
            }));
    }

    // Articles 1..27 all present (plus the inserted 14-1, 24-1..24-4, 26-1),
    // each with its own anchor zN and number.
    void everyArticle()
    {
        int numbered = 0;
        for (int n = 1; n <= 27; ++n) {
            const Provision* a = findKey(m_edition.provisions, QString::number(n));
            QVERIFY2(a, qPrintable(QString::number(n)));
            QCOMPARE(a->kind, ProvisionKind::Article);
            QCOMPARE(a->number, QString::number(n));
            QCOMPARE(a->anchor, u'z' + QString::number(n));
            QVERIFY(!a->heading.isEmpty());
            ++numbered;
        }
        QCOMPARE(numbered, 27);
        QVERIFY(findKey(m_edition.provisions, QStringLiteral("1"))->heading.startsWith(QStringLiteral("Разъяснение")));
        QVERIFY(findKey(m_edition.provisions, QStringLiteral("27"))->heading.startsWith(QStringLiteral("Порядок")));
    }

    void paragraphsAndSubparagraphs()
    {
        const Provision* a1 = findKey(m_edition.provisions, QStringLiteral("1"));
        QVERIFY(a1);
        QVERIFY(a1->text.startsWith(QStringLiteral("Содержащиеся")));
        QStringList keys;
        for (const Provision& c : a1->children)
            keys << c.key;
        QCOMPARE(keys,
            (QStringList { QStringLiteral("1/1"), QStringLiteral("1/1-1"), QStringLiteral("1/2"),
                QStringLiteral("1/2-1"), QStringLiteral("1/3"), QStringLiteral("1/4"), QStringLiteral("1/5"),
                QStringLiteral("1/6"), QStringLiteral("1/7"), QStringLiteral("1/8"), QStringLiteral("1/9"),
                QStringLiteral("1/10"), QStringLiteral("1/11"), QStringLiteral("1/12"), QStringLiteral("1/13"),
                QStringLiteral("1/14") }));
        QCOMPARE(child(*a1, QStringLiteral("1/1"))->anchor, QStringLiteral("z34"));
        QCOMPARE(child(*a1, QStringLiteral("1/1"))->kind, ProvisionKind::Subparagraph);
        // The inserted 1-1) has no id of its own; the red note before it took
        // its anchor, and the note is attached to it.
        const Provision* s11 = child(*a1, QStringLiteral("1/1-1"));
        QCOMPARE(s11->anchor, QStringLiteral("z138"));
        QCOMPARE(s11->notes.size(), 1);
        QCOMPARE(s11->notes.first().kind, NoteKind::Editorial);
        QVERIFY(s11->notes.first().text.startsWith(QStringLiteral("Примечание ИЗПИ!\nВ подпункт 1-1)")));
        QCOMPARE(child(*a1, QStringLiteral("1/4"))->anchor, QStringLiteral("z37"));

        const Provision* p = findKey(m_edition.provisions, QStringLiteral("5/2/3"));
        QVERIFY(p);
        QCOMPARE(p->kind, ProvisionKind::Subparagraph);
        QVERIFY(findKey(m_edition.provisions, QStringLiteral("13/1-1")));
        QCOMPARE(findKey(m_edition.provisions, QStringLiteral("13/1-1"))->kind, ProvisionKind::Paragraph);
        QVERIFY(findKey(m_edition.provisions, QStringLiteral("21/1/3-1")));
        QCOMPARE(findKey(m_edition.provisions, QStringLiteral("2/1"))->anchor, QStringLiteral("z47"));
        QCOMPARE(findKey(m_edition.provisions, QStringLiteral("12/note"))->kind, ProvisionKind::Note);
        QCOMPARE(findKey(m_edition.provisions, QStringLiteral("27/3-1"))->anchor, QStringLiteral("z189"));
    }

    // Repealed items shown in the note style keep their keys.
    void repealedItems()
    {
        for (const QString& key : { QStringLiteral("13/2"), QStringLiteral("13/3"), QStringLiteral("13/6") }) {
            const Provision* p = findKey(m_edition.provisions, key);
            QVERIFY2(p, qPrintable(key));
            QCOMPARE(p->kind, ProvisionKind::Paragraph);
            QVERIFY(p->text.startsWith(QStringLiteral("Исключен")));
        }
        QCOMPARE(findKey(m_edition.provisions, QStringLiteral("13/2"))->anchor, QStringLiteral("z90"));
        const Provision* s = findKey(m_edition.provisions, QStringLiteral("21/2/6"));
        QVERIFY(s);
        QCOMPARE(s->kind, ProvisionKind::Subparagraph);
        QVERIFY(s->text.startsWith(QStringLiteral("исключен")));
        QVERIFY(findKey(m_edition.provisions, QStringLiteral("27/2"))->text.startsWith(QStringLiteral("Исключен")));
    }

    // Each amendment footnote, split over several spans and links on the page,
    // is one note of the article it names.
    void footnotesOnTheirArticles()
    {
        const Provision* a1 = findKey(m_edition.provisions, QStringLiteral("1"));
        QCOMPARE(a1->notes.size(), 1);
        const ProvisionNote& n = a1->notes.first();
        QCOMPARE(n.kind, NoteKind::Footnote);
        QVERIFY(n.text.startsWith(QStringLiteral("Сноска. Статья 1 с изменениями")));
        QVERIFY(!n.text.contains(u'\n'));
        QVERIFY(n.links.size() >= 2);
        QCOMPARE(n.links.first().text, QStringLiteral("№ 484-V"));
        QVERIFY(n.links.first().href.startsWith(QStringLiteral("https://adilet.zan.kz/rus/docs/Z1600000484")));

        // Every footnote "Сноска. Статья N …" sits on article N.
        int footnotes = 0;
        std::function<void(const QList<Provision>&)> walk = [&](const QList<Provision>& nodes) {
            for (const Provision& p : nodes) {
                for (const ProvisionNote& note : p.notes) {
                    if (note.kind != NoteKind::Footnote)
                        continue;
                    ++footnotes;
                    const QString prefix = QStringLiteral("Сноска. Статья ");
                    if (note.text.startsWith(prefix)) {
                        const QString number = note.text.mid(prefix.size()).section(u' ', 0, 0);
                        QCOMPARE(p.kind, ProvisionKind::Article);
                        QCOMPARE(p.key, number);
                    }
                }
                walk(p.children);
            }
        };
        walk(m_edition.provisions);
        QVERIFY(footnotes >= 20);
        const Provision* ch5 = findKey(m_edition.provisions, QStringLiteral("ch:5"));
        QCOMPARE(ch5->notes.size(), 1);
        QVERIFY(ch5->notes.first().text.startsWith(QStringLiteral("Сноска. Заголовок главы 5")));
    }

    void preambleAndSignature()
    {
        const Provision& pre = m_edition.provisions.first();
        QVERIFY(pre.text.startsWith(QStringLiteral("Настоящий Закон регулирует")));
        QCOMPARE(pre.notes.size(), 3);
        for (const ProvisionNote& n : pre.notes)
            QCOMPARE(n.kind, NoteKind::Editorial);
        QVERIFY(pre.notes.at(0).text.startsWith(QStringLiteral("Примечание РЦПИ!")));
        const Provision& sig = m_edition.provisions.last();
        QCOMPARE(sig.kind, ProvisionKind::Signature);
        QVERIFY(sig.text.startsWith(QStringLiteral("Президент")));
    }
};

QTEST_GUILESS_MAIN(TestRealPage)
#include "tst_real_page.moc"
