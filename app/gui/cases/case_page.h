#pragma once

#include "case_commands.h"
#include "cases/case_model.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeWidget;
class QUndoStack;

namespace zanlink {

class CaseDraftsPanel;
class CaseNotesPanel;
class CaseStore;
class EvidenceTable;
class LibraryStore;
class PartTable;

// One case: its own fields at the top (saved as they are typed), deadlines
// that are overdue or due soon in red, and tabs for parties, content and
// evidence, the timeline, deadlines, notes, drafts and the provisions it cites.
// Every edit but evidence and notes is undoable (Ctrl+Z / Ctrl+Shift+Z).
class CasePage : public QWidget {
    Q_OBJECT
public:
    CasePage(CaseStore& cases, LibraryStore& library, QWidget* parent = nullptr);

    void showCase(qint64 caseId);
    qint64 caseId() const { return m_file.record.id; }
    void reload();
    void retranslate();
    QUndoStack* undoStack() const { return m_undo; }
    // Saves what is being typed (before the page is left or the app closes).
    void saveNow();
    CaseNotesPanel* notes() const { return m_notes; }
    CaseDraftsPanel* drafts() const { return m_drafts; }
    // Shows the Drafts tab and starts a new draft of the case.
    void newDraft();
    EvidenceTable* evidence() const { return m_evidence; }
    PartTable* table(PartType type) const;

Q_SIGNALS:
    void caseChanged(qint64 caseId);
    void openProvision(const QString& actId, const QString& key);

private:
    void commitRecord();
    void addRuleDeadline();
    void fillProvisions();
    void fillHistory();
    void fillAudit();
    void updateBanner();
    CommandHooks hooks();

    CaseStore& m_cases;
    LibraryStore& m_library;
    CaseFile m_file;
    QUndoStack* m_undo = nullptr;
    bool m_loading = false;
    QLineEdit* m_title = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_tags = nullptr;
    QCheckBox* m_confidential = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_placeholder = nullptr;
    QTabWidget* m_tabs = nullptr;
    PartTable* m_tables[4] = {};
    EvidenceTable* m_evidence = nullptr;
    CaseNotesPanel* m_notes = nullptr;
    CaseDraftsPanel* m_drafts = nullptr;
    QTreeWidget* m_history = nullptr;
    QTreeWidget* m_provisions = nullptr;
    QTreeWidget* m_audit = nullptr;
    QPushButton* m_ruleDeadline = nullptr;
    QTimer* m_typing = nullptr;
};

} // namespace zanlink
