#include "store/library_search.h"

#include "text/phrase_matcher.h"
#include "text/search_folding.h"
#include "text/search_query.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <limits>

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
        const auto hitFrom = [&](Statement& s, const QString& snippet, const QString& headingMarked) {
            SearchHit h;
            h.provisionId = s.integer(0);
            h.rank = s.text(1).toDouble();
            h.key = s.text(2);
            h.kind = provisionKindFromName(s.text(3)).value_or(ProvisionKind::Text);
            h.heading = s.text(4);
            h.editionId = s.integer(6);
            h.actId = s.text(7);
            h.language = lang;
            h.snippet = snippet.isEmpty() ? headingMarked : snippet;
            h.headingMarked = headingMarked;
            h.headingMatch = headingMarked.contains(kMatchBegin);
            h.exactPhrase = containsPhrase(h.heading, phrase) || containsPhrase(s.text(5), phrase);
            h.inflectedPhrase = h.exactPhrase
                || (severalWords && (!inflected.find(h.heading).isEmpty() || !inflected.find(s.text(5)).isEmpty()));
            return h;
        };
        const QString columns = QStringLiteral("h.rowid, h.rank, p.key, p.kind, p.heading, p.text, e.id, e.act_id");
        const QString joined = QStringLiteral(
            "JOIN provisions p ON p.id = h.rowid JOIN editions e ON e.id = p.edition_id "
            "WHERE e.id IN (SELECT id FROM latest_editions) AND (?2 = '' OR e.act_id = ?2) ORDER BY h.rank LIMIT ?3");
        // Whether FTS5 holds more matches than a number (no ranking needed to know).
        Statement more = db.prepare(
            QStringLiteral("SELECT 1 FROM %1 WHERE %1 MATCH ?1 LIMIT 1 OFFSET ?2").arg(table));
        more.bind(1, parsed.matchExpression).bind(2, kRankedMatches);
        db.setError(QString());
        const bool common = more.next();
        QList<SearchHit> found;
        if (!common) {
            // FTS5 ranks every match and hands over only the best `window`
            // (ORDER BY rank LIMIT in the inner query). Rows of older editions
            // or other acts are dropped after that: when too few are left and
            // FTS5 had more, the window grows.
            Statement s = db.prepare(u"SELECT " + columns + u" FROM (SELECT rowid, rank FROM "
                + QStringLiteral("%1 WHERE %1 MATCH ?1 AND rank MATCH 'bm25(8.0, 1.0)' ORDER BY rank LIMIT ?4) h ")
                      .arg(table)
                + joined);
            for (qint64 window = qint64(limit) * 4;; window *= 4) {
                found.clear();
                s.reset();
                s.bind(1, parsed.matchExpression).bind(2, options.actId).bind(3, limit * 2).bind(4, window);
                while (s.next())
                    found << hitFrom(s, QString(), QString());
                if (found.size() >= limit * 2 || !db.lastError().isEmpty())
                    break;
                more.reset();
                more.bind(1, parsed.matchExpression).bind(2, window);
                if (!more.next())
                    break; // FTS5 had no more than the window
            }
        } else {
            // A word found in very many provisions: the first kRankedMatches of
            // them (in the order they were stored) are ranked, the best shown,
            // so typing a common word stays quick however large the library.
            Statement s = db.prepare(u"SELECT " + columns + u" FROM (SELECT rowid, rank FROM "
                + QStringLiteral("%1 WHERE %1 MATCH ?1 AND rank MATCH 'bm25(8.0, 1.0)' LIMIT ?4) h ").arg(table)
                + joined);
            s.bind(1, parsed.matchExpression).bind(2, options.actId).bind(3, limit * 2).bind(4, kRankedMatches);
            while (s.next())
                found << hitFrom(s, QString(), QString());
        }
        // The snippets and marked headings of the rows kept, in one pass of
        // FTS5 over their range of rowids: snippets of rows dropped afterwards
        // cost as much as those shown, and one query per row re-read a
        // prefix's whole list of matches each time.
        if (!found.isEmpty() && db.lastError().isEmpty()) {
            QJsonArray ids;
            qint64 low = std::numeric_limits<qint64>::max();
            qint64 high = std::numeric_limits<qint64>::min();
            for (const SearchHit& h : std::as_const(found)) {
                ids.append(h.provisionId);
                low = qMin(low, h.provisionId);
                high = qMax(high, h.provisionId);
            }
            Statement marks = db.prepare(
                QStringLiteral("SELECT rowid, snippet(%1, 1, char(2), char(3), '…', 24), "
                               "highlight(%1, 0, char(2), char(3)) FROM %1 WHERE %1 MATCH ?1 "
                               "AND rowid BETWEEN ?2 AND ?3 AND +rowid IN (SELECT value FROM json_each(?4))")
                    .arg(table));
            marks.bind(1, parsed.matchExpression)
                .bind(2, low)
                .bind(3, high)
                .bind(4, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
            QHash<qint64, QPair<QString, QString>> marked;
            while (marks.next())
                marked.insert(marks.integer(0), { marks.text(1), marks.text(2) });
            for (SearchHit& h : found) {
                const auto m = marked.constFind(h.provisionId);
                if (m == marked.cend())
                    continue;
                h.snippet = m->first.isEmpty() ? m->second : m->first;
                h.headingMarked = m->second;
                h.headingMatch = m->second.contains(kMatchBegin);
            }
        }
        results.hits << found;
        if (common) {
            results.truncatedRanking = true;
            if (results.message.isEmpty())
                results.message = QCoreApplication::translate("zanlink::SearchQuery",
                    "These words are in very many provisions: the best of the first %1 are shown. Add a word to "
                    "narrow the search.")
                                       .arg(kRankedMatches);
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
