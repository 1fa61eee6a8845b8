#include "text/search_folding.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace zanlink {

namespace {

bool isCyrillicLetter(QChar c)
{
    return c.isLetter() && c.script() == QChar::Script_Cyrillic;
}

bool isWordChar(QChar c)
{
    return c.isLetter() || c.isMark();
}

// Latin i → Cyrillic і inside every run of letters that has a Cyrillic letter.
void cyrillicI(QString& s)
{
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isWordChar(s.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        bool cyrillic = false;
        bool latinI = false;
        while (end < n && isWordChar(s.at(end))) {
            cyrillic = cyrillic || isCyrillicLetter(s.at(end));
            latinI = latinI || s.at(end) == u'i';
            ++end;
        }
        if (cyrillic && latinI) {
            for (qsizetype k = i; k < end; ++k) {
                if (s.at(k) == u'i')
                    s[k] = QChar(u'і');
            }
        }
        i = end;
    }
}

} // namespace

QString normaliseText(const QString& text)
{
    if (text.isEmpty())
        return {};
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkcCf = icu::Normalizer2::getNFKCCasefoldInstance(status);
    QString out;
    if (U_SUCCESS(status)) {
        const icu::UnicodeString src(
            false, reinterpret_cast<const char16_t*>(text.utf16()), static_cast<int32_t>(text.size()));
        const icu::UnicodeString folded = nfkcCf->normalize(src, status);
        if (U_SUCCESS(status))
            out = QString(reinterpret_cast<const QChar*>(folded.getBuffer()), folded.length());
    }
    if (U_FAILURE(status))
        out = text.toCaseFolded();
    out.replace(u'ё', u'е');
    cyrillicI(out);
    return out;
}

QString foldKazakhKeyboard(const QString& normalised)
{
    QString out = normalised;
    for (QChar& c : out) {
        switch (c.unicode()) {
        case u'ә':
            c = u'а';
            break;
        case u'ғ':
            c = u'г';
            break;
        case u'қ':
            c = u'к';
            break;
        case u'ң':
            c = u'н';
            break;
        case u'ө':
            c = u'о';
            break;
        case u'ұ':
        case u'ү':
            c = u'у';
            break;
        case u'һ':
            c = u'х';
            break;
        case u'і':
            c = u'и';
            break;
        default:
            break;
        }
    }
    return out;
}

} // namespace zanlink
