// Opening the case file from the command line, plain or protected, and the
// case protect / unprotect / passphrase commands.
#include "cases/case_store.h"
#include "cli_commands.h"

#include <QFileInfo>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace zanlink::cli {

namespace {

const char kPassphraseVariable[] = "ZANLINK_CASES_PASSPHRASE";
const char kNewPassphraseVariable[] = "ZANLINK_CASES_NEW_PASSPHRASE";

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}

// Reads a line from the terminal with echo off; nullopt at end of input.
std::optional<QString> readHidden(const QString& prompt, QTextStream& err)
{
    err << prompt;
    err.flush();
#ifdef Q_OS_UNIX
    termios saved {};
    const bool terminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#endif
    QByteArray line;
    int c;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.append(char(c));
#ifdef Q_OS_UNIX
    if (terminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
#endif
    err << '\n';
    err.flush();
    if (c == EOF && line.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(line);
}

// The passphrase of a protected case file: the environment, or asked.
std::optional<QString> passphraseFor(const QString& path, QTextStream& err)
{
    if (qEnvironmentVariableIsSet(kPassphraseVariable))
        return qEnvironmentVariable(kPassphraseVariable);
    if (!stdinIsTerminal()) {
        err << "zanlink-cli: " << path << " is protected with a passphrase: set " << kPassphraseVariable
            << " or run the command in a terminal to be asked\n";
        return std::nullopt;
    }
    return readHidden(QStringLiteral("Passphrase of %1: ").arg(path), err);
}

// A new passphrase: the environment, or asked twice.
std::optional<QString> newPassphrase(QTextStream& err)
{
    if (qEnvironmentVariableIsSet(kNewPassphraseVariable))
        return qEnvironmentVariable(kNewPassphraseVariable);
    if (!stdinIsTerminal()) {
        err << "zanlink-cli: set " << kNewPassphraseVariable
            << " or run the command in a terminal to be asked the new passphrase\n";
        return std::nullopt;
    }
    const std::optional<QString> first = readHidden(QStringLiteral("New passphrase: "), err);
    if (!first)
        return std::nullopt;
    const std::optional<QString> second = readHidden(QStringLiteral("Repeat it: "), err);
    if (!second || *second != *first) {
        err << "zanlink-cli: the two entries differ; nothing was changed\n";
        return std::nullopt;
    }
    return first;
}

} // namespace

QString casesPath(const Options& o)
{
    return o.cases.isEmpty() ? CaseStore::pathBeside(o.db) : o.cases;
}

bool openCaseFile(const Options& o, CaseStore& store, QTextStream& err, bool create, QString* passphrase)
{
    const QString path = casesPath(o);
    if (!create && !QFileInfo::exists(path)) {
        err << "zanlink-cli: " << path << ": there is no case file here (give its place with --cases PATH)\n";
        return false;
    }
    QString error;
    if (!CaseStore::needsPassphrase(path)) {
        if (!store.open(path, &error)) {
            err << "zanlink-cli: " << error << '\n';
            return false;
        }
        return true;
    }
    const std::optional<QString> given = passphraseFor(path, err);
    if (!given)
        return false;
    SealFailure failure = SealFailure::None;
    if (!store.openSealed(path, *given, &error, &failure)) {
        if (failure == SealFailure::WrongPassphrase)
            err << "zanlink-cli: " << path << ": wrong passphrase; the case file was not opened\n";
        else
            err << "zanlink-cli: " << error << '\n';
        return false;
    }
    if (passphrase)
        *passphrase = *given;
    return true;
}

int runCaseProtection(const QString& sub, const Options& o, QTextStream& out, QTextStream& err)
{
    if (!o.args.isEmpty()) {
        err << "zanlink-cli: case " << sub << " takes no arguments (the file is --cases PATH)\n";
        return 2;
    }
    CaseStore store;
    QString current;
    if (!openCaseFile(o, store, err, false, &current))
        return 1;
    const QString path = store.path();
    QString error;
    if (sub == u"protect") {
        if (store.isProtected()) {
            err << "zanlink-cli: " << path << " is protected already (see case passphrase)\n";
            return 1;
        }
        const std::optional<QString> next = newPassphrase(err);
        if (!next)
            return 1;
        if (!store.protect(*next, &error)) {
            err << "zanlink-cli: " << error << '\n';
            return 1;
        }
        out << path << ": protected with a passphrase. A forgotten passphrase cannot be recovered. "
            << "Evidence files and exported bundles are not encrypted; old unprotected copies may remain on the "
               "disk and in backups.\n";
        return 0;
    }
    if (!store.isProtected()) {
        err << "zanlink-cli: " << path << " is not protected (see case protect)\n";
        return 1;
    }
    if (sub == u"unprotect") {
        if (!store.removeProtection(current, &error)) {
            err << "zanlink-cli: " << error << '\n';
            return 1;
        }
        out << path << ": the protection was removed; the case file is now stored unencrypted\n";
        return 0;
    }
    const std::optional<QString> next = newPassphrase(err);
    if (!next)
        return 1;
    if (!store.changePassphrase(current, *next, &error)) {
        err << "zanlink-cli: " << error << '\n';
        return 1;
    }
    out << path << ": the passphrase was changed\n";
    return 0;
}

} // namespace zanlink::cli
