#include "refs/defined_terms.h"

#include "refs/act_directory.h"

#include <QRegularExpression>

namespace zanlink {

bool isDefinitionsHeading(const QString& heading)
{
    static const QRegularExpression re(
        QStringLiteral("основные\\s+понятия|понятия,?\\s+(используемые|применяемые|содержащиеся)|"
                       "(разъяснение|определение|толкование)\\s+(некоторых\\s+|основных\\s+)?(понятий|терминов)|"
                       "термины\\s+и\\s+определения|"
                       "негізгі\\s+ұғымдар|пайдаланылатын\\s+ұғымдар|қамтылған\\s+(кейбір\\s+)?ұғымдар|"
                       "ұғымдарды\\s+түсіндіру|"
                       "basic\\s+(concepts|definitions|terms)|terms\\s+and\\s+definitions|^definitions\\b|"
                       "concepts\\s+used\\s+in|(explanation|interpretation)\\s+of\\s+(certain\\s+|some\\s+)?"
                       "(concepts|terms)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re.match(normalizedWord(heading.trimmed())).hasMatch();
}

QList<DefinedTerm> findDefinedTerms(const QList<ProvisionText>& provisions, Language)
{
    // "3) term – definition" or "term: definition"; the number may already be stripped.
    static const QRegularExpression numberRe(QStringLiteral("\\A\\s*\\d+(?:-\\d+)*\\)\\s*"));
    static const QRegularExpression sepRe(
        QStringLiteral("\\s[\\x{2013}\\x{2014}-]\\s|\\s?[\\x{2013}\\x{2014}]\\s|:\\s*\\S"));
    QList<DefinedTerm> out;
    QString article;
    for (const ProvisionText& p : provisions) {
        if (p.isArticle) {
            article = isDefinitionsHeading(p.heading) ? p.key : QString();
            continue;
        }
        if (article.isEmpty() || !p.key.startsWith(article + u'/'))
            continue;
        QString text = p.text;
        const QRegularExpressionMatch num = numberRe.match(text);
        if (num.hasMatch())
            text = text.mid(num.capturedLength());
        else if (p.key.count(u'/') < 1)
            continue;
        const QRegularExpressionMatch sep = sepRe.match(text);
        if (!sep.hasMatch() || sep.capturedStart() == 0)
            continue;
        QString term = text.left(sep.capturedStart()).trimmed();
        while (term.endsWith(u',') || term.endsWith(u';'))
            term.chop(1); // "лицо, занимающее должность, – …"
        term = term.trimmed();
        if (term.isEmpty() || term.size() > 200)
            continue;
        out << DefinedTerm { term, p.key };
    }
    return out;
}

} // namespace zanlink
