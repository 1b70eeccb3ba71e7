#pragma once

// Writes the minutes of one meeting as an A4 PDF/A-1b file: fonts embedded, text selectable,
// title and creator in the document information and XMP metadata, a footer on every page.

#include "Meeting.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

class QIODevice;

namespace minutebook {

class MinutesPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::MinutesPdfWriter)

public:
    explicit MinutesPdfWriter(const QLocale &locale = QLocale());

    /// Writes the PDF to an open, writable `device`.
    [[nodiscard]] bool write(const Meeting &meeting, QIODevice &device);
    /// Writes the PDF to `fileName` through QSaveFile: nothing is left behind on failure.
    [[nodiscard]] bool writeFile(const Meeting &meeting, const QString &fileName);

    QString errorString() const { return m_error; }
    int pageCount() const { return m_pageCount; }

private:
    QLocale m_locale;
    QString m_error;
    int m_pageCount = 0;
};

} // namespace minutebook
