#pragma once

// How much a meeting holds, counted the same way for an import preview, the CLI and tests.

#include "Meeting.h"

namespace minutebook {

struct MeetingCounts
{
    int present = 0;
    int absent = 0;
    int guests = 0;
    int items = 0; ///< every item, sub-items included
    int decisions = 0;
    int actions = 0;
    int deferred = 0;

    static MeetingCounts of(const Meeting &meeting);
};

} // namespace minutebook
