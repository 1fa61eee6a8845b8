#include "store/library_store.h"

#include "store/derived_index.h"
#include "store/schema.h"
#include "text/fts_tokenizer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace zanlink {

namespace {

constexpr auto kProvisionColumns
    = u"id, COALESCE(parent_id, 0), depth, kind, key, number, heading, text, anchor, change_mark";

// The first seven columns of kProvisionColumns: where the node stands and what it is called.
StoredProvision outlineNode(Statement& s)
{
    StoredProvision p;
    p.id = s.integer(0);
    p.parentId = s.integer(1);
    p.depth = static_cast<int>(s.integer(2));
    p.kind = provisionKindFromName(s.text(3)).value_or(ProvisionKind::Text);
    p.key = s.text(4);
    p.number = s.text(5);
    p.heading = s.text(6);
    return p;
}

QString noteKindName(NoteKind k)
{
    return k == NoteKind::Footnote ? QStringLiteral("footnote") : QStringLiteral("editorial");
}

QString linksToJson(const QList<NoteLink>& links)
{
    QJsonArray arr;
    for (const NoteLink& l : links)
        arr.append(QJsonObject { { QStringLiteral("text"), l.text }, { QStringLiteral("href"), l.href } });
    return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
}

QList<NoteLink> linksFromJson(const QString& json)
{
    QList<NoteLink> links;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        links << NoteLink { o.value(u"text").toString(), o.value(u"href").toString() };
    }
    return links;
}

// Everything that is stored goes into the hash, the shape of the tree too:
// children are framed, so [A [B]] and [A, B] differ.
void hashNodes(QCryptographicHash& h, const QList<Provision>& nodes)
{
    for (const Provision& p : nodes) {
        const QString line = provisionKindName(p.kind) + u'\x1f' + p.key + u'\x1f' + p.number + u'\x1f' + p.heading
            + u'\x1f' + p.text + u'\x1f' + p.anchor;
        h.addData(line.toUtf8());
        for (const ProvisionNote& n : p.notes)
            h.addData((u'\x1e' + noteKindName(n.kind) + u'\x1f' + n.text + u'\x1f' + linksToJson(n.links)).toUtf8());
        h.addData(QByteArrayLiteral("\x02"));
        hashNodes(h, p.children);
        h.addData(QByteArrayLiteral("\x03"));
    }
}

EditionInfo readEdition(Statement& s)
{
    EditionInfo e;
    e.id = s.integer(0);
    e.actId = s.text(1);
    e.language = languageFromCode(s.text(2)).value_or(Language::Ru);
    e.editionDate = QDate::fromString(s.text(3), Qt::ISODate);
    e.title = s.text(4);
    e.actLine = s.text(5);
    e.statusText = s.text(6);
    e.sourceKind = s.text(7);
    e.source = s.text(8);
    e.contentHash = s.text(9);
    e.importedAt = QDateTime::fromString(s.text(10), Qt::ISODate);
    return e;
}

constexpr auto kEditionColumns = u"id, act_id, lang, edition_date, title, act_line, status_text, source_kind, "
                                 u"source, content_hash, imported_at";

} // namespace

