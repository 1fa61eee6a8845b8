#pragma once

#include "corpus/provision.h"
#include "store/sqlite_db.h"

#include <QList>
#include <optional>

namespace zanlink {

struct SearchOptions {
    std::optional<Language> language; // all three when unset
    QString actId; // all acts when empty
    int limit = 50;
    bool prefixLast = false; // search as you type: the last word may be unfinished
};

// Marks around matched words in SearchHit::snippet and ::headingMarked.
constexpr char16_t kMatchBegin = u'\x02';
constexpr char16_t kMatchEnd = u'\x03';

struct SearchHit {
    qint64 provisionId = 0;
    qint64 editionId = 0;
    QString actId;
    Language language = Language::Ru;
    QString key;
    ProvisionKind kind = ProvisionKind::Text;
    QString heading;
    QString headingMarked; // the heading with matches marked
    QString snippet; // a window of the text with matches marked
    bool exactPhrase = false; // the words as typed occur together
    bool inflectedPhrase = false; // the words occur together, maybe in other forms
    bool headingMatch = false;
    double rank = 0; // bm25: lower is better
};

// A word found in more provisions than this (in one language) is ranked among
// its first this many matches only, so search as you type stays quick in a
// large library; SearchResults::truncatedRanking says so.
constexpr int kRankedMatches = 4000;

struct SearchResults {
    QList<SearchHit> hits;
    QString message; // why nothing was searched, or what was left out of the query
    bool truncatedRanking = false; // some language had more than kRankedMatches matches
};

// Full-text search over the newest edition of every act in the library,
// folded as the index is (see lib/text): Russian-keyboard Kazakh and Kazakh
// Latin find Kazakh Cyrillic. Exact phrases and heading matches rank first.
// Never fails with SQL errors on what a user types.
SearchResults searchLibrary(Database& db, const QString& query, const SearchOptions& options = {});

// Replaces the match marks with `begin` and `end`.
QString markMatches(const QString& marked, const QString& begin, const QString& end);

} // namespace zanlink
