#pragma once

// The storage suite on both backends: a parametrised fixture gives each test a fresh archive on
// SQLite (a file in a temporary folder) or on PostgreSQL (a database of its own on the test
// server, created with the schema as `server init` makes it). Without the server the
// PostgreSQL half is skipped with the reason (failed in CI). Needs minutebook_storage and
// Qt6::Sql.
//
//   class MeetingRepositoryTest : public test::BackendTest {};
//   TEST_P(MeetingRepositoryTest, …) { Database &db = database(); … }
//   MINUTEBOOK_ON_BOTH_BACKENDS(MeetingRepositoryTest);

#include "Database.h"
#include "ServerAddress.h"
#include "TestServer.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <tuple>

namespace minutebook::test {

enum class Backend { Sqlite, Postgres };

inline std::string backendName(const ::testing::TestParamInfo<Backend> &info)
{
    return info.param == Backend::Sqlite ? "Sqlite" : "Postgres";
}

/// One fresh archive on one backend.
class BackendArchive
{
public:
    /// nullptr when the backend is not there (the reason in `why`).
    static std::unique_ptr<BackendArchive> create(Backend backend, QString *why)
    {
        auto a = std::unique_ptr<BackendArchive>(new BackendArchive(backend));
        if (backend == Backend::Sqlite) {
            a->m_database = a->open();
            return a->m_database ? std::move(a) : nullptr;
        }
        *why = ServerDatabase::missingReason();
        a->m_server = ServerDatabase::create();
        if (!a->m_server)
            return nullptr;
        auto prepared = Database::prepareServer(a->address(), Database::ServerSchema::Create);
        EXPECT_TRUE(prepared.ok()) << prepared.error().toStdString();
        if (!prepared)
            return nullptr;
        a->m_database = std::move(prepared.value());
        return a;
    }

    Backend backend() const { return m_backend; }
    Database &database() const { return *m_database; }
    /// The file (SQLite) or the address (PostgreSQL) as `--database`/`--server` take it.
    QString location() const { return m_backend == Backend::Sqlite ? filePath() : addressText(); }
    QString filePath() const { return m_dir.filePath(QStringLiteral("archive.db")); }
    /// The test database's address on the server (a libpq key=value string).
    QString addressText() const { return m_server ? m_server->keyValueAddress() : QString(); }
    ServerAddress address() const
    {
        auto parsed = ServerAddress::parse(addressText());
        EXPECT_TRUE(parsed.ok()) << parsed.error().toStdString();
        return parsed.ok() ? parsed.value() : ServerAddress();
    }

    /// A second connection to the same archive (another program, or the next start).
    std::unique_ptr<Database> open(const Database::Options &options = Database::Options()) const
    {
        auto db = m_backend == Backend::Sqlite ? Database::open(filePath(), options)
                                               : Database::openServer(address(), options);
        EXPECT_TRUE(db.ok()) << db.error().toStdString();
        return db.ok() ? std::move(db.value()) : nullptr;
    }

    /// Runs `sql` on the archive's own connection, behind the repositories' back (to prepare
    /// what the program would never write, or to look at what it wrote).
    bool exec(const QString &sql) const
    {
        QSqlQuery q(m_database->connection());
        const bool ok = q.exec(sql);
        EXPECT_TRUE(ok) << sql.toStdString() << ": " << q.lastError().text().toStdString();
        return ok;
    }
    /// The first column of the first row of `sql`.
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(m_database->connection());
        const bool ok = q.exec(sql) && q.next();
        EXPECT_TRUE(ok) << sql.toStdString() << ": " << q.lastError().text().toStdString();
        return ok ? q.value(0) : QVariant();
    }

private:
    explicit BackendArchive(Backend backend)
        : m_backend(backend)
    { }

    Backend m_backend;
    QTemporaryDir m_dir;
    std::unique_ptr<ServerDatabase> m_server; // before m_database: dropped after it closes
    std::unique_ptr<Database> m_database;
};

inline Backend backendOf(Backend backend)
{
    return backend;
}
template<typename Other>
Backend backendOf(const std::tuple<Backend, Other> &param)
{
    return std::get<0>(param);
}

/// A fixture whose parameter is the backend (or a tuple of the backend and a parameter of the
/// test's own); each test starts with a fresh, empty archive.
template<typename Param>
class BackendFixture : public ::testing::TestWithParam<Param>
{
protected:
    void SetUp() override
    {
        QString why;
        m_archive = BackendArchive::create(backend(), &why);
        if (!m_archive && !this->HasFailure())
            GTEST_SKIP() << why.toStdString();
        ASSERT_TRUE(m_archive) << "no archive on " << backendName({backend(), 0});
    }

    Backend backend() const { return backendOf(this->GetParam()); }
    Database &database() const { return m_archive->database(); }
    BackendArchive &archive() const { return *m_archive; }
    bool onServer() const { return backend() == Backend::Postgres; }

private:
    std::unique_ptr<BackendArchive> m_archive;
};

using BackendTest = BackendFixture<Backend>;

} // namespace minutebook::test

/// Runs every TEST_P of `suite` on SQLite and on PostgreSQL.
#define MINUTEBOOK_ON_BOTH_BACKENDS(suite)                                                         \
    INSTANTIATE_TEST_SUITE_P(Backends, suite,                                                      \
        ::testing::Values(                                                                         \
            ::minutebook::test::Backend::Sqlite, ::minutebook::test::Backend::Postgres),           \
        ::minutebook::test::backendName)
