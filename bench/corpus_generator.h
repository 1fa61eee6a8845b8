#pragma once

// A synthetic law corpus for the benchmarks. Every word of it is generated
// from a small vocabulary written for this purpose: the acts are fictional
// ("вымышленный закон", "ойдан шығарылған заң", "fictional law") and only
// their shape imitates real acts — chapters, articles "Статья 41-1. …" /
// "41-1-бап." / "Article 41-1.", paragraphs "1-2.", subparagraphs "3)",
// definitions, footnotes and citations of the shapes the reference grammar reads.

#include "corpus/provision.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace zanlink::bench {

enum class CitedAct {
    This, // "настоящего Закона", "осы Заңның", "of this Law", "настоящей статьи"
    Catalogue, // a catalogue act cited by title («О связи», "Байланыс туралы", "On Communications")
    Synthetic, // another act of the synthetic corpus, cited by title
    Unknown, // an act that exists nowhere: the citation must stay unresolved
};
inline constexpr int kCitedActKinds = 4;

// One provision a citation in the text names; a citation of "подпунктами 1)
// и 2)" gives two, a citation of a whole act one with an empty key.
struct ExpectedTarget {
    QString provisionKey; // the citing provision
    CitedAct cited = CitedAct::This;
    QString actId; // empty for Unknown
    QString key;
};

// One act in its three languages; the provision keys are the same in each.
struct GeneratedAct {
    QString actId;
    QList<ActEdition> editions; // kk, ru, en
    QList<QList<ExpectedTarget>> expected; // per edition: what its texts cite, in text order
};

class CorpusGenerator {
public:
    // `provisionsPerLanguage` provisions in each language, in acts of about
    // `provisionsPerAct` provisions. The same seed gives the same corpus.
    CorpusGenerator(qint64 provisionsPerLanguage, quint64 seed, int provisionsPerAct = 2000);

    int actCount() const { return m_actCount; }
    // The Adilet-like id of act `index`: Z9900010000, Z9900010001, …
    static QString actId(int index);
    // The title of act `index` ("О вымышленных облаках и маяках").
    QString title(int index, Language lang) const;
    // Act `index` (0 <= index < actCount()); deterministic in (seed, index).
    GeneratedAct act(int index) const;

private:
    qint64 m_total;
    quint64 m_seed;
    int m_perAct;
    int m_actCount;
};

// The edition as the legacy Adilet page would show it (UTF-8 HTML in the
// markup the importer reads), marked as fictional in a comment and in the text.
QByteArray adiletHtml(const ActEdition& edition);

// UTF-8 bytes of an edition's headings, texts and notes.
qint64 textBytes(const ActEdition& edition);

} // namespace zanlink::bench
