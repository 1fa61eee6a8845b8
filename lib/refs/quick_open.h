#pragma once

#include "refs/act_directory.h"

#include <QString>
#include <optional>

namespace zanlink {

struct QuickOpenTarget {
    QString actId; // empty: the act currently shown
    QString key; // "41-1/1-2", "ch:3"; empty: the act itself
};

// What the Ctrl+K box means: "связь 41-1 1-2", "41-1-бап", "Art. 41-1", "ст. 41-1 п. 1-2",
// "41-1 1-2 3", "онлайн 9", "Z040000567_ 41-1". Empty when it names nothing.
std::optional<QuickOpenTarget> parseQuickOpen(const QString& typed, const ActDirectory& acts);

} // namespace zanlink
