#pragma once

#include "corpus/language.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace zanlink {

// A trainer's note attached to one provision of an act. The key is the same
// in every language, so a note annotates the provision in all of them.
struct TrainerNote {
    qint64 id = 0; // 0: not stored yet
    QString actId;
    QString key; // "41-1/1-2"; empty for the whole act
    QString text;
    QDateTime createdUtc;
    qint64 packId = 0; // the imported pack it came from; 0 for the trainer's own
    std::optional<Language> language; // the language it is written in; unset when not said
};

// A provision a pack presents, in the order of the workshop.
struct PackProvisionRef {
    QString actId;
    QString key;
    bool operator==(const PackProvisionRef&) const = default;
};

} // namespace zanlink
