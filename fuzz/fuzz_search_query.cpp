// What a user types into Search: the query parser and the folding of every
// word on the query side (normalisation, Kazakh keyboard and Latin folding,
// stems in kk/ru/en), word and sentence boundaries, the phrase matcher.
#include "fuzz_common.h"
#include "text/phrase_matcher.h"
#include "text/search_folding.h"
#include "text/search_key.h"
#include "text/search_query.h"
#include "text/sentence.h"
#include "text/word_breaker.h"

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
    const uint8_t mode = data[0];
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));

    const SearchQuery q = parseSearchQuery(text, mode & 1);
    ZANLINK_FUZZ_CHECK(q.words.size() <= kMaxQueryWords);
    ZANLINK_FUZZ_CHECK(q.isEmpty() == q.words.isEmpty());

    static SearchKeyMaker makers[]
        = { SearchKeyMaker(Language::Kk), SearchKeyMaker(Language::Ru), SearchKeyMaker(Language::En) };
    SearchKeyMaker& keys = makers[(mode >> 1) % 3];
    const QString normal = normaliseText(text);
    (void)foldKazakhKeyboard(normal);
    const QList<WordSpan> spans = wordSpans(text);
    for (const WordSpan& w : spans) {
        ZANLINK_FUZZ_CHECK(w.start >= 0 && w.length > 0 && w.end() <= text.size());
        const QString word = normaliseText(text.mid(w.start, w.length));
        if (isLatinWord(word))
            (void)kazakhLatinToCyrillic(word);
        (void)keys.key(word, false);
        (void)keys.key(word, true);
    }
    (void)keys.keys(text);

    const QList<int> starts = sentenceStarts(text);
    for (int s : starts)
        ZANLINK_FUZZ_CHECK(s >= 0 && s <= text.size());
    const int a = size > 2 ? data[1] * 7 : 0;
    (void)sentenceAround(text, a - 20, size > 3 ? data[2] - 10 : 5);

    if (!q.phrases.isEmpty() || q.words.size() > 1) {
        const PhraseMatcher matcher(
            keys.language(), q.phrases.isEmpty() ? QStringList { q.words.join(u' ') } : q.phrases);
        for (const PhraseMatcher::Match& m : matcher.find(text))
            ZANLINK_FUZZ_CHECK(m.start >= 0 && m.length >= 0 && m.start + m.length <= text.size());
    }
    return 0;
}
