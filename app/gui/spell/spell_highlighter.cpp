#include "spell_highlighter.h"

#include "spell/spell_checker.h"
#include "spell/spell_words.h"

#include <QEvent>
#include <QSignalBlocker>
#include <QTextDocument>

namespace zanlink {

SpellHighlighter::SpellHighlighter(QTextDocument* document, SpellChecker& checker)
    : QSyntaxHighlighter(document), m_checker(checker)
{
    setObjectName(QStringLiteral("spellHighlighter"));
    const auto mine = [this](Language lang) {
        if (m_language == lang)
            recheck();
    };
    connect(&checker, &SpellChecker::dictionaryReady, this, mine);
    connect(&checker, &SpellChecker::wordsChanged, this, mine);
    connect(&checker, &SpellChecker::enabledChanged, this, &SpellHighlighter::recheck);
}

QTextCharFormat SpellHighlighter::misspeltFormat()
{
    QTextCharFormat f;
    f.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    f.setUnderlineColor(QColor(0xd0, 0x10, 0x10));
    return f;
}

void SpellHighlighter::setLanguage(std::optional<Language> lang)
{
    if (lang == m_language)
        return;
    m_language = lang;
    recheck();
}

void SpellHighlighter::recheck()
{
    if (!document())
        return;
    // QSyntaxHighlighter::rehighlight() ends with an empty edit block, which
    // makes the document report a change of its contents (and QTextEdit
    // textChanged): notes would save themselves for nothing.
    const QSignalBlocker quiet(document());
    rehighlight();
}

bool SpellHighlighter::event(QEvent* event)
{
    // The first highlighting after the highlighter is attached arrives as a
    // queued call; keep it as quiet as recheck().
    if (event->type() == QEvent::MetaCall && document()) {
        const QSignalBlocker quiet(document());
        return QSyntaxHighlighter::event(event);
    }
    return QSyntaxHighlighter::event(event);
}

void SpellHighlighter::highlightBlock(const QString& text)
{
    if (!m_language || !m_checker.isEnabled() || text.isEmpty())
        return;
    const Language lang = *m_language;
    if (m_checker.state(lang) == SpellChecker::State::NotLoaded)
        m_checker.request(lang); // underlined when it is ready
    if (m_checker.state(lang) != SpellChecker::State::Ready)
        return;
    const QTextCharFormat misspelt = misspeltFormat();
    for (const SpellWord& w : spellWords(text)) {
        if (m_checker.isMisspelt(lang, w.text))
            setFormat(static_cast<int>(w.start), static_cast<int>(w.length), misspelt);
    }
}

} // namespace zanlink
