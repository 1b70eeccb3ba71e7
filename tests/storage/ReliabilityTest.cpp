// Bad conditions a user's database meets: a full disk, damage in the middle of the file, two
// programs writing at once. Each ends in a clear message or a correct result, never a crash or
// a half-saved meeting. Two writers at once run on both backends; the rest is about the SQLite
// file (its size limit, its bytes, its write lock).

#include "MeetingBuilders.h"
#include "MeetingRepository.h"
#include "SqlDialect.h"
#include "TestBackend.h"
#include "TestDatabase.h"
#include "TestFiles.h"

#include <QRandomGenerator>
#include <QThread>

#include <atomic>
#include <mutex>

using namespace minutebook;
using namespace minutebook::test;

namespace {

int countMeetings(const Database &db)
{
    const Result<int> n = MeetingRepository(db).count();
    EXPECT_TRUE(n.ok()) << n.error().toStdString();
    return n.ok() ? n.value() : -1;
}

class ReliabilityTest : public BackendTest
{
};

} // namespace

TEST(Reliability, FullDiskSavesNothingHalfAndSaysSo)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.db"));
    auto db = openOrFail(path);
    ASSERT_TRUE(db);
    MeetingRepository meetings(*db);
    Meeting first = smallMeeting();
    ASSERT_TRUE(meetings.insert(first).ok());

    // SQLite's own limit stands in for a full disk: the file may not grow past its size now.
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    const int pages = q.value(0).toInt();
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));

    Status failed;
    int saved = 0;
    for (int i = 0; i < 500 && failed.ok(); ++i) {
        Meeting m = smallMeeting();
        m.items.first().body = QString(4000, QLatin1Char('x')) + QString::number(i);
        failed = meetings.insert(m);
        if (failed.ok())
            ++saved;
    }
    ASSERT_FALSE(failed.ok()) << "the size limit was never reached";
    EXPECT_TRUE(failed.error().contains(QStringLiteral("disk is full")))
        << failed.error().toStdString();
    EXPECT_EQ(countMeetings(*db), 1 + saved);

    // Space again: the database is sound and takes the next meeting.
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    Meeting after = smallMeeting(QStringLiteral("Efter diskfullt"));
    EXPECT_TRUE(meetings.insert(after).ok());
    QStringList problems;
    EXPECT_TRUE(db->check(&problems).ok()) << problems.join(QLatin1Char('\n')).toStdString();
    // Every meeting that was saved is whole.
    const auto list = meetings.list();
    ASSERT_TRUE(list.ok());
    for (const MeetingSummary &s : list.value()) {
        const Result<Meeting> m = meetings.load(s.id);
        ASSERT_TRUE(m.ok()) << m.error().toStdString();
        EXPECT_EQ(m.value().items.size(), 1);
    }
}

TEST(Reliability, RandomBytesInTheMiddleAreFoundNeverCrash)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.db"));
    {
        auto db = openOrFail(path);
        ASSERT_TRUE(db);
        MeetingRepository meetings(*db);
        for (int i = 0; i < 60; ++i) {
            Meeting m = smallMeeting(QStringLiteral("Punkt %1").arg(i));
            ASSERT_TRUE(meetings.insert(m).ok());
        }
    }
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    ASSERT_GT(size, 16 * 4096);
    // Overwrite two pages in the middle (never the header page) with noise.
    QRandomGenerator random(20261124);
    QByteArray noise(2 * 4096, '\0');
    for (char &c : noise)
        c = static_cast<char>(random.bounded(256));
    ASSERT_TRUE(f.seek((size / 2) / 4096 * 4096));
    ASSERT_EQ(f.write(noise), noise.size());
    f.close();
    const QByteArray before = fileHash(path);

    auto db = Database::open(path, Database::Options {true, false, 5000, false, {}});
    if (db.ok()) {
        QStringList problems;
        const Status checked = db.value()->check(&problems);
        EXPECT_FALSE(checked.ok());
        EXPECT_FALSE(problems.isEmpty());
        // Reading every meeting either works or fails with a sentence; it never crashes.
        MeetingRepository meetings(*db.value());
        const auto list = meetings.list();
        if (list.ok()) {
            for (const MeetingSummary &s : list.value()) {
                const Result<Meeting> m = meetings.load(s.id);
                if (!m.ok()) {
                    EXPECT_FALSE(m.error().isEmpty());
                }
            }
        } else {
            EXPECT_FALSE(list.error().isEmpty());
        }
    } else {
        EXPECT_FALSE(db.error().isEmpty());
    }
    db = Result<std::unique_ptr<Database>>::failure(QString());
    EXPECT_EQ(fileHash(path), before) << "reading a damaged database must not change it";
}

TEST_P(ReliabilityTest, TwoWritersOnOneDatabaseLoseNothing)
{
    constexpr int perWriter = 40;
    std::atomic<int> failures {0};
    std::atomic<int> ready {0};
    std::mutex firstErrorMutex;
    QString firstError;
    auto writer = [&](int which) {
        // Each thread is its own program here: its own connection, opened in that thread.
        auto opened = archive().open();
        if (!opened) {
            ++failures;
            ++ready;
            return;
        }
        MeetingRepository meetings(*opened);
        ++ready;
        while (ready.load() < 2)
            QThread::yieldCurrentThread();
        for (int i = 0; i < perWriter; ++i) {
            Meeting m = smallMeeting(QStringLiteral("Skrivare %1 punkt %2").arg(which).arg(i));
            const Status s = meetings.insert(m);
            if (!s.ok()) {
                ++failures;
                const std::lock_guard<std::mutex> lock(firstErrorMutex);
                if (firstError.isEmpty())
                    firstError = s.error();
            }
        }
    };
    QThread *a = QThread::create(writer, 1);
    QThread *b = QThread::create(writer, 2);
    a->start();
    b->start();
    a->wait();
    b->wait();
    delete a;
    delete b;
    EXPECT_EQ(failures.load(), 0) << firstError.toStdString();
    auto db = archive().open();
    ASSERT_TRUE(db);
    EXPECT_EQ(countMeetings(*db), 2 * perWriter);
    QStringList problems;
    EXPECT_TRUE(db->check(&problems).ok()) << problems.join(QLatin1Char('\n')).toStdString();
}

TEST_P(ReliabilityTest, ASecondWriterThatCannotWaitIsToldClearly)
{
    Database &first = database();
    Database::Options impatient;
    impatient.busyTimeoutMs = 50;
    auto second = archive().open(impatient);
    ASSERT_TRUE(second);
    // The first program is in the middle of a write (as during a long import) that holds what
    // the second needs: SQLite's write lock, the server's lock on the new body's name.
    QSqlQuery lock(first.connection());
    ASSERT_TRUE(lock.exec(first.dialect().beginWrite()));
    ASSERT_TRUE(lock.exec(QStringLiteral("INSERT INTO bodies (name, short_name) "
                                         "VALUES ('Ledningsgrupp HSS', 'LG')")));
    Meeting m = smallMeeting();
    const Status blocked = MeetingRepository(*second).insert(m);
    EXPECT_FALSE(blocked.ok());
    EXPECT_TRUE(blocked.error().contains(QStringLiteral("locked")))
        << blocked.error().toStdString();
    ASSERT_TRUE(lock.exec(QStringLiteral("ROLLBACK")));
    // Once the lock is gone the same write goes through, whole.
    Meeting again = smallMeeting();
    EXPECT_TRUE(MeetingRepository(*second).insert(again).ok());
    EXPECT_EQ(countMeetings(first), 1);
}

MINUTEBOOK_ON_BOTH_BACKENDS(ReliabilityTest);
