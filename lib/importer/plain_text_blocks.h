#pragma once

#include "importer/text_block.h"

namespace zanlink {

// Text copied from an Adilet page: one block per non-empty line.
BlockDocument plainTextBlocks(const QString& text);

} // namespace zanlink
