#pragma once

// minutebook --check-installation: what an IT department looks at after installing the
// program — its version, the Qt SQL drivers it loads at run time (which the package manager
// cannot see as linked libraries), the language it speaks and Qt's standard buttons in that
// language (Qt 6 brings no Swedish of its own; ours must be there). Needs no display.

#include <QCoreApplication>

class QTextStream;

namespace minutebook {

class InstallationCheck
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::InstallationCheck)

public:
    /// Writes the report to `out`, one finding a line. Needs a QApplication with the
    /// translators installed. True when Minutebook can run here (the SQLite driver loads).
    [[nodiscard]] static bool report(QTextStream &out);
    /// The texts of the OK, Cancel and Save buttons as a dialog shows them, without mnemonics.
    static QStringList standardButtonTexts();
};

} // namespace minutebook
