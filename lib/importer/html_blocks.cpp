#include "importer/html_blocks.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cctype>
#include <gumbo.h>
#include <memory>

namespace zanlink {

namespace {

using GumboPtr = std::unique_ptr<GumboOutput, void (*)(GumboOutput*)>;

void destroyOutput(GumboOutput* out)
{
    gumbo_destroy_output(&kGumboDefaultOptions, out);
}

QString attr(const GumboNode* n, const char* name)
{
    if (n->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

bool hasClass(const GumboNode* n, QStringView cls)
{
    const QString c = attr(n, "class");
    for (QStringView part : QStringView(c).split(u' ', Qt::SkipEmptyParts)) {
        if (part == cls)
            return true;
    }
    return false;
}

bool isElement(const GumboNode* n, GumboTag tag)
{
    return n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == tag;
}

template <typename Pred> const GumboNode* findFirst(const GumboNode* n, Pred pred)
{
    if (pred(n))
        return n;
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT)
        return nullptr;
    const GumboVector& kids = n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
        if (const GumboNode* f = findFirst(static_cast<const GumboNode*>(kids.data[i]), pred))
            return f;
    }
    return nullptr;
}

template <typename Fn> void forEach(const GumboNode* n, Fn fn)
{
    fn(n);
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT)
        return;
    const GumboVector& kids = n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i)
        forEach(static_cast<const GumboNode*>(kids.data[i]), fn);
}

void appendText(const GumboNode* n, QString& out)
{
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) {
        out += QString::fromUtf8(n->v.text.text);
        return;
    }
    if (n->type != GUMBO_NODE_ELEMENT)
        return;
    if (n->v.element.tag == GUMBO_TAG_BR)
        out += u' ';
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i)
        appendText(static_cast<const GumboNode*>(kids.data[i]), out);
}

QString textOf(const GumboNode* n)
{
    QString s;
    if (n)
        appendText(n, s);
    return foldWhitespace(s);
}

bool isBlockTag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
        return true;
    default:
        return false;
    }
}

bool isHeadingTag(GumboTag t)
{
    return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 || t == GUMBO_TAG_H5
        || t == GUMBO_TAG_H6;
}

bool isRedColour(const QString& colour)
{
    const QString c = colour.trimmed().toLower();
    return c == u"#ff0000" || c == u"red" || c == u"#f00";
}

struct Style {
    bool bold = false;
    bool note = false;
    bool red = false;
    bool table = false;
};

// Walks the act's container and cuts its inline content into blocks at
// block-level elements and <br>.
class BlockBuilder {
public:
    QList<TextBlock> blocks;

    void walk(const GumboNode* n, Style st)
    {
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) {
            addText(QString::fromUtf8(n->v.text.text), static_cast<int>(n->v.text.start_pos.line), st);
            return;
        }
        if (n->type != GUMBO_NODE_ELEMENT)
            return;
        const GumboTag tag = n->v.element.tag;
        if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT)
            return;
        if (tag == GUMBO_TAG_BR) {
            flush();
            return;
        }
        const bool block = isBlockTag(tag);
        if (block)
            flush();
        if (isHeadingTag(tag) || tag == GUMBO_TAG_B || tag == GUMBO_TAG_STRONG)
            st.bold = true;
        if (hasClass(n, u"note"))
            st.note = true;
        if (tag == GUMBO_TAG_FONT && isRedColour(attr(n, "color")))
            st.red = true;
        if (tag == GUMBO_TAG_TABLE)
            st.table = true;
        if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
            m_buf += u' ';

        const QString id = attr(n, "id");
        const QString name = tag == GUMBO_TAG_A ? attr(n, "name") : QString();
        for (const QString& a : { id, name }) {
            if (m_anchor.isEmpty() && isAdiletAnchor(a))
                m_anchor = a;
        }

        const qsizetype linkStart = m_buf.size();
        const GumboVector& kids = n->v.element.children;
        for (unsigned i = 0; i < kids.length; ++i)
            walk(static_cast<const GumboNode*>(kids.data[i]), st);

        if (tag == GUMBO_TAG_A) {
            const QString href = attr(n, "href");
            const QString text = foldWhitespace(m_buf.mid(linkStart));
            if (!href.isEmpty() && !text.isEmpty() && !href.startsWith(u"javascript:"))
                m_links << NoteLink { text, href };
        }
        if (block)
            flush();
    }

    void flush()
    {
        TextBlock b;
        b.text = foldWhitespace(m_buf);
        if (!b.text.isEmpty()) {
            b.anchor = m_anchor;
            b.line = m_line;
            b.bold = m_boldChars * 2 > m_chars;
            b.noteStyled = m_noteChars * 2 > m_chars;
            b.red = m_redChars * 2 > m_chars;
            b.inTable = m_tableChars * 2 > m_chars;
            b.links = m_links;
            blocks << b;
            m_anchor.clear();
        }
        // An anchor standing alone (<a name> before the heading it marks)
        // waits for the next block with text.
        m_buf.clear();
        m_links.clear();
        m_line = 0;
        m_chars = m_boldChars = m_noteChars = m_redChars = m_tableChars = 0;
    }

