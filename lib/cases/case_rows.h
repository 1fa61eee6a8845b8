#pragma once

// Reading and writing the rows of the case file: shared by the parts of the
// store, not a public header.
#include "cases/case_model.h"
#include "store/sqlite_db.h"

#include <QList>
#include <QString>
#include <optional>

namespace zanlink::caserows {

// UTC with milliseconds ("2025-03-01T09:30:00.000Z"), empty for an invalid time.
QString utcText(const QDateTime& t);
QDateTime utcFromText(const QString& text);
QString dateText(const QDate& d);

QString tagsToJson(const QStringList& tags);
QStringList tagsFromJson(const QString& json);
// Trimmed, without empty ones or repeats, in the order given.
QStringList cleanTags(const QStringList& tags);

// Each select takes a condition on the table ("id = ?1", "case_id = ?1") and
// the value bound to ?1, and returns the rows in the table's natural order.
QList<CaseRecord> selectCases(Database& db, const QString& where, qint64 arg);
QList<Party> selectParties(Database& db, const QString& where, qint64 arg);
QList<ContentItem> selectItems(Database& db, const QString& where, qint64 arg);
QList<Evidence> selectEvidence(Database& db, const QString& where, qint64 arg);
QList<CaseEvent> selectEvents(Database& db, const QString& where, qint64 arg);
QList<Deadline> selectDeadlines(Database& db, const QString& where, qint64 arg);
// Notes with their citations.
QList<CaseNote> selectNotes(Database& db, const QString& where, qint64 arg);
// Drafts with their citations.
QList<CaseDraft> selectDrafts(Database& db, const QString& where, qint64 arg);
QList<StatusChange> selectStatusHistory(Database& db, qint64 caseId);

template <typename T> std::optional<T> firstOf(const QList<T>& list)
{
    return list.isEmpty() ? std::nullopt : std::optional<T>(list.first());
}

// The audit detail of an update: which fields changed, and the old and new
// values only of fields that hold no personal content (status, kind, flags).
class FieldChanges {
public:
    void field(const char16_t* name, bool changed);
    void value(const char16_t* name, const QString& before, const QString& after);
    void flag(const char16_t* name, bool before, bool after);
    bool isEmpty() const { return m_parts.isEmpty(); }
    QString text() const;

private:
    QStringList m_parts;
};

} // namespace zanlink::caserows
