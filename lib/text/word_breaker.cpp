#include "text/word_breaker.h"

#include <memory>
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

namespace zanlink {

namespace {

// Making a break iterator reads ICU's rules each time: one per thread is kept.
icu::BreakIterator* wordIterator()
{
    thread_local const std::unique_ptr<icu::BreakIterator> bi = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> made(
            icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status))
            made.reset();
        return made;
    }();
    return bi.get();
}

} // namespace

QList<WordSpan> wordSpans(const QString& text)
{
    QList<WordSpan> out;
    if (text.isEmpty())
        return out;
    icu::BreakIterator* bi = wordIterator();
    if (!bi)
        return out;
    const icu::UnicodeString src(
        false, reinterpret_cast<const char16_t*>(text.utf16()), static_cast<int32_t>(text.size()));
    bi->setText(src);
    int32_t start = bi->first();
    for (int32_t end = bi->next(); end != icu::BreakIterator::DONE; start = end, end = bi->next()) {
        // Numbers, letters, kana and ideographs; UBRK_WORD_NONE covers spaces
        // and punctuation.
        if (bi->getRuleStatus() >= UBRK_WORD_NONE_LIMIT)
            out.append(WordSpan { start, end - start });
    }
    // The iterator keeps a reference to the text: leave it an empty one.
    static const icu::UnicodeString empty;
    bi->setText(empty);
    return out;
}

QStringList words(const QString& text)
{
    QStringList out;
    for (const WordSpan& w : wordSpans(text))
        out.append(text.mid(w.start, w.length));
    return out;
}

} // namespace zanlink
