#pragma once

#include <QString>
#include <QStringList>

namespace zanlink {

// What a user typed, made into a safe FTS5 MATCH expression.
struct SearchQuery {
    // Quoted words and phrases joined by spaces (FTS5's implicit AND), e.g.
    //   "ложная" "информация" "онлайн платформ" *
    // Empty when nothing searchable was typed.
    QString matchExpression;
    // Every word searched for, loose or inside a phrase, in order, as typed.
    QStringList words;
    // Each quoted phrase of two or more words, its words joined by one space.
    QStringList phrases;
    // For the user: why the query is empty, or that it was shortened.
    QString message;

    bool isEmpty() const { return matchExpression.isEmpty(); }
};

// Words are found with wordSpans (letters and numbers) and quoted, so no FTS5
// syntax (AND OR NOT NEAR * ^ : ( ) + column filters) ever reaches FTS5
// unquoted. Text in double quotes ("…", «…», “…”, „…“) is a phrase; a quote
// left open is taken as closed at the end. With `prefixLast` the last word
// gets a prefix * unless it is inside a phrase (as typed so far). Input is cut
// to kMaxQueryChars characters and kMaxQueryWords words, with a note.
SearchQuery parseSearchQuery(const QString& userText, bool prefixLast);

inline constexpr int kMaxQueryChars = 1000;
inline constexpr int kMaxQueryWords = 64;

} // namespace zanlink
