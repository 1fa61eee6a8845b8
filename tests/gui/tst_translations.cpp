// Every interface string has a finished Kazakh and Russian translation that
// keeps the placeholders (%1, %2…) of its source; Qt's own strings (standard
// buttons, context menus, key names) follow the interface language, Kazakh
// from ZanLink's qtbase_kk and Russian from Qt's qtbase_ru.
#include "ui_language.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using zanlink::Language;
using zanlink::UiLanguage;

namespace {

QString qt(const char* context, const char* source)
{
    return QCoreApplication::translate(context, source);
}

// The mnemonic of a menu or button text: one '&' not doubled.
bool hasMnemonic(const QString& s)
{
    return QString(s).remove(QStringLiteral("&&")).contains(u'&');
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ZanLinkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    }

    void complete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("mnemonics");
        QTest::newRow("kk") << QStringLiteral("zanlink_kk.ts") << false;
        QTest::newRow("ru") << QStringLiteral("zanlink_ru.ts") << false;
        // Qt's own strings: a menu entry or button keeps its keyboard mnemonic.
        QTest::newRow("qtbase_kk") << QStringLiteral("qtbase_kk.ts") << true;
    }

    void complete()
    {
        QFETCH(QString, file);
        QFETCH(bool, mnemonics);
        QFile f(QStringLiteral(ZANLINK_TRANSLATIONS "/") + file);
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
                    else if (mnemonics && hasMnemonic(form) != hasMnemonic(source))
                        problems << QStringLiteral("mnemonic differs: ") + source;
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 50);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Switching the interface language at run time brings Qt's standard
    // buttons, context menus and key names along, and leaves none behind.
    void qtStringsFollowInterfaceLanguage()
    {
        UiLanguage::apply(Language::Kk);
        QCOMPARE(qt("QPlatformTheme", "Cancel"), QStringLiteral("Болдырмау"));
        QCOMPARE(qt("QPlatformTheme", "Save"), QStringLiteral("Сақтау"));
        QCOMPARE(qt("QPlatformTheme", "&Yes"), QStringLiteral("&Иә"));
        QCOMPARE(qt("QLineEdit", "Cu&t"), QStringLiteral("Қ&иып алу"));
        QCOMPARE(qt("QLineEdit", "&Paste"), QStringLiteral("Қо&ю"));
        QCOMPARE(qt("QWidgetTextControl", "&Copy"), QStringLiteral("&Көшіру"));
        QCOMPARE(qt("QWidgetTextControl", "Select All"), QStringLiteral("Барлығын ерекшелеу"));
        QCOMPARE(qt("QFileDialog", "Files of type:"), QStringLiteral("Файл түрлері:"));
        QCOMPARE(qt("QMessageBox", "Show Details..."), QStringLiteral("Толығырақ көрсету..."));
        QCOMPARE(qt("QShortcut", "Space"), QStringLiteral("Бос орын"));

        const QString ruPath = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_ru.qm";
        QVERIFY2(QFile::exists(ruPath), qPrintable(ruPath + u" is missing (Debian: qt6-translations-l10n)"));
        UiLanguage::apply(Language::Ru);
        QCOMPARE(qt("QPlatformTheme", "Cancel"), QStringLiteral("Отмена"));
        QCOMPARE(qt("QLineEdit", "&Paste"), QStringLiteral("В&ставить"));
        QCOMPARE(qt("QWidgetTextControl", "&Copy"), QStringLiteral("&Копировать"));

        UiLanguage::apply(Language::En);
        QCOMPARE(qt("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
        QCOMPARE(qt("QLineEdit", "&Paste"), QStringLiteral("&Paste"));

        UiLanguage::apply(Language::Kk);
        QCOMPARE(qt("QPlatformTheme", "Cancel"), QStringLiteral("Болдырмау"));
        QCOMPARE(UiLanguage::current(), Language::Kk);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
