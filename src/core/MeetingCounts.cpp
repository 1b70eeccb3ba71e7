#include "MeetingCounts.h"

#include "Numbering.h"

namespace minutebook {

MeetingCounts MeetingCounts::of(const Meeting &meeting)
{
    MeetingCounts c;
    for (const Attendance &a : meeting.attendees) {
        switch (a.status) {
        case AttendanceStatus::Present:
            ++c.present;
            break;
        case AttendanceStatus::Absent:
            ++c.absent;
            break;
        case AttendanceStatus::Guest:
            ++c.guests;
            break;
        }
    }
    forEachItem(meeting.items, [&c](const AgendaItem &item, const QString &, int) {
        ++c.items;
        c.decisions += int(item.decisions.size());
        c.actions += int(item.actions.size());
        c.deferred += item.deferredTo.isValid() ? 1 : 0;
    });
    return c;
}

} // namespace minutebook
