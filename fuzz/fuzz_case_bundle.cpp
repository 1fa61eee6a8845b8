// A case bundle from arbitrary bytes: written to a file in a temporary
// folder, read and checked whole by readBundle; one that passes is imported
// into a case file in the same folder and removed again, so every run starts
// from the same empty case file.
#include "cases/case_bundle.h"
#include "cases/case_store.h"
#include "fuzz_common.h"

#include <QFile>

using namespace zanlink;

namespace {

CaseStore* g_store = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::initQt(argc, argv);
    ZANLINK_FUZZ_CHECK(fuzz::tempDir().isValid());
    static CaseStore store;
    QString error;
    if (!store.open(fuzz::tempDir().filePath(QStringLiteral("cases.sqlite")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        std::abort();
    }
    store.setActor(QStringLiteral("fuzz"));
    g_store = &store;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = fuzz::tempDir().filePath(QStringLiteral("input.zlcase"));
    {
        QFile f(path);
        ZANLINK_FUZZ_CHECK(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ZANLINK_FUZZ_CHECK(
            f.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size)) == static_cast<qint64>(size));
    }
    QString error;
    const std::optional<BundleContents> contents = readBundle(path, &error);
    if (!contents) {
        ZANLINK_FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    const std::optional<qint64> id = importCase(*g_store, path, &error);
    if (id) {
        QString e;
        ZANLINK_FUZZ_CHECK(g_store->deleteCase(*id, &e));
    } else {
        ZANLINK_FUZZ_CHECK(!error.isEmpty());
    }
    return 0;
}
