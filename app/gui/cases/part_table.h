#pragma once

#include "case_commands.h"
#include "case_parts.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace zanlink {

class CaseStore;

// One part of a case as a table with Add (Insert), Edit (Enter or
// double-click) and Remove (Delete); every change is an undoable command.
class PartTable : public QWidget {
    Q_OBJECT
public:
    PartTable(PartType type, CaseStore& store, QUndoStack& undo, CommandHooks hooks, QWidget* parent = nullptr);

    void setCase(const CaseFile& file);
    void retranslate();
    QTreeWidget* tree() const { return m_tree; }

    void addPart();
    void editCurrent();
    void removeCurrent();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    PartType m_type;
    CaseStore& m_store;
    QUndoStack& m_undo;
    CommandHooks m_hooks;
    CaseFile m_file;
    QList<QVariantMap> m_rows;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace zanlink