private:
    static bool isAdiletAnchor(const QString& a)
    {
        static const QRegularExpression re(QStringLiteral("^z\\d+$"));
        return re.match(a).hasMatch();
    }

    void addText(const QString& t, int line, const Style& st)
    {
        m_buf += t;
        int n = 0;
        for (QChar c : t) {
            if (!c.isSpace() && c != QChar(0x00A0))
                ++n;
        }
        if (n == 0)
            return;
        if (m_line == 0)
            m_line = line;
        m_chars += n;
        if (st.bold)
            m_boldChars += n;
        if (st.note)
            m_noteChars += n;
        if (st.red)
            m_redChars += n;
        if (st.table)
            m_tableChars += n;
    }

    QString m_buf;
    QString m_anchor;
    QList<NoteLink> m_links;
    int m_line = 0;
    int m_chars = 0, m_boldChars = 0, m_noteChars = 0, m_redChars = 0, m_tableChars = 0;
};

const QRegularExpression& docLinkRe()
{
    static const QRegularExpression re(
        QStringLiteral("adilet\\.zan\\.kz/(rus|kaz|eng)/(?:archive/)?docs/([A-Z][0-9]{9,10}_?)(?:[/#?]|$)"));
    return re;
}

bool isInside(const GumboNode* n, const GumboNode* container)
{
    for (const GumboNode* p = n; p; p = p->parent) {
        if (p == container)
            return true;
    }
    return false;
}

// The act a page shows: the "saved from url" comment a browser writes, else
// the id its own tabs link to most often (links inside the text name other acts).
void readIdentity(const GumboNode* root, const GumboNode* container, BlockDocument& doc)
{
    QHash<QString, int> votes;
    QString best;
    forEach(root, [&](const GumboNode* n) {
        QString candidate;
        int weight = 1;
        if (n->type == GUMBO_NODE_COMMENT) {
            candidate = QString::fromUtf8(n->v.text.text);
            weight = 1000;
        } else if ((isElement(n, GUMBO_TAG_A) || isElement(n, GUMBO_TAG_LINK)) && !isInside(n, container)) {
            candidate = attr(n, "href");
        }
        const QRegularExpressionMatch m = docLinkRe().match(candidate);
        if (!m.hasMatch())
            return;
        const QString key = m.captured(2) + u'|' + m.captured(1);
        votes[key] += weight;
        if (best.isEmpty() || votes.value(key) > votes.value(best))
            best = key;
    });
    if (best.isEmpty())
        return;
    doc.actId = best.section(u'|', 0, 0);
    doc.language = languageFromCode(best.section(u'|', 1, 1));
}

QDate readEditionDate(const GumboNode* root)
{
    static const QRegularExpression re(
        QStringLiteral("(?:по состоянию на|as of|жағдай бойынша)[^0-9]{0,20}(\\d{2}\\.\\d{2}\\.\\d{4})"
                       "|(\\d{2}\\.\\d{2}\\.\\d{4})\\s*(?:жағдай бойынша)"),
        QRegularExpression::CaseInsensitiveOption);
    QDate date;
    forEach(root, [&](const GumboNode* n) {
        if (date.isValid() || !isElement(n, GUMBO_TAG_LI))
            return;
        const QRegularExpressionMatch m = re.match(textOf(n));
        if (m.hasMatch()) {
            const QString d = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
            date = QDate::fromString(d, QStringLiteral("dd.MM.yyyy"));
        }
    });
    return date;
}

// Gumbo's tree building spends time in proportion to the depth of the open
// elements on every start tag, and the walks in this file recurse once per
// level, so a page nesting thousands of elements deep would take minutes or
// overflow the stack. No Adilet page nests more than a few dozen levels.
constexpr int kMaxNesting = 1000;

