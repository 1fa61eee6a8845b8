// A saved Adilet page from arbitrary bytes: decoding, the HTML5 parser, the
// block stream and the numbering grammar, through readBytes as File ▸ Import does.
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
    req.path = QStringLiteral("page.html");
    req.kind = SourceKind::AdiletHtml;
    ImportError error;
    const std::optional<ImportOutcome> out = readBytes(fuzz::bytes(data, size), req, &error);
    if (!out)
        ZANLINK_FUZZ_CHECK(!error.message.isEmpty());
    else
        ZANLINK_FUZZ_CHECK(out->editions.size() == 1);
    return 0;
}
