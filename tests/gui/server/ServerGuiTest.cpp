// File → Connect to Server…, Move Archive to Server… and Recent Archives: the dialog's address,
// its messages for a server that cannot be reached, asks for a password or is stopped waiting
// for (a stand-in server, FakePostgres), the window switched to a server's archive and a file's
// archive moved there (the real test server, skipped without it), the recent list, and how the
// window names its archive.

#include "ArchiveActions.h"
#include "ArchiveSettings.h"
#include "ArchiveWindow.h"
#include "AutoBackup.h"
#include "ConnectServerDialog.h"
#include "Database.h"
#include "FakeDialogs.h"
#include "FakePostgres.h"
#include "FindChild.h"
#include "Language.h"
#include "MainWindow.h"
#include "MeetingListModel.h"
#include "MeetingListView.h"
#include "MeetingRepository.h"
#include "MeetingSession.h"
#include "MeetingSessions.h"
#include "MinutesGenerator.h"
#include "MoveToServer.h"
#include "RawConnection.h"
#include "RecentArchives.h"
#include "RegisterDocks.h"
#include "SearchHitModel.h"
#include "SearchPane.h"
#include "SearchRunner.h"
#include "ServerAddress.h"
#include "ShortcutsDialog.h"
#include "ShownWindow.h"
#include "SingleArchive.h"
#include "TestServer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <atomic>
#include <functional>
#include <thread>

using namespace minutebook;

namespace {
// Runs the event loop until `done` or `ms` have passed; the value of `done` at the end.
bool waitUntil(const std::function<bool()> &done, int ms = 15000)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QTest::qWait(10);
    return done();
}

QString settingsText()
{
    QSettings settings;
    QStringList out;
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys)
        out.append(key + QLatin1Char('=')
            + settings.value(key).toStringList().join(QLatin1Char(','))
            + settings.value(key).toString());
    return out.join(QLatin1Char('\n'));
}

QString statusText(const MainWindow &window)
{
    return test::child<QLabel>(&window, "archiveLabel")->text();
}

// A file archive with `meetings` generated meetings in `dir`.
std::unique_ptr<Database> fileArchive(const QTemporaryDir &dir, int meetings)
{
    auto opened = Database::open(dir.filePath(QStringLiteral("board.db")));
    EXPECT_TRUE(opened.ok()) << opened.error().toStdString();
    if (!opened)
        return nullptr;
    if (meetings > 0) {
        EXPECT_TRUE(MinutesGenerator(*opened.value()).generate(meetings, 7).ok());
    }
    return std::move(opened.value());
}

// The test server's database, made an empty Minutebook archive.
std::unique_ptr<Database> prepared(const test::ServerDatabase &server)
{
    auto address = ServerAddress::parse(server.keyValueAddress());
    EXPECT_TRUE(address.ok());
    auto db = Database::prepareServer(address.value(), Database::ServerSchema::Create);
    EXPECT_TRUE(db.ok()) << db.error().toStdString();
    return db.ok() ? std::move(db.value()) : nullptr;
}

int meetingCount(const Database &db)
{
    const Result<int> count = MeetingRepository(db).count();
    EXPECT_TRUE(count.ok()) << count.error().toStdString();
    return count.ok() ? count.value() : -1;
}

class ServerGui : public ::testing::Test
{
protected:
    void SetUp() override { RecentArchives().clear(); }
    void TearDown() override { RecentArchives().clear(); }
};
} // namespace

TEST_F(ServerGui, TheAddressFieldsReadWhatTheCommandLineReads)
{
    test::FakeDialogs dialogs;
    ConnectServerDialog dialog(ConnectServerDialog::Purpose::Connect, dialogs);
    auto *line = test::child<QLineEdit>(&dialog, "addressLine");
    // A URI typed or pasted fills the fields; what has no field (sslmode) is kept.
    line->setText(QStringLiteral("postgresql://anna@db.example:5433/minutes?sslmode=require"));
    emit line->textEdited(line->text());
    EXPECT_EQ(test::child<QLineEdit>(&dialog, "hostField")->text(), QStringLiteral("db.example"));
    EXPECT_EQ(test::child<QLineEdit>(&dialog, "portField")->text(), QStringLiteral("5433"));
    EXPECT_EQ(test::child<QLineEdit>(&dialog, "databaseField")->text(), QStringLiteral("minutes"));
    EXPECT_EQ(test::child<QLineEdit>(&dialog, "userField")->text(), QStringLiteral("anna"));
    auto address = dialog.address();
    ASSERT_TRUE(address.ok()) << address.error().toStdString();
    EXPECT_EQ(address->displayName(), QStringLiteral("anna@db.example:5433/minutes"));
    EXPECT_EQ(address->parameters().value(QStringLiteral("sslmode")), QStringLiteral("require"));

    // A field changed: the address follows; a socket folder is a server too.
    auto *host = test::child<QLineEdit>(&dialog, "hostField");
    host->setText(QStringLiteral("/run/postgresql"));
    emit host->textEdited(host->text());
    EXPECT_EQ(dialog.address()->host(), QStringLiteral("/run/postgresql"));
    EXPECT_TRUE(line->text().contains(QStringLiteral("host=%2Frun%2Fpostgresql")))
        << line->text().toStdString();

    // No database: said in the command line's words, and nothing is tried.
    test::child<QLineEdit>(&dialog, "databaseField")->clear();
    emit host->textEdited(host->text());
    dialog.connectToServer();
    EXPECT_FALSE(dialog.isConnecting());
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("names no database")))
        << dialog.message().toStdString();
    // A line that is no address.
    line->setText(QStringLiteral("postgresql://h:54x/db"));
    emit line->textEdited(line->text());
    dialog.testConnection();
    EXPECT_FALSE(dialog.isConnecting());
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("is not a server address")))
        << dialog.message().toStdString();
}

