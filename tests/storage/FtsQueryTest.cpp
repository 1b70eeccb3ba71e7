#include "FtsQuery.h"

#include <gtest/gtest.h>

using namespace minutebook;

namespace {
QString expr(const char *text)
{
    return FtsQuery::fromUserText(QString::fromUtf8(text)).expression;
}
} // namespace

TEST(FtsQuery, PlainWordsMustAllMatch)
{
    EXPECT_EQ(expr("skolval budget"), QStringLiteral("\"skolval\" AND \"budget\""));
}

TEST(FtsQuery, PhrasePrefixAndExclusion)
{
    EXPECT_EQ(expr("\"riktat stöd\""), QStringLiteral("\"riktat stöd\""));
    EXPECT_EQ(expr("kvalitet*"), QStringLiteral("\"kvalitet\"*"));
    EXPECT_EQ(expr("budget -2025"), QStringLiteral("(\"budget\") NOT \"2025\""));
    EXPECT_EQ(expr("budget -\"nästa år\" skola"),
        QStringLiteral("(\"budget\" AND \"skola\") NOT \"nästa år\""));
}

TEST(FtsQuery, OperatorsAndPunctuationAreTakenLiterally)
{
    EXPECT_EQ(expr("a OR b"), QStringLiteral("\"a\" AND \"OR\" AND \"b\""));
    EXPECT_EQ(expr("NEAR(a b)"), QStringLiteral("\"NEAR(a\" AND \"b)\""));
    EXPECT_EQ(expr("title:budget"), QStringLiteral("\"title:budget\""));
    // A quote inside a word is a character of the word, doubled inside the FTS5 string.
    EXPECT_EQ(expr("x\"y"), QStringLiteral("\"x\"\"y\""));
    EXPECT_EQ(expr("'; DROP TABLE meetings; --"),
        QStringLiteral("\"DROP\" AND \"TABLE\" AND \"meetings;\""));
    // Control characters (a NUL ends a string in SQLite's parser) count as spaces.
    EXPECT_EQ(FtsQuery::fromUserText(QStringLiteral("a") + QChar(0) + QStringLiteral("b\u0001c"))
                  .expression,
        QStringLiteral("\"a\" AND \"b\" AND \"c\""));
}

TEST(FtsQuery, NothingSearchableGivesAnEmptyQuery)
{
    for (const char *text : {"", "   ", "*", "\"", "()", "-", "- -", "\"\"", "^", "--"}) {
        EXPECT_TRUE(FtsQuery::fromUserText(QString::fromUtf8(text)).isEmpty()) << text;
    }
    const FtsQuery onlyExcluded = FtsQuery::fromUserText(QStringLiteral("-budget"));
    EXPECT_TRUE(onlyExcluded.isEmpty());
    EXPECT_FALSE(onlyExcluded.hint.isEmpty());
}

TEST(FtsQuery, UnclosedQuoteRunsToTheEnd)
{
    EXPECT_EQ(expr("\"riktat stöd"), QStringLiteral("\"riktat stöd\""));
}

TEST(FtsQuery, RestrictedToAColumnKeepsExclusionsEverywhere)
{
    const FtsQuery q = FtsQuery::fromUserText(QStringLiteral("budget skola -2025"));
    EXPECT_EQ(q.restrictedTo(QStringLiteral("title")),
        QStringLiteral("{title} : (\"budget\" AND \"skola\") NOT \"2025\""));
    EXPECT_TRUE(FtsQuery::fromUserText(QStringLiteral("-x"))
                    .restrictedTo(QStringLiteral("title"))
                    .isEmpty());
}

TEST(FtsQuery, KnowsWhetherAWantedTermIsAPrefix)
{
    EXPECT_TRUE(FtsQuery::fromUserText(QStringLiteral("kvalitet*")).prefix);
    EXPECT_TRUE(FtsQuery::fromUserText(QStringLiteral("skolval kvalitet*")).prefix);
    EXPECT_FALSE(FtsQuery::fromUserText(QStringLiteral("skolval")).prefix);
    EXPECT_FALSE(FtsQuery::fromUserText(QStringLiteral("\"kvalitet*\"")).prefix);
    EXPECT_FALSE(FtsQuery::fromUserText(QStringLiteral("skolval -kval*")).prefix);
}
