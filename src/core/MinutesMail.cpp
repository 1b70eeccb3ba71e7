#include "MinutesMail.h"

namespace minutebook {

QStringList MinutesMail::recipients(const Meeting &meeting)
{
    QStringList out;
    for (const Attendance &a : meeting.attendees) {
        const QString address = a.person.email.trimmed();
        if (!address.isEmpty() && Person::isEmailAddress(address)
            && !out.contains(address, Qt::CaseInsensitive))
            out.append(address);
    }
    return out;
}

QString MinutesMail::subject(const Meeting &meeting)
{
    return tr("Minutes %1 %2").arg(meeting.body.shortName, meeting.date.toString(Qt::ISODate));
}

QString MinutesMail::body(const Meeting &meeting)
{
    QString text = tr("Attached are the approved minutes of %1, %2.")
                       .arg(meeting.body.name, meeting.date.toString(Qt::ISODate));
    if (meeting.approval.isRecorded())
        text += QStringLiteral("\n\n")
            + tr("Approved %1 by %2. Fingerprint (SHA-256): %3")
                  .arg(meeting.approval.date.toString(Qt::ISODate),
                      meeting.approval.by.join(QStringLiteral(", ")), meeting.approval.fingerprint);
    return text + QLatin1Char('\n');
}

QStringList MinutesMail::xdgEmailArguments(const Meeting &meeting, const QString &attachment)
{
    QStringList args {QStringLiteral("--utf8"), QStringLiteral("--subject"), subject(meeting),
        QStringLiteral("--body"), body(meeting), QStringLiteral("--attach"), attachment};
    return args + recipients(meeting);
}

} // namespace minutebook
