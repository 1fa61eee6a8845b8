#include "spell/spell_words.h"

#include <QRegularExpression>

namespace zanlink {

namespace {

// The shortest word joined to a number that is checked ("41-1-бабының"); the
// shorter ones are ordinal endings ("5-ші", "2-го", "3-й").
constexpr qsizetype kMinWordAfterNumber = 4;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate() || c == u'_';
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == u'\u2010' || c == u'\u2011';
}

bool isInnerJoiner(QChar c)
{
    return isHyphen(c) || c == u'\'' || c == u'\u2019';
}

// Spans of the text that are no words: URLs, e-mail addresses, domains,
// @accounts and #hashtags.
QList<std::pair<qsizetype, qsizetype>> skippedSpans(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral(R"([A-Za-z][A-Za-z0-9+.\-]*://[^\s<>«»"]+)" // scheme://…
                       R"(|\bwww\.[^\s<>«»"]+)"
                       R"(|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)" // e-mail
                       R"(|(?<![\w@.\-])[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,24}\b(?:/[^\s<>«»"]*)?)" // domain[/path]
                       R"(|(?<![\w@])[@#][\w.]+)"), // @account, #hashtag
        QRegularExpression::UseUnicodePropertiesOption);
    QList<std::pair<qsizetype, qsizetype>> spans;
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        spans.append({ m.capturedStart(), m.capturedEnd() });
    }
    return spans;
}

bool hasDigit(QStringView s)
{
    for (QChar c : s) {
        if (c.isDigit())
            return true;
    }
    return false;
}

qsizetype letterCount(QStringView s)
{
    qsizetype n = 0;
    for (QChar c : s) {
        if (c.isLetter())
            ++n;
    }
    return n;
}

// Two letters or more, and none of them lower-case: "ҚР", "NGO", "VIII".
bool isAllCaps(QStringView s)
{
    qsizetype letters = 0;
    for (QChar c : s) {
        if (!c.isLetter())
            continue;
        if (c.isLower())
            return false;
        ++letters;
    }
    return letters >= 2;
}

// "41-1-бабының" → the offset of "бабының"; -1 when the token is not numbers
// then a hyphen then letters only.
qsizetype wordAfterNumber(QStringView token)
{
    qsizetype i = 0;
    const qsizetype n = token.size();
    while (true) {
        const qsizetype digits = i;
        while (i < n && token.at(i).isDigit())
            ++i;
        if (i == digits || i == n || !isHyphen(token.at(i)))
            return -1;
        ++i; // the hyphen
        if (i < n && !token.at(i).isDigit())
            break;
    }
    if (hasDigit(token.mid(i)))
        return -1;
    return i;
}

std::optional<SpellWord> classify(QStringView text, qsizetype start, qsizetype length)
{
    QStringView token = text.mid(start, length);
    if (token.contains(u'_'))
        return std::nullopt;
    if (hasDigit(token)) {
        const qsizetype offset = wordAfterNumber(token);
        if (offset < 0)
            return std::nullopt;
        start += offset;
        length -= offset;
        token = text.mid(start, length);
        if (letterCount(token) < kMinWordAfterNumber)
            return std::nullopt;
    }
    qsizetype firstPartEnd = 0;
    while (firstPartEnd < token.size() && !isHyphen(token.at(firstPartEnd)))
        ++firstPartEnd;
    if (isAllCaps(token.left(firstPartEnd)) || isAllCaps(token))
        return std::nullopt;
    if (letterCount(token) < 2)
        return std::nullopt;
    return SpellWord { start, length, token.toString() };
}

} // namespace

QList<SpellWord> spellWords(QStringView text)
{
    const QList<std::pair<qsizetype, qsizetype>> skipped = skippedSpans(text);
    QList<SpellWord> words;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n) {
            if (isWordChar(text.at(i)))
                ++i;
            else if (isInnerJoiner(text.at(i)) && i + 1 < n && isWordChar(text.at(i + 1)))
                i += 2;
            else
                break;
        }
        const bool inSkipped = std::any_of(
            skipped.cbegin(), skipped.cend(), [&](const auto& span) { return start < span.second && i > span.first; });
        if (inSkipped)
            continue;
        if (std::optional<SpellWord> w = classify(text, start, i - start))
            words.append(*w);
    }
    return words;
}

std::optional<SpellWord> spellWordAt(QStringView text, qsizetype position)
{
    for (const SpellWord& w : spellWords(text)) {
        if (position >= w.start && position <= w.start + w.length)
            return w;
        if (w.start > position)
            break;
    }
    return std::nullopt;
}

} // namespace zanlink
