// Offscreen tests of spell-check in the editors, with the fictional fixture
// dictionaries (tests/fixtures/spell): misspelt words underlined, the
// right-click suggestions replacing a word in one undo step, "Add to
// dictionary" saved and "Ignore" for the session, the choice of language, the
// setting that turns it off, a missing dictionary named once, the case notes
// in the note's language, and the drafting wizard's fields in the language of
// the wording. All data is fictional.
#include "cases/case_notes_panel.h"
#include "cases/case_store.h"
#include "drafting/draft_fields_page.h"
#include "drafting/draft_wizard.h"
#include "spell/spell_checker.h"
#include "spell/spell_field.h"
#include "spell/spell_highlighter.h"
#include "store/library_store.h"
#include "ui_language.h"
#include "user_prompts.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>

using namespace zanlink;

namespace {

const QString kFixtures = QStringLiteral(ZANLINK_TEST_FIXTURES "/spell");

void saveShot(const QImage& image, const QString& name)
{
    const QString dir = qEnvironmentVariable("ZANLINK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        image.save(dir + u'/' + name);
}

// The window with the menu drawn where it opened (offscreen, a popup is a window of its own).
QImage withMenu(QWidget& window, QMenu* menu, const QPoint& globalPos)
{
    const QImage base = window.grab().toImage();
    menu->adjustSize();
    const QPixmap popup = menu->grab();
    const QPoint at = window.mapFromGlobal(globalPos);
    QImage out(qMax(base.width(), at.x() + popup.width()), qMax(base.height(), at.y() + popup.height()),
        QImage::Format_ARGB32);
    out.fill(Qt::white);
    QPainter p(&out);
    p.drawImage(0, 0, base);
    p.drawPixmap(at, popup);
    p.setPen(QColor(0x80, 0x80, 0x80));
    p.drawRect(QRect(at, popup.size()).adjusted(0, 0, -1, -1));
    return out;
}

// The words of a document drawn with the spell-check underline.
QStringList underlined(const QTextDocument* document)
{
    QStringList out;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        for (const QTextLayout::FormatRange& r : b.layout()->formats()) {
            if (r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline
                && r.format.underlineColor() == SpellHighlighter::misspeltFormat().underlineColor())
                out << b.text().mid(r.start, r.length);
        }
    }
    return out;
}

// A point of the editor's viewport inside the word.
QPoint pointOf(QTextEdit& e, const QString& word)
{
    QTextCursor c = e.document()->find(word);
    c.setPosition(c.selectionStart() + 2);
    return e.cursorRect(c).center();
}

QPoint pointOf(QPlainTextEdit& e, const QString& word)
{
    QTextCursor c = e.document()->find(word);
    c.setPosition(c.selectionStart() + 2);
    return e.cursorRect(c).center();
}

void rightClick(QWidget* target, const QPoint& pos)
{
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, target->mapToGlobal(pos));
    QApplication::sendEvent(target, &event);
}

QStringList actionTexts(QMenu* menu, const QString& name)
{
    QStringList out;
    for (QAction* a : menu->actions()) {
        if (a->objectName() == name)
            out << a->text();
    }
    return out;
}

QAction* action(QMenu* menu, const QString& name)
{
    return menu->findChild<QAction*>(name);
}

} // namespace

