// Adilet's DOCX from arbitrary bytes (a zip, or not), through readBytes.
#include "fuzz_common.h"
#include "importer/importer.h"

using namespace zanlink;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::initQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ImportRequest req;
    req.path = QStringLiteral("act.docx");
    req.kind = SourceKind::Docx;
    req.language = Language::Ru;
    req.actId = QStringLiteral("Z9900000001");
    ImportError error;
    const std::optional<ImportOutcome> out = readBytes(fuzz::bytes(data, size), req, &error);
    if (!out)
        ZANLINK_FUZZ_CHECK(!error.message.isEmpty());
    return 0;
}
