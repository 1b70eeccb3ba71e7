#pragma once

// The documented, stable JSON form of meetings (docs/cli.md). Used by the CLI; field names
// and value spellings are a public contract.

#include "Meeting.h"

#include <QJsonArray>
#include <QJsonObject>

namespace minutebook {

class MeetingJson
{
public:
    static QJsonObject toJson(const Meeting &meeting);
    static QJsonObject toJson(const MeetingSummary &summary);
};

} // namespace minutebook
