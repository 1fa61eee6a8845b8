#include "store/derived_index.h"

#include "refs/act_directory.h"
#include "refs/defined_terms.h"
#include "refs/reference_finder.h"
#include "store/library_acts.h"
#include "text/phrase_matcher.h"
#include "text/search_folding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

Q_LOGGING_CATEGORY(logIndex, "zanlink.store.index", QtInfoMsg)

namespace zanlink {

namespace {

constexpr int kDerivedVersion = 2;
constexpr auto kStateName = u"derived";

// Where in a provision a link was found.
constexpr int kPlaceText = -1;
constexpr int kPlaceHeading = -2;

QString kindName(ReferenceKind k)
{
    switch (k) {
    case ReferenceKind::Internal:
        return QStringLiteral("internal");
    case ReferenceKind::OtherAct:
        return QStringLiteral("other-act");
    case ReferenceKind::Unresolved:
        return QStringLiteral("unresolved");
    }
    return QStringLiteral("unresolved");
}

struct Span {
    int start;
    int length;
    bool overlaps(int s, int l) const { return s < start + length && start < s + l; }
};

// An Adilet link in a footnote names the amending act by its id.
QString actIdFromHref(const QString& href)
{
    static const QRegularExpression re(QStringLiteral("/docs/([A-Z][0-9]{9,10}_?)"));
    const auto m = re.match(href);
    return m.hasMatch() ? m.captured(1) : QString();
}

class LinkWriter {
public:
    LinkWriter(Database& db, qint64 provisionId)
        : m_ins(db.prepare(QStringLiteral(
            "INSERT INTO links(provision_id, place, start, length, phrase_start, phrase_length, kind, target_act, "
            "target_key, act_name) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"))),
          m_provisionId(provisionId)
    {
    }
    void setProvision(qint64 id) { m_provisionId = id; }
    bool isValid() const { return m_ins.isValid(); }

    bool add(int place, const Span& target, const Span& phrase, const QString& kind, const QString& act,
        const QString& key, const QString& actName)
    {
        m_ins.bind(1, m_provisionId).bind(2, place).bind(3, target.start).bind(4, target.length);
        m_ins.bind(5, phrase.start).bind(6, phrase.length).bind(7, kind).bind(8, act).bind(9, key).bind(10, actName);
        return m_ins.exec();
    }

