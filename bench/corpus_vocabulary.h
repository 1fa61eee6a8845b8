#pragma once

// The fictional vocabulary of the synthetic corpus: ordinary nouns and verbs
// in the three languages, aligned by index, with the inflected forms the
// sentence templates need. No statute text: sentences are assembled from
// these words at random.

#include <QStringView>
#include <span>

namespace zanlink::bench {

enum RuCase { RuNom, RuGen, RuDat, RuAcc, RuIns, RuPrep, RuNomPl, RuGenPl, RuPrepPl, RuFormCount };
enum KkForm { KkNom, KkGen, KkDat, KkAcc, KkLoc, KkPoss, KkPl, KkPlGen, KkPossAcc, KkFormCount };

struct Noun {
    QStringView ru[RuFormCount];
    QStringView kk[KkFormCount];
    QStringView en;
    QStringView enPl;
};

struct Verb {
    QStringView ru; // 3rd person singular: "хранит"
    QStringView kk; // "сақтайды"
    QStringView kkAttr; // participle: "сақтайтын"
    QStringView en; // "keep"
    QStringView en3; // "keeps"
};

// An act the corpus cites that is in the application's catalogue.
struct CataloguedAct {
    QStringView id;
    QStringView ru; // title as cited, without quotes
    QStringView kk;
    QStringView en;
};

std::span<const Noun> nouns();
std::span<const Verb> verbs();
std::span<const CataloguedAct> cataloguedActs();

// The act no library knows: its citations must stay unresolved.
extern const CataloguedAct kUnknownAct;

} // namespace zanlink::bench
