// Kazakh Latin → keyboard-folded Cyrillic (see search_folding.h for the
// approximations).
#include "text/search_folding.h"

namespace zanlink {

namespace {

bool isLatinVowel(QChar c)
{
    static const QString vowels = QStringLiteral("aeiouyäöüūıáóúýíéw");
    return vowels.contains(c);
}

bool isCyrillicVowel(QChar c)
{
    static const QString vowels = QStringLiteral("аеиоуыэюяё");
    return vowels.contains(c);
}

// One letter on its own; an empty result drops it, a null one keeps the letter.
QString singleLetter(QChar c)
{
    switch (c.unicode()) {
    case u'a':
    case u'ä':
    case u'á':
        return QStringLiteral("а");
    case u'b':
        return QStringLiteral("б");
    case u'c':
        return QStringLiteral("ц");
    case u'ç':
        return QStringLiteral("ч");
    case u'd':
        return QStringLiteral("д");
    case u'e':
    case u'é':
        return QStringLiteral("е");
    case u'f':
        return QStringLiteral("ф");
    case u'g':
    case u'ğ':
    case u'ǵ':
        return QStringLiteral("г");
    case u'h':
        return QStringLiteral("х");
    case u'i':
    case u'ı':
    case u'í':
        return QStringLiteral("и");
    case u'j':
        return QStringLiteral("ж");
    case u'k':
    case u'q':
        return QStringLiteral("к");
    case u'l':
        return QStringLiteral("л");
    case u'm':
        return QStringLiteral("м");
    case u'n':
    case u'ñ':
    case u'ń':
        return QStringLiteral("н");
    case u'o':
    case u'ö':
    case u'ó':
        return QStringLiteral("о");
    case u'p':
        return QStringLiteral("п");
    case u'r':
        return QStringLiteral("р");
    case u's':
        return QStringLiteral("с");
    case u'ş':
        return QStringLiteral("ш");
    case u't':
        return QStringLiteral("т");
    case u'u':
    case u'ū':
    case u'ü':
    case u'ú':
    case u'ý':
    case u'w':
        return QStringLiteral("у");
    case u'v':
        return QStringLiteral("в");
    case u'x':
        return QStringLiteral("кс");
    case u'y':
        return QStringLiteral("ы");
    case u'z':
        return QStringLiteral("з");
    default:
        return QString(c);
    }
}

} // namespace

QString kazakhLatinToCyrillic(const QString& w)
{
    QString out;
    out.reserve(w.size());
    const qsizetype n = w.size();
    auto at = [&](qsizetype k) { return k >= 0 && k < n ? w.at(k) : QChar(); };
    auto lastOut = [&]() { return out.isEmpty() ? QChar() : out.back(); };
    for (qsizetype k = 0; k < n; ++k) {
        const QChar c = w.at(k);
        const QChar next = at(k + 1);
        // Digraphs typed without diacritics.
        if (next == u'h' && (c == u's' || c == u'c' || c == u'z' || c == u'g')) {
            // "shsh" is щ (şş in the official alphabet).
            if (c == u's' && at(k + 2) == u's' && at(k + 3) == u'h') {
                out += u'щ';
                k += 3;
                continue;
            }
            out += c == u's' ? u'ш' : c == u'c' ? u'ч' : c == u'z' ? u'ж' : u'г';
            ++k;
            continue;
        }
        if (c == u'ş' && next == u'ş') {
            out += u'щ';
            ++k;
            continue;
        }
        if (c == u'n' && next == u'g') {
            // "ngh" is н + ғ; "ng" + vowel is н + г; otherwise ң.
            const QChar after = at(k + 2);
            if (after == u'h' || (!after.isNull() && isLatinVowel(after))) {
                out += u'н';
                continue;
            }
            out += u'н';
            ++k;
            continue;
        }
        if (c == u't' && next == u's' && at(k + 2) == u'i' && isLatinVowel(at(k + 3))) {
            out += u'ц';
            ++k;
            continue;
        }
        if (c == u'i' || c == u'í') {
            const QChar prev = lastOut();
            const bool wordStart = prev.isNull();
            const bool afterVowel = !wordStart && isCyrillicVowel(prev);
            // и + я / ю: "aziia", "qoiu"…
            if ((next == u'a' || next == u'u') && (wordStart || afterVowel || prev == u'и' || next == u'u')) {
                out += next == u'a' ? u'я' : u'ю';
                ++k;
                continue;
            }
            out += afterVowel && prev != u'у' ? u'й' : u'и';
            continue;
        }
        out += singleLetter(c);
    }
    return out;
}

bool isLatinWord(const QString& word)
{
    static const QString extra = QStringLiteral("äğıñöūüşçáǵńóúýíé");
    bool letter = false;
    for (const QChar c : word) {
        const char16_t u = c.toLower().unicode();
        if ((u >= u'a' && u <= u'z') || extra.contains(QChar(u))) {
            letter = true;
        } else if (!(c.isDigit() && u < 128) && c != u'-') {
            return false;
        }
    }
    return letter;
}

} // namespace zanlink
