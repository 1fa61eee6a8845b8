#include "refs/refs_internal.h"

namespace zanlink::refs {

bool isConjunction(const QString& w)
{
    static const QStringList words { QStringLiteral("и"), QStringLiteral("или"), QStringLiteral("және"),
        QStringLiteral("немесе"), QStringLiteral("and"), QStringLiteral("or") };
    return words.contains(w);
}

bool isRangeWord(const QString& w)
{
    static const QStringList words { QStringLiteral("по"), QStringLiteral("to"), QStringLiteral("through") };
    return words.contains(w);
}

namespace {
bool isInt(const QString& s)
{
    for (QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return !s.isEmpty() && s.size() < 7;
}
} // namespace

int parseNumberList(const QList<Token>& t, int i, bool subs, QList<NumItem>* out)
{
    const Tok want = subs ? Tok::SubNum : Tok::Num;
    if (i >= t.size() || t.at(i).type != want)
        return i;
    out->append(NumItem { t.at(i).norm, t.at(i).start, t.at(i).len });
    int j = i + 1;
    while (j + 1 < t.size()) {
        const Token& sep = t.at(j);
        const Token& next = t.at(j + 1);
        if (next.type != want)
            break;
        const bool range = sep.type == Tok::Dash || (sep.type == Tok::Word && isRangeWord(sep.norm));
        const bool list = sep.type == Tok::Comma || (sep.type == Tok::Word && isConjunction(sep.norm));
        if (!range && !list)
            break;
        const NumItem last = out->last();
        if (range && isInt(last.num) && isInt(next.norm) && last.num.toInt() < next.norm.toInt()
            && next.norm.toInt() - last.num.toInt() <= 200) {
            const int a = last.num.toInt();
            const int b = next.norm.toInt();
            const int spanStart = last.start;
            const int spanLen = next.end() - last.start;
            out->removeLast();
            for (int k = a; k <= b; ++k)
                out->append(NumItem { QString::number(k), spanStart, spanLen });
        } else {
            out->append(NumItem { next.norm, next.start, next.len });
        }
        j += 2;
    }
    return j;
}

namespace {
int monthOf(const QString& w)
{
    static const QList<std::pair<QString, int>> stems {
        { QStringLiteral("январ"), 1 },
        { QStringLiteral("феврал"), 2 },
        { QStringLiteral("март"), 3 },
        { QStringLiteral("апрел"), 4 },
        { QStringLiteral("мая"), 5 },
        { QStringLiteral("май"), 5 },
        { QStringLiteral("июн"), 6 },
        { QStringLiteral("июл"), 7 },
        { QStringLiteral("август"), 8 },
        { QStringLiteral("сентябр"), 9 },
        { QStringLiteral("октябр"), 10 },
        { QStringLiteral("ноябр"), 11 },
        { QStringLiteral("декабр"), 12 },
        { QStringLiteral("қаңтар"), 1 },
        { QStringLiteral("ақпан"), 2 },
        { QStringLiteral("наурыз"), 3 },
        { QStringLiteral("сәуір"), 4 },
        { QStringLiteral("мамыр"), 5 },
        { QStringLiteral("маусым"), 6 },
        { QStringLiteral("шілде"), 7 },
        { QStringLiteral("тамыз"), 8 },
        { QStringLiteral("қыркүйек"), 9 },
        { QStringLiteral("қазан"), 10 },
        { QStringLiteral("қараша"), 11 },
        { QStringLiteral("желтоқсан"), 12 },
        { QStringLiteral("january"), 1 },
        { QStringLiteral("february"), 2 },
        { QStringLiteral("march"), 3 },
        { QStringLiteral("april"), 4 },
        { QStringLiteral("may"), 5 },
        { QStringLiteral("june"), 6 },
        { QStringLiteral("july"), 7 },
        { QStringLiteral("august"), 8 },
        { QStringLiteral("september"), 9 },
        { QStringLiteral("october"), 10 },
        { QStringLiteral("november"), 11 },
        { QStringLiteral("december"), 12 },
    };
    for (const auto& [stem, m] : stems) {
        if (w.startsWith(stem))
            return m;
    }
    return 0;
}
bool isNum(const QList<Token>& t, int i, int maxDigits)
{
    return i < t.size() && t.at(i).type == Tok::Num && isInt(t.at(i).norm) && t.at(i).norm.size() <= maxDigits;
}
} // namespace

int parseDate(const QList<Token>& t, int i, QDate* date)
{
    if (i >= t.size())
        return i;
    if (t.at(i).type == Tok::Date) {
        *date = QDate::fromString(t.at(i).norm, Qt::ISODate);
        return i + 1;
    }
    // 5 июля 2004 года / 5 July 2004
    if (isNum(t, i, 2) && isWord(t, i + 1) && monthOf(t.at(i + 1).norm) && isNum(t, i + 2, 4)
        && t.at(i + 2).norm.size() == 4) {
        *date = QDate(t.at(i + 2).norm.toInt(), monthOf(t.at(i + 1).norm), t.at(i).norm.toInt());
        int j = i + 3;
        if (isWord(t, j) && (t.at(j).norm == u"года" || t.at(j).norm == u"г" || t.at(j).norm == u"year")) {
            ++j;
            if (isDot(t, j))
                ++j;
        }
        return j;
    }
    // 2004 жылғы 5 шілдедегі
    if (isNum(t, i, 4) && t.at(i).norm.size() == 4 && isWord(t, i + 1) && t.at(i + 1).norm.startsWith(u"жыл")
        && isNum(t, i + 2, 2) && isWord(t, i + 3) && monthOf(t.at(i + 3).norm)) {
        *date = QDate(t.at(i).norm.toInt(), monthOf(t.at(i + 3).norm), t.at(i + 2).norm.toInt());
        return i + 4;
    }
    // July 5, 2004
    if (isWord(t, i) && monthOf(t.at(i).norm) && isNum(t, i + 1, 2)) {
        int j = i + 2;
        if (j < t.size() && t.at(j).type == Tok::Comma)
            ++j;
        if (isNum(t, j, 4) && t.at(j).norm.size() == 4) {
            *date = QDate(t.at(j).norm.toInt(), monthOf(t.at(i).norm), t.at(i + 1).norm.toInt());
            return j + 1;
        }
    }
    return i;
}

int parseActNumber(const QList<Token>& t, int i, QString* number)
{
    int j = i;
    if (j < t.size() && t.at(j).type == Tok::NumSign) {
        ++j;
    } else if (isWord(t, j) && (t.at(j).norm == u"no" || t.at(j).norm == u"n")) {
        ++j;
        if (isDot(t, j))
            ++j;
    } else {
        return i;
    }
    if (j >= t.size() || t.at(j).type != Tok::Num)
        return i;
    QString n = t.at(j).norm;
    ++j;
    if (isWord(t, j) && t.at(j).glued && t.at(j).len <= 5) {
        n += u'-' + normalizedActNumber(t.at(j).norm);
        ++j;
    }
    *number = normalizedActNumber(n);
    return j;
}

int skipCountry(const QList<Token>& t, int i)
{
    while (isWord(t, i) && isCountryWord(t.at(i).norm))
        ++i;
    return i;
}

int matchActName(const QList<Token>& t, int i, const ActDirectory& acts, bool allowPrefix, QString* actId)
{
    QStringList words;
    QList<int> index;
    for (int j = i; isWord(t, j) && words.size() < 16; ++j) {
        if (isCountryWord(t.at(j).norm))
            continue;
        words << t.at(j).norm;
        index << j;
    }
    const ActDirectory::NameMatch m = acts.matchName(words, 0, allowPrefix);
    if (m.words == 0)
        return i;
    *actId = m.actId;
    return index.at(m.words - 1) + 1;
}

QString resolveByDateNumber(const ActDirectory& acts, ActKind kind, const QDate& date, const QString& number)
{
    if (number.isEmpty())
        return {};
    QString id = acts.findByNumber(number, date);
    if (id.isEmpty() && acts.derivesIds())
        id = ActDirectory::derivedAdiletId(kind, date, number);
    return id;
}

bool buildReference(const QString& text, const Chain& chain, const ReferenceContext& ctx, Reference* out)
{
    QStringList segs;
    if (!ctx.provisionKey.contains(u':'))
        segs = ctx.provisionKey.split(u'/', Qt::SkipEmptyParts);
    const bool named = chain.act.kind == ActRef::Named;
    Reference r;
    r.start = chain.start;
    r.length = chain.end - chain.start;
    r.text = text.mid(r.start, r.length);
    if (named) {
        r.actId = chain.act.actId;
        r.kind = r.actId.isEmpty() ? ReferenceKind::Unresolved
            : r.actId == ctx.actId ? ReferenceKind::Internal
                                   : ReferenceKind::OtherAct;
        r.actName = chain.act.name;
    } else {
        r.actId = ctx.actId;
        r.kind = ctx.actId.isEmpty() ? ReferenceKind::Unresolved : ReferenceKind::Internal;
        if (chain.act.kind == ActRef::Self && ctx.actId.isEmpty())
            r.actName = chain.act.name;
    }

    const LevelRef* path[4] = { nullptr, nullptr, nullptr, nullptr };
    const LevelRef* chapter = nullptr;
    for (const LevelRef& l : chain.levels) {
        const int rank = levelRank(l.level);
        if (rank == 0)
            chapter = chapter ? chapter : &l;
        else if (rank > 0 && !path[rank])
            path[rank] = &l;
    }
    int top = 0;
    int lowest = 0;
    for (int rank = 1; rank <= 3; ++rank) {
        if (path[rank]) {
            top = top ? top : rank;
            lowest = rank;
        }
    }
    if (lowest == 0 && chapter && !chapter->self) {
        const QString prefix = chapter->level == Level::Chapter ? QStringLiteral("ch:") : QStringLiteral("sec:");
        for (const NumItem& n : chapter->nums)
            r.targets << ReferenceTarget { n.start, n.len, prefix + n.num };
    } else if (lowest > 0 && !path[lowest]->self) {
        QStringList prefix;
        bool ok = true;
        for (int rank = 1; rank < lowest && ok; ++rank) {
            const LevelRef* l = path[rank];
            if (l && l->self) {
                ok = !named && segs.size() >= rank;
                if (ok)
                    prefix = segs.mid(0, rank);
            } else if (l) {
                prefix << l->nums.first().num;
            } else if (rank < top) {
                if (!named && segs.size() >= rank)
                    prefix << segs.at(rank - 1);
                else if (rank == 1)
                    ok = false;
            }
        }
        if (ok) {
            for (const NumItem& n : path[lowest]->nums)
                r.targets << ReferenceTarget { n.start, n.len, QStringList(prefix + QStringList { n.num }).join(u'/') };
        }
    }
    if (r.targets.isEmpty() && !named)
        return false;
    *out = r;
    return true;
}

} // namespace zanlink::refs
