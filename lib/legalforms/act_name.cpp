#include "legalforms/act_name_p.h"
#include "legalforms/citation_phrase.h"
#include "legalforms/legal_date.h"

#include <QStringList>
#include <array>

namespace zanlink::detail {

namespace {

using Forms = std::array<const char16_t*, 6>; // nom, gen, dat, acc, ins, prep

size_t ruIndex(GramCase c)
{
    switch (c) {
    case GramCase::Nominative:
        return 0;
    case GramCase::Genitive:
    case GramCase::Ablative:
        return 1;
    case GramCase::Dative:
        return 2;
    case GramCase::Accusative:
        return 3;
    case GramCase::Instrumental:
        return 4;
    case GramCase::Prepositional:
    case GramCase::Locative:
        break;
    }
    return 5;
}

QString ru(const Forms& forms, GramCase c)
{
    return QString::fromUtf16(forms[ruIndex(c)]);
}

const Forms kRuLaw { u"Закон", u"Закона", u"Закону", u"Закон", u"Законом", u"Законе" };
const Forms kRuCode { u"Кодекс", u"Кодекса", u"Кодексу", u"Кодекс", u"Кодексом", u"Кодексе" };
const Forms kRuRules { u"Правила", u"Правил", u"Правилам", u"Правила", u"Правилами", u"Правилах" };
const Forms kRuConstitution { u"Конституция", u"Конституции", u"Конституции", u"Конституцию", u"Конституцией",
    u"Конституции" };
const Forms kRuAct { u"акт", u"акта", u"акту", u"акт", u"актом", u"акте" };
const Forms kRuThisMasc { u"настоящий", u"настоящего", u"настоящему", u"настоящий", u"настоящим", u"настоящем" };
const Forms kRuThisFem { u"настоящая", u"настоящей", u"настоящей", u"настоящую", u"настоящей", u"настоящей" };
const Forms kRuThisPlural { u"настоящие", u"настоящих", u"настоящим", u"настоящие", u"настоящими", u"настоящих" };
// Adjectives before "кодекс": Уголовный, Гражданский, Предпринимательский.
const Forms kRuAdjY { u"ый", u"ого", u"ому", u"ый", u"ым", u"ом" };
const Forms kRuAdjI { u"ий", u"ого", u"ому", u"ий", u"им", u"ом" };
const Forms kRuAdjO { u"ой", u"ого", u"ому", u"ой", u"ым", u"ом" };

// Kazakh "осы …" forms: nominative, genitive, dative, accusative, locative, ablative, instrumental.
using KkForms = std::array<const char16_t*, 7>;
const KkForms kKkThisLaw { u"Заң", u"Заңның", u"Заңға", u"Заңды", u"Заңда", u"Заңнан", u"Заңмен" };
const KkForms kKkThisCode { u"Кодекс", u"Кодекстің", u"Кодекске", u"Кодексті", u"Кодексте", u"Кодекстен",
    u"Кодекспен" };
const KkForms kKkThisRules { u"Қағидалар", u"Қағидалардың", u"Қағидаларға", u"Қағидаларды", u"Қағидаларда",
    u"Қағидалардан", u"Қағидалармен" };
const KkForms kKkThisConstitution { u"Конституция", u"Конституцияның", u"Конституцияға", u"Конституцияны",
    u"Конституцияда", u"Конституциядан", u"Конституциямен" };
const KkForms kKkThisAct { u"акт", u"актінің", u"актіге", u"актіні", u"актіде", u"актіден", u"актімен" };

QString kk(const KkForms& forms, GramCase c)
{
    size_t i = 6;
    switch (c) {
    case GramCase::Nominative:
        i = 0;
        break;
    case GramCase::Genitive:
        i = 1;
        break;
    case GramCase::Dative:
        i = 2;
        break;
    case GramCase::Accusative:
        i = 3;
        break;
    case GramCase::Locative:
    case GramCase::Prepositional:
        i = 4;
        break;
    case GramCase::Ablative:
        i = 5;
        break;
    case GramCase::Instrumental:
        break;
    }
    return QString::fromUtf16(forms[i]);
}

bool isConstitution(const QString& title)
{
    return title.contains(u"Конституц", Qt::CaseInsensitive) || title.contains(u"Constitution", Qt::CaseInsensitive);
}

// Keeps the capital of the word being replaced.
QString likeCase(const QString& replacement, const QString& original)
{
    if (original.isEmpty() || replacement.isEmpty())
        return replacement;
    QString out = replacement;
    out[0] = original.at(0).isUpper() ? out.at(0).toUpper() : out.at(0).toLower();
    return out;
}

// Inflects a Russian title that names the act: the noun and an adjective before "кодекс".
QString ruInflectTitle(const QString& title, GramCase c)
{
    QStringList words = title.split(u' ');
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString w = words.at(i).toLower();
        if (w == u"кодекс") {
            words[i] = likeCase(ru(kRuCode, c), words.at(i));
            if (i > 0) {
                QString& adj = words[i - 1];
                const Forms* ending = adj.endsWith(u"ый") ? &kRuAdjY
                    : adj.endsWith(u"ий")                 ? &kRuAdjI
                    : adj.endsWith(u"ой")                 ? &kRuAdjO
                                                          : nullptr;
                if (ending && adj.size() > 3)
                    adj = adj.left(adj.size() - 2) + ru(*ending, c);
            }
            return words.join(u' ');
        }
        if (w == u"конституция") {
            words[i] = likeCase(ru(kRuConstitution, c), words.at(i));
            return words.join(u' ');
        }
        if (i == 0 && w == u"правила") {
            words[i] = likeCase(ru(kRuRules, c), words.at(i));
            return words.join(u' ');
        }
    }
    return title;
}

QString quoted(const QString& title, Language lang)
{
    return lang == Language::En ? QString(u'"' + title + u'"') : QString(u'«' + title + u'»');
}

} // namespace