TEST_F(ServerGui, AnUnreachableServerIsSaidAsTheCommandLineSaysIt)
{
    test::FakeDialogs dialogs;
    ConnectServerDialog dialog(ConnectServerDialog::Purpose::Connect, dialogs);
    dialog.setAddress(
        ServerAddress::parse(QStringLiteral("host=/no/such/folder dbname=minutes")).value());
    dialog.connectToServer();
    EXPECT_TRUE(dialog.isConnecting());
    ASSERT_TRUE(waitUntil([&] { return !dialog.isConnecting(); }));
    EXPECT_TRUE(dialog.message().contains(
        QStringLiteral("The server localhost/minutes cannot be reached")
            .replace(QStringLiteral("localhost"), QStringLiteral("/no/such/folder"))))
        << dialog.message().toStdString();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(test::child<QLineEdit>(&dialog, "databaseField")->isEnabled());
}

TEST_F(ServerGui, AServerThatWantsAPasswordIsAskedForOneAndARefusalIsSaid)
{
    test::FakePostgres server(test::FakePostgres::Mode::AsksForPassword);
    ASSERT_TRUE(server.isListening());
    test::FakeDialogs dialogs;
    dialogs.passwords = {QStringLiteral("fel-lösen")};
    {
        ConnectServerDialog dialog(ConnectServerDialog::Purpose::Connect, dialogs);
        dialog.setAddress(ServerAddress::parse(server.address()).value());
        dialog.connectToServer();
        ASSERT_TRUE(waitUntil([&] {
            return !dialog.isConnecting() && !dialogs.passwordPrompts.isEmpty()
                && !dialog.message().startsWith(QStringLiteral("Connecting"));
        }));
        // Asked once, tried again with what was typed, and the refusal said plainly.
        ASSERT_EQ(dialogs.passwordPrompts.size(), 1);
        EXPECT_TRUE(dialogs.passwordPrompts.first().contains(QStringLiteral("anna@")));
        EXPECT_EQ(server.passwords, QStringList {QStringLiteral("fel-lösen")});
        EXPECT_TRUE(dialog.message().contains(QStringLiteral("refused the login")))
            << dialog.message().toStdString();
        EXPECT_NE(dialog.result(), QDialog::Accepted);

        // The next try asks again (a wrong password is not kept); Cancel in the prompt stops.
        dialog.connectToServer();
        ASSERT_TRUE(waitUntil([&] { return !dialog.isConnecting(); }));
        EXPECT_EQ(dialogs.passwordPrompts.size(), 2);
        EXPECT_TRUE(dialog.message().contains(QStringLiteral("No password given")))
            << dialog.message().toStdString();
    }
    // Nowhere in the settings.
    EXPECT_FALSE(settingsText().contains(QStringLiteral("fel-lösen")))
        << settingsText().toStdString();
}

TEST_F(ServerGui, CancelWhileConnectingStopsWaitingAndTheLateAnswerIsDropped)
{
    test::FakePostgres server(test::FakePostgres::Mode::Silent);
    ASSERT_TRUE(server.isListening());
    test::FakeDialogs dialogs;
    ConnectServerDialog dialog(ConnectServerDialog::Purpose::Connect, dialogs);
    dialog.setAddress(ServerAddress::parse(server.address()).value());
    dialog.show();
    dialog.connectToServer();
    EXPECT_TRUE(dialog.isConnecting());
    EXPECT_FALSE(test::child<QPushButton>(&dialog, "connectButton")->isEnabled());
    // Escape, as the user would: the dialog stays, ready for another address.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_FALSE(dialog.isConnecting());
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(test::child<QPushButton>(&dialog, "connectButton")->isEnabled());
    EXPECT_TRUE(dialog.message().startsWith(QStringLiteral("Stopped waiting for")))
        << dialog.message().toStdString();
    // The abandoned attempt gives up after its 2 s; its answer changes nothing.
    QTest::qWait(3000);
    EXPECT_TRUE(dialog.message().startsWith(QStringLiteral("Stopped waiting for")));
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialogs.messages.isEmpty());
    // A second Escape closes the dialog.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_FALSE(dialog.isVisible());
}

TEST_F(ServerGui, RecentArchivesNewestFirstAtMostFiveMissingMarkedNoPassword)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    RecentArchives recent;
    QStringList files;
    for (int i = 0; i < 6; ++i) {
        files.append(dir.filePath(QStringLiteral("archive-%1.db").arg(i)));
        QFile f(files.last());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        recent.addFile(files.last());
    }
    recent.addServer(
        ServerAddress::parse(QStringLiteral("postgresql://anna:hemligt@db.example/minutes"))
            .value());
    recent.addFile(files.at(4)); // again: moves up, no duplicate
    ASSERT_TRUE(QFile::remove(files.at(3)));

    const QVector<RecentArchives::Entry> entries = recent.entries();
    ASSERT_EQ(entries.size(), RecentArchives::limit);
    EXPECT_EQ(entries.at(0).location, files.at(4));
    EXPECT_TRUE(entries.at(1).server);
    EXPECT_EQ(entries.at(1).label(), QStringLiteral("anna@db.example/minutes"));
    EXPECT_EQ(entries.at(2).location, files.at(5));
    EXPECT_EQ(entries.at(3).location, files.at(3));
    EXPECT_TRUE(entries.at(3).missing());
    EXPECT_EQ(entries.at(3).label(),
        QStringLiteral("%1 (missing)").arg(QDir::toNativeSeparators(files.at(3))));
    EXPECT_FALSE(entries.at(2).missing());
    EXPECT_EQ(entries.at(4).location, files.at(2));
    EXPECT_FALSE(settingsText().contains(QStringLiteral("hemligt")))
        << settingsText().toStdString();
    EXPECT_TRUE(settingsText().contains(QStringLiteral("db.example")));

    // In the window's menu: the open archive and a missing file cannot be chosen.
    test::FakeDialogs dialogs;
    ArchiveWindow archive(dialogs);
    auto db = Database::open(files.at(4));
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(archive.show(std::move(db.value())));
    QMenu *menu = archive.actions()->recentMenu();
    emit menu->aboutToShow();
    const QList<QAction *> actions = menu->actions();
    ASSERT_EQ(actions.size(), RecentArchives::limit);
    EXPECT_FALSE(actions.at(0)->isEnabled()); // the open one
    EXPECT_TRUE(actions.at(1)->isEnabled());
    EXPECT_FALSE(actions.at(3)->isEnabled());
    EXPECT_TRUE(actions.at(3)->text().endsWith(QStringLiteral("(missing)")));
    // Choosing a file opens it in a new window.
    actions.at(2)->trigger();
    ASSERT_TRUE(waitUntil([&] { return archive.database()->path() == files.at(5); }));
    EXPECT_EQ(archive.window()->windowTitle(), QStringLiteral("Minutebook — archive-5.db"));
    EXPECT_EQ(RecentArchives().entries().first().location, files.at(5));
}

