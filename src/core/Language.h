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
    /// The shipped language `locale` speaks ("sv" for sv_FI too), or "en" when we ship none of it
    /// (the C locale included): the language a document made for `locale` is written in.
    static QString code(const QLocale &locale);
    /// `source` of `context` in `locale`'s language from our own translations, whatever the
    /// program speaks: the minutes are written in the archive's language, not the user's. The
    /// source text where we ship no translation (English). Safe on any thread.
    static QString translate(const QLocale &locale, const char *context, const char *source,
        const char *disambiguation = nullptr);
};

} // namespace minutebook
