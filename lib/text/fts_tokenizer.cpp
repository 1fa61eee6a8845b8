#include "text/fts_tokenizer.h"

#include "corpus/language.h"
#include "text/search_key.h"

#include <QHash>
#include <memory>
#include <sqlite3.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace zanlink {

namespace {

constexpr int kMaxTokenBytes = 256;

// Legal text says the same words again and again: the keys of words already
// seen are kept (up to kMaxCachedKeys, then the cache starts afresh), so each
// word is folded and stemmed once.
constexpr qsizetype kMaxCachedKeys = 200000;

struct Tokenizer {
    explicit Tokenizer(Language lang) : keys(lang) { }
    SearchKeyMaker keys;
    std::unique_ptr<icu::BreakIterator> words;
    QHash<QByteArray, QByteArray> cache; // a word's UTF-8 → its key (not for prefixes)
};

int create(void*, const char** azArg, int nArg, Fts5Tokenizer** ppOut)
{
    *ppOut = nullptr;
    if (nArg != 1 || !azArg[0])
        return SQLITE_ERROR;
    const std::optional<Language> lang = languageFromCode(QString::fromUtf8(azArg[0]));
    if (!lang)
        return SQLITE_ERROR;
    auto tok = std::make_unique<Tokenizer>(*lang);
    UErrorCode status = U_ZERO_ERROR;
    tok->words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status) || !tok->words)
        return SQLITE_ERROR;
    *ppOut = reinterpret_cast<Fts5Tokenizer*>(tok.release());
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer* p)
{
    delete reinterpret_cast<Tokenizer*>(p);
}

int tokenize(Fts5Tokenizer* p, void* ctx, int flags, const char* text, int nText,
    int (*token)(void*, int, const char*, int, int, int))
{
    if (!text || nText <= 0)
        return SQLITE_OK;
    auto* tok = reinterpret_cast<Tokenizer*>(p);
    const bool prefix = (flags & FTS5_TOKENIZE_PREFIX) != 0;
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, text, nText, &status);
    if (U_FAILURE(status))
        return SQLITE_ERROR;
    icu::BreakIterator& bi = *tok->words;
    bi.setText(ut, status);
    int rc = U_SUCCESS(status) ? SQLITE_OK : SQLITE_ERROR;
    int32_t start = bi.first();
    for (int32_t end = bi.next(); rc == SQLITE_OK && end != icu::BreakIterator::DONE; start = end, end = bi.next()) {
        if (bi.getRuleStatus() < UBRK_WORD_NONE_LIMIT || start < 0 || end > nText || end <= start)
            continue;
        QByteArray key;
        const QByteArray raw = QByteArray::fromRawData(text + start, end - start);
        const auto known = prefix ? tok->cache.cend() : tok->cache.constFind(raw);
        if (known != tok->cache.cend()) {
            key = *known;
        } else {
            key = tok->keys.key(QString::fromUtf8(raw), prefix).toUtf8();
            if (!prefix) {
                if (tok->cache.size() >= kMaxCachedKeys)
                    tok->cache.clear();
                tok->cache.insert(QByteArray(raw.constData(), raw.size()), key);
            }
        }
        if (key.isEmpty())
            continue;
        if (key.size() > kMaxTokenBytes) {
            // Cut on a character boundary.
            qsizetype cut = kMaxTokenBytes;
            while (cut > 0 && (static_cast<unsigned char>(key.at(cut)) & 0xC0) == 0x80)
                --cut;
            key.truncate(cut);
        }
        rc = token(ctx, 0, key.constData(), static_cast<int>(key.size()), start, end);
    }
    // The iterator keeps a shallow clone of the UText: give it an empty text
    // before the bytes go away.
    UErrorCode ignore = U_ZERO_ERROR;
    UText* empty = utext_openUTF8(nullptr, "", 0, &ignore);
    bi.setText(empty, ignore);
    utext_close(empty);
    utext_close(ut);
    return rc;
}

fts5_api* fts5Api(sqlite3* db, QString* error)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, nullptr) != SQLITE_OK) {
        if (error)
            *error = QStringLiteral("SQLite has no FTS5: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
        return nullptr;
    }
    sqlite3_bind_pointer(st, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(st);
    sqlite3_finalize(st);
    if (!api && error)
        *error = QStringLiteral("SQLite did not give the FTS5 API");
    return api;
}

} // namespace

bool registerSearchTokenizer(sqlite3* db, QString* error)
{
    if (!db) {
        if (error)
            *error = QStringLiteral("database is not open");
        return false;
    }
    fts5_api* api = fts5Api(db, error);
    if (!api)
        return false;
    fts5_tokenizer methods { create, destroy, tokenize };
    const int rc = api->xCreateTokenizer(api, kSearchTokenizerName, nullptr, &methods, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = QStringLiteral("registering the search tokenizer failed: %1")
                         .arg(QString::fromUtf8(sqlite3_errstr(rc)));
        return false;
    }
    return true;
}

} // namespace zanlink
