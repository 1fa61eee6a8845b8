#include "store/link_queries.h"

#include "text/sentence.h"

namespace zanlink {

namespace {

constexpr auto kLinkColumns = u"l.provision_id, l.place, l.start, l.length, l.phrase_start, l.phrase_length, l.kind, "
                              u"l.target_act, l.target_key, l.act_name";

LinkKind kindFromName(const QString& name)
{
    if (name == u"internal")
        return LinkKind::Internal;
    if (name == u"other-act")
        return LinkKind::OtherAct;
    if (name == u"term")
        return LinkKind::Term;
    return LinkKind::Unresolved;
}

StoredLink readLink(Statement& s, int col = 0)
{
    StoredLink l;
    l.provisionId = s.integer(col);
    l.place = static_cast<int>(s.integer(col + 1));
    l.start = static_cast<int>(s.integer(col + 2));
    l.length = static_cast<int>(s.integer(col + 3));
    l.phraseStart = static_cast<int>(s.integer(col + 4));
    l.phraseLength = static_cast<int>(s.integer(col + 5));
    l.kind = kindFromName(s.text(col + 6));
    l.targetAct = s.text(col + 7);
    l.targetKey = s.text(col + 8);
    l.actName = s.text(col + 9);
    return l;
}

// The text a link's offsets refer to.
QString placeText(Database& db, const StoredLink& l, const QString& heading, const QString& text)
{
    if (l.place == kLinkInText)
        return text;
    if (l.place == kLinkInHeading)
        return heading;
    Statement n = db.prepare(QStringLiteral("SELECT text FROM provision_notes WHERE provision_id = ?1 AND ord = ?2"));
    n.bind(1, l.provisionId).bind(2, l.place);
    return n.next() ? n.text(0) : QString();
}

QString slice(const QString& text, int start, int length)
{
    if (start < 0 || length < 0 || start + length > text.size())
        return QString();
    return text.mid(start, length);
}

} // namespace

QString linkKindName(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Internal:
        return QStringLiteral("internal");
    case LinkKind::OtherAct:
        return QStringLiteral("other-act");
    case LinkKind::Term:
        return QStringLiteral("term");
    case LinkKind::Unresolved:
        break;
    }
    return QStringLiteral("unresolved");
}

QString targetStateName(TargetState state)
{
    switch (state) {
    case TargetState::InLibrary:
        return QStringLiteral("in-library");
    case TargetState::ProvisionMissing:
        return QStringLiteral("provision-missing");
    case TargetState::ActNotImported:
        return QStringLiteral("act-not-imported");
    case TargetState::Unresolved:
        break;
    }
    return QStringLiteral("unresolved");
}

QHash<qint64, QList<StoredLink>> LinkQueries::linksInEdition(qint64 editionId)
{
    QHash<qint64, QList<StoredLink>> map;
    Statement s = m_db.prepare(QStringLiteral("SELECT %1 FROM links l JOIN provisions p ON p.id = l.provision_id "
                                              "WHERE p.edition_id = ?1 ORDER BY l.provision_id, l.place, l.start")
                                   .arg(QString::fromUtf16(kLinkColumns)));
    s.bind(1, editionId);
    while (s.next()) {
        StoredLink l = readLink(s);
        map[l.provisionId] << l;
    }
    return map;
}

TargetState LinkQueries::targetState(const QString& actId, const QString& key, Language preferred)
{
    if (actId.isEmpty())
        return TargetState::Unresolved;
    Statement act = m_db.prepare(QStringLiteral("SELECT 1 FROM editions WHERE act_id = ?1 LIMIT 1"));
    act.bind(1, actId);
    if (!act.next())
        return TargetState::ActNotImported;
    if (key.isEmpty())
        return TargetState::InLibrary;
    Statement p = m_db.prepare(QStringLiteral(
        "SELECT 1 FROM provisions p JOIN editions e ON e.id = p.edition_id WHERE e.act_id = ?1 AND p.key = ?2 "
        "AND e.id IN (SELECT id FROM latest_editions) ORDER BY e.lang = ?3 DESC LIMIT 1"));
    p.bind(1, actId).bind(2, key).bind(3, languageCode(preferred));
    return p.next() ? TargetState::InLibrary : TargetState::ProvisionMissing;
}