bool LibraryStore::open(const QString& path, QString* error)
{
    m_path = path;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("%1: cannot create the folder").arg(info.absolutePath());
        return false;
    }
    if (!m_db.open(path)) {
        *error = QStringLiteral("%1: cannot open the library: %2").arg(path, m_db.lastError());
        return false;
    }
    Statement check = m_db.prepare(QStringLiteral("PRAGMA schema_version"));
    if (!check.isValid() || !check.next()) {
        *error = QStringLiteral("%1: not a ZanLink library (%2)").arg(path, m_db.lastError());
        m_db.close();
        return false;
    }
    check = Statement();
    // Another program's SQLite file must not get the library's tables added.
    Statement tables = m_db.prepare(
        QStringLiteral("SELECT COUNT(*), SUM(name = 'schema_version') FROM sqlite_master WHERE type = 'table' "
                       "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
    if (!tables.next()) {
        *error = QStringLiteral("%1: not a ZanLink library (%2)").arg(path, m_db.lastError());
        m_db.close();
        return false;
    }
    if (tables.integer(0) > 0 && tables.integer(1) == 0) {
        *error = QStringLiteral("%1: not a ZanLink library (it is another program's database); choose another file")
                     .arg(path);
        m_db.close();
        return false;
    }
    tables = Statement();
    if (!m_db.execScript(
            QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;"))) {
        *error = QStringLiteral("%1: %2").arg(path, m_db.lastError());
        m_db.close();
        return false;
    }
    QString migrateError;
    if (!registerSearchTokenizer(m_db.handle(), &migrateError) || !migrateLibrary(m_db, &migrateError)) {
        *error = QStringLiteral("%1: %2").arg(path, migrateError);
        m_db.close();
        return false;
    }
    // A library from an older version, or one whose grammar has changed,
    // gets its links and search index rebuilt once.
    DerivedIndex index(m_db);
    if (!index.isCurrent() && !index.rebuildAll(&migrateError)) {
        *error = QStringLiteral("%1: %2").arg(path, migrateError);
        m_db.close();
        return false;
    }
    return true;
}

QString LibraryStore::contentHash(const ActEdition& e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData((e.title + u'\x1f' + e.actLine).toUtf8());
    hashNodes(h, e.provisions);
    return QString::fromLatin1(h.result().toHex());
}

std::optional<QList<StoreReport>> LibraryStore::addEditions(const QList<ActEdition>& editions, QString* error)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = QStringLiteral("%1: cannot write to the library: %2").arg(m_path, m_db.lastError());
        return std::nullopt;
    }
    const QStringList actsBefore = actIds();
    QList<StoreReport> reports;
    QList<qint64> added;
    QStringList newActs;
    for (const ActEdition& e : editions) {
        StoreReport r;
        if (!insertEdition(e, &r, error))
            return std::nullopt; // the transaction rolls back: nothing half-written
        if (!r.alreadyPresent)
            added << r.editionId;
        if (!actsBefore.contains(e.actId) && !newActs.contains(e.actId))
            newActs << e.actId;
        reports << r;
    }
    DerivedIndex index(m_db);
    QString indexError;
    if (!index.indexEditions(added, &indexError) || !index.relinkUnresolved(newActs, &indexError)) {
        *error = QStringLiteral("%1: indexing the import failed: %2").arg(m_path, indexError);
        return std::nullopt;
    }
    if (!tx.commit()) {
        *error = QStringLiteral("%1: saving the import failed: %2").arg(m_path, m_db.lastError());
        return std::nullopt;
    }
    return reports;
}

