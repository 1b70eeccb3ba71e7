// Every kind of file a user might point Minutebook at by mistake: a clear message, no crash,
// and the file exactly as it was.

#include "Database.h"
#include "MeetingBuilders.h"
#include "MeetingRepository.h"
#include "RawConnection.h"
#include "TestDatabase.h"
#include "TestFiles.h"

#include <QFileInfo>
#include <QRandomGenerator>

using namespace minutebook;
using namespace minutebook::test;

namespace {
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, '\0');
    QRandomGenerator gen(12345);
    for (char &c : bytes)
        c = char(gen.bounded(256));
    return bytes;
}

void expectRefused(const QString &path, const char *messagePart)
{
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(QString::fromUtf8(messagePart))) << db.error().toStdString();
    EXPECT_EQ(fileHash(path), before) << "the file must not be modified";
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal"))
        && QFileInfo(path + QStringLiteral("-wal")).size() > 0);
}
} // namespace

TEST(BadDatabase, MissingFolder)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("no/such/folder/x.db")));
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(QStringLiteral("does not exist"))) << db.error().toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
}

TEST(BadDatabase, EmptyPathAndFolderAsPath)
{
    QTemporaryDir dir;
    EXPECT_FALSE(Database::open(QString()).ok());
    auto db = Database::open(dir.path());
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(QStringLiteral("is a folder"))) << db.error().toStdString();
}

TEST(BadDatabase, RandomBytesAreNotADatabase)
{
    QTemporaryDir dir;
    expectRefused(
        writeFile(dir, QStringLiteral("random.db"), randomBytes(8192)), "not an SQLite file");
}

TEST(BadDatabase, ShortTextFileIsNotADatabase)
{
    QTemporaryDir dir;
    expectRefused(
        writeFile(dir, QStringLiteral("notes.txt"), "Mötesanteckningar\n"), "not an SQLite file");
}

TEST(BadDatabase, ForeignSqliteDatabaseIsLeftAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    {
        RawConnection raw(path);
        raw.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)"));
        raw.exec(QStringLiteral("INSERT INTO contacts VALUES ('x')"));
    }
    expectRefused(path, "another program");
}

TEST(BadDatabase, NewerSchemaIsRefusedUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.db"));
    {
        auto db = openOrFail(path);
    }
    {
        RawConnection raw(path);
        raw.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1));
    }
    expectRefused(path, "newer version of Minutebook");
}

TEST(BadDatabase, TruncatedFileIsReportedAsDamaged)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("truncated.db"));
    {
        auto db = openOrFail(path);
        MeetingRepository meetings(*db);
        for (int i = 0; i < 50; ++i) {
            Meeting m = smallMeeting();
            ASSERT_TRUE(meetings.insert(m).ok());
        }
    }
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    const QByteArray head = f.read(f.size() / 3);
    f.resize(head.size());
    f.close();
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    if (db.ok()) {
        // SQLite may open a truncated file; then the check must find the damage.
        QStringList problems;
        EXPECT_FALSE(db.value()->check(&problems).ok());
    } else {
        EXPECT_FALSE(db.error().isEmpty());
    }
    db = Result<std::unique_ptr<Database>>::failure(QString());
    EXPECT_EQ(fileHash(path), before);
}

TEST(BadDatabase, ReadOnlyFileOpensForReadingAndRefusesWrites)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("readonly.db"));
    {
        auto db = openOrFail(path);
        MeetingRepository meetings(*db);
        Meeting m = smallMeeting();
        ASSERT_TRUE(meetings.insert(m).ok());
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    const QByteArray before = fileHash(path);
    {
        auto db = openOrFail(path);
        ASSERT_TRUE(db);
        EXPECT_TRUE(db->isReadOnly());
        MeetingRepository meetings(*db);
        EXPECT_EQ(meetings.count().value(), 1);
        Meeting m = smallMeeting();
        const Status s = meetings.insert(m);
        ASSERT_FALSE(s.ok());
        EXPECT_TRUE(s.error().contains(QStringLiteral("read-only"))) << s.error().toStdString();
    }
    EXPECT_EQ(fileHash(path), before);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

TEST(BadDatabase, ReadOnlyFolderCannotTakeANewDatabase)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkpath(folder));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
    auto db = Database::open(folder + QStringLiteral("/new.db"));
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(QStringLiteral("read-only"))) << db.error().toStdString();
    EXPECT_FALSE(QFileInfo::exists(folder + QStringLiteral("/new.db")));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST(BadDatabase, LockedByAnotherWriterGivesAClearMessage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.db"));
    Database::Options options;
    options.busyTimeoutMs = 100;
    auto db = openOrFail(path, options);
    ASSERT_TRUE(db);
    RawConnection other(path);
    ASSERT_TRUE(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    MeetingRepository meetings(*db);
    Meeting m = smallMeeting();
    const Status s = meetings.insert(m);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().contains(QStringLiteral("locked"))) << s.error().toStdString();
    // Reading still works while the other program writes (WAL).
    EXPECT_EQ(meetings.count().value(), 0);
    other.exec(QStringLiteral("ROLLBACK"));
    Meeting again = smallMeeting();
    EXPECT_TRUE(meetings.insert(again).ok());
}
