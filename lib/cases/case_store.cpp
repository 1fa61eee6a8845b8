#include "cases/case_store.h"

// Placeholder so the library links while the store is written.
namespace zanlink {

namespace {
QString notYet()
{
    return QStringLiteral("the case store is not implemented yet");
}
} // namespace

CaseStore::CaseStore() = default;
bool CaseStore::open(const QString&, QString* error)
{
    *error = notYet();
    return false;
}
QString CaseStore::pathBeside(const QString&)
{
    return {};
}
QString CaseStore::evidenceDir() const
{
    return {};
}
QString CaseStore::workingCopyDir() const
{
    return {};
}
std::optional<qint64> CaseStore::saveCase(const CaseRecord&, QString* error)
{
    *error = notYet();
    return {};
}
bool CaseStore::deleteCase(qint64, QString* error)
{
    *error = notYet();
    return false;
}
QList<CaseRecord> CaseStore::cases(const CaseFilter&)
{
    return {};
}
std::optional<CaseFile> CaseStore::caseFile(qint64)
{
    return {};
}
std::optional<CaseRecord> CaseStore::caseRecord(qint64)
{
    return {};
}
std::optional<qint64> CaseStore::saveParty(const Party&, QString* error)
{
    *error = notYet();
    return {};
}
bool CaseStore::removeParty(qint64, QString* error)
{
    *error = notYet();
    return false;
}
std::optional<qint64> CaseStore::saveContentItem(const ContentItem&, QString* error)
{
    *error = notYet();
    return {};
}
bool CaseStore::removeContentItem(qint64, QString* error)
{
    *error = notYet();
    return false;
}
std::optional<qint64> CaseStore::saveEvent(const CaseEvent&, QString* error)
{
    *error = notYet();
    return {};
}
bool CaseStore::removeEvent(qint64, QString* error)
{
    *error = notYet();
    return false;
}
std::optional<qint64> CaseStore::saveDeadline(const Deadline&, QString* error)
{
    *error = notYet();
    return {};
}
bool CaseStore::removeDeadline(qint64, QString* error)
{
    *error = notYet();
    return false;
}
std::optional<qint64> CaseStore::saveNote(const CaseNote&, QString* error)
{
    *error = notYet();
    return {};
}
bool CaseStore::removeNote(qint64, QString* error)
{
    *error = notYet();
    return false;
}
std::optional<Evidence> CaseStore::attachEvidence(qint64, const QString&, const Evidence&, QString* error)
{
    *error = notYet();
    return {};
}
bool CaseStore::updateEvidence(const Evidence&, QString* error)
{
    *error = notYet();
    return false;
}
bool CaseStore::removeEvidence(qint64, QString* error)
{
    *error = notYet();
    return false;
}
QString CaseStore::evidencePath(const Evidence&) const
{
    return {};
}
bool CaseStore::verifyEvidence(const Evidence&, QString* problem) const
{
    *problem = notYet();
    return false;
}
QList<CaseCitation> CaseStore::casesCiting(const QString&, const QString&)
{
    return {};
}
QList<AuditEntry> CaseStore::audit(qint64)
{
    return {};
}
bool CaseStore::logAction(qint64, const QString&, const QString&, qint64, const QString&, QString* error)
{
    *error = notYet();
    return false;
}

} // namespace zanlink