TEST_F(ServerGui, TheTitleTheStatusBarAndAboutNameAFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    test::FakeDialogs dialogs;
    ArchiveWindow archive(dialogs);
    ASSERT_TRUE(archive.show(fileArchive(dir, 0)));
    const QString path = QDir::toNativeSeparators(dir.filePath(QStringLiteral("board.db")));
    EXPECT_EQ(archive.window()->windowTitle(), QStringLiteral("Minutebook — board.db"));
    EXPECT_EQ(statusText(*archive.window()), QStringLiteral("Database: %1").arg(path));
    dialogs.messages.clear();
    test::child<QAction>(archive.window(), "aboutAction")->trigger();
    ASSERT_EQ(dialogs.messages.size(), 1);
    EXPECT_TRUE(dialogs.messages.first().contains(QStringLiteral("Archive file: %1").arg(path)))
        << dialogs.messages.first().toStdString();
}

TEST_F(ServerGui, ConnectingSwitchesTheWindowToTheServersArchive)
{
    MINUTEBOOK_NEED_SERVER(server);
    {
        auto onServer = prepared(*server);
        ASSERT_TRUE(onServer);
        ASSERT_TRUE(MinutesGenerator(*onServer).generate(12, 3).ok());
    }
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    test::FakeDialogs dialogs;
    ArchiveWindow archive(dialogs);
    ASSERT_TRUE(archive.show(fileArchive(dir, 2)));
    QSignalSpy switched(&archive, &ArchiveWindow::windowChanged);

    archive.actions()->connectAction()->trigger();
    ConnectServerDialog *dialog = archive.actions()->dialog();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(dialog->isVisible());
    dialog->setAddress(ServerAddress::parse(server->uri()).value());
    QTest::mouseClick(test::child<QPushButton>(dialog, "testButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !dialog->isConnecting(); }));
    EXPECT_TRUE(dialog->message().contains(QStringLiteral("works")))
        << dialog->message().toStdString();
    EXPECT_EQ(switched.count(), 0);

    QTest::mouseClick(test::child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return switched.count() == 1; }))
        << dialogs.messages.join(QLatin1Char('\n')).toStdString();
    ASSERT_TRUE(archive.database()->isServer());
    MainWindow *window = archive.window();
    const QString name = QStringLiteral("%1@%2/%3")
                             .arg(test::ServerDatabase::user(),
                                 test::ServerDatabase::socketFolder(), server->name());
    EXPECT_EQ(window->windowTitle(), QStringLiteral("Minutebook — %1").arg(name));
    EXPECT_EQ(statusText(*window), QStringLiteral("Server: %1").arg(name));
    // Its meetings are shown, not the file's two.
    auto *list = test::child<MeetingListView>(window, "meetingList");
    ASSERT_TRUE(waitUntil([&] { return list->model()->totalCount() == 12; }))
        << list->model()->totalCount();
    ASSERT_TRUE(waitUntil([&] { return list->currentMeetingId() != 0; }));
    // Recent: the server first, the file after it, no password anywhere.
    const auto recent = RecentArchives().entries();
    ASSERT_EQ(recent.size(), 2);
    EXPECT_TRUE(recent.at(0).server);
    EXPECT_EQ(recent.at(0).label(), name);
    EXPECT_FALSE(recent.at(1).server);
    EXPECT_FALSE(archive.actions()->moveAction()->isEnabled());
    dialogs.messages.clear();
    test::child<QAction>(window, "aboutAction")->trigger();
    ASSERT_EQ(dialogs.messages.size(), 1);
    EXPECT_TRUE(
        dialogs.messages.first().contains(QStringLiteral("Archive on the server: %1").arg(name)));
}

TEST_F(ServerGui, AMoveCopiesEveryMeetingWithProgressAndOffersTheServer)
{
    MINUTEBOOK_NEED_SERVER(server);
    auto target = prepared(*server);
    ASSERT_TRUE(target);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    test::FakeDialogs dialogs;
    dialogs.answer = true; // open the server's archive afterwards
    ArchiveWindow archive(dialogs);
    ASSERT_TRUE(archive.show(fileArchive(dir, 40)));
    const int meetings = meetingCount(*archive.database());
    ASSERT_EQ(meetings, 40);

    archive.actions()->moveAction()->trigger();
    ConnectServerDialog *dialog = archive.actions()->dialog();
    ASSERT_TRUE(dialog);
    dialog->setAddress(ServerAddress::parse(server->keyValueAddress()).value());
    dialog->connectToServer();
    ASSERT_TRUE(waitUntil([&] { return archive.actions()->mover() != nullptr; }))
        << dialog->message().toStdString();
    QSignalSpy progress(archive.actions()->mover(), &MoveToServer::progress);
    QSignalSpy switched(&archive, &ArchiveWindow::windowChanged);
    ASSERT_TRUE(waitUntil([&] { return switched.count() == 1; }))
        << dialogs.messages.join(QLatin1Char('\n')).toStdString();
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.last().at(0).toLongLong(), progress.last().at(1).toLongLong());
    ASSERT_EQ(dialogs.questions.size(), 1);
    EXPECT_TRUE(
        dialogs.questions.first().text.startsWith(QStringLiteral("40 meeting(s) were copied")))
        << dialogs.questions.first().text.toStdString();
    EXPECT_EQ(meetingCount(*target), 40);
    ASSERT_TRUE(archive.database()->isServer());
    EXPECT_EQ(meetingCount(*archive.database()), 40);

    // A second move into the same server is refused by the copy itself: it holds meetings now.
    QTemporaryDir other;
    ASSERT_TRUE(archive.show(fileArchive(other, 3)));
    dialogs.questions.clear();
    archive.actions()->moveToServer();
    archive.actions()->dialog()->setAddress(
        ServerAddress::parse(server->keyValueAddress()).value());
    archive.actions()->dialog()->connectToServer();
    ASSERT_TRUE(waitUntil([&] { return !dialogs.messages.isEmpty(); }));
    EXPECT_TRUE(dialogs.messages.last().contains(QStringLiteral("already holds 40 meeting")))
        << dialogs.messages.last().toStdString();
    EXPECT_TRUE(dialogs.questions.isEmpty());
    EXPECT_EQ(meetingCount(*target), 40);
}

