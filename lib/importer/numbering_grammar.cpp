#include "importer/numbering_grammar.h"

#include <QHash>
#include <QRegularExpression>

namespace zanlink {

namespace {

constexpr auto kNum = u"(\\d+(?:-\\d+)*)";

QRegularExpression rx(const QString& pattern)
{
    return QRegularExpression(
        pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

// Heading patterns of one language. Capture 1 is the number, 2 the heading.
struct LanguageGrammar {
    QRegularExpression section;
    QRegularExpression chapter;
    QRegularExpression article;
    QRegularExpression note;
    QRegularExpression footnote;
    QRegularExpression editorialLabel;
    QRegularExpression signature;
};

const LanguageGrammar& grammarFor(Language lang)
{
    static const QString n = QString::fromUtf16(kNum);
    static const LanguageGrammar ru {
        rx(u"^Раздел\\s+" + n + u"\\.?\\s*(.*)$"),
        rx(u"^Глава\\s+" + n + u"\\.?\\s*(.*)$"),
        rx(u"^Статья\\s+" + n + u"\\.\\s*(.*)$"),
        rx(QStringLiteral("^Примечани[ея](?:\\s+\\d+)?\\s*[.:]\\s*(.*)$")),
        rx(QStringLiteral("^Сноска\\s*[.:]")),
        rx(QStringLiteral("^(Примечание\\s+(ИЗПИ|РЦПИ)|Вниманию пользователей)")),
        rx(QStringLiteral("^Президент\\b")),
    };
    static const LanguageGrammar kk {
        rx(u"^" + n + u"-бөлім\\.?\\s*(.*)$"),
        rx(u"^" + n + u"-тарау\\.?\\s*(.*)$"),
        rx(u"^" + n + u"-бап\\.\\s*(.*)$"),
        rx(QStringLiteral("^Ескертпе(?:\\s+\\d+)?\\s*[.:]\\s*(.*)$")),
        rx(QStringLiteral("^Ескерту\\s*[.:]")),
        rx(QStringLiteral("^((ЗҚАИ|РҚАО)-ның ескертпесі|Пайдаланушылардың назарына)")),
        rx(QStringLiteral("^Қазақстан\\s+Республикасының(\\s+Президенті|$)")),
    };
    static const LanguageGrammar en {
        rx(u"^Section\\s+" + n + u"\\.?\\s*(.*)$"),
        rx(u"^Chapter\\s+" + n + u"\\.?\\s*(.*)$"),
        rx(u"^Article\\s+" + n + u"\\.\\s*(.*)$"),
        rx(QStringLiteral("^Notes?(?:\\s+\\d+)?\\s*[.:]\\s*(.*)$")),
        rx(QStringLiteral("^Footnote\\s*[.:]")),
        rx(QStringLiteral("^(Note\\s+of\\s+the\\s+(RCLI|ILLI)|Note\\s+(RCLI|ILLI)|Attention\\s+users)")),
        rx(QStringLiteral("^(The\\s+)?President\\b")),
    };
    switch (lang) {
    case Language::Kk:
        return kk;
    case Language::En:
        return en;
    case Language::Ru:
        break;
    }
    return ru;
}

const QRegularExpression& paragraphRe()
{
    static const QRegularExpression re(u"^" + QString::fromUtf16(kNum) + u"\\.\\s+(\\S.*)$");
    return re;
}

const QRegularExpression& subparagraphRe()
{
    static const QRegularExpression re(u"^" + QString::fromUtf16(kNum) + u"\\)\\s*(.*)$");
    return re;
}

// Builds the tree while reading blocks in order.
// Open nodes are held by pointer; a list is only appended to when all of its
// elements are closed, so no open pointer is invalidated by a reallocation.
class TreeBuilder {
public:
    TreeBuilder(Language lang, QString fileName) : m_lang(lang), m_g(grammarFor(lang)), m_file(std::move(fileName)) { }

    QList<Provision> roots;
    QStringList warnings;
    int articleCount = 0;

    void add(const TextBlock& in)
    {
        QString text = in.text;
        if (m_lang == Language::Kk)
            text = normaliseKazakhLetters(text);

        if (m_g.footnote.match(text).hasMatch()) {
            attachFootnote(ProvisionNote { NoteKind::Footnote, text, in.links });
            m_lastEditorial = false;
            return;
        }
        // A repealed item keeps its number and Adilet shows it in the note
        // style ("2. Исключен Законом РК …", "6) Алып тасталды …"): it is a
        // provision of its own, so the languages still align on its key.
        const bool numberedItem = m_path[Level::Article] && !m_quoteOwner
            && (paragraphRe().match(text).hasMatch() || subparagraphRe().match(text).hasMatch());
        const bool editorialLabel = m_g.editorialLabel.match(text).hasMatch();
        if (editorialLabel || (in.red && !in.bold) || (in.noteStyled && !in.bold && !numberedItem)) {
            addEditorial(text, in.links, editorialLabel, in.anchor);
            return;
        }
        m_lastEditorial = false;

        // A red note just before a provision can take over its anchor.
        TextBlock b = in;
        if (b.anchor.isEmpty())
            b.anchor = m_pendingAnchor;
        m_pendingAnchor.clear();

        const bool heading = m_g.section.match(text).hasMatch() || m_g.chapter.match(text).hasMatch()
            || m_g.article.match(text).hasMatch();
        if (isSignatureStart(text, b) || (m_inSignature && !heading && (b.inTable || isShortLine(text)))) {
            addSignature(text, b);
            return;
        }
        m_inSignature = false;

        // Quoted wording (an amendment that sets out a whole article) is
        // text of the provision that quotes it, not structure of this act.
        if (m_quoteOwner) {
            appendText(*m_quoteOwner, text);
            if (closesQuote(text))
                m_quoteOwner = nullptr;
            return;
        }
        if (opensQuote(text)) {
            addUnnumbered(text, b);
            m_quoteOwner = m_last;
            m_quoteLine = b.line;
            return;
        }

        QRegularExpressionMatch m;
        if ((m = m_g.section.match(text)).hasMatch()) {
            closeTo(Level::Section);
            openNode(
                Level::Section, ProvisionKind::Section, u"sec:" + m.captured(1), m.captured(1), m.captured(2), {}, b);
        } else if ((m = m_g.chapter.match(text)).hasMatch()) {
            closeTo(Level::Chapter);
            openNode(
                Level::Chapter, ProvisionKind::Chapter, u"ch:" + m.captured(1), m.captured(1), m.captured(2), {}, b);
        } else if ((m = m_g.article.match(text)).hasMatch()) {
            closeTo(Level::Article);
            ++articleCount;
            openNode(Level::Article, ProvisionKind::Article, m.captured(1), m.captured(1), m.captured(2), {}, b);
        } else if (m_path[Level::Article] && (m = m_g.note.match(text)).hasMatch()) {
            closeTo(Level::Paragraph);
            Provision* art = m_path[Level::Article];
            const int n = ++m_noteCount[art->key];
            openNode(Level::Paragraph, ProvisionKind::Note,
                keyJoin(art->key, n == 1 ? QStringLiteral("note") : u"note" + QString::number(n)), {}, {},
                m.captured(1), b);
        } else if (m_path[Level::Article] && (m = paragraphRe().match(text)).hasMatch()) {
            closeTo(Level::Paragraph);
            openNode(Level::Paragraph, ProvisionKind::Paragraph, keyJoin(m_path[Level::Article]->key, m.captured(1)),
                m.captured(1), {}, m.captured(2), b);
        } else if (m_path[Level::Article] && (m = subparagraphRe().match(text)).hasMatch()) {
            closeTo(Level::Subparagraph);
            Provision* parent = deepestOpen(Level::Paragraph);
            openNode(Level::Subparagraph, ProvisionKind::Subparagraph, keyJoin(parent->key, m.captured(1)),
                m.captured(1), {}, m.captured(2), b);
        } else {
            addUnnumbered(text, b);
        }
    }

    void finish()
    {
        closeOpenQuote();
        if (!m_pendingNotes.isEmpty()) {
            Provision* last = lastNode();
            if (!last) {
                Provision pre = makeNode(ProvisionKind::Preamble, QStringLiteral("preamble"), {}, {}, {}, {});
                roots << pre;
                last = &roots.last();
            }
            last->notes += m_pendingNotes;
            m_pendingNotes.clear();
        }
    }

private:
    enum Level { Section = 0, Chapter, Article, Paragraph, Subparagraph, LevelCount };

    Provision makeNode(ProvisionKind kind, QString key, const QString& number, const QString& heading,
        const QString& text, const TextBlock& b)
    {
        if (m_keys.contains(key)) {
            const int n = ++m_keys[key];
            warnings << QStringLiteral("%1:%2: %3 \"%4\" appears again; the repeat is kept as \"%4~%5\"")
                            .arg(m_file)
                            .arg(b.line)
                            .arg(provisionKindName(kind), key)
                            .arg(n);
            key += u'~' + QString::number(n);
        }
        m_keys.insert(key, 1);
        Provision p;
        p.kind = kind;
        p.key = key;
        p.number = number;
        p.heading = heading.trimmed();
        p.text = text.trimmed();
        p.anchor = b.anchor;
        p.sourceLine = b.line;
        p.notes = m_pendingNotes;
        m_pendingNotes.clear();
        return p;
    }

    Provision* deepestOpen(int below)
    {
        for (int l = below; l >= 0; --l) {
            if (m_path[l])
                return m_path[l];
        }
        return nullptr;
    }

    QList<Provision>& childrenOf(Provision* parent) { return parent ? parent->children : roots; }

    void openNode(int level, ProvisionKind kind, const QString& key, const QString& number, const QString& heading,
        const QString& text, const TextBlock& b)
    {
        QList<Provision>& list = childrenOf(deepestOpen(level - 1));
        list << makeNode(kind, key, number, heading, text, b);
        m_path[level] = &list.last();
        m_last = m_path[level];
        m_textCount.remove(m_last->key);
    }

    // Closes the given level and everything below it.
    void closeTo(int level)
    {
        for (int l = level; l < LevelCount; ++l)
            m_path[l] = nullptr;
    }

    void addUnnumbered(const QString& text, const TextBlock& b)
    {
        Provision* owner = deepestOpen(Subparagraph);
        if (!owner) {
            if (!roots.isEmpty() && roots.last().kind == ProvisionKind::Signature) {
                // Place and date under the signature ("Астана, Ақорда, …").
                appendText(roots.last(), text);
                m_last = &roots.last();
            } else if (roots.isEmpty() || roots.last().kind != ProvisionKind::Preamble) {
                roots << makeNode(ProvisionKind::Preamble, QStringLiteral("preamble"), {}, {}, text, b);
                m_last = &roots.last();
            } else {
                appendText(roots.last(), text);
            }
            return;
        }
        // Text after subparagraphs closes their list: it belongs to the
        // paragraph (or article) that holds them.
        if (owner->kind == ProvisionKind::Subparagraph) {
            m_path[Subparagraph] = nullptr;
            owner = deepestOpen(Paragraph);
        }
        // A lead sentence or a continuation belongs to its provision; text
        // after numbered children is a node of its own, so the order is kept.
        if (owner->children.isEmpty() || owner->kind == ProvisionKind::Note) {
            appendText(*owner, text);
            if (owner->anchor.isEmpty())
                owner->anchor = b.anchor;
            m_last = owner;
            return;
        }
        const int n = ++m_textCount[owner->key];
        owner->children << makeNode(
            ProvisionKind::Text, keyJoin(owner->key, u't' + QString::number(n)), {}, {}, text, b);
        m_last = &owner->children.last();
    }

    // Quoted wording starts a block with a quote that the block does not
    // close: «"О связи" Заңының …» opens and closes its quote and is plain text.
    bool opensQuote(const QString& t)
    {
        if (t.isEmpty())
            return false;
        const QChar first = t.front();
        if (first == u'«' || first == u'“' || first == u'„') {
            m_quoteOpen = first;
            m_quoteClose = first == u'«' ? QChar(u'»') : QChar(u'”');
            m_quoteDepth = 0;
            return quoteBalance(t) > 0;
        }
        if (first == u'"') {
            m_quoteOpen = m_quoteClose = first;
            m_quoteDepth = 0;
            return quoteBalance(t) > 0;
        }
        return false;
    }

    // Follows the quotes of the wording across blocks; true when its opening
    // quote is closed (quotes nested inside it are skipped).
    bool closesQuote(const QString& t) { return quoteBalance(t) == 0; }

    int quoteBalance(const QString& t)
    {
        for (QChar c : t) {
            if (m_quoteOpen == m_quoteClose) {
                if (c == m_quoteOpen)
                    m_quoteDepth = m_quoteDepth ? 0 : 1;
            } else if (c == m_quoteOpen) {
                ++m_quoteDepth;
            } else if (c == m_quoteClose && m_quoteDepth > 0) {
                --m_quoteDepth;
            }
        }
        return m_quoteDepth;
    }

    static void appendText(Provision& p, const QString& text)
    {
        p.text = p.text.isEmpty() ? text : p.text + u'\n' + text;
    }

    // Footnotes name the article, chapter or section they amend, and follow it.
    void attachFootnote(const ProvisionNote& note)
    {
        for (int l = Article; l >= Section; --l) {
            if (m_path[l]) {
                m_path[l]->notes << note;
                return;
            }
        }
        if (Provision* last = lastNode())
            last->notes << note;
        else
            m_pendingNotes << note;
    }

    // Editor's notes come before what they speak of: they wait for the next
    // provision. Lines of one note (split by <br>) are joined.
    void addEditorial(const QString& text, const QList<NoteLink>& links, bool startsNew, const QString& anchor)
    {
        if (!anchor.isEmpty())
            m_pendingAnchor = anchor;
        if (m_lastEditorial && !startsNew && !m_pendingNotes.isEmpty()
            && m_pendingNotes.last().kind == NoteKind::Editorial) {
            m_pendingNotes.last().text += u'\n' + text;
            m_pendingNotes.last().links += links;
            return;
        }
        m_pendingNotes << ProvisionNote { NoteKind::Editorial, text, links };
        m_lastEditorial = true;
    }

    // Quoted wording still open at the end (or at the signature) swallowed
    // the text after it: say so, and stop.
    void closeOpenQuote()
    {
        if (m_quoteOwner) {
            warnings << QStringLiteral("%1:%2: quoted wording opened here is never closed; the text after it was "
                                       "kept inside %3 \"%4\"")
                            .arg(m_file)
                            .arg(m_quoteLine)
                            .arg(provisionKindName(m_quoteOwner->kind), m_quoteOwner->key);
            m_quoteOwner = nullptr;
        }
    }

    void addSignature(const QString& text, const TextBlock& b)
    {
        if (!m_inSignature) {
            // Appending to the top level moves its nodes: nothing open may
            // point into it any more.
            closeOpenQuote();
            closeTo(Section);
            roots << makeNode(ProvisionKind::Signature, QStringLiteral("signature"), {}, {}, text, b);
            m_last = &roots.last();
            m_inSignature = true;
        } else {
            appendText(roots.last(), text);
        }
    }

    Provision* lastNode() { return m_last; }

    static bool isShortLine(const QString& t)
    {
        return t.size() <= 60 && !t.endsWith(u'.') && !t.endsWith(u';') && !t.endsWith(u':') && !t.endsWith(u',');
    }

    // The signature sits in a table on a page; copied text loses the table,
    // so there a short line after the articles ("Президент") starts it too.
    bool isSignatureStart(const QString& t, const TextBlock& b) const
    {
        if (!m_g.signature.match(t).hasMatch())
            return false;
        return b.inTable || (articleCount > 0 && !m_quoteOwner && isShortLine(t));
    }

    Language m_lang;
    const LanguageGrammar& m_g;
    QString m_file;
    Provision* m_path[LevelCount] = {};
    Provision* m_last = nullptr;
    QHash<QString, int> m_keys;
    QHash<QString, int> m_textCount;
    QHash<QString, int> m_noteCount;
    QList<ProvisionNote> m_pendingNotes;
    bool m_lastEditorial = false;
    bool m_inSignature = false;
    Provision* m_quoteOwner = nullptr;
    int m_quoteLine = 0;
    QChar m_quoteOpen;
    QChar m_quoteClose;
    int m_quoteDepth = 0;
    QString m_pendingAnchor;
};

} // namespace

std::optional<Language> detectLanguage(const QList<TextBlock>& blocks)
{
    int counts[3] = { 0, 0, 0 };
    for (const TextBlock& b : blocks) {
        for (Language l : kAllLanguages) {
            if (grammarFor(l).article.match(b.text).hasMatch())
                ++counts[static_cast<int>(l)];
        }
    }
    int best = -1;
    for (int i = 0; i < 3; ++i) {
        if (counts[i] > 0 && (best < 0 || counts[i] > counts[best]))
            best = i;
    }
    if (best < 0)
        return std::nullopt;
    return static_cast<Language>(best);
}

std::optional<GrammarResult> parseNumbering(
    const QList<TextBlock>& blocks, Language lang, const QString& fileName, ImportError* error)
{
    TreeBuilder builder(lang, fileName);
    for (const TextBlock& b : blocks)
        builder.add(b);
    builder.finish();

    if (builder.articleCount == 0) {
        error->file = fileName;
        error->line = blocks.isEmpty() ? 0 : blocks.first().line;
        const std::optional<Language> other = detectLanguage(blocks);
        if (blocks.isEmpty()) {
            error->message = QStringLiteral("the file has no text");
        } else if (other && *other != lang) {
            error->message = QStringLiteral("the text is in %1, not in %2 as was asked; choose the language %3")
                                 .arg(languageNativeName(*other), languageNativeName(lang), languageCode(*other));
        } else {
            error->message = QStringLiteral("no articles found: this does not look like the text of an act "
                                            "(expected headings such as «Статья 1.», «1-бап.» or «Article 1.»)");
        }
        return std::nullopt;
    }
    return GrammarResult { builder.roots, builder.warnings };
}

} // namespace zanlink
