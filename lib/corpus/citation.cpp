#include "corpus/citation.h"

#include <QStringList>

namespace zanlink {

namespace {

QString ruStep(const CitationStep& s)
{
    switch (s.kind) {
    case ProvisionKind::Section:
        return u"разд. " + s.number;
    case ProvisionKind::Chapter:
        return u"гл. " + s.number;
    case ProvisionKind::Article:
        return u"ст. " + s.number;
    case ProvisionKind::Paragraph:
        return u"п. " + s.number;
    case ProvisionKind::Subparagraph:
        return u"пп. " + s.number + u')';
    case ProvisionKind::Note:
        return QStringLiteral("примечание к");
    default:
        return {};
    }
}

QString enStep(const CitationStep& s)
{
    switch (s.kind) {
    case ProvisionKind::Section:
        return u"Section " + s.number;
    case ProvisionKind::Chapter:
        return u"Chapter " + s.number;
    case ProvisionKind::Article:
        return u"Art. " + s.number;
    case ProvisionKind::Paragraph:
        return u"para. " + s.number;
    case ProvisionKind::Subparagraph:
        return u"subpara. " + s.number + u')';
    case ProvisionKind::Note:
        return QStringLiteral("note to");
    default:
        return {};
    }
}

// Kazakh: the number joins the noun with a hyphen; every step but the last
// takes the genitive, the last the possessive nominative.
QString kkStep(const CitationStep& s, bool last)
{
    switch (s.kind) {
    case ProvisionKind::Section:
        return s.number + (last ? u"-бөлімі" : u"-бөлімінің");
    case ProvisionKind::Chapter:
        return s.number + (last ? u"-тарауы" : u"-тарауының");
    case ProvisionKind::Article:
        return s.number + (last ? u"-бабы" : u"-бабының");
    case ProvisionKind::Paragraph:
        return s.number + (last ? u"-тармағы" : u"-тармағының");
    case ProvisionKind::Subparagraph:
        return s.number + (last ? u") тармақшасы" : u") тармақшасының");
    case ProvisionKind::Note:
        return last ? QStringLiteral("ескертпесі") : QStringLiteral("ескертпесінің");
    default:
        return {};
    }
}

QList<CitationStep> citable(const QList<CitationStep>& path)
{
    QList<CitationStep> out;
    for (const CitationStep& s : path) {
        if (s.kind == ProvisionKind::Text || s.kind == ProvisionKind::Preamble || s.kind == ProvisionKind::Signature)
            continue;
        out << s;
    }
    return out;
}

// The act's name after the provisions (genitive), or alone (nominative).
QString ruActName(ActKind kind, bool alone)
{
    switch (kind) {
    case ActKind::Code:
        return alone ? QStringLiteral("Кодекс РК") : QStringLiteral("Кодекса РК");
    case ActKind::Rules:
        return QStringLiteral("Правила");
    default:
        return alone ? QStringLiteral("Закон РК") : QStringLiteral("Закона РК");
    }
}

QString kkActGenitive(ActKind kind, bool last)
{
    switch (kind) {
    case ActKind::Code:
        return last ? QStringLiteral("ҚР Кодексі") : QStringLiteral("ҚР Кодексінің");
    case ActKind::Rules:
        return last ? QStringLiteral("Қағидалары") : QStringLiteral("Қағидаларының");
    default:
        return last ? QStringLiteral("ҚР Заңы") : QStringLiteral("ҚР Заңының");
    }
}

QString enActName(ActKind kind)
{
    switch (kind) {
    case ActKind::Code:
        return QStringLiteral("the Code of the RK");
    case ActKind::Rules:
        return QStringLiteral("the Rules");
    default:
        return QStringLiteral("the Law of the RK");
    }
}

} // namespace

QString shortCitation(const CitationTarget& t)
{
    const QList<CitationStep> path = citable(t.path);
    QStringList parts;
    if (t.actTitle.trimmed().isEmpty()) {
        // An act known only by its id (no title in the source nor in the
        // catalogue): name it by the id rather than cite an empty «».
        switch (t.language) {
        case Language::Ru:
            for (qsizetype i = path.size() - 1; i >= 0; --i)
                parts << ruStep(path.at(i));
            parts << (path.isEmpty() ? u"Акт " : u"акта ") + t.actId;
            return parts.join(u' ');
        case Language::En:
            for (qsizetype i = path.size() - 1; i >= 0; --i)
                parts << enStep(path.at(i));
            parts << (path.isEmpty() ? u"Act " : u"act ") + t.actId;
            return parts.join(QStringLiteral(" of "));
        case Language::Kk:
            parts << t.actId + (path.isEmpty() ? u" актісі" : u" актісінің");
            for (qsizetype i = 0; i < path.size(); ++i)
                parts << kkStep(path.at(i), i == path.size() - 1);
            return parts.join(u' ');
        }
    }
    switch (t.language) {
    case Language::Ru: {
        for (qsizetype i = path.size() - 1; i >= 0; --i)
            parts << ruStep(path.at(i));
        parts << ruActName(t.actKind, path.isEmpty()) + u" «" + t.actTitle + u'»';
        return parts.join(u' ');
    }
    case Language::En: {
        for (qsizetype i = path.size() - 1; i >= 0; --i)
            parts << enStep(path.at(i));
        QString act = enActName(t.actKind) + u" \u201C" + t.actTitle + u'\u201D';
        if (parts.isEmpty()) {
            act[0] = act.at(0).toUpper();
            return act;
        }
        return parts.join(QStringLiteral(" of ")) + u" of " + act;
    }
    case Language::Kk: {
        parts << u'«' + t.actTitle + u"» " + kkActGenitive(t.actKind, path.isEmpty());
        for (qsizetype i = 0; i < path.size(); ++i)
            parts << kkStep(path.at(i), i == path.size() - 1);
        return parts.join(u' ');
    }
    }
    return {};
}

QString fullCitation(const CitationTarget& t)
{
    const QString date = t.editionDate.isValid() ? t.editionDate.toString(QStringLiteral("dd.MM.yyyy")) : QString();
    QString edition;
    switch (t.language) {
    case Language::Ru:
        edition = date.isEmpty() ? QStringLiteral("на русском языке")
                                 : u"на русском языке, редакция по состоянию на " + date;
        break;
    case Language::Kk:
        edition = date.isEmpty() ? QStringLiteral("қазақ тілінде") : u"қазақ тілінде, " + date + u" жағдай бойынша";
        break;
    case Language::En:
        edition = date.isEmpty() ? QStringLiteral("in English, unofficial translation")
                                 : u"in English, unofficial translation, as of " + date;
        break;
    }
    return shortCitation(t) + u" (" + edition + u"; " + officialUrl(t.actId, t.language, t.anchor).toString() + u')';
}

QString provisionLabel(ProvisionKind kind, const QString& number, Language lang)
{
    // Kazakh joins the number to the noun; Russian and English put the noun first.
    auto label = [&](const char16_t* kk, const char16_t* ru, const char16_t* en) -> QString {
        if (lang == Language::Kk)
            return number + QStringView(kk);
        return QString::fromUtf16(lang == Language::Ru ? ru : en) + number + u'.';
    };
    switch (kind) {
    case ProvisionKind::Section:
        return label(u"-бөлім.", u"Раздел ", u"Section ");
    case ProvisionKind::Chapter:
        return label(u"-тарау.", u"Глава ", u"Chapter ");
    case ProvisionKind::Article:
        return label(u"-бап.", u"Статья ", u"Article ");
    case ProvisionKind::Paragraph:
        return number + u'.';
    case ProvisionKind::Subparagraph:
        return number + u')';
    case ProvisionKind::Note:
        return lang == Language::Kk ? QStringLiteral("Ескертпе.")
                                    : (lang == Language::Ru ? QStringLiteral("Примечание.") : QStringLiteral("Note."));
    default:
        return {};
    }
}

} // namespace zanlink

