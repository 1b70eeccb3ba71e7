#pragma once

// Meetings built by hand for tests: a small one with one item (smallMeeting) and one with every
// kind of content (sampleMeeting). Core types only.

#include "Meeting.h"

namespace minutebook::test {

inline Meeting smallMeeting(const QString &itemTitle = QStringLiteral("Budget 2025"))
{
    Meeting m;
    m.body.name = QStringLiteral("Ledningsgrupp HSS");
    m.body.shortName = QStringLiteral("LG");
    m.title = QStringLiteral("Mötesanteckningar");
    m.date = QDate(2024, 2, 6);
    m.start = QTime(12, 0);
    m.end = QTime(16, 0);
    m.place = QStringLiteral("Jupiter");
    m.minuteTaker = QStringLiteral("Maria Boman Hansson");
    Attendance a;
    a.person.name = QStringLiteral("Lila Ericsson");
    a.person.initials = QStringLiteral("LE");
    a.groupLabel = QStringLiteral("LG");
    m.attendees = {a};
    AgendaItem item;
    item.title = itemTitle;
    item.body = QStringLiteral("Förvaltningen går igenom förslaget.");
    m.items = {item};
    return m;
}

/// Every kind of content: sub-groups, an absentee, a guest, a decision, an assignment, a
/// deferred sub-item. Ids are set as a loaded meeting has them.
inline Meeting sampleMeeting()
{
    Meeting m;
    m.id = 7;
    m.body = {1, QStringLiteral("Ledningsgrupp HSS"), QStringLiteral("LG"),
        QStringLiteral("Skol- och fritidsförvaltningen")};
    m.title = QStringLiteral("Mötesanteckningar");
    m.date = QDate(2024, 2, 6);
    m.start = QTime(12, 0);
    m.end = QTime(16, 0);
    m.place = QStringLiteral("Jupiter");
    m.minuteTaker = QStringLiteral("Maria Boman Hansson");
    Attendance present;
    present.person
        = {1, QStringLiteral("Lila Ericsson"), QStringLiteral("LE"), QString(), QString()};
    present.groupLabel = QStringLiteral("LG");
    Attendance steering;
    steering.person = {2, QStringLiteral("Maria Holm"), QStringLiteral("MH"), QString(), QString()};
    steering.groupLabel = QStringLiteral("Styrgruppen");
    Attendance absent;
    absent.person = {3, QStringLiteral("Karin Gerken"), QStringLiteral("KG"), QString(), QString()};
    absent.groupLabel = QStringLiteral("LG");
    absent.status = AttendanceStatus::Absent;
    Attendance guest;
    guest.person = {4, QStringLiteral("Antonio Alas"), QString(), QString(), QString()};
    guest.status = AttendanceStatus::Guest;
    guest.note = QStringLiteral("Skoltempen");
    m.attendees = {present, steering, absent, guest};

    AgendaItem opening;
    opening.title = QStringLiteral("Återkoppling från föregående möte");
    AgendaItem results;
    results.title = QStringLiteral("Skoltempen och betygsresultat");
    results.presenter = QStringLiteral("Lila Ericsson och Antonio Alas");
    results.responsible = QStringLiteral("LE");
    results.body
        = QStringLiteral("Höstens resultat.\n\n- Skoltempen\n  - enhetsnivå\n- Beslutsstöd\n");
    results.decisions = {{0, 1, QStringLiteral("Ledningsgruppen beslutar att följa upp i maj.")}};
    ActionItem action;
    action.text = QStringLiteral("Lila får i uppdrag att sammanställa resultaten.");
    action.assignee = QStringLiteral("Lila Ericsson");
    action.due = QDate(2024, 3, 1);
    results.actions = {action};
    AgendaItem info;
    info.title = QStringLiteral("Kort information");
    AgendaItem child;
    child.title = QStringLiteral("Skolplikt");
    child.responsible = QStringLiteral("KG");
    child.body = QStringLiteral("Nämnden har fattat beslut om vite.");
    AgendaItem deferred;
    deferred.title = QStringLiteral("Hackshield prisutdelning");
    deferred.deferredTo = QDate(2024, 3, 12);
    info.children = {child, deferred};
    m.items = {opening, results, info};
    return m;
}

} // namespace minutebook::test
