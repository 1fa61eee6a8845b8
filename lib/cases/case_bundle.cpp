#include "cases/case_bundle.h"

#include "cases/case_bundle_internal.h"
#include "cases/case_store.h"
#include "corpus/catalogue.h"
#include "corpus/citation.h"
#include "store/citation_lookup.h"
#include "store/library_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace zanlink {

namespace {

// The cited provisions' texts as the library holds them in the cited edition
// (the newest one when the citation has no date); those it lacks are skipped.
QList<CitedProvisionText> citedTexts(LibraryStore& library, const CaseFile& file)
{
    QList<CitedProvisionText> list;
    QSet<QString> seen;
    QList<NoteCitation> cited;
    for (const CaseNote& note : file.notes)
        cited << note.citations;
    for (const CaseDraft& draft : file.drafts) {
        for (const DraftCitation& c : draft.citations)
            cited << NoteCitation { c.actId, c.key, c.language, c.editionDate, -1, 0, true };
    }
    for (const NoteCitation& c : std::as_const(cited)) {
        const QString id
            = c.actId + u'|' + c.key + u'|' + languageCode(c.language) + u'|' + c.editionDate.toString(Qt::ISODate);
        if (seen.contains(id))
            continue;
        seen.insert(id);
        std::optional<EditionInfo> edition;
        for (const EditionInfo& e : library.editions(c.actId)) {
            if (e.language == c.language && (e.editionDate == c.editionDate || !c.editionDate.isValid())) {
                edition = e;
                break;
            }
        }
        if (!edition)
            continue;
        QStringList lines;
        if (!c.key.isEmpty()) {
            for (const StoredProvision& p : library.subtree(edition->id, c.key)) {
                const QString line
                    = provisionLabel(p.kind, p.number, c.language) + u' ' + p.heading + u' ' + p.text.simplified();
                if (!line.trimmed().isEmpty())
                    lines << line.simplified();
            }
            if (lines.isEmpty())
                continue; // not in that edition
        }
        const CitationTarget target = citationTarget(library, *edition, c.key);
        list << CitedProvisionText { c.actId, c.key, c.language, edition->editionDate, target.actTitle,
            c.key.isEmpty() ? target.actTitle : shortCitation(target),
            officialUrl(c.actId, c.language, target.anchor).toString(), lines.join(u'\n') };
    }
    return list;
}

// Writes the bundle to `target` (a fresh temporary name).
bool writeBundleZip(CaseStore& store, const CaseFile& file, const QByteArray& caseJson,
    const QByteArray& provisionsJson, const QStringList& leftOut, const QString& target, QString* error)
{
    ZipWriter zip(QStringLiteral("bundle"));
    if (!zip.open(target, error))
        return false;
    QJsonObject entries;
    entries.insert(bundle::kCaseEntry,
        QJsonObject { { QStringLiteral("sha256"), sha256Hex(caseJson) }, { QStringLiteral("size"), caseJson.size() } });
    if (!zip.addData(bundle::kCaseEntry, caseJson, error))
        return false;
    if (!provisionsJson.isEmpty()) {
        entries.insert(bundle::kProvisionsEntry,
            QJsonObject { { QStringLiteral("sha256"), sha256Hex(provisionsJson) },
                { QStringLiteral("size"), provisionsJson.size() } });
        if (!zip.addData(bundle::kProvisionsEntry, provisionsJson, error))
            return false;
    }
    QSet<QString> added;
    for (const Evidence& e : file.evidence) {
        if (added.contains(e.sha256))
            continue; // two rows, one original
        added.insert(e.sha256);
        QString problem;
        if (!store.verifyEvidence(e, &problem)) {
            *error = QStringLiteral("evidence \"%1\" cannot be exported: %2").arg(e.fileName, problem);
            return false;
        }
        const QString name = bundle::kEvidencePrefix + e.sha256;
        if (!zip.addFile(name, store.evidencePath(e), &problem)) {
            *error = QStringLiteral("evidence \"%1\" cannot be added to the bundle: %2").arg(e.fileName, problem);
            return false;
        }
        entries.insert(
            name, QJsonObject { { QStringLiteral("sha256"), e.sha256 }, { QStringLiteral("size"), e.size } });
    }
    const QString appVersion = QCoreApplication::applicationVersion();
    const QJsonObject counts { { QStringLiteral("parties"), file.parties.size() },
        { QStringLiteral("content_items"), file.items.size() }, { QStringLiteral("evidence"), file.evidence.size() },
        { QStringLiteral("evidence_files"), added.size() }, { QStringLiteral("events"), file.events.size() },
        { QStringLiteral("deadlines"), file.deadlines.size() }, { QStringLiteral("notes"), file.notes.size() },
        { QStringLiteral("provisions"),
            provisionsJson.isEmpty() ? 0 : QJsonDocument::fromJson(provisionsJson).array().size() } };
    const QByteArray manifest = QJsonDocument(
        QJsonObject { { QStringLiteral("format"), kCaseBundleFormat },
            { QStringLiteral("version"), kCaseBundleVersion },
            { QStringLiteral("created_utc"), bundle::utcJson(QDateTime::currentDateTimeUtc()) },
            { QStringLiteral("app_version"), appVersion.isEmpty() ? QStringLiteral("unknown") : appVersion },
            { QStringLiteral("counts"), counts }, { QStringLiteral("left_out"), QJsonArray::fromStringList(leftOut) },
            { QStringLiteral("entries"),
                entries } }).toJson(QJsonDocument::Indented);
    if (!zip.addData(bundle::kManifestEntry, manifest, error))
        return false;
    return zip.close(error);
}

bool syncPath(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return ::fsync(f.handle()) == 0;
}

} // namespace

