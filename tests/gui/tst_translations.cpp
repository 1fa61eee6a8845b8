// Every interface string has a finished Kazakh and Russian translation that
// keeps the placeholders (%1, %2…) of its source.
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("kk") << QStringLiteral("kk");
        QTest::newRow("ru") << QStringLiteral("ru");
    }

    void complete()
    {
        QFETCH(QString, lang);
        QFile f(QStringLiteral(ZANLINK_TRANSLATIONS "/zanlink_%1.ts").arg(lang));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        QXmlStreamReader xml(&f);
        QString source;
        int messages = 0;
        QStringList problems;
        static const QRegularExpression placeholder(QStringLiteral("%\\d"));
        auto placeholders = [](const QString& s) {
            QSet<QString> set;
            for (auto it = placeholder.globalMatch(s); it.hasNext();)
                set.insert(it.next().captured(0));
            return set;
        };
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText();
                if (!type.isEmpty() || text.isEmpty())
                    problems << QStringLiteral("unfinished: ") + source;
                else if (placeholders(text) != placeholders(source))
                    problems << QStringLiteral("placeholders differ: ") + source;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 50);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