    // Every target of every reference; a whole-act reference is one row. A
    // provision naming itself or what contains it ("Статья 1 с изменениями"
    // in article 1's footnote) is no citation.
    bool addReferences(int place, const QList<Reference>& refs, QList<Span>* taken, const QString& ownKey = {})
    {
        for (const Reference& r : refs) {
            const Span phrase { r.start, r.length };
            taken->append(phrase);
            if (r.kind == ReferenceKind::Internal && r.targets.isEmpty())
                continue; // "this Law" alone leads nowhere new
            const QString kind = kindName(r.kind);
            if (r.targets.isEmpty()) {
                if (!add(place, phrase, phrase, kind, r.actId, QString(), r.actName))
                    return false;
                continue;
            }
            for (const ReferenceTarget& t : r.targets) {
                if (r.kind == ReferenceKind::Internal && !ownKey.isEmpty() && !t.key.isEmpty()
                    && (ownKey == t.key || ownKey.startsWith(t.key + u'/')))
                    continue;
                if (!add(place, Span { t.start, t.length }, phrase, kind, r.actId, t.key, r.actName))
                    return false;
            }
        }
        return true;
    }

private:
    Statement m_ins;
    qint64 m_provisionId;
};

struct ProvisionRow {
    qint64 id;
    QString key;
    QString kind;
    QString heading;
    QString text;
};

bool isWithin(const QString& key, const QString& ancestor)
{
    return key == ancestor || key.startsWith(ancestor + u'/');
}

// References in one note: Adilet's own links name the amending acts by id and
// win over the grammar's reading of the same words. A note speaks about its
// provision from the article's point of view ("В подпункт 4) предусматриваются
// изменения" in the note of 1/4).
bool linkNote(LinkWriter& writer, int ord, const QString& text, const QString& linksJson, const QString& actId,
    Language lang, const QString& ownKey, const ActDirectory& acts)
{
    QList<Span> taken;
    const QJsonArray links = QJsonDocument::fromJson(linksJson.toUtf8()).array();
    int from = 0;
    for (const QJsonValue& v : links) {
        const QString words = v.toObject().value(u"text").toString();
        const QString target = actIdFromHref(v.toObject().value(u"href").toString());
        const int at = words.isEmpty() ? -1 : static_cast<int>(text.indexOf(words, from));
        if (target.isEmpty() || at < 0)
            continue;
        from = at + static_cast<int>(words.size());
        const Span span { at, static_cast<int>(words.size()) };
        taken << span;
        if (!writer.add(ord, span, span, QStringLiteral("other-act"), target, QString(), words))
            return false;
    }
    const QString article = ownKey.section(u'/', 0, 0);
    QList<Reference> refs = findReferences(text, ReferenceContext { actId, lang, article }, acts);
    refs.removeIf([&](const Reference& r) {
        return r.kind != ReferenceKind::Internal
            && std::any_of(taken.cbegin(), taken.cend(), [&](const Span& s) { return s.overlaps(r.start, r.length); });
    });
    return writer.addReferences(ord, refs, &taken, ownKey);
}

} // namespace

int DerivedIndex::version()
{
    return kDerivedVersion;
}

bool DerivedIndex::isCurrent()
{
    Statement s = m_db.prepare(QStringLiteral("SELECT version FROM derived_state WHERE name = ?1"));
    s.bind(1, QString::fromUtf16(kStateName));
    return s.next() && s.integer(0) == kDerivedVersion;
}

bool DerivedIndex::setCurrent()
{
    Statement s = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO derived_state(name, version) VALUES (?1, ?2)"));
    s.bind(1, QString::fromUtf16(kStateName)).bind(2, kDerivedVersion);
    return s.exec();
}

ActDirectory DerivedIndex::directory()
{
    return libraryActDirectory(m_db);
}

bool DerivedIndex::rebuildAll(QString* error, const std::function<bool(int, int)>& progress)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = QStringLiteral("cannot rebuild the index: %1").arg(m_db.lastError());
        return false;
    }
    const bool cleared = m_db.execScript(QStringLiteral("DELETE FROM links; DELETE FROM defined_terms;"
                                                        "INSERT INTO search_kk(search_kk) VALUES ('delete-all');"
                                                        "INSERT INTO search_ru(search_ru) VALUES ('delete-all');"
                                                        "INSERT INTO search_en(search_en) VALUES ('delete-all');"));
    if (!cleared) {
        *error = QStringLiteral("cannot clear the index: %1").arg(m_db.lastError());
        return false;
    }
    QList<qint64> ids;
    Statement s = m_db.prepare(QStringLiteral("SELECT id FROM editions ORDER BY id"));
    while (s.next())
        ids << s.integer(0);
    const ActDirectory acts = directory();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (progress && !progress(static_cast<int>(i), static_cast<int>(ids.size())))
            return false; // cancelled: the transaction rolls back
        Statement lang = m_db.prepare(QStringLiteral("SELECT lang FROM editions WHERE id = ?1"));
        lang.bind(1, ids.at(i));
        if (!lang.next() || !indexSearch(ids.at(i), lang.text(0), error) || !indexLinks(ids.at(i), acts, error))
            return false;
    }
    if (!setCurrent() || !tx.commit()) {
        *error = QStringLiteral("cannot save the index: %1").arg(m_db.lastError());
        return false;
    }
    qCDebug(logIndex) << "index rebuilt for" << ids.size() << "editions";
    return true;
}

bool DerivedIndex::indexEditions(const QList<qint64>& editionIds, QString* error)
{
    if (editionIds.isEmpty())
        return true;
    const ActDirectory acts = directory();
    for (qint64 id : editionIds) {
        Statement lang = m_db.prepare(QStringLiteral("SELECT lang FROM editions WHERE id = ?1"));
        lang.bind(1, id);
        if (!lang.next()) {
            *error = QStringLiteral("edition %1 is missing").arg(id);
            return false;
        }
        if (!indexSearch(id, lang.text(0), error) || !indexLinks(id, acts, error))
            return false;
    }
    return setCurrent();
}

