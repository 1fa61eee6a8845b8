#pragma once

#include "corpus/provision.h"
#include "store/sqlite_db.h"

#include <QHash>
#include <QList>

namespace zanlink {

enum class LinkKind {
    Internal, // a provision of the same act
    OtherAct, // another act, identified by its Adilet id
    Unresolved, // a citation whose act could not be identified
    Term, // an occurrence of a term defined in the act
};

// Where in a provision a link was found.
constexpr int kLinkInText = -1;
constexpr int kLinkInHeading = -2; // >= 0: the note of that order

// A reference found in the text of a provision, as stored.
struct StoredLink {
    qint64 provisionId = 0;
    int place = kLinkInText;
    int start = 0; // the words that name the target (the number)
    int length = 0;
    int phraseStart = 0; // the whole citation
    int phraseLength = 0;
    LinkKind kind = LinkKind::Internal;
    QString targetAct;
    QString targetKey; // empty: the whole act
    QString actName; // the act as the text names it (other acts, unresolved)
};

// Whether the library can show what a link points to.
enum class TargetState {
    InLibrary, // the act and the provision are imported
    ProvisionMissing, // the act is imported but has no such provision
    ActNotImported, // a known act that is not in the library yet
    Unresolved, // the act could not be identified
};

struct OutgoingLink {
    StoredLink link;
    QString sourceKey; // the citing provision
    QString words; // the citation as written
    TargetState state = TargetState::Unresolved;
};

// A provision that cites another, with the sentence that does.
struct Backlink {
    QString actId;
    Language language = Language::Ru;
    qint64 editionId = 0;
    qint64 provisionId = 0;
    QString key; // the citing provision
    ProvisionKind kind = ProvisionKind::Text;
    QString targetKey; // what it cites: the provision asked about or one inside it
    QString words;
    QString sentence;
};

struct TermDefinition {
    QString term;
    QString key;
};

QString linkKindName(LinkKind kind);
QString targetStateName(TargetState state);

// Reads links and backlinks. Only the newest edition of each act and
// language counts as citing.
class LinkQueries {
public:
    explicit LinkQueries(Database& db) : m_db(db) { }

    // Every link in an edition, by provision id, for showing the text.
    QHash<qint64, QList<StoredLink>> linksInEdition(qint64 editionId);
    // References made by a provision and the provisions inside it.
    QList<OutgoingLink> outgoing(qint64 editionId, const QString& key);
    // Who cites `key` of `actId` (or anything inside it); an empty key asks
    // for citations of the act as a whole and of any of its provisions.
    QList<Backlink> citedBy(const QString& actId, const QString& key);
    QList<TermDefinition> definedTerms(qint64 editionId);
    TargetState targetState(const QString& actId, const QString& key, Language preferred);

private:
    Database& m_db;
};

} // namespace zanlink
