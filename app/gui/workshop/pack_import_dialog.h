#pragma once

#include "workshop/workshop_pack.h"

#include <QDialog>

namespace zanlink {

// File ▸ Import workshop pack: what the pack will add — acts and editions new
// or already in the library, notes, exercise cases as new cases — before
// anything is written.
class PackImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit PackImportDialog(const PackSummary& summary, QWidget* parent = nullptr);

    // The summary as the dialog shows it (HTML).
    static QString summaryHtml(const PackSummary& summary);
};

} // namespace zanlink
