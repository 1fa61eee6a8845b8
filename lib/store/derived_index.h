#pragma once

#include "store/sqlite_db.h"

#include <QList>
#include <QStringList>
#include <functional>

namespace zanlink {

class ActDirectory;

// What the library derives from the stored text: the search index (FTS5, one
// table per language), references found in provisions and notes (links), and
// the terms that definitions articles define with their occurrences. Derived
// data can always be rebuilt from the provisions; its version is stored so a
// newer grammar or tokenizer rebuilds it once.
class DerivedIndex {
public:
    explicit DerivedIndex(Database& db) : m_db(db) { }

    // Bump when the tokenizer, the reference grammar or the term finder changes.
    static int version();

    bool isCurrent();

    // Rebuilds everything in one transaction; `progress(done, total)` may
    // return false to cancel (nothing changes then).
    bool rebuildAll(QString* error, const std::function<bool(int, int)>& progress = {});

    // Indexes new editions (search rows, links, terms). The caller holds the
    // transaction.
    bool indexEditions(const QList<qint64>& editionIds, QString* error);

    // Finds references again in editions whose unresolved citations name one
    // of these newly imported acts by title or number. The caller holds the
    // transaction.
    bool relinkUnresolved(const QStringList& newActIds, QString* error);

private:
    ActDirectory directory();
    bool indexSearch(qint64 editionId, const QString& lang, QString* error);
    bool indexLinks(qint64 editionId, const ActDirectory& acts, QString* error);
    bool relinkPlace(qint64 provisionId, int place, const ActDirectory& acts, QString* error);
    bool setCurrent();

    Database& m_db;
};

} // namespace zanlink
