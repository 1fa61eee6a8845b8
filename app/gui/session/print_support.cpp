#include "session/print_support.h"

#include "user_prompts.h"

#include <QCoreApplication>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace zanlink {

namespace {

void setUp(QPrinter& printer, const QString& name, QPageLayout::Orientation orientation)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(orientation);
    printer.setPageMargins(QMarginsF(20, 15, 15, 15), QPageLayout::Millimeter);
    printer.setDocName(name);
}

} // namespace

void printTextDocument(
    QWidget* parent, const QTextDocument& doc, const QString& name, QPageLayout::Orientation orientation)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, name, orientation);
    QPrintDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printDialog"));
    if (UserPrompts::runDialog(&dialog) != QDialog::Accepted)
        return;
    doc.print(&printer);
}

void previewTextDocument(
    QWidget* parent, const QTextDocument& doc, const QString& name, QPageLayout::Orientation orientation)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, name, orientation);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.setWindowTitle(QCoreApplication::translate("zanlink::PrintSupport", "Print preview — %1").arg(name));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&doc](QPrinter* p) { doc.print(p); });
    dialog.resize(900, 1000);
    UserPrompts::runDialog(&dialog);
}

} // namespace zanlink
