#include "refs/quick_open.h"

#include "refs/refs_internal.h"

#include <algorithm>

namespace zanlink {

namespace {
using refs::Level;

Level levelWord(const QString& w)
{
    static const QList<std::pair<QString, Level>> words {
        { QStringLiteral("ст"), Level::Article },
        { QStringLiteral("стат"), Level::Article },
        { QStringLiteral("art"), Level::Article },
        { QStringLiteral("бап"), Level::Article },
        { QStringLiteral("баб"), Level::Article },
        { QStringLiteral("пп"), Level::Sub },
        { QStringLiteral("подп"), Level::Sub },
        { QStringLiteral("тармақш"), Level::Sub },
        { QStringLiteral("sub"), Level::Sub },
        { QStringLiteral("п"), Level::Paragraph },
        { QStringLiteral("ч"), Level::Paragraph },
        { QStringLiteral("тармақ"), Level::Paragraph },
        { QStringLiteral("тармағ"), Level::Paragraph },
        { QStringLiteral("бөлік"), Level::Paragraph },
        { QStringLiteral("para"), Level::Paragraph },
        { QStringLiteral("item"), Level::Paragraph },
        { QStringLiteral("part"), Level::Paragraph },
        { QStringLiteral("гл"), Level::Chapter },
        { QStringLiteral("тарау"), Level::Chapter },
        { QStringLiteral("ch"), Level::Chapter },
    };
    Level best = Level::None;
    qsizetype bestLen = 0;
    for (const auto& [stem, level] : words) {
        const bool hit = stem.size() <= 2 ? w == stem : w.startsWith(stem);
        if (hit && stem.size() > bestLen) {
            best = level;
            bestLen = stem.size();
        }
    }
    if (w.startsWith(u"пункт"))
        return Level::Paragraph;
    return best;
}

// The act whose names contain every typed word (as a word or its beginning).
QString actForWords(const QStringList& words, const ActDirectory& acts)
{
    for (const ActDirectory::Act& a : acts.acts()) {
        QStringList nameWords;
        for (Language l : kAllLanguages) {
            for (const refs::Token& t : refs::tokenize(a.titles.value(l)))
                nameWords << t.norm;
        }
        const bool all = std::all_of(words.begin(), words.end(), [&](const QString& w) {
            return std::any_of(nameWords.begin(), nameWords.end(),
                [&](const QString& n) { return sameWordStem(w, n) || (w.size() >= 3 && n.startsWith(w)); });
        });
        if (all)
            return a.id;
    }
    return {};
}
} // namespace

std::optional<QuickOpenTarget> parseQuickOpen(const QString& typed, const ActDirectory& acts)
{
    QuickOpenTarget target;
    QString rest = typed.trimmed();
    const QString first = rest.section(u' ', 0, 0);
    if (isAdiletId(first.toUpper())) {
        target.actId = first.toUpper();
        rest = rest.mid(first.size());
    }
    const QList<refs::Token> t = refs::tokenize(rest);
    QStringList nameWords;
    QList<std::pair<Level, QString>> numbers;
    Level pending = Level::None;
    for (int i = 0; i < t.size(); ++i) {
        const refs::Token& tok = t.at(i);
        if (tok.type == refs::Tok::Num || tok.type == refs::Tok::SubNum) {
            numbers << std::pair { pending, tok.norm };
            pending = Level::None;
        } else if (tok.type == refs::Tok::Word) {
            const Level l = levelWord(tok.norm);
            if (tok.glued && l != Level::None && !numbers.isEmpty()) {
                numbers.last().first = l; // 41-1-бап
            } else if (l != Level::None) {
                pending = l;
            } else if (!tok.glued) {
                nameWords << tok.norm;
            }
        }
    }
    if (!nameWords.isEmpty()) {
        if (!target.actId.isEmpty())
            return std::nullopt;
        target.actId = actForWords(nameWords, acts);
        if (target.actId.isEmpty())
            return std::nullopt;
    }
    if (numbers.isEmpty())
        return target.actId.isEmpty() ? std::nullopt : std::optional<QuickOpenTarget>(target);
    if (numbers.size() == 1 && numbers.first().first == Level::Chapter) {
        target.key = u"ch:" + numbers.first().second;
        return target;
    }
    const bool allLabelled
        = std::all_of(numbers.begin(), numbers.end(), [](const auto& n) { return n.first != Level::None; });
    if (allLabelled) {
        std::stable_sort(numbers.begin(), numbers.end(),
            [](const auto& a, const auto& b) { return refs::levelRank(a.first) < refs::levelRank(b.first); });
    }
    QStringList key;
    for (const auto& n : numbers)
        key << n.second;
    target.key = key.join(u'/');
    return target;
}

} // namespace zanlink
