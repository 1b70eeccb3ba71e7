#pragma once

// Runs searches off the GUI thread, so typing never waits for the database. The worker thread
// opens its own read-only connection to the database file (Qt SQL connections belong to one
// thread). Only the newest request matters: older ones still waiting are skipped and the
// results of one overtaken while running are dropped. An in-memory database (tests) cannot be
// opened twice, so it is searched on the calling thread.

#include "Records.h"
#include "SearchIndex.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace minutebook {

class Database;

class SearchRunner : public QObject
{
    Q_OBJECT

public:
    explicit SearchRunner(const Database &database, QObject *parent = nullptr);
    ~SearchRunner() override;

    /// Starts a search; finished() follows with its hits unless another request overtakes it.
    void request(const QString &text, const SearchOptions &options);
    bool isBusy() const { return m_pending != 0; }
    bool runsInBackground() const { return m_thread != nullptr; }

signals:
    /// `error` is empty on success; a message for the user otherwise.
    void finished(const QVector<minutebook::SearchHit> &hits, const QString &error);

private:
    void deliver(int id, const QVector<SearchHit> &hits, const QString &error);

    const Database &m_database;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; ///< lives in m_thread
    std::shared_ptr<std::atomic<int>> m_latest;
    /// The worker's connection and the SearchIndex kept on it (its prepared statements serve
    /// every later search). Declared in this order so the index goes first.
    struct Connection
    {
        std::unique_ptr<Database> database;
        std::unique_ptr<SearchIndex> index;
    };
    std::shared_ptr<Connection> m_workerConnection; ///< used by the worker only
    int m_pending = 0;
};

} // namespace minutebook
