// case list, show, export and import: the case file from the command line.
#include "cases/case_bundle.h"
#include "cases/case_store.h"
#include "cli_commands.h"
#include "store/library_store.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace zanlink::cli {

namespace {

std::optional<qint64> caseIdArgument(const QString& text, QTextStream& err)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        err << "zanlink-cli: \"" << text << "\" is not a case id (a number; see case list)\n";
        return std::nullopt;
    }
    return id;
}

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + u'Z' : QStringLiteral("-");
}

// "2 due, 1 overdue" over the open deadlines; empty when none is open.
QString deadlineSummary(const QList<Deadline>& deadlines)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int open = 0;
    int overdue = 0;
    for (const Deadline& d : deadlines) {
        if (d.done)
            continue;
        ++open;
        if (d.dueUtc.isValid() && d.dueUtc < now)
            ++overdue;
    }
    if (open == 0)
        return {};
    return QStringLiteral("%1 due, %2 overdue").arg(open).arg(overdue);
}

void printJson(QTextStream& out, const QJsonValue& v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

int runCaseList(const Options& o, QTextStream& out, QTextStream& err)
{
    if (!o.args.isEmpty()) {
        err << "zanlink-cli: case list takes no arguments (\"" << o.args.join(u' ') << "\" is not understood)\n";
        return 2;
    }
    CaseFilter filter;
    if (!o.status.isEmpty() && !(filter.status = caseStatusFromName(o.status))) {
        err << "zanlink-cli: unknown status \"" << o.status << "\" (use open, waiting or closed)\n";
        return 2;
    }
    if (!o.kind.isEmpty() && !(filter.kind = caseKindFromName(o.kind))) {
        QStringList kinds;
        for (CaseKind k : allCaseKinds())
            kinds << caseKindName(k);
        err << "zanlink-cli: unknown kind \"" << o.kind << "\" (use " << kinds.join(QStringLiteral(", ")) << ")\n";
        return 2;
    }
    CaseStore store;
    if (!openCaseFile(o, store, err))
        return 1;
    const QList<CaseRecord> cases = store.cases(filter);
    if (o.json) {
        QJsonArray list;
        for (const CaseRecord& r : cases) {
            if (const std::optional<CaseFile> f = store.caseFile(r.id))
                list.append(caseFileJson(*f));
        }
        printJson(out, list);
        return 0;
    }
    if (cases.isEmpty())
        err << "no cases\n";
    for (const CaseRecord& r : cases) {
        const std::optional<CaseFile> f = store.caseFile(r.id);
        const QString deadlines = f ? deadlineSummary(f->deadlines) : QString();
        out << r.id << '\t' << caseStatusName(r.status) << '\t' << caseKindName(r.kind) << '\t'
            << timeText(r.updatedUtc) << '\t' << r.title << (deadlines.isEmpty() ? QString() : u'\t' + deadlines)
            << '\n';
    }
    return 0;
}

int runCaseShow(const Options& o, QTextStream& out, QTextStream& err)
{
    if (o.args.size() != 1) {
        err << "zanlink-cli: case show takes a case ID, e.g. case show 3\n";
        return 2;
    }
    const std::optional<qint64> id = caseIdArgument(o.args.first(), err);
    if (!id)
        return 2;
    CaseStore store;
    if (!openCaseFile(o, store, err))
        return 1;
    const std::optional<CaseFile> f = store.caseFile(*id);
    if (!f) {
        err << "zanlink-cli: there is no case " << *id << " in " << store.path() << " (see case list)\n";
        return 1;
    }
    if (o.json) {
        printJson(out, caseFileJson(*f));
        return 0;
    }
    const CaseRecord& r = f->record;
    out << "Case " << r.id << ": " << r.title << '\n'
        << "  kind: " << caseKindName(r.kind) << ", status: " << caseStatusName(r.status)
        << (r.confidential ? ", confidential" : "") << '\n'
        << "  created " << timeText(r.createdUtc) << ", updated " << timeText(r.updatedUtc) << '\n';
    if (!r.tags.isEmpty())
        out << "  tags: " << r.tags.join(QStringLiteral(", ")) << '\n';
    for (const Party& p : f->parties) {
        out << "  party " << p.id << ": " << partyRoleName(p.role) << ", " << p.name << (p.isChild ? " (child)" : "")
            << (p.confidential ? " (confidential)" : "") << '\n';
    }
    for (const ContentItem& c : f->items)
        out << "  content " << c.id << ": " << c.platform << ' ' << c.url << '\n';
    for (const Evidence& e : f->evidence)
        out << "  evidence " << e.id << ": " << e.fileName << ", " << e.size << " bytes, sha256 " << e.sha256 << '\n';
    for (const CaseEvent& e : f->events)
        out << "  event " << e.id << ": " << timeText(e.atUtc) << ' ' << eventKindName(e.kind) << '\n';
    for (const Deadline& d : f->deadlines) {
        out << "  deadline " << d.id << ": " << timeText(d.dueUtc) << ' ' << d.title << (d.done ? " (done)" : "")
            << '\n';
    }
    for (const CaseNote& n : f->notes) {
        out << "  note " << n.id << ": " << timeText(n.createdUtc) << ", " << n.citations.size() << " citations\n";
    }
    return 0;
}

int runCaseExport(const Options& o, QTextStream& out, QTextStream& err)
{
    if (o.args.size() != 2) {
        err << "zanlink-cli: case export takes a case ID and a FILE, e.g. case export 3 case-3.zip\n";
        return 2;
    }
    const std::optional<qint64> id = caseIdArgument(o.args.first(), err);
    if (!id)
        return 2;
    CaseStore store;
    if (!openCaseFile(o, store, err))
        return 1;
    if (!store.caseRecord(*id)) {
        err << "zanlink-cli: there is no case " << *id << " in " << store.path() << " (see case list)\n";
        return 1;
    }
    // The cited provisions' texts come from the library when there is one.
    LibraryStore library;
    BundleOptions options;
    options.includeConfidential = o.includeConfidential;
    QString error;
    if (QFileInfo::exists(o.db) && library.open(o.db, &error))
        options.library = &library;
    else if (!error.isEmpty())
        err << "warning: " << error << "; the provisions' texts are not included\n";
    if (!exportCase(store, *id, o.args.at(1), options, &error)) {
        err << "zanlink-cli: " << error << '\n';
        return 1;
    }
    const std::optional<BundleContents> contents = readBundle(o.args.at(1), &error);
    out << "case " << *id << " exported to " << o.args.at(1);
    if (contents) {
        out << " (" << contents->evidenceFiles << " evidence files, " << contents->provisions.size() << " provisions)";
        for (const QString& left : contents->leftOut)
            err << "left out: " << left << '\n';
        if (!contents->leftOut.isEmpty())
            err << "(give --include-confidential to include them)\n";
    }
    out << '\n';
    return 0;
}

int runCaseImport(const Options& o, QTextStream& out, QTextStream& err)
{
    if (o.args.size() != 1) {
        err << "zanlink-cli: case import takes a FILE, e.g. case import case-3.zip\n";
        return 2;
    }
    CaseStore store;
    if (!openCaseFile(o, store, err, true))
        return 1;
    QString error;
    const std::optional<qint64> id = importCase(store, o.args.first(), &error);
    if (!id) {
        err << "zanlink-cli: " << error << "\nThe case file is unchanged.\n";
        return 1;
    }
    out << "imported as case " << *id << ": " << store.caseRecord(*id)->title << '\n';
    return 0;
}

} // namespace

int runCase(const Options& o, QTextStream& out, QTextStream& err)
{
    const QString sub = o.args.value(0);
    Options rest = o;
    rest.args = o.args.mid(1);
    if (sub == u"list")
        return runCaseList(rest, out, err);
    if (sub == u"show")
        return runCaseShow(rest, out, err);
    if (sub == u"export")
        return runCaseExport(rest, out, err);
    if (sub == u"import")
        return runCaseImport(rest, out, err);
    if (sub == u"protect" || sub == u"unprotect" || sub == u"passphrase")
        return runCaseProtection(sub, rest, out, err);
    err << "zanlink-cli: case takes list, show, export, import, protect, unprotect or passphrase"
        << (sub.isEmpty() ? QString() : QString(u" (not \"" + sub + u"\")")) << '\n';
    return 2;
}

} // namespace zanlink::cli
