#pragma once

#include "cases/case_model.h"
#include "part_form.h"

#include <QCoreApplication>
#include <optional>

namespace zanlink {

class CaseStore;

// The parts of a case edited in tables: each as a map of values ("id",
// "caseId" and the fields), so one table, one form and one undo command
// serve them all.
enum class PartType { Party, ContentItem, Event, Deadline };

class CaseParts {
    Q_DECLARE_TR_FUNCTIONS(CaseParts)
public:
    static QList<FormField> fields(PartType type, const CaseFile& file);
    static QStringList headers(PartType type);
    static QStringList rowTexts(PartType type, const QVariantMap& values, const QDateTime& nowUtc);
    static QList<QVariantMap> partsOf(const CaseFile& file, PartType type);
    static QString formTitle(PartType type, bool adding);
    // A new part's starting values (a child applicant is confidential, times are now).
    static QVariantMap blank(PartType type, qint64 caseId);

    static std::optional<qint64> save(CaseStore& store, PartType type, const QVariantMap& values, QString* error);
    static bool remove(CaseStore& store, PartType type, qint64 id, QString* error);
};

} // namespace zanlink
