#include "SetItemFieldCommand.h"

namespace minutebook {

namespace {
QString textOf(MeetingSession::ItemField field)
{
    switch (field) {
    case MeetingSession::ItemTitle:
        return MeetingSession::tr("Edit item title");
    case MeetingSession::ItemPresenter:
        return MeetingSession::tr("Edit presenter");
    case MeetingSession::ItemResponsible:
        return MeetingSession::tr("Edit responsible");
    case MeetingSession::ItemBody:
        return MeetingSession::tr("Edit item text");
    }
    return {};
}
} // namespace

SetItemFieldCommand::SetItemFieldCommand(MeetingSession &session, qint64 itemId,
    MeetingSession::ItemField field, QString before, QString after)
    : TypingCommand(session, textOf(field), CommandId::ItemField, int(field), itemId,
        std::move(before), std::move(after))
{ }

void SetItemFieldCommand::set(const QVariant &value)
{
    session().applyItemField(target(), MeetingSession::ItemField(field()), value.toString());
}

} // namespace minutebook
