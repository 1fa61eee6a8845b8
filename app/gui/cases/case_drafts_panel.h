#pragma once

#include "case_commands.h"
#include "cases/case_model.h"
#include "drafting/request_types.h"

#include <QWidget>
#include <optional>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace zanlink {

class CaseStore;
class LibraryStore;

// The drafts of a case, each chain as a tree (an objection, the appeal that
// followed, the request to restore access): new, open, next step, save as a
// document, delete. Saving and deleting are undoable.
class CaseDraftsPanel : public QWidget {
    Q_OBJECT
public:
    CaseDraftsPanel(CaseStore& cases, LibraryStore& library, QUndoStack& undo, CommandHooks hooks,
        QWidget* parent = nullptr);
    void setCase(const CaseFile& file);
    void retranslate();
    // The wizard for a new draft; with a parent, the next step of its chain.
    void newDraft(qint64 parentId = 0, std::optional<RequestType> type = std::nullopt);
    void openSelected();
    void exportSelected();
    void deleteSelected();
    QTreeWidget* list() const { return m_list; }

Q_SIGNALS:
    void saved(qint64 draftId);

private:
    std::optional<CaseDraft> selected() const;
    void nextStep();
    void updateButtons();

    CaseStore& m_cases;
    LibraryStore& m_library;
    QUndoStack& m_undo;
    CommandHooks m_hooks;
    CaseFile m_file;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace zanlink
