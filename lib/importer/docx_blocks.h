#pragma once

#include "importer/import_error.h"
#include "importer/text_block.h"

#include <QByteArray>
#include <optional>

namespace zanlink {

// Reads the DOCX Adilet offers for download (word/document.xml, with its
// hyperlinks, bookmarks as anchors, bold and red runs) into a block stream.
std::optional<BlockDocument> docxBlocks(const QByteArray& bytes, const QString& fileName, ImportError* error);

} // namespace zanlink
