#pragma once

#include <QString>

struct sqlite3;

namespace zanlink {

// Registers an FTS5 tokenizer named "zanlink" on this connection. Call it on
// every connection before touching the tables. Table usage:
//   CREATE VIRTUAL TABLE t USING fts5(heading, text, tokenize = 'zanlink kk')
// with one argument, kk, ru or en (languageFromCode's spellings are accepted);
// a missing, extra or unknown argument makes the table unusable (an error
// from the tokenizer's constructor).
// The tokenizer splits UTF-8 with ICU word break over a UText on the bytes, so
// token offsets are byte offsets of the input as highlight()/snippet() need,
// and emits SearchKeyMaker keys; for a prefix query term
// (FTS5_TOKENIZE_PREFIX) it emits the prefix key. Invalid UTF-8 is read as
// U+FFFD; tokens are capped at 256 bytes.
bool registerSearchTokenizer(sqlite3* db, QString* error);

inline constexpr const char* kSearchTokenizerName = "zanlink";

} // namespace zanlink
