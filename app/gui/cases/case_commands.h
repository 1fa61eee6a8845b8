#pragma once

#include "case_parts.h"
#include "cases/case_model.h"

#include <QUndoCommand>
#include <functional>

namespace zanlink {

class CaseStore;

// What an undoable edit tells the page: something changed (reload), or a
// write failed (say why; the command is then dropped).
struct CommandHooks {
    std::function<void()> changed;
    std::function<void(const QString&)> failed;
};

// Adds, edits or removes one part of a case; undo puts back what was there.
// A removed part comes back as a new row (with a new id).
class PartCommand : public QUndoCommand {
public:
    PartCommand(CaseStore& store, PartType type, std::optional<QVariantMap> before, std::optional<QVariantMap> after,
        const QString& text, CommandHooks hooks);
    void redo() override;
    void undo() override;

private:
    void apply(const std::optional<QVariantMap>& target);

    CaseStore& m_store;
    PartType m_type;
    std::optional<QVariantMap> m_before;
    std::optional<QVariantMap> m_after;
    qint64 m_id = 0;
    CommandHooks m_hooks;
};

// Changes the case's own fields (title, kind, status, tags, confidential).
class RecordCommand : public QUndoCommand {
public:
    RecordCommand(
        CaseStore& store, const CaseRecord& before, const CaseRecord& after, const QString& text, CommandHooks hooks);
    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    // Typing in one field merges into one step.
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(const CaseRecord& r);

    CaseStore& m_store;
    CaseRecord m_before;
    CaseRecord m_after;
    CommandHooks m_hooks;
};

} // namespace zanlink
