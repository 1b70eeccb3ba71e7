#pragma once

// Realistic synthetic minutes of Swedish school-administration groups, for the first-run
// example, demos, tests and benchmarks. Deterministic for a seed; nothing is copied from real
// minutes: names, places and sentences are assembled from word lists.

#include "Meeting.h"

#include <QVector>

#include <random>

namespace minutebook {

class SyntheticMinutes
{
public:
    /// Plans `meetingCount` meetings spread over enough bodies that each meets every two to
    /// three weeks; meetings come oldest first per body, bodies interleaved.
    SyntheticMinutes(int meetingCount, quint64 seed);

    const QVector<Body> &bodies() const { return m_bodies; }
    const QVector<RosterEntry> &roster(int bodyIndex) const { return m_rosters.at(bodyIndex); }
    int meetingCount() const { return m_meetingCount; }

    /// The meeting with the given index (0 <= index < meetingCount()). Must be called with
    /// increasing indexes; body ids in the result are left 0 (the body name identifies it).
    Meeting meeting(int index);

private:
    int pick(int n);
    bool chance(int percent);
    QString any(const QStringList &list);
    QString sentence();
    QString paragraph(int sentences);
    QString bulletList();
    QString personName();
    QString firstName(const QString &fullName) const;
    AgendaItem topicItem(const Meeting &meeting);
    AgendaItem shortInfoItem(const Meeting &meeting);
    void addAttendance(Meeting &meeting, int bodyIndex);
    void planBodies(int meetingCount);

    int m_meetingCount = 0;
    std::mt19937_64 m_rng;
    QVector<Body> m_bodies;
    QVector<QVector<RosterEntry>> m_rosters;
    QVector<QString> m_places;
    QVector<QDate> m_firstDate;
    QVector<int> m_weekday;
    QVector<int> m_held;
    QStringList m_guests;
};

} // namespace minutebook
