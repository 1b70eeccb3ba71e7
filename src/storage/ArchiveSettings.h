#pragma once

// What belongs to the archive itself rather than to one user's settings, kept in the archive
// (table archive_settings) so that every program and every desktop reading it agree. Today one
// setting: the language its minutes are written in — the document's labels ("Sida 1 av 2",
// "Protokollförare"), dates and times in print, every export and the CLI, whatever language the
// program itself speaks.

#include "Database.h"
#include "Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace minutebook {

class ArchiveSettings
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::ArchiveSettings)

public:
    explicit ArchiveSettings(const Database &database);

    /// The language of the archive's minutes as a shipped language code ("sv", "en"); empty
    /// when none was ever chosen (an archive from before the setting, not yet opened by the
    /// window).
    Result<QString> documentLanguage() const;
    /// Sets it; refuses a language the program does not ship (Language::available), and a
    /// read-only archive.
    Status setDocumentLanguage(const QString &language) const;

    /// The locale to make this archive's documents for: `override` when given (a shipped
    /// language code, checked by the caller), else the archive's language, else `fallback` (the
    /// program's locale; what an archive without the setting always used).
    Result<QLocale> documentLocale(
        const QString &override = {}, const QLocale &fallback = QLocale()) const;

private:
    const Database &m_database;
};

} // namespace minutebook
