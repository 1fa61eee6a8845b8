#include "drafting/draft_trace.h"

#include "legalforms/citation_phrase.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace zanlink {

namespace {

struct PartSource {
    QString templateName;
    QString file;
    QSet<QString> names;
};

// For each part="…" of a template and the partials it includes, the Mustache
// names used from that part's tag to the next part's.
void scanTemplate(const TemplateLibrary& templates, const QString& name, QHash<QString, PartSource>& parts,
    QSet<QString>& seen)
{
    if (seen.contains(name))
        return;
    seen.insert(name);
    QString file;
    const std::optional<QString> text = templates.load(name, &file);
    if (!text)
        return;
    static const QRegularExpression partAttr(QStringLiteral("part=\"([^\"]*)\""));
    static const QRegularExpression tag(QStringLiteral("\\{\\{\\s*([#^/&>!]?)\\s*([^}\\s]+)"));
    const QString lang = name.section(u'/', 0, 0);
    QList<std::pair<qsizetype, QString>> starts;
    for (const QRegularExpressionMatch& m : partAttr.globalMatch(*text))
        starts.append({ m.capturedStart(), m.captured(1) });
    for (const QRegularExpressionMatch& m : tag.globalMatch(*text)) {
        const QString sigil = m.captured(1);
        if (sigil == u">") {
            scanTemplate(templates, lang + u"/_" + m.captured(2), parts, seen);
            continue;
        }
        if (sigil == u"!")
            continue;
        QString owner;
        for (const auto& [at, part] : starts) {
            if (at < m.capturedStart())
                owner = part;
        }
        if (owner.isEmpty())
            continue;
        PartSource& src = parts[owner];
        if (src.templateName.isEmpty()) {
            src.templateName = name;
            src.file = file;
        }
        src.names.insert(m.captured(2));
    }
    for (const auto& [at, part] : starts) {
        PartSource& src = parts[part];
        if (src.templateName.isEmpty()) {
            src.templateName = name;
            src.file = file;
        }
    }
}

// The part names the whole legal basis at once ("{{basisInstrumental}}", "{{basisAccordingTo}}").
bool usesCitationList(const QSet<QString>& names)
{
    return std::any_of(names.begin(), names.end(), [](const QString& n) { return n.startsWith(u"basis"); });
}

bool usesCitations(const QSet<QString>& names)
{
    for (const QString& n : names) {
        if (n == u"citations" || n == u"hasCitations" || n == u"cite" || n == u"quoteText" || n.startsWith(u"basis"))
            return true;
    }
    return false;
}

// The context names a part may use, and the draft field each comes from.
QString fieldOfName(const QString& name, const QSet<QString>& names)
{
    static const QHash<QString, QString> map {
        { QStringLiteral("hasFacts"), QString::fromUtf16(DraftField::Facts) },
        { QStringLiteral("facts"), QString::fromUtf16(DraftField::Facts) },
        { QStringLiteral("urls"), QString::fromUtf16(DraftField::Urls) },
        { QStringLiteral("hasUrls"), QString::fromUtf16(DraftField::Urls) },
        { QStringLiteral("url"), QString::fromUtf16(DraftField::Urls) },
        { QStringLiteral("attachments"), QString::fromUtf16(DraftField::Attachments) },
        { QStringLiteral("hasAttachments"), QString::fromUtf16(DraftField::Attachments) },
        { QStringLiteral("dateText"), QString::fromUtf16(DraftField::Date) },
        { QStringLiteral("deadlineDateText"), QString::fromUtf16(DraftField::DeadlineDate) },
    };
    if (name == u"text") // the item of the facts or the attachments list
        return names.contains(QStringLiteral("attachments")) ? QString::fromUtf16(DraftField::Attachments)
                                                             : QString::fromUtf16(DraftField::Facts);
    if (map.contains(name))
        return map.value(name);
    static const QSet<QString> direct { QString::fromUtf16(DraftField::Issuer),
        QString::fromUtf16(DraftField::IssuerCapacity), QString::fromUtf16(DraftField::IssuerDetails),
        QString::fromUtf16(DraftField::Addressee), QString::fromUtf16(DraftField::AddresseeDetails),
        QString::fromUtf16(DraftField::Subject), QString::fromUtf16(DraftField::ActionRequested),
        QString::fromUtf16(DraftField::TerritorialScope), QString::fromUtf16(DraftField::Deadline),
        QString::fromUtf16(DraftField::DeadlineStart), QString::fromUtf16(DraftField::OrderReference),
        QString::fromUtf16(DraftField::Redress), QString::fromUtf16(DraftField::Place),
        QString::fromUtf16(DraftField::WholePlatformRequested) };
    return direct.contains(name) ? name : QString();
}

QString fieldValue(const Draft& draft, const QString& field, Language lang)
{
    const QVariant v = draft.value(field, lang);
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().toString(Qt::ISODate);
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (v.typeId() == QMetaType::QStringList)
        return draft.list(field, lang).join(QStringLiteral("; "));
    return draft.text(field, lang);
}

// The citations whose phrase, in any grammatical case, the text contains.
QList<PinnedCitation> citationsNamedIn(const Draft& draft, Language lang, const QString& text)
{
    QList<PinnedCitation> found;
    for (const PinnedCitation& c : draft.citationsIn(lang)) {
        const CitedProvision p = citedProvision(c.actId, c.key, lang);
        for (GramCase gc : { GramCase::Nominative, GramCase::Genitive, GramCase::Dative, GramCase::Accusative,
                 GramCase::Instrumental, GramCase::Prepositional, GramCase::Locative, GramCase::Ablative }) {
            const QString phrase = citationPhrase(p, lang, gc);
            if (!phrase.isEmpty() && text.contains(phrase)) {
                found.append(c);
                break;
            }
        }
    }
    return found;
}

} // namespace

