#include "ServerCheck.h"

#include "Database.h"

#include <QThread>

#include <memory>

namespace minutebook {

namespace {
struct Outcome
{
    ServerAddress::Login login = ServerAddress::Login::Failed;
    QString message;
};
} // namespace

ServerCheck::ServerCheck(QObject *parent)
    : QObject(parent)
{ }

ServerCheck::~ServerCheck()
{
    cancel();
}

void ServerCheck::start(const ServerAddress &address)
{
    cancel();
    const int attempt = ++m_attempt;
    m_running = true;
    auto outcome = std::make_shared<Outcome>();
    QThread *thread = QThread::create([address, outcome] {
        outcome->login = address.tryLogin(&outcome->message);
        if (outcome->login != ServerAddress::Login::Accepted)
            return;
        // Made, used and closed on this thread; read-only, so a check never starts writing the
        // search index (the window's own open does that, with progress).
        Database::Options checkOnly;
        checkOnly.readOnly = true;
        const auto opened = Database::openServer(address, checkOnly);
        if (!opened) {
            outcome->login = ServerAddress::Login::Failed;
            outcome->message = opened.error();
        }
    });
    thread->setObjectName(QStringLiteral("minutebook-server-check"));
    // The thread object lives here and deletes itself when done, also when this check is gone
    // (the connection to `this` then is too).
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, attempt, outcome] {
        if (attempt != m_attempt || !m_running)
            return;
        m_running = false;
        emit finished(outcome->login, outcome->message);
    });
    thread->start();
}

void ServerCheck::cancel()
{
    if (m_running)
        ++m_attempt;
    m_running = false;
}

} // namespace minutebook
