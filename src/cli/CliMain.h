#pragma once

// What both command-line programs do once their application object exists: name the
// application (for QSettings), install the translation, run the command line.

class QCoreApplication;

namespace minutebook {

int runCli(QCoreApplication &app);

} // namespace minutebook
