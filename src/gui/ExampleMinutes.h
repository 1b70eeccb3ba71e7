#pragma once

// The first-run offer: a new, empty database gets a small set of generated example minutes if
// the user wants them, so the program can be tried out before the first real meeting.

#include "Result.h"

#include <QCoreApplication>

class QWidget;

namespace minutebook {

class Database;
class Dialogs;

class ExampleMinutes
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::ExampleMinutes)

public:
    static constexpr int meetingCount = 24;
    /// Fixed, so every new user sees the same example and the user guide can describe it.
    static constexpr quint64 seed = 20240206;

    /// When `database` holds no meetings and may be written, asks through `dialogs` whether to
    /// load the example. The result says whether meetings were written.
    static Result<bool> offer(const Database &database, Dialogs &dialogs, QWidget *parent);
    /// Writes the example into `database` without asking (the empty editor's button); the
    /// meetings written.
    static Result<int> load(const Database &database);
};

} // namespace minutebook
