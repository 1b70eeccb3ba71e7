#pragma once

// Runs searches off the GUI thread, so typing never waits for the database. The worker thread
// opens its own read-only connection to the database file (Qt SQL connections belong to one
// thread). A full page of hits comes first; the count of all of them follows (counted), so
// the hits never wait for the count. Only the newest request matters: older ones still waiting are
// skipped and the results of one overtaken while running are dropped. An in-memory database (tests)
// cannot be opened twice, so it is searched on the calling thread.

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
    /// `error` is empty on success; a message for the user otherwise. `correctedTo`: nothing
    /// matched what was typed, and these are the hits of this spelling instead.
    void finished(const QVector<minutebook::SearchHit> &hits, const QString &error,
        const QString &correctedTo);
    /// All hits of the search when more than a page was found: up to countCap, or
    /// countCap + 1 for more. Not sent when the page held them all.
    void counted(int total);

public:
    /// Counting stops here: past it, "more than" costs less than the exact number.
    static constexpr int countCap = 10000;

private:
    struct Outcome
    {
        QVector<SearchHit> hits;
        QString error;
        QString correctedTo;
    };
    /// The search itself, on whichever thread runs it; `counting` runs the count after it.
    static Outcome run(const SearchIndex &index, const QString &text, const SearchOptions &options);
    static int countOf(const SearchIndex &index, const Outcome &outcome, const QString &text,
        const SearchOptions &options);
    void deliver(int id, const Outcome &outcome);
    void deliverCount(int id, int total);

    const Database &m_database;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; ///< lives in m_thread
    std::shared_ptr<std::atomic<int>> m_latest;
    /// The worker's connection and the SearchIndex kept on it (the connection keeps the
    /// search's statements prepared for every later search). Declared in this order so the
    /// index goes first.
    struct Connection
    {
        std::unique_ptr<Database> database;
        std::unique_ptr<SearchIndex> index;
    };
    std::shared_ptr<Connection> m_workerConnection; ///< used by the worker only
    int m_pending = 0;
};

} // namespace minutebook
