#include "LineCleaner.h"
#include "PageJunk.h"

#include <gtest/gtest.h>

using namespace minutebook;

namespace {
QString u(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

TEST(LineCleaner, OddSpacesBecomeOnePlainSpace)
{
    EXPECT_EQ(LineCleaner::normalise(u("  Tony\u00A0Mufic,\u2009Lila \u202F Ericsson\t ")),
        u("Tony Mufic, Lila Ericsson"));
    EXPECT_EQ(LineCleaner::normalise(u("zero\u200Bwidth\uFEFF")), u("zerowidth"));
}

TEST(LineCleaner, PrivateUseBulletsBecomeBullets)
{
    EXPECT_EQ(LineCleaner::normalise(u("\uF0B7\u00A0Första punkten")), u("• Första punkten"));
    EXPECT_EQ(LineCleaner::normalise(u("\uF0A7 Tredje nivån")), u("▪ Tredje nivån"));
    EXPECT_EQ(LineCleaner::normalise(u("\uF076 Annat tecken")), u("• Annat tecken"));
}

TEST(LineCleaner, SoftHyphenShowsOnlyAtTheLineEnd)
{
    EXPECT_EQ(LineCleaner::normalise(u("arbets\u00ADsätt")), u("arbetssätt"));
    EXPECT_EQ(LineCleaner::normalise(u("arbets\u00AD ")), u("arbets-"));
}

TEST(LineCleaner, SplitNumbersLinesAndFlagsFooters)
{
    const QVector<SourceLine> lines = LineCleaner::split(
        u("Text\n\nhelsingborg.se Postadress 251 89 Helsingborg · Kontaktcenter 042-10 50 00 · "
          "kontaktcenter@helsingborg.se\nmailto:kontaktcenter@helsingborg.se\nSida 2 av 5\n"
          "Mer text\n"));
    ASSERT_EQ(lines.size(), 6);
    EXPECT_EQ(lines.at(0).number, 1);
    EXPECT_FALSE(lines.at(0).junk);
    EXPECT_TRUE(lines.at(1).isBlank());
    EXPECT_TRUE(lines.at(2).junk);
    EXPECT_TRUE(lines.at(3).junk);
    EXPECT_TRUE(lines.at(4).junk);
    EXPECT_FALSE(lines.at(5).junk);
    EXPECT_EQ(lines.at(5).number, 6);
}

TEST(PageJunk, ContactLinesAreRecognisedByShape)
{
    for (const char *line : {"helsingborg.se", "mailto:info@example.org",
             "Postadress 251 89 Helsingborg", "Besöksadress Drottninggatan 14 · 252 21 Helsingborg",
             "Telefon 042-10 50 00 · kommun@lund.se", "www.malmo.se · Tel 040-34 10 00"}) {
        EXPECT_TRUE(PageJunk::isContactLine(u(line))) << line;
    }
    for (const char *line : {"Ring Kontaktcenter 042-10 50 00 om du har frågor om skolvalet",
             "Underlag: https://intranat.example.se/dokument/123",
             "Beslut: BUMS-dagarna ska genomföras den 28–29 april 2026.", "Plats: Jupiter",
             "Skolverket har en utbildning inom området hållbar utveckling"}) {
        EXPECT_FALSE(PageJunk::isContactLine(u(line))) << line;
    }
}

TEST(PageJunk, PageNumbers)
{
    for (const char *line : {"3", "Sida 2 av 5", "Sida 2 (5)", "2 (5)", "- 2 -", "Page 4", "2/5"})
        EXPECT_TRUE(PageJunk::isPageNumber(u(line))) << line;
    for (const char *line : {"2024-02-06", "12.00–16.00", "3. Titel", "Sida vid sida"})
        EXPECT_FALSE(PageJunk::isPageNumber(u(line))) << line;
}

TEST(PageJunk, FirstPageHeaderRepeatedAfterAPageBreakIsJunk)
{
    const QVector<SourceLine> lines = LineCleaner::split(
        u("Skol och fritidsförvaltningen\nHSS Ledningsgrupp\n\n1. Incheckning\nText.\n"
          "helsingborg.se Postadress 251 89 Helsingborg\nSkol och fritidsförvaltningen\n"
          "HSS Ledningsgrupp\nMer text.\n\n\n\n\n\n\nHSS Ledningsgrupp\n"));
    EXPECT_FALSE(lines.at(0).junk);
    EXPECT_FALSE(lines.at(1).junk);
    EXPECT_TRUE(lines.at(5).junk);
    EXPECT_TRUE(lines.at(6).junk);
    EXPECT_TRUE(lines.at(7).junk);
    EXPECT_FALSE(lines.at(8).junk);
    // Far from any page break the same words are text.
    EXPECT_FALSE(lines.at(15).junk);
}

TEST(PageJunk, FormFeedMarksAPageStart)
{
    const QVector<SourceLine> lines
        = LineCleaner::split(u("HSS Ledningsgrupp\n1. Punkt\nText\n\fHSS Ledningsgrupp\nText"));
    EXPECT_TRUE(lines.at(3).pageStart);
    EXPECT_TRUE(lines.at(3).junk);
    EXPECT_EQ(lines.at(3).text, u("HSS Ledningsgrupp"));
}
