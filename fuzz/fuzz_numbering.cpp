// The numbering grammar on copied text: the first byte chooses the language,
// the rest is the text (any encoding; decodeText decides).
#include "fuzz_common.h"
#include "importer/decode.h"
#include "importer/importer.h"
#include "importer/numbering_grammar.h"
#include "importer/plain_text_blocks.h"

using namespace zanlink;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::initQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray text = fuzz::bytes(data + 1, size - 1);
    ImportRequest req;
    req.path = QStringLiteral("act.txt");
    req.kind = SourceKind::PlainText;
    req.language = fuzz::languageOf(data[0]);
    req.actId = QStringLiteral("Z9900000001");
    ImportError error;
    const std::optional<ImportOutcome> out = readBytes(text, req, &error);
    if (!out)
        ZANLINK_FUZZ_CHECK(!error.message.isEmpty());
    // The language guess on the same blocks.
    const BlockDocument doc = plainTextBlocks(decodeText(text));
    (void)detectLanguage(doc.blocks);
    return 0;
}
