#pragma once

// Sends an item on to a later meeting of the body: the item is marked deferred and a copy goes
// to the end of the meeting of that date, which is created as a draft when there is none. Undo
// takes the copy (and a meeting created for it, while still empty) away again.

#include "FollowUp.h"
#include "SessionCommand.h"

namespace minutebook {

class DeferItemCommand : public SessionCommand
{
public:
    DeferItemCommand(MeetingSession &session, qint64 itemId, const QDate &date);

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_itemId;
    QDate m_date;
    Deferral m_deferral;
};

} // namespace minutebook