bool LibraryStore::insertEdition(const ActEdition& e, StoreReport* report, QString* error)
{
    const QString hash = contentHash(e);
    const QString lang = languageCode(e.language);
    auto failed = [&](const QString& what) {
        *error = QStringLiteral("%1: storing %2 (%3) failed while %4: %5")
                     .arg(m_path, e.actId, lang, what, m_db.lastError());
        return false;
    };

    Statement same
        = m_db.prepare(QStringLiteral("SELECT id FROM editions WHERE act_id = ?1 AND lang = ?2 AND content_hash = ?3"));
    same.bind(1, e.actId).bind(2, lang).bind(3, hash);
    if (same.next()) {
        report->editionId = same.integer(0);
        report->alreadyPresent = true;
        report->provisions = e.provisionCount();
        return true;
    }

    Statement act = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO acts(id, first_seen) VALUES (?1, ?2)"));
    act.bind(1, e.actId).bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!act.exec())
        return failed(QStringLiteral("adding the act"));

    // The edition this one follows: the newest older one in the same language.
    const QString date = e.editionDate.isValid() ? e.editionDate.toString(Qt::ISODate) : QString();
    Statement prev = m_db.prepare(QStringLiteral(
        "SELECT id FROM editions WHERE act_id = ?1 AND lang = ?2 AND (?3 IS NULL OR edition_date IS NULL OR "
        "edition_date <= ?3) ORDER BY edition_date DESC, id DESC LIMIT 1"));
    prev.bind(1, e.actId).bind(2, lang).bindOrNull(3, date);
    QHash<QString, QString> previous;
    if (prev.next()) {
        report->previousEditionId = prev.integer(0);
        Statement texts
            = m_db.prepare(QStringLiteral("SELECT key, heading, text FROM provisions WHERE edition_id = ?1"));
        texts.bind(1, report->previousEditionId);
        while (texts.next())
            previous.insert(texts.text(0), texts.text(1) + u'\x1f' + texts.text(2));
    }

    Statement ins = m_db.prepare(QStringLiteral(
        "INSERT INTO editions(act_id, lang, edition_date, title, act_line, status_text, source_kind, source, "
        "content_hash, imported_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    ins.bind(1, e.actId).bind(2, lang).bindOrNull(3, date).bind(4, e.title).bind(5, e.actLine).bind(6, e.statusText);
    ins.bind(7, e.sourceKind)
        .bind(8, e.source)
        .bind(9, hash)
        .bind(10, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!ins.exec())
        return failed(QStringLiteral("adding the edition"));
    report->editionId = m_db.lastInsertId();

    // Prepared once for the whole tree: acts have thousands of nodes.
    NodeInserter nodes {
        m_db.prepare(QStringLiteral(
            "INSERT INTO provisions(edition_id, parent_id, ord, depth, kind, key, number, heading, text, "
            "anchor, source_line, change_mark) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")),
        m_db.prepare(QStringLiteral("INSERT INTO provision_notes(provision_id, ord, kind, text, links) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5)")),
        report->editionId, &previous, report
    };
    if (!nodes.ins.isValid() || !nodes.note.isValid())
        return failed(QStringLiteral("preparing to add provisions"));
    int ord = 0;
    if (!insertNodes(nodes, 0, 0, e.provisions, &ord))
        return failed(QStringLiteral("adding provisions"));
    report->provisions = ord;
    return true;
}

bool LibraryStore::insertNodes(NodeInserter& in, qint64 parentId, int depth, const QList<Provision>& nodes, int* ord)
{
    for (const Provision& p : nodes) {
        ChangeMark mark = ChangeMark::Unchanged;
        if (in.report->previousEditionId) {
            const auto it = in.previous->constFind(p.key);
            if (it == in.previous->constEnd())
                mark = ChangeMark::Added;
            else if (*it != p.heading + u'\x1f' + p.text)
                mark = ChangeMark::Changed;
        }
        in.report->changed += mark == ChangeMark::Changed;
        in.report->added += mark == ChangeMark::Added;
        Statement& ins = in.ins;
        ins.bind(1, in.editionId);
        if (parentId)
            ins.bind(2, parentId);
        else
            ins.bindNull(2);
        ins.bind(3, (*ord)++).bind(4, depth).bind(5, provisionKindName(p.kind)).bind(6, p.key).bind(7, p.number);
        ins.bind(8, p.heading)
            .bind(9, p.text)
            .bind(10, p.anchor)
            .bind(11, p.sourceLine)
            .bind(12, static_cast<int>(mark));
        if (!ins.exec())
            return false;
        const qint64 id = m_db.lastInsertId();
        for (qsizetype i = 0; i < p.notes.size(); ++i) {
            const ProvisionNote& n = p.notes.at(i);
            in.note.bind(1, id).bind(2, static_cast<int>(i)).bind(3, noteKindName(n.kind)).bind(4, n.text);
            in.note.bind(5, linksToJson(n.links));
            if (!in.note.exec())
                return false;
        }
        if (!p.children.isEmpty() && !insertNodes(in, id, depth + 1, p.children, ord))
            return false;
    }
    return true;
}

QStringList LibraryStore::actIds()
{
    QStringList ids;
    Statement s = m_db.prepare(QStringLiteral("SELECT id FROM acts ORDER BY id"));
    while (s.next())
        ids << s.text(0);
    return ids;
}

QList<EditionInfo> LibraryStore::editions(const QString& actId)
{
    QList<EditionInfo> list;
    Statement s = m_db.prepare(QStringLiteral("SELECT %1 FROM editions WHERE act_id = ?1 "
                                              "ORDER BY lang, edition_date DESC, id DESC")
                                   .arg(QString::fromUtf16(kEditionColumns)));
    s.bind(1, actId);
    while (s.next())
        list << readEdition(s);
    return list;
}

std::optional<EditionInfo> LibraryStore::edition(qint64 id)
{
    Statement s = m_db.prepare(
        QStringLiteral("SELECT %1 FROM editions WHERE id = ?1").arg(QString::fromUtf16(kEditionColumns)));
    s.bind(1, id);
    if (!s.next())
        return std::nullopt;
    return readEdition(s);
}

std::optional<EditionInfo> LibraryStore::latestEdition(const QString& actId, Language lang)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT %1 FROM editions WHERE act_id = ?1 AND lang = ?2 "
                                              "ORDER BY edition_date DESC, id DESC LIMIT 1")
                                   .arg(QString::fromUtf16(kEditionColumns)));
    s.bind(1, actId).bind(2, languageCode(lang));
    if (!s.next())
        return std::nullopt;
    return readEdition(s);
}

