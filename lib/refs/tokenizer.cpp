#include "refs/refs_internal.h"

namespace zanlink::refs {

namespace {
bool isQuote(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case 0x00AB: // «
    case 0x00BB: // »
    case 0x2018:
    case 0x2019:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
        return true;
    default:
        return false;
    }
}
bool isDashChar(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x2012 || u == 0x2013 || u == 0x2014 || u == 0x2015 || u == 0x2212;
}
bool isDigit(const QString& s, int i)
{
    return i < s.size() && s.at(i).isDigit();
}
bool isLetter(const QString& s, int i)
{
    return i < s.size() && s.at(i).isLetter();
}
} // namespace

QList<Token> tokenize(const QString& s)
{
    QList<Token> out;
    const int n = int(s.size());
    int i = 0;
    bool glueNext = false;
    while (i < n) {
        const QChar c = s.at(i);
        if (c.isSpace()) {
            glueNext = false;
            ++i;
            continue;
        }
        Token tok;
        tok.start = i;
        if (c.isDigit()) {
            int j = i;
            while (isDigit(s, j))
                ++j;
            // dd.mm.yyyy
            if (j - i <= 2 && j + 1 < n && s.at(j) == u'.' && isDigit(s, j + 1)) {
                int k = j + 1;
                while (isDigit(s, k))
                    ++k;
                if (k - j - 1 <= 2 && k < n && s.at(k) == u'.' && isDigit(s, k + 1)) {
                    int m = k + 1;
                    while (isDigit(s, m))
                        ++m;
                    if (m - k - 1 == 4) {
                        const QDate d(
                            s.mid(k + 1, 4).toInt(), s.mid(j + 1, k - j - 1).toInt(), s.mid(i, j - i).toInt());
                        tok.type = Tok::Date;
                        tok.len = m - i;
                        tok.norm = d.isValid() ? d.toString(Qt::ISODate) : QString();
                        out << tok;
                        i = m;
                        glueNext = false;
                        continue;
                    }
                }
            }
            while (j + 1 < n && s.at(j) == u'-' && isDigit(s, j + 1)) {
                j += 2;
                while (isDigit(s, j))
                    ++j;
            }
            tok.norm = s.mid(i, j - i);
            if (j < n && s.at(j) == u')') {
                tok.type = Tok::SubNum;
                tok.len = j + 1 - i;
                i = j + 1;
            } else {
                tok.type = Tok::Num;
                tok.len = j - i;
                i = j;
                if (i + 1 < n && (s.at(i) == u'-' || isDashChar(s.at(i))) && isLetter(s, i + 1)) {
                    glueNext = true; // 41-1-бабының, 567-II
                    ++i;
                    out << tok;
                    continue;
                }
            }
            out << tok;
            glueNext = false;
            continue;
        }
        if (c.isLetter()) {
            int j = i;
            while (
                j < n && (s.at(j).isLetter() || s.at(j).isMark() || (s.at(j) == u'-' && isLetter(s, j + 1) && j > i)))
                ++j;
            tok.type = Tok::Word;
            tok.len = j - i;
            tok.norm = normalizedWord(QStringView(s).mid(i, j - i));
            tok.glued = glueNext;
            out << tok;
            glueNext = false;
            i = j;
            continue;
        }
        glueNext = false;
        tok.len = 1;
        if (isQuote(c))
            tok.type = Tok::Quote;
        else if (isDashChar(c) || c == u'-')
            tok.type = Tok::Dash;
        else if (c == QChar(0x2116))
            tok.type = Tok::NumSign;
        else if (c == u'.')
            tok.type = Tok::Dot;
        else if (c == u',')
            tok.type = Tok::Comma;
        else
            tok.type = Tok::Other;
        tok.norm = QString(c);
        out << tok;
        ++i;
    }
    return out;
}

int levelRank(Level level)
{
    switch (level) {
    case Level::Section:
    case Level::Chapter:
        return 0;
    case Level::Article:
        return 1;
    case Level::Paragraph:
        return 2;
    case Level::Sub:
        return 3;
    case Level::None:
        break;
    }
    return -1;
}

bool isWord(const QList<Token>& t, int i)
{
    return i >= 0 && i < t.size() && t.at(i).type == Tok::Word;
}
bool isDot(const QList<Token>& t, int i)
{
    return i >= 0 && i < t.size() && t.at(i).type == Tok::Dot;
}

bool followsGazetteIssue(const QList<Token>& t, int i)
{
    auto is = [&](int k, Tok type) { return k >= 0 && k < t.size() && t.at(k).type == type; };
    if (!is(i - 1, Tok::Comma) || !is(i - 2, Tok::Num))
        return false;
    if (is(i - 3, Tok::NumSign))
        return true;
    return is(i - 3, Tok::Dot) && isWord(t, i - 4) && t.at(i - 4).norm == u"no";
}

} // namespace zanlink::refs
