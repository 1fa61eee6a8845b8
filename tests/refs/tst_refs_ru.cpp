// Russian citations. All sentences are fictional, shaped like official ones.
#include "refs/reference_finder.h"
#include "refs_test_util.h"

#include <QTest>

using namespace zanlink;

class TestRefsRu : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void citations_data();
    void citations();
    void phraseAndName();
};

void TestRefsRu::citations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("provisionKey");
    QTest::addColumn<QStringList>("expected");
    const QString self = QStringLiteral("Z2300000018");
    Q_UNUSED(self)
    QTest::newRow("this article") << QStringLiteral("Лицо, названное в пункте 4 настоящей статьи, сообщает об этом.")
                                  << QStringLiteral("41-1/2")
                                  << QStringList { QStringLiteral("internal Z2300000018 [41-1/4@4]") };
    QTest::newRow("gazette issue is not an article") << QStringLiteral(
        "Признать утратившим силу вымышленный закон (Ведомости, 1998 г., № 15, ст. 209; № 13-14, ст. 172).")
                                                     << QStringLiteral("27/4") << QStringList {};
    QTest::newRow("list with numbering")
        << QStringLiteral("Требование, указанное в пунктах 1-1 и 2 настоящей статьи, исполняется.")
        << QStringLiteral("41-1/6") << QStringList { QStringLiteral("internal Z2300000018 [41-1/1-1@1-1 41-1/2@2]") };
    QTest::newRow("other act quoted") << QStringLiteral(
        "Согласно пункту 5 статьи 41-1 Закона Республики Казахстан \"О связи\" доступ возобновляется.")
                                      << QStringLiteral("9/1")
                                      << QStringList { QStringLiteral("other-act Z040000567_ [41-1/5@5]") };
    QTest::newRow("guillemets instrumental")
        << QStringLiteral("В порядке, определенном пунктом 1 статьи 40 Закона Республики Казахстан «О масс-медиа».")
        << QStringLiteral("9/1") << QStringList { QStringLiteral("other-act Z2400000093 [40/1@1]") };
    QTest::newRow("subparagraphs of this paragraph")
        << QStringLiteral("Кроме случаев, предусмотренных подпунктами 1) и 2) настоящего пункта.")
        << QStringLiteral("41-1/1-2")
        << QStringList { QStringLiteral("internal Z2300000018 [41-1/1-2/1@1) 41-1/1-2/2@2)]") };
    QTest::newRow("full chain") << QStringLiteral(
        "Сведения по подпунктам 1) и 3) пункта 2 статьи 19 настоящего Закона хранятся год.")
                                << QString()
                                << QStringList { QStringLiteral("internal Z2300000018 [19/2/1@1) 19/2/3@3)]") };
    QTest::newRow("sub under article") << QStringLiteral(
        "В случае, указанном в подпункте 7) статьи 2, заявление не нужно.")
                                       << QString() << QStringList { QStringLiteral("internal Z2300000018 [2/7@7)]") };
    QTest::newRow("abbreviations") << QStringLiteral("Порядок применения вымышленных правил см. ст. 25")
                                   << QStringLiteral("1")
                                   << QStringList { QStringLiteral("internal Z2300000018 [25@25]") };
    QTest::newRow("abbreviated chain") << QStringLiteral("как сказано в пп. 3) п. 2 ст. 7") << QStringLiteral("1")
                                       << QStringList { QStringLiteral("internal Z2300000018 [7/2/3@3)]") };
    QTest::newRow("code part") << QStringLiteral("Действие, названное в части 2 статьи 105 Кодекса Республики "
                                                 "Казахстан об административных правонарушениях, наказуемо.")
                               << QStringLiteral("1")
                               << QStringList { QStringLiteral("other-act K1400000235 [105/2@2]") };
    QTest::newRow("code genitive adjective")
        << QStringLiteral("по статье 174 Уголовного кодекса Республики Казахстан") << QString()
        << QStringList { QStringLiteral("other-act K1400000226 [174@174]") };
    QTest::newRow("range en dash") << QStringLiteral("Нормы, установленные статьями 5–7, действуют.") << QString()
                                   << QStringList { QStringLiteral("internal Z2300000018 [5@5–7 6@5–7 7@5–7]") };
    QTest::newRow("hyphen is numbering") << QStringLiteral("Норма статьи 5-7 действует.") << QString()
                                         << QStringList { QStringLiteral("internal Z2300000018 [5-7@5-7]") };
    QTest::newRow("chapter") << QStringLiteral("Положения главы 3 применяются к ним.") << QString()
                             << QStringList { QStringLiteral("internal Z2300000018 [ch:3@3]") };
    QTest::newRow("this paragraph") << QStringLiteral(
        "за исключением случаев, предусмотренных пунктом 1-2 настоящей статьи")
                                    << QStringLiteral("41-1/1")
                                    << QStringList { QStringLiteral("internal Z2300000018 [41-1/1-2@1-2]") };
    QTest::newRow("bare paragraph in article")
        << QStringLiteral("с учетом пункта 3 вымышленные сроки продлеваются") << QStringLiteral("12/1")
        << QStringList { QStringLiteral("internal Z2300000018 [12/3@3]") };
    QTest::newRow("footnote unknown amending act")
        << QStringLiteral(
               "Сноска. Статья 117 исключена Законом РК от 03.07.2014 № 230-V (вводится в действие вымышленно).")
        << QStringLiteral("117")
        << QStringList { QStringLiteral("internal Z2300000018 [117@117]"), QStringLiteral("unresolved - []") };
    QTest::newRow("footnote known act by date and number")
        << QStringLiteral("Сноска. Статья 3 дополнена Законом РК от 19.06.2024 № 93-VIII (вымышленно).")
        << QStringLiteral("3")
        << QStringList { QStringLiteral("internal Z2300000018 [3@3]"), QStringLiteral("other-act Z2400000093 []") };
    QTest::newRow("long date form") << QStringLiteral(
        "в силу Закона Республики Казахстан от 5 июля 2004 года № 567-II вымышленные сети закрываются")
                                    << QString() << QStringList { QStringLiteral("other-act Z040000567_ []") };
    QTest::newRow("whole act named") << QStringLiteral("в соответствии с Законом Республики Казахстан \"О связи\"")
                                     << QString() << QStringList { QStringLiteral("other-act Z040000567_ []") };
    QTest::newRow("unknown title") << QStringLiteral(
        "согласно статье 8 Закона Республики Казахстан «О вымышленных садах»")
                                   << QString() << QStringList { QStringLiteral("unresolved - [8@8]") };
    QTest::newRow("imported act") << QStringLiteral(
        "согласно статье 8 Закона Республики Казахстан «О вымышленных реестрах»")
                                  << QString() << QStringList { QStringLiteral("other-act Z2000000999 [8@8]") };
    QTest::newRow("no citations") << QStringLiteral("Статус вымышленной организации, пункт назначения и часть текста.")
                                  << QStringLiteral("1") << QStringList {};
}

