#include "store/library_search.h"

#include "text/phrase_matcher.h"
#include "text/search_folding.h"
#include "text/search_query.h"

#include <QCoreApplication>
#include <algorithm>

namespace zanlink {

namespace {

bool containsPhrase(const QString& haystack, const QString& phrase)
{
    return !phrase.isEmpty() && normaliseText(haystack).contains(phrase);
}

} // namespace

QString markMatches(const QString& marked, const QString& begin, const QString& end)
{
    QString out = marked;
    out.replace(kMatchBegin, begin);
    out.replace(kMatchEnd, end);
    return out;
}

SearchResults searchLibrary(Database& db, const QString& query, const SearchOptions& options)
{
    SearchResults results;
    const SearchQuery parsed = parseSearchQuery(query, options.prefixLast);
    results.message = parsed.message;
    if (parsed.isEmpty())
        return results;
    const int limit = qBound(1, options.limit, 1000);
    // The phrase as typed, folded like the text it is compared with.
    const QString phrase
        = normaliseText(parsed.phrases.isEmpty() ? parsed.words.join(u' ') : parsed.phrases.constFirst());

    const QList<Language> languages = options.language ? QList<Language> { *options.language } : kAllLanguages;
    // The words together in any inflected form ("конфликта интересов" for
    // "конфликт интересов") rank next after the words exactly as typed.
    const QString together = parsed.phrases.isEmpty() ? parsed.words.join(u' ') : parsed.phrases.constFirst();
    const bool severalWords = together.contains(u' ');
    for (Language lang : languages) {
        const PhraseMatcher inflected(lang, QStringList { together });
        const QString table = QStringLiteral("search_") + languageCode(lang);
        // FTS5 ranks the matches itself and hands over only the best `window`
        // (ORDER BY rank LIMIT in the inner query), so a common word costs the
        // ranking, not a join and a snippet per match. Rows of older editions or
        // other acts are dropped after that: when too few are left and FTS5 had
        // more, the window grows.
        Statement s = db.prepare(QStringLiteral(
            "SELECT h.rowid, h.rank, h.snip, h.head, p.key, p.kind, p.heading, p.text, e.id, e.act_id "
            "FROM (SELECT rowid, rank, snippet(%1, 1, char(2), char(3), '…', 24) AS snip, "
            "        highlight(%1, 0, char(2), char(3)) AS head "
            "      FROM %1 WHERE %1 MATCH ?1 AND rank MATCH 'bm25(8.0, 1.0)' ORDER BY rank LIMIT ?4) h "
            "JOIN provisions p ON p.id = h.rowid JOIN editions e ON e.id = p.edition_id "
            "WHERE e.id IN (SELECT id FROM latest_editions) AND (?2 = '' OR e.act_id = ?2) "
            "ORDER BY h.rank LIMIT ?3")
                                     .arg(table));
        // Whether FTS5 holds more matches than the window (no ranking needed to know).
        Statement more = db.prepare(
            QStringLiteral("SELECT 1 FROM %1 WHERE %1 MATCH ?1 LIMIT 1 OFFSET ?2").arg(table));
        const qsizetype before = results.hits.size();
        for (qint64 window = qint64(limit) * 4;; window *= 4) {
            results.hits.resize(before);
            db.setError(QString());
            s.reset();
            s.bind(1, parsed.matchExpression).bind(2, options.actId).bind(3, limit * 2).bind(4, window);
            while (s.next()) {
                SearchHit h;
                h.provisionId = s.integer(0);
                h.rank = s.text(1).toDouble();
                h.snippet = s.text(2);
                h.headingMarked = s.text(3);
                h.key = s.text(4);
                h.kind = provisionKindFromName(s.text(5)).value_or(ProvisionKind::Text);
                h.heading = s.text(6);
                h.editionId = s.integer(8);
                h.actId = s.text(9);
                h.language = lang;
                h.headingMatch = h.headingMarked.contains(kMatchBegin);
                h.exactPhrase = containsPhrase(h.heading, phrase) || containsPhrase(s.text(7), phrase);
                h.inflectedPhrase = h.exactPhrase
                    || (severalWords
                        && (!inflected.find(h.heading).isEmpty() || !inflected.find(s.text(7)).isEmpty()));
                if (h.snippet.isEmpty())
                    h.snippet = h.headingMarked;
                results.hits << h;
            }
            if (results.hits.size() - before >= limit * 2 || !db.lastError().isEmpty())
                break;
            more.reset();
            more.bind(1, parsed.matchExpression).bind(2, window);
            if (!more.next())
                break; // FTS5 had no more than the window
        }
        if (!db.lastError().isEmpty()) {
            // The query reached FTS5 in a form it refused: say so plainly.
            results.message = QCoreApplication::translate(
                "zanlink::SearchQuery", "The search could not use this query; try plain words.");
            db.setError(QString());
        }
    }
    std::stable_sort(results.hits.begin(), results.hits.end(), [](const SearchHit& a, const SearchHit& b) {
        if (a.exactPhrase != b.exactPhrase)
            return a.exactPhrase;
        if (a.inflectedPhrase != b.inflectedPhrase)
            return a.inflectedPhrase;
        if (a.headingMatch != b.headingMatch)
            return a.headingMatch;
        return a.rank < b.rank;
    });
    if (results.hits.size() > limit)
        results.hits.resize(limit);
    return results;
}

} // namespace zanlink
