// Exporting a workshop pack.
#include "workshop/workshop_pack.h"

#include "cases/case_bundle.h"
#include "cases/case_store.h"
#include "store/library_store.h"
#include "workshop/pack_json.h"
#include "workshop/pack_zip.h"
#include "workshop/workshop_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryFile>
#include <QUuid>
#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace zanlink {

namespace {

QByteArray jsonBytes(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QByteArray jsonBytes(const QJsonArray& a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Indented);
}

// An exercise case as participants may see it: no confidential party (every
// child among them), no note naming one, no evidence, no drafts, and the
// status history without who changed it.
CaseFile exerciseCase(CaseFile file, int number, QStringList& leftOut)
{
    const qsizetype drafts = file.drafts.size();
    file.drafts.clear();
    for (const QString& part : withholdConfidential(file))
        leftOut << QStringLiteral("case %1: %2").arg(number).arg(part);
    if (!file.evidence.isEmpty())
        leftOut << QStringLiteral("case %1: %2 evidence files").arg(number).arg(file.evidence.size());
    file.evidence.clear();
    if (drafts > 0)
        leftOut << QStringLiteral("case %1: %2 drafts").arg(number).arg(drafts);
    for (StatusChange& s : file.statusHistory)
        s.by.clear();
    return file;
}

bool within(const QString& key, const QStringList& keys)
{
    if (keys.isEmpty() || key.isEmpty())
        return true;
    return std::any_of(keys.begin(), keys.end(),
        [&](const QString& k) { return key == k || key.startsWith(QString(k + u'/')); });
}

bool syncPath(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return ::fsync(f.handle()) == 0;
}

} // namespace

bool exportPack(LibraryStore& library, CaseStore* cases, WorkshopStore* notes, const PackSelection& selection,
    const QString& packPath, QString* error)
{
    auto fail = [&](const QString& why) {
        *error = packPath + QStringLiteral(": the pack was not written: ") + why;
        return false;
    };
    if (selection.title.trimmed().isEmpty())
        return fail(QStringLiteral("it needs a title"));
    if (selection.acts.isEmpty() && selection.caseIds.isEmpty())
        return fail(QStringLiteral("choose at least one act or case"));

    QList<QPair<QString, QByteArray>> entries;
    QList<PackProvisionRef> presented;
    QList<TrainerNote> packNotes;
    QStringList leftOut;
    QSet<QString> actsSeen;
    for (const PackActChoice& act : selection.acts) {
        if (actsSeen.contains(act.actId))
            continue;
        actsSeen.insert(act.actId);
        QList<qint64> editionIds;
        for (Language lang : act.languages) {
            const std::optional<EditionInfo> edition = library.latestEdition(act.actId, lang);
            if (!edition) {
                leftOut << QStringLiteral("%1 (%2): not in the library").arg(act.actId, languageCode(lang));
                continue;
            }
            const QByteArray json = jsonBytes(pack::editionToJson(*edition, pack::treeOf(library.provisions(edition->id))));
            entries << qMakePair(pack::editionEntryName(act.actId, lang), json);
            editionIds << edition->id;
        }
        if (editionIds.isEmpty())
            return fail(QStringLiteral("the library has %1 in none of the chosen languages").arg(act.actId));
        if (act.keys.isEmpty()) {
            for (const StoredProvision& p : library.provisions(editionIds.first())) {
                if (p.kind == ProvisionKind::Article)
                    presented << PackProvisionRef { act.actId, p.key };
            }
        }
        for (const QString& key : act.keys) {
            const bool found = std::any_of(editionIds.begin(), editionIds.end(),
                [&](qint64 id) { return !library.subtree(id, key).isEmpty(); });
            if (!found)
                return fail(QStringLiteral("%1 has no provision %2 in the chosen languages").arg(act.actId, key));
            presented << PackProvisionRef { act.actId, key };
        }
        if (selection.includeNotes && notes) {
            for (TrainerNote n : notes->notes(act.actId)) {
                if (within(n.key, act.keys))
                    packNotes << n;
            }
        }
    }
    entries << qMakePair(pack::kProvisionsEntry, jsonBytes(pack::provisionsToJson(presented)));
    entries << qMakePair(pack::kNotesEntry, jsonBytes(pack::notesToJson(packNotes)));

    int caseNumber = 0;
    for (qint64 id : selection.caseIds) {
        const std::optional<CaseFile> file = cases ? cases->caseFile(id) : std::nullopt;
        if (!file)
            return fail(QStringLiteral("there is no case with id %1").arg(id));
        ++caseNumber;
        const CaseFile exercise = exerciseCase(*file, caseNumber, leftOut);
        entries << qMakePair(pack::kCasesPrefix + QString::number(caseNumber) + QStringLiteral(".json"),
            jsonBytes(caseBundleJson(exercise)));
    }

    QJsonArray manifestEntries;
    for (const auto& [name, data] : entries) {
        manifestEntries.append(QJsonObject { { QStringLiteral("name"), name },
            { QStringLiteral("size"), static_cast<qint64>(data.size()) },
            { QStringLiteral("sha256"), sha256Hex(data) } });
    }
    const QString appVersion = QCoreApplication::applicationVersion();
    const QJsonObject manifest { { QStringLiteral("format"), kWorkshopPackFormat },
        { QStringLiteral("version"), kWorkshopPackVersion },
        { QStringLiteral("pack_id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("title"), selection.title.trimmed() }, { QStringLiteral("creator"), selection.creator },
        { QStringLiteral("created_utc"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
        { QStringLiteral("app_version"), appVersion.isEmpty() ? QStringLiteral("unknown") : appVersion },
        { QStringLiteral("counts"),
            QJsonObject { { QStringLiteral("editions"), static_cast<qint64>(entries.size() - 2 - caseNumber) },
                { QStringLiteral("provisions"), static_cast<qint64>(presented.size()) },
                { QStringLiteral("notes"), static_cast<qint64>(packNotes.size()) },
                { QStringLiteral("cases"), caseNumber } } },
        { QStringLiteral("left_out"), QJsonArray::fromStringList(leftOut) },
        { QStringLiteral("entries"), manifestEntries } };
    entries.prepend(qMakePair(pack::kManifestEntry, jsonBytes(manifest)));

    // A temporary name in the target's folder, read back and checked, then
    // renamed over the target: nobody ever sees half a pack.
    const QFileInfo info(packPath);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QStringLiteral("cannot create the folder %1").arg(info.absolutePath()));
    QTemporaryFile temp(info.absoluteFilePath() + QStringLiteral(".part-XXXXXX"));
    if (!temp.open())
        return fail(QStringLiteral("cannot write in this folder: %1").arg(temp.errorString()));
    temp.close();
    QString problem;
    if (!writeZipEntries(temp.fileName(), entries, pack::kShortNoun, &problem))
        return fail(problem);
    if (!readPack(temp.fileName(), &problem))
        return fail(QStringLiteral("it did not read back: ") + problem);
    if (!syncPath(temp.fileName())
        || std::rename(
               QFile::encodeName(temp.fileName()).constData(), QFile::encodeName(info.absoluteFilePath()).constData())
            != 0)
        return fail(QStringLiteral("it could not be saved under this name"));
    temp.setAutoRemove(false);
    syncPath(info.absolutePath());
    if (cases) {
        QString auditError;
        for (qint64 id : selection.caseIds) {
            cases->logAction(id, QStringLiteral("export"), QStringLiteral("case"), id,
                QStringLiteral("as an exercise case in the workshop pack %1").arg(info.fileName()), &auditError);
        }
    }
    return true;
}

} // namespace zanlink