bool DerivedIndex::relinkUnresolved(const QStringList& newActIds, QString* error)
{
    // What the new acts may have been called by citations that named them
    // before they were known: their titles and numbers, folded.
    QStringList names;
    const ActDirectory acts = directory();
    for (const QString& id : newActIds) {
        const ActDirectory::Act* act = acts.act(id);
        if (!act)
            continue;
        for (const QString& title : act->titles) {
            const QString t = normaliseText(title).remove(u'«').remove(u'»').remove(u'"').trimmed();
            if (t.size() >= 4)
                names << t;
        }
        if (!act->number.isEmpty())
            names << normaliseText(act->number);
    }
    if (names.isEmpty())
        return true;
    // Only the places (a provision's text, heading or one note) holding an
    // unresolved citation that names one of them are read again: re-reading
    // whole editions made each import slower than the last.
    struct Place {
        qint64 provisionId;
        int place;
    };
    QList<Place> places;
    QSet<QPair<qint64, int>> seen;
    // Read from the index links_unresolved, grouped by the name cited: each
    // name is folded and compared once.
    Statement s = m_db.prepare(QStringLiteral("SELECT act_name, provision_id, place FROM links "
                                              "WHERE kind = 'unresolved' AND act_name <> '' ORDER BY act_name"));
    QString lastName;
    bool lastMatches = false;
    while (s.next()) {
        const QString name = s.text(0);
        if (name != lastName) {
            const QString named = normaliseText(name);
            lastName = name;
            lastMatches
                = std::any_of(names.cbegin(), names.cend(), [&](const QString& n) { return named.contains(n); });
        }
        const Place p { s.integer(1), static_cast<int>(s.integer(2)) };
        if (lastMatches && !seen.contains({ p.provisionId, p.place })) {
            seen.insert({ p.provisionId, p.place });
            places << p;
        }
    }
    for (const Place& p : places) {
        if (!relinkPlace(p.provisionId, p.place, acts, error)) {
            if (error->isEmpty())
                *error = m_db.lastError();
            return false;
        }
    }
    return true;
}

bool DerivedIndex::relinkPlace(qint64 provisionId, int place, const ActDirectory& acts, QString* error)
{
    Statement p = m_db.prepare(QStringLiteral("SELECT e.act_id, e.lang, p.key, p.heading, p.text FROM provisions p "
                                              "JOIN editions e ON e.id = p.edition_id WHERE p.id = ?1"));
    p.bind(1, provisionId);
    if (!p.next()) {
        *error = QStringLiteral("provision %1 is missing").arg(provisionId);
        return false;
    }
    const QString actId = p.text(0);
    const Language lang = languageFromCode(p.text(1)).value_or(Language::Ru);
    const QString key = p.text(2);
    // Terms stay: they never overlap a citation, and a citation keeps its words.
    Statement del
        = m_db.prepare(QStringLiteral("DELETE FROM links WHERE provision_id = ?1 AND place = ?2 AND kind <> 'term'"));
    del.bind(1, provisionId).bind(2, place);
    if (!del.exec())
        return false;
    LinkWriter writer(m_db, provisionId);
    QList<Span> taken;
    if (place == kPlaceText || place == kPlaceHeading) {
        const QString text = place == kPlaceText ? p.text(4) : p.text(3);
        return writer.addReferences(
            place, findReferences(text, ReferenceContext { actId, lang, key }, acts), &taken, key);
    }
    Statement n
        = m_db.prepare(QStringLiteral("SELECT text, links FROM provision_notes WHERE provision_id = ?1 AND ord = ?2"));
    n.bind(1, provisionId).bind(2, place);
    if (!n.next())
        return true; // the note is gone with its links
    return linkNote(writer, place, n.text(0), n.text(1), actId, lang, key, acts);
}

