// The tokens the index stores for a word and what a query word looks up (SearchTerms); the
// expected stems are Snowball's Swedish algorithm's, written out by hand.

#include "SearchTerms.h"
#include "Database.h"
#include "MeetingBuilders.h"
#include "MeetingRepository.h"
#include "SearchIndex.h"
#include "TestDatabase.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace minutebook;

namespace {
struct Token
{
    std::string text;
    bool colocated;
    bool operator==(const Token &o) const { return text == o.text && colocated == o.colocated; }
};

std::vector<Token> document(const char *word)
{
    SwedishStemmer stemmer;
    std::vector<Token> out;
    SearchTerms::documentTokens(stemmer, word, [&out](std::string_view t, bool colocated) {
        out.push_back({std::string(t), colocated});
    });
    return out;
}

std::vector<std::string> query(const char *word, SearchTerms::QueryMode mode, bool prefix = false)
{
    SwedishStemmer stemmer;
    std::vector<std::string> out;
    SearchTerms::queryTokens(
        stemmer, word, mode, prefix, [&out](std::string_view t, bool) { out.emplace_back(t); });
    return out;
}

bool has(const std::vector<Token> &tokens, const std::string &text)
{
    for (const Token &t : tokens) {
        if (t.text == text)
            return true;
    }
    return false;
}
} // namespace

TEST(SearchTerms, AWordIsIndexedByItsStemWithTheWordAndItsTailsAtTheSamePlace)
{
    const std::vector<Token> tokens = document("skolmåltiderna");
    ASSERT_FALSE(tokens.empty());
    EXPECT_EQ(tokens.front(), (Token {"skolmåltid", false}));
    for (size_t i = 1; i < tokens.size(); ++i)
        EXPECT_TRUE(tokens[i].colocated) << tokens[i].text;
    EXPECT_TRUE(has(tokens, "\x01skolmåltiderna"));
    EXPECT_TRUE(has(tokens, "\x02måltid"));
    EXPECT_FALSE(has(tokens, "\x02na")) << "tails are at least four letters";
}

TEST(SearchTerms, ShortWordsAndNumbersHaveNoTailsAndAStemOnlyWordNoCopy)
{
    EXPECT_EQ(document("möte"), (std::vector<Token> {{"möt", false}, {"\x01möte", true}}));
    EXPECT_EQ(document("plan"), (std::vector<Token> {{"plan", false}}));
    for (const Token &t : document("20260616"))
        EXPECT_NE(t.text.front(), SearchTerms::tailMarker);
}

TEST(SearchTerms, DefiniteFormsSnowballLeavesAreLookedUpByTheirBaseForm)
{
    using Mode = SearchTerms::QueryMode;
    const auto looksUp = [](const char *word, const std::string &base) {
        const std::vector<std::string> tokens = query(word, Mode::Stem);
        return std::find(tokens.begin(), tokens.end(), base) != tokens.end();
    };
    EXPECT_TRUE(looksUp("beslutet", "beslut"));
    EXPECT_TRUE(looksUp("skolan", "skol"));
    EXPECT_TRUE(looksUp("frånvaron", "frånvaro"));
    EXPECT_TRUE(looksUp("läromedlen", "läromedel"));
    EXPECT_FALSE(looksUp("verksamhetsplanen", "verksamhetspl"))
        << "a word Snowball stemmed keeps its stem";
    EXPECT_FALSE(looksUp("barn", "bar")) << "an r-n ending is not taken off";
    // In the index only the shortened stems get their base: a word ending in -an or -et is
    // not cut ("verksamhetsplan" is no definite form).
    EXPECT_TRUE(has(document("läromedlen"), "läromedel"));
    EXPECT_FALSE(has(document("verksamhetsplan"), "verksamhetspl"));
    EXPECT_FALSE(has(document("beslutet"), "beslut"));
}

TEST(SearchTerms, QueriesLookUpStemsNamesAsWrittenAndTails)
{
    using Mode = SearchTerms::QueryMode;
    EXPECT_EQ(query("skolmåltider", Mode::Stem), (std::vector<std::string> {"skolmåltid"}));
    EXPECT_EQ(query("anders", Mode::Exact),
        (std::vector<std::string> {"\x01"
                                   "anders"}));
    EXPECT_EQ(query("karin", Mode::Exact), (std::vector<std::string> {"karin"}))
        << "a name that is its own stem is found as its stem";
    EXPECT_EQ(query("lärare", Mode::Tail), (std::vector<std::string> {"\x02lär"}));
    EXPECT_EQ(query("skolmåltidern", Mode::Stem, true),
        (std::vector<std::string> {"skolmåltidern", "\x01skolmåltidern"}))
        << "a prefix into an ending also matches the words as written";
    EXPECT_EQ(query("kvalitet", Mode::Stem, true), (std::vector<std::string> {"kvalitet"}));
}

TEST(SearchTerms, TheIdentityNamesTheRules)
{
    EXPECT_TRUE(SearchTerms::identity().startsWith(QStringLiteral("minutebook-sv 1 ")));
    EXPECT_EQ(SearchTerms::identity(), SearchTerms::identity());
}

TEST(SearchTerms, AMisspeltNameIsCorrectedFromThePersons)
{
    auto db = test::memoryDb();
    ASSERT_TRUE(db);
    Meeting m = test::smallMeeting();
    m.items[0].presenter = QStringLiteral("Birgitta Ingvarsson");
    ASSERT_TRUE(MeetingRepository(*db).insert(m).ok());
    SearchIndex index(*db);
    SearchOptions asTyped;
    asTyped.correctSpelling = false;
    EXPECT_TRUE(index.search(QStringLiteral("Ingvarson"), asTyped)->isEmpty());
    QString corrected;
    const auto hits = index.search(QStringLiteral("Ingvarson"), {}, &corrected);
    ASSERT_TRUE(hits.ok());
    EXPECT_FALSE(hits->isEmpty());
    EXPECT_EQ(corrected, QStringLiteral("ingvarsson"));
    EXPECT_EQ(index.suggestion(QStringLiteral("Ingvarson")).value(), QStringLiteral("ingvarsson"));
    EXPECT_TRUE(index.suggestion(QStringLiteral("Ingvarsson")).value().isEmpty());
}
