#include "SearchTerms.h"

#include <QCryptographicHash>
#include <QStringList>

#include <libstemmer.h>

#include <new>
#include <vector>

namespace minutebook {

SwedishStemmer::SwedishStemmer()
    : m_stemmer(sb_stemmer_new("swedish", "UTF_8"))
{
    if (!m_stemmer)
        throw std::bad_alloc();
}

SwedishStemmer::~SwedishStemmer()
{
    sb_stemmer_delete(m_stemmer);
}

std::string_view SwedishStemmer::stem(std::string_view word)
{
    const sb_symbol *out = sb_stemmer_stem(
        m_stemmer, reinterpret_cast<const sb_symbol *>(word.data()), int(word.size()));
    if (!out)
        throw std::bad_alloc();
    return {reinterpret_cast<const char *>(out), size_t(sb_stemmer_length(m_stemmer))};
}

QString SwedishStemmer::stem(const QString &word)
{
    const QByteArray utf8 = word.toUtf8();
    const std::string_view s = stem(std::string_view(utf8.constData(), size_t(utf8.size())));
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

namespace SearchTerms {

namespace {
bool isContinuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Byte offsets of the letters of a UTF-8 word (one per code point).
std::basic_string<int> letterStarts(std::string_view word)
{
    std::basic_string<int> starts;
    for (size_t i = 0; i < word.size(); ++i) {
        if (!isContinuation(word[i]))
            starts.push_back(int(i));
    }
    return starts;
}

bool hasDigit(std::string_view word)
{
    for (const char c : word) {
        if (c >= '0' && c <= '9')
            return true;
    }
    return false;
}
} // namespace

namespace {
bool endsWith(std::string_view s, std::string_view end)
{
    return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

bool isVowel(char c)
{
    return std::string_view("aeiouy").find(c) != std::string_view::npos;
}

bool isConsonant(char c)
{
    return c >= 'a' && c <= 'z' && !isVowel(c);
}

constexpr int minBaseLength = 4; // letters left after an ending is taken off
} // namespace

std::vector<std::string> baseStems(
    SwedishStemmer &stemmer, std::string_view word, std::string_view stem, bool definite)
{
    // Stems that lost the e of -el/-er/-en ("läromedl", "regl", "teckn") get it back, in the
    // index and in queries alike. With `definite` (queries only, and only for a word Snowball
    // left whole): the definite -et, -an, -n after a vowel and a genitive -s after them come
    // off ("beslutet" → "beslut", "skolan" → "skol"). In the index that rule would also cut
    // words that merely end so ("verksamhetsplan"); there the broader form's prefix of the
    // stem finds the definite forms instead. Letters are counted in bytes: the endings are
    // ASCII, and å, ä, ö only make a stem longer than it looks.
    std::string base(stem);
    const size_t n = base.size();
    if (definite && stem == word) {
        if (endsWith(base, "s")
            && (endsWith(base, "ets") || endsWith(base, "ans") || endsWith(base, "ns")))
            base.pop_back();
        const size_t m = base.size();
        if (endsWith(base, "et") && m >= minBaseLength + 2)
            base.resize(m - 2);
        else if (endsWith(base, "an") && m >= minBaseLength + 2)
            base.resize(m - 2);
        else if (m >= minBaseLength + 1 && base[m - 1] == 'n' && isVowel(base[m - 2]))
            base.resize(m - 1);
    }
    if (base == stem && n >= minBaseLength
        && (base[n - 1] == 'l' || base[n - 1] == 'r' || base[n - 1] == 'n')
        && isConsonant(base[n - 2]) && base[n - 2] != base[n - 1] && base[n - 2] != 'r'
        && base[n - 2] != 'l')
        base.insert(n - 1, 1, 'e');
    std::vector<std::string> out;
    if (base == stem)
        return out;
    // The base itself and its stem: Snowball may stem the base form further than the
    // inflected ones ("betygsresultat" → "betygsresult", "betygsresultaten" → "betygsresultat").
    out.push_back(base);
    std::string again(stemmer.stem(base));
    if (again != base && again != stem)
        out.push_back(std::move(again));
    return out;
}

void documentTokens(SwedishStemmer &stemmer, std::string_view word, const Emit &put)
{
    const std::string stem(stemmer.stem(word));
    put(stem, false);
    for (const std::string &base : baseStems(stemmer, word, stem, false))
        put(base, true);
    std::string token;
    if (stem != word) {
        token.assign(1, exactMarker);
        token.append(word);
        put(token, true);
    }
    const std::basic_string<int> starts = letterStarts(word);
    const int letters = int(starts.size());
    if (letters < minCompoundLength || hasDigit(word))
        return;
    std::string previous;
    for (int head = minHeadLength; letters - head >= minTailLength; ++head) {
        token.assign(1, tailMarker);
        token.append(stemmer.stem(word.substr(size_t(starts[size_t(head)]))));
        if (token == previous)
            continue;
        put(token, true);
        previous = token;
    }
}

void queryTokens(
    SwedishStemmer &stemmer, std::string_view word, QueryMode mode, bool prefix, const Emit &put)
{
    std::string token;
    if (prefix && mode == QueryMode::Stem) {
        // A prefix matches stems, and where it runs into an inflection ending (its own stem is
        // shorter, "skolmåltidern*") also the words as written, whose stems may be shorter
        // than the prefix. Only then: a second prefix scan doubles the cost.
        put(word, false);
        if (stemmer.stem(word) != word) {
            token.assign(1, exactMarker);
            token.append(word);
            put(token, true);
        }
        return;
    }
    const std::string stem(stemmer.stem(word));
    switch (mode) {
    case QueryMode::Stem: {
        put(stem, false);
        for (const std::string &base : baseStems(stemmer, word, stem, true))
            put(base, true);
        return;
    }
    case QueryMode::Exact:
        // The index holds the word as written only where it differs from its stem.
        if (stem == word) {
            put(stem, false);
        } else {
            token.assign(1, exactMarker);
            token.append(word);
            put(token, false);
        }
        return;
    case QueryMode::Tail: {
        // Tails are stored as stems; a base form or a longer stem of the same tail
        // ("frånvaro" → "frånvaron") is caught when the query is a prefix.
        const std::vector<std::string> bases = baseStems(stemmer, word, stem, true);
        token.assign(1, tailMarker);
        token.append(bases.empty() || bases.front().size() > stem.size() ? stem : bases.front());
        put(token, false);
        return;
    }
    }
}

QString identity()
{
    // The stems of these words, and the tokens of a few compounds, fingerprint the stemmer
    // the program runs with: a new libstemmer whose Swedish rules changed gives another
    // identity, and the index is rebuilt.
    static const QString id = [] {
        static const char *const probes[] = {"beslut", "beslutet", "besluten", "beslutade",
            "skolmåltiderna", "skolmåltider", "budgetramen", "budgetarna", "lärarna",
            "modersmålslärare", "elevhälsoteamet", "verksamhetsplanen", "mötet", "möten", "skolan",
            "skolorna", "rektorer", "rektorn", "anders", "karins", "nyanländas", "utvecklingen",
            "kvalitetsrapporten", "medarbetarenkäten", "arbetsmiljön", "förvaltningens",
            "ledningsgruppen", "styrgruppens", "uppföljningar", "lovskola", "ekonomiska",
            "ekonomin", "samverkan", "språkutvecklingen", "åtgärderna"};
        SwedishStemmer stemmer;
        QCryptographicHash hash(QCryptographicHash::Sha1);
        for (const char *probe : probes) {
            documentTokens(stemmer, probe, [&hash](std::string_view token, bool colocated) {
                hash.addData(QByteArrayView(token.data(), qsizetype(token.size())));
                hash.addData(QByteArrayView(colocated ? "+" : "|", 1));
            });
        }
        return QStringLiteral("minutebook-sv 1 ")
            + QString::fromLatin1(hash.result().toHex().left(12));
    }();
    return id;
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Other_PrivateUse
        || c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining;
}

const DocumentTokenCache::Tokens &DocumentTokenCache::tokens(std::string_view word)
{
    auto found = m_seen.find(std::string(word));
    if (found == m_seen.end()) {
        Tokens tokens;
        documentTokens(m_stemmer, word, [&tokens](std::string_view token, bool colocated) {
            tokens.emplace_back(std::string(token), colocated);
        });
        found = m_seen.emplace(std::string(word), std::move(tokens)).first;
    }
    return found->second;
}

void DocumentTokenCache::forgetIfFull()
{
    if (m_seen.size() >= rememberedWords)
        m_seen.clear();
}

QStringList words(const QString &text)
{
    QStringList out;
    QString current;
    for (const QChar c : text) {
        if (isWordCharacter(c)) {
            current.append(c);
        } else if (!current.isEmpty()) {
            out.append(current.toLower());
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current.toLower());
    return out;
}

} // namespace SearchTerms

} // namespace minutebook
