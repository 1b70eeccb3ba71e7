#pragma once

// What the search index stores for a word, and what a query word looks up: the rules of
// matching Swedish text, in one place (docs/search.md explains them with examples).
//
// For each word of a text (lower-cased by FTS5's unicode61 tokenizer, å, ä and ö kept):
//   - its Snowball Swedish stem ("skolmåltiderna" → "skolmåltid"), so every inflected form
//     finds every other; where Snowball keeps a shortened stem, also its base form at the same
//     position ("läromedlen" → "läromedl" → "läromedel"). A query word Snowball leaves whole
//     with a definite ending also looks up its base ("beslutet" → "beslut", "skolan" →
//     "skol"); the broader form finds the definite forms from the base (beslut → beslutet);
//   - when the word differs from its stem, the word itself behind exactMarker, at the same
//     position, so a name can be matched as written ("Anders" is not the stem "ander");
//   - for a word of at least minCompoundLength letters, the stem of each of its tails of at
//     least minTailLength letters behind a head of at least minHeadLength, behind tailMarker
//     ("skolmåltiderna" → "måltiderna" → "måltid"), so the tail of a compound is found.
// The head of a compound is found by a prefix query on the stem (FtsQuery).
//
// Query text sent to the tokenizer may begin with exactMarker (match the word as written) or
// tailMarker (match compounds ending in the word); FtsQuery puts them there, and removes them
// from anything a person typed.

#include <QString>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

struct sb_stemmer;

namespace minutebook {

/// Snowball's Swedish stemmer (libstemmer). Not thread-safe: one per thread or tokenizer.
class SwedishStemmer
{
public:
    SwedishStemmer();
    ~SwedishStemmer();
    SwedishStemmer(const SwedishStemmer &) = delete;
    SwedishStemmer &operator=(const SwedishStemmer &) = delete;

    /// The stem of a lower-case UTF-8 word; valid until the next call.
    std::string_view stem(std::string_view word);
    QString stem(const QString &word);

private:
    sb_stemmer *m_stemmer;
};

namespace SearchTerms {

constexpr char exactMarker = '\x01';
constexpr char tailMarker = '\x02';
constexpr int minCompoundLength = 7;
constexpr int minHeadLength = 3;
constexpr int minTailLength = 4;
/// Below this many letters a query stem is matched whole, not as a prefix or a tail.
constexpr int minExpandedStem = 3;

/// The base form (and its own stem) where Snowball's stem is a shortened form, and with
/// `definite` (queries) where it kept a definite ending; empty when there is none. `stem` is
/// stemmer.stem(word).
std::vector<std::string> baseStems(
    SwedishStemmer &stemmer, std::string_view word, std::string_view stem, bool definite);

/// Receives one index token; `colocated`: at the same position as the previous one.
using Emit = std::function<void(std::string_view token, bool colocated)>;

/// The index tokens of one lower-case word, as listed above.
void documentTokens(SwedishStemmer &stemmer, std::string_view word, const Emit &put);

enum class QueryMode { Stem, Exact, Tail };
/// What a query word looks up. `prefix`: the word ends in * (the prefix is matched against
/// the stems and the words as written, unstemmed, as PostgreSQL does not).
void queryTokens(
    SwedishStemmer &stemmer, std::string_view word, QueryMode mode, bool prefix, const Emit &put);

/// Names this version of the rules and the stemmer's behaviour: an index built under another
/// identity must be rebuilt (an external-content index removes old rows by tokenising their
/// text again, so different rules would corrupt it).
QString identity();

/// Whether `c` belongs to a word as FTS5's unicode61 tokenizer sees it (letters, numbers,
/// private-use characters and combining marks); everything else separates words.
bool isWordCharacter(QChar c);

/// documentTokens of the words seen before, remembered: minutes repeat their words, and
/// stemming every tail of a long word is most of the cost of indexing. Not thread-safe.
class DocumentTokenCache
{
public:
    /// The tokens of a word and whether each is at the same position as the one before.
    using Tokens = std::vector<std::pair<std::string, bool>>;
    /// Valid until forgetIfFull().
    const Tokens &tokens(std::string_view word);
    /// Starts afresh when many words are remembered; call it between texts, never while
    /// holding what tokens() returned.
    void forgetIfFull();

private:
    static constexpr size_t rememberedWords = 50000;
    SwedishStemmer m_stemmer;
    std::unordered_map<std::string, Tokens> m_seen;
};

/// The words of `text` as FTS5's unicode61 tokenizer (remove_diacritics 0) splits them,
/// lower-cased: for checks that compare the index with a scan of the text.
QStringList words(const QString &text);

} // namespace SearchTerms

} // namespace minutebook