TEST_F(ServerGui, ACancelledMoveLeavesTheServerEmpty)
{
    MINUTEBOOK_NEED_SERVER(server);
    auto target = prepared(*server);
    ASSERT_TRUE(target);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    {
        auto source = fileArchive(dir, 300);
    }
    const QString source = dir.filePath(QStringLiteral("board.db"));
    const ServerAddress address = ServerAddress::parse(server->keyValueAddress()).value();
    MoveToServer mover;
    QSignalSpy finished(&mover, &MoveToServer::finished);
    // Cancelled while copying: at the first progress report, long before the last row.
    int reports = 0;
    QObject::connect(&mover, &MoveToServer::progress, &mover, [&](qint64 done, qint64 total) {
        EXPECT_LT(done, total);
        if (++reports == 1)
            mover.cancel();
    });
    ASSERT_TRUE(mover.start(source, address));
    ASSERT_TRUE(waitUntil([&] { return finished.count() == 1; }));
    EXPECT_GE(reports, 1);
    EXPECT_TRUE(finished.first().at(2).toBool()) << finished.first().at(1).toString().toStdString();
    EXPECT_EQ(meetingCount(*target), 0);
    EXPECT_FALSE(mover.isRunning());
    // Cancelled before it began.
    finished.clear();
    ASSERT_TRUE(mover.start(source, address));
    mover.cancel();
    ASSERT_TRUE(waitUntil([&] { return finished.count() == 1; }));
    EXPECT_TRUE(finished.first().at(2).toBool());
    EXPECT_EQ(meetingCount(*target), 0);
}

TEST_F(ServerGui, AServerWithoutAnArchiveIsRefusedAsTheTargetOfAMove)
{
    MINUTEBOOK_NEED_SERVER(server);
    test::FakeDialogs dialogs;
    ConnectServerDialog dialog(ConnectServerDialog::Purpose::MoveTarget, dialogs);
    dialog.setAddress(ServerAddress::parse(server->keyValueAddress()).value());
    dialog.connectToServer();
    ASSERT_TRUE(waitUntil([&] { return !dialog.isConnecting(); }));
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("has no Minutebook archive yet")))
        << dialog.message().toStdString();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
}

// The search pane searches on a thread of its own, over a second connection to the same
// archive: on a server that is the same server and login, not a file named like it.
TEST_F(ServerGui, TheSearchPaneSearchesTheServersArchiveOnItsOwnThread)
{
    MINUTEBOOK_NEED_SERVER(server);
    {
        auto onServer = prepared(*server);
        ASSERT_TRUE(onServer);
        ASSERT_TRUE(MinutesGenerator(*onServer).generate(12, 3).ok());
        Meeting known;
        known.body.name = QStringLiteral("Ledningsgrupp HSS");
        known.body.shortName = QStringLiteral("LG");
        known.date = QDate(2019, 3, 5);
        AgendaItem item;
        item.title = QStringLiteral("Jupiterpriset i aulan");
        known.items = {item};
        ASSERT_TRUE(MeetingRepository(*onServer).insert(known).ok());
    }
    test::FakeDialogs dialogs;
    ArchiveWindow archive(dialogs);
    ASSERT_TRUE(archive.openServer(ServerAddress::parse(server->uri()).value()))
        << dialogs.messages.join(QLatin1Char('\n')).toStdString();
    auto *docks = archive.window()->findChild<RegisterDocks *>();
    ASSERT_TRUE(docks);
    SearchPane *pane = docks->searchPane();
    ASSERT_TRUE(pane->runner()->runsInBackground());
    docks->searchAction()->trigger();
    QTest::keyClicks(test::child<QLineEdit>(pane, "searchField"), QStringLiteral("jupiterpris"));
    const auto *model = qobject_cast<const SearchHitModel *>(
        test::child<QTreeView>(pane, "searchResults")->model());
    ASSERT_TRUE(model);
    ASSERT_TRUE(waitUntil([&] { return model->rowCount() > 0 && !pane->runner()->isBusy(); }))
        << test::child<QLabel>(pane, "status")->text().toStdString();
    ASSERT_EQ(model->hits().size(), 1);
    EXPECT_EQ(model->hits().at(0).itemTitle, QStringLiteral("Jupiterpriset i aulan"));
    EXPECT_TRUE(model->hits().at(0).snippet.contains(highlightStart)) << "the word is marked";
}

// File → New Archive…, Open Archive… and Save a Copy…: archives as files, like documents.
class ArchiveMenu : public ::testing::Test
{
protected:
    void SetUp() override { RecentArchives().clear(); }
    void TearDown() override { RecentArchives().clear(); }
};

