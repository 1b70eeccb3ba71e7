#pragma once

// What most window tests start from: a generated archive shown in a MainWindow, and a run of a
// check in each language the program ships (English again afterwards).

#include "FakeDialogs.h"
#include "Language.h"
#include "MainWindow.h"
#include "MeetingSessions.h"
#include "TestDatabase.h"

#include <QApplication>

#include <functional>
#include <memory>

namespace minutebook::test {

struct ShownWindow
{
    explicit ShownWindow(int meetings)
        : database(generatedDatabase(meetings))
        , sessions(*database)
        , window(sessions, dialogs)
    {
        window.show();
    }

    std::unique_ptr<Database> database;
    FakeDialogs dialogs;
    MeetingSessions sessions;
    MainWindow window;
};

/// Runs `check` with the program in Swedish and in English, and leaves it in English.
inline void inEachLanguage(const std::function<void(const char *language)> &check)
{
    for (const char *language : {"sv", "en"}) {
        Language::install(*qApp, QLatin1String(language));
        check(language);
    }
    Language::install(*qApp, QStringLiteral("en"));
}

} // namespace minutebook::test
