#include "refs/act_directory.h"

#include "refs/refs_internal.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

static void initRefsResource()
{
    Q_INIT_RESOURCE(refs);
}

namespace zanlink {

namespace {
bool isCyrillic(QChar c)
{
    return c.unicode() >= 0x0400 && c.unicode() <= 0x04FF;
}

QStringList nameWords(const QString& text)
{
    QStringList words;
    for (const refs::Token& t : refs::tokenize(text)) {
        if (t.type == refs::Tok::Word && !isCountryWord(t.norm))
            words << t.norm;
    }
    return words;
}
} // namespace

QString normalizedWord(QStringView word)
{
    bool cyr = false;
    for (QChar c : word)
        cyr = cyr || isCyrillic(c);
    QString out;
    out.reserve(word.size());
    for (QChar c : word) {
        if (c == u'"' || c == u'\u00AB' || c == u'\u00BB' || c == u'\u201C' || c == u'\u201D')
            continue;
        QChar l = c.toLower();
        if (l == QChar(0x0451))
            l = QChar(0x0435); // ё → е
        else if (cyr && (l == u'i' || l == QChar(0x0131)))
            l = QChar(0x0456); // Latin i in Kazakh words → і
        out += l;
    }
    return out;
}

namespace {

bool isAboutWord(const QString& w)
{
    // о, об, обо
    return (w.size() == 1 && w.at(0) == QChar(0x043E))
        || (w.size() == 2 && w.at(0) == QChar(0x043E) && w.at(1) == QChar(0x0431))
        || (w.size() == 3 && w.at(0) == QChar(0x043E) && w.at(1) == QChar(0x0431) && w.at(2) == QChar(0x043E));
}

// Words that sameWordStem finds the same share this key: their first three
// letters, or the whole of a shorter word, with "о" and "об" sharing one. The
// forms of "о" are also the same as "обо", whose key is its own (see
// ActDirectory::matchName).
QString nameKey(const QString& w)
{
    if (w.size() < 3 && isAboutWord(w))
        return QStringLiteral("о");
    return w.left(3);
}

} // namespace

bool sameWordStem(const QString& a, const QString& b)
{
    if (a == b)
        return true;
    if (isAboutWord(a) && isAboutWord(b))
        return true;
    const qsizetype minLen = qMin(a.size(), b.size());
    const qsizetype maxLen = qMax(a.size(), b.size());
    if (minLen < 3)
        return false;
    qsizetype p = 0;
    while (p < minLen && a.at(p) == b.at(p))
        ++p;
    return p >= qMax<qsizetype>(3, maxLen - 3);
}

bool isCountryWord(const QString& w)
{
    static const QStringList words {
        QStringLiteral("республики"),
        QStringLiteral("республика"),
        QStringLiteral("республике"),
        QStringLiteral("казахстан"),
        QStringLiteral("рк"),
        QStringLiteral("қазақстан"),
        QStringLiteral("республикасы"),
        QStringLiteral("республикасының"),
        QStringLiteral("республикасындағы"),
        QStringLiteral("қр"),
        QStringLiteral("of"),
        QStringLiteral("the"),
        QStringLiteral("republic"),
        QStringLiteral("kazakhstan"),
        QStringLiteral("rk"),
    };
    return words.contains(w);
}

QString normalizedActNumber(const QString& number)
{
    QString out;
    for (QChar c : number) {
        if (c.isSpace())
            continue;
        QChar u = c.toUpper();
        if (u == QChar(0x0406))
            u = u'I';
        else if (u == QChar(0x0425))
            u = u'X';
        else if (u == QChar(0x2013) || u == QChar(0x2014))
            u = u'-';
        out += u;
    }
    return out;
}

ActDirectory ActDirectory::fromCatalogue(const Catalogue& catalogue)
{
    ActDirectory d;
    for (const CatalogueAct& a : catalogue.acts()) {
        d.addActFacts(a.id, a.kind, a.number, a.adopted);
        for (Language l : kAllLanguages) {
            if (!a.titles.value(l).isEmpty())
                d.addAct(a.id, l, a.titles.value(l));
        }
    }
    initRefsResource();
    QFile f(QStringLiteral(":/zanlink/refs/loose_names.json"));
    if (f.open(QIODevice::ReadOnly)) {
        const QJsonObject acts = QJsonDocument::fromJson(f.readAll()).object().value(u"acts").toObject();
        for (auto it = acts.begin(); it != acts.end(); ++it) {
            if (!d.act(it.key()))
                continue;
            const QJsonObject byLang = it.value().toObject();
            for (Language l : kAllLanguages) {
                for (const QJsonValue& v : byLang.value(languageCode(l)).toArray())
                    d.addLooseName(it.key(), l, v.toString());
            }
        }
    }
    return d;
}

ActDirectory::Act* ActDirectory::findOrAdd(const QString& actId)
{
    for (Act& a : m_acts) {
        if (a.id == actId)
            return &a;
    }
    Act a;
    a.id = actId;
    if (actId.startsWith(u'K'))
        a.kind = ActKind::Code;
    m_acts << a;
    return &m_acts.last();
}

void ActDirectory::addName(const QString& actId, const QString& text, bool loose)
{
    const QStringList words = nameWords(text);
    if (words.isEmpty())
        return;
    QList<qsizetype>& bucket = m_namesByFirstWord[nameKey(words.first())];
    for (qsizetype i : bucket) {
        if (m_names.at(i).actId == actId && m_names.at(i).words == words)
            return;
    }
    bucket << m_names.size();
    m_names << Name { actId, words, loose };
}

void ActDirectory::addAct(const QString& actId, Language lang, const QString& title)
{
    if (actId.isEmpty())
        return;
    Act* a = findOrAdd(actId);
    if (a->titles.value(lang).isEmpty())
        a->titles.insert(lang, title.trimmed());
    addName(actId, title, false);
}

void ActDirectory::addActFacts(const QString& actId, ActKind kind, const QString& number, const QDate& adopted)
{
    Act* a = findOrAdd(actId);
    a->kind = kind;
    a->number = number;
    a->adopted = adopted;
}

void ActDirectory::addLooseName(const QString& actId, Language, const QString& name)
{
    findOrAdd(actId);
    addName(actId, name, true);
}

const ActDirectory::Act* ActDirectory::act(const QString& actId) const
{
    for (const Act& a : m_acts) {
        if (a.id == actId)
            return &a;
    }
    return nullptr;
}

QString ActDirectory::title(const QString& actId, Language lang) const
{
    const Act* a = act(actId);
    if (!a)
        return {};
    const QString t = a->titles.value(lang);
    return t.isEmpty() ? a->titles.value(Language::Ru) : t;
}

QString ActDirectory::findByNumber(const QString& number, const QDate& date) const
{
    const QString n = normalizedActNumber(number);
    if (n.isEmpty())
        return {};
    for (const Act& a : m_acts) {
        if (a.number.isEmpty() || normalizedActNumber(a.number) != n)
            continue;
        if (date.isValid() && a.adopted.isValid() && date != a.adopted)
            continue;
        return a.id;
    }
    return {};
}

QString ActDirectory::findByTitle(const QString& title) const
{
    const QStringList words = nameWords(title);
    const NameMatch m = matchName(words, 0, false);
    return m.whole && m.words == words.size() ? m.actId : QString();
}

ActDirectory::NameMatch ActDirectory::matchName(
    const QStringList& words, int pos, bool allowPrefix, bool looseNames) const
{
    NameMatch best;
    if (pos < 0 || pos >= words.size())
        return best;
    const QString& first = words.at(pos);
    static const QList<qsizetype> none;
    const auto bucket = m_namesByFirstWord.constFind(nameKey(first));
    const QList<qsizetype>* candidates = bucket == m_namesByFirstWord.cend() ? &none : &*bucket;
    QList<qsizetype> merged;
    if (isAboutWord(first)) {
        // о, об and обо are one word here, under two keys.
        const QString other = nameKey(first) == u"о" ? QStringLiteral("обо") : QStringLiteral("о");
        merged = *candidates + m_namesByFirstWord.value(other);
        std::sort(merged.begin(), merged.end());
        candidates = &merged;
    }
    // In the order the names were added, as the first of equal matches wins.
    for (qsizetype i : *candidates) {
        const Name& n = m_names.at(i);
        if (n.loose && !looseNames)
            continue;
        int k = 0;
        while (k < n.words.size() && pos + k < words.size() && sameWordStem(words.at(pos + k), n.words.at(k)))
            ++k;
        const bool whole = k == n.words.size();
        if (!whole && !(allowPrefix && !n.loose && k >= 2 && 2 * k >= n.words.size()))
            continue;
        if (k > best.words || (k == best.words && whole && !best.whole))
            best = NameMatch { n.actId, k, whole };
    }
    return best;
}

QString ActDirectory::derivedAdiletId(ActKind kind, const QDate& adopted, const QString& number)
{
    if (!adopted.isValid() || adopted.year() < 2011)
        return {};
    const QString digits = number.section(u'-', 0, 0).trimmed();
    bool ok = false;
    const int n = digits.toInt(&ok);
    if (!ok || n <= 0 || n > 99999999)
        return {};
    const QChar prefix = kind == ActKind::Code ? u'K' : kind == ActKind::Law ? u'Z' : QChar();
    if (prefix.isNull())
        return {};
    return prefix + QStringLiteral("%1").arg(adopted.year() % 100, 2, 10, QChar(u'0'))
        + QStringLiteral("%1").arg(n, 8, 10, QChar(u'0'));
}

} // namespace zanlink