std::optional<EditionInfo> LibraryStore::latestEditionPreferring(const QString& actId, Language preferred)
{
    for (Language l : { preferred, Language::Ru, Language::Kk, Language::En }) {
        if (std::optional<EditionInfo> e = latestEdition(actId, l))
            return e;
    }
    return std::nullopt;
}

QList<StoredProvision> LibraryStore::readProvisions(Statement& s)
{
    QList<StoredProvision> list;
    while (s.next()) {
        StoredProvision p = outlineNode(s);
        p.text = s.text(7);
        p.anchor = s.text(8);
        p.change = static_cast<ChangeMark>(s.integer(9));
        list << p;
    }
    readNotes(list);
    return list;
}

void LibraryStore::readNotes(QList<StoredProvision>& list)
{
    if (list.isEmpty())
        return;
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < list.size(); ++i)
        index.insert(list.at(i).id, i);
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT provision_id, kind, text, links FROM provision_notes WHERE provision_id BETWEEN ?1 AND ?2 "
        "ORDER BY provision_id, ord"));
    qint64 lo = list.first().id, hi = lo;
    for (const StoredProvision& p : list) {
        lo = qMin(lo, p.id);
        hi = qMax(hi, p.id);
    }
    s.bind(1, lo).bind(2, hi);
    while (s.next()) {
        const auto it = index.constFind(s.integer(0));
        if (it == index.constEnd())
            continue;
        ProvisionNote n;
        n.kind = s.text(1) == u"editorial" ? NoteKind::Editorial : NoteKind::Footnote;
        n.text = s.text(2);
        n.links = linksFromJson(s.text(3));
        list[*it].notes << n;
    }
}

QList<StoredProvision> LibraryStore::provisions(qint64 editionId)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT %1 FROM provisions WHERE edition_id = ?1 ORDER BY ord")
                                   .arg(QString::fromUtf16(kProvisionColumns)));
    s.bind(1, editionId);
    return readProvisions(s);
}

QList<StoredProvision> LibraryStore::outline(qint64 editionId)
{
    // The kinds are written out as in the index provisions_outline so SQLite
    // reads that index alone.
    Statement s = m_db.prepare(QStringLiteral("SELECT id, COALESCE(parent_id, 0), depth, kind, key, number, heading, "
                                              "change_mark FROM provisions INDEXED BY provisions_outline "
                                              "WHERE edition_id = ?1 AND kind IN ('section', 'chapter', 'article') "
                                              "ORDER BY ord"));
    s.bind(1, editionId);
    QList<StoredProvision> list;
    while (s.next()) {
        StoredProvision p = outlineNode(s);
        p.change = static_cast<ChangeMark>(s.integer(7));
        list << std::move(p);
    }
    return list;
}

QList<StoredProvision> LibraryStore::subtree(qint64 editionId, const QString& key)
{
    // Descendants follow their ancestor in document order until the next node
    // at the same depth or above.
    Statement s = m_db.prepare(QStringLiteral(
        "WITH root AS (SELECT ord, depth FROM provisions WHERE edition_id = ?1 AND key = ?2), "
        "stop AS (SELECT MIN(p.ord) AS ord FROM provisions p, root WHERE p.edition_id = ?1 AND p.ord > root.ord "
        "AND p.depth <= root.depth) "
        "SELECT %1 FROM provisions, root, stop WHERE edition_id = ?1 AND provisions.ord >= root.ord "
        "AND (stop.ord IS NULL OR provisions.ord < stop.ord) ORDER BY provisions.ord")
                                   .arg(QStringLiteral("provisions.id, COALESCE(parent_id, 0), provisions.depth, kind, "
                                                       "key, number, heading, text, anchor, change_mark")));
    s.bind(1, editionId).bind(2, key);
    return readProvisions(s);
}

QList<StoredProvision> LibraryStore::ancestry(qint64 editionId, const QString& key)
{
    Statement s = m_db.prepare(
        QStringLiteral("WITH RECURSIVE up(id, parent_id) AS ("
                       " SELECT id, parent_id FROM provisions WHERE edition_id = ?1 AND key = ?2"
                       " UNION ALL SELECT p.id, p.parent_id FROM provisions p JOIN up ON p.id = up.parent_id) "
                       "SELECT %1 FROM provisions WHERE id IN (SELECT id FROM up) ORDER BY depth")
            .arg(QString::fromUtf16(kProvisionColumns)));
    s.bind(1, editionId).bind(2, key);
    return readProvisions(s);
}

} // namespace zanlink
