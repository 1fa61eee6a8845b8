// Importing a case bundle as a new case.
#include "cases/case_bundle.h"
#include "cases/case_bundle_internal.h"
#include "cases/case_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>

namespace zanlink {

namespace {

// The title the new case gets: the bundle's, or with " (imported)" when a
// case of that title exists ("(imported 2)", "(imported 3)"… after that).
QString freeTitle(CaseStore& store, const QString& title)
{
    QSet<QString> taken;
    for (const CaseRecord& r : store.cases())
        taken.insert(r.title.simplified().toCaseFolded());
    const QString base = title.simplified();
    if (!taken.contains(base.toCaseFolded()))
        return base;
    for (int n = 1;; ++n) {
        const QString candidate
            = n == 1 ? QString(base + u" (imported)") : QStringLiteral("%1 (imported %2)").arg(base).arg(n);
        if (!taken.contains(candidate.toCaseFolded()))
            return candidate;
    }
}

// The bundle's status history replaces the one the store began for the new case.
bool restoreStatusHistory(CaseStore& store, qint64 caseId, const QList<StatusChange>& history, QString* error)
{
    if (history.isEmpty())
        return true;
    Database& db = store.database();
    Transaction tx(db);
    Statement del = db.prepare(QStringLiteral("DELETE FROM status_history WHERE case_id = ?1"));
    del.bind(1, caseId);
    bool ok = tx.isActive() && del.exec();
    for (const StatusChange& s : history) {
        if (!ok)
            break;
        Statement ins = db.prepare(
            QStringLiteral("INSERT INTO status_history(case_id, status, at_utc, by) VALUES (?1, ?2, ?3, ?4)"));
        ins.bind(1, caseId)
            .bind(2, caseStatusName(s.status))
            .bind(3, s.atUtc.toUTC().toString(Qt::ISODateWithMs))
            .bind(4, s.by);
        ok = ins.exec();
    }
    if (!ok || !tx.commit()) {
        *error = QStringLiteral("the status history was not saved: %1").arg(db.lastError());
        return false;
    }
    return store.persist(error);
}

// Adds the parts of `file` to the new case `caseId`.
bool addParts(CaseStore& store, qint64 caseId, const BundleContents& contents, bundle::ZipReader& zip,
    const QString& bundlePath, QString* error)
{
    const CaseFile& file = contents.caseFile;
    for (Party p : file.parties) {
        p.id = 0;
        p.caseId = caseId;
        if (!store.saveParty(p, error))
            return false;
    }
    QHash<qint64, qint64> items;
    for (ContentItem c : file.items) {
        const qint64 bundleId = c.id;
        c.id = 0;
        c.caseId = caseId;
        const std::optional<qint64> id = store.saveContentItem(c, error);
        if (!id)
            return false;
        items.insert(bundleId, *id);
    }
    QTemporaryDir temp;
    if (!temp.isValid()) {
        *error = QStringLiteral("cannot make a temporary folder for the evidence: %1").arg(temp.errorString());
        return false;
    }
    for (qsizetype i = 0; i < file.evidence.size(); ++i) {
        Evidence e = file.evidence.at(i);
        // The store names the evidence after the file it copies: give the
        // original its name, in a folder of its own.
        const QString dir = temp.filePath(QString::number(i));
        const QString path = QDir(dir).filePath(e.fileName);
        QFile out(path);
        if (!QDir().mkpath(dir) || !out.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("%1: cannot write a temporary copy of evidence \"%2\"").arg(path, e.fileName);
            return false;
        }
        const std::optional<QString> sha = zip.read(
            QString(bundle::kEvidencePrefix + e.sha256),
            [&](const QByteArray& piece) { return out.write(piece) == piece.size(); }, error);
        out.close();
        if (!sha)
            return false;
        if (*sha != e.sha256) {
            *error = QStringLiteral("%1: evidence \"%2\" changed while it was imported").arg(bundlePath, e.fileName);
            return false;
        }
        e.contentItemId = items.value(e.contentItemId);
        const std::optional<Evidence> stored = store.attachEvidence(caseId, path, e, error);
        QFile::remove(path);
        if (!stored)
            return false;
        if (stored->sha256 != e.sha256) {
            *error = QStringLiteral("evidence \"%1\" was not stored byte for byte").arg(e.fileName);
            return false;
        }
    }
    QHash<qint64, qint64> events;
    for (CaseEvent ev : file.events) {
        const qint64 bundleId = ev.id;
        ev.id = 0;
        ev.caseId = caseId;
        ev.contentItemId = items.value(ev.contentItemId);
        const std::optional<qint64> id = store.saveEvent(ev, error);
        if (!id)
            return false;
        events.insert(bundleId, *id);
    }
    for (Deadline d : file.deadlines) {
        d.id = 0;
        d.caseId = caseId;
        d.fromEventId = events.value(d.fromEventId);
        if (!store.saveDeadline(d, error))
            return false;
    }
    for (CaseNote n : file.notes) {
        n.id = 0;
        n.caseId = caseId;
        if (!store.saveNote(n, error))
            return false;
    }
    // Drafts after the ones they follow (the bundle holds no circles).
    QHash<qint64, qint64> drafts;
    QList<CaseDraft> pending = file.drafts;
    while (!pending.isEmpty()) {
        const qsizetype before = pending.size();
        for (qsizetype i = 0; i < pending.size();) {
            CaseDraft d = pending.at(i);
            if (d.parentId != 0 && !drafts.contains(d.parentId)) {
                ++i;
                continue;
            }
            const qint64 bundleId = d.id;
            d.id = 0;
            d.caseId = caseId;
            d.parentId = drafts.value(d.parentId);
            const std::optional<qint64> id = store.saveDraft(d, error);
            if (!id)
                return false;
            drafts.insert(bundleId, *id);
            pending.removeAt(i);
        }
        if (pending.size() == before) {
            *error = QStringLiteral("the drafts of the bundle follow each other in a circle");
            return false;
        }
    }
    return restoreStatusHistory(store, caseId, file.statusHistory, error);
}

} // namespace

std::optional<qint64> importCase(CaseStore& store, const QString& bundlePath, QString* error)
{
    const std::optional<BundleContents> contents = readBundle(bundlePath, error);
    if (!contents)
        return std::nullopt;
    bundle::ZipReader zip;
    if (!zip.open(bundlePath, error))
        return std::nullopt;

    CaseRecord record = contents->caseFile.record;
    record.id = 0;
    record.title = freeTitle(store, record.title);
    QString problem;
    const std::optional<qint64> caseId = store.saveCase(record, &problem);
    if (!caseId) {
        *error = bundlePath + u": the case was not imported: " + problem;
        return std::nullopt;
    }
    if (!addParts(store, *caseId, *contents, zip, bundlePath, &problem)) {
        QString undoError;
        if (!store.deleteCase(*caseId, &undoError)) {
            *error = QStringLiteral("%1: the case was not imported: %2; the part imported so far (case %3) could not "
                                    "be removed: %4")
                         .arg(bundlePath, problem)
                         .arg(*caseId)
                         .arg(undoError);
        } else {
            *error = bundlePath + u": the case was not imported: " + problem;
        }
        return std::nullopt;
    }
    QString auditError;
    store.logAction(*caseId, QStringLiteral("import"), QStringLiteral("case"), *caseId,
        QStringLiteral("from %1 (bundle format %2, ZanLink %3)")
            .arg(QFileInfo(bundlePath).fileName(), contents->formatVersion, contents->appVersion),
        &auditError);
    return caseId;
}

} // namespace zanlink
