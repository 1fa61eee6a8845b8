#pragma once

#include <QStringList>
#include <QTextStream>

namespace zanlink::cli {

struct Options {
    QString db;
    QString lang;
    QString act;
    QString edition;
    QString only;
    QString baseUrl;
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

} // namespace zanlink::cli
