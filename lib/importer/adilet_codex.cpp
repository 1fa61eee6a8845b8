#include "importer/adilet_codex.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace zanlink {

namespace {

constexpr qint64 kMaxLineBytes = 16LL * 1024 * 1024;

QString articleHeading(Language lang, const QString& number, const QString& title)
{
    switch (lang) {
    case Language::Kk:
        return number + u"-бап. " + title;
    case Language::En:
        return u"Article " + number + u". " + title;
    case Language::Ru:
        break;
    }
    return u"Статья " + number + u". " + title;
}

QString footnoteLabel(Language lang)
{
    switch (lang) {
    case Language::Kk:
        return QStringLiteral("Ескерту.");
    case Language::En:
        return QStringLiteral("Footnote.");
    case Language::Ru:
        break;
    }
    return QStringLiteral("Сноска.");
}

QList<NoteLink> readLinks(const QJsonValue& v)
{
    QList<NoteLink> links;
    for (const QJsonValue& l : v.toArray()) {
        const QJsonObject o = l.toObject();
        const QString href = o.value(u"href").toString(o.value(u"url").toString());
        if (!href.isEmpty())
            links << NoteLink { o.value(u"text").toString(), href };
    }
    return links;
}

// Gives a paragraph its number back when the dataset keeps it apart.
QString numberedText(const QString& number, const QString& text)
{
    static const QRegularExpression numbered(QStringLiteral("^\\d+(?:-\\d+)*[.)]"));
    const QString t = foldWhitespace(text);
    const QString n = number.trimmed();
    if (n.isEmpty() || numbered.match(t).hasMatch())
        return t;
    if (n.endsWith(u')') || n.endsWith(u'.'))
        return n + u' ' + t;
    return n + u". " + t;
}

// change_date: "2024-01-15" (with or without a time) or Adilet's "15.01.2024".
QDate codexDate(const QString& value)
{
    const QString v = value.trimmed();
    QDate d = QDate::fromString(v.left(10), Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(v.left(10), QStringLiteral("dd.MM.yyyy"));
    return d;
}

struct Pending {
    CodexDocument doc;
    QString lastSection;
    QString lastChapter;
};

void addHeading(Pending& p, const QString& value, QString& last, int line)
{
    const QString v = foldWhitespace(value);
    if (v.isEmpty() || v == last)
        return;
    last = v;
    TextBlock b;
    b.text = v;
    b.bold = true;
    b.line = line;
    p.doc.blocks.blocks << b;
}

} // namespace

std::optional<QList<CodexDocument>> readAdiletCodex(QIODevice& in, const QString& fileName,
    const QSet<QString>& onlyActs, ImportError* error, const std::function<bool(qint64)>& progress)
{
    error->file = fileName;
    QList<QString> order;
    QHash<QString, Pending> docs;
    int lineNo = 0;
    qint64 done = 0;
    while (!in.atEnd()) {
        const QByteArray raw = in.readLine(kMaxLineBytes);
        ++lineNo;
        done += raw.size();
        if (raw.size() >= kMaxLineBytes && !raw.endsWith('\n')) {
            error->line = lineNo;
            error->message = QStringLiteral("line is longer than 16 MB; this is not an AdiletCodex file");
            return std::nullopt;
        }
        // Told after the first line and every 256 lines, and once at the end.
        if (progress && lineNo % 256 == 1 && !progress(done)) {
            error->line = 0;
            error->message = QStringLiteral("import cancelled");
            return std::nullopt;
        }
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError pe;
        const QJsonDocument json = QJsonDocument::fromJson(line, &pe);
        if (!json.isObject()) {
            error->line = lineNo;
            error->message = json.isNull()
                ? QStringLiteral("not valid JSON (%1 at column %2)").arg(pe.errorString()).arg(pe.offset + 1)
                : QStringLiteral("a record must be a JSON object");
            return std::nullopt;
        }
        const QJsonObject o = json.object();
        const QString actId = o.value(u"doc_id").toString().trimmed();
        const std::optional<Language> lang = languageFromCode(o.value(u"lang").toString());
        if (actId.isEmpty() || !lang) {
            error->line = lineNo;
            error->message = actId.isEmpty()
                ? QStringLiteral("record has no doc_id")
                : QStringLiteral("record has an unknown lang \"%1\" (expected ru, kk or en)")
                      .arg(o.value(u"lang").toString());
            return std::nullopt;
        }
        if (!onlyActs.isEmpty() && !onlyActs.contains(actId))
            continue;
        const QString docKey = actId + u'|' + languageCode(*lang);
        if (!docs.contains(docKey)) {
            order << docKey;
            Pending p;
            p.doc.language = *lang;
            p.doc.blocks.actId = actId;
            p.doc.blocks.language = lang;
            p.doc.blocks.title = o.value(u"title").toString();
            p.doc.blocks.statusText = o.value(u"status").toString();
            p.doc.blocks.editionDate = codexDate(o.value(u"change_date").toString());
            docs.insert(docKey, p);
        }
        Pending& p = docs[docKey];
        addHeading(p, o.value(u"section").toString(), p.lastSection, lineNo);
        addHeading(p, o.value(u"chapter").toString(), p.lastChapter, lineNo);

        const QString number = o.value(u"article_no").toVariant().toString().trimmed();
        if (number.isEmpty()) {
            error->line = lineNo;
            error->message = QStringLiteral("record of %1 has no article_no").arg(actId);
            return std::nullopt;
        }
        TextBlock heading;
        heading.text = articleHeading(*lang, number, foldWhitespace(o.value(u"article_title").toString()));
        heading.bold = true;
        heading.line = lineNo;
        p.doc.blocks.blocks << heading;

        const QJsonArray paragraphs = o.value(u"paragraphs").toArray();
        if (paragraphs.isEmpty()) {
            for (const QString& l : o.value(u"article_text").toString().split(u'\n', Qt::SkipEmptyParts)) {
                TextBlock b;
                b.text = foldWhitespace(l);
                b.line = lineNo;
                if (!b.text.isEmpty())
                    p.doc.blocks.blocks << b;
            }
        }
        for (const QJsonValue& pv : paragraphs) {
            const QJsonObject po = pv.toObject();
            TextBlock b;
            b.text = numberedText(po.value(u"number").toVariant().toString(), po.value(u"text").toString());
            b.line = lineNo;
            const QString id = po.value(u"id").toVariant().toString();
            if (id.startsWith(u'z'))
                b.anchor = id;
            b.links = readLinks(po.value(u"links"));
            if (!b.text.isEmpty())
                p.doc.blocks.blocks << b;
        }
        for (const QJsonValue& nv : o.value(u"notes").toArray()) {
            const QJsonObject no = nv.toObject();
            TextBlock b;
            b.text = foldWhitespace(nv.isString() ? nv.toString() : no.value(u"text").toString());
            if (b.text.isEmpty())
                continue;
            const QString label = footnoteLabel(*lang);
            if (!b.text.startsWith(label.left(label.size() - 1)))
                b.text = label + u' ' + b.text;
            b.line = lineNo;
            b.links = readLinks(no.value(u"links"));
            p.doc.blocks.blocks << b;
        }
    }
    if (progress && !progress(done)) {
        error->line = 0;
        error->message = QStringLiteral("import cancelled");
        return std::nullopt;
    }
    QList<CodexDocument> out;
    for (const QString& k : order)
        out << docs.value(k).doc;
    if (out.isEmpty()) {
        error->line = 0;
        error->message = onlyActs.isEmpty() ? QStringLiteral("the file holds no records")
                                            : QStringLiteral("none of the chosen acts is in the file");
        return std::nullopt;
    }
    return out;
}

} // namespace zanlink
