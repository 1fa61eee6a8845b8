// Russian citations run from the provision up to the act:
// "подпунктами 1) и 3) пункта 2 статьи 19 Закона Республики Казахстан «О связи»".
#include "refs/refs_internal.h"

namespace zanlink::refs {

namespace {
bool hasEnding(const QString& w, const QString& stem, std::initializer_list<const char16_t*> endings)
{
    if (!w.startsWith(stem))
        return false;
    const QStringView rest = QStringView(w).mid(stem.size());
    for (const char16_t* e : endings) {
        if (rest == QStringView(e))
            return true;
    }
    return false;
}

// The level a noun names; *abbr when it is an abbreviation that needs its dot.
Level nounRu(const QString& w, bool* abbr)
{
    *abbr = false;
    static const std::initializer_list<const char16_t*> m { u"", u"а", u"у", u"ом", u"е", u"ы", u"ов", u"ам", u"ами",
        u"ах" };
    if (hasEnding(w, QStringLiteral("подпункт"), m))
        return Level::Sub;
    if (hasEnding(w, QStringLiteral("пункт"), m))
        return Level::Paragraph;
    if (hasEnding(w, QStringLiteral("част"), { u"ь", u"и", u"ью", u"ей", u"ям", u"ями", u"ях" }))
        return Level::Paragraph;
    if (hasEnding(w, QStringLiteral("стат"), { u"ья", u"ьи", u"ье", u"ью", u"ьей", u"ьям", u"ьями", u"ьях", u"ей" }))
        return Level::Article;
    if (hasEnding(w, QStringLiteral("глав"), { u"а", u"ы", u"е", u"у", u"ой", u"ам", u"ами", u"ах" }))
        return Level::Chapter;
    if (hasEnding(w, QStringLiteral("раздел"), m))
        return Level::Section;
    *abbr = true;
    if (w == u"пп")
        return Level::Sub;
    if (w == u"п" || w == u"ч")
        return Level::Paragraph;
    if (w == u"ст")
        return Level::Article;
    if (w == u"гл")
        return Level::Chapter;
    return Level::None;
}

bool isThisRu(const QList<Token>& t, int i)
{
    return isWord(t, i) && (t.at(i).norm.startsWith(u"настоящ") || t.at(i).norm.startsWith(u"данн"));
}

std::optional<ActKind> actNounRu(const QList<Token>& t, int i)
{
    if (!isWord(t, i))
        return std::nullopt;
    const QString& w = t.at(i).norm;
    if (hasEnding(w, QStringLiteral("закон"), { u"", u"а", u"у", u"ом", u"е", u"ы", u"ов", u"ами", u"ам" }))
        return ActKind::Law;
    if (hasEnding(w, QStringLiteral("кодекс"), { u"", u"а", u"у", u"ом", u"е" }))
        return ActKind::Code;
    if (hasEnding(w, QStringLiteral("конституци"), { u"я", u"и", u"ю", u"ей" }))
        return ActKind::Other;
    return std::nullopt;
}

// An act named after a chain or on its own. Returns the index after it, i when none.
} // namespace

int parseActRu(const QString& text, const QList<Token>& t, int i, const ActDirectory& acts, ActRef* act)
{
    if (!isWord(t, i))
        return i;
    QString id;
    int j = i;
    std::optional<ActKind> kind = actNounRu(t, i);
    // Titles that carry the noun: "Кодекса Республики Казахстан об административных правонарушениях",
    // "Уголовного кодекса", "Конституции Республики Казахстан".
    if (kind || actNounRu(t, i + 1)) {
        const int k = matchActName(t, i, acts, false, &id);
        bool hasNoun = false;
        for (int x = i; x < k; ++x)
            hasNoun = hasNoun || actNounRu(t, x).has_value();
        if (k > i && hasNoun)
            j = k;
        else
            id.clear();
    }
    if (j == i) {
        if (!kind)
            return i;
        j = skipCountry(t, i + 1);
    }
    QDate date;
    QString number;
    if (isWord(t, j) && t.at(j).norm == u"от") {
        if (const int k = parseDate(t, j + 1, &date); k > j + 1)
            j = k;
    }
    j = parseActNumber(t, j, &number);
    bool named = !id.isEmpty() || date.isValid() || !number.isEmpty();
    if (id.isEmpty() && j < t.size() && t.at(j).type == Tok::Quote) {
        int close = j + 1;
        while (close < t.size() && close < j + 40 && t.at(close).type != Tok::Quote)
            ++close;
        if (close < t.size() && t.at(close).type == Tok::Quote && close > j + 1) {
            id = acts.findByTitle(text.mid(t.at(j + 1).start, t.at(close - 1).end() - t.at(j + 1).start));
            j = close + 1;
            named = true;
        }
    } else if (id.isEmpty() && kind && !named) {
        const int k = matchActName(t, j, acts, true, &id); // "закона о связи"
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

QList<Chain> findChainsRu(const QString& text, const QList<Token>& t, const ActDirectory& acts)
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
            if (isThisRu(t, j) && isWord(t, j + 1) && !c.levels.isEmpty()) {
                const Level l = nounRu(t.at(j + 1).norm, &abbr);
                if (l != Level::None && !abbr && levelRank(l) < lastRank) {
                    c.levels << LevelRef { l, {}, true };
                    j += 2;
                }
                break;
            }
            const Level l = isWord(t, j) ? nounRu(t.at(j).norm, &abbr) : Level::None;
            if (l == Level::None || (abbr && !isDot(t, j + 1)) || levelRank(l) >= lastRank)
                break;
            const int after = j + (abbr ? 2 : 1);
            QList<NumItem> nums;
            int k = parseNumberList(t, after, l == Level::Sub, &nums);
            if (k == after && l == Level::Sub)
                k = parseNumberList(t, after, false, &nums);
            if (k == after)
                break;
            c.levels << LevelRef { l, nums, false };
            lastRank = levelRank(l);
            j = k;
        }
        if (!c.levels.isEmpty()) {
            if (isThisRu(t, j) && actNounRu(t, j + 1)) {
                c.act.kind = ActRef::Self;
                c.act.name = text.mid(t.at(j).start, t.at(j + 1).end() - t.at(j).start);
                j += 2;
            } else {
                j = parseActRu(text, t, j, acts, &c.act);
            }
        } else if (int k = parseActRu(text, t, i, acts, &c.act); k > i) {
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
