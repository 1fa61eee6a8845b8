// English (unofficial translations) runs up like Russian, joined by "of":
// "subparagraphs 1) and 2) of paragraph 2 of Article 19 of this Law"; terminology varies
// (item, clause, sub-item, part, Art.).
#include "refs/refs_internal.h"

namespace zanlink::refs {

namespace {
Level nounEn(const QString& w, bool* abbr)
{
    *abbr = false;
    static const QStringList sub { QStringLiteral("subparagraph"), QStringLiteral("sub-paragraph"),
        QStringLiteral("subitem"), QStringLiteral("sub-item"), QStringLiteral("subclause"),
        QStringLiteral("sub-clause"), QStringLiteral("subpoint"), QStringLiteral("sub-point") };
    static const QStringList para { QStringLiteral("paragraph"), QStringLiteral("item"), QStringLiteral("clause"),
        QStringLiteral("part"), QStringLiteral("point") };
    const QString stem = w.endsWith(u's') ? w.chopped(1) : w;
    if (sub.contains(stem))
        return Level::Sub;
    if (para.contains(stem))
        return Level::Paragraph;
    if (stem == u"article")
        return Level::Article;
    if (stem == u"chapter")
        return Level::Chapter;
    if (stem == u"section")
        return Level::Section;
    *abbr = true;
    if (w == u"art" || w == u"arts")
        return Level::Article;
    if (w == u"para" || w == u"paras" || w == u"p")
        return Level::Paragraph;
    if (w == u"subpara" || w == u"subp")
        return Level::Sub;
    if (w == u"ch")
        return Level::Chapter;
    return Level::None;
}

bool isThisEn(const QList<Token>& t, int i)
{
    return isWord(t, i) && (t.at(i).norm == u"this" || t.at(i).norm == u"present");
}

std::optional<ActKind> actNounEn(const QList<Token>& t, int i)
{
    if (!isWord(t, i))
        return std::nullopt;
    const QString& w = t.at(i).norm;
    if (w == u"law" || w == u"laws")
        return ActKind::Law;
    if (w == u"code")
        return ActKind::Code;
    if (w == u"constitution")
        return ActKind::Other;
    return std::nullopt;
}

bool isOf(const QList<Token>& t, int i)
{
    return isWord(t, i) && t.at(i).norm == u"of";
}
} // namespace

int parseActEn(const QString& text, const QList<Token>& t, int i, const ActDirectory& acts, ActRef* act)
{
    int j = i;
    if (isWord(t, j) && t.at(j).norm == u"the")
        ++j;
    QString id;
    std::optional<ActKind> kind = actNounEn(t, j);
    int nameEnd
        = kind || actNounEn(t, j + 1) ? matchActName(t, j, acts, false, &id) : j; // "Penal Code", "the Constitution"
    if (nameEnd > j) {
        j = nameEnd;
    } else {
        id.clear();
        if (!kind)
            return i;
        j = skipCountry(t, j + 1);
    }
    QDate date;
    QString number;
    if (isWord(t, j) && (t.at(j).norm == u"dated" || t.at(j).norm == u"as" || t.at(j).norm == u"of")) {
        int k = j + 1;
        if (isWord(t, k) && t.at(k).norm == u"of")
            ++k;
        if (const int d = parseDate(t, k, &date); d > k)
            j = d;
    } else if (const int d = parseDate(t, j, &date); d > j) {
        j = d;
    }
    j = parseActNumber(t, j, &number);
    bool named = !id.isEmpty() || date.isValid() || !number.isEmpty();
    j = skipCountry(t, j);
    if (id.isEmpty() && j < t.size() && t.at(j).type == Tok::Quote) {
        int close = j + 1;
        while (close < t.size() && close < j + 40 && t.at(close).type != Tok::Quote)
            ++close;
        if (close < t.size() && t.at(close).type == Tok::Quote && close > j + 1) {
            id = acts.findByTitle(text.mid(t.at(j + 1).start, t.at(close - 1).end() - t.at(j + 1).start));
            j = close + 1;
            named = true;
        }
    } else if (id.isEmpty() && !named) {
        const int k = matchActName(t, j, acts, true, &id); // "the law on online platforms"
        if (k > j) {
            j = k;
            named = true;
        }
    }
    if (!named)
        return i;
    if (id.isEmpty())
        id = resolveByDateNumber(acts, kind.value_or(ActKind::Law), date, number);
    act->kind = ActRef::Named;
    act->actId = id;
    act->start = t.at(i).start;
    act->end = t.at(j - 1).end();
    act->name = text.mid(act->start, act->end - act->start);
    return j;
}

QList<Chain> findChainsEn(const QString& text, const QList<Token>& t, const ActDirectory& acts)
{
    QList<Chain> out;
    int i = 0;
    while (i < t.size()) {
        if (followsGazetteIssue(t, i)) {
            ++i;
            continue;
        }
        Chain c;
        int j = i;
        int lastRank = 99;
        while (j < t.size()) {
            bool abbr = false;
            const int at = c.levels.isEmpty() ? j : (isOf(t, j) ? j + 1 : -1);
            if (at < 0)
                break;
            if (!c.levels.isEmpty() && isThisEn(t, at) && isWord(t, at + 1)) {
                const Level l = nounEn(t.at(at + 1).norm, &abbr);
                if (l != Level::None && !abbr && levelRank(l) < lastRank) {
                    c.levels << LevelRef { l, {}, true };
                    j = at + 2;
                }
                break;
            }
            const Level l = isWord(t, at) ? nounEn(t.at(at).norm, &abbr) : Level::None;
            if (l == Level::None || levelRank(l) >= lastRank)
                break;
            const int after = at + (abbr && isDot(t, at + 1) ? 2 : 1);
            QList<NumItem> nums;
            int k = parseNumberList(t, after, l == Level::Sub, &nums);
            if (k == after)
                k = parseNumberList(t, after, l != Level::Sub, &nums);
            if (k == after)
                break;
            c.levels << LevelRef { l, nums, false };
            lastRank = levelRank(l);
            j = k;
        }
        if (!c.levels.isEmpty()) {
            if (isOf(t, j) && isThisEn(t, j + 1) && actNounEn(t, j + 2)) {
                c.act.kind = ActRef::Self;
                c.act.name = text.mid(t.at(j + 1).start, t.at(j + 2).end() - t.at(j + 1).start);
                j += 3;
            } else if (isOf(t, j)) {
                if (const int k = parseActEn(text, t, j + 1, acts, &c.act); k > j + 1)
                    j = k;
            }
        } else if (int k = parseActEn(text, t, i, acts, &c.act); k > i) {
            j = k;
        } else {
            ++i;
            continue;
        }
        c.start = t.at(i).start;
        c.end = t.at(j - 1).end();
        out << c;
        i = j;
    }
    return out;
}

} // namespace zanlink::refs