TEST_F(ArchiveMenu, OpenArchiveShowsTheChosenFileAndTheOpenOneIsNotOpenedAgain)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString other = dir.filePath(QStringLiteral("other.db"));
    {
        auto db = Database::open(other);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(MinutesGenerator(*db.value()).generate(5, 11).ok());
    }
    test::FakeDialogs dialogs;
    ArchiveWindow archive(dialogs);
    ASSERT_TRUE(archive.show(fileArchive(dir, 2)));
    EXPECT_EQ(archive.actions()->openAction()->shortcut(), QKeySequence(QKeySequence::Open));
    QSignalSpy switched(&archive, &ArchiveWindow::windowChanged);

    dialogs.files = {archive.database()->path()}; // the open archive: nothing happens
    archive.actions()->openAction()->trigger();
    QTest::qWait(50);
    EXPECT_EQ(switched.count(), 0);

    dialogs.files = {other};
    archive.actions()->openAction()->trigger();
    ASSERT_TRUE(waitUntil([&] { return switched.count() == 1; }))
        << dialogs.messages.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(archive.database()->path(), other);
    EXPECT_EQ(meetingCount(*archive.database()), 5);
    EXPECT_EQ(RecentArchives().entries().constFirst().location, other);
}

TEST_F(ArchiveMenu, NewArchiveIsCreatedEmptyAndAnExistingFileIsNeverTaken)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    test::FakeDialogs dialogs;
    ArchiveWindow archive(dialogs);
    ASSERT_TRUE(archive.show(fileArchive(dir, 2)));
    const QString current = archive.database()->path();
    QSignalSpy switched(&archive, &ArchiveWindow::windowChanged);

    // An existing file (here the open archive) is refused, and left as it was.
    dialogs.saveFile = current;
    archive.actions()->newAction()->trigger();
    QTest::qWait(50);
    EXPECT_EQ(switched.count(), 0);
    EXPECT_EQ(dialogs.warnings, 1);
    EXPECT_EQ(meetingCount(*archive.database()), 2);

    // A name without an extension gets ".db"; the new archive is empty and shown.
    dialogs.saveFile = dir.filePath(QStringLiteral("Styrgruppen"));
    archive.actions()->newAction()->trigger();
    ASSERT_TRUE(waitUntil([&] { return switched.count() == 1; }))
        << dialogs.messages.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(archive.database()->path(), dir.filePath(QStringLiteral("Styrgruppen.db")));
    EXPECT_EQ(meetingCount(*archive.database()), 0);
    auto old = Database::open(current);
    ASSERT_TRUE(old.ok()) << old.error().toStdString();
    EXPECT_EQ(meetingCount(*old.value()), 2);
}

TEST_F(ArchiveMenu, SaveACopyWritesTheArchiveWithWhatIsBeingTypedAndKeepsItOpen)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    test::FakeDialogs dialogs;
    ArchiveWindow archive(dialogs);
    ASSERT_TRUE(archive.show(fileArchive(dir, 3)));
    const QString current = archive.database()->path();
    QSignalSpy switched(&archive, &ArchiveWindow::windowChanged);
    EXPECT_TRUE(archive.actions()->saveCopyAction()->isEnabled());

    // Not over the open archive itself.
    dialogs.saveFile = current;
    archive.actions()->saveCopyAction()->trigger();
    EXPECT_EQ(dialogs.warnings, 1);

    // Typed a moment ago, not yet saved by the autosave.
    ASSERT_TRUE(waitUntil([&] { return archive.window()->currentMeetingId() != 0; }));
    const qint64 shown = archive.window()->currentMeetingId();
    MeetingSession *session = archive.window()->sessions().find(shown);
    ASSERT_TRUE(session);
    ASSERT_FALSE(session->isReadOnly()) << "the newest generated meeting should be a draft";
    session->setHeaderField(MeetingSession::PlaceField, QStringLiteral("Sammanträdesrummet"));
    ASSERT_TRUE(session->hasPendingChanges());

    dialogs.saveFile = dir.filePath(QStringLiteral("kopia"));
    archive.actions()->saveCopyAction()->trigger();
    EXPECT_EQ(dialogs.warnings, 1) << dialogs.messages.join(QLatin1Char('\n')).toStdString();
    const QString copy = dir.filePath(QStringLiteral("kopia.db"));
    ASSERT_TRUE(QFileInfo::exists(copy));
    auto opened = Database::open(copy);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    EXPECT_EQ(meetingCount(*opened.value()), 3);
    EXPECT_EQ(MeetingRepository(*opened.value()).load(shown).value().place,
        QStringLiteral("Sammanträdesrummet"));
    EXPECT_EQ(archive.database()->path(), current); // the archive stays open
    EXPECT_EQ(switched.count(), 0);
}

namespace {
/// Answers the next Restore backup dialog: checks it lists `rows` copies, then restores the
/// first (newest) one, or cancels when `restore` is false.
void answerRestoreDialog(int rows, bool restore, QStringList *seen)
{
    QTimer::singleShot(0, [=] {
        QWidget *dialog = QApplication::activeModalWidget();
        ASSERT_TRUE(dialog);
        ASSERT_EQ(dialog->objectName(), QStringLiteral("restoreBackupDialog"));
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("backups"));
        ASSERT_TRUE(list);
        EXPECT_EQ(list->count(), rows);
        for (int i = 0; i < list->count(); ++i)
            seen->append(list->item(i)->text());
        QMetaObject::invokeMethod(dialog, restore ? "accept" : "reject");
    });
}
} // namespace

