#pragma once

#include "corpus/language.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace zanlink {

// The names of the enums below are stable lower-case strings stored in the
// case file and written to exports: never rename one, add new ones.

enum class CaseKind {
    RemovalRequest,
    Restriction,
    ChildCyberbullying,
    AppealObjection,
    RestorationOfAccess,
    Consultation
};
enum class CaseStatus { Open, Waiting, Closed };
enum class PartyRole { Applicant, Platform, PlatformRepresentative, StateBody, Lawyer, Other };
enum class PartyKind { Person, Organisation };
enum class EventKind {
    NoticeReceived,
    OrderIssued,
    ContentRemoved,
    AccessRestricted,
    BlockedWithoutOrder, // blocked while no authority admits an order
    AppealFiled,
    AccessRestored,
    RequestSent,
    ComplaintFiled,
    DecisionReceived,
    Other,
};

// "removal-request", "restriction", "child-cyberbullying", "appeal-objection",
// "restoration-of-access", "consultation"
QString caseKindName(CaseKind kind);
std::optional<CaseKind> caseKindFromName(const QString& name);
QList<CaseKind> allCaseKinds();
// "open", "waiting", "closed"
QString caseStatusName(CaseStatus status);
std::optional<CaseStatus> caseStatusFromName(const QString& name);
QList<CaseStatus> allCaseStatuses();
// "applicant", "platform", "platform-representative", "state-body", "lawyer", "other"
QString partyRoleName(PartyRole role);
std::optional<PartyRole> partyRoleFromName(const QString& name);
QList<PartyRole> allPartyRoles();
// "person", "organisation"
QString partyKindName(PartyKind kind);
std::optional<PartyKind> partyKindFromName(const QString& name);
// "notice-received", "order-issued", "content-removed", "access-restricted",
// "blocked-without-order", "appeal-filed", "access-restored", "request-sent",
// "complaint-filed", "decision-received", "other"
QString eventKindName(EventKind kind);
std::optional<EventKind> eventKindFromName(const QString& name);
QList<EventKind> allEventKinds();

// In every struct, id 0 means "not stored yet"; times are UTC.

struct CaseRecord {
    qint64 id = 0;
    QString title;
    CaseKind kind = CaseKind::Consultation;
    CaseStatus status = CaseStatus::Open;
    QStringList tags;
    bool confidential = false;
    QDateTime createdUtc; // set by the store on insert when invalid
    QDateTime updatedUtc; // set by the store on every change to the case or its parts
};

struct Party {
    qint64 id = 0;
    qint64 caseId = 0;
    PartyRole role = PartyRole::Applicant;
    PartyKind kind = PartyKind::Person;
    QString name;
    QString details;
    bool isChild = false;
    QDate birthDate; // invalid when not known
    bool confidential = false; // the store sets it when a child is inserted
};

struct ContentItem {
    qint64 id = 0;
    qint64 caseId = 0;
    QString url; // http or https
    QString platform; // free text: TikTok, Instagram, Facebook, YouTube, Telegram, VK, website…
    QString account;
    QString contentKind; // video, post, comment, page…
    QString language;
    QString notes;
};

struct Evidence {
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 contentItemId = 0; // 0 when not about one content item
    QString fileName; // the original file's name
    QString sha256; // lower-case hex; also the stored original's name
    qint64 size = 0;
    QDateTime capturedAtUtc;
    QString capturedBy;
    QString captureMethod; // screenshot, saved page, PDF print, screen recording…
    QString measurementId; // a network measurement, e.g. an OONI report id
    QString description;
};

struct CaseEvent {
    qint64 id = 0;
    qint64 caseId = 0;
    EventKind kind = EventKind::Other;
    QDateTime atUtc;
    QString description;
    qint64 contentItemId = 0; // 0 none
};

struct Deadline {
    qint64 id = 0;
    qint64 caseId = 0;
    QString title;
    QDateTime dueUtc;
    QString ruleId; // empty when entered by hand
    qint64 fromEventId = 0; // 0 none
    bool done = false;
    QString notes;
};

// A provision a note cites, with the edition the link was made against.
struct NoteCitation {
    QString actId;
    QString key; // provision key in the act ("41-1/1-2"); empty for the whole act
    Language language = Language::Ru;
    QDate editionDate;
    int start = -1; // place in the note's plain text; -1 when added by hand
    int length = 0;
    bool manual = false;
};

struct CaseNote {
    qint64 id = 0;
    qint64 caseId = 0;
    QDateTime createdUtc; // set by the store on insert when invalid
    QDateTime updatedUtc; // set by the store on every save
    QString html; // QTextDocument::toHtml()
    QString plainText;
    QList<NoteCitation> citations;
};

// A provision a saved draft cites, pinned to the edition of one language version.
struct DraftCitation {
    QString actId;
    QString key; // empty for the whole act
    Language language = Language::Ru;
    QDate editionDate;
    bool quote = false; // the draft quotes the provision's text
    bool operator==(const DraftCitation&) const = default;
};

// A request drafted from the case, kept so that it can be opened again and
// regenerated: its type, output language, field values and the editions of the
// provisions it cited. parentId chains drafts (an objection, then the appeal
// that follows it, then the request to restore access).
struct CaseDraft {
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 parentId = 0; // 0: the first of its chain
    QString type; // a request type id: "objection-appeal"
    QString language; // "kk", "ru", "en" or "kk+ru"
    QString title;
    QString fieldsJson; // the field values, as lib/drafting writes them
    QList<DraftCitation> citations;
    bool final = false; // saved as a final version (complete when saved)
    QDateTime createdUtc; // set by the store on insert when invalid
    QDateTime updatedUtc; // set by the store on every save
};

struct StatusChange {
    CaseStatus status = CaseStatus::Open;
    QDateTime atUtc;
    QString by;
};

struct AuditEntry {
    qint64 id = 0;
    QDateTime atUtc;
    QString who;
    qint64 caseId = 0;
    QString action; // "create", "update", "delete", "attach", "export"…
    QString entity; // "case", "party", "content", "evidence", "event", "deadline", "note"
    qint64 entityId = 0;
    QString detail; // which fields changed; never the content of confidential fields
};

// A whole case as the case page shows it; every list in the order of entry
// except events (by time), deadlines (by due time) and notes (by creation).
struct CaseFile {
    CaseRecord record;
    QList<Party> parties;
    QList<ContentItem> items;
    QList<Evidence> evidence;
    QList<CaseEvent> events;
    QList<Deadline> deadlines;
    QList<CaseNote> notes;
    QList<CaseDraft> drafts; // by creation
    QList<StatusChange> statusHistory; // oldest first; the first entry is the status at creation
};

struct CaseFilter {
    std::optional<CaseStatus> status;
    std::optional<CaseKind> kind;
    QString platform; // a content item's platform or a platform party's name, case-insensitive
    QString text; // in the title, tags or party names, case-insensitive
    bool withOpenDeadlinesOnly = false;
};

// A note or a draft of a case citing a provision (the "Cases" tab beside
// backlinks): noteId or draftId is set.
struct CaseCitation {
    qint64 caseId = 0;
    QString caseTitle;
    qint64 noteId = 0;
    qint64 draftId = 0;
    QString draftTitle;
    QString key;
    Language language = Language::Ru;
    QDate editionDate;
    bool confidential = false; // the case is confidential
};

} // namespace zanlink
