#pragma once

#include "corpus/language.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QAction;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QTextEdit;

namespace zanlink {

class SpellChecker;
class SpellHighlighter;

// Spell-check attached to one editor, in a language that can change:
//
//   SpellField* spell = SpellField::attach(editor, Language::Kk); // or std::nullopt: off
//   spell->setLanguage(Language::Ru);
//
// QTextEdit and QPlainTextEdit get misspelt words underlined (SpellHighlighter);
// a QLineEdit cannot show underlines and gets the right-click check only. On
// right-click over a misspelt word the editor's usual context menu starts with
// up to six suggestions (choosing one replaces the word in one undo step),
// "Add to dictionary" (the personal words of the language, saved) and
// "Ignore" (until ZanLink closes); it ends with "Spelling language ▸ Kazakh,
// Russian, English, Off" (hidden by setLanguageChoosable(false)) and "Check
// spelling as you type", the user's setting for every field (QSettings
// "spelling/enabled"). The dictionaries are SpellChecker::shared()'s, loaded
// in the background the first time a field needs them. A missing dictionary
// turns spell-check off for its language: said once in the main window's
// status bar, and in the field's tooltip.
//
// The field is a child of the editor and goes with it.
class SpellField : public QObject {
    Q_OBJECT
public:
    static SpellField* attach(QTextEdit* editor, std::optional<Language> lang);
    static SpellField* attach(QPlainTextEdit* editor, std::optional<Language> lang);
    static SpellField* attach(QLineEdit* editor, std::optional<Language> lang);
    // The spell-check attached to an editor, if any.
    static SpellField* of(const QWidget* editor);

    QWidget* editor() const { return m_editor; }
    std::optional<Language> language() const { return m_language; }
    void setLanguage(std::optional<Language> lang);
    // Whether the context menu offers the choice of language (default: yes).
    void setLanguageChoosable(bool on) { m_choosable = on; }
    bool isLanguageChoosable() const { return m_choosable; }
    // Null for a QLineEdit.
    SpellHighlighter* highlighter() const;

    // The context menu for a point of the editor (in its viewport's
    // coordinates; a QLineEdit's own); the caller owns it.
    QMenu* createContextMenu(const QPoint& pos);
    // The misspelt words in the editor now, in order.
    QStringList misspeltWords() const;

    // The user's setting for all fields: QSettings "spelling/enabled" (default on).
    static bool isSpellingEnabled();
    static void setSpellingEnabled(bool on);
    // A checkable "Check spelling as you type" for a menu, kept in step with the setting.
    static QAction* createEnabledAction(QObject* parent);

    // A language remembered for a field (QSettings "spelling/language/<key>":
    // kk, ru, en or off); fallback when none is.
    static std::optional<Language> rememberedLanguage(const QString& key, std::optional<Language> fallback);
    static void rememberLanguage(const QString& key, std::optional<Language> lang);
    static bool hasRememberedLanguage(const QString& key);

    // Tests: plays the user instead of opening the menu (QMenu::exec).
    static void setMenuHandler(std::function<void(QMenu*)> handler);

Q_SIGNALS:
    // The user chose the language in the context menu.
    void languageChosen(std::optional<zanlink::Language> lang);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Hit {
        int start = 0; // in the editor's whole text
        int length = 0;
        QString word;
    };
    SpellField(QWidget* editor, QTextEdit* textEdit, QPlainTextEdit* plainEdit, QLineEdit* lineEdit,
        std::optional<Language> lang);
    std::optional<Hit> misspeltWordAt(const QPoint& pos);
    QMenu* standardMenu(const QPoint& pos) const;
    void addSuggestions(QMenu* menu, const Hit& hit);
    void addSpellingEntries(QMenu* menu);
    void replace(const Hit& hit, const QString& with);
    void showMenu(const QPoint& pos, const QPoint& globalPos);
    void requestDictionary();
    void updateMissingNotice();
    QString missingMessage() const;

    SpellChecker& m_checker;
    QWidget* m_editor;
    QPointer<QTextEdit> m_textEdit;
    QPointer<QPlainTextEdit> m_plainEdit;
    QPointer<QLineEdit> m_lineEdit;
    QPointer<SpellHighlighter> m_highlighter;
    std::optional<Language> m_language;
    bool m_choosable = true;
    QString m_ownToolTip;
    bool m_showingMissing = false;
};

} // namespace zanlink
