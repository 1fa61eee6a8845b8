#pragma once

#include "corpus/language.h"

#include <QStringList>
#include <QTextStream>

namespace zanlink {
class CaseStore;
class LibraryStore;
} // namespace zanlink

namespace zanlink::cli {

struct Options {
    QString db;
    QString lang;
    QString act;
    QString edition;
    QString only;
    QString baseUrl;
    QString file; // find-refs: the text's file, "-" for standard input
    QString cases; // case commands: the case file; empty: beside the library
    QString status; // case list: only this status
    QString kind; // case list: only this kind
    bool includeConfidential = false; // case export
    QString type; // draft: the request type
    QString out; // draft: the .docx to write
    bool finalVersion = false; // draft: refuse when something is missing
    bool prefixLast = false; // search: the last word may be unfinished
    int timeoutSeconds = 30;
    bool json = false;
    QStringList args; // positional arguments after the command
};

// Each command returns the process exit code; messages for the user go to
// `err`, results to `out`.
int runActs(const Options& o, QTextStream& out, QTextStream& err);
int runImport(const Options& o, QTextStream& out, QTextStream& err);
int runFetch(const Options& o, QTextStream& out, QTextStream& err);
int runShow(const Options& o, QTextStream& out, QTextStream& err);
int runSearch(const Options& o, QTextStream& out, QTextStream& err);
int runLinks(const Options& o, QTextStream& out, QTextStream& err);
int runCitedBy(const Options& o, QTextStream& out, QTextStream& err);
int runFindRefs(const Options& o, QTextStream& out, QTextStream& err);
int runDraft(const Options& o, QTextStream& out, QTextStream& err);
// case list|show|export|import (args start with the subcommand)
int runCase(const Options& o, QTextStream& out, QTextStream& err);

// Shared by the commands.
bool openStore(const Options& o, LibraryStore& store, QTextStream& err);
// The language of --lang; reports a missing (when required) or unknown one.
std::optional<Language> requireLanguage(const Options& o, QTextStream& err, bool required = true);
// An Adilet id, number or alias to the act's id; empty when unknown.
QString resolveAct(const QString& query, LibraryStore& store);
// The case file of --cases, or cases.sqlite beside the library.
QString casesPath(const Options& o);
// Opens the case file; one that does not exist yet is created only when
// `create`. A protected one is opened with the passphrase in the environment
// variable ZANLINK_CASES_PASSPHRASE or, when standard input is a terminal,
// one asked without echo (given back in *passphrase).
bool openCaseFile(
    const Options& o, CaseStore& store, QTextStream& err, bool create = false, QString* passphrase = nullptr);
// case protect | unprotect | passphrase (new passphrases from
// ZANLINK_CASES_NEW_PASSPHRASE or asked twice).
int runCaseProtection(const QString& sub, const Options& o, QTextStream& out, QTextStream& err);

} // namespace zanlink::cli