bool DerivedIndex::indexSearch(qint64 editionId, const QString& lang, QString* error)
{
    if (!languageFromCode(lang)) {
        *error = QStringLiteral("edition %1 has an unknown language '%2'").arg(editionId).arg(lang);
        return false;
    }
    // The table name comes from the fixed set kk/ru/en, never from the file.
    const QString table = QStringLiteral("search_") + languageCode(*languageFromCode(lang));
    Statement ins = m_db.prepare(QStringLiteral("INSERT INTO %1(rowid, heading, text) SELECT id, heading, text "
                                                "FROM provisions WHERE edition_id = ?1")
                                     .arg(table));
    ins.bind(1, editionId);
    if (!ins.exec()) {
        *error = QStringLiteral("indexing edition %1 for search failed: %2").arg(editionId).arg(m_db.lastError());
        return false;
    }
    return true;
}

bool DerivedIndex::indexLinks(qint64 editionId, const ActDirectory& acts, QString* error)
{
    auto failed = [&] {
        *error = QStringLiteral("finding references in edition %1 failed: %2").arg(editionId).arg(m_db.lastError());
        return false;
    };
    Statement ed = m_db.prepare(QStringLiteral("SELECT act_id, lang FROM editions WHERE id = ?1"));
    ed.bind(1, editionId);
    if (!ed.next())
        return failed();
    const QString actId = ed.text(0);
    const Language lang = languageFromCode(ed.text(1)).value_or(Language::Ru);

    QList<ProvisionRow> rows;
    Statement ps = m_db.prepare(
        QStringLiteral("SELECT id, key, kind, heading, text FROM provisions WHERE edition_id = ?1 ORDER BY ord"));
    ps.bind(1, editionId);
    while (ps.next())
        rows << ProvisionRow { ps.integer(0), ps.text(1), ps.text(2), ps.text(3), ps.text(4) };

    // Defined terms first: their occurrences must not cover a reference.
    QList<ProvisionText> texts;
    texts.reserve(rows.size());
    for (const ProvisionRow& r : rows)
        texts << ProvisionText { r.key, r.heading, r.text, r.kind == u"article" };
    const QList<DefinedTerm> terms = findDefinedTerms(texts, lang);
    Statement termIns
        = m_db.prepare(QStringLiteral("INSERT INTO defined_terms(edition_id, term, key) VALUES (?1, ?2, ?3)"));
    QStringList phrases;
    for (const DefinedTerm& t : terms) {
        termIns.bind(1, editionId).bind(2, t.term).bind(3, t.key);
        if (!termIns.exec())
            return failed();
        phrases << t.term;
    }
    const PhraseMatcher matcher(lang, phrases);

    LinkWriter writer(m_db, 0);
    if (!writer.isValid())
        return failed();
    Statement notes
        = m_db.prepare(QStringLiteral("SELECT n.provision_id, n.ord, n.text, n.links FROM provision_notes n "
                                      "JOIN provisions p ON p.id = n.provision_id WHERE p.edition_id = ?1"));
    notes.bind(1, editionId);
    QHash<qint64, QString> keyOf;
    for (const ProvisionRow& r : rows) {
        keyOf.insert(r.id, r.key);
        writer.setProvision(r.id);
        const ReferenceContext ctx { actId, lang, r.key };
        QList<Span> taken;
        if (!writer.addReferences(kPlaceHeading, findReferences(r.heading, ctx, acts), &taken, r.key))
            return failed();
        taken.clear();
        if (!writer.addReferences(kPlaceText, findReferences(r.text, ctx, acts), &taken, r.key))
            return failed();
        if (terms.isEmpty())
            continue;
        for (const PhraseMatcher::Match& m : matcher.find(r.text)) {
            const DefinedTerm& t = terms.at(m.phraseIndex);
            if (isWithin(r.key, t.key))
                continue; // the definition itself
            const Span span { m.start, m.length };
            if (std::any_of(
                    taken.cbegin(), taken.cend(), [&](const Span& s) { return s.overlaps(span.start, span.length); }))
                continue;
            if (!writer.add(kPlaceText, span, span, QStringLiteral("term"), actId, t.key, QString()))
                return failed();
        }
    }
    while (notes.next()) {
        const qint64 pid = notes.integer(0);
        writer.setProvision(pid);
        if (!linkNote(writer, static_cast<int>(notes.integer(1)), notes.text(2), notes.text(3), actId, lang,
                keyOf.value(pid), acts))
            return failed();
    }
    return true;
}

} // namespace zanlink
