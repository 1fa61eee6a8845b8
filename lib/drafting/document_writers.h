#pragma once

#include "drafting/document_model.h"

#include <QString>

namespace zanlink {

// Writers of a rendered draft. Every writer writes a temporary file beside the
// target and renames it over the target only when the whole file is written;
// on failure *error says why and the target is untouched.

// WordprocessingML in a zip (libzip): styles, A4 with margins, a footer with
// page numbers, the signature block; the bilingual form as a two-column table.
bool writeDocx(const RenderedDocument& doc, const QString& path, QString* error);
// The parts of the DOCX, for tests and previews: "word/document.xml" → XML.
QList<std::pair<QString, QByteArray>> docxParts(const RenderedDocument& doc);

// OpenDocument text through QTextDocumentWriter ("odf"). Needs a QGuiApplication.
bool writeOdt(const RenderedDocument& doc, const QString& path, QString* error);
// PDF through QPdfWriter: A4, margins, page numbers. Needs a QGuiApplication.
bool writePdf(const RenderedDocument& doc, const QString& path, QString* error);

} // namespace zanlink