QString bareTitle(const QString& title)
{
    QString t = title.trimmed();
    static const QString opening = QStringLiteral("«\"\u201C\u201E");
    static const QString closing = QStringLiteral("»\"\u201D\u201C");
    if (t.size() >= 2 && opening.contains(t.front()) && closing.contains(t.back()))
        t = t.mid(1, t.size() - 2).trimmed();
    return t;
}

bool titleNamesAct(const QString& title, Language lang)
{
    const QString t = bareTitle(title);
    switch (lang) {
    case Language::Ru:
        return t.split(u' ').contains(QStringLiteral("кодекс"), Qt::CaseInsensitive) || t.startsWith(u"Конституция")
            || t.startsWith(u"Правила");
    case Language::Kk: {
        const QString last = t.section(u' ', -1).toLower();
        return last == u"кодексі" || last == u"конституциясы" || last == u"қағидалары";
    }
    case Language::En:
        break;
    }
    return t.contains(u"Code") || t.contains(u"Constitution") || t.startsWith(u"Rules");
}

QString actPhrase(const ActRef& act, Language lang, GramCase c)
{
    const QString title = bareTitle(act.title);
    if (act.thisAct) {
        const bool constitution = isConstitution(title);
        switch (lang) {
        case Language::Ru:
            if (constitution)
                return ru(kRuThisFem, c) + u' ' + ru(kRuConstitution, c);
            switch (act.kind) {
            case ActKind::Law:
                return ru(kRuThisMasc, c) + u' ' + ru(kRuLaw, c);
            case ActKind::Code:
                return ru(kRuThisMasc, c) + u' ' + ru(kRuCode, c);
            case ActKind::Rules:
                return ru(kRuThisPlural, c) + u' ' + ru(kRuRules, c);
            case ActKind::Other:
                break;
            }
            return ru(kRuThisMasc, c) + u' ' + ru(kRuAct, c);
        case Language::Kk: {
            const KkForms& forms = constitution ? kKkThisConstitution
                : act.kind == ActKind::Law      ? kKkThisLaw
                : act.kind == ActKind::Code     ? kKkThisCode
                : act.kind == ActKind::Rules    ? kKkThisRules
                                                : kKkThisAct;
            return u"осы " + kk(forms, c);
        }
        case Language::En:
            break;
        }
        if (constitution)
            return QStringLiteral("this Constitution");
        switch (act.kind) {
        case ActKind::Law:
            return QStringLiteral("this Law");
        case ActKind::Code:
            return QStringLiteral("this Code");
        case ActKind::Rules:
            return QStringLiteral("these Rules");
        case ActKind::Other:
            break;
        }
        return QStringLiteral("this act");
    }

    if (title.isEmpty()) {
        // Known only by its id.
        switch (lang) {
        case Language::Ru:
            return ru(kRuAct, c) + u' ' + act.id;
        case Language::Kk:
            return act.id + u' ' + kazakhPossessiveCase(QStringLiteral("актісі"), c);
        case Language::En:
            break;
        }
        return u"act " + act.id;
    }

    if (titleNamesAct(title, lang)) {
        switch (lang) {
        case Language::Ru:
            return ruInflectTitle(title, c);
        case Language::Kk:
            return kazakhPossessiveCase(title, c);
        case Language::En:
            break;
        }
        return title.startsWith(u"The ") ? QString(u"the " + title.mid(4)) : QString(u"the " + title);
    }

    switch (lang) {
    case Language::Ru:
        switch (act.kind) {
        case ActKind::Law:
            return ru(kRuLaw, c) + u" Республики Казахстан " + quoted(title, lang);
        case ActKind::Code:
            return ru(kRuCode, c) + u" Республики Казахстан " + quoted(title, lang);
        case ActKind::Rules:
            return ru(kRuRules, c) + u' ' + quoted(title, lang);
        case ActKind::Other:
            break;
        }
        return ru(kRuAct, c) + u' ' + quoted(title, lang);
    case Language::Kk:
        switch (act.kind) {
        case ActKind::Law:
            return quoted(title, lang) + u" Қазақстан Республикасы " + kazakhPossessiveCase(QStringLiteral("Заңы"), c);
        case ActKind::Code:
            return quoted(title, lang) + u" Қазақстан Республикасы "
                + kazakhPossessiveCase(QStringLiteral("Кодексі"), c);
        case ActKind::Rules:
            return quoted(title, lang) + u' ' + kazakhPossessiveCase(QStringLiteral("Қағидалары"), c);
        case ActKind::Other:
            break;
        }
        return quoted(title, lang) + u' ' + kazakhPossessiveCase(QStringLiteral("актісі"), c);
    case Language::En:
        break;
    }
    switch (act.kind) {
    case ActKind::Law:
        return u"the Law of the Republic of Kazakhstan " + quoted(title, lang);
    case ActKind::Code:
        return u"the Code of the Republic of Kazakhstan " + quoted(title, lang);
    case ActKind::Rules:
        return u"the Rules " + quoted(title, lang);
    case ActKind::Other:
        break;
    }
    return u"the act " + quoted(title, lang);
}

} // namespace zanlink::detail