void TestRefsRu::citations()
{
    QFETCH(QString, text);
    QFETCH(QString, provisionKey);
    QFETCH(QStringList, expected);
    const ReferenceContext ctx { QStringLiteral("Z2300000018"), Language::Ru, provisionKey };
    const QList<Reference> refs = findReferences(text, ctx, test::directory());
    QCOMPARE(test::describeAll(refs, text), expected);
}

void TestRefsRu::phraseAndName()
{
    const QString text
        = QStringLiteral("Как указано в пункте 5 статьи 41-1 Закона Республики Казахстан «О связи», доступ открыт.");
    const ReferenceContext ctx { QStringLiteral("Z2300000018"), Language::Ru, QStringLiteral("9") };
    const QList<Reference> refs = findReferences(text, ctx, test::directory());
    QCOMPARE(refs.size(), 1);
    QCOMPARE(refs.first().text, QStringLiteral("пункте 5 статьи 41-1 Закона Республики Казахстан «О связи»"));
    QCOMPARE(refs.first().actName, QStringLiteral("Закона Республики Казахстан «О связи»"));
    QCOMPARE(text.mid(refs.first().start, refs.first().length), refs.first().text);

    // free text: no act of its own
    const QString free = QStringLiteral("Смотрите статью 5 и пункт 2.");
    const QList<Reference> loose = findReferences(free, ReferenceContext { {}, Language::Ru, {} }, test::directory());
    QCOMPARE(test::describeAll(loose, free), QStringList { QStringLiteral("unresolved - [5@5]") });
    const QString selfFree = QStringLiteral("по статье 5 настоящего Закона");
    const QList<Reference> s = findReferences(selfFree, ReferenceContext { {}, Language::Ru, {} }, test::directory());
    QCOMPARE(s.size(), 1);
    QCOMPARE(s.first().kind, ReferenceKind::Unresolved);
    QCOMPARE(s.first().actName, QStringLiteral("настоящего Закона"));
}

QTEST_GUILESS_MAIN(TestRefsRu)
#include "tst_refs_ru.moc"
