// draft: a request drafted from a case, checked for completeness and written
// as DOCX (or shown as plain text).
#include "cases/case_store.h"
#include "cli_commands.h"
#include "drafting/document_model.h"
#include "drafting/document_writers.h"
#include "drafting/draft.h"
#include "drafting/request_types.h"
#include "store/library_store.h"

#include <QFileInfo>

namespace zanlink::cli {

int runDraft(const Options& o, QTextStream& out, QTextStream& err)
{
    if (o.args.size() != 1 || o.type.isEmpty()) {
        err << "zanlink-cli: draft takes a case ID and --type, e.g. draft 3 --type removal-request --lang ru "
               "--out request.docx\n  types:";
        for (RequestType t : allRequestTypes())
            err << ' ' << requestTypeId(t);
        err << '\n';
        return 2;
    }
    bool ok = false;
    const qint64 caseId = o.args.first().toLongLong(&ok);
    const std::optional<RequestType> type = requestTypeFromId(o.type);
    if (!ok || !type) {
        err << "zanlink-cli: "
            << (!ok ? QStringLiteral("\"%1\" is not a case id").arg(o.args.first())
                    : QStringLiteral("unknown request type \"%1\"").arg(o.type))
            << '\n';
        return 2;
    }
    const std::optional<OutputLanguage> lang = outputLanguageFromCode(o.lang.isEmpty() ? QStringLiteral("ru") : o.lang);
    if (!lang) {
        err << "zanlink-cli: unknown output language \"" << o.lang << "\" (use kk, ru, en or kk+ru)\n";
        return 2;
    }
    if (!o.out.isEmpty() && !o.out.endsWith(QStringLiteral(".docx"), Qt::CaseInsensitive)) {
        err << "zanlink-cli: " << o.out << ": the command line writes .docx (ODT and PDF are saved from the app)\n";
        return 2;
    }
    CaseStore cases;
    QString error;
    if (!openCaseFile(o, cases, err))
        return 1;
    const QString casesPath = cases.path();
    const std::optional<CaseFile> file = cases.caseFile(caseId);
    if (!file) {
        err << "zanlink-cli: no case " << caseId << " in " << casesPath << '\n';
        return 1;
    }
    LibraryStore library;
    if (!openStore(o, library, err))
        return 1;
    Draft draft = draftFromCase(*file, *type, *lang, QDate::currentDate());
    pinLatestEditions(draft, library);
    const QList<MissingItem> missing = completenessCheck(draft, &library, QDate::currentDate());
    for (const MissingItem& m : missing)
        err << "missing: " << m.message << '\n';
    if (o.finalVersion && !missing.isEmpty()) {
        err << "zanlink-cli: not final: " << missing.size()
            << " thing(s) missing (see above); a draft may be "
               "written without --final\n";
        return 1;
    }
    RenderOptions options;
    options.library = &library;
    TemplateError templateError;
    const std::optional<RenderedDocument> doc = renderDraft(draft, options, &templateError);
    if (!doc) {
        err << "zanlink-cli: " << templateError.toString() << '\n';
        return 1;
    }
    if (o.out.isEmpty()) {
        out << doc->toPlainText() << '\n';
        return 0;
    }
    if (!writeDocx(*doc, o.out, &error)) {
        err << "zanlink-cli: " << error << '\n';
        return 1;
    }
    out << o.out << ": " << requestTypeId(*type) << ' ' << outputLanguageCode(*lang)
        << (missing.isEmpty() ? QStringLiteral(", complete") : QStringLiteral(", draft (incomplete)")) << '\n';
    return 0;
}

} // namespace zanlink::cli
