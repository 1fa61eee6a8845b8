// The reference grammar: the first byte chooses the language, the rest is
// UTF-8 text read as a provision's text, as free text and as what is typed
// into Go to provision (Ctrl+K). Every span must lie inside the text.
#include "fuzz_common.h"
#include "refs/act_directory.h"
#include "refs/act_mentions.h"
#include "refs/quick_open.h"
#include "refs/reference_finder.h"

using namespace zanlink;

namespace {

const ActDirectory* g_acts = nullptr;

void checkSpans(const QList<Reference>& refs, const QString& text)
{
    for (const Reference& r : refs) {
        ZANLINK_FUZZ_CHECK(r.start >= 0 && r.length >= 0 && r.start + r.length <= text.size());
        for (const ReferenceTarget& t : r.targets)
            ZANLINK_FUZZ_CHECK(t.start >= 0 && t.length >= 0 && t.start + t.length <= text.size());
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::initQt(argc, argv);
    static ActDirectory acts = [] {
        ActDirectory a = ActDirectory::fromCatalogue();
        a.addAct(QStringLiteral("Z2000000999"), Language::Ru, QStringLiteral("«О вымышленных реестрах»"));
        a.addAct(QStringLiteral("Z2000000999"), Language::Kk, QStringLiteral("Ойдан шығарылған тізілімдер туралы"));
        a.addAct(QStringLiteral("Z2000000999"), Language::En, QStringLiteral("\"On Fictional Registers\""));
        a.setDerivesIds(true);
        return a;
    }();
    g_acts = &acts;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const Language lang = fuzz::languageOf(data[0]);
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));

    ReferenceContext ctx;
    ctx.actId = QStringLiteral("Z9900000003");
    ctx.language = lang;
    ctx.provisionKey = QStringLiteral("2/1");
    checkSpans(findReferences(text, ctx, *g_acts), text);

    checkSpans(findReferencesInFreeText(text, lang, *g_acts), text);
    for (const ActMention& m : findActMentions(text, *g_acts))
        ZANLINK_FUZZ_CHECK(m.start >= 0 && m.length >= 0 && m.start + m.length <= text.size());

    (void)parseQuickOpen(text.left(256), *g_acts);
    return 0;
}
