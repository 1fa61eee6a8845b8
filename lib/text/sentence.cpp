#include "text/sentence.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <memory>
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

namespace zanlink {

namespace {

// Lower-case, without the final dot.
const QSet<QString>& abbreviations()
{
    static const QSet<QString> set {
        // ru
        QStringLiteral("ст"),
        QStringLiteral("стт"),
        QStringLiteral("п"),
        QStringLiteral("пп"),
        QStringLiteral("ч"),
        QStringLiteral("см"),
        QStringLiteral("подп"),
        QStringLiteral("абз"),
        QStringLiteral("гл"),
        QStringLiteral("т.е"),
        QStringLiteral("т.н"),
        QStringLiteral("им"),
        QStringLiteral("напр"),
        // kk
        QStringLiteral("т.б"),
        QStringLiteral("т.с.с"),
        QStringLiteral("ж"),
        QStringLiteral("жж"),
        QStringLiteral("тт"),
        // en
        QStringLiteral("art"),
        QStringLiteral("arts"),
        QStringLiteral("no"),
        QStringLiteral("nos"),
        QStringLiteral("p"),
        QStringLiteral("pp"),
        QStringLiteral("para"),
        QStringLiteral("paras"),
        QStringLiteral("subpara"),
        QStringLiteral("ch"),
        QStringLiteral("e.g"),
        QStringLiteral("i.e"),
        QStringLiteral("cf"),
        QStringLiteral("etc"),
    };
    return set;
}

// Whether the boundary at `b` (a sentence start from ICU) follows an
// abbreviation or a paragraph number and so is not a sentence end.
bool isFalseEnd(const QString& text, int b)
{
    int i = b;
    bool newline = false;
    while (i > 0 && text.at(i - 1).isSpace()) {
        newline = newline || text.at(i - 1) == u'\n' || text.at(i - 1) == u'\r' || text.at(i - 1) == u'\u2029';
        --i;
    }
    if (newline || i == 0 || text.at(i - 1) != u'.')
        return false;
    const int dot = i - 1;
    // The abbreviation: letters and inner dots before the final dot.
    int s = dot;
    while (s > 0 && (text.at(s - 1).isLetter() || (text.at(s - 1) == u'.' && s - 1 > 0 && text.at(s - 2).isLetter())))
        --s;
    if (s < dot && (s == 0 || !text.at(s - 1).isLetterOrNumber())) {
        if (abbreviations().contains(text.mid(s, dot - s).toLower()))
            return true;
    }
    // "1." or "41-1." alone at the start of a paragraph.
    int lineStart = dot;
    while (lineStart > 0 && text.at(lineStart - 1) != u'\n' && text.at(lineStart - 1) != u'\u2029')
        --lineStart;
    static const QRegularExpression number(QStringLiteral("^\\s*\\d+(?:[.\\-]\\d+)*\\.$"));
    return number.match(QStringView(text).mid(lineStart, dot + 1 - lineStart)).hasMatch();
}

} // namespace

QList<int> sentenceStarts(const QString& text)
{
    QList<int> starts { 0 };
    if (text.isEmpty())
        return starts;
    // Making a break iterator reads ICU's rules each time: one per thread is kept.
    thread_local const std::unique_ptr<icu::BreakIterator> cached = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> made(
            icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status))
            made.reset();
        return made;
    }();
    icu::BreakIterator* bi = cached.get();
    if (!bi)
        return starts;
    const icu::UnicodeString src(
        false, reinterpret_cast<const char16_t*>(text.utf16()), static_cast<int32_t>(text.size()));
    bi->setText(src);
    bi->first();
    for (int32_t b = bi->next(); b != icu::BreakIterator::DONE; b = bi->next()) {
        if (b < text.size() && !isFalseEnd(text, b))
            starts.append(b);
    }
    // The iterator keeps a reference to the text: leave it an empty one.
    static const icu::UnicodeString empty;
    bi->setText(empty);
    return starts;
}

QString sentenceAround(const QString& text, int start, int length)
{
    if (text.isEmpty())
        return {};
    const int n = static_cast<int>(text.size());
    const int first = std::clamp(start, 0, n - 1);
    const int last = std::clamp(start + std::max(length, 1) - 1, first, n - 1);
    const QList<int> starts = sentenceStarts(text);
    // The last start at or before `first`, and the first start after `last`.
    const auto from = std::upper_bound(starts.cbegin(), starts.cend(), first) - 1;
    const auto to = std::upper_bound(starts.cbegin(), starts.cend(), last);
    const int end = to == starts.cend() ? n : *to;
    return text.mid(*from, end - *from).trimmed();
}

} // namespace zanlink
