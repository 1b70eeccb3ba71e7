#include "SearchRunner.h"

#include "Database.h"

namespace minutebook {

SearchRunner::SearchRunner(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_latest(std::make_shared<std::atomic<int>>(0))
    , m_workerConnection(std::make_shared<Connection>())
{
    if (database.path() == QLatin1String(":memory:") || database.path().isEmpty())
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("minutebook-search"));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    // The worker's connection must be closed on the worker's thread.
    auto connection = m_workerConnection;
    connect(m_thread, &QThread::finished, m_worker, [connection] {
        connection->index.reset();
        connection->database.reset();
    });
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

SearchRunner::~SearchRunner()
{
    if (m_thread) {
        m_latest->store(-1);
        m_thread->quit();
        m_thread->wait();
    }
}

SearchRunner::Outcome SearchRunner::run(
    const SearchIndex &index, const QString &text, const SearchOptions &options)
{
    Outcome out;
    auto hits = index.search(text, options, &out.correctedTo);
    if (hits.ok())
        out.hits = hits.value();
    else
        out.error = hits.error();
    return out;
}

int SearchRunner::countOf(const SearchIndex &index, const Outcome &outcome, const QString &text,
    const SearchOptions &options)
{
    // Fewer hits than a page: they are all there is.
    if (!outcome.error.isEmpty() || outcome.hits.size() < options.limit)
        return -1;
    const auto total = index.count(
        outcome.correctedTo.isEmpty() ? text : outcome.correctedTo, options, countCap);
    return total.ok() ? total.value() : -1;
}

void SearchRunner::request(const QString &text, const SearchOptions &options)
{
    const int id = m_latest->load() + 1;
    m_latest->store(id);
    ++m_pending;
    if (!m_thread) {
        const SearchIndex index(m_database);
        const Outcome outcome = run(index, text, options);
        deliver(id, outcome);
        if (const int total = countOf(index, outcome, text, options); total >= 0)
            deliverCount(id, total);
        return;
    }
    const Database *archive = &m_database;
    // `this` outlives the work: the destructor waits for the thread, and a result posted to
    // a runner that is gone is discarded with it.
    SearchRunner *self = this;
    auto latest = m_latest;
    auto connection = m_workerConnection;
    QMetaObject::invokeMethod(
        m_worker,
        [=] {
            Outcome outcome;
            if (latest->load() == id) {
                if (!connection->database) {
                    Database::Options readOnly;
                    readOnly.readOnly = true;
                    readOnly.createIfMissing = false;
                    auto opened = archive->openAnother(readOnly);
                    if (opened.ok()) {
                        connection->database = std::move(opened.value());
                        connection->index = std::make_unique<SearchIndex>(*connection->database);
                    } else {
                        outcome.error = opened.error();
                    }
                }
                if (connection->index)
                    outcome = run(*connection->index, text, options);
            }
            QMetaObject::invokeMethod(
                self, [self, id, outcome] { self->deliver(id, outcome); }, Qt::QueuedConnection);
            // The count, after the hits are on their way; skipped once overtaken.
            if (latest->load() != id || !connection->index)
                return;
            const int total = countOf(*connection->index, outcome, text, options);
            if (total >= 0)
                QMetaObject::invokeMethod(
                    self, [self, id, total] { self->deliverCount(id, total); },
                    Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SearchRunner::deliver(int id, const Outcome &outcome)
{
    m_pending = qMax(0, m_pending - 1);
    if (id == m_latest->load())
        emit finished(outcome.hits, outcome.error, outcome.correctedTo);
}

void SearchRunner::deliverCount(int id, int total)
{
    if (id == m_latest->load())
        emit counted(total);
}

} // namespace minutebook