TEST_F(ArchiveMenu, RestoreBackupPutsTheChosenCopyBackAndKeepsTheArchiveAsItWas)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto db = fileArchive(dir, 2);
    ASSERT_TRUE(db);
    const QString path = db->path();
    const Result<QString> copy
        = AutoBackup::runIfDue(*db, BackupPolicy(), QDateTime::currentDateTime());
    ASSERT_TRUE(copy.ok() && !copy.value().isEmpty()) << copy.error().toStdString();
    ASSERT_TRUE(MinutesGenerator(*db).generate(3, 99).ok()); // five now
    test::FakeDialogs dialogs;
    ArchiveWindow archive(dialogs);
    ASSERT_TRUE(archive.show(std::move(db)));
    EXPECT_TRUE(archive.actions()->restoreAction()->isEnabled());
    QSignalSpy switched(&archive, &ArchiveWindow::windowChanged);

    // Chosen, then "Keep the archive": nothing changes.
    QStringList seen;
    dialogs.answer = false;
    answerRestoreDialog(1, true, &seen);
    archive.actions()->restoreAction()->trigger();
    QTest::qWait(50);
    ASSERT_EQ(seen.size(), 1);
    EXPECT_TRUE(seen.constFirst().contains(QStringLiteral("2 meeting")))
        << seen.constFirst().toStdString();
    ASSERT_EQ(dialogs.questions.size(), 1);
    EXPECT_EQ(switched.count(), 0);
    EXPECT_EQ(meetingCount(*archive.database()), 5);

    dialogs.answer = true;
    answerRestoreDialog(1, true, &seen);
    archive.actions()->restoreAction()->trigger();
    ASSERT_TRUE(waitUntil([&] { return switched.count() == 1; }))
        << dialogs.messages.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(dialogs.warnings, 0) << dialogs.messages.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(archive.database()->path(), path);
    EXPECT_EQ(meetingCount(*archive.database()), 2);
    // The archive as it was (five meetings) is kept beside the copies.
    const QFileInfoList kept
        = QDir(AutoBackup::defaultFolder(path)).entryInfoList({QStringLiteral("*before restore*")});
    ASSERT_EQ(kept.size(), 1);
    auto before = Database::open(kept.constFirst().absoluteFilePath());
    ASSERT_TRUE(before.ok()) << before.error().toStdString();
    EXPECT_EQ(meetingCount(*before.value()), 5);
}

// One writer per archive file: a Minutebook with a file open answers another asking for it.
// The other Minutebook is played by a SingleArchive on a thread of its own (a program asking
// waits for the answer, so both cannot be on one thread).
class OtherMinutebook
{
public:
    explicit OtherMinutebook(const QString &path)
    {
        m_thread.start();
        m_single.moveToThread(&m_thread);
        QObject::connect(
            &m_single, &SingleArchive::forwardRequested, &m_single,
            [this] { m_asked.fetch_add(1); }, Qt::DirectConnection);
        QMetaObject::invokeMethod(
            &m_single, [this, path] { m_listening = m_single.listen(path); },
            Qt::BlockingQueuedConnection);
    }
    ~OtherMinutebook()
    {
        QMetaObject::invokeMethod(
            &m_single, [this] { m_single.stop(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    bool listening() const { return m_listening; }
    int asked() const { return m_asked.load(); }

private:
    QThread m_thread;
    SingleArchive m_single;
    bool m_listening = false;
    std::atomic<int> m_asked {0};
};

TEST_F(ArchiveMenu, AFileOpenInAnotherMinutebookIsNotOpenedAgainThatOneComesForward)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString other = dir.filePath(QStringLiteral("other.db"));
    {
        auto db = Database::open(other);
        ASSERT_TRUE(db.ok());
    }
    test::FakeDialogs dialogs;
    ArchiveWindow archive(dialogs);
    ASSERT_TRUE(archive.show(fileArchive(dir, 2)));
    const QString shown = archive.database()->path();
    QSignalSpy switched(&archive, &ArchiveWindow::windowChanged);

    {
        OtherMinutebook running(other);
        ASSERT_TRUE(running.listening());
        // By another path to the same file, too.
        const QString roundabout = dir.filePath(QStringLiteral("sub/../other.db"));
        ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        EXPECT_FALSE(archive.openFile(roundabout));
        EXPECT_EQ(running.asked(), 1);
        EXPECT_EQ(switched.count(), 0);
        EXPECT_EQ(archive.database()->path(), shown);
        ASSERT_EQ(dialogs.messages.size(), 1);
        EXPECT_TRUE(dialogs.messages.constFirst().contains(QStringLiteral("other.db")))
            << dialogs.messages.constFirst().toStdString();
    }

    // Once the other one has closed it, it opens here; a Minutebook with another file open
    // does not stand in the way.
    dialogs.messages.clear();
    {
        OtherMinutebook unrelated(dir.filePath(QStringLiteral("third.db")));
        EXPECT_TRUE(archive.openFile(other))
            << dialogs.messages.join(QLatin1Char('\n')).toStdString();
    }
    EXPECT_EQ(switched.count(), 1);
    EXPECT_EQ(archive.database()->path(), other);
}

TEST_F(ArchiveMenu, AMinutebookAskedForItsFileComesForwardAndTheAskerOpensNothing)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    test::FakeDialogs dialogs;
    ArchiveWindow archive(dialogs);
    ASSERT_TRUE(archive.show(fileArchive(dir, 2)));
    const QString path = archive.database()->path();
    QSignalSpy forward(&archive, &ArchiveWindow::broughtForward);

    std::atomic<int> answered {-1};
    std::thread asker([&] { answered = SingleArchive::bringForward(path) ? 1 : 0; });
    const bool came = forward.wait(15000);
    asker.join();
    EXPECT_TRUE(came);
    EXPECT_EQ(answered.load(), 1);
    EXPECT_TRUE(archive.window()->isVisible());

    // A file nobody has open: nobody answers, and quickly.
    EXPECT_FALSE(SingleArchive::bringForward(dir.filePath(QStringLiteral("nobody.db"))));

    // The window's own file chosen again (Recent Archives): it stays, nothing is reopened.
    QSignalSpy switched(&archive, &ArchiveWindow::windowChanged);
    EXPECT_TRUE(archive.openFile(path));
    EXPECT_EQ(switched.count(), 0);
    EXPECT_TRUE(dialogs.messages.isEmpty())
        << dialogs.messages.join(QLatin1Char('\n')).toStdString();
}

// An archive without a language of its own takes the window's when it is opened; one with a
// language keeps it.
TEST_F(ArchiveMenu, AnArchiveWithoutALanguageTakesTheWindowsOneWithALanguageKeepsIt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString swedish = dir.filePath(QStringLiteral("swedish.db"));
    {
        auto db = Database::open(swedish);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(ArchiveSettings(*db.value()).setDocumentLanguage(QStringLiteral("sv")).ok());
    }
    test::FakeDialogs dialogs;
    ArchiveWindow archive(dialogs);
    ASSERT_TRUE(archive.show(fileArchive(dir, 1)));
    EXPECT_EQ(
        ArchiveSettings(*archive.database()).documentLanguage().value(), Language::code(QLocale()));
    ASSERT_NE(Language::code(QLocale()), QStringLiteral("sv")) << "the tests run in English";

    ASSERT_TRUE(archive.openFile(swedish))
        << dialogs.messages.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(
        ArchiveSettings(*archive.database()).documentLanguage().value(), QStringLiteral("sv"));
}

namespace {
// The letter after a single '&' of a menu text ("&Open Archive…" → 'o'), or a null character.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Each menu's items (and the menu bar's menus) with a mnemonic used twice, as "menu: letter".
void findDoubleMnemonics(const QString &where, const QList<QAction *> &actions, QStringList &out)
{
    QHash<QChar, QString> used;
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QChar letter = mnemonic(action->text());
        if (!letter.isNull()) {
            if (used.contains(letter))
                out << QStringLiteral("%1: '%2' in “%3” and “%4”")
                           .arg(where, letter, used.value(letter), action->text());
            used.insert(letter, action->text());
        }
        if (QMenu *menu = action->menu())
            findDoubleMnemonics(action->text(), menu->actions(), out);
    }
}
} // namespace

TEST_F(ArchiveMenu, KeyboardShortcutsListsEveryShortcutOfTheWindowAndNoKeyDoesTwoThings)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    test::FakeDialogs dialogs;
    ArchiveWindow archive(dialogs);
    ASSERT_TRUE(archive.show(fileArchive(dir, 2)));
    MainWindow *window = archive.window();
    const QVector<ShortcutsDialog::Entry> listed = ShortcutsDialog::entries(window);

