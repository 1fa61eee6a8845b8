// The numbering grammar on hand-made block streams (fictional text).

#include "importer/numbering_grammar.h"
#include "tree_dump.h"

#include <QTest>

using namespace zanlink;
using namespace zanlink::test;

namespace {

// "text", "B:text" (bold), "R:text" (red), "N:text" (note style),
// "T:text" (in a table); "@z5 " after the flags gives an anchor.
QList<TextBlock> blocks(const QStringList& lines)
{
    QList<TextBlock> out;
    int line = 0;
    for (QString l : lines) {
        TextBlock b;
        b.line = ++line;
        const qsizetype colon = l.indexOf(u':');
        if (colon > 0 && colon <= 3 && l.left(colon).toUpper() == l.left(colon)) {
            const QString flags = l.left(colon);
            b.bold = flags.contains(u'B');
            b.red = flags.contains(u'R');
            b.noteStyled = flags.contains(u'N');
            b.inTable = flags.contains(u'T');
            l = l.mid(colon + 1);
        }
        if (l.startsWith(u'@')) {
            b.anchor = l.mid(1).section(u' ', 0, 0);
            l = l.section(u' ', 1);
        }
        b.text = l;
        out << b;
    }
    return out;
}

GrammarResult parse(const QStringList& lines, Language lang)
{
    ImportError err;
    const std::optional<GrammarResult> r = parseNumbering(blocks(lines), lang, QStringLiteral("fictional.txt"), &err);
    if (!r)
        qWarning("%s", qPrintable(err.toString()));
    return r.value_or(GrammarResult {});
}

} // namespace