class TestSpellCheck : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        UserPrompts::setTestMode(true);
        UiLanguage::apply(Language::Kk);
        QVERIFY(m_dir.isValid());
        SpellChecker::shared().setPersonalFolder(m_dir.filePath(QStringLiteral("spelling")));
    }

    void init()
    {
        QSettings().clear();
        SpellChecker::shared().setEnabled(true);
        SpellChecker::shared().setSearchPaths({ kFixtures }); // unloaded: each test loads afresh
        SpellField::setMenuHandler({});
    }

    void misspeltWordsAreUnderlinedQuietly()
    {
        QTextEdit e;
        e.setPlainText(QStringLiteral("Баланың құкығы 41-1-бабының Z040000567_ https://adilet.zan.kz/kaz ҚР 2026\n"
                                      "Қазақстан Республикасы TikTok"));
        QSignalSpy changed(&e, &QTextEdit::textChanged);
        SpellField* spell = SpellField::attach(&e, Language::Kk);
        QCOMPARE(SpellField::of(&e), spell);
        e.show();
        QVERIFY(QTest::qWaitForWindowExposed(&e));
        QVERIFY(SpellChecker::shared().waitUntilLoaded(Language::Kk));
        QCoreApplication::processEvents();
        QCOMPARE(underlined(e.document()), QStringList { QStringLiteral("құкығы") });
        QCOMPARE(spell->misspeltWords(), QStringList { QStringLiteral("құкығы") });
        QCOMPARE(changed.size(), 0); // underlines are no change of the text (notes would save themselves)
        QVERIFY(!e.document()->isModified());
        QCOMPARE(e.document()->availableUndoSteps(), 0);

        // Typing a misspelt word underlines it.
        QTextCursor end(e.document());
        end.movePosition(QTextCursor::End);
        e.setTextCursor(end);
        for (QChar ch : QStringLiteral(" шагым"))
            QTest::sendKeyEvent(QTest::Click, &e, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        QCOMPARE(underlined(e.document()), (QStringList { QStringLiteral("құкығы"), QStringLiteral("шагым") }));

        spell->setLanguage(std::nullopt);
        QVERIFY(underlined(e.document()).isEmpty());
        spell->setLanguage(Language::Kk);
        QCOMPARE(underlined(e.document()).size(), 2);
    }

    void suggestionsReplaceTheWordInOneUndoStep()
    {
        QMainWindow window;
        auto* e = new QTextEdit(&window);
        window.setCentralWidget(e);
        window.resize(640, 300);
        e->setFontPointSize(13);
        e->setPlainText(QStringLiteral("Баланың құкығы бұзылды деген шағым"));
        SpellField::attach(e, Language::Kk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(SpellChecker::shared().waitUntilLoaded(Language::Kk));
        QVERIFY(!e->document()->isUndoAvailable());

        QStringList offered;
        QStringList standard;
        SpellField::setMenuHandler([&](QMenu* menu) {
            offered = actionTexts(menu, QStringLiteral("spellSuggestion"));
            for (QAction* a : menu->actions())
                standard << a->text();
            const QPoint at = e->viewport()->mapToGlobal(pointOf(*e, QStringLiteral("құкығы")));
            saveShot(withMenu(window, menu, at), QStringLiteral("spell-context-menu.png"));
            if (!offered.isEmpty())
                menu->actions().constFirst()->trigger();
        });
        rightClick(e->viewport(), pointOf(*e, QStringLiteral("құкығы")));
        QVERIFY(!offered.isEmpty());
        QCOMPARE(offered.constFirst(), QStringLiteral("құқығы"));
        QVERIFY(offered.size() <= 6);
        // In the interface language (Kazakh here).
        QVERIFY(standard.contains(QCoreApplication::translate("zanlink::SpellField", "Add to dictionary")));
        QVERIFY(standard.contains(QCoreApplication::translate("zanlink::SpellField", "Ignore")));
        QVERIFY(standard.size() > offered.size() + 3); // the editor's own entries follow
        QCOMPARE(e->toPlainText(), QStringLiteral("Баланың құқығы бұзылды деген шағым"));
        e->undo(); // one step, and nothing before it
        QCOMPARE(e->toPlainText(), QStringLiteral("Баланың құкығы бұзылды деген шағым"));
        QVERIFY(!e->document()->isUndoAvailable());
        e->redo();
        QCOMPARE(e->toPlainText(), QStringLiteral("Баланың құқығы бұзылды деген шағым"));

        // A word spelt right offers no suggestions, but the usual menu and the language.
        offered = { QStringLiteral("not called") };
        bool hasLanguages = false;
        SpellField::setMenuHandler([&](QMenu* menu) {
            offered = actionTexts(menu, QStringLiteral("spellSuggestion"));
            hasLanguages = menu->findChild<QMenu*>(QStringLiteral("spellLanguageMenu")) != nullptr;
        });
        rightClick(e->viewport(), pointOf(*e, QStringLiteral("шағым")));
        QVERIFY(offered.isEmpty());
        QVERIFY(hasLanguages);

        // A read-only editor offers nothing to replace.
        e->undo();
        e->setReadOnly(true);
        offered = { QStringLiteral("not called") };
        rightClick(e->viewport(), pointOf(*e, QStringLiteral("құкығы")));
        QVERIFY(offered.isEmpty());
        e->setReadOnly(false);

        // The keyboard's context-menu key works at the text cursor.
        QTextCursor c = e->document()->find(QStringLiteral("құкығы"));
        c.clearSelection();
        e->setTextCursor(c);
        SpellField::setMenuHandler(
            [&](QMenu* menu) { offered = actionTexts(menu, QStringLiteral("spellSuggestion")); });
        const QPoint atCursor = e->cursorRect().center() + e->viewport()->pos();
        QContextMenuEvent key(QContextMenuEvent::Keyboard, atCursor, e->mapToGlobal(atCursor));
        QApplication::sendEvent(e, &key);
        QCOMPARE(offered.value(0), QStringLiteral("құқығы"));
    }

    void addToDictionaryIsSavedIgnoreIsNot()
    {
        QPlainTextEdit e;
        e.setPlainText(QStringLiteral("Жанарқызы әңгімеші"));
        SpellField* spell = SpellField::attach(&e, Language::Kk);
        e.show();
        QVERIFY(QTest::qWaitForWindowExposed(&e));
        QVERIFY(SpellChecker::shared().waitUntilLoaded(Language::Kk));
        QCOMPARE(underlined(e.document()), (QStringList { QStringLiteral("Жанарқызы"), QStringLiteral("әңгімеші") }));

        std::unique_ptr<QMenu> menu(spell->createContextMenu(pointOf(e, QStringLiteral("Жанарқызы"))));
        QAction* add = action(menu.get(), QStringLiteral("spellAddWord"));
        QVERIFY(add);
        add->trigger();
        QCOMPARE(underlined(e.document()), QStringList { QStringLiteral("әңгімеші") });
        menu.reset(spell->createContextMenu(pointOf(e, QStringLiteral("әңгімеші"))));
        action(menu.get(), QStringLiteral("spellIgnoreWord"))->trigger();
        QVERIFY(underlined(e.document()).isEmpty());

        QFile saved(SpellChecker::shared().personalFile(Language::Kk));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(saved.readAll());
        QVERIFY(text.contains(u"\nЖанарқызы\n"));
        QVERIFY(!text.contains(u"әңгімеші"));

        // Another run of ZanLink reads the word back; the ignored one is flagged again.
        SpellChecker later;
        later.setSearchPaths({ kFixtures });
        later.setPersonalFolder(SpellChecker::shared().personalFolder());
        QVERIFY(later.waitUntilLoaded(Language::Kk));
        QVERIFY(!later.isMisspelt(Language::Kk, QStringLiteral("Жанарқызы")));
        QVERIFY(later.isMisspelt(Language::Kk, QStringLiteral("әңгімеші")));
    }

    void theLanguageAndTheSettingAreChosenFromTheMenu()
    {
        QPlainTextEdit e;
        e.setPlainText(QStringLiteral("закон статьи жалоба"));
        SpellField* spell = SpellField::attach(&e, Language::Kk);
        QSignalSpy chosen(spell, &SpellField::languageChosen);
        e.show();
        QVERIFY(QTest::qWaitForWindowExposed(&e));
        QVERIFY(SpellChecker::shared().waitUntilLoaded(Language::Kk));
        QCOMPARE(underlined(e.document()).size(), 3); // Russian words, checked as Kazakh

        std::unique_ptr<QMenu> menu(spell->createContextMenu(pointOf(e, QStringLiteral("закон"))));
        auto* languages = menu->findChild<QMenu*>(QStringLiteral("spellLanguageMenu"));
        QVERIFY(languages);
        QVERIFY(action(languages, QStringLiteral("spellLanguage_kk"))->isChecked());
        action(languages, QStringLiteral("spellLanguage_ru"))->trigger();
        QCOMPARE(spell->language(), std::optional<Language>(Language::Ru));
        QCOMPARE(chosen.size(), 1);
        QVERIFY(SpellChecker::shared().waitUntilLoaded(Language::Ru));
        QVERIFY(underlined(e.document()).isEmpty());
        e.appendPlainText(QStringLiteral("жалобаа"));
        QCOMPARE(underlined(e.document()), QStringList { QStringLiteral("жалобаа") });

        // Off for every field, remembered; on again.
        menu.reset(spell->createContextMenu(QPoint(2, 2)));
        QAction* enabled = action(menu.get(), QStringLiteral("spellEnabledAction"));
        QVERIFY(enabled && enabled->isChecked());
        enabled->trigger();
        QVERIFY(!SpellField::isSpellingEnabled());
        QCOMPARE(QSettings().value(QStringLiteral("spelling/enabled")).toBool(), false);
        QVERIFY(underlined(e.document()).isEmpty());
        QPlainTextEdit other;
        other.setPlainText(QStringLiteral("жалобаа"));
        SpellField::attach(&other, Language::Ru);
        QCoreApplication::processEvents();
        QVERIFY(underlined(other.document()).isEmpty());
        SpellField::setSpellingEnabled(true);
        QCOMPARE(underlined(e.document()), QStringList { QStringLiteral("жалобаа") });

        menu.reset(spell->createContextMenu(QPoint(2, 2)));
        action(menu->findChild<QMenu*>(QStringLiteral("spellLanguageMenu")), QStringLiteral("spellLanguage_off"))
            ->trigger();
        QCOMPARE(spell->language(), std::nullopt);
        QVERIFY(underlined(e.document()).isEmpty());

        SpellField::rememberLanguage(QStringLiteral("someField"), std::nullopt);
        QCOMPARE(SpellField::rememberedLanguage(QStringLiteral("someField"), Language::Kk), std::nullopt);
        QCOMPARE(SpellField::rememberedLanguage(QStringLiteral("otherField"), Language::Kk),
            std::optional<Language>(Language::Kk));
    }

    void aMissingDictionaryIsSaidOnce()
    {
        QTemporaryDir onlyKazakh;
        for (const char* f : { "kk_KZ.aff", "kk_KZ.dic" })
            QVERIFY(QFile::copy(kFixtures + u'/' + QLatin1String(f), onlyKazakh.filePath(QLatin1String(f))));
        SpellChecker::shared().setSearchPaths({ onlyKazakh.path() });

        QMainWindow window;
        auto* e = new QTextEdit(&window);
        window.setCentralWidget(e);
        e->setToolTip(QStringLiteral("own tooltip"));
        e->setPlainText(QStringLiteral("recieve the law"));
        SpellField* spell = SpellField::attach(e, Language::En);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!SpellChecker::shared().waitUntilLoaded(Language::En));
        const QString said = window.statusBar()->currentMessage();
        QVERIFY2(said.contains(u"en_US.dic") && said.contains(u"hunspell-en-us"), qPrintable(said));
        QCOMPARE(e->toolTip(), said);
        QVERIFY(underlined(e->document()).isEmpty()); // off for that language, the editor still works
        std::unique_ptr<QMenu> menu(spell->createContextMenu(pointOf(*e, QStringLiteral("recieve"))));
        QVERIFY(actionTexts(menu.get(), QStringLiteral("spellSuggestion")).isEmpty());
        QVERIFY(action(menu.get(), QStringLiteral("spellMissing")));
        const QString noDictionary = QCoreApplication::translate("zanlink::SpellField", "%1 (no dictionary)");
        QVERIFY(action(menu.get(), QStringLiteral("spellLanguage_en"))->text().contains(noDictionary.section(QStringLiteral("%1"), 1)));

        window.statusBar()->clearMessage();
        auto* second = new QPlainTextEdit(&window);
        second->setPlainText(QStringLiteral("recieve"));
        SpellField::attach(second, Language::En);
        second->show();
        QVERIFY(window.statusBar()->currentMessage().isEmpty()); // said once
        QCOMPARE(second->toolTip(), said);

        spell->setLanguage(Language::Kk); // a language that has its dictionary
        QCOMPARE(e->toolTip(), QStringLiteral("own tooltip"));
    }

    void caseNotesAreCheckedInTheNotesLanguage()
    {
        QTemporaryDir dir;
        LibraryStore library;
        CaseStore cases;
        QString error;
        QVERIFY2(library.open(dir.filePath(QStringLiteral("library.sqlite")), &error), qPrintable(error));
        QVERIFY2(cases.open(dir.filePath(QStringLiteral("cases.sqlite")), &error), qPrintable(error));
        CaseRecord r;
        r.title = QStringLiteral("Қиялдағы іс: блогер");
        const qint64 caseId = *cases.saveCase(r, &error);
        CaseNote first;
        first.caseId = caseId;
        first.html = QStringLiteral("<p>Баланың <b>құкығы</b> туралы өтініш.</p><p>Блогер шагым жазды.</p>");
        first.plainText = QStringLiteral("Баланың құкығы туралы өтініш.\nБлогер шагым жазды.");
        QVERIFY(cases.saveNote(first, &error));
        CaseNote second = first;
        second.html = QStringLiteral("<p>Жалоба блогера: закон о связи.</p>");
        second.plainText = QStringLiteral("Жалоба блогера: закон о связи.");
        QVERIFY(cases.saveNote(second, &error));

        CaseNotesPanel panel(cases, library);
        panel.resize(900, 420);
        panel.setCase(*cases.caseFile(caseId));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.list()->setCurrentRow(0);
        QSignalSpy changed(&panel, &CaseNotesPanel::changed);
        QSignalSpy typed(panel.editor(), &QTextEdit::textChanged);
        SpellField* spell = panel.spelling();
        QCOMPARE(spell, SpellField::of(panel.editor()));
        QCOMPARE(spell->language(), std::optional<Language>(Language::Kk)); // the interface language
        QVERIFY(SpellChecker::shared().waitUntilLoaded(Language::Kk));
        QCoreApplication::processEvents();
        QStringList marked = underlined(panel.editor()->document());
        QVERIFY2(marked.contains(u"құкығы") && marked.contains(u"шагым"), qPrintable(marked.join(u' ')));
        QCOMPARE(typed.size(), 0); // underlining is no edit: nothing to save
        QVERIFY(!panel.saveNow() || changed.isEmpty());
        QVERIFY(panel.editor()->toHtml().contains(u"құкығы")); // the note's own text and bold kept
        saveShot(panel.grab().toImage(), QStringLiteral("spell-notes-kk.png"));

        // The second note is in Russian: chosen from the menu, remembered for that note.
        panel.list()->setCurrentRow(1);
        QCOMPARE(spell->language(), std::optional<Language>(Language::Kk));
        const qint64 russianNote = panel.currentNoteId();
        std::unique_ptr<QMenu> menu(spell->createContextMenu(QPoint(4, 4)));
        action(menu->findChild<QMenu*>(QStringLiteral("spellLanguageMenu")), QStringLiteral("spellLanguage_ru"))
            ->trigger();
        QVERIFY(SpellChecker::shared().waitUntilLoaded(Language::Ru));
        QVERIFY(underlined(panel.editor()->document()).contains(u"блогера")); // not in the fixture's Russian
        panel.list()->setCurrentRow(0);
        QCOMPARE(spell->language(), std::optional<Language>(Language::Kk));
        panel.list()->setCurrentRow(1);
        QCOMPARE(panel.currentNoteId(), russianNote);
        QCOMPARE(spell->language(), std::optional<Language>(Language::Ru));

        // A new note starts in the language chosen last, and keeps it once saved.
        panel.newNote();
        QCOMPARE(spell->language(), std::optional<Language>(Language::Ru));
        for (QChar ch : QStringLiteral("жалоба"))
            QTest::sendKeyEvent(QTest::Click, panel.editor(), Qt::Key_unknown, QString(ch), Qt::NoModifier);
        QVERIFY(panel.saveNow());
        const qint64 newNote = panel.currentNoteId();
        QVERIFY(newNote != 0);
        CaseNotesPanel again(cases, library);
        again.setCase(*cases.caseFile(caseId));
        for (int row = 0; row < again.list()->count(); ++row) {
            again.list()->setCurrentRow(row);
            if (again.currentNoteId() == newNote || again.currentNoteId() == russianNote)
                QCOMPARE(again.spelling()->language(), std::optional<Language>(Language::Ru));
            else
                QCOMPARE(again.spelling()->language(), std::optional<Language>(Language::Kk));
        }
    }

    void draftFieldsFollowTheWordingLanguage()
    {
        QTemporaryDir dir;
        LibraryStore library;
        CaseStore cases;
        QString error;
        QVERIFY2(library.open(dir.filePath(QStringLiteral("library.sqlite")), &error), qPrintable(error));
        QVERIFY2(cases.open(dir.filePath(QStringLiteral("cases.sqlite")), &error), qPrintable(error));
        CaseRecord r;
        r.title = QStringLiteral("Вымышленное дело");
        const qint64 caseId = *cases.saveCase(r, &error);
        DraftWizard wizard(*cases.caseFile(caseId), &library, RequestType::RemovalRequest, 0);
        wizard.resize(1000, 720);
        auto* lang = wizard.findChild<QComboBox*>(QStringLiteral("draftLanguage"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        lang->setCurrentIndex(lang->findData(QStringLiteral("kk+ru")));
        wizard.next();
        DraftFieldsPage* page = wizard.fieldsPage();
        QCOMPARE(wizard.currentPage(), page);
        auto* facts = qobject_cast<QPlainTextEdit*>(page->editor(QStringLiteral("facts")));
        auto* action = qobject_cast<QLineEdit*>(page->editor(QStringLiteral("actionRequested")));
        QVERIFY(facts && action);
        QCOMPARE(SpellField::of(facts)->language(), std::optional<Language>(Language::Kk));
        QCOMPARE(SpellField::of(action)->language(), std::optional<Language>(Language::Kk));
        QVERIFY(!SpellField::of(page->editor(QStringLiteral("urls")))); // URLs and accounts are no prose
        QVERIFY(!SpellField::of(facts)->isLanguageChoosable());

        QVERIFY(SpellChecker::shared().waitUntilLoaded(Language::Kk));
        facts->setPlainText(QStringLiteral("Блогер шагым жазды. Видео https://video.example/@fictional/1"));
        QCOMPARE(underlined(facts->document()), QStringList { QStringLiteral("шагым") });
        saveShot(wizard.grab().toImage(), QStringLiteral("spell-draft-fields.png"));

        auto* wording = wizard.findChild<QComboBox*>(QStringLiteral("draftWording"));
        wording->setCurrentIndex(wording->findData(QStringLiteral("ru")));
        Q_EMIT wording->activated(wording->currentIndex());
        QCOMPARE(SpellField::of(facts)->language(), std::optional<Language>(Language::Ru));
        QCOMPARE(SpellField::of(action)->language(), std::optional<Language>(Language::Ru));

        // A single-line field: suggestions on right-click, one undo step.
        QVERIFY(SpellChecker::shared().waitUntilLoaded(Language::Ru));
        action->setText(QStringLiteral("удалить видео, жалобаа"));
        QStringList offered;
        SpellField::setMenuHandler([&](QMenu* menu) {
            offered = actionTexts(menu, QStringLiteral("spellSuggestion"));
            QVERIFY(!menu->findChild<QMenu*>(QStringLiteral("spellLanguageMenu"))); // follows the wording
            if (!offered.isEmpty())
                menu->actions().constFirst()->trigger();
        });
        action->setCursorPosition(17);
        rightClick(action, action->inputMethodQuery(Qt::ImCursorRectangle).toRect().center());
        QCOMPARE(offered.value(0), QStringLiteral("жалоба"));
        QCOMPARE(action->text(), QStringLiteral("удалить видео, жалоба"));
        action->undo();
        QCOMPARE(action->text(), QStringLiteral("удалить видео, жалобаа"));
        SpellField::setMenuHandler({});

        // An English draft is checked in English.
        wizard.back();
        lang->setCurrentIndex(lang->findData(QStringLiteral("en")));
        wizard.next();
        QCOMPARE(SpellField::of(facts)->language(), std::optional<Language>(Language::En));
        QVERIFY(SpellChecker::shared().waitUntilLoaded(Language::En));
        facts->setPlainText(QStringLiteral("The complant of the blogger"));
        QCOMPARE(underlined(facts->document()), QStringList { QStringLiteral("complant") });
    }

    void debianKazakhDictionaryInANote()
    {
        SpellChecker::shared().setSearchPaths({ QStringLiteral("/usr/share/hunspell") });
        QMainWindow window;
        auto* e = new QTextEdit(&window);
        window.setCentralWidget(e);
        window.resize(760, 320);
        e->setHtml(QStringLiteral("<p>Баланың кукыгы туралы өтініш: «Байланыс туралы» Қазақстан Республикасы "
                                  "Заңының 41-1-бабының 1-2-тармағына сәйкес (Z040000567_, "
                                  "https://adilet.zan.kz/kaz/docs/Z040000567_, ҚР БАҚ-та).</p>"));
        SpellField::attach(e, Language::Kk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (!SpellChecker::shared().waitUntilLoaded(Language::Kk))
            QSKIP(qPrintable(SpellChecker::shared().loadError(Language::Kk)->message()));
        QCOMPARE(underlined(e->document()), QStringList { QStringLiteral("кукыгы") });
        QStringList offered;
        SpellField::setMenuHandler([&](QMenu* menu) {
            offered = actionTexts(menu, QStringLiteral("spellSuggestion"));
            const QPoint at = e->viewport()->mapToGlobal(pointOf(*e, QStringLiteral("кукыгы")) + QPoint(0, 12));
            saveShot(withMenu(window, menu, at), QStringLiteral("spell-context-menu-debian-kk.png"));
        });
        rightClick(e->viewport(), pointOf(*e, QStringLiteral("кукыгы")));
        QCOMPARE(offered.value(0), QStringLiteral("құқығы")); // typed on a Russian keyboard, restored first
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestSpellCheck)
#include "tst_spell_check.moc"
