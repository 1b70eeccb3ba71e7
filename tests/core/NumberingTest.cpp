#include "Numbering.h"

#include <gtest/gtest.h>

using namespace minutebook;

TEST(Numbering, TopLevelAndNestedNumbers)
{
    EXPECT_EQ(itemNumber(QString(), 0), QStringLiteral("1"));
    EXPECT_EQ(itemNumber(QString(), 9), QStringLiteral("10"));
    EXPECT_EQ(itemNumber(QStringLiteral("6"), 1), QStringLiteral("6.2"));
    EXPECT_EQ(itemNumber(QStringLiteral("6.2"), 0), QStringLiteral("6.2.1"));
}

TEST(Numbering, DecisionReferenceCitesBodyDateAndItem)
{
    const QDate date(2024, 2, 6);
    EXPECT_EQ(decisionReference(QStringLiteral("LG"), date, QStringLiteral("3"), 0, 1),
        QStringLiteral("LG 2024-02-06 §3"));
    // Several decisions in one item get a running number after a colon.
    EXPECT_EQ(decisionReference(QStringLiteral("LG"), date, QStringLiteral("6.2"), 1, 2),
        QStringLiteral("LG 2024-02-06 §6.2:2"));
}

TEST(Numbering, ForEachItemVisitsInDocumentOrderWithDepth)
{
    AgendaItem a;
    a.title = QStringLiteral("a");
    AgendaItem b;
    b.title = QStringLiteral("b");
    AgendaItem b1;
    b1.title = QStringLiteral("b1");
    AgendaItem b2;
    b2.title = QStringLiteral("b2");
    b.children = {b1, b2};
    QStringList seen;
    forEachItem(
        QVector<AgendaItem> {a, b}, [&](const AgendaItem &item, const QString &number, int depth) {
            seen << QStringLiteral("%1:%2:%3").arg(number, item.title).arg(depth);
        });
    EXPECT_EQ(seen.join(QLatin1Char(' ')), QStringLiteral("1:a:0 2:b:0 2.1:b1:1 2.2:b2:1"));
}