namespace zanlink {

QString fullActName(const CatalogueAct& act, Language lang, GramCase c)
{
    QString title = detail::bareTitle(act.titles.value(lang));
    if (title.isEmpty())
        title = detail::bareTitle(act.title(lang));
    const detail::ActRef ref { act.id, act.kind, title, false };
    const QString date = legalDate(act.adopted, lang, DateForm::OfTheDate);
    const QString number = actNumberText(act.number, lang);
    const bool namesItself = title.isEmpty() || detail::titleNamesAct(title, lang);

    auto joined = [](std::initializer_list<QString> parts) {
        QStringList out;
        for (const QString& p : parts) {
            if (!p.isEmpty())
                out << p;
        }
        return out.join(u' ');
    };

    switch (lang) {
    case Language::Ru: {
        const QString dateNumber = joined({ date.isEmpty() ? QString() : QString(u"от " + date), number });
        if (namesItself)
            return joined({ detail::actPhrase(ref, lang, c), dateNumber });
        // "Закон Республики Казахстан от … № … «…»": the date and number go before the title.
        QString name = detail::actPhrase(ref, lang, c);
        const qsizetype quote = name.lastIndexOf(u" «");
        return joined({ name.left(quote), dateNumber, name.mid(quote + 1) });
    }
    case Language::Kk: {
        const QString dateNumber = joined({ date, number });
        if (dateNumber.isEmpty())
            return detail::actPhrase(ref, lang, c);
        if (namesItself) {
            const QString name = detail::actPhrase(ref, lang, c);
            const QString republic = QStringLiteral("Қазақстан Республикасының ");
            const qsizetype at = name.indexOf(republic);
            if (at >= 0)
                return name.left(at + republic.size()) + dateNumber + u' ' + name.mid(at + republic.size());
            return dateNumber + u' ' + name;
        }
        // "«…» Қазақстан Республикасының 2023 жылғы 10 шілдедегі № 18-VIII Заңы"
        QString head = u'«' + title + u"» ";
        switch (act.kind) {
        case ActKind::Law:
            return head + u"Қазақстан Республикасының " + dateNumber + u' '
                + kazakhPossessiveCase(QStringLiteral("Заңы"), c);
        case ActKind::Code:
            return head + u"Қазақстан Республикасының " + dateNumber + u' '
                + kazakhPossessiveCase(QStringLiteral("Кодексі"), c);
        case ActKind::Rules:
            return head + dateNumber + u' ' + kazakhPossessiveCase(QStringLiteral("Қағидалары"), c);
        case ActKind::Other:
            break;
        }
        return head + dateNumber + u' ' + kazakhPossessiveCase(QStringLiteral("актісі"), c);
    }
    case Language::En:
        break;
    }
    const QString dated = date.isEmpty() ? QString() : QString(u"dated " + date);
    QString name = detail::actPhrase(ref, lang, c);
    if (name.startsWith(u"the "))
        name = name.mid(4);
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    if (namesItself)
        return joined({ name, number, dated });
    // "Law of the Republic of Kazakhstan No. … dated … \"…\""
    const qsizetype quote = name.indexOf(u" \"");
    return joined({ name.left(quote), number, dated, name.mid(quote + 1) });
}

} // namespace zanlink
