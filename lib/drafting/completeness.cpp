#include "corpus/citation.h"
#include "drafting/draft.h"
#include "store/library_store.h"

#include <QUrl>

namespace zanlink {

namespace {

QString languageName(Language lang)
{
    switch (lang) {
    case Language::Kk:
        return QStringLiteral("Kazakh");
    case Language::Ru:
        return QStringLiteral("Russian");
    case Language::En:
        return QStringLiteral("English");
    }
    return {};
}

QString provisionName(const PinnedCitation& c)
{
    const QString label = c.key.isEmpty() ? QString() : compactKeyLabel(c.key, Language::En) + u" of ";
    return label + c.actId;
}

struct Checker {
    const Draft& draft;
    QList<Language> langs;
    QList<MissingItem> out;

    void add(const char16_t* field, const QString& message)
    {
        out.append(MissingItem { QString::fromUtf16(field), message });
    }
    // Reports the field once when it is empty in every language, or names the
    // languages it is missing in.
    void requireText(const char16_t* field, const QString& what)
    {
        QStringList missingIn;
        for (Language l : langs) {
            if (draft.text(QString::fromUtf16(field), l).isEmpty())
                missingIn.append(languageName(l));
        }
        if (missingIn.size() == langs.size())
            add(field, what);
        else if (!missingIn.isEmpty())
            add(field, QString(what + u" (in " + missingIn.join(u", "_qs) + u")"));
    }
    void requireList(const char16_t* field, const QString& what)
    {
        if (draft.list(QString::fromUtf16(field), langs.first()).isEmpty())
            add(field, what);
    }
};

} // namespace

bool isBareDomain(const QString& url)
{
    QString s = url.trimmed();
    if (!s.contains(u"://"_qs))
        s.prepend(u"https://"_qs);
    const QUrl u(s, QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty())
        return false;
    const QString path = u.path();
    return (path.isEmpty() || path == u"/") && !u.hasQuery() && !u.hasFragment();
}

QList<MissingItem> completenessCheck(const Draft& draft, LibraryStore* library, const QDate& today)
{
    const RequestTypeInfo& info = requestTypeInfo(draft.type);
    Checker c { draft, outputLanguages(draft.language), {} };
    const auto required = [&](const char16_t* f) { return info.requiredFields.contains(QString::fromUtf16(f)); };

    c.requireText(DraftField::Issuer, QStringLiteral("Who issues the request: the issuer's name is empty."));
    c.requireText(DraftField::IssuerCapacity,
        QStringLiteral("In what capacity the issuer acts (for example, the child's legal representative or the "
                       "person concerned) is not given."));
    c.requireText(DraftField::Addressee, QStringLiteral("The addressee is not given."));
    c.requireList(DraftField::Facts, QStringLiteral("The facts and reasons are empty."));

    const QStringList urls = draft.list(QString::fromUtf16(DraftField::Urls), c.langs.first());
    if (urls.isEmpty()) {
        c.add(DraftField::Urls, QStringLiteral("No URL or account is given: name the exact pages or accounts."));
    }
    const bool whole = draft.fields.value(QString::fromUtf16(DraftField::WholePlatformRequested)).toBool();
    for (const QString& url : urls) {
        QString s = url;
        if (!s.contains(u"://"_qs))
            s.prepend(u"https://"_qs);
        const QUrl u(s, QUrl::StrictMode);
        if (!u.isValid() || u.host().isEmpty())
            c.add(DraftField::Urls, QStringLiteral("\"%1\" is not a web address.").arg(url));
        else if (info.needsTargetedUrls && !whole && isBareDomain(url))
            c.add(DraftField::Urls,
                QStringLiteral("\"%1\" names a whole site or platform: a restriction must name specific pages or "
                               "accounts (tick \"whole platform requested\" only if the client asked for it).")
                    .arg(url));
    }

    c.requireText(DraftField::ActionRequested, QStringLiteral("The action asked for is not stated."));
    if (required(DraftField::TerritorialScope))
        c.requireText(DraftField::TerritorialScope,
            QStringLiteral("The territorial scope of the action (for example, the territory of Kazakhstan) is not "
                           "stated."));
    if (required(DraftField::OrderReference))
        c.requireText(DraftField::OrderReference,
            QStringLiteral("The order this request concerns (its number, date and issuer) is not given."));
    if (required(DraftField::Deadline)) {
        c.requireText(DraftField::Deadline, QStringLiteral("The deadline for the addressee is not stated."));
        c.requireText(DraftField::DeadlineStart, QStringLiteral("The event the deadline runs from is not stated."));
    }
    const QDate due = draft.date(QString::fromUtf16(DraftField::DeadlineDate));
    if (due.isValid() && today.isValid() && due < today)
        c.add(DraftField::DeadlineDate, QStringLiteral("The deadline passed on %1.").arg(due.toString(Qt::ISODate)));
    c.requireText(
        DraftField::Redress, QStringLiteral("How to seek redress (appeal to whom, within what time) is not stated."));
    c.requireList(DraftField::Attachments, QStringLiteral("The list of attachments is empty."));
    if (!draft.date(QString::fromUtf16(DraftField::Date)).isValid())
        c.add(DraftField::Date, QStringLiteral("The date of the document is not set."));

    for (Language l : c.langs) {
        const QList<PinnedCitation> cites = draft.citationsIn(l);
        if (cites.isEmpty()) {
            c.add(u"citations",
                QStringLiteral("The legal basis is empty in %1: pin at least one provision.").arg(languageName(l)));
            continue;
        }
        for (const PinnedCitation& pc : cites) {
            if (!pc.editionDate.isValid()) {
                if (library && !library->latestEdition(pc.actId, l))
                    c.add(u"citations",
                        QStringLiteral("%1 cannot be pinned: the library has no %2 text of %3; import or download "
                                       "it.")
                            .arg(provisionName(pc), languageName(l), pc.actId));
                else
                    c.add(u"citations",
                        QStringLiteral("%1 (%2) is not pinned to an edition.").arg(provisionName(pc), languageName(l)));
                continue;
            }
            if (!library)
                continue;
            std::optional<EditionInfo> found;
            for (const EditionInfo& e : library->editions(pc.actId)) {
                if (e.language == l && e.editionDate == pc.editionDate)
                    found = e;
            }
            if (!found)
                c.add(u"citations",
                    QStringLiteral("%1 is not in the library in %2 as of %3.")
                        .arg(provisionName(pc), languageName(l), pc.editionDate.toString(Qt::ISODate)));
            else if (!pc.key.isEmpty() && library->subtree(found->id, pc.key).isEmpty())
                c.add(u"citations",
                    QStringLiteral("%1 is not in the %2 edition of %3 of the library.")
                        .arg(provisionName(pc), languageName(l), pc.editionDate.toString(Qt::ISODate)));
        }
    }
    return c.out;
}

} // namespace zanlink
