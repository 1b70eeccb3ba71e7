#pragma once

// Writes the minutes of one meeting as an A4 PDF/A-1b document: fonts embedded, text
// selectable, XMP metadata with title, author (the minute-taker), body and meeting date, the
// organisation's logo on the first page and its footer on every page. Files are written
// through MinutesExporter::writeFile.

#include "DocumentOptions.h"
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
    explicit MinutesPdfWriter(const QLocale &locale = QLocale(), DocumentOptions options = {});

    /// Writes the PDF to an open, writable `device`.
    [[nodiscard]] bool write(const Meeting &meeting, QIODevice &device);

    QString errorString() const { return m_error; }
    int pageCount() const { return m_pageCount; }

private:
    QLocale m_locale;
    DocumentOptions m_options;
    QString m_error;
    int m_pageCount = 0;
};

} // namespace minutebook
