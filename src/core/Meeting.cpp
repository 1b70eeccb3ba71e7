#include "Meeting.h"

#include <QRegularExpression>

namespace minutebook {

namespace {
template<typename Enum, std::size_t N>
bool lookup(const QString &text, const std::pair<Enum, const char *> (&table)[N], Enum &out)
{
    for (const auto &entry : table) {
        if (text == QLatin1String(entry.second)) {
            out = entry.first;
            return true;
        }
    }
    return false;
}

template<typename Enum, std::size_t N>
QString name(Enum value, const std::pair<Enum, const char *> (&table)[N])
{
    for (const auto &entry : table) {
        if (entry.first == value)
            return QLatin1String(entry.second);
    }
    return {};
}

// These spellings are stored in the database and in the JSON format: never change them.
const std::pair<AttendanceStatus, const char *> attendanceNames[] = {
    {AttendanceStatus::Present, "present"},
    {AttendanceStatus::Absent, "absent"},
    {AttendanceStatus::Guest, "guest"},
};
const std::pair<MeetingStatus, const char *> meetingNames[] = {
    {MeetingStatus::Draft, "draft"},
    {MeetingStatus::Approved, "approved"},
};
const std::pair<ActionStatus, const char *> actionNames[] = {
    {ActionStatus::Open, "open"},
    {ActionStatus::Done, "done"},
};
} // namespace

QString toString(AttendanceStatus status)
{
    return name(status, attendanceNames);
}
QString toString(MeetingStatus status)
{
    return name(status, meetingNames);
}
QString toString(ActionStatus status)
{
    return name(status, actionNames);
}
bool fromString(const QString &text, AttendanceStatus &out)
{
    return lookup(text, attendanceNames, out);
}
bool fromString(const QString &text, MeetingStatus &out)
{
    return lookup(text, meetingNames, out);
}
bool fromString(const QString &text, ActionStatus &out)
{
    return lookup(text, actionNames, out);
}

bool Person::isEmailAddress(const QString &address)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return address.isEmpty() || pattern.match(address).hasMatch();
}

} // namespace minutebook
