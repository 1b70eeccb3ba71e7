#pragma once

// Exports the minutes of one meeting as PDF/A, HTML or Markdown, all rendered from the one
// MinutesDocument. HTML is a single self-contained UTF-8 file (a logo goes in as a data: URL);
// Markdown is GitHub-flavoured and carries no logo. writeFile() is the one way a single meeting
// reaches a file, in every format.

#include "DocumentOptions.h"
#include "Meeting.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

class QIODevice;

namespace minutebook {

class MinutesExporter
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::MinutesExporter)

public:
    enum class Format { Pdf, Html, Markdown };

    explicit MinutesExporter(
        Format format, const QLocale &locale = QLocale(), DocumentOptions options = {});

    /// "pdf", "html", "md"/"markdown" (case-insensitive); nothing for an unknown name.
    static std::optional<Format> formatFromName(const QString &name);
    /// The file name suffix without the dot: "pdf", "html", "md".
    static QString suffix(Format format);

    /// Writes the minutes to an open, writable `device`.
    [[nodiscard]] bool write(const Meeting &meeting, QIODevice &device);
    /// Writes through QSaveFile: an existing file is replaced only when all went well, and
    /// nothing is left behind on failure.
    [[nodiscard]] bool writeFile(const Meeting &meeting, const QString &fileName);

    /// The archival copy of approved minutes (stored at approval): PDF export then writes these
    /// bytes as they are, so a later change of settings or program cannot alter the document.
    void setStoredPdf(const QByteArray &pdf) { m_storedPdf = pdf; }
    /// The PDF/A, rendered now (never the stored copy): what approval stores.
    Result<QByteArray> pdf(const Meeting &meeting) const;

    /// The exported text, for HTML and Markdown (empty for PDF).
    QString text(const Meeting &meeting) const;
    QString errorString() const { return m_error; }

private:
    Format m_format;
    QLocale m_locale;
    DocumentOptions m_options;
    QString m_error;
    QByteArray m_storedPdf;
};

} // namespace minutebook
