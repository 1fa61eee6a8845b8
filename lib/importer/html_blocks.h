#pragma once

#include "importer/import_error.h"
#include "importer/text_block.h"

#include <optional>

namespace zanlink {

// Reads an Adilet page (legacy or saved from the new site, "complete" or
// "HTML only") with a real HTML5 parser into a block stream. Returns nullopt
// and fills *error when the page is not a usable act page (e.g. truncated).
std::optional<BlockDocument> htmlBlocks(const QString& html, const QString& fileName, ImportError* error);

// True when the page is the script-only shell of the new Adilet site, which
// carries no text of the act (htmlBlocks refuses such a page with
// scriptOnlyShellMessage()).
bool isScriptOnlyShell(const QString& html);
QString scriptOnlyShellMessage();

} // namespace zanlink
