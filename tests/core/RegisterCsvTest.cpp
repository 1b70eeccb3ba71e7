#include "RegisterCsv.h"

#include <gtest/gtest.h>

using namespace minutebook;

namespace {
DecisionRecord decision(const QString &text)
{
    DecisionRecord d;
    d.date = QDate(2024, 2, 6);
    d.bodyName = QStringLiteral("Ledningsgrupp HSS");
    d.bodyShortName = QStringLiteral("LG");
    d.itemNumber = QStringLiteral("3");
    d.itemTitle = QStringLiteral("Skolvalet");
    d.reference = QStringLiteral("LG 2024-02-06 §3");
    d.text = text;
    return d;
}
} // namespace

TEST(RegisterCsv, ExcelFriendlyByDefault)
{
    const QByteArray csv = RegisterCsv::decisions({decision(QStringLiteral("Gruppen beslutar."))});
    EXPECT_EQ(csv,
        QByteArray("\xEF\xBB\xBF"
                   "Date;Body;Item;Title;Reference;Decision\r\n")
            + QStringLiteral("2024-02-06;Ledningsgrupp HSS;3;Skolvalet;LG 2024-02-06 §3;Gruppen "
                             "beslutar.\r\n")
                  .toUtf8());
}

TEST(RegisterCsv, QuotesWhatWouldBreakAField)
{
    const QByteArray csv = RegisterCsv::decisions(
        {decision(QStringLiteral("Ja; med \"ändringar\"\noch mer"))}, {QLatin1Char(';'), false});
    EXPECT_FALSE(csv.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(
        csv.endsWith(QStringLiteral(";\"Ja; med \"\"ändringar\"\"\noch mer\"\r\n").toUtf8()));
    // With a comma as separator the semicolon needs no quotes, the comma does.
    EXPECT_EQ(RegisterCsv::field(QStringLiteral("a;b"), QLatin1Char(',')), QStringLiteral("a;b"));
    EXPECT_EQ(
        RegisterCsv::field(QStringLiteral("a,b"), QLatin1Char(',')), QStringLiteral("\"a,b\""));
    EXPECT_EQ(
        RegisterCsv::field(QStringLiteral("a\tb"), QLatin1Char('\t')), QStringLiteral("\"a\tb\""));
}

TEST(RegisterCsv, ActionsWithSeparatorChoice)
{
    ActionRecord a;
    a.date = QDate(2024, 2, 6);
    a.bodyName = QStringLiteral("LG");
    a.text = QStringLiteral("Boka lokal");
    a.assignee = QStringLiteral("Åsa Berg");
    a.due = QDate(2024, 3, 1);
    const QByteArray csv = RegisterCsv::actions({a}, {QLatin1Char('\t'), true});
    EXPECT_TRUE(
        csv.startsWith("\xEF\xBB\xBF"
                       "Date\tBody\tItem\tTitle\tAssignment\tResponsible\tDue\tStatus\r\n"));
    EXPECT_TRUE(csv.endsWith(
        QStringLiteral("2024-02-06\tLG\t\t\tBoka lokal\tÅsa Berg\t2024-03-01\topen\r\n").toUtf8()));
    EXPECT_EQ(RegisterCsv::separatorFromName(QStringLiteral("comma")), QLatin1Char(','));
    EXPECT_EQ(RegisterCsv::separatorFromName(QStringLiteral("TAB")), QLatin1Char('\t'));
    EXPECT_EQ(RegisterCsv::separatorFromName(QStringLiteral(";")), QLatin1Char(';'));
    EXPECT_TRUE(RegisterCsv::separatorFromName(QStringLiteral("pipe")).isNull());
}
