#pragma once

#include "cases/case_model.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace zanlink {

class CaseStore;

// The evidence of a case: files kept as untouched originals with their
// SHA-256, size and capture time. Attach with the button or by dropping files
// on the table; Check recomputes every hash.
class EvidenceTable : public QWidget {
    Q_OBJECT
public:
    EvidenceTable(CaseStore& store, QWidget* parent = nullptr);

    void setCase(const CaseFile& file);
    void retranslate();
    QTreeWidget* tree() const { return m_tree; }
    // Attaches files to the case; tells the user about each one refused.
    void attachFiles(const QStringList& paths);

Q_SIGNALS:
    void changed();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void chooseAndAttach();
    void removeCurrent();
    void editCurrent();
    void verifyAll();

    CaseStore& m_store;
    CaseFile m_file;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_attach = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_verify = nullptr;
};

} // namespace zanlink
