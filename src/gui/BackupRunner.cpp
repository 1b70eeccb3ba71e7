#include "BackupRunner.h"

#include <QDateTime>
#include <QSettings>
#include <QThread>

namespace minutebook {

BackupPolicy BackupRunner::policyFromSettings()
{
    const QSettings settings;
    BackupPolicy policy;
    policy.keep
        = qBound(0, settings.value(QStringLiteral("backup/keep"), policy.keep).toInt(), 365);
    policy.folder = settings.value(QStringLiteral("backup/folder")).toString();
    return policy;
}

BackupRunner::BackupRunner(QObject *parent)
    : QObject(parent)
{ }

BackupRunner::~BackupRunner()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool BackupRunner::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool BackupRunner::startIfDue(const QString &databasePath, const BackupPolicy &policy)
{
    const QDateTime now = QDateTime::currentDateTime();
    if (isRunning() || !AutoBackup::isDue(databasePath, policy, now))
        return false;
    if (m_thread) {
        delete m_thread;
        m_thread = nullptr;
    }
    m_thread = QThread::create([this, databasePath, policy, now] {
        const Result<QString> result = AutoBackup::runIfDue(databasePath, policy, now);
        const QString file = result.ok() ? result.value() : QString();
        const QString error = result.ok() ? QString() : result.error();
        // The destructor waits for this thread, so `this` is alive here; the queued call runs
        // in the runner's thread, and is dropped if the runner is deleted before it runs.
        QMetaObject::invokeMethod(
            this, [this, file, error] { emit finished(file, error); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("minutebook-backup"));
    m_thread->start(QThread::LowPriority);
    return true;
}

} // namespace minutebook
