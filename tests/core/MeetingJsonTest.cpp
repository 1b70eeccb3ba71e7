#include "MeetingJson.h"
#include "MeetingBuilders.h"
#include "MeetingCounts.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace minutebook;

TEST(MeetingJson, HeaderFieldsUseTheDocumentedNamesAndIsoDates)
{
    const QJsonObject o = MeetingJson::toJson(test::sampleMeeting());
    EXPECT_EQ(o.value(QStringLiteral("id")).toInteger(), 7);
    EXPECT_EQ(o.value(QStringLiteral("body")).toString(), QStringLiteral("Ledningsgrupp HSS"));
    EXPECT_EQ(o.value(QStringLiteral("date")).toString(), QStringLiteral("2024-02-06"));
    EXPECT_EQ(o.value(QStringLiteral("start")).toString(), QStringLiteral("12:00"));
    EXPECT_EQ(o.value(QStringLiteral("end")).toString(), QStringLiteral("16:00"));
    EXPECT_EQ(o.value(QStringLiteral("place")).toString(), QStringLiteral("Jupiter"));
    EXPECT_EQ(
        o.value(QStringLiteral("minuteTaker")).toString(), QStringLiteral("Maria Boman Hansson"));
    EXPECT_EQ(o.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
}

TEST(MeetingJson, AttendeesCarryGroupAndStatus)
{
    const QJsonArray attendees
        = MeetingJson::toJson(test::sampleMeeting()).value(QStringLiteral("attendees")).toArray();
    ASSERT_EQ(attendees.size(), 4);
    const QJsonObject steering = attendees.at(1).toObject();
    EXPECT_EQ(steering.value(QStringLiteral("name")).toString(), QStringLiteral("Maria Holm"));
    EXPECT_EQ(steering.value(QStringLiteral("initials")).toString(), QStringLiteral("MH"));
    EXPECT_EQ(steering.value(QStringLiteral("group")).toString(), QStringLiteral("Styrgruppen"));
    EXPECT_EQ(attendees.at(2).toObject().value(QStringLiteral("status")).toString(),
        QStringLiteral("absent"));
    EXPECT_EQ(attendees.at(3).toObject().value(QStringLiteral("status")).toString(),
        QStringLiteral("guest"));
    EXPECT_EQ(attendees.at(3).toObject().value(QStringLiteral("note")).toString(),
        QStringLiteral("Skoltempen"));
}

TEST(MeetingJson, ItemsNestWithNumbersDecisionsAndActions)
{
    const QJsonArray items
        = MeetingJson::toJson(test::sampleMeeting()).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 3);
    const QJsonObject results = items.at(1).toObject();
    EXPECT_EQ(results.value(QStringLiteral("number")).toString(), QStringLiteral("2"));
    EXPECT_EQ(results.value(QStringLiteral("presenter")).toString(),
        QStringLiteral("Lila Ericsson och Antonio Alas"));
    const QJsonObject decision
        = results.value(QStringLiteral("decisions")).toArray().at(0).toObject();
    EXPECT_EQ(decision.value(QStringLiteral("number")).toInt(), 1);
    EXPECT_EQ(
        decision.value(QStringLiteral("reference")).toString(), QStringLiteral("LG 2024-02-06 §2"));
    const QJsonObject action = results.value(QStringLiteral("actions")).toArray().at(0).toObject();
    EXPECT_EQ(action.value(QStringLiteral("assignee")).toString(), QStringLiteral("Lila Ericsson"));
    EXPECT_EQ(action.value(QStringLiteral("due")).toString(), QStringLiteral("2024-03-01"));
    EXPECT_EQ(action.value(QStringLiteral("status")).toString(), QStringLiteral("open"));

    const QJsonArray children = items.at(2).toObject().value(QStringLiteral("children")).toArray();
    ASSERT_EQ(children.size(), 2);
    EXPECT_EQ(children.at(0).toObject().value(QStringLiteral("number")).toString(),
        QStringLiteral("3.1"));
    EXPECT_EQ(children.at(1).toObject().value(QStringLiteral("deferredTo")).toString(),
        QStringLiteral("2024-03-12"));
    EXPECT_TRUE(children.at(0).toObject().value(QStringLiteral("children")).toArray().isEmpty());
}

TEST(MeetingJson, MissingTimesAndDatesAreNull)
{
    Meeting m = test::sampleMeeting();
    m.start = QTime();
    m.items[1].actions[0].due = QDate();
    const QJsonObject o = MeetingJson::toJson(m);
    EXPECT_TRUE(o.value(QStringLiteral("start")).isNull());
    const QJsonObject action = o.value(QStringLiteral("items"))
                                   .toArray()
                                   .at(1)
                                   .toObject()
                                   .value(QStringLiteral("actions"))
                                   .toArray()
                                   .at(0)
                                   .toObject();
    EXPECT_TRUE(action.value(QStringLiteral("due")).isNull());
}

TEST(MeetingStatusNames, RoundTripAndRejectUnknown)
{
    for (auto s : {AttendanceStatus::Present, AttendanceStatus::Absent, AttendanceStatus::Guest}) {
        AttendanceStatus back = AttendanceStatus::Present;
        ASSERT_TRUE(fromString(toString(s), back));
        EXPECT_EQ(back, s);
    }
    MeetingStatus m = MeetingStatus::Draft;
    EXPECT_TRUE(fromString(QStringLiteral("approved"), m));
    EXPECT_EQ(m, MeetingStatus::Approved);
    EXPECT_FALSE(fromString(QStringLiteral("Approved"), m));
    ActionStatus a = ActionStatus::Open;
    EXPECT_FALSE(fromString(QStringLiteral("closed"), a));
}

TEST(MeetingCounts, CountsAttendanceAndEveryItemLevel)
{
    const MeetingCounts c = MeetingCounts::of(test::sampleMeeting());
    EXPECT_EQ(c.present, 2);
    EXPECT_EQ(c.absent, 1);
    EXPECT_EQ(c.guests, 1);
    EXPECT_EQ(c.items, 5);
    EXPECT_EQ(c.decisions, 1);
    EXPECT_EQ(c.actions, 1);
    EXPECT_EQ(c.deferred, 1);
}
