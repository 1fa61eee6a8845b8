#pragma once

#include "drafting/document_model.h"

class QWidget;

namespace zanlink {

// Asks where to save the rendered draft (DOCX, ODT or PDF by the name's
// ending; DOCX when it has none) and writes it. Returns the path written,
// empty when the user cancelled or writing failed (and was reported).
QString exportRenderedDraft(QWidget* parent, const RenderedDocument& doc, const QString& suggestedName);

// The print dialog, then the document on the chosen printer.
void printRenderedDraft(QWidget* parent, const RenderedDocument& doc);
// The print preview window, from which the document can be printed.
void previewRenderedDraft(QWidget* parent, const RenderedDocument& doc);

// A file name from a draft's title: letters, digits, spaces and dashes kept.
QString draftFileName(const QString& title);

} // namespace zanlink