namespace zanlink {

QString compactKeyLabel(const QString& key, Language lang)
{
    if (key.startsWith(u"ch:") || key.startsWith(u"sec:")) {
        const bool chapter = key.startsWith(u"ch:");
        const QString n = key.section(u':', 1);
        if (lang == Language::Kk)
            return n + QString::fromUtf16(chapter ? u"-тарау" : u"-бөлім");
        if (lang == Language::Ru)
            return QString::fromUtf16(chapter ? u"гл. " : u"разд. ") + n;
        return QString::fromUtf16(chapter ? u"Ch. " : u"Sec. ") + n;
    }
    QStringList parts;
    const QStringList segments = key.split(u'/');
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString& s = segments.at(i);
        if (s == u"note") {
            parts << (lang == Language::Kk
                    ? QStringLiteral("ескертпе")
                    : (lang == Language::Ru ? QStringLiteral("прим.") : QStringLiteral(", note")));
        } else if (s == u"preamble" || s == u"signature" || s.startsWith(u't')) {
            continue;
        } else if (i == 0) {
            parts << (lang == Language::Kk ? QString(s + u"-бап")
                                           : QString((lang == Language::Ru ? u"ст. " : u"Art. ") + s));
        } else if (i == 1) {
            parts << (lang == Language::Kk ? QString(s + u"-тармақ")
                    : lang == Language::Ru ? QString(u"п. " + s)
                                           : QString(u"(" + s + u")"));
        } else {
            parts << (lang == Language::Kk ? QString(s + u") тармақша")
                    : lang == Language::Ru ? QString(u"пп. " + s + u")")
                                           : QString(u"(" + s + u")"));
        }
    }
    if (parts.isEmpty())
        return key;
    return parts.join(lang == Language::En ? QString() : QStringLiteral(", "));
}

} // namespace zanlink