    QHash<QString, QString> keyOwner; // key → command, for the window-wide keys
    QStringList twice;
    int withKeys = 0;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        ++withKeys;
        QString command = action->text().remove(QLatin1Char('&'));
        if (command.endsWith(QChar(0x2026)))
            command.chop(1);
        for (const QKeySequence &key : action->shortcuts()) {
            const QString native = key.toString(QKeySequence::NativeText);
            const bool found = std::any_of(listed.cbegin(), listed.cend(),
                [&](const auto &e) { return e.command == command && e.keys.contains(native); });
            EXPECT_TRUE(found) << command.toStdString() << " " << native.toStdString();
            if (action->shortcutContext() == Qt::WindowShortcut
                || action->shortcutContext() == Qt::ApplicationShortcut) {
                if (keyOwner.contains(native) && keyOwner.value(native) != command)
                    twice << native + QStringLiteral(": ") + keyOwner.value(native)
                            + QStringLiteral(" / ") + command;
                keyOwner.insert(native, command);
            }
        }
    }
    // The keys of single fields say what they do in their What's This.
    for (const QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        if (shortcut->whatsThis().isEmpty())
            continue;
        ++withKeys;
        const QString native = shortcut->key().toString(QKeySequence::NativeText);
        EXPECT_TRUE(std::any_of(listed.cbegin(), listed.cend(), [&](const auto &e) {
            return e.command == shortcut->whatsThis() && e.keys.contains(native);
        })) << native.toStdString();
    }
    EXPECT_GE(withKeys, 10) << "the window's shortcuts were found";
    EXPECT_EQ(listed.size(), withKeys);
    EXPECT_TRUE(twice.isEmpty()) << twice.join(QLatin1Char('\n')).toStdString();

    // From the Help menu, with a filter.
    window->show();
    test::child<QAction>(window, "shortcutsAction")->trigger();
    auto *dialog = window->findChild<ShortcutsDialog *>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->isVisible());
    auto *tree = test::child<QTreeWidget>(dialog, "shortcutList");
    int rows = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        rows += tree->topLevelItem(g)->childCount();
    EXPECT_EQ(rows, listed.size());
    const QString open = QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText);
    test::child<QLineEdit>(dialog, "shortcutFilter")->setText(open);
    int shown = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
            const QTreeWidgetItem *row = tree->topLevelItem(g)->child(i);
            if (!row->isHidden()) {
                ++shown;
                EXPECT_TRUE(row->text(1).contains(open, Qt::CaseInsensitive)
                    || row->text(0).contains(open, Qt::CaseInsensitive));
            }
        }
    }
    EXPECT_GE(shown, 1);
    EXPECT_LT(shown, rows);
    dialog->reject();
}

TEST_F(ArchiveMenu, NoMenuUsesAnAltLetterTwiceInEitherLanguage)
{
    test::inEachLanguage([](const char *language) {
        QTemporaryDir dir;
        ASSERT_TRUE(dir.isValid());
        test::FakeDialogs dialogs;
        ArchiveWindow archive(dialogs);
        ASSERT_TRUE(archive.show(fileArchive(dir, 2)));
        QStringList twice;
        findDoubleMnemonics(
            QStringLiteral("menu bar"), archive.window()->menuBar()->actions(), twice);
        EXPECT_TRUE(twice.isEmpty()) << language << ":\n"
                                     << twice.join(QLatin1Char('\n')).toStdString();
    });
}

