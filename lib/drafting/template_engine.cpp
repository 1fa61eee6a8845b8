#include "drafting/template_engine.h"

#include "draft_context_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <mutex>

// Outside the namespace, as Q_INIT_RESOURCE requires.
static void initDraftingResources()
{
    Q_INIT_RESOURCE(drafting);
}

namespace zanlink {

namespace {

const QString kBuiltin = QStringLiteral(":/zanlink/templates");
const QString kSuffix = QStringLiteral(".mustache");

int lineAt(const QString& text, qsizetype pos)
{
    return static_cast<int>(QStringView(text).left(pos).count(u'\n')) + 1;
}

std::string xmlEscapeStd(const std::string& in)
{
    std::string out;
    out.reserve(in.size());
    for (char c : in) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            // XML 1.0 allows no control characters but tab, LF and CR: drop them.
            if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r')
                out += c;
        }
    }
    return out;
}

// libmstch's escape function is a global: renders take turns.
std::mutex& renderMutex()
{
    static std::mutex m;
    return m;
}

} // namespace

QString TemplateError::toString() const
{
    return line > 0 ? QStringLiteral("%1, line %2: %3").arg(templateName).arg(line).arg(message)
                    : QStringLiteral("%1: %2").arg(templateName, message);
}

TemplateLibrary::TemplateLibrary(const QString& userFolder) : m_userFolder(userFolder)
{
    static std::once_flag once;
    std::call_once(once, initDraftingResources);
}

std::optional<QString> TemplateLibrary::load(const QString& name, QString* origin) const
{
    QStringList candidates;
    if (!m_userFolder.isEmpty())
        candidates.append(QDir(m_userFolder).filePath(name + kSuffix));
    candidates.append(kBuiltin + u'/' + name + kSuffix);
    for (const QString& path : candidates) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        if (origin)
            *origin = path;
        return QString::fromUtf8(f.readAll());
    }
    return std::nullopt;
}

QStringList TemplateLibrary::partials(const QString& lang) const
{
    QStringList names;
    for (const QString& folder :
        { m_userFolder.isEmpty() ? QString() : QDir(m_userFolder).filePath(lang), QString(kBuiltin + u'/' + lang) }) {
        if (folder.isEmpty())
            continue;
        const QStringList files = QDir(folder).entryList({ QStringLiteral("_*.mustache") }, QDir::Files);
        for (const QString& f : files) {
            const QString name = f.mid(1, f.size() - 1 - kSuffix.size());
            if (!names.contains(name))
                names.append(name);
        }
    }
    return names;
}

QString escapeXml(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;";
            break;
        case u'<':
            out += u"&lt;";
            break;
        case u'>':
            out += u"&gt;";
            break;
        case u'"':
            out += u"&quot;";
            break;
        case u'\'':
            out += u"&#39;";
            break;
        default:
            if (c.unicode() >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r')
                out += c;
        }
    }
    return out;
}

