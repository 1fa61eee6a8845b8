// Importing a checked workshop pack: the summary shown before, then all or nothing.
#include "cases/case_store.h"
#include "store/library_store.h"
#include "workshop/workshop_pack.h"
#include "workshop/workshop_store.h"

#include <QFileInfo>
#include <QSet>

namespace zanlink {

namespace {

bool editionPresent(LibraryStore& library, const ActEdition& e)
{
    const QString hash = LibraryStore::contentHash(e);
    const QList<EditionInfo> stored = library.editions(e.actId);
    return std::any_of(stored.begin(), stored.end(),
        [&](const EditionInfo& s) { return s.language == e.language && s.contentHash == hash; });
}

// The titles the pack's cases get: their own, or with " (exercise)" when a
// case of that title exists ("(exercise 2)"… after that).
QStringList freeTitles(CaseStore* store, const QList<CaseFile>& cases)
{
    QSet<QString> taken;
    if (store && store->isOpen()) {
        for (const CaseRecord& r : store->cases())
            taken.insert(r.title.simplified().toCaseFolded());
    }
    QStringList titles;
    for (const CaseFile& f : cases) {
        const QString base = f.record.title.simplified();
        QString title = base;
        for (int n = 1; taken.contains(title.toCaseFolded()); ++n)
            title = n == 1 ? QString(base + u" (exercise)") : QStringLiteral("%1 (exercise %2)").arg(base).arg(n);
        taken.insert(title.toCaseFolded());
        titles << title;
    }
    return titles;
}

// Adds one exercise case as a new case; its id in *caseId as soon as it exists.
bool addCase(CaseStore& store, CaseFile file, const QString& title, qint64* caseId, QString* error)
{
    CaseRecord record = file.record;
    record.id = 0;
    record.title = title;
    record.createdUtc = {};
    record.updatedUtc = {};
    const std::optional<qint64> id = store.saveCase(record, error);
    if (!id)
        return false;
    *caseId = *id;
    for (Party p : file.parties) {
        p.id = 0;
        p.caseId = *id;
        if (!store.saveParty(p, error))
            return false;
    }
    QHash<qint64, qint64> items;
    for (ContentItem c : file.items) {
        const qint64 packId = c.id;
        c.id = 0;
        c.caseId = *id;
        const std::optional<qint64> stored = store.saveContentItem(c, error);
        if (!stored)
            return false;
        items.insert(packId, *stored);
    }
    QHash<qint64, qint64> events;
    for (CaseEvent ev : file.events) {
        const qint64 packId = ev.id;
        ev.id = 0;
        ev.caseId = *id;
        ev.contentItemId = items.value(ev.contentItemId);
        const std::optional<qint64> stored = store.saveEvent(ev, error);
        if (!stored)
            return false;
        events.insert(packId, *stored);
    }
    for (Deadline d : file.deadlines) {
        d.id = 0;
        d.caseId = *id;
        d.fromEventId = events.value(d.fromEventId);
        if (!store.saveDeadline(d, error))
            return false;
    }
    for (CaseNote n : file.notes) {
        n.id = 0;
        n.caseId = *id;
        if (!store.saveNote(n, error))
            return false;
    }
    return true;
}

} // namespace

PackSummary summarizePack(const PackContents& pack, LibraryStore& library, WorkshopStore& notes, CaseStore* cases)
{
    PackSummary s;
    s.title = pack.title;
    s.creator = pack.creator;
    s.createdUtc = pack.createdUtc;
    s.leftOut = pack.leftOut;
    s.provisions = static_cast<int>(pack.provisions.size());
    s.packAlreadyImported = notes.packByUid(pack.packUid).has_value();
    const QStringList acts = library.actIds();
    for (const ActEdition& e : pack.editions) {
        PackSummary::Edition line { e.actId, e.language, e.title, e.editionDate, e.provisionCount(),
            editionPresent(library, e) };
        (line.alreadyPresent ? s.presentEditions : s.newEditions)++;
        if (!acts.contains(e.actId) && !s.newActs.contains(e.actId))
            s.newActs << e.actId;
        s.editions << line;
    }
    for (const TrainerNote& n : pack.notes)
        (notes.hasNote(n) ? s.presentNotes : s.newNotes)++;
    s.caseTitles = freeTitles(cases, pack.cases);
    return s;
}

std::optional<PackImportReport> importPack(const PackContents& pack, LibraryStore& library, WorkshopStore& notes,
    CaseStore* cases, QString* error, const PackProgress& progress)
{
    const QString name = QFileInfo(pack.path).fileName();
    auto fail = [&](const QString& why) {
        *error = pack.path + QStringLiteral(": the pack was not imported: ") + why;
        return std::nullopt;
    };
    if (!pack.cases.isEmpty() && (!cases || !cases->isOpen()))
        return fail(QStringLiteral("it holds exercise cases and the case file is not open"));
    const int total = static_cast<int>(pack.cases.size() + pack.notes.size()) + 1;
    int done = 0;
    auto step = [&](const QString& what) {
        if (progress)
            progress(done, total, what);
        ++done;
    };

    PackImportReport report;
    // The pack's notes and its record wait in an open transaction of the
    // workshop file until the cases and editions are in.
    Transaction tx(notes.database());
    if (!tx.isActive())
        return fail(QStringLiteral("cannot write to %1: %2").arg(notes.path(), notes.database().lastError()));
    QString problem;
    std::optional<StoredPack> existing = notes.packByUid(pack.packUid);
    if (existing) {
        report.packId = existing->id;
    } else {
        const std::optional<qint64> id = notes.addPack(StoredPack { 0, pack.packUid, pack.title, pack.creator,
                                                           pack.createdUtc, QDateTime::currentDateTimeUtc(), pack.provisions },
            &problem);
        if (!id)
            return fail(problem);
        report.packId = *id;
    }
    for (TrainerNote n : pack.notes) {
        step(QStringLiteral("note on %1 %2").arg(n.actId, n.key));
        if (notes.hasNote(n)) {
            ++report.notesSkipped;
            continue;
        }
        n.id = 0;
        n.packId = report.packId;
        if (!notes.addNote(n, &problem))
            return fail(problem);
        ++report.notesAdded;
    }

    auto undoCases = [&](const QString& why) {
        QStringList left;
        for (qint64 id : report.caseIds) {
            QString undoError;
            if (!cases->deleteCase(id, &undoError))
                left << QStringLiteral("case %1 (%2)").arg(id).arg(undoError);
        }
        if (!left.isEmpty())
            return fail(why + QStringLiteral("; the cases imported so far could not be removed: ") + left.join(u"; "));
        return fail(why);
    };
    const QStringList titles = freeTitles(cases, pack.cases);
    for (qsizetype i = 0; i < pack.cases.size(); ++i) {
        step(QStringLiteral("case %1").arg(titles.at(i)));
        qint64 id = 0;
        const bool ok = addCase(*cases, pack.cases.at(i), titles.at(i), &id, &problem);
        if (id)
            report.caseIds << id;
        if (!ok)
            return undoCases(QStringLiteral("case %1 (\"%2\"): %3").arg(i + 1).arg(titles.at(i), problem));
    }

    step(QStringLiteral("editions"));
    if (!pack.editions.isEmpty()) {
        const std::optional<QList<StoreReport>> stored = library.addEditions(pack.editions, &problem);
        if (!stored)
            return undoCases(problem);
        for (const StoreReport& r : *stored)
            (r.alreadyPresent ? report.editionsSkipped : report.editionsAdded)++;
    }
    if (!tx.commit()) {
        return undoCases(QStringLiteral("the notes could not be saved to %1: %2 (the law texts stay in the library)")
                             .arg(notes.path(), notes.database().lastError()));
    }
    if (progress)
        progress(total, total, QString());
    QString auditError;
    for (qint64 id : report.caseIds) {
        cases->logAction(id, QStringLiteral("import"), QStringLiteral("case"), id,
            QStringLiteral("exercise case from the workshop pack %1 (format %2, ZanLink %3)")
                .arg(name)
                .arg(pack.formatVersion)
                .arg(pack.appVersion),
            &auditError);
    }
    return report;
}

} // namespace zanlink