QList<OutgoingLink> LinkQueries::outgoing(qint64 editionId, const QString& key)
{
    QList<OutgoingLink> list;
    Statement lang = m_db.prepare(QStringLiteral("SELECT lang FROM editions WHERE id = ?1"));
    lang.bind(1, editionId);
    const Language language = lang.next() ? languageFromCode(lang.text(0)).value_or(Language::Ru) : Language::Ru;
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT %1, p.key, p.heading, p.text FROM links l JOIN provisions p ON p.id = l.provision_id "
        "WHERE p.edition_id = ?1 AND (p.key = ?2 OR (p.key >= ?2 || '/' AND p.key < ?2 || '0')) AND l.kind <> 'term' "
        "ORDER BY p.ord, l.place DESC, l.start")
                                   .arg(QString::fromUtf16(kLinkColumns)));
    s.bind(1, editionId).bind(2, key);
    while (s.next()) {
        OutgoingLink o;
        o.link = readLink(s);
        o.sourceKey = s.text(10);
        const QString text = placeText(m_db, o.link, s.text(11), s.text(12));
        o.words = slice(text, o.link.phraseStart, o.link.phraseLength);
        o.state = o.link.kind == LinkKind::Unresolved ? TargetState::Unresolved
                                                      : targetState(o.link.targetAct, o.link.targetKey, language);
        list << o;
    }
    return list;
}

QList<Backlink> LinkQueries::citedBy(const QString& actId, const QString& key)
{
    QList<Backlink> list;
    // Keys below `key` sort between "key/" and "key0" ('0' follows '/').
    Statement s = m_db.prepare(
        QStringLiteral("SELECT %1, p.key, p.kind, p.heading, p.text, e.id, e.act_id, e.lang FROM links l "
                       "JOIN provisions p ON p.id = l.provision_id JOIN editions e ON e.id = p.edition_id "
                       "WHERE l.target_act = ?1 AND l.kind IN ('internal', 'other-act') "
                       "AND (?2 = '' OR l.target_key = ?2 OR (l.target_key >= ?2 || '/' AND l.target_key < ?2 || '0')) "
                       "AND e.id IN (SELECT id FROM latest_editions) "
                       "ORDER BY e.act_id <> ?1, e.act_id, e.lang, p.ord, l.place DESC, l.start")
            .arg(QString::fromUtf16(kLinkColumns)));
    s.bind(1, actId).bind(2, key);
    while (s.next()) {
        const StoredLink l = readLink(s);
        Backlink b;
        b.provisionId = l.provisionId;
        b.key = s.text(10);
        b.kind = provisionKindFromName(s.text(11)).value_or(ProvisionKind::Text);
        b.editionId = s.integer(14);
        b.actId = s.text(15);
        b.language = languageFromCode(s.text(16)).value_or(Language::Ru);
        b.targetKey = l.targetKey;
        const QString text = placeText(m_db, l, s.text(12), s.text(13));
        b.words = slice(text, l.phraseStart, l.phraseLength);
        b.sentence = sentenceAround(text, l.phraseStart, l.phraseLength);
        // One row per citing phrase: "пунктами 1 и 2" cites the article once.
        if (!list.isEmpty()) {
            const Backlink& last = list.constLast();
            if (last.provisionId == b.provisionId && last.words == b.words && last.sentence == b.sentence)
                continue;
        }
        list << b;
    }
    return list;
}

QList<TermDefinition> LinkQueries::definedTerms(qint64 editionId)
{
    QList<TermDefinition> list;
    Statement s = m_db.prepare(QStringLiteral("SELECT term, key FROM defined_terms WHERE edition_id = ?1 ORDER BY id"));
    s.bind(1, editionId);
    while (s.next())
        list << TermDefinition { s.text(0), s.text(1) };
    return list;
}

} // namespace zanlink
