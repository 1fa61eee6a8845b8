// Imports fictional acts into a library one after another, printing
// "<act id>" after each import is committed; the crash test kills it.
#include "crash_act.h"
#include "store/library_store.h"

#include <QCoreApplication>
#include <cstdio>

using namespace zanlink;
using namespace zanlink::testing;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: library_writer LIBRARY FIRST-ACT-NUMBER\n");
        return 2;
    }
    LibraryStore store;
    QString error;
    if (!store.open(args.at(1), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    for (int n = args.at(2).toInt();; ++n) {
        if (!store.addEditions({ crashAct(n) }, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("%s\n", qPrintable(crashActId(n)));
        std::fflush(stdout);
    }
}