bool isVoidOrOptionalEnd(const QByteArray& name)
{
    // Void elements have no end tag; these others may leave it out and are
    // closed by their next sibling, so they do not deepen a tree.
    static const QSet<QByteArray> names { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr", "p", "li", "dt", "dd", "td", "th", "tr", "tbody", "thead", "tfoot",
        "colgroup", "option", "optgroup", "rb", "rt", "rp", "html", "head", "body", "frame", "keygen", "basefont",
        "bgsound", "image" };
    return names.contains(name);
}

// The deepest nesting of start tags without their end tags, read from the
// markup before it is parsed (comments and the text of script, style,
// textarea and title skipped). An end tag only closes a start tag of its own name.
int estimatedNesting(const QByteArray& html)
{
    QHash<QByteArray, int> open;
    int depth = 0;
    int deepest = 0;
    const qsizetype n = html.size();
    const auto nameAt = [&](qsizetype i) {
        qsizetype j = i;
        while (j < n && (std::isalnum(static_cast<unsigned char>(html.at(j))) || html.at(j) == '-'))
            ++j;
        return html.mid(i, j - i).toLower();
    };
    qsizetype i = html.indexOf('<');
    while (i >= 0 && i + 1 < n) {
        const char next = html.at(i + 1);
        if (html.mid(i, 4) == "<!--") {
            const qsizetype end = html.indexOf("-->", i + 4);
            if (end < 0)
                break;
            i = html.indexOf('<', end + 3);
            continue;
        }
        if (next == '/') {
            const QByteArray name = nameAt(i + 2);
            auto it = open.find(name);
            if (it != open.end() && *it > 0) {
                --*it;
                --depth;
            }
            i = html.indexOf('<', i + 2);
            continue;
        }
        if (!std::isalpha(static_cast<unsigned char>(next))) {
            i = html.indexOf('<', i + 1);
            continue;
        }
        const QByteArray name = nameAt(i + 1);
        const qsizetype close = html.indexOf('>', i + 1);
        if (close < 0)
            break;
        if (name == "script" || name == "style" || name == "textarea" || name == "title") {
            const QByteArray endTag = "</" + name;
            qsizetype end = close;
            for (;;) {
                end = html.indexOf("</", end);
                if (end < 0 || html.mid(end, endTag.size()).toLower() == endTag)
                    break;
                end += 2;
            }
            if (end < 0)
                break;
            i = end;
            continue;
        }
        if (html.at(close - 1) != '/' && !isVoidOrOptionalEnd(name)) {
            ++open[name];
            deepest = std::max(deepest, ++depth);
            if (deepest > kMaxNesting)
                break;
        }
        i = html.indexOf('<', close + 1);
    }
    return deepest;
}

// The depth of the parsed tree, without recursion.
int treeDepth(const GumboNode* root)
{
    int deepest = 0;
    QList<std::pair<const GumboNode*, int>> stack { { root, 1 } };
    while (!stack.isEmpty()) {
        const auto [n, depth] = stack.takeLast();
        deepest = std::max(deepest, depth);
        if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT)
            continue;
        const GumboVector& kids = n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
        for (unsigned i = 0; i < kids.length; ++i)
            stack.append({ static_cast<const GumboNode*>(kids.data[i]), depth + 1 });
    }
    return deepest;
}

QString tooDeepMessage()
{
    return QStringLiteral("the page nests its HTML elements more than %1 levels deep (an act's page nests a few "
                          "dozen), so it is not a page of an act and is not read")
        .arg(kMaxNesting);
}

} // namespace

namespace {

// Any letter or sign below the node, not just white space.
bool hasText(const GumboNode* n)
{
    if (n->type == GUMBO_NODE_TEXT) {
        const QString t = QString::fromUtf8(n->v.text.text);
        return std::any_of(t.cbegin(), t.cend(), [](QChar c) { return !c.isSpace(); });
    }
    if (n->type != GUMBO_NODE_ELEMENT)
        return false;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
        if (hasText(static_cast<const GumboNode*>(kids.data[i])))
            return true;
    }
    return false;
}

const GumboNode* legacyTextDiv(const GumboNode* root)
{
    return findFirst(root, [](const GumboNode* n) {
        return isElement(n, GUMBO_TAG_DIV) && hasClass(n, u"container_gamma") && hasClass(n, u"text");
    });
}

