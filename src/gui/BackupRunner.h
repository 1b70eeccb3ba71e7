#pragma once

// Runs the day's automatic backup (AutoBackup) on a worker thread with a read-only connection
// of its own, so a large database never delays the window. Reports when done.

#include "AutoBackup.h"

#include <QObject>

class QThread;

namespace minutebook {

class BackupRunner : public QObject
{
    Q_OBJECT

public:
    /// The policy the user set (QSettings "backup/keep", default 7; 0 turns backups off).
    static BackupPolicy policyFromSettings();

    explicit BackupRunner(QObject *parent = nullptr);
    /// Waits for a running backup: the copy is never left half-made by quitting.
    ~BackupRunner() override;

    /// Starts a backup of `databasePath` if one is due; returns false when none is.
    bool startIfDue(const QString &databasePath, const BackupPolicy &policy);
    bool isRunning() const;

signals:
    /// `file` is the copy written; `error` is empty on success.
    void finished(const QString &file, const QString &error);

private:
    QThread *m_thread = nullptr;
};

} // namespace minutebook
