#pragma once

#include "corpus/language.h"

#include <QSyntaxHighlighter>
#include <optional>

namespace zanlink {

class SpellChecker;

// Underlines the misspelt words of a document (QTextCharFormat::SpellCheckUnderline
// in red: a wavy line with the usual styles). Nothing is underlined while the
// language is off, spell-check is turned off, or the language's dictionary is
// loading or missing. Only the layout changes: the document's text, formats,
// undo history and modified state stay as they are, and the editor reports no
// change of text when the underlines change.
class SpellHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    SpellHighlighter(QTextDocument* document, SpellChecker& checker);

    std::optional<Language> language() const { return m_language; }
    void setLanguage(std::optional<Language> lang);
    // Underlines again (after the dictionary or the personal words changed).
    void recheck();
    static QTextCharFormat misspeltFormat();

protected:
    void highlightBlock(const QString& text) override;
    bool event(QEvent* event) override;

private:
    SpellChecker& m_checker;
    std::optional<Language> m_language;
};

} // namespace zanlink