QList<ParagraphTrace> traceDocument(const Draft& draft, const RenderedDocument& doc, const RenderOptions& options)
{
    const TemplateLibrary templates(options.userTemplateFolder);
    QHash<Language, QHash<QString, PartSource>> sources;
    for (Language lang : outputLanguages(draft.language)) {
        QSet<QString> seen;
        scanTemplate(templates, languageCode(lang) + u'/' + requestTypeId(draft.type), sources[lang], seen);
    }

    QList<ParagraphTrace> out;
    QList<PinnedCitation> lastItemCitations;
    const auto add = [&](const DocBlock& block, Language lang) {
        ParagraphTrace t;
        t.language = lang;
        t.text = block.plainText();
        t.part = block.part;
        const PartSource src = sources.value(lang).value(block.part);
        t.templateName = src.templateName;
        t.templateFile = src.file;
        QStringList fieldNames;
        for (const QString& n : src.names) {
            const QString f = fieldOfName(n, src.names);
            if (!f.isEmpty() && !fieldNames.contains(f))
                fieldNames.append(f);
        }
        fieldNames.sort();
        for (const QString& f : fieldNames)
            t.fields.append({ f, fieldValue(draft, f, lang) });
        if (usesCitations(src.names)) {
            t.citations = usesCitationList(src.names) ? draft.citationsIn(lang) : citationsNamedIn(draft, lang, t.text);
            if (block.kind == DocBlock::Kind::Quote)
                t.citations = lastItemCitations;
            else if (t.citations.isEmpty())
                t.citations = draft.citationsIn(lang);
            if (block.kind == DocBlock::Kind::ListItem)
                lastItemCitations = t.citations;
        }
        out.append(t);
    };
    if (!doc.twoColumns) {
        const Language lang = outputLanguages(draft.language).value(0, Language::Ru);
        for (const DocBlock& b : doc.blocks)
            add(b, lang);
    } else {
        for (const DocRow& row : doc.rows) {
            for (const DocBlock& b : row.left)
                add(b, Language::Kk);
            for (const DocBlock& b : row.right)
                add(b, Language::Ru);
        }
    }
    return out;
}

} // namespace zanlink
