#include "SetHeaderFieldCommand.h"

namespace minutebook {

namespace {
QString textOf(MeetingSession::HeaderField field)
{
    switch (field) {
    case MeetingSession::TitleField:
        return MeetingSession::tr("Edit title");
    case MeetingSession::DateField:
        return MeetingSession::tr("Change date");
    case MeetingSession::StartField:
        return MeetingSession::tr("Change start time");
    case MeetingSession::EndField:
        return MeetingSession::tr("Change end time");
    case MeetingSession::PlaceField:
        return MeetingSession::tr("Edit place");
    case MeetingSession::MinuteTakerField:
        return MeetingSession::tr("Edit minute-taker");
    }
    return {};
}
} // namespace

SetHeaderFieldCommand::SetHeaderFieldCommand(
    MeetingSession &session, MeetingSession::HeaderField field, QVariant before, QVariant after)
    : TypingCommand(session, textOf(field), CommandId::HeaderField, int(field), 0,
        std::move(before), std::move(after))
{ }

void SetHeaderFieldCommand::set(const QVariant &value)
{
    session().applyHeaderField(MeetingSession::HeaderField(field()), value);
}

} // namespace minutebook
