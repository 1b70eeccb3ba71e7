#include "ArchiveExportTask.h"

#include "Approvals.h"
#include "ArchiveExporter.h"
#include "Database.h"
#include "MeetingRepository.h"
#include "RegisterRepository.h"

#include <QThread>

namespace minutebook {

namespace {
bool inPeriod(const QDate &date, const ArchiveRequest &request)
{
    return (!request.from.isValid() || date >= request.from)
        && (!request.to.isValid() || date <= request.to);
}

// The repository filters by body and whole years; a period within one year is narrowed here.
MeetingFilter meetingFilter(const ArchiveRequest &request)
{
    MeetingFilter filter;
    filter.body = request.body;
    if (request.from.isValid() && request.to.isValid() && request.from.year() == request.to.year())
        filter.year = request.from.year();
    return filter;
}
} // namespace

ArchiveExportTask::ArchiveExportTask(QString databasePath, ArchiveRequest request,
    DocumentOptions options, QLocale locale, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_request(std::move(request))
    , m_options(std::move(options))
    , m_locale(std::move(locale))
{ }

ArchiveExportTask::~ArchiveExportTask()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void ArchiveExportTask::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        const Status status = run();
        // Handed to the GUI thread with finished(), after the worker is done with it.
        QMetaObject::invokeMethod(
            this,
            [this, status] {
                m_status = status;
                emit finished();
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

void ArchiveExportTask::cancel()
{
    m_cancel = true;
}

bool ArchiveExportTask::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

Status ArchiveExportTask::run()
{
    Database::Options readOnly;
    readOnly.readOnly = true;
    readOnly.createIfMissing = false;
    const auto database = Database::open(m_databasePath, readOnly);
    if (!database)
        return database.status();

    const MeetingRepository repository(*database.value());
    const auto summaries = repository.list(meetingFilter(m_request));
    if (!summaries)
        return summaries.status();
    QVector<Meeting> meetings;
    for (const MeetingSummary &summary : summaries.value()) {
        if (m_cancel) {
            m_cancelled = true;
            return Status::failure(QCoreApplication::translate(
                "minutebook::ArchiveExporter", "The export was cancelled."));
        }
        if (!inPeriod(summary.date, m_request))
            continue;
        auto meeting = repository.load(summary.id);
        if (!meeting)
            return meeting.status();
        meetings.prepend(meeting.value()); // the list is newest first; the archive oldest first
    }
    m_meetingCount = int(meetings.size());
    emit progressed(0, m_meetingCount);

    RegisterFilter registerFilter;
    registerFilter.body = m_request.body;
    registerFilter.from = m_request.from;
    registerFilter.to = m_request.to;
    const RegisterRepository registers(*database.value());
    const auto decisions = registers.decisions(registerFilter);
    if (!decisions)
        return decisions.status();
    const auto actions = registers.actions(registerFilter);
    if (!actions)
        return actions.status();

    ArchiveExporter archive(m_locale, m_options);
    // Approved minutes as they were approved, not rendered again.
    const auto stored = Approvals(*database.value()).storedDocuments(meetings);
    if (!stored)
        return stored.status();
    archive.setStoredDocuments(stored.value());
    archive.setProgress([this](int done, int total) {
        emit progressed(done, total);
        return !m_cancel;
    });
    const bool written
        = archive.write(meetings, decisions.value(), actions.value(), m_request.directory);
    m_cancelled = archive.wasCancelled();
    return written ? Status() : Status::failure(archive.errorString());
}

} // namespace minutebook
