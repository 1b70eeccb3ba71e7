#include "SyntheticMinutes.h"
#include "MeetingJson.h"

#include <QJsonDocument>
#include <QSet>

#include <gtest/gtest.h>

using namespace minutebook;

namespace {
QByteArray json(const Meeting &m)
{
    return QJsonDocument(MeetingJson::toJson(m)).toJson();
}
} // namespace

TEST(SyntheticMinutes, SameSeedGivesSameMinutes)
{
    SyntheticMinutes a(50, 42);
    SyntheticMinutes b(50, 42);
    for (int i = 0; i < 50; ++i)
        ASSERT_EQ(json(a.meeting(i)), json(b.meeting(i))) << "meeting " << i;
}

TEST(SyntheticMinutes, OtherSeedGivesOtherMinutes)
{
    SyntheticMinutes a(10, 1);
    SyntheticMinutes b(10, 2);
    int different = 0;
    for (int i = 0; i < 10; ++i)
        different += json(a.meeting(i)) != json(b.meeting(i)) ? 1 : 0;
    EXPECT_GT(different, 5);
}

TEST(SyntheticMinutes, BodiesScaleWithCountAndDatesStayPlausible)
{
    SyntheticMinutes source(5000, 7);
    EXPECT_GE(source.bodies().size(), 10);
    QHash<QString, QDate> last;
    for (int i = 0; i < source.meetingCount(); ++i) {
        const Meeting m = source.meeting(i);
        ASSERT_TRUE(m.date.isValid());
        EXPECT_LE(m.date, QDate(2026, 6, 16));
        EXPECT_GE(m.date, QDate(1990, 1, 1));
        if (last.contains(m.body.name)) {
            EXPECT_GE(last.value(m.body.name).daysTo(m.date), 14)
                << "meetings of a body are weeks apart";
        }
        EXPECT_LE(m.date.dayOfWeek(), 5) << "meetings are held on weekdays";
        last.insert(m.body.name, m.date);
        EXPECT_LT(m.start, m.end);
    }
}

TEST(SyntheticMinutes, MeetingsHaveTheStructureOfRealMinutes)
{
    SyntheticMinutes source(400, 3);
    int decisions = 0, actions = 0, deferred = 0, children = 0, absent = 0, guests = 0;
    QSet<QString> titles;
    QSet<QString> words;
    for (int i = 0; i < 400; ++i) {
        const Meeting m = source.meeting(i);
        ASSERT_GE(m.items.size(), 4);
        EXPECT_FALSE(m.minuteTaker.isEmpty());
        QSet<QString> names;
        for (const Attendance &a : m.attendees) {
            EXPECT_FALSE(names.contains(a.person.name)) << "a person attends once";
            names.insert(a.person.name);
            absent += a.status == AttendanceStatus::Absent;
            guests += a.status == AttendanceStatus::Guest;
        }
        for (const AgendaItem &item : m.items) {
            titles.insert(item.title);
            decisions += int(item.decisions.size());
            actions += int(item.actions.size());
            deferred += item.deferredTo.isValid();
            children += int(item.children.size());
            for (const QString &w : item.body.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                words.insert(w);
        }
    }
    EXPECT_GT(decisions, 100);
    EXPECT_GT(actions, 100);
    EXPECT_GT(deferred, 10);
    EXPECT_GT(children, 400);
    EXPECT_GT(absent, 50);
    EXPECT_GT(guests, 20);
    EXPECT_GT(titles.size(), 100) << "varied item titles";
    EXPECT_GT(words.size(), 150) << "varied vocabulary";
    EXPECT_TRUE(std::any_of(words.cbegin(), words.cend(), [](const QString &w) {
        return w.contains(QChar(0xe5)) || w.contains(QChar(0xf6));
    })) << "Swedish letters";
}
