#pragma once

#include "corpus/provision.h"
#include "store/sqlite_db.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <optional>

namespace zanlink {

struct EditionInfo {
    qint64 id = 0;
    QString actId;
    Language language = Language::Ru;
    QDate editionDate; // invalid when the source did not say
    QString title;
    QString actLine;
    QString statusText;
    QString sourceKind;
    QString source;
    QString contentHash;
    QDateTime importedAt;
};

struct StoredProvision {
    qint64 id = 0;
    qint64 parentId = 0; // 0 for top-level nodes
    int depth = 0;
    ProvisionKind kind = ProvisionKind::Text;
    QString key;
    QString number;
    QString heading;
    QString text;
    QString anchor;
    ChangeMark change = ChangeMark::Unchanged;
    QList<ProvisionNote> notes;
};

} // namespace zanlink

// Plain Qt values only: lists of provisions grow by moving memory.
Q_DECLARE_TYPEINFO(zanlink::StoredProvision, Q_RELOCATABLE_TYPE);

namespace zanlink {

struct StoreReport {
    qint64 editionId = 0;
    bool alreadyPresent = false; // the same text was imported before
    int provisions = 0;
    int changed = 0; // against the previous edition
    int added = 0;
    qint64 previousEditionId = 0;
};

// The law library: one SQLite file (WAL, foreign keys on) holding acts, their
// editions in each language, and the provision trees. Old editions are kept.
class LibraryStore {
public:
    // Creates the file and its folder when missing; migrates the schema.
    bool open(const QString& path, QString* error);
    QString path() const { return m_path; }
    // The connection, for modules that attach to it and for tests.
    Database& database() { return m_db; }

    // Stores editions all-or-nothing in one transaction.
    std::optional<QList<StoreReport>> addEditions(const QList<ActEdition>& editions, QString* error);

    QStringList actIds();
    // All editions of an act, each language newest first.
    QList<EditionInfo> editions(const QString& actId);
    std::optional<EditionInfo> edition(qint64 id);
    std::optional<EditionInfo> latestEdition(const QString& actId, Language lang);
    // The newest edition in `preferred`, else in Russian, Kazakh, English.
    std::optional<EditionInfo> latestEditionPreferring(const QString& actId, Language preferred);
    // The whole tree of an edition in document order, with notes.
    QList<StoredProvision> provisions(qint64 editionId);
    // The sections, chapters and articles of an edition in document order,
    // without texts or notes: what a table of contents needs.
    QList<StoredProvision> outline(qint64 editionId);
    // A provision and its descendants in document order; empty when absent.
    QList<StoredProvision> subtree(qint64 editionId, const QString& key);
    // The path from the top (chapter or article) down to the provision.
    QList<StoredProvision> ancestry(qint64 editionId, const QString& key);

    static QString contentHash(const ActEdition& edition);

private:
    bool insertEdition(const ActEdition& e, StoreReport* report, QString* error);
    struct NodeInserter {
        Statement ins;
        Statement note;
        qint64 editionId = 0;
        const QHash<QString, QString>* previous = nullptr;
        StoreReport* report = nullptr;
    };
    bool insertNodes(NodeInserter& in, qint64 parentId, int depth, const QList<Provision>& nodes, int* ord);
    QList<StoredProvision> readProvisions(Statement& s);
    void readNotes(QList<StoredProvision>& list);

    Database m_db;
    QString m_path;
};

} // namespace zanlink