std::optional<TemplateError> checkTemplateSyntax(const QString& name, const QString& text,
    const QSet<QString>& knownNames, const std::function<bool(const QString&)>& partialExists)
{
    struct Open {
        QString name;
        int line;
    };
    QList<Open> stack;
    const auto fail = [&](qsizetype pos, const QString& message) {
        return std::optional<TemplateError>(TemplateError { name, lineAt(text, pos), message });
    };
    qsizetype pos = 0;
    while ((pos = text.indexOf(u"{{"_qs, pos)) >= 0) {
        const qsizetype end = text.indexOf(u"}}"_qs, pos + 2);
        const qsizetype nextOpen = text.indexOf(u"{{"_qs, pos + 2);
        if (end < 0 || (nextOpen >= 0 && nextOpen < end))
            return fail(pos, QStringLiteral("\"{{\" is not closed with \"}}\""));
        const QString tag = text.mid(pos + 2, end - pos - 2);
        const QString body = tag.trimmed();
        const int line = lineAt(text, pos);
        const qsizetype next = end + 2;
        if (body.isEmpty())
            return fail(pos, QStringLiteral("an empty tag \"{{}}\""));
        const QChar sigil = body.at(0);
        if (sigil == u'!') {
            pos = next;
            continue;
        }
        if (sigil == u'{' || sigil == u'&') {
            const QString bare = body.mid(1).remove(u'}').trimmed();
            const QString written = sigil == u'{' ? QString(u"{{{" + bare + u"}}}") : QString(u"{{&" + bare + u"}}");
            return fail(pos,
                QStringLiteral("\"%1\" would insert a value unescaped; write \"{{%2}}\" — every value is escaped")
                    .arg(written, bare));
        }
        if (sigil == u'=')
            return fail(pos, QStringLiteral("changing the delimiters (\"{{=…=}}\") is not supported"));
        const bool withSigil = sigil == u'#' || sigil == u'^' || sigil == u'/' || sigil == u'>';
        const QString ident = withSigil ? body.mid(1).trimmed() : body;
        if (ident.isEmpty() || ident.contains(u' '))
            return fail(pos, QStringLiteral("\"{{%1}}\" is not a name").arg(tag));
        const bool inCite = !stack.isEmpty() && stack.last().name == u"cite";
        if (sigil == u'>') {
            if (!partialExists(ident))
                return fail(pos, QStringLiteral("no partial named \"%1\" (a file \"_%1.mustache\")").arg(ident));
        } else if (sigil == u'/') {
            if (stack.isEmpty())
                return fail(pos, QStringLiteral("\"{{/%1}}\" closes a section that is not open").arg(ident));
            if (stack.last().name != ident)
                return fail(pos,
                    QStringLiteral("\"{{/%1}}\" closes \"{{#%2}}\" opened on line %3")
                        .arg(ident, stack.last().name)
                        .arg(stack.last().line));
            stack.removeLast();
        } else if (!inCite && ident != u".") {
            for (const QString& part : ident.split(u'.')) {
                if (!knownNames.contains(part))
                    return fail(pos, QStringLiteral("unknown name \"%1\"").arg(part));
            }
        }
        if (sigil == u'#' || sigil == u'^')
            stack.append(Open { ident, line });
        pos = next;
    }
    if (!stack.isEmpty())
        return TemplateError { name, stack.last().line,
            QStringLiteral("\"{{#%1}}\" is never closed with \"{{/%1}}\"").arg(stack.last().name) };
    return std::nullopt;
}

QSet<QString> templateNames(const Draft& draft, Language lang, const RenderOptions& options)
{
    QSet<QString> names;
    collectNames(draftContext(draft, lang, options.library), names);
    // keys of list items, there even when a list is empty
    for (const char* n :
        { "text", "number", "url", "line", "nominative", "genitive", "dative", "accusative", "instrumental",
            "prepositional", "locative", "ablative", "label", "actId", "editionDateText", "quote", "quoteText" })
        names.insert(QString::fromLatin1(n));
    return names;
}

std::optional<QString> renderDraftMarkup(const Draft& draft, Language lang, const RenderOptions& options,
    TemplateError* error, const std::optional<QString>& templateText)
{
    const TemplateLibrary templates(options.userTemplateFolder);
    const QString langCode = languageCode(lang);
    const QString name = langCode + u'/' + requestTypeId(draft.type);
    const auto setError = [&](const TemplateError& e) {
        if (error)
            *error = e;
        return std::nullopt;
    };
    const std::optional<QString> text = templateText ? templateText : templates.load(name);
    if (!text)
        return setError(TemplateError { name, 0, QStringLiteral("the template file is missing") });

    const QSet<QString> known = templateNames(draft, lang, options);
    const QStringList partialNames = templates.partials(langCode);
    const auto partialExists = [&](const QString& p) { return partialNames.contains(p); };
    if (auto e = checkTemplateSyntax(name, *text, known, partialExists))
        return setError(*e);
    std::map<std::string, std::string> partials;
    for (const QString& p : partialNames) {
        const QString partialName = langCode + u"/_" + p;
        const std::optional<QString> pt = templates.load(partialName);
        if (!pt)
            continue;
        if (auto e = checkTemplateSyntax(partialName, *pt, known, partialExists))
            return setError(*e);
        partials[p.toStdString()] = pt->toStdString();
    }

    const mstch::map ctx = draftContext(draft, lang, options.library);
    try {
        std::lock_guard lock(renderMutex());
        mstch::config::escape = xmlEscapeStd;
        return QString::fromStdString(mstch::render(text->toStdString(), ctx, partials));
    } catch (const std::exception& e) {
        return setError(TemplateError { name, 0, QString::fromUtf8(e.what()) });
    }
}

} // namespace zanlink
