#pragma once

// Shared machinery of the reference grammars: tokens, citation chains and how
// a chain becomes a Reference. Not part of the library's interface.

#include "refs/act_directory.h"
#include "refs/reference.h"

#include <QDate>
#include <QList>
#include <QString>

namespace zanlink::refs {

enum class Tok { Word, Num, SubNum, Date, Quote, Dash, NumSign, Dot, Comma, Other };

struct Token {
    Tok type = Tok::Other;
    int start = 0;
    int len = 0;
    QString norm; // Word: normalizedWord; Num/SubNum: the number ("41-1"); Date: "yyyy-MM-dd"
    bool glued = false; // Word joined to the number before it by a hyphen ("41-1-бабының", "567-II")
    int end() const { return start + len; }
};

QList<Token> tokenize(const QString& text);

enum class Level { None, Section, Chapter, Article, Paragraph, Sub };
int levelRank(Level level); // Section/Chapter 0, Article 1, Paragraph 2, Sub 3

struct NumItem {
    QString num;
    int start = 0;
    int len = 0;
};

struct LevelRef {
    Level level = Level::None;
    QList<NumItem> nums; // empty when self
    bool self = false; // "настоящей статьи", "осы тармақтың", "of this Article"
};

struct ActRef {
    enum Kind { None, Self, Named } kind = None;
    QString actId; // Named and identified
    QString name; // the words naming it
    int start = 0;
    int end = 0;
};

struct Chain {
    int start = 0; // text offsets
    int end = 0;
    QList<LevelRef> levels;
    ActRef act;
};

// Builds the reference; false when nothing linkable is left (e.g. only "настоящей статьи").
bool buildReference(const QString& text, const Chain& chain, const ReferenceContext& ctx, Reference* out);

// Numbers after a noun: "1-1 и 2", "5–7", "1) и 3)", "5 to 7". subs: expect "N)" tokens.
// Returns the token index after the list (== i when none).
int parseNumberList(const QList<Token>& t, int i, bool subs, QList<NumItem>* out);
bool isConjunction(const QString& w);
bool isRangeWord(const QString& w);

// Dates: "05.07.2004", "5 июля 2004 года", "2004 жылғы 5 шілдедегі", "5 July 2004", "July 5, 2004".
int parseDate(const QList<Token>& t, int i, QDate* date);
// "№ 567-II", "No. 567-II", "N 567-II" → "567-II".
int parseActNumber(const QList<Token>& t, int i, QString* number);
// The act named by words beginning at token i (country words skipped); returns next token index.
int matchActName(const QList<Token>& t, int i, const ActDirectory& acts, bool allowPrefix, QString* actId);
// An act identified by date and/or number; "" when unknown.
QString resolveByDateNumber(const ActDirectory& acts, ActKind kind, const QDate& date, const QString& number);
// Skips country words ("Республики Казахстан", "РК", "ҚР"...).
int skipCountry(const QList<Token>& t, int i);
bool isWord(const QList<Token>& t, int i);
bool isDot(const QList<Token>& t, int i);
// "№ 15, ст. 209" / "No. 15, Article 209": an article of the official gazette
// (Ведомости Парламента), not of an act.
bool followsGazetteIssue(const QList<Token>& t, int i);

// Per-language grammars (reference_grammar_*.cpp).
QList<Chain> findChainsRu(const QString& text, const QList<Token>& t, const ActDirectory& acts);
QList<Chain> findChainsKk(const QString& text, const QList<Token>& t, const ActDirectory& acts);
QList<Chain> findChainsEn(const QString& text, const QList<Token>& t, const ActDirectory& acts);

} // namespace zanlink::refs

namespace zanlink::refs {
// An act named at token i (title in any case, quotes or none, date and number); returns the index after it.
int parseActRu(const QString& text, const QList<Token>& t, int i, const ActDirectory& acts, ActRef* act);
int parseActKk(const QString& text, const QList<Token>& t, int i, const ActDirectory& acts, ActRef* act);
int parseActEn(const QString& text, const QList<Token>& t, int i, const ActDirectory& acts, ActRef* act);
} // namespace zanlink::refs
