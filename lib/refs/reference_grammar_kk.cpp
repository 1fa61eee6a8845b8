// Kazakh citations run from the act down, the noun joined to its number and
// carrying possessive and case endings:
// «"…туралы" Қазақстан Республикасы Заңының 18-4-бабының 1-тармағына», "осы тармақтың 1) және 2) тармақшаларында".
#include "refs/refs_internal.h"

namespace zanlink::refs {

namespace {
Level nounKk(const QString& w)
{
    if (w.startsWith(u"тармақш"))
        return Level::Sub;
    if (w.startsWith(u"тармақ") || w.startsWith(u"тармағ"))
        return Level::Paragraph;
    if (w.startsWith(u"бөлім"))
        return Level::Section;
    if (w.startsWith(u"бөлік") || w.startsWith(u"бөліг"))
        return Level::Paragraph;
    if (w.startsWith(u"бап") || w.startsWith(u"баб"))
        return Level::Article;
    if (w.startsWith(u"тарау"))
        return Level::Chapter;
    return Level::None;
}

std::optional<ActKind> actNounKk(const QList<Token>& t, int i)
{
    if (!isWord(t, i))
        return std::nullopt;
    const QString& w = t.at(i).norm;
    if (w.startsWith(u"заң") && !w.startsWith(u"заңна") && !w.startsWith(u"заңсыз") && !w.startsWith(u"заңды"))
        return ActKind::Law;
    if (w.startsWith(u"кодекс"))
        return ActKind::Code;
    if (w.startsWith(u"конституци"))
        return ActKind::Other;
    return std::nullopt;
}

int ordinalKk(const QString& w)
{
    static const QStringList ordinals { QStringLiteral("бірінші"), QStringLiteral("екінші"), QStringLiteral("үшінші"),
        QStringLiteral("төртінші"), QStringLiteral("бесінші"), QStringLiteral("алтыншы"), QStringLiteral("жетінші"),
        QStringLiteral("сегізінші"), QStringLiteral("тоғызыншы"), QStringLiteral("оныншы") };
    return int(ordinals.indexOf(w)) + 1;
}

// One level, from the top down: "18-4-бабының", "1 және 2-тармақтарында", "1) және 2) тармақшаларында",
// "осы баптың", "үшінші бөлігі". Returns the index after it, i when none.
int parseGroupKk(const QList<Token>& t, int i, bool inChain, LevelRef* out)
{
    if (isWord(t, i) && t.at(i).norm == u"осы" && isWord(t, i + 1)) {
        const Level l = nounKk(t.at(i + 1).norm);
        if (l == Level::None)
            return i;
        *out = LevelRef { l, {}, true };
        return i + 2;
    }
    if (inChain && isWord(t, i) && ordinalKk(t.at(i).norm) && isWord(t, i + 1)
        && nounKk(t.at(i + 1).norm) == Level::Paragraph) {
        *out = LevelRef { Level::Paragraph,
            { NumItem { QString::number(ordinalKk(t.at(i).norm)), t.at(i).start, t.at(i).len } }, false };
        return i + 2;
    }
    QList<NumItem> nums;
    int k = parseNumberList(t, i, false, &nums);
    if (k > i && isWord(t, k) && t.at(k).glued) {
        const Level l = nounKk(t.at(k).norm);
        if (l == Level::None || l == Level::Sub)
            return i;
        *out = LevelRef { l, nums, false };
        return k + 1;
    }
    nums.clear();
    k = parseNumberList(t, i, true, &nums);
    if (k > i && isWord(t, k) && nounKk(t.at(k).norm) == Level::Sub) {
        *out = LevelRef { Level::Sub, nums, false };
        return k + 1;
    }
    return i;
}
} // namespace

int parseActKk(const QString& text, const QList<Token>& t, int i, const ActDirectory& acts, ActRef* act)
{
    QString id;
    int j = i;
    bool named = false;
    bool nounSeen = false;
    if (j < t.size() && t.at(j).type == Tok::Quote) {
        int close = j + 1;
        while (close < t.size() && close < j + 40 && t.at(close).type != Tok::Quote)
            ++close;
        if (close >= t.size() || t.at(close).type != Tok::Quote || close == j + 1)
            return i;
        id = acts.findByTitle(text.mid(t.at(j + 1).start, t.at(close - 1).end() - t.at(j + 1).start));
        j = close + 1;
        named = true;
    } else if (isWord(t, j) && !isCountryWord(t.at(j).norm)) {
        const int k = matchActName(t, j, acts, false, &id); // "Әкімшілік құқық бұзушылық туралы кодексі"
        if (k == j)
            return i;
        for (int x = j; x < k; ++x)
            nounSeen = nounSeen || actNounKk(t, x).has_value();
        if (!nounSeen && !actNounKk(t, skipCountry(t, k)))
            return i;
        j = k;
        named = true;
    }
    j = skipCountry(t, j);
    QDate date;
    QString number;
    j = parseDate(t, j, &date);
    j = parseActNumber(t, j, &number);
    named = named || date.isValid() || !number.isEmpty();
    j = skipCountry(t, j);
    std::optional<ActKind> kind;
    if (!nounSeen) {
        kind = actNounKk(t, j);
        if (!kind)
            return i;
        ++j;
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

QList<Chain> findChainsKk(const QString& text, const QList<Token>& t, const ActDirectory& acts)
{
    QList<Chain> out;
    int i = 0;
    while (i < t.size()) {
        Chain c;
        int j = i;
        if (isWord(t, i) && t.at(i).norm == u"осы" && actNounKk(t, i + 1)) {
            c.act.kind = ActRef::Self;
            c.act.name = text.mid(t.at(i).start, t.at(i + 1).end() - t.at(i).start);
            j = i + 2;
        } else {
            j = parseActKk(text, t, i, acts, &c.act);
        }
        int lastRank = -1;
        bool numbered = false;
        while (j < t.size()) {
            LevelRef l;
            const int k = parseGroupKk(t, j, !c.levels.isEmpty(), &l);
            if (k == j || levelRank(l.level) <= lastRank)
                break;
            c.levels << l;
            numbered = numbered || !l.self;
            lastRank = levelRank(l.level);
            j = k;
        }
        if (!numbered && c.act.kind != ActRef::Named) {
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
