#include "importer/importer.h"

#include "corpus/catalogue.h"
#include "importer/adilet_codex.h"
#include "importer/decode.h"
#include "importer/docx_blocks.h"
#include "importer/html_blocks.h"
#include "importer/numbering_grammar.h"
#include "importer/plain_text_blocks.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

namespace zanlink {

namespace {

QString sourceKindName(SourceKind k)
{
    switch (k) {
    case SourceKind::AdiletHtml:
        return QStringLiteral("adilet-html");
    case SourceKind::Docx:
        return QStringLiteral("docx");
    case SourceKind::PlainText:
        return QStringLiteral("text");
    case SourceKind::AdiletCodex:
        return QStringLiteral("adiletcodex");
    case SourceKind::Auto:
        break;
    }
    return {};
}

bool fail(ImportError* error, const QString& file, const QString& message, int line = 0)
{
    error->file = file;
    error->line = line;
    error->message = message;
    return false;
}

std::optional<ActEdition> editionFromBlocks(
    const BlockDocument& doc, const ImportRequest& req, SourceKind kind, QStringList* warnings, ImportError* error)
{
    const QString file = QFileInfo(req.path).fileName();
    const std::optional<Language> lang = req.language ? req.language : doc.language;
    if (!lang) {
        fail(error, file, QStringLiteral("the language of the text is not known; give it (kk, ru or en)"));
        return std::nullopt;
    }
    if (req.language && doc.language && *req.language != *doc.language) {
        fail(error, file,
            QStringLiteral("the page is the %1 version, not %2 as was asked; choose the language %3")
                .arg(
                    languageNativeName(*doc.language), languageNativeName(*req.language), languageCode(*doc.language)));
        return std::nullopt;
    }
    QString actId = req.actId.trimmed();
    if (!actId.isEmpty()) {
        if (const CatalogueAct* known = Catalogue::builtin().find(actId))
            actId = known->id;
    }
    if (!actId.isEmpty() && !doc.actId.isEmpty() && actId != doc.actId) {
        fail(error, file, QStringLiteral("the page is act %1, not %2 as was asked").arg(doc.actId, actId));
        return std::nullopt;
    }
    if (actId.isEmpty())
        actId = doc.actId;
    if (actId.isEmpty()) {
        fail(error, file,
            QStringLiteral("the file does not say which act it is; name the act (its Adilet id, "
                           "number or alias, e.g. Z040000567_)"));
        return std::nullopt;
    }
    if (!isAdiletId(actId)) {
        fail(error, file, QStringLiteral("\"%1\" is not an Adilet id (like Z040000567_) nor a known act").arg(actId));
        return std::nullopt;
    }

    const std::optional<GrammarResult> tree = parseNumbering(doc.blocks, *lang, file, error);
    if (!tree)
        return std::nullopt;
    *warnings += tree->warnings;

    ActEdition e;
    e.actId = actId;
    e.language = *lang;
    e.title = doc.title;
    if (e.title.isEmpty()) {
        if (const CatalogueAct* known = Catalogue::builtin().byId(actId))
            e.title = known->title(*lang);
    }
    e.actLine = doc.actLine;
    e.statusText = doc.statusText;
    if (e.language == Language::Kk) {
        e.title = normaliseKazakhLetters(e.title);
        e.actLine = normaliseKazakhLetters(e.actLine);
        e.statusText = normaliseKazakhLetters(e.statusText);
    }
    e.editionDate = req.editionDate.isValid() ? req.editionDate : doc.editionDate;
    e.sourceKind = sourceKindName(kind);
    e.source = req.path;
    e.provisions = tree->provisions;
    return e;
}

std::optional<ImportOutcome> readCodex(QIODevice& in, qint64 total, const ImportRequest& req, ImportError* error)
{
    ImportOutcome out;
    const auto progress = [&](qint64 done) { return !req.progress || req.progress(done, total); };
    const std::optional<QList<CodexDocument>> docs
        = readAdiletCodex(in, QFileInfo(req.path).fileName(), req.onlyActs, error, progress);
    if (!docs)
        return std::nullopt;
    for (const CodexDocument& d : *docs) {
        ImportRequest one = req;
        one.language = d.language;
        one.actId = d.blocks.actId;
        const std::optional<ActEdition> e
            = editionFromBlocks(d.blocks, one, SourceKind::AdiletCodex, &out.warnings, error);
        if (!e) {
            error->message
                = QStringLiteral("act %1 (%2): %3").arg(d.blocks.actId, languageCode(d.language), error->message);
            return std::nullopt;
        }
        out.editions << *e;
    }
    return out;
}

} // namespace

SourceKind detectSourceKind(const QString& path, const QByteArray& head)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (head.startsWith("PK\x03\x04") || suffix == u"docx")
        return SourceKind::Docx;
    if (suffix == u"jsonl" || suffix == u"ndjson" || head.trimmed().startsWith('{'))
        return SourceKind::AdiletCodex;
    const QByteArray lower = head.left(8192).toLower();
    if (suffix == u"html" || suffix == u"htm" || lower.contains("<html") || lower.contains("<!doctype html")
        || lower.contains("<p>") || lower.contains("<p "))
        return SourceKind::AdiletHtml;
    return SourceKind::PlainText;
}

