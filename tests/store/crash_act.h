#pragma once
// A fictional act for the import crash test: deterministic from its number,
// shaped like a law (articles, paragraphs, citations of other articles and of
// the other fictional acts) so an import stores rows, links and the search
// index. None of it is a statute's text.

#include "corpus/provision.h"

namespace zanlink::testing {

inline constexpr int kCrashArticles = 40;
inline constexpr int kCrashParagraphs = 6;

inline QString crashActId(int n)
{
    return QStringLiteral("Z99%1").arg(n, 8, 10, QLatin1Char('0'));
}

// Articles and their paragraphs: the number of provisions the act stores.
inline int crashProvisionCount()
{
    return kCrashArticles * (1 + kCrashParagraphs);
}

inline ActEdition crashAct(int n)
{
    ActEdition e;
    e.actId = crashActId(n);
    e.language = Language::Ru;
    e.title = QStringLiteral("Вымышленный закон номер %1").arg(n);
    e.editionDate = QDate(2099, 1, 1).addDays(n);
    e.sourceKind = QStringLiteral("text");
    for (int a = 1; a <= kCrashArticles; ++a) {
        Provision article;
        article.kind = ProvisionKind::Article;
        article.key = article.number = QString::number(a);
        article.heading = QStringLiteral("Вымышленная статья %1 закона %2").arg(a).arg(n);
        for (int p = 1; p <= kCrashParagraphs; ++p) {
            Provision para;
            para.kind = ProvisionKind::Paragraph;
            para.number = QString::number(p);
            para.key = article.key + u'/' + para.number;
            para.text = QStringLiteral("Вымышленный оператор %1 действует в соответствии с пунктом %2 статьи %3 "
                                       "настоящего Закона и статьей 41-1 Закона Республики Казахстан «О связи».")
                            .arg(n * 1000 + a * 10 + p)
                            .arg(1 + p % kCrashParagraphs)
                            .arg(1 + (a + p) % kCrashArticles);
            article.children << para;
        }
        e.provisions << article;
    }
    return e;
}

} // namespace zanlink::testing
