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
        static const QRegularExpression placeholder(QStringLiteral("%\\d|%n"));
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
                // Plural messages hold one <numerusform> per form of the language.
                QString text;
                QStringList forms;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == u"numerusform")
                        forms << xml.readElementText();
                    else if (xml.isEndElement() && xml.name() == u"translation")
                        break;
                }
                if (forms.isEmpty())
                    forms << text;
                for (const QString& form : forms) {
                    if (!type.isEmpty() || form.trimmed().isEmpty())
                        problems << QStringLiteral("unfinished: ") + source;
                    else if (placeholders(form) != placeholders(source))
                        problems << QStringLiteral("placeholders differ: ") + source;
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 50);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
