#include "importer/text_block.h"

#include <QRegularExpression>

namespace zanlink {

QString foldWhitespace(const QString& s)
{
    QString out;
    out.reserve(s.size());
    bool space = false;
    for (QChar c : s) {
        if (c.isSpace() || c == QChar(0x00A0) || c == QChar(0x200B) || c == QChar(0xFEFF)) {
            space = !out.isEmpty();
            continue;
        }
        if (space) {
            out += u' ';
            space = false;
        }
        out += c;
    }
    return out;
}

QString normaliseKazakhLetters(const QString& s)
{
    auto isCyrillic = [](QChar c) { return c.unicode() >= 0x0400 && c.unicode() <= 0x04FF; };
    QString out = s;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (c != u'i' && c != u'I')
            continue;
        const bool before = i > 0 && isCyrillic(out.at(i - 1));
        const bool after = i + 1 < out.size() && isCyrillic(out.at(i + 1));
        if (before || after)
            out[i] = (c == u'i') ? QChar(0x0456) : QChar(0x0406);
    }
    return out;
}

void takeTitleFromBlocks(BlockDocument& doc)
{
    static const QRegularExpression actLine(
        QStringLiteral("^(Закон|Кодекс|Указ|Постановление|Приказ)\\s+.*\\bот\\s+\\d"
                       "|Республикасының\\s+(Заңы|Кодексі)"
                       "|^(The\\s+)?(Law|Code)\\s+of\\s+the\\s+Republic\\s+of\\s+Kazakhstan\\s+dated"
                       "|\\bжылғы\\s+\\d.*№"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression statusWord(
        QStringLiteral("^(Новый|Обновленный|Утративший силу|Жаңа|Жаңартылған|Күшін жойған|New|Updated"
                       "|No longer valid|Invalid|Expired)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const qsizetype limit = qMin<qsizetype>(doc.blocks.size(), 4);
    for (qsizetype i = 0; i < limit; ++i) {
        const QString& t = doc.blocks.at(i).text;
        if (t.size() > 300 || !actLine.match(t).hasMatch())
            continue;
        if (doc.actLine.isEmpty())
            doc.actLine = t;
        // Text copied from a page has the status ("Обновленный") between
        // the title and the act line.
        qsizetype titleAt = i - 1;
        if (titleAt >= 0 && statusWord.match(doc.blocks.at(titleAt).text).hasMatch()) {
            if (doc.statusText.isEmpty())
                doc.statusText = doc.blocks.at(titleAt).text;
            --titleAt;
        }
        if (titleAt >= 0 && doc.title.isEmpty())
            doc.title = doc.blocks.at(titleAt).text;
        doc.blocks.remove(0, i + 1);
        return;
    }
}

} // namespace zanlink
