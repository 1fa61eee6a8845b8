#include "drafting/draft.h"

#include "store/library_store.h"

#include <QTimeZone>

namespace zanlink {

namespace {

QString tr3(Language lang, const char16_t* kk, const char16_t* ru, const char16_t* en)
{
    switch (lang) {
    case Language::Kk:
        return QString::fromUtf16(kk);
    case Language::Ru:
        return QString::fromUtf16(ru);
    case Language::En:
        return QString::fromUtf16(en);
    }
    return QString::fromUtf16(ru);
}

QString fieldFor(const QString& field, Language lang)
{
    return field + u'@' + languageCode(lang);
}

// Kazakhstan has used one time zone, UTC+5, since March 2024.
QDateTime inKazakhstan(const QDateTime& utc)
{
    return utc.toTimeZone(QTimeZone(5 * 3600));
}

void setPerLanguage(Draft& d, const QString& field, const QList<Language>& langs, const char16_t* kk,
    const char16_t* ru, const char16_t* en)
{
    for (Language l : langs)
        d.fields.insert(fieldFor(field, l), tr3(l, kk, ru, en));
}

const Party* firstParty(const CaseFile& file, PartyRole role, bool adultsOnly)
{
    for (const Party& p : file.parties) {
        if (p.role == role && !(adultsOnly && p.isChild))
            return &p;
    }
    return nullptr;
}

void addCitation(Draft& d, const PinnedCitation& c)
{
    for (const PinnedCitation& have : d.citations) {
        if (have.actId == c.actId && have.key == c.key && have.language == c.language)
            return;
    }
    d.citations.append(c);
}

} // namespace

QString outputLanguageCode(OutputLanguage lang)
{
    switch (lang) {
    case OutputLanguage::Kk:
        return QStringLiteral("kk");
    case OutputLanguage::Ru:
        return QStringLiteral("ru");
    case OutputLanguage::En:
        return QStringLiteral("en");
    case OutputLanguage::BilingualKkRu:
        return QStringLiteral("kk+ru");
    }
    return QStringLiteral("ru");
}

std::optional<OutputLanguage> outputLanguageFromCode(const QString& code)
{
    for (OutputLanguage l :
        { OutputLanguage::Kk, OutputLanguage::Ru, OutputLanguage::En, OutputLanguage::BilingualKkRu }) {
        if (outputLanguageCode(l) == code)
            return l;
    }
    return std::nullopt;
}

QList<Language> outputLanguages(OutputLanguage lang)
{
    switch (lang) {
    case OutputLanguage::Kk:
        return { Language::Kk };
    case OutputLanguage::Ru:
        return { Language::Ru };
    case OutputLanguage::En:
        return { Language::En };
    case OutputLanguage::BilingualKkRu:
        return { Language::Kk, Language::Ru };
    }
    return { Language::Ru };
}

QVariant Draft::value(const QString& field, Language lang) const
{
    const QVariant own = fields.value(fieldFor(field, lang));
    return own.isValid() ? own : fields.value(field);
}

QString Draft::text(const QString& field, Language lang) const
{
    return value(field, lang).toString().trimmed();
}

QStringList Draft::list(const QString& field, Language lang) const
{
    const QVariant v = value(field, lang);
    const QStringList raw = v.typeId() == QMetaType::QStringList || v.typeId() == QMetaType::QVariantList
        ? v.toStringList()
        : v.toString().split(u'\n');
    QStringList out;
    for (const QString& s : raw) {
        if (!s.trimmed().isEmpty())
            out.append(s.trimmed());
    }
    return out;
}

QDate Draft::date(const QString& field) const
{
    return fields.value(field).toDate();
}

QList<PinnedCitation> Draft::citationsIn(Language lang) const
{
    QList<PinnedCitation> out;
    for (const PinnedCitation& c : citations) {
        if (c.language == lang)
            out.append(c);
    }
    return out;
}

Draft draftFromCase(const CaseFile& file, RequestType type, OutputLanguage language, const QDate& today)
{
    const RequestTypeInfo& info = requestTypeInfo(type);
    const QList<Language> langs = outputLanguages(language);
    Draft d;
    d.type = type;
    d.language = language;
    d.fields.insert(QString::fromUtf16(DraftField::Date), today);

    if (const Party* issuer = firstParty(file, PartyRole::Applicant, true)) {
        d.fields.insert(QString::fromUtf16(DraftField::Issuer), issuer->name);
        d.fields.insert(QString::fromUtf16(DraftField::IssuerDetails), issuer->details);
    }
    for (const Party& p : file.parties) {
        if (p.isChild && (p.role == PartyRole::Applicant || p.role == PartyRole::Other)) {
            d.fields.insert(QString::fromUtf16(DraftField::Subject), p.name);
            setPerLanguage(d, QString::fromUtf16(DraftField::IssuerCapacity), langs, u"баланың заңды өкілі",
                u"законный представитель ребенка", u"legal representative of the child");
            break;
        }
    }
    const Party* addressee = firstParty(file, info.addresseeRole, false);
    if (!addressee && info.addresseeRole == PartyRole::PlatformRepresentative)
        addressee = firstParty(file, PartyRole::Platform, false);
    if (addressee) {
        d.fields.insert(QString::fromUtf16(DraftField::Addressee), addressee->name);
        d.fields.insert(QString::fromUtf16(DraftField::AddresseeDetails), addressee->details);
    } else if (info.addresseeRole == PartyRole::StateBody) {
        setPerLanguage(d, QString::fromUtf16(DraftField::Addressee), langs,
            u"Қазақстан Республикасының Мәдениет және ақпарат министрлігі",
            u"Министерство культуры и информации Республики Казахстан",
            u"Ministry of Culture and Information of the Republic of Kazakhstan");
    }

    QStringList urls;
    for (const ContentItem& item : file.items) {
        if (!item.url.trimmed().isEmpty() && !urls.contains(item.url.trimmed()))
            urls.append(item.url.trimmed());
    }
    d.fields.insert(QString::fromUtf16(DraftField::Urls), urls);

    QStringList facts;
    for (const CaseEvent& e : file.events) {
        if (e.description.trimmed().isEmpty())
            continue;
        const QDateTime local = inKazakhstan(e.atUtc);
        facts.append(local.isValid() ? local.toString(u"dd.MM.yyyy"_qs) + u" — " + e.description.trimmed()
                                     : e.description.trimmed());
        if (e.kind == EventKind::OrderIssued && !d.fields.contains(QString::fromUtf16(DraftField::OrderReference)))
            d.fields.insert(QString::fromUtf16(DraftField::OrderReference),
                QString(local.toString(u"dd.MM.yyyy"_qs) + u", " + e.description).trimmed());
    }
    d.fields.insert(QString::fromUtf16(DraftField::Facts), facts);

    for (const Deadline& dl : file.deadlines) {
        if (dl.done)
            continue;
        d.fields.insert(QString::fromUtf16(DraftField::Deadline), dl.title);
        d.fields.insert(QString::fromUtf16(DraftField::DeadlineDate), inKazakhstan(dl.dueUtc).date());
        for (const CaseEvent& e : file.events) {
            if (e.id == dl.fromEventId && dl.fromEventId != 0)
                d.fields.insert(QString::fromUtf16(DraftField::DeadlineStart), e.description);
        }
        break;
    }

    for (const ProvisionRef& ref : info.defaultProvisions) {
        for (Language l : langs)
            addCitation(d, PinnedCitation { ref.actId, ref.key, l, QDate(), false });
    }
    for (const CaseNote& note : file.notes) {
        for (const NoteCitation& nc : note.citations) {
            for (Language l : langs)
                addCitation(
                    d, PinnedCitation { nc.actId, nc.key, l, nc.language == l ? nc.editionDate : QDate(), false });
        }
    }
    return d;
}

int pinLatestEditions(Draft& draft, LibraryStore& library)
{
    int pinned = 0;
    for (PinnedCitation& c : draft.citations) {
        if (c.editionDate.isValid())
            continue;
        if (const auto e = library.latestEdition(c.actId, c.language); e && e->editionDate.isValid()) {
            c.editionDate = e->editionDate;
            ++pinned;
        }
    }
    return pinned;
}

} // namespace zanlink
