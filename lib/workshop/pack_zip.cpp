#include "workshop/pack_zip.h"

namespace zanlink {

namespace {

PackLimits g_limits;

} // namespace

PackLimits workshopPackLimits()
{
    return g_limits;
}

void setWorkshopPackLimits(const PackLimits& limits)
{
    g_limits = limits;
}

namespace pack {

QString editionEntryName(const QString& actId, Language lang)
{
    return kEditionsPrefix + actId + u'.' + languageCode(lang) + QStringLiteral(".json");
}

ZipArchiveRules zipRules()
{
    ZipArchiveRules rules;
    rules.noun = QStringLiteral("workshop pack");
    rules.shortNoun = kShortNoun;
    for (const QString& name : { kManifestEntry, kNotesEntry, kProvisionsEntry })
        rules.entries << exactZipEntry(name, g_limits.maxEntryBytes);
    rules.entries << ZipEntryRule { QRegularExpression(
                                        QStringLiteral("\\Aeditions/[A-Za-z0-9_-]{1,64}\\.(kk|ru|en)\\.json\\z")),
        g_limits.maxEntryBytes };
    rules.entries << ZipEntryRule { QRegularExpression(QStringLiteral("\\Acases/[0-9]{1,6}\\.json\\z")),
        g_limits.maxEntryBytes };
    rules.maxTotalBytes = g_limits.maxTotalBytes;
    rules.maxEntries = g_limits.maxEntries;
    return rules;
}

QString entryNameProblem(const QString& name)
{
    return zipEntryNameProblem(zipRules(), name);
}

} // namespace pack

} // namespace zanlink
