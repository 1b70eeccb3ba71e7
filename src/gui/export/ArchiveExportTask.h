#pragma once

// One archive export (File → Export archive…) on a worker thread: opens its own read-only
// connection to the database file (a Qt SQL connection belongs to the thread that made it),
// loads the meetings and registers of the chosen body and period and hands them to
// ArchiveExporter. Progress is reported by signal; cancel() stops it after the meeting being
// written, and then the output folder is left as it was.

#include "DocumentOptions.h"
#include "Result.h"

#include <QDate>
#include <QLocale>
#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace minutebook {

/// What to export and where.
struct ArchiveRequest
{
    QString body; ///< name or short name; empty: every body
    QDate from; ///< inclusive; invalid: open
    QDate to; ///< inclusive; invalid: open
    QString directory; ///< an existing folder
};

class ArchiveExportTask : public QObject
{
    Q_OBJECT

public:
    /// The minutes are written for `locale` (the archive's document language).
    ArchiveExportTask(QString databasePath, ArchiveRequest request, DocumentOptions options,
        QLocale locale, QObject *parent = nullptr);
    /// Cancels a running export and waits for it.
    ~ArchiveExportTask() override;

    void start();
    /// Thread-safe; the export stops after the current meeting.
    void cancel();
    bool isRunning() const;

    /// After finished(): how it went.
    const Status &status() const { return m_status; }
    bool wasCancelled() const { return m_cancelled; }
    int meetingCount() const { return m_meetingCount; }

signals:
    /// From the worker thread: `done` of `total` meetings written.
    void progressed(int done, int total);
    /// The export ended (written, failed or cancelled); see status().
    void finished();

private:
    Status run();

    const QString m_databasePath;
    const ArchiveRequest m_request;
    const DocumentOptions m_options;
    const QLocale m_locale;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel {false};
    Status m_status;
    bool m_cancelled = false;
    int m_meetingCount = 0;
};

} // namespace minutebook
