#pragma once

#include "case_commands.h"
#include "cases/case_model.h"

#include <QUndoCommand>
#include <optional>

namespace zanlink {

class CaseStore;

// Saves, changes or removes a draft of a case; undo puts back what was there.
// A removed draft comes back with a new id, and the drafts that followed it
// follow it again.
class DraftCommand : public QUndoCommand {
public:
    DraftCommand(CaseStore& store, std::optional<CaseDraft> before, std::optional<CaseDraft> after,
        const QString& text, CommandHooks hooks);
    void redo() override;
    void undo() override;
    qint64 draftId() const { return m_id; }

private:
    void apply(const std::optional<CaseDraft>& target);

    CaseStore& m_store;
    std::optional<CaseDraft> m_before;
    std::optional<CaseDraft> m_after;
    qint64 m_id = 0;
    QList<qint64> m_followers;
    CommandHooks m_hooks;
};

} // namespace zanlink
