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

void SearchRunner::request(const QString &text, const SearchOptions &options)
{
    const int id = m_latest->load() + 1;
    m_latest->store(id);
    ++m_pending;
    if (!m_thread) {
        auto hits = SearchIndex(m_database).search(text, options);
        deliver(id, hits.ok() ? hits.value() : QVector<SearchHit>(),
            hits.ok() ? QString() : hits.error());
        return;
    }
    const QString path = m_database.path();
    // `this` outlives the work: the destructor waits for the thread, and a result posted to
    // a runner that is gone is discarded with it.
    SearchRunner *self = this;
    auto latest = m_latest;
    auto connection = m_workerConnection;
    QMetaObject::invokeMethod(
        m_worker,
        [=] {
            QVector<SearchHit> found;
            QString error;
            if (latest->load() == id) {
                if (!connection->database) {
                    Database::Options readOnly;
                    readOnly.readOnly = true;
                    readOnly.createIfMissing = false;
                    auto opened = Database::open(path, readOnly);
                    if (opened.ok()) {
                        connection->database = std::move(opened.value());
                        connection->index = std::make_unique<SearchIndex>(*connection->database);
                    } else {
                        error = opened.error();
                    }
                }
                if (connection->index) {
                    auto hits = connection->index->search(text, options);
                    if (hits.ok())
                        found = hits.value();
                    else
                        error = hits.error();
                }
            }
            QMetaObject::invokeMethod(
                self, [self, id, found, error] { self->deliver(id, found, error); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SearchRunner::deliver(int id, const QVector<SearchHit> &hits, const QString &error)
{
    m_pending = qMax(0, m_pending - 1);
    if (id == m_latest->load())
        emit finished(hits, error);
}

} // namespace minutebook
