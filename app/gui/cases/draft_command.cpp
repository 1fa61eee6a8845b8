#include "draft_command.h"

#include "cases/case_store.h"

namespace zanlink {

DraftCommand::DraftCommand(CaseStore& store, std::optional<CaseDraft> before, std::optional<CaseDraft> after,
    const QString& text, CommandHooks hooks)
    : m_store(store), m_before(std::move(before)), m_after(std::move(after)), m_hooks(std::move(hooks))
{
    setText(text);
    if (m_before)
        m_id = m_before->id;
}

void DraftCommand::redo()
{
    apply(m_after);
}

void DraftCommand::undo()
{
    apply(m_before);
}

void DraftCommand::apply(const std::optional<CaseDraft>& target)
{
    QString error;
    bool ok = true;
    if (target) {
        CaseDraft d = *target;
        d.id = m_id;
        const std::optional<qint64> id = m_store.saveDraft(d, &error);
        ok = id.has_value();
        if (ok) {
            m_id = *id;
            for (qint64 f : std::as_const(m_followers)) {
                std::optional<CaseDraft> follower = m_store.draft(f);
                if (follower && follower->parentId == 0) {
                    follower->parentId = m_id;
                    ok = m_store.saveDraft(*follower, &error).has_value() && ok;
                }
            }
            m_followers.clear();
        }
    } else if (m_id) {
        const qint64 caseId = m_before ? m_before->caseId : (m_after ? m_after->caseId : 0);
        m_followers.clear();
        if (const std::optional<CaseFile> file = m_store.caseFile(caseId)) {
            for (const CaseDraft& d : file->drafts) {
                if (d.parentId == m_id)
                    m_followers << d.id;
            }
        }
        ok = m_store.removeDraft(m_id, &error);
        if (ok)
            m_id = 0;
    }
    if (!ok) {
        setObsolete(true);
        if (m_hooks.failed)
            m_hooks.failed(error);
    }
    if (m_hooks.changed)
        m_hooks.changed();
}

} // namespace zanlink
