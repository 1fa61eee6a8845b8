#include "case_parts.h"

#include "case_labels.h"
#include "cases/case_store.h"
#include "deadlines/deadline_rules.h"
#include "ui_language.h"

#include <QLocale>

namespace zanlink {

namespace {

QString when(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")) : QString();
}

Party toParty(const QVariantMap& v)
{
    Party p;
    p.id = v.value(QStringLiteral("id")).toLongLong();
    p.caseId = v.value(QStringLiteral("caseId")).toLongLong();
    p.role = partyRoleFromName(v.value(QStringLiteral("role")).toString()).value_or(PartyRole::Other);
    p.kind = partyKindFromName(v.value(QStringLiteral("kind")).toString()).value_or(PartyKind::Person);
    p.name = v.value(QStringLiteral("name")).toString();
    p.details = v.value(QStringLiteral("details")).toString();
    p.isChild = v.value(QStringLiteral("isChild")).toBool();
    p.birthDate = v.value(QStringLiteral("birthDate")).toDate();
    p.confidential = v.value(QStringLiteral("confidential")).toBool();
    return p;
}

ContentItem toItem(const QVariantMap& v)
{
    ContentItem c;
    c.id = v.value(QStringLiteral("id")).toLongLong();
    c.caseId = v.value(QStringLiteral("caseId")).toLongLong();
    c.url = v.value(QStringLiteral("url")).toString();
    c.platform = v.value(QStringLiteral("platform")).toString();
    c.account = v.value(QStringLiteral("account")).toString();
    c.contentKind = v.value(QStringLiteral("contentKind")).toString();
    c.language = v.value(QStringLiteral("language")).toString();
    c.notes = v.value(QStringLiteral("notes")).toString();
    return c;
}

CaseEvent toEvent(const QVariantMap& v)
{
    CaseEvent e;
    e.id = v.value(QStringLiteral("id")).toLongLong();
    e.caseId = v.value(QStringLiteral("caseId")).toLongLong();
    e.kind = eventKindFromName(v.value(QStringLiteral("kind")).toString()).value_or(EventKind::Other);
    e.atUtc = v.value(QStringLiteral("atUtc")).toDateTime();
    e.description = v.value(QStringLiteral("description")).toString();
    e.contentItemId = v.value(QStringLiteral("contentItemId")).toLongLong();
    return e;
}

Deadline toDeadline(const QVariantMap& v)
{
    Deadline d;
    d.id = v.value(QStringLiteral("id")).toLongLong();
    d.caseId = v.value(QStringLiteral("caseId")).toLongLong();
    d.title = v.value(QStringLiteral("title")).toString();
    d.dueUtc = v.value(QStringLiteral("dueUtc")).toDateTime();
    d.ruleId = v.value(QStringLiteral("ruleId")).toString();
    d.fromEventId = v.value(QStringLiteral("fromEventId")).toLongLong();
    d.done = v.value(QStringLiteral("done")).toBool();
    d.notes = v.value(QStringLiteral("notes")).toString();
    return d;
}

} // namespace

QList<QVariantMap> CaseParts::partsOf(const CaseFile& file, PartType type)
{
    QList<QVariantMap> out;
    auto base = [](qint64 id, qint64 caseId) {
        return QVariantMap { { QStringLiteral("id"), id }, { QStringLiteral("caseId"), caseId } };
    };
    switch (type) {
    case PartType::Party:
        for (const Party& p : file.parties) {
            QVariantMap v = base(p.id, p.caseId);
            v.insert(QStringLiteral("role"), partyRoleName(p.role));
            v.insert(QStringLiteral("kind"), partyKindName(p.kind));
            v.insert(QStringLiteral("name"), p.name);
            v.insert(QStringLiteral("details"), p.details);
            v.insert(QStringLiteral("isChild"), p.isChild);
            v.insert(QStringLiteral("birthDate"), p.birthDate);
            v.insert(QStringLiteral("confidential"), p.confidential);
            out << v;
        }
        break;
    case PartType::ContentItem:
        for (const ContentItem& c : file.items) {
            QVariantMap v = base(c.id, c.caseId);
            v.insert(QStringLiteral("url"), c.url);
            v.insert(QStringLiteral("platform"), c.platform);
            v.insert(QStringLiteral("account"), c.account);
            v.insert(QStringLiteral("contentKind"), c.contentKind);
            v.insert(QStringLiteral("language"), c.language);
            v.insert(QStringLiteral("notes"), c.notes);
            out << v;
        }
        break;
    case PartType::Event:
        for (const CaseEvent& e : file.events) {
            QVariantMap v = base(e.id, e.caseId);
            v.insert(QStringLiteral("kind"), eventKindName(e.kind));
            v.insert(QStringLiteral("atUtc"), e.atUtc);
            v.insert(QStringLiteral("description"), e.description);
            v.insert(QStringLiteral("contentItemId"), e.contentItemId);
            out << v;
        }
        break;
    case PartType::Deadline:
        for (const Deadline& d : file.deadlines) {
            QVariantMap v = base(d.id, d.caseId);
            v.insert(QStringLiteral("title"), d.title);
            v.insert(QStringLiteral("dueUtc"), d.dueUtc);
            v.insert(QStringLiteral("ruleId"), d.ruleId);
            v.insert(QStringLiteral("fromEventId"), d.fromEventId);
            v.insert(QStringLiteral("done"), d.done);
            v.insert(QStringLiteral("notes"), d.notes);
            out << v;
        }
        break;
    }
    return out;
}

QVariantMap CaseParts::blank(PartType type, qint64 caseId)
{
    QVariantMap v { { QStringLiteral("id"), 0 }, { QStringLiteral("caseId"), caseId } };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (type == PartType::Event)
        v.insert(QStringLiteral("atUtc"), now);
    if (type == PartType::Deadline)
        v.insert(QStringLiteral("dueUtc"), now.addDays(1));
    return v;
}

QList<FormField> CaseParts::fields(PartType type, const CaseFile& file)
{
    QList<FormField> f;
    switch (type) {
    case PartType::Party: {
        FormField role { QStringLiteral("role"), tr("Role"), FormField::Choice, {}, {}, false };
        for (PartyRole r : allPartyRoles()) {
            role.choices << partyRoleName(r);
            role.choiceLabels << CaseLabels::role(r);
        }
        f << role;
        f << FormField { QStringLiteral("kind"), tr("Person or organisation"), FormField::Choice,
            { partyKindName(PartyKind::Person), partyKindName(PartyKind::Organisation) },
            { CaseLabels::partyKind(PartyKind::Person), CaseLabels::partyKind(PartyKind::Organisation) }, false };
        f << FormField { QStringLiteral("name"), tr("Name"), FormField::Line, {}, {}, true };
        f << FormField { QStringLiteral("details"), tr("Address, contacts, registration"), FormField::Multi, {}, {},
            false };
        f << FormField { QStringLiteral("isChild"), tr("A child (under 18)"), FormField::Check, {}, {}, false };
        f << FormField { QStringLiteral("birthDate"), tr("Date of birth"), FormField::Date, {}, {}, false };
        f << FormField { QStringLiteral("confidential"), tr("Confidential (left out of exports)"), FormField::Check, {},
            {}, false };
        break;
    }
    case PartType::ContentItem:
        f << FormField { QStringLiteral("url"), tr("URL"), FormField::Line, {}, {}, true };
        f << FormField { QStringLiteral("platform"), tr("Platform"), FormField::Line, {}, {}, false };
        f << FormField { QStringLiteral("account"), tr("Account"), FormField::Line, {}, {}, false };
        f << FormField { QStringLiteral("contentKind"), tr("Kind of content"), FormField::Line, {}, {}, false };
        f << FormField { QStringLiteral("language"), tr("Language of the content"), FormField::Line, {}, {}, false };
        f << FormField { QStringLiteral("notes"), tr("Notes"), FormField::Multi, {}, {}, false };
        break;
    case PartType::Event: {
        FormField kind { QStringLiteral("kind"), tr("What happened"), FormField::Choice, {}, {}, false };
        for (EventKind k : allEventKinds()) {
            kind.choices << eventKindName(k);
            kind.choiceLabels << CaseLabels::event(k);
        }
        f << kind;
        f << FormField { QStringLiteral("atUtc"), tr("When (local time)"), FormField::DateTime, {}, {}, false };
        f << FormField { QStringLiteral("description"), tr("Description"), FormField::Multi, {}, {}, false };
        FormField item { QStringLiteral("contentItemId"), tr("Content item"), FormField::Choice,
            { QStringLiteral("0") }, { tr("— none —") }, false };
        for (const ContentItem& c : file.items) {
            item.choices << QString::number(c.id);
            item.choiceLabels << c.url;
        }
        f << item;
        break;
    }
    case PartType::Deadline:
        f << FormField { QStringLiteral("title"), tr("Deadline"), FormField::Line, {}, {}, true };
        f << FormField { QStringLiteral("dueUtc"), tr("Due (local time)"), FormField::DateTime, {}, {}, false };
        f << FormField { QStringLiteral("done"), tr("Done"), FormField::Check, {}, {}, false };
        f << FormField { QStringLiteral("notes"), tr("Notes"), FormField::Multi, {}, {}, false };
        break;
    }
    return f;
}

QStringList CaseParts::headers(PartType type)
{
    switch (type) {
    case PartType::Party:
        return { tr("Role"), tr("Name"), tr("Details") };
    case PartType::ContentItem:
        return { tr("URL"), tr("Platform"), tr("Account"), tr("Kind") };
    case PartType::Event:
        return { tr("When"), tr("What happened"), tr("Description") };
    case PartType::Deadline:
        break;
    }
    return { tr("Due"), tr("Deadline"), tr("State") };
}

QStringList CaseParts::rowTexts(PartType type, const QVariantMap& v, const QDateTime& nowUtc)
{
    auto s = [&](const char* key) { return v.value(QString::fromLatin1(key)).toString(); };
    switch (type) {
    case PartType::Party: {
        const Party p = toParty(v);
        QString name = p.name;
        if (p.isChild)
            name += u' ' + tr("(child)");
        if (p.confidential)
            name += QStringLiteral(" 🔒");
        return { CaseLabels::role(p.role), name, QString(p.details).replace(u'\n', u' ') };
    }
    case PartType::ContentItem:
        return { s("url"), s("platform"), s("account"), s("contentKind") };
    case PartType::Event: {
        const CaseEvent e = toEvent(v);
        return { when(e.atUtc), CaseLabels::event(e.kind), QString(e.description).replace(u'\n', u' ') };
    }
    case PartType::Deadline:
        break;
    }
    const Deadline d = toDeadline(v);
    const Language lang = UiLanguage::current();
    QString state;
    switch (deadlineState(d.dueUtc, d.done, nowUtc)) {
    case DeadlineState::Done:
        state = tr("done");
        break;
    case DeadlineState::Overdue:
    case DeadlineState::DueSoon:
    case DeadlineState::Pending:
        state = remainingText(d.dueUtc, nowUtc, lang);
        break;
    }
    return { when(d.dueUtc), d.title, state };
}

QString CaseParts::formTitle(PartType type, bool adding)
{
    switch (type) {
    case PartType::Party:
        return adding ? tr("Add a party") : tr("Edit the party");
    case PartType::ContentItem:
        return adding ? tr("Add a content item") : tr("Edit the content item");
    case PartType::Event:
        return adding ? tr("Add an event to the timeline") : tr("Edit the event");
    case PartType::Deadline:
        break;
    }
    return adding ? tr("Add a deadline") : tr("Edit the deadline");
}

std::optional<qint64> CaseParts::save(CaseStore& store, PartType type, const QVariantMap& v, QString* error)
{
    switch (type) {
    case PartType::Party:
        return store.saveParty(toParty(v), error);
    case PartType::ContentItem:
        return store.saveContentItem(toItem(v), error);
    case PartType::Event:
        return store.saveEvent(toEvent(v), error);
    case PartType::Deadline:
        break;
    }
    return store.saveDeadline(toDeadline(v), error);
}

bool CaseParts::remove(CaseStore& store, PartType type, qint64 id, QString* error)
{
    switch (type) {
    case PartType::Party:
        return store.removeParty(id, error);
    case PartType::ContentItem:
        return store.removeContentItem(id, error);
    case PartType::Event:
        return store.removeEvent(id, error);
    case PartType::Deadline:
        break;
    }
    return store.removeDeadline(id, error);
}

} // namespace zanlink
