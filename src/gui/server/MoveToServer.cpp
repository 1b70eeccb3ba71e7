#include "MoveToServer.h"

#include "ArchiveCopy.h"
#include "Database.h"

#include <QThread>

namespace minutebook {

MoveToServer::MoveToServer(QObject *parent)
    : QObject(parent)
{ }

MoveToServer::~MoveToServer()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool MoveToServer::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void MoveToServer::cancel()
{
    m_cancel = true;
}

bool MoveToServer::start(const QString &source, const ServerAddress &target)
{
    if (isRunning())
        return false;
    delete m_thread;
    m_cancel = false;
    m_thread = QThread::create([this, source, target] {
        // The destructor waits for this thread, so `this` is alive here; the queued calls run in
        // the mover's thread.
        const auto report = [this](qint64 meetings, const QString &error, bool cancelled) {
            QMetaObject::invokeMethod(
                this, [=] { emit finished(meetings, error, cancelled); }, Qt::QueuedConnection);
        };
        Database::Options readOnly;
        readOnly.readsOnly = true;
        readOnly.createIfMissing = false;
        const auto from = Database::open(source, readOnly);
        if (!from)
            return report(0, from.error(), false);
        if (m_cancel)
            return report(0, QString(), true);
        const auto to = Database::openServer(target);
        if (!to)
            return report(0, to.error(), false);
        ArchiveCopy::Options options;
        options.progress = [this](qint64 done, qint64 total, const QString &) {
            QMetaObject::invokeMethod(
                this, [=] { emit progress(done, total); }, Qt::QueuedConnection);
            return !m_cancel;
        };
        const auto copied = ArchiveCopy::copy(*from.value(), *to.value(), options);
        // A Cancel that came after the last row was written is too late: the copy is there.
        if (!copied)
            return report(0, m_cancel ? QString() : copied.error(), m_cancel);
        report(copied.value().meetings, QString(), false);
    });
    m_thread->setObjectName(QStringLiteral("minutebook-move"));
    m_thread->start();
    return true;
}

} // namespace minutebook
