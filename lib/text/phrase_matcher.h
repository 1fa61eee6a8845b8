#pragma once

#include "corpus/language.h"
#include "text/search_key.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace zanlink {

// Finds inflected occurrences of multi-word phrases (defined terms such as
// "ложная информация", "онлайн-платформа", "жалған ақпарат",
// "online platform") in text. Phrases and text are reduced to SearchKeyMaker
// keys word by word; a match is a run of consecutive words whose keys equal a
// phrase's keys, with nothing but spaces, hyphens, dashes, quotes, brackets or
// commas between them (not across . ! ? ; : or a line break). Where matches
// overlap the one with more words wins, then the earlier one.
// Not thread-safe (see Stemmer).
class PhraseMatcher {
public:
    PhraseMatcher(Language lang, const QStringList& phrases);

    struct Match {
        int start = 0; // UTF-16 offsets in the text, from the first matched word
        int length = 0; // to the end of the last one
        int phraseIndex = -1; // into the phrases given to the constructor
        friend bool operator==(const Match&, const Match&) = default;
    };
    // Matches in text order.
    QList<Match> find(const QString& text) const;

private:
    SearchKeyMaker m_keys;
    QList<QStringList> m_phraseKeys;
    QHash<QString, QList<int>> m_byFirstKey;
};

} // namespace zanlink
