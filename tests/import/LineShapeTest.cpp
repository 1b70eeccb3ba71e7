#include "LineShape.h"
#include "BlockBuilder.h"
#include "ItemLocator.h"

#include <gtest/gtest.h>

using namespace minutebook;

namespace {
QString u(const char *text)
{
    return QString::fromUtf8(text);
}

QVector<SourceLine> linesOf(const char *text)
{
    return LineCleaner::split(u(text));
}
} // namespace

TEST(LineShape, BulletsOfEveryKind)
{
    QString rest;
    EXPECT_EQ(LineShape::bullet(u("• Text"), &rest), 1);
    EXPECT_EQ(rest, u("Text"));
    EXPECT_EQ(LineShape::bullet(u("•Text"), &rest), 1);
    EXPECT_EQ(LineShape::bullet(u("- Text")), 1);
    EXPECT_EQ(LineShape::bullet(u("– Text")), 1);
    EXPECT_EQ(LineShape::bullet(u("o Text")), 2);
    EXPECT_EQ(LineShape::bullet(u("◦ Text")), 2);
    EXPECT_EQ(LineShape::bullet(u("▪ Text")), 3);
    EXPECT_EQ(LineShape::bullet(u("-5 grader")), 0);
    EXPECT_EQ(LineShape::bullet(u("och sedan")), 0);
    EXPECT_EQ(LineShape::bullet(u("Olle")), 0);
}

TEST(LineShape, NumberedLines)
{
    LineShape::Numbered n;
    ASSERT_TRUE(LineShape::numbered(u("3. Aktuellt läge"), &n));
    EXPECT_EQ(n.number, 3);
    EXPECT_EQ(n.style, QLatin1Char('.'));
    EXPECT_EQ(n.rest, u("Aktuellt läge"));
    ASSERT_TRUE(LineShape::numbered(u("2) Budget"), &n));
    EXPECT_EQ(n.style, QLatin1Char(')'));
    ASSERT_TRUE(LineShape::numbered(u("§ 4 Lokaler"), &n));
    EXPECT_EQ(n.number, 4);
    for (const char *line : {"12.00 lunch", "6.1 Underpunkt", "2024-02-06", "100. Hundra",
             "10/6 möte", "0. Noll", "3.", "16-kommuners"}) {
        EXPECT_FALSE(LineShape::numbered(u(line))) << line;
    }
}

TEST(LineShape, JoinMendsHyphenatedBreaks)
{
    EXPECT_EQ(LineShape::join(u("ändringar i arbets-"), u("sätt")), u("ändringar i arbetssätt"));
    EXPECT_EQ(LineShape::join(u("inom VP och VP-"), u("uppdragen")), u("inom VP och VP-uppdragen"));
    EXPECT_EQ(LineShape::join(u("Skol-"), u("och fritidsförvaltningen")),
        u("Skol- och fritidsförvaltningen"));
    EXPECT_EQ(LineShape::join(u("arrangera Yrkes-"), u("SM")), u("arrangera Yrkes-SM"));
    EXPECT_EQ(LineShape::join(u("ny e-"), u("tjänst")), u("ny e-tjänst"));
    EXPECT_EQ(LineShape::join(u("den 28–"), u("29 april")), u("den 28–29 april"));
    EXPECT_EQ(LineShape::join(u("samt om"), u("skolvalet")), u("samt om skolvalet"));
}

TEST(LineShape, TitlesNamesAndResponsible)
{
    EXPECT_TRUE(LineShape::isTitleLike(u("Avtal klart med SL (Karin)")));
    EXPECT_TRUE(LineShape::isTitleLike(u("Kunskapstjänster NE digitalt, hur gör vi framöver?")));
    EXPECT_FALSE(LineShape::isTitleLike(u("Övriga systergrupper:")));
    EXPECT_FALSE(LineShape::isTitleLike(u("och sedan")));
    EXPECT_TRUE(LineShape::looksLikeNames(u("Tony Mufic, Peter Abrahamsson, Cecilia")));
    EXPECT_TRUE(LineShape::looksLikeNames(u("Cecilia och Susanne F")));
    EXPECT_TRUE(LineShape::looksLikeNames(u("Ebba von Essen")));
    EXPECT_FALSE(LineShape::looksLikeNames(u("detta sker i juni")));
    EXPECT_FALSE(LineShape::looksLikeNames(u("Budget 2026")));
    QString title;
    QString names;
    ASSERT_TRUE(LineShape::splitTrailingNames(
        u("RISE partnerskap (Cecilia och Susanne F)"), &title, &names));
    EXPECT_EQ(title, u("RISE partnerskap"));
    EXPECT_EQ(names, u("Cecilia och Susanne F"));
    EXPECT_FALSE(LineShape::splitTrailingNames(
        u("Skolorna medverkar. (detta sker i juni och inte i granskningen)"), &title, &names));
    EXPECT_EQ(LineShape::initials(u("Maria Boman Hansson")), u("MBH"));
}

