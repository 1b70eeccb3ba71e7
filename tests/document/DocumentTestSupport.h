#pragma once

// A hand-built meeting with every kind of content MinutesDocument lays out, and a guard that
// installs the Swedish translation for one test.

#include "Meeting.h"

#include <QCoreApplication>
#include <QString>
#include <QTranslator>

#include "QtPrinting.h"

namespace minutebook::test {

inline Attendance attendee(
    const char *name, const char *group, AttendanceStatus status = AttendanceStatus::Present)
{
    Attendance a;
    a.person.name = QString::fromUtf8(name);
    a.groupLabel = QString::fromUtf8(group);
    a.status = status;
    return a;
}

inline Meeting documentMeeting()
{
    Meeting m;
    m.body = {1, QStringLiteral("Ledningsgrupp HSS"), QStringLiteral("LG"),
        QString::fromUtf8("Skol- och fritidsförvaltningen")};
    m.title = QString::fromUtf8("Mötesanteckningar");
    m.date = QDate(2024, 2, 6);
    m.start = QTime(12, 0);
    m.end = QTime(16, 0);
    m.place = QStringLiteral("Jupiter");
    m.minuteTaker = QStringLiteral("Maria Boman Hansson");
    m.status = MeetingStatus::Approved;
    Attendance guest = attendee("Antonio Alas", "", AttendanceStatus::Guest);
    guest.note = QStringLiteral("Skoltempen");
    m.attendees = {attendee("Tony Mufic", "LG"), attendee("Lila Ericsson", "LG"),
        attendee("Karin Gerken", "LG", AttendanceStatus::Absent),
        attendee("Maria Holm", "Styrgruppen"), guest};

    AgendaItem opening;
    opening.title = QString::fromUtf8("Återkoppling från föregående möte");
    AgendaItem results;
    results.title = QStringLiteral("Skoltempen och betygsresultat");
    results.presenter = QStringLiteral("Lila Ericsson och Antonio Alas");
    results.responsible = QStringLiteral("LE");
    results.body = QString::fromUtf8("Höstens resultat presenterades.\n\n"
                                     "- Skoltempen\n  - på enhetsnivå\n- Beslutsstöd\n");
    results.decisions = {{0, 1, QString::fromUtf8("BUMS-dagarna genomförs 28–29 april 2026.")}};
    ActionItem action;
    action.text = QString::fromUtf8("Lila får i uppdrag att sammanställa resultaten.");
    action.assignee = QStringLiteral("Lila Ericsson");
    action.due = QDate(2024, 3, 1);
    results.actions = {action};
    AgendaItem info;
    info.title = QStringLiteral("Kort information");
    AgendaItem child;
    child.title = QStringLiteral("Skolplikt");
    child.responsible = QStringLiteral("KG");
    child.body = QString::fromUtf8("Nämnden har fattat beslut om vite.");
    child.decisions = {{0, 1, QString::fromUtf8("Förvaltningen följer upp skolplikten.")}};
    AgendaItem deferred;
    deferred.title = QStringLiteral("Hackshield prisutdelning");
    deferred.deferredTo = QDate(2024, 2, 20);
    info.children = {child, deferred};
    m.items = {opening, results, info};
    return m;
}

/// Swedish labels for as long as the guard lives.
class SwedishTranslation
{
public:
    SwedishTranslation()
        : m_loaded(m_translator.load(QStringLiteral(":/i18n/minutebook_sv.qm")))
    {
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~SwedishTranslation() { QCoreApplication::removeTranslator(&m_translator); }
    SwedishTranslation(const SwedishTranslation &) = delete;
    SwedishTranslation &operator=(const SwedishTranslation &) = delete;
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

} // namespace minutebook::test
