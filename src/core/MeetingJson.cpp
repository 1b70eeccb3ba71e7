#include "MeetingJson.h"

#include "Numbering.h"

namespace minutebook {

namespace {
QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue timeValue(const QTime &time)
{
    return time.isValid() ? QJsonValue(time.toString(QStringLiteral("HH:mm"))) : QJsonValue();
}

QJsonValue approvalToJson(const Approval &approval)
{
    if (!approval.isRecorded())
        return QJsonValue();
    return QJsonObject {
        {QStringLiteral("version"), approval.version},
        {QStringLiteral("by"), QJsonArray::fromStringList(approval.by)},
        {QStringLiteral("date"), dateValue(approval.date)},
        {QStringLiteral("fingerprint"), approval.fingerprint},
        {QStringLiteral("fingerprintVersion"), approval.fingerprintVersion},
    };
}

QJsonArray amendmentsToJson(const QVector<Amendment> &amendments)
{
    QJsonArray out;
    for (const Amendment &a : amendments) {
        out.append(QJsonObject {
            {QStringLiteral("approvalVersion"), a.approvalVersion},
            {QStringLiteral("recordedAt"), a.recordedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("by"), a.by},
            {QStringLiteral("reason"), a.reason},
            {QStringLiteral("target"), a.target},
            {QStringLiteral("old"), a.oldText},
            {QStringLiteral("new"), a.newText},
        });
    }
    return out;
}

QJsonArray itemsToJson(
    const Meeting &meeting, const QVector<AgendaItem> &items, const QString &parentNumber)
{
    QJsonArray out;
    for (int i = 0; i < items.size(); ++i) {
        const AgendaItem &item = items.at(i);
        const QString number = itemNumber(parentNumber, i);
        QJsonArray decisions;
        for (int d = 0; d < item.decisions.size(); ++d) {
            const Decision &decision = item.decisions.at(d);
            decisions.append(QJsonObject {
                {QStringLiteral("number"), decision.number},
                {QStringLiteral("reference"),
                    decisionReference(meeting.body.shortName, meeting.date, number, d,
                        int(item.decisions.size()))},
                {QStringLiteral("text"), decision.text},
            });
        }
        QJsonArray actions;
        for (const ActionItem &action : item.actions) {
            QJsonObject a {
                {QStringLiteral("text"), action.text},
                {QStringLiteral("assignee"), action.assignee},
                {QStringLiteral("due"), dateValue(action.due)},
                {QStringLiteral("status"), toString(action.status)},
            };
            if (action.statusDate.isValid())
                a.insert(QStringLiteral("statusDate"), dateValue(action.statusDate));
            if (action.originMeetingId != 0)
                a.insert(QStringLiteral("fromMeetingId"), action.originMeetingId);
            actions.append(a);
        }
        QJsonObject o {
            {QStringLiteral("number"), number},
            {QStringLiteral("title"), item.title},
            {QStringLiteral("presenter"), item.presenter},
            {QStringLiteral("responsible"), item.responsible},
            {QStringLiteral("body"), item.body},
            {QStringLiteral("decisions"), decisions},
            {QStringLiteral("actions"), actions},
            {QStringLiteral("children"), itemsToJson(meeting, item.children, number)},
        };
        if (item.deferredTo.isValid())
            o.insert(QStringLiteral("deferredTo"), dateValue(item.deferredTo));
        out.append(o);
    }
    return out;
}
} // namespace

QJsonObject MeetingJson::toJson(const Meeting &meeting)
{
    QJsonArray attendees;
    for (const Attendance &a : meeting.attendees) {
        QJsonObject o {
            {QStringLiteral("name"), a.person.name},
            {QStringLiteral("initials"), a.person.initials},
            {QStringLiteral("group"), a.groupLabel},
            {QStringLiteral("status"), toString(a.status)},
        };
        if (!a.note.isEmpty())
            o.insert(QStringLiteral("note"), a.note);
        attendees.append(o);
    }
    return QJsonObject {
        {QStringLiteral("id"), meeting.id},
        {QStringLiteral("body"), meeting.body.name},
        {QStringLiteral("bodyShortName"), meeting.body.shortName},
        {QStringLiteral("title"), meeting.title},
        {QStringLiteral("date"), dateValue(meeting.date)},
        {QStringLiteral("start"), timeValue(meeting.start)},
        {QStringLiteral("end"), timeValue(meeting.end)},
        {QStringLiteral("place"), meeting.place},
        {QStringLiteral("minuteTaker"), meeting.minuteTaker},
        {QStringLiteral("status"), toString(meeting.status)},
        {QStringLiteral("approval"), approvalToJson(meeting.approval)},
        {QStringLiteral("amendments"), amendmentsToJson(meeting.amendments)},
        {QStringLiteral("notes"), meeting.notes},
        {QStringLiteral("attendees"), attendees},
        {QStringLiteral("items"), itemsToJson(meeting, meeting.items, QString())},
    };
}

QJsonObject MeetingJson::toJson(const MeetingSummary &summary)
{
    return QJsonObject {
        {QStringLiteral("id"), summary.id},
        {QStringLiteral("body"), summary.bodyName},
        {QStringLiteral("bodyShortName"), summary.bodyShortName},
        {QStringLiteral("title"), summary.title},
        {QStringLiteral("date"), dateValue(summary.date)},
        {QStringLiteral("start"), timeValue(summary.start)},
        {QStringLiteral("end"), timeValue(summary.end)},
        {QStringLiteral("place"), summary.place},
        {QStringLiteral("status"), toString(summary.status)},
    };
}

} // namespace minutebook