TEST(BlockBuilder, WrappedLinesJoinHeadingsAndBulletsStayApart)
{
    const auto lines = linesOf(
        "Styrgruppen\n"
        "Tony och Maria H har varit på nätverksträff där tjänstemän och politiker träffades och\n"
        "diskuterade.\n"
        "\n"
        "• Kommande kontorsmöte, info kommer ges om att flytta mail till molnet samt om\n"
        "skolvalet\n"
        "\n"
        "• Karin informerar.\n"
        " Övriga systergrupper:\n");
    const QVector<TextBlock> blocks = BlockBuilder(50).build(lines);
    ASSERT_EQ(blocks.size(), 5);
    EXPECT_EQ(blocks.at(0).kind, TextBlock::Kind::Heading);
    EXPECT_EQ(blocks.at(1).text,
        u("Tony och Maria H har varit på nätverksträff där tjänstemän och "
          "politiker träffades och diskuterade."));
    EXPECT_EQ(blocks.at(2).kind, TextBlock::Kind::Bullet);
    EXPECT_TRUE(blocks.at(2).text.endsWith(u("samt om skolvalet")));
    EXPECT_EQ(blocks.at(3).kind, TextBlock::Kind::Bullet);
    EXPECT_EQ(blocks.at(4).text, u("Övriga systergrupper:"));
    EXPECT_EQ(blocks.at(4).line, 9);
}

TEST(BlockBuilder, AWrappedSentenceContinuesOverAPageBreak)
{
    const auto lines = linesOf("Arbetet med analysen ska fortsätta under våren och\n\n"
                               "helsingborg.se Postadress 251 89 Helsingborg\n\n"
                               "sommaren.\n\nNästa stycke.\n");
    const QVector<TextBlock> blocks = BlockBuilder(40).build(lines);
    ASSERT_EQ(blocks.size(), 2);
    EXPECT_EQ(blocks.at(0).text, u("Arbetet med analysen ska fortsätta under våren och sommaren."));
}

TEST(BlockBuilder, Labels)
{
    TextBlock block;
    ASSERT_TRUE(BlockBuilder::label(u("Föredragande: Lila Ericsson och Antonio Alas"), &block));
    EXPECT_EQ(block.label, TextBlock::Label::Presenter);
    EXPECT_EQ(block.text, u("Lila Ericsson och Antonio Alas"));
    ASSERT_TRUE(BlockBuilder::label(u("Föredragande Tony Mufic"), &block));
    EXPECT_EQ(block.text, u("Tony Mufic"));
    ASSERT_TRUE(BlockBuilder::label(u("Beslut: Ja."), &block));
    EXPECT_EQ(block.label, TextBlock::Label::Decision);
    EXPECT_FALSE(BlockBuilder::label(u("Beslut om BUMS dagar nästa år"), nullptr));
    EXPECT_FALSE(BlockBuilder::label(u("Föredragandet var bra"), nullptr));
}

TEST(ItemLocator, ANumberedListInsideAnItemIsNotAnItem)
{
    // Item 2 holds a list 1-3, and item 3 follows: the list's "3." must not take its place.
    const auto lines = linesOf("1. Incheckning\n\n"
                               "2. Frågor att diskutera\n\n"
                               "Diskussion utifrån följande frågor:\n\n"
                               "1. Finns det ett värde i att ta del av planerna?\n"
                               "2. Vad tänkte du när du läste dem?\n"
                               "3. Något att tänka på?\n\n"
                               "3. Budget 2025\n\n"
                               "Text om budgeten.\n\n"
                               "4. Utcheckning\n");
    const QVector<ItemHead> heads = ItemLocator(lines, 40).locate();
    ASSERT_EQ(heads.size(), 4);
    EXPECT_EQ(heads.at(2).title, u("Budget 2025"));
    EXPECT_EQ(heads.at(2).index, 10);
    EXPECT_EQ(heads.at(3).title, u("Utcheckning"));
}

TEST(ItemLocator, ResponsibleInParenthesesAndWrappedTitles)
{
    const auto lines
        = linesOf("1. Information om förslag till budget 2026 och verksamhetsplan för\n"
                  "kommande år (Tony)\n\nText.\n");
    const QVector<ItemHead> heads = ItemLocator(lines, 40).locate();
    ASSERT_EQ(heads.size(), 1);
    EXPECT_EQ(heads.at(0).title,
        u("Information om förslag till budget 2026 och verksamhetsplan för kommande år"));
    EXPECT_EQ(heads.at(0).responsible, u("Tony"));
    EXPECT_EQ(heads.at(0).bodyStart, 2);
}