// The new Adilet site's page before its scripts ran: scripts and a little
// text around them, no text of the act. A legacy page's text container makes
// it an act page, however short the act and however many scripts it loads.
bool isShellTree(const GumboNode* root, const GumboNode* textDiv)
{
    if (textDiv && hasText(textDiv))
        return false;
    int scripts = 0;
    forEach(root, [&](const GumboNode* n) {
        if (isElement(n, GUMBO_TAG_SCRIPT))
            ++scripts;
    });
    if (scripts == 0)
        return false;
    qsizetype text = 0;
    if (const GumboNode* body = findFirst(root, [](const GumboNode* n) { return isElement(n, GUMBO_TAG_BODY); })) {
        BlockBuilder b;
        b.walk(body, {});
        b.flush();
        for (const TextBlock& blk : b.blocks)
            text += blk.text.size();
    }
    // A real act page carries at least a few thousand characters of text.
    return text < 1500;
}

} // namespace

QString scriptOnlyShellMessage()
{
    return QStringLiteral("this is the script-only page of the new Adilet site, without the text of the act. "
                          "Open the act on old.adilet.zan.kz (or let the page finish loading), save it with "
                          "Ctrl+S and import the saved file.");
}

bool isScriptOnlyShell(const QString& html)
{
    const QByteArray utf8 = html.toUtf8();
    if (estimatedNesting(utf8) > kMaxNesting)
        return false; // htmlBlocks says why it is not read
    GumboPtr out(gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), utf8.size()), destroyOutput);
    if (treeDepth(out->root) > 2 * kMaxNesting)
        return false;
    return isShellTree(out->root, legacyTextDiv(out->root));
}

std::optional<BlockDocument> htmlBlocks(const QString& html, const QString& fileName, ImportError* error)
{
    const QByteArray utf8 = html.toUtf8();
    if (estimatedNesting(utf8) > kMaxNesting) {
        error->file = fileName;
        error->line = 0;
        error->message = tooDeepMessage();
        return std::nullopt;
    }
    GumboPtr out(gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), utf8.size()), destroyOutput);
    const GumboNode* root = out->root;
    if (treeDepth(root) > 2 * kMaxNesting) {
        error->file = fileName;
        error->line = 0;
        error->message = tooDeepMessage();
        return std::nullopt;
    }

    BlockDocument doc;
    const GumboNode* slogan = findFirst(root, [](const GumboNode* n) { return hasClass(n, u"slogan"); });
    if (slogan) {
        doc.title = textOf(findFirst(slogan, [](const GumboNode* n) { return isElement(n, GUMBO_TAG_H1); }));
        doc.statusText = textOf(findFirst(slogan, [](const GumboNode* n) { return hasClass(n, u"status"); }));
        doc.actLine = textOf(findFirst(slogan, [](const GumboNode* n) { return isElement(n, GUMBO_TAG_P); }));
    }
    if (doc.title.isEmpty()) {
        QString t = textOf(findFirst(root, [](const GumboNode* n) { return isElement(n, GUMBO_TAG_TITLE); }));
        const qsizetype dash = t.lastIndexOf(QStringLiteral(" - "));
        doc.title = dash > 0 ? t.left(dash) : t;
    }

    const GumboNode* textDiv = legacyTextDiv(root);
    if (isShellTree(root, textDiv)) {
        error->file = fileName;
        error->line = 0;
        error->message = scriptOnlyShellMessage();
        return std::nullopt;
    }
    const GumboNode* article
        = findFirst(textDiv ? textDiv : root, [](const GumboNode* n) { return isElement(n, GUMBO_TAG_ARTICLE); });
    const GumboNode* container = article ? article : textDiv;
    const bool legacyLayout = container != nullptr;
    if (!container)
        container = findFirst(root, [](const GumboNode* n) { return isElement(n, GUMBO_TAG_BODY); });

    readIdentity(root, legacyLayout ? container : nullptr, doc);
    doc.editionDate = readEditionDate(root);

    if (legacyLayout) {
        const bool hasFooter = findFirst(root, [](const GumboNode* n) { return hasClass(n, u"aftertext"); });
        if (!hasFooter) {
            error->file = fileName;
            error->line = static_cast<int>(html.count(u'\n')) + 1;
            error->message = QStringLiteral(
                "the page ends before the end of the act: Adilet's footer after the text is missing, so the file "
                "was saved or downloaded incompletely. Save the page again and import the new file.");
            return std::nullopt;
        }
    }

    BlockBuilder builder;
    if (container)
        builder.walk(container, {});
    builder.flush();
    doc.blocks = builder.blocks;
    if (!legacyLayout) {
        // A page of unknown layout: drop what comes before the act's own text.
        takeTitleFromBlocks(doc);
    }
    return doc;
}

} // namespace zanlink
