#include "cli_commands.h"
#include "store/default_paths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

using namespace zanlink;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ZanLink"));
    QCoreApplication::setApplicationName(QStringLiteral("ZanLink"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZANLINK_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("ZanLink command line: the law library of Kazakh media law in kk, ru and en.\n\n"
                       "Commands:\n"
                       "  acts                               list the known and imported acts\n"
                       "  import FILE --lang L [--act ID]    import a saved Adilet page, DOCX, copied text or\n"
                       "                                     AdiletCodex JSON Lines (--only ID,ID to choose acts)\n"
                       "  fetch ID --lang L                  download an act's page from Adilet and import it\n"
                       "  show ACT KEY [--lang L] [--json]   print a provision (ACT: Adilet id, number or alias;\n"
                       "                                     KEY: provision key such as 41-1/1-2)\n"
                       "  search QUERY [--lang L] [--act A] [--prefix] [--json]\n"
                       "                                     full-text search; Kazakh typed on a Russian keyboard\n"
                       "                                     or in Latin letters finds Kazakh text\n"
                       "  links ACT KEY [--lang L] [--json]  references a provision makes, with their targets\n"
                       "  cited-by ACT KEY [--json]          provisions (any act, any language) citing it\n"
                       "  find-refs TEXT | --file F [--lang L] [--json]\n"
                       "                                     acts and provisions a free text mentions\n"
                       "                                     (a note, a news item; --file - reads standard input)\n"
                       "  case list [--status S] [--kind K] [--json]\n"
                       "                                     the cases: id, status, kind, updated, title, open\n"
                       "                                     and overdue deadlines\n"
                       "  case show ID [--json]              a case with its parties, content, evidence, events,\n"
                       "                                     deadlines and notes (JSON: every field)\n"
                       "  case export ID FILE [--include-confidential]\n"
                       "                                     one file with the case, its evidence originals and\n"
                       "                                     the cited provisions' texts; confidential parties\n"
                       "                                     (children among them) are left out unless asked\n"
                       "  case import FILE                   add an exported case as a new case\n"
                       "  case protect | unprotect | passphrase\n"
                       "                                     protect the case file with a passphrase, remove the\n"
                       "                                     protection, or change the passphrase\n"
                       "  draft ID --type T [--lang kk|ru|en|kk+ru] [--out FILE.docx] [--final]\n"
                       "                                     a request drafted from case ID (types: removal-request,\n"
                       "                                     cyberbullying-complaint, targeted-restriction,\n"
                       "                                     objection-appeal, restoration-request); lists what is\n"
                       "                                     missing; without --out prints the text\n"
                       "Case commands use the case file beside the library (see --cases). A protected case\n"
                       "file is opened with ZANLINK_CASES_PASSPHRASE, or a passphrase asked in the terminal;\n"
                       "a new passphrase comes from ZANLINK_CASES_NEW_PASSPHRASE or is asked twice."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
        QStringLiteral("The library file (default: %1).").arg(defaultLibraryPath()), QStringLiteral("PATH"));
    const QCommandLineOption lang(
        QStringLiteral("lang"), QStringLiteral("Language: kk, ru or en."), QStringLiteral("L"));
    const QCommandLineOption act(QStringLiteral("act"),
        QStringLiteral("import: the act, when the file does not name it; search: only this act."),
        QStringLiteral("ID"));
    const QCommandLineOption edition(QStringLiteral("edition"),
        QStringLiteral("The edition date (YYYY-MM-DD), when the source does not give it."), QStringLiteral("DATE"));
    const QCommandLineOption only(
        QStringLiteral("only"), QStringLiteral("AdiletCodex: import only these acts."), QStringLiteral("ID,ID"));
    const QCommandLineOption base(QStringLiteral("base-url"),
        QStringLiteral("fetch: another address of the legacy site (HTTPS; HTTP on loopback)."), QStringLiteral("URL"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"), QStringLiteral("fetch: seconds to wait (default 30)."), QStringLiteral("S"));
    const QCommandLineOption file(QStringLiteral("file"),
        QStringLiteral("find-refs: read the text from this file (- for standard input)."), QStringLiteral("F"));
    const QCommandLineOption json(
        QStringLiteral("json"), QStringLiteral("show, search, links, cited-by, case list, case show: print JSON."));
    const QCommandLineOption cases(QStringLiteral("cases"),
        QStringLiteral("case: the case file (default: cases.sqlite beside the library)."), QStringLiteral("PATH"));
    const QCommandLineOption status(QStringLiteral("status"),
        QStringLiteral("case list: only open, waiting or closed cases."), QStringLiteral("S"));
    const QCommandLineOption kind(QStringLiteral("kind"),
        QStringLiteral("case list: only cases of this kind (removal-request, restriction, child-cyberbullying, "
                       "appeal-objection, restoration-of-access, consultation)."),
        QStringLiteral("K"));
    const QCommandLineOption includeConfidential(QStringLiteral("include-confidential"),
        QStringLiteral("case export: include confidential parties (children among them) and the notes naming them."));
    const QCommandLineOption type(
        QStringLiteral("type"), QStringLiteral("draft: the request type."), QStringLiteral("T"));
    const QCommandLineOption outFile(
        QStringLiteral("out"), QStringLiteral("draft: the .docx to write."), QStringLiteral("FILE"));
    const QCommandLineOption finalVersion(
        QStringLiteral("final"), QStringLiteral("draft: refuse to write while something is missing."));
    const QCommandLineOption prefix(QStringLiteral("prefix"),
        QStringLiteral("search: the last word may be unfinished, as typed in the search box."));
    p.addOptions({ db, lang, act, edition, only, base, timeout, file, json, cases, status, kind, includeConfidential,
        type, outFile, finalVersion, prefix });
    p.addPositionalArgument(QStringLiteral("command"),
        QStringLiteral("acts, import, fetch, show, search, links, cited-by, find-refs or case"));
    p.process(app);

    const QStringList pos = p.positionalArguments();
    if (pos.isEmpty()) {
        err << p.helpText();
        return 2;
    }
    cli::Options o;
    o.db = p.isSet(db) ? p.value(db) : defaultLibraryPath();
    o.lang = p.value(lang);
    o.act = p.value(act);
    o.edition = p.value(edition);
    o.only = p.value(only);
    o.baseUrl = p.value(base);
    o.json = p.isSet(json);
    o.file = p.value(file);
    o.cases = p.value(cases);
    o.status = p.value(status);
    o.kind = p.value(kind);
    o.type = p.value(type);
    o.out = p.value(outFile);
    o.finalVersion = p.isSet(finalVersion);
    o.prefixLast = p.isSet(prefix);
    o.includeConfidential = p.isSet(includeConfidential);
    if (p.isSet(timeout)) {
        bool ok = false;
        o.timeoutSeconds = p.value(timeout).toInt(&ok);
        if (!ok || o.timeoutSeconds <= 0) {
            err << "zanlink-cli: --timeout takes a number of seconds\n";
            return 2;
        }
    }
    o.args = pos.mid(1);

    const QString cmd = pos.first();
    if (cmd == u"acts")
        return cli::runActs(o, out, err);
    if (cmd == u"import")
        return cli::runImport(o, out, err);
    if (cmd == u"fetch")
        return cli::runFetch(o, out, err);
    if (cmd == u"show")
        return cli::runShow(o, out, err);
    if (cmd == u"search")
        return cli::runSearch(o, out, err);
    if (cmd == u"links")
        return cli::runLinks(o, out, err);
    if (cmd == u"cited-by")
        return cli::runCitedBy(o, out, err);
    if (cmd == u"find-refs")
        return cli::runFindRefs(o, out, err);
    if (cmd == u"case")
        return cli::runCase(o, out, err);
    if (cmd == u"draft")
        return cli::runDraft(o, out, err);
    err << "zanlink-cli: unknown command \"" << cmd << "\" (try --help)\n";
    return 2;
}
