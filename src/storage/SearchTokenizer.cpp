#include "SearchTokenizer.h"

#include "SearchTerms.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <sqlite3.h>

#include <cstring>
#include <new>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace minutebook {

namespace SearchTokenizer {

namespace {

struct Instance
{
    fts5_tokenizer unicode {};
    Fts5Tokenizer *unicodeInstance = nullptr;
    SwedishStemmer stemmer; ///< for queries
    SearchTerms::DocumentTokenCache documents;
};

struct Call
{
    Instance *instance;
    void *context;
    int (*xToken)(void *, int, const char *, int, int, int);
    int flags;
    SearchTerms::QueryMode mode;
    int rc = SQLITE_OK;
};

int onWord(void *context, int, const char *token, int size, int start, int end)
{
    Call &call = *static_cast<Call *>(context);
    const std::string_view word(token, size_t(size));
    const auto put = [&call, start, end](std::string_view out, bool colocated) {
        if (call.rc == SQLITE_OK)
            call.rc = call.xToken(call.context, colocated ? FTS5_TOKEN_COLOCATED : 0, out.data(),
                int(out.size()), start, end);
    };
    try {
        if (call.flags & FTS5_TOKENIZE_AUX) {
            // snippet() and highlight() only map positions to text and skip colocated tokens:
            // one token per word is all they need (the index's tokens are not worked out).
            put(word, false);
        } else if (call.flags & FTS5_TOKENIZE_QUERY) {
            SearchTerms::queryTokens(call.instance->stemmer, word, call.mode,
                (call.flags & FTS5_TOKENIZE_PREFIX) != 0, put);
        } else {
            // Each word's tokens are handed on before the next word is looked up.
            call.instance->documents.forgetIfFull();
            for (const auto &[out, colocated] : call.instance->documents.tokens(word))
                put(out, colocated);
        }
    } catch (const std::bad_alloc &) {
        call.rc = SQLITE_NOMEM;
    }
    return call.rc;
}

int create(void *api, const char **, int, Fts5Tokenizer **out)
{
    auto *fts5 = static_cast<fts5_api *>(api);
    Instance *instance = nullptr;
    try {
        instance = new Instance;
    } catch (const std::bad_alloc &) {
        return SQLITE_NOMEM;
    }
    void *unicodeContext = nullptr;
    int rc = fts5->xFindTokenizer(fts5, "unicode61", &unicodeContext, &instance->unicode);
    if (rc == SQLITE_OK) {
        const char *args[] = {"remove_diacritics", "0"};
        rc = instance->unicode.xCreate(unicodeContext, args, 2, &instance->unicodeInstance);
    }
    if (rc != SQLITE_OK) {
        delete instance;
        return rc;
    }
    *out = reinterpret_cast<Fts5Tokenizer *>(instance);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *tokenizer)
{
    auto *instance = reinterpret_cast<Instance *>(tokenizer);
    if (instance->unicodeInstance)
        instance->unicode.xDelete(instance->unicodeInstance);
    delete instance;
}

int tokenize(Fts5Tokenizer *tokenizer, void *context, int flags, const char *text, int size,
    int (*xToken)(void *, int, const char *, int, int, int))
{
    auto *instance = reinterpret_cast<Instance *>(tokenizer);
    Call call {instance, context, xToken, flags, SearchTerms::QueryMode::Stem};
    // FtsQuery marks a query string that is to be matched as written or as a compound's tail.
    // The marker is a control character, which unicode61 would drop as a separator anyway.
    if ((flags & FTS5_TOKENIZE_QUERY) && size > 0) {
        if (text[0] == SearchTerms::exactMarker)
            call.mode = SearchTerms::QueryMode::Exact;
        else if (text[0] == SearchTerms::tailMarker)
            call.mode = SearchTerms::QueryMode::Tail;
    }
    const int rc
        = instance->unicode.xTokenize(instance->unicodeInstance, &call, flags, text, size, onWord);
    return rc != SQLITE_OK ? rc : call.rc;
}

} // namespace

Status registerOn(const QSqlDatabase &db)
{
    const auto failed = [](const QString &why) {
        return Status::failure(QCoreApplication::translate(
            "minutebook::SearchTokenizer", "The search index cannot be used: %1")
                                   .arg(why));
    };
    sqlite3 *handle = sql::handle(db);
    if (!handle)
        return failed(QStringLiteral("not an SQLite connection"));
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return failed(QString::fromUtf8(sqlite3_errmsg(handle)));
    sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (!api)
        return failed(QStringLiteral("SQLite was built without FTS5"));
    fts5_tokenizer tokenizer {create, destroy, tokenize};
    if (api->xCreateTokenizer(api, name, api, &tokenizer, nullptr) != SQLITE_OK)
        return failed(QString::fromUtf8(sqlite3_errmsg(handle)));
    return {};
}

} // namespace SearchTokenizer

} // namespace minutebook
