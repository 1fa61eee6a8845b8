#include "case_commands.h"

#include "cases/case_store.h"

namespace zanlink {

PartCommand::PartCommand(CaseStore& store, PartType type, std::optional<QVariantMap> before,
    std::optional<QVariantMap> after, const QString& text, CommandHooks hooks)
    : m_store(store), m_type(type), m_before(std::move(before)), m_after(std::move(after)), m_hooks(std::move(hooks))
{
    setText(text);
    if (m_before)
        m_id = m_before->value(QStringLiteral("id")).toLongLong();
}

void PartCommand::redo()
{
    apply(m_after);
}

void PartCommand::undo()
{
    apply(m_before);
}

void PartCommand::apply(const std::optional<QVariantMap>& target)
{
    QString error;
    bool ok = true;
    if (target) {
        QVariantMap v = *target;
        v.insert(QStringLiteral("id"), m_id);
        const std::optional<qint64> id = CaseParts::save(m_store, m_type, v, &error);
        ok = id.has_value();
        if (ok)
            m_id = *id;
    } else if (m_id) {
        ok = CaseParts::remove(m_store, m_type, m_id, &error);
        if (ok)
            m_id = 0;
    }
    if (!ok) {
        setObsolete(true); // a failed write leaves nothing to undo
        if (m_hooks.failed)
            m_hooks.failed(error);
    }
    if (m_hooks.changed)
        m_hooks.changed();
}

RecordCommand::RecordCommand(
    CaseStore& store, const CaseRecord& before, const CaseRecord& after, const QString& text, CommandHooks hooks)
    : m_store(store), m_before(before), m_after(after), m_hooks(std::move(hooks))
{
    setText(text);
}

void RecordCommand::redo()
{
    apply(m_after);
}

void RecordCommand::undo()
{
    apply(m_before);
}

bool RecordCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const RecordCommand*>(other);
    if (o->text() != text() || o->m_before.id != m_before.id)
        return false;
    m_after = o->m_after;
    return true;
}

void RecordCommand::apply(const CaseRecord& r)
{
    QString error;
    if (!m_store.saveCase(r, &error)) {
        setObsolete(true);
        if (m_hooks.failed)
            m_hooks.failed(error);
    }
    if (m_hooks.changed)
        m_hooks.changed();
}

} // namespace zanlink