class TestNumberingGrammar : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sectionsChaptersArticles()
    {
        const GrammarResult r = parse(
            {
                QStringLiteral("B:Раздел 1. ВЫМЫШЛЕННАЯ ЧАСТЬ"),
                QStringLiteral("B:Глава 1. Вымышленная глава"),
                QStringLiteral("B:@z1 Статья 1. Первая"),
                QStringLiteral("@z2 1. Первый пункт:"),
                QStringLiteral("1) первый подпункт;"),
                QStringLiteral("3-1) вставленный подпункт."),
                QStringLiteral("Продолжение после подпунктов."),
                QStringLiteral("Еще одна часть."),
                QStringLiteral("1-2. Вставленный пункт."),
                QStringLiteral("Примечание. Первое примечание."),
                QStringLiteral("Примечание 2: Второе примечание."),
                QStringLiteral("B:Глава 2. Вторая глава"),
                QStringLiteral("B:Статья 41-1. Вставленная статья"),
                QStringLiteral("Текст статьи без пунктов."),
                QStringLiteral("B:Раздел 2. ВТОРАЯ ЧАСТЬ"),
                QStringLiteral("B:Статья 42. Статья без главы"),
            },
            Language::Ru);
        QCOMPARE(r.warnings, QStringList());
        ZL_COMPARE_TEXT(dumpTree(r.provisions),
            QStringLiteral("section sec:1 | 1 | ВЫМЫШЛЕННАЯ ЧАСТЬ |  | \n"
                           "  chapter ch:1 | 1 | Вымышленная глава |  | \n"
                           "    article 1 | 1 | Первая |  | z1\n"
                           "      paragraph 1/1 | 1 |  | Первый пункт: | z2\n"
                           "        subparagraph 1/1/1 | 1 |  | первый подпункт; | \n"
                           "        subparagraph 1/1/3-1 | 3-1 |  | вставленный подпункт. | \n"
                           "        text 1/1/t1 |  |  | Продолжение после подпунктов. | \n"
                           "        text 1/1/t2 |  |  | Еще одна часть. | \n"
                           "      paragraph 1/1-2 | 1-2 |  | Вставленный пункт. | \n"
                           "      note 1/note |  |  | Первое примечание. | \n"
                           "      note 1/note2 |  |  | Второе примечание. | \n"
                           "  chapter ch:2 | 2 | Вторая глава |  | \n"
                           "    article 41-1 | 41-1 | Вставленная статья | Текст статьи без пунктов. | \n"
                           "section sec:2 | 2 | ВТОРАЯ ЧАСТЬ |  | \n"
                           "  article 42 | 42 | Статья без главы |  | "));
    }

    void kazakhHeadingsAndLatinI()
    {
        const GrammarResult r = parse(
            {
                QStringLiteral("B:1-бөлім. ОЙДАН ШЫҒАРЫЛҒАН БӨЛІМ"),
                QStringLiteral("B:1-тарау. Ойдан шығарылған тарау"),
                QStringLiteral("B:5-бап. Ойдан шығарылған бап"),
                QStringLiteral("1. Осы Заң қолданысқа енгiзiледi."),
                QStringLiteral("Ескертпе. Ойдан шығарылған ескертпе."),
                QStringLiteral(
                    "N:Ескерту. 5-бап жаңа редакцияда - ҚР 01.01.2100 № 1-IX Заңымен (қолданысқа енгiзiледi)."),
                QStringLiteral("T:Қазақстан Республикасының"),
                QStringLiteral("T:Президентi"),
            },
            Language::Kk);
        ZL_COMPARE_TEXT(dumpTree(r.provisions),
            QStringLiteral("section sec:1 | 1 | ОЙДАН ШЫҒАРЫЛҒАН БӨЛІМ |  | \n"
                           "  chapter ch:1 | 1 | Ойдан шығарылған тарау |  | \n"
                           "    article 5 | 5 | Ойдан шығарылған бап |  | \n"
                           "      = footnote: Ескерту. 5-бап жаңа редакцияда - ҚР 01.01.2100 № 1-IX Заңымен "
                           "(қолданысқа енгізіледі).\n"
                           "      paragraph 5/1 | 1 |  | Осы Заң қолданысқа енгізіледі. | \n"
                           "      note 5/note |  |  | Ойдан шығарылған ескертпе. | \n"
                           "signature signature |  |  | Қазақстан Республикасының ⏎ Президенті | "));
    }

    void englishHeadings()
    {
        const GrammarResult r = parse(
            {
                QStringLiteral("B:Chapter 3. FICTIONAL CHAPTER"),
                QStringLiteral("R:Note of the ILLI!"),
                QStringLiteral("R:Article 9 is to be amended by a fictional law."),
                QStringLiteral("B:Article 9. Fictional article"),
                QStringLiteral("1. A fictional paragraph referred to in paragraph 2 of Article 9 of this Law."),
                QStringLiteral("Footnote. Article 9 as amended by the Law dated 01.01.2100 No. 1-IX."),
                QStringLiteral("Note. A fictional note."),
            },
            Language::En);
        ZL_COMPARE_TEXT(dumpTree(r.provisions),
            QStringLiteral("chapter ch:3 | 3 | FICTIONAL CHAPTER |  | \n"
                           "  article 9 | 9 | Fictional article |  | \n"
                           "    = editorial: Note of the ILLI! ⏎ Article 9 is to be amended by a fictional law.\n"
                           "    = footnote: Footnote. Article 9 as amended by the Law dated 01.01.2100 No. 1-IX.\n"
                           "    paragraph 9/1 | 1 |  | A fictional paragraph referred to in paragraph 2 of Article 9 "
                           "of this Law. | \n"
                           "    note 9/note |  |  | A fictional note. | "));
    }

    // An editor's note before a heading takes over its anchor; the heading is
    // recognised by its text and gets the anchor back.
    void redNoteHandsOnItsAnchor()
    {
        const GrammarResult r = parse(
            {
                QStringLiteral("B:@z1 Статья 1. Первая"),
                QStringLiteral("1. Пункт."),
                QStringLiteral("R:@z7 Примечание ИЗПИ!"),
                QStringLiteral("R:В статью 2 предусматривается изменение."),
                QStringLiteral("B:Статья 2. Вторая"),
                QStringLiteral("@z9 1. Пункт со своим якорем."),
            },
            Language::Ru);
        ZL_COMPARE_TEXT(dumpTree(r.provisions),
            QStringLiteral("article 1 | 1 | Первая |  | z1\n"
                           "  paragraph 1/1 | 1 |  | Пункт. | \n"
                           "article 2 | 2 | Вторая |  | z7\n"
                           "  = editorial: Примечание ИЗПИ! ⏎ В статью 2 предусматривается изменение.\n"
                           "  paragraph 2/1 | 1 |  | Пункт со своим якорем. | z9"));
    }

    void repealedItemsInNoteStyle()
    {
        const GrammarResult r = parse(
            {
                QStringLiteral("B:Статья 1. Первая"),
                QStringLiteral("1. Пункт:"),
                QStringLiteral("1) подпункт;"),
                QStringLiteral("N:@z3 2) исключен Законом РК от 01.01.2100 № 1-IX."),
                QStringLiteral("N:@z4 2. Исключен Законом РК от 01.01.2100 № 1-IX."),
                QStringLiteral("N:Порядок введения в действие см. ст. 5."),
                QStringLiteral("3. Пункт."),
            },
            Language::Ru);
        ZL_COMPARE_TEXT(dumpTree(r.provisions),
            QStringLiteral("article 1 | 1 | Первая |  | \n"
                           "  paragraph 1/1 | 1 |  | Пункт: | \n"
                           "    subparagraph 1/1/1 | 1 |  | подпункт; | \n"
                           "    subparagraph 1/1/2 | 2 |  | исключен Законом РК от 01.01.2100 № 1-IX. | z3\n"
                           "  paragraph 1/2 | 2 |  | Исключен Законом РК от 01.01.2100 № 1-IX. | z4\n"
                           "  paragraph 1/3 | 3 |  | Пункт. | \n"
                           "    = editorial: Порядок введения в действие см. ст. 5."));
    }

    // Quoted wording is text of the provision quoting it, up to the quote
    // that closes it (quotes nested inside are skipped); text that merely
    // starts with a quoted title is ordinary text.
    void quotedWording()
    {
        const GrammarResult r = parse(
            {
                QStringLiteral("B:Статья 1. Изменения"),
                QStringLiteral("1. Статью 5 изложить в следующей редакции:"),
                QStringLiteral("«Статья 5. Вымышленная"),
                QStringLiteral("1. Пункт со словом «вымышленный»."),
                QStringLiteral("2. Последний пункт.»;"),
                QStringLiteral("2. Пункт после цитаты."),
                QStringLiteral("B:Статья 2. Вторая"),
                QStringLiteral("\"Вымышленные правила\" применяются так:"),
                QStringLiteral("1. Пункт."),
            },
            Language::Ru);
        QCOMPARE(r.warnings, QStringList());
        ZL_COMPARE_TEXT(dumpTree(r.provisions),
            QStringLiteral(
                "article 1 | 1 | Изменения |  | \n"
                "  paragraph 1/1 | 1 |  | Статью 5 изложить в следующей редакции: ⏎ «Статья 5. Вымышленная ⏎ "
                "1. Пункт со словом «вымышленный». ⏎ 2. Последний пункт.»; | \n"
                "  paragraph 1/2 | 2 |  | Пункт после цитаты. | \n"
                "article 2 | 2 | Вторая | \"Вымышленные правила\" применяются так: | \n"
                "  paragraph 2/1 | 1 |  | Пункт. | "));
    }

    void unclosedQuoteWarns()
    {
        const GrammarResult r = parse(
            {
                QStringLiteral("B:Статья 1. Изменения"),
                QStringLiteral("1. Изложить:"),
                QStringLiteral("«Статья 5. Без конца"),
                QStringLiteral("1. Пункт."),
            },
            Language::Ru);
        QCOMPARE(r.warnings,
            QStringList { QStringLiteral("fictional.txt:3: quoted wording opened here is never closed; the text "
                                         "after it was kept inside paragraph \"1/1\"") });
    }

    // The signature table ends quoted wording left open (and the tree stays
    // sound: the quoting node is not touched after the top level grows).
    void signatureEndsOpenQuote()
    {
        const GrammarResult r = parse(
            {
                QStringLiteral("Преамбула."),
                QStringLiteral("«Цитата без конца"),
                QStringLiteral("T:Президент"),
                QStringLiteral("T:И. ВЫМЫШЛЕННЫЙ"),
                QStringLiteral("B:Статья 1. После подписи"),
            },
            Language::Ru);
        QCOMPARE(r.warnings,
            QStringList { QStringLiteral("fictional.txt:2: quoted wording opened here is never closed; "
                                         "the text after it was kept inside preamble \"preamble\"") });
        ZL_COMPARE_TEXT(dumpTree(r.provisions),
            QStringLiteral("preamble preamble |  |  | Преамбула. ⏎ «Цитата без конца | \n"
                           "signature signature |  |  | Президент ⏎ И. ВЫМЫШЛЕННЫЙ | \n"
                           "article 1 | 1 | После подписи |  | "));
    }

    void repeatedKeyWarns()
    {
        const GrammarResult r = parse(
            {
                QStringLiteral("B:Статья 1. Первая"),
                QStringLiteral("1. Пункт."),
                QStringLiteral("1. Снова пункт 1."),
            },
            Language::Ru);
        QCOMPARE(r.warnings,
            QStringList {
                QStringLiteral("fictional.txt:3: paragraph \"1/1\" appears again; the repeat is kept as \"1/1~2\"") });
        QCOMPARE(allKeys(r.provisions),
            (QStringList { QStringLiteral("1"), QStringLiteral("1/1"), QStringLiteral("1/1~2") }));
    }

    // Copied text has no table: a short "Президент" line after the articles
    // starts the signature, and the lines under it join it.
    void signatureWithoutTable()
    {
        const GrammarResult r = parse(
            {
                QStringLiteral("Президент Республики Казахстан утверждает вымышленный порядок."),
                QStringLiteral("B:Статья 1. Первая"),
                QStringLiteral("Президент Республики Казахстан вправе вымышленно."),
                QStringLiteral("Президент"),
                QStringLiteral("Республики Казахстан"),
                QStringLiteral("Астана, Акорда, 1 апреля 2099 года."),
            },
            Language::Ru);
        QCOMPARE(r.warnings, QStringList());
        ZL_COMPARE_TEXT(dumpTree(r.provisions),
            QStringLiteral(
                "preamble preamble |  |  | Президент Республики Казахстан утверждает вымышленный порядок. | \n"
                "article 1 | 1 | Первая | Президент Республики Казахстан вправе вымышленно. | \n"
                "signature signature |  |  | Президент ⏎ Республики Казахстан ⏎ Астана, Акорда, 1 апреля 2099 года. "
                "| "));
    }

    // Notes before anything else wait for the first provision; a footnote
    // before the first article goes on the chapter.
    void notesBeforeFirstProvision()
    {
        const GrammarResult r = parse(
            {
                QStringLiteral("R:Примечание ИЗПИ!"),
                QStringLiteral("R:Вымышленный текст."),
                QStringLiteral("B:Глава 1. Первая"),
                QStringLiteral("N:Сноска. Глава 1 в редакции вымышленного закона."),
                QStringLiteral("B:Статья 1. Первая"),
            },
            Language::Ru);
        ZL_COMPARE_TEXT(dumpTree(r.provisions),
            QStringLiteral("chapter ch:1 | 1 | Первая |  | \n"
                           "  = editorial: Примечание ИЗПИ! ⏎ Вымышленный текст.\n"
                           "  = footnote: Сноска. Глава 1 в редакции вымышленного закона.\n"
                           "  article 1 | 1 | Первая |  | "));
    }

    void errors()
    {
        ImportError err;
        QVERIFY(!parseNumbering({}, Language::Ru, QStringLiteral("a.txt"), &err));
        QCOMPARE(err.file, QStringLiteral("a.txt"));
        QCOMPARE(err.line, 0);
        QCOMPARE(err.message, QStringLiteral("the file has no text"));

        err = {};
        QVERIFY(!parseNumbering(blocks({ QStringLiteral("Просто текст."), QStringLiteral("Еще текст.") }), Language::Ru,
            QStringLiteral("b.txt"), &err));
        QCOMPARE(err.line, 1);
        QVERIFY(err.message.startsWith(QStringLiteral("no articles found")));

        err = {};
        QVERIFY(!parseNumbering(blocks({ QStringLiteral("x"), QStringLiteral("Article 1. Fictional") }), Language::Kk,
            QStringLiteral("c.txt"), &err));
        QCOMPARE(
            err.message, QStringLiteral("the text is in English, not in Қазақша as was asked; choose the language en"));
    }

    void detectLanguage_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<int>("expected"); // -1: none
        QTest::newRow("ru") << QStringList { QStringLiteral("Статья 1. А"), QStringLiteral("Статья 2. Б") }
                            << static_cast<int>(Language::Ru);
        QTest::newRow("kk") << QStringList { QStringLiteral("1-бап. А"), QStringLiteral("Article 1. B"),
            QStringLiteral("2-бап. Б") }
                            << static_cast<int>(Language::Kk);
        QTest::newRow("en") << QStringList { QStringLiteral("Article 12-1. Fictional") }
                            << static_cast<int>(Language::En);
        QTest::newRow("none") << QStringList { QStringLiteral("Глава 1. Нет статей") } << -1;
        QTest::newRow("empty") << QStringList {} << -1;
    }

    void detectLanguage()
    {
        QFETCH(QStringList, lines);
        QFETCH(int, expected);
        const std::optional<Language> got = zanlink::detectLanguage(blocks(lines));
        if (expected < 0)
            QVERIFY(!got);
        else
            QCOMPARE(got, std::optional<Language>(static_cast<Language>(expected)));
    }
};

QTEST_GUILESS_MAIN(TestNumberingGrammar)
#include "tst_numbering_grammar.moc"
