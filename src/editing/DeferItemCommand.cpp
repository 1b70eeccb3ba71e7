#include "DeferItemCommand.h"

#include "AgendaModel.h"
#include "MeetingSession.h"

#include <QLocale>

namespace minutebook {

DeferItemCommand::DeferItemCommand(MeetingSession &session, qint64 itemId, const QDate &date)
    : SessionCommand(session,
        MeetingSession::tr("Defer item %1 to %2")
            .arg(session.agenda()->number(itemId), QLocale().toString(date, QLocale::ShortFormat)))
    , m_itemId(itemId)
    , m_date(date)
{ }

Status DeferItemCommand::apply()
{
    const Result<Deferral> deferred = session().followUp().deferItem(m_itemId, m_date);
    if (!deferred)
        return deferred.status();
    m_deferral = deferred.value();
    const QDate date = m_date;
    session().changeItem(m_itemId, [date](AgendaItem &item) { item.deferredTo = date; });
    session().otherMeetingChangedNow(m_deferral.meetingId);
    return {};
}

Status DeferItemCommand::revert()
{
    if (Status s = session().followUp().undoDeferral(m_deferral); !s)
        return s;
    const QDate previous = m_deferral.previousDate;
    session().changeItem(m_itemId, [previous](AgendaItem &item) { item.deferredTo = previous; });
    session().otherMeetingChangedNow(m_deferral.meetingId);
    return {};
}

} // namespace minutebook