// A file that cannot be opened is refused with the words the command line uses for it, and the
// archive shown stays.
TEST_F(ArchiveMenu, AFileThatIsNoArchiveIsRefusedInTheCommandLinesWords)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    test::FakeDialogs dialogs;
    ArchiveWindow archive(dialogs);
    ASSERT_TRUE(archive.show(fileArchive(dir, 1)));
    const QString shown = archive.database()->path();

    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Mötesanteckningar LG 2024-02-06\nDeltagare: Tony, Lila\n");
    }
    const QString foreign = dir.filePath(QStringLiteral("contacts.db"));
    {
        test::RawConnection raw(foreign);
        ASSERT_TRUE(raw.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
    }
    const QString future = dir.filePath(QStringLiteral("future.db"));
    {
        ASSERT_TRUE(Database::open(future).ok());
        test::RawConnection raw(future);
        ASSERT_TRUE(raw.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
    }
    for (const QString &bad : {text, foreign, future, dir.path()}) {
        QProcess cli;
        cli.start(QStringLiteral(MINUTEBOOK_CLI),
            {QStringLiteral("--database"), bad, QStringLiteral("list")});
        ASSERT_TRUE(cli.waitForFinished(60000));
        EXPECT_NE(cli.exitCode(), 0) << bad.toStdString();
        QString said = QString::fromUtf8(cli.readAllStandardError()).trimmed();
        ASSERT_TRUE(said.startsWith(QStringLiteral("minutebook-cli: "))) << said.toStdString();
        said.remove(0, int(qstrlen("minutebook-cli: ")));

        dialogs.messages.clear();
        EXPECT_FALSE(archive.openFile(bad)) << bad.toStdString();
        ASSERT_EQ(dialogs.messages.size(), 1) << bad.toStdString();
        EXPECT_TRUE(dialogs.messages.constFirst().contains(said))
            << "window: " << dialogs.messages.constFirst().toStdString()
            << "\ncommand line: " << said.toStdString();
        EXPECT_EQ(archive.database()->path(), shown);
    }
}

// Alt and a letter reaches one thing in the window: a menu of the menu bar, or a field through
// its label, or a button — never two (then Qt opens neither, and the keyboard user is stuck).
TEST_F(ArchiveMenu, NoAltLetterOfTheWindowReachesTwoThingsInEitherLanguage)
{
    test::inEachLanguage([](const char *language) {
        QTemporaryDir dir;
        ASSERT_TRUE(dir.isValid());
        test::FakeDialogs dialogs;
        ArchiveWindow archive(dialogs);
        ASSERT_TRUE(archive.show(fileArchive(dir, 2)));
        MainWindow *window = archive.window();
        ASSERT_TRUE(QTest::qWaitFor([&] { return window->currentMeetingId() != 0; }));
        QHash<QChar, QStringList> owners;
        for (QAction *top : window->menuBar()->actions()) {
            const QChar letter = mnemonic(top->text());
            if (!letter.isNull())
                owners[letter] << QStringLiteral("menu “%1”").arg(top->text());
        }
        for (const QLabel *label : window->findChildren<QLabel *>()) {
            const QChar letter = mnemonic(label->text());
            if (label->isVisible() && label->buddy() && !letter.isNull())
                owners[letter] << QStringLiteral("label “%1”").arg(label->text());
        }
        for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
            const QChar letter = mnemonic(button->text());
            if (button->isVisible() && !letter.isNull())
                owners[letter] << QStringLiteral("button “%1”").arg(button->text());
        }
        QStringList twice;
        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            if (it.value().size() > 1)
                twice << QStringLiteral("Alt+%1: %2")
                             .arg(it.key(), it.value().join(QStringLiteral(", ")));
        }
        twice.sort();
        EXPECT_TRUE(twice.isEmpty()) << language << ":\n"
                                     << twice.join(QLatin1Char('\n')).toStdString();
    });
}

// A name a crashed Minutebook left behind is taken over; one a running Minutebook answers on is
// never taken from it (both opened the file in the same moment: the first keeps it).
TEST_F(ArchiveMenu, ALeftOverNameIsTakenOverARunningOnesNever)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("board.db"));
    {
        // What a crash leaves: the socket's file, nobody behind it.
        QFile leftOver(QDir::temp().filePath(SingleArchive::serverName(path)));
        ASSERT_TRUE(leftOver.open(QIODevice::WriteOnly));
    }
    {
        SingleArchive single;
        EXPECT_TRUE(single.listen(path));
        EXPECT_TRUE(single.answersFor(path));
    }
    OtherMinutebook running(path);
    ASSERT_TRUE(running.listening());
    SingleArchive late;
    EXPECT_FALSE(late.listen(path));
    EXPECT_FALSE(late.answersFor(path));
    EXPECT_TRUE(SingleArchive::bringForward(path));
    EXPECT_EQ(running.asked(), 1);
}

// A file that cannot be written opens for reading, and the window says so instead of failing at
// the first save: the status bar, a note above the minutes, nothing that writes offered.
TEST_F(ArchiveMenu, AReadOnlyArchiveIsShownForReadingAndSaysSo)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = fileArchive(dir, 3)->path();
    Database::Options readOnly;
    readOnly.readOnly = true;
    auto opened = Database::open(path, readOnly);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    ASSERT_TRUE(opened.value()->isReadOnly());
    test::FakeDialogs dialogs;
    ArchiveWindow archive(dialogs);
    ASSERT_TRUE(archive.show(std::move(opened.value())));
    MainWindow *window = archive.window();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->currentMeetingId() != 0; }));
    EXPECT_TRUE(statusText(*window).endsWith(QStringLiteral("(read-only)")))
        << statusText(*window).toStdString();
    EXPECT_FALSE(test::child<QAction>(window, "newMeetingAction")->isEnabled());
    bool noteShown = false;
    for (const QLabel *label : window->findChildren<QLabel *>())
        noteShown = noteShown
            || (label->isVisible() && label->text().contains(QStringLiteral("open read-only")));
    EXPECT_TRUE(noteShown);
    for (QAction *action : window->findChildren<QAction *>()) {
        const QString text = action->text();
        if (text == QStringLiteral("&Import…")
            || text == QStringLiteral("New Meeting &from Previous…")
            || text == QStringLiteral("New &Item")) {
            EXPECT_FALSE(action->isEnabled()) << text.toStdString();
        }
    }
    EXPECT_TRUE(dialogs.messages.isEmpty())
        << dialogs.messages.join(QLatin1Char('\n')).toStdString();
}