bool exportCase(
    CaseStore& store, qint64 caseId, const QString& bundlePath, const BundleOptions& options, QString* error)
{
    std::optional<CaseFile> file = store.caseFile(caseId);
    if (!file) {
        *error = QStringLiteral("there is no case with id %1 in %2").arg(caseId).arg(store.path());
        return false;
    }
    QStringList leftOut;
    if (!options.includeConfidential)
        leftOut = withholdConfidential(*file);
    const QByteArray caseJson = QJsonDocument(bundle::caseFileToJson(*file)).toJson(QJsonDocument::Indented);
    QByteArray provisionsJson;
    if (options.library) {
        provisionsJson = QJsonDocument(bundle::provisionsToJson(citedTexts(*options.library, *file)))
                             .toJson(QJsonDocument::Indented);
    }

    // A temporary name in the target's folder, checked by reading it back,
    // then renamed over the target: a reader never sees a half bundle.
    const QFileInfo info(bundlePath);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("%1: cannot create the folder").arg(info.absolutePath());
        return false;
    }
    QTemporaryFile temp(info.absoluteFilePath() + QStringLiteral(".part-XXXXXX"));
    if (!temp.open()) {
        *error = QStringLiteral("%1: cannot write in this folder: %2").arg(bundlePath, temp.errorString());
        return false;
    }
    temp.close();
    QString problem;
    if (!writeBundleZip(store, *file, caseJson, provisionsJson, leftOut, temp.fileName(), &problem)) {
        *error = bundlePath + u": the bundle was not written: " + problem;
        return false;
    }
    if (!readBundle(temp.fileName(), &problem)) {
        *error = bundlePath + u": the bundle was not written, it did not read back: " + problem;
        return false;
    }
    if (!syncPath(temp.fileName())
        || std::rename(
               QFile::encodeName(temp.fileName()).constData(), QFile::encodeName(info.absoluteFilePath()).constData())
            != 0) {
        *error = QStringLiteral("%1: the bundle could not be saved under this name").arg(bundlePath);
        return false;
    }
    temp.setAutoRemove(false);
    syncPath(info.absolutePath());
    QString auditError;
    store.logAction(caseId, QStringLiteral("export"), QStringLiteral("case"), caseId,
        QStringLiteral("to %1; %2 evidence files; %3")
            .arg(info.fileName())
            .arg(file->evidence.size())
            .arg(options.includeConfidential ? QStringLiteral("confidential data included")
                                             : QStringLiteral("%1 parts left out").arg(leftOut.size())),
        &auditError);
    return true;
}

QStringList withholdConfidential(CaseFile& file)
{
    QStringList leftOut;
    QStringList names;
    QList<Party> kept;
    for (qsizetype i = 0; i < file.parties.size(); ++i) {
        const Party& p = file.parties.at(i);
        if (!p.confidential && !p.isChild) {
            kept << p;
            continue;
        }
        leftOut << QStringLiteral("party %1 (confidential)").arg(i + 1);
        if (p.name.simplified().size() >= 2)
            names << p.name.simplified();
    }
    file.parties = kept;
    QList<CaseNote> notes;
    for (qsizetype i = 0; i < file.notes.size(); ++i) {
        const CaseNote& n = file.notes.at(i);
        const bool namesParty = std::any_of(names.begin(), names.end(), [&](const QString& name) {
            return n.plainText.contains(name, Qt::CaseInsensitive) || n.html.contains(name, Qt::CaseInsensitive);
        });
        if (namesParty)
            leftOut << QStringLiteral("note %1 (names a confidential party)").arg(i + 1);
        else
            notes << n;
    }
    file.notes = notes;
    QList<CaseDraft> drafts;
    QSet<qint64> withheldDrafts;
    for (qsizetype i = 0; i < file.drafts.size(); ++i) {
        const CaseDraft& d = file.drafts.at(i);
        const bool namesParty = std::any_of(names.begin(), names.end(), [&](const QString& name) {
            return d.fieldsJson.contains(name, Qt::CaseInsensitive) || d.title.contains(name, Qt::CaseInsensitive);
        });
        if (namesParty) {
            leftOut << QStringLiteral("draft %1 (names a confidential party)").arg(i + 1);
            withheldDrafts.insert(d.id);
        } else {
            drafts << d;
        }
    }
    for (CaseDraft& d : drafts) {
        if (withheldDrafts.contains(d.parentId))
            d.parentId = 0; // the chain starts here in the bundle
    }
    file.drafts = drafts;
    return leftOut;
}

} // namespace zanlink