std::optional<ImportOutcome> readBytes(const QByteArray& bytes, const ImportRequest& req, ImportError* error)
{
    const QString file = QFileInfo(req.path).fileName();
    if (bytes.trimmed().isEmpty()) {
        fail(error, file, QStringLiteral("the file is empty"));
        return std::nullopt;
    }
    const SourceKind kind = req.kind == SourceKind::Auto ? detectSourceKind(req.path, bytes.left(65536)) : req.kind;
    if (kind == SourceKind::AdiletCodex) {
        QBuffer buf;
        buf.setData(bytes);
        buf.open(QIODevice::ReadOnly);
        return readCodex(buf, bytes.size(), req, error);
    }

    std::optional<BlockDocument> doc;
    switch (kind) {
    case SourceKind::Docx:
        doc = docxBlocks(bytes, file, error);
        break;
    case SourceKind::AdiletHtml: {
        // One parse: htmlBlocks also refuses the new site's script-only page.
        doc = htmlBlocks(decodeText(bytes), file, error);
        break;
    }
    default:
        doc = plainTextBlocks(decodeText(bytes));
        break;
    }
    if (!doc)
        return std::nullopt;
    QStringList warnings;
    const std::optional<ActEdition> e = editionFromBlocks(*doc, req, kind, &warnings, error);
    if (!e)
        return std::nullopt;
    ImportOutcome out;
    out.warnings = warnings;
    out.editions << *e;
    return out;
}

std::optional<ImportOutcome> readSource(const ImportRequest& req, ImportError* error)
{
    const QFileInfo info(req.path);
    const QString file = info.fileName();
    if (!info.exists()) {
        fail(error, req.path, QStringLiteral("no such file"));
        return std::nullopt;
    }
    if (!info.isFile()) {
        fail(error, req.path, QStringLiteral("not a file"));
        return std::nullopt;
    }
    QFile f(req.path);
    if (!f.open(QIODevice::ReadOnly)) {
        fail(error, req.path, QStringLiteral("cannot be read: %1").arg(f.errorString()));
        return std::nullopt;
    }
    const QByteArray head = f.peek(65536);
    const SourceKind kind = req.kind == SourceKind::Auto ? detectSourceKind(req.path, head) : req.kind;
    if (kind != SourceKind::AdiletCodex && info.size() > kMaxActFileBytes) {
        fail(error, file,
            QStringLiteral("the file is %1 MB; an act's page or document is at most a few MB, so this is not one "
                           "(the limit is %2 MB)")
                .arg(info.size() / (1024 * 1024))
                .arg(kMaxActFileBytes / (1024 * 1024)));
        return std::nullopt;
    }
    if (kind == SourceKind::AdiletCodex) {
        // The dataset is read as a stream: it can be far larger than one act.
        return readCodex(f, info.size(), req, error);
    }
    return readBytes(f.readAll(), req, error);
}

} // namespace zanlink
