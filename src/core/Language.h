#pragma once

// Which language the program speaks: the system locale unless the user chose one, and the
// translators (ours and Qt's own) installed for it. Shared by the GUI and the CLI.

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace minutebook {

class Language
{
public:
    /// Installs translators on `app` for `choice` ("sv", "en"; empty: follow the system) and
    /// makes it the default locale, so dates and times follow it too. Returns the locale used.
    /// The translators: ours, Qt's own, and ours of Qt's standard buttons and dialogs
    /// (resources/translations/qt_extra_*.ts), searched in the opposite order. A second call
    /// replaces what the first installed.
    static QLocale install(QCoreApplication &app, const QString &choice);
    /// The languages the program ships, as codes ("en", "sv").
    static QStringList available();
};

} // namespace minutebook
