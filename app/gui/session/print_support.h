#pragma once

#include <QPageLayout>
#include <QString>

class QTextDocument;
class QWidget;

namespace zanlink {

// Printing a rich-text document on A4: the print dialog, then the printer;
// or the print preview window, from which it can be printed. Both dialogs go
// through UserPrompts::runDialog, so tests can look at them.
void printTextDocument(QWidget* parent, const QTextDocument& doc, const QString& name,
    QPageLayout::Orientation orientation = QPageLayout::Portrait);
void previewTextDocument(QWidget* parent, const QTextDocument& doc, const QString& name,
    QPageLayout::Orientation orientation = QPageLayout::Portrait);

} // namespace zanlink
