#include "MainWindow.h"
#include "BodyRepository.h"
#include "FakeDialogs.h"
#include "FindChild.h"
#include "GuideWindow.h"
#include "Language.h"
#include "LanguageMenu.h"
#include "MeetingListModel.h"
#include "MeetingListView.h"
#include "MeetingSessions.h"
#include "MeetingView.h"
#include "QtPrinting.h"
#include "ShownWindow.h"
#include "TestDatabase.h"
#include "WarningCollector.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>

using namespace minutebook;

namespace {
MeetingListView *meetingList(const MainWindow &window)
{
    return test::child<MeetingListView>(&window, "meetingList");
}

MeetingView *meetingView(const MainWindow &window)
{
    return test::child<MeetingView>(&window, "meetingView");
}

QAction *findAction(QWidget *root, const QString &text)
{
    const auto actions = root->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

QString statusText(const MainWindow &window)
{
    QStringList texts;
    const auto labels = window.statusBar()->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        texts.append(label->text());
    return texts.join(QLatin1Char('|'));
}
} // namespace

TEST(MainWindow, ShowsTheNewestMeetingOnStart)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto opened = Database::open(dir.filePath(QStringLiteral("board.db")));
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    const Database &db = *opened.value();
    ASSERT_TRUE(MinutesGenerator(db).generate(300, 5).ok());
    const MeetingSummary newest = test::newestMeeting(db);
    const Result<Meeting> meeting = MeetingRepository(db).load(newest.id);
    ASSERT_TRUE(meeting.ok());

    test::FakeDialogs dialogs;
    MeetingSessions sessions(db);
    MainWindow window(sessions, dialogs);
    window.show();
    window.start();
    QCoreApplication::processEvents();

    EXPECT_TRUE(dialogs.questions.isEmpty());
    EXPECT_EQ(window.windowTitle(), QString::fromUtf8("Minutebook — board.db"));
    EXPECT_EQ(meetingList(window)->currentMeetingId(), newest.id);
    EXPECT_EQ(meetingView(window)->meetingId(), newest.id);
    const QString shown = meetingView(window)->plainText();
    EXPECT_TRUE(shown.contains(meeting.value().title)) << shown.toStdString();
    EXPECT_TRUE(shown.contains(meeting.value().body.name));
    EXPECT_TRUE(shown.contains(meeting.value().items.at(2).title));
    EXPECT_TRUE(shown.contains(meeting.value().minuteTaker));
    EXPECT_TRUE(statusText(window).contains(QStringLiteral("300 meeting")))
        << statusText(window).toStdString();
    EXPECT_TRUE(statusText(window).contains(QStringLiteral("board.db")));
}

TEST(MainWindow, LoadsTheListLazilyAsItScrolls)
{
    const auto db = test::generatedDatabase(450);
    ASSERT_TRUE(db);
    test::FakeDialogs dialogs;
    MeetingSessions sessions(*db);
    MainWindow window(sessions, dialogs);
    window.show();
    window.start();
    QCoreApplication::processEvents();
    MeetingListModel *model = meetingList(window)->model();
    EXPECT_EQ(model->rowCount(), MeetingListModel::pageSize);
    test::child<QTableView>(meetingList(window), "meetingTable")->scrollToBottom();
    EXPECT_TRUE(QTest::qWaitFor([&] { return model->rowCount() > MeetingListModel::pageSize; }));
}

TEST(MainWindow, FollowsTheChosenGroup)
{
    const auto db = test::generatedDatabase(100);
    ASSERT_TRUE(db);
    test::FakeDialogs dialogs;
    MeetingSessions sessions(*db);
    MainWindow window(sessions, dialogs);
    window.start();
    auto *groups = meetingList(window)->findChild<QComboBox *>();
    ASSERT_NE(groups, nullptr);
    const int sg = groups->findText(QStringLiteral("SG"), Qt::MatchStartsWith);
    ASSERT_GT(sg, 0);
    groups->setCurrentIndex(sg);
    const qint64 shown = meetingView(window)->meetingId();
    ASSERT_NE(shown, 0);
    const Result<Meeting> meeting = MeetingRepository(*db).load(shown);
    ASSERT_TRUE(meeting.ok());
    EXPECT_EQ(meeting.value().body.shortName, QStringLiteral("SG"));
    EXPECT_EQ(meetingList(window)->model()->totalCount(), 50);

    const auto combos = meetingList(window)->findChildren<QComboBox *>();
    ASSERT_EQ(combos.size(), 2);
    QComboBox *years = combos.at(1) == groups ? combos.at(0) : combos.at(1);
    ASSERT_GT(years->count(), 2);
    years->setCurrentIndex(2); // the year before the newest
    const int year = years->currentText().toInt();
    const Result<Meeting> inYear = MeetingRepository(*db).load(meetingView(window)->meetingId());
    ASSERT_TRUE(inYear.ok());
    EXPECT_EQ(inYear.value().date.year(), year);
    EXPECT_EQ(inYear.value().body.shortName, QStringLiteral("SG"));
}

TEST(MainWindow, OffersTheExampleOnAnEmptyDatabaseAndLoadsItOnYes)
{
    const auto db = test::generatedDatabase(0);
    ASSERT_TRUE(db);
    test::FakeDialogs dialogs;
    dialogs.answer = true;
    MeetingSessions sessions(*db);
    MainWindow window(sessions, dialogs);
    window.show();
    window.start();
    ASSERT_EQ(dialogs.questions.size(), 1);
    EXPECT_FALSE(dialogs.questions.constFirst().yes.isEmpty());
    EXPECT_EQ(meetingList(window)->model()->totalCount(), 24);
    EXPECT_EQ(MeetingRepository(*db).count().value(), 24);
    EXPECT_EQ(meetingView(window)->meetingId(), test::newestMeeting(*db).id);
    EXPECT_FALSE(meetingView(window)->plainText().isEmpty());
    EXPECT_TRUE(statusText(window).contains(QStringLiteral("24 meeting")));
    EXPECT_EQ(dialogs.warnings, 0) << dialogs.messages.join(QLatin1Char('\n')).toStdString();
}

TEST(MainWindow, StaysEmptyWhenTheExampleIsDeclined)
{
    const auto db = test::generatedDatabase(0);
    ASSERT_TRUE(db);
    test::FakeDialogs dialogs;
    dialogs.answer = false;
    MeetingSessions sessions(*db);
    MainWindow window(sessions, dialogs);
    window.show();
    window.start();
    EXPECT_EQ(dialogs.questions.size(), 1);
    EXPECT_EQ(MeetingRepository(*db).count().value(), 0);
    EXPECT_EQ(meetingList(window)->model()->rowCount(), 0);
    EXPECT_EQ(meetingView(window)->meetingId(), 0);
    EXPECT_TRUE(meetingView(window)->plainText().isEmpty());
    EXPECT_EQ(test::child<QTextBrowser>(meetingView(window), "minutesBrowser")->placeholderText(),
        meetingList(window)->emptyText());
}

// With no meeting chosen the editor's place says what to do, never an empty form (dated
// 2000-01-01): the first steps in an archive without meetings, each of them working.
TEST(MainWindow, AnEmptyArchiveShowsTheFirstStepsInsteadOfAnEmptyForm)
{
    const auto db = test::generatedDatabase(0);
    ASSERT_TRUE(db);
    test::FakeDialogs dialogs; // the example declined at start
    MeetingSessions sessions(*db);
    MainWindow window(sessions, dialogs);
    window.show();
    window.start();
    QWidget *panel = test::child<QWidget>(&window, "noMeetingPanel");
    QWidget *editor = test::child<QWidget>(&window, "meetingEditor");
    EXPECT_TRUE(panel->isVisible());
    EXPECT_FALSE(editor->isVisible());
    EXPECT_EQ(test::child<QLabel>(&window, "noMeetingHeading")->text(),
        QStringLiteral("No meetings yet"));
    for (const char *button : {"noMeetingNew", "noMeetingImport", "noMeetingExample"})
        EXPECT_TRUE(test::child<QWidget>(&window, button)->isVisible()) << button;

    // The example, without asking again: the newest of its meetings in the editor.
    QTest::mouseClick(test::child<QPushButton>(&window, "noMeetingExample"), Qt::LeftButton);
    EXPECT_EQ(MeetingRepository(*db).count().value(), 24);
    EXPECT_EQ(meetingView(window)->meetingId(), test::newestMeeting(*db).id);
    EXPECT_TRUE(editor->isVisible());
    EXPECT_FALSE(panel->isVisible());
    EXPECT_EQ(dialogs.warnings, 0) << dialogs.messages.join(QLatin1Char('\n')).toStdString();
}

/// Answers the next New meeting dialog: `group` typed (or chosen), `shortName` typed when the
/// field takes it, `date`; an empty group cancels.
void answerNewMeeting(const QString &group, const QString &shortName, const QDate &date)
{
    QTimer::singleShot(0, [=] {
        QWidget *dialog = QApplication::activeModalWidget();
        ASSERT_TRUE(dialog);
        ASSERT_EQ(dialog->objectName(), QStringLiteral("newMeetingDialog"));
        if (group.isEmpty()) {
            QMetaObject::invokeMethod(dialog, "reject");
            return;
        }
        dialog->findChild<QComboBox *>(QStringLiteral("group"))->setCurrentText(group);
        auto *shortEdit = dialog->findChild<QLineEdit *>(QStringLiteral("shortName"));
        if (!shortEdit->isReadOnly())
            shortEdit->setText(shortName);
        dialog->findChild<QDateEdit *>(QStringLiteral("date"))->setDate(date);
        QMetaObject::invokeMethod(dialog, "accept");
    });
}

TEST(MainWindow, TheFirstMeetingIsStartedFromTheEmptyEditor)
{
    const auto db = test::generatedDatabase(0);
    ASSERT_TRUE(db);
    test::FakeDialogs dialogs;
    MeetingSessions sessions(*db);
    MainWindow window(sessions, dialogs);
    window.show();
    window.start();
    auto *newMeeting = test::child<QToolButton>(&window, "noMeetingNew");
    ASSERT_TRUE(newMeeting->defaultAction());
    EXPECT_TRUE(newMeeting->isEnabled());
    answerNewMeeting(QString(), QString(), QDate()); // cancelled: nothing written
    newMeeting->click();
    EXPECT_EQ(MeetingRepository(*db).count().value(), 0);
    EXPECT_TRUE(test::child<QWidget>(&window, "noMeetingPanel")->isVisible());

    answerNewMeeting(QStringLiteral("Ledningsgruppen"), QStringLiteral("LG"), QDate(2026, 12, 10));
    newMeeting->click();
    const auto all = MeetingRepository(*db).list().value();
    ASSERT_EQ(all.size(), 1);
    const Meeting created = MeetingRepository(*db).load(all.at(0).id).value();
    EXPECT_EQ(created.body.name, QStringLiteral("Ledningsgruppen"));
    EXPECT_EQ(created.body.shortName, QStringLiteral("LG"));
    EXPECT_EQ(created.date, QDate(2026, 12, 10));
    EXPECT_EQ(created.status, MeetingStatus::Draft);
    EXPECT_EQ(window.currentMeetingId(), created.id);
    EXPECT_TRUE(test::child<QWidget>(&window, "meetingEditor")->isVisible());
    EXPECT_FALSE(test::child<QWidget>(&window, "noMeetingPanel")->isVisible());
    EXPECT_EQ(dialogs.warnings, 0) << dialogs.messages.join(QLatin1Char('\n')).toStdString();
}

TEST(MainWindow, ANewMeetingOfAKnownGroupHasItsShortNameAndMembers)
{
    const auto db = test::generatedDatabase(6);
    ASSERT_TRUE(db);
    const QVector<Body> bodies = BodyRepository(*db).list().value();
    ASSERT_FALSE(bodies.isEmpty());
    const Body group = bodies.constFirst();
    const auto roster = BodyRepository(*db).roster(group.id).value();
    ASSERT_FALSE(roster.isEmpty());
    test::FakeDialogs dialogs;
    MeetingSessions sessions(*db);
    MainWindow window(sessions, dialogs);
    window.show();
    window.start();
    // File → New Meeting… (Ctrl+N); a different short name typed is not taken (the field is
    // the group's).
    auto *action = window.findChild<QAction *>(QStringLiteral("newMeetingAction"));
    ASSERT_TRUE(action);
    EXPECT_EQ(action->shortcut(), QKeySequence(QKeySequence::New));
    answerNewMeeting(group.name, QStringLiteral("XX"), QDate(2031, 1, 15));
    action->trigger();
    const qint64 id = window.currentMeetingId();
    const Meeting created = MeetingRepository(*db).load(id).value();
    EXPECT_EQ(created.date, QDate(2031, 1, 15));
    EXPECT_EQ(created.body.id, group.id);
    EXPECT_EQ(created.body.shortName, group.shortName);
    EXPECT_EQ(created.attendees.size(), roster.size());
    EXPECT_TRUE(created.items.isEmpty());
    EXPECT_EQ(BodyRepository(*db).list().value().size(), bodies.size()); // no second group
}

TEST(MainWindow, AFilterThatMatchesNothingIsSaidInTheEditorsPlace)
{
    const auto db = test::generatedDatabase(12);
    ASSERT_TRUE(db);
    test::FakeDialogs dialogs;
    MeetingSessions sessions(*db);
    MainWindow window(sessions, dialogs);
    window.show();
    window.start();
    EXPECT_TRUE(test::child<QWidget>(&window, "meetingEditor")->isVisible());
    QLineEdit *filter = test::child<QLineEdit>(meetingList(window), "meetingFilter");
    filter->setText(QStringLiteral("zzzyxx"));
    QTRY_VERIFY_WITH_TIMEOUT(test::child<QWidget>(&window, "noMeetingPanel")->isVisible(), 5000);
    EXPECT_EQ(test::child<QLabel>(&window, "noMeetingHeading")->text(),
        QStringLiteral("No meeting chosen"));
    EXPECT_EQ(
        test::child<QLabel>(&window, "noMeetingText")->text(), meetingList(window)->emptyText());
    EXPECT_TRUE(meetingList(window)->emptyText().contains(QStringLiteral("zzzyxx")));
    EXPECT_FALSE(test::child<QWidget>(&window, "noMeetingExample")->isVisible());
    EXPECT_FALSE(test::child<QWidget>(&window, "noMeetingImport")->isVisible());
}

TEST(MainWindow, AboutNamesVersionLicenceAndQt)
{
    const auto db = test::generatedDatabase(3);
    ASSERT_TRUE(db);
    test::FakeDialogs dialogs;
    MeetingSessions sessions(*db);
    MainWindow window(sessions, dialogs);
    QAction *about = findAction(&window, QStringLiteral("&About Minutebook"));
    ASSERT_NE(about, nullptr);
    about->trigger();
    ASSERT_EQ(dialogs.messages.size(), 1);
    const QString text = dialogs.messages.constFirst();
    EXPECT_TRUE(text.contains(QStringLiteral(MINUTEBOOK_VERSION)));
    EXPECT_TRUE(text.contains(QStringLiteral("GPL-3.0-or-later")));
    EXPECT_TRUE(text.contains(QString::fromLatin1(qVersion())));
}

TEST(MainWindow, KeepsTheLanguageChoiceForTheNextStart)
{
    LanguageMenu::saveChoice(QString());
    const auto db = test::generatedDatabase(3);
    ASSERT_TRUE(db);
    test::FakeDialogs dialogs;
    MeetingSessions sessions(*db);
    MainWindow window(sessions, dialogs);
    QAction *swedish = findAction(&window, QStringLiteral("Svenska"));
    ASSERT_NE(swedish, nullptr);
    swedish->trigger();
    EXPECT_EQ(LanguageMenu::savedChoice(), QStringLiteral("sv"));
    EXPECT_EQ(dialogs.messages.size(), 1);
    EXPECT_TRUE(swedish->isChecked());
    LanguageMenu::saveChoice(QString());
}

TEST(MainWindow, QuitsWithCtrlQ)
{
    const auto db = test::generatedDatabase(3);
    ASSERT_TRUE(db);
    test::FakeDialogs dialogs;
    MeetingSessions sessions(*db);
    MainWindow window(sessions, dialogs);
    QAction *quit = findAction(&window, QStringLiteral("&Quit"));
    ASSERT_NE(quit, nullptr);
    EXPECT_EQ(quit->shortcut().toString(QKeySequence::PortableText), QStringLiteral("Ctrl+Q"));
    window.show();
    quit->trigger();
    EXPECT_FALSE(window.isVisible());
}

// Help → User Guide (F1): the guide in the program's language, every picture in it there, one
// window however often it is asked for.
TEST(MainWindow, F1OpensTheUserGuideInTheProgramsLanguage)
{
    test::inEachLanguage([](const char *language) {
        test::ShownWindow archive(2);
        MainWindow &window = archive.window;
        test::FakeDialogs &dialogs = archive.dialogs;
        QAction *guide = test::child<QAction>(&window, "guideAction");
        EXPECT_EQ(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
        guide->trigger();
        ASSERT_TRUE(dialogs.messages.isEmpty())
            << dialogs.messages.join(QLatin1Char('\n')).toStdString();
        auto *shown = window.findChild<GuideWindow *>();
        ASSERT_NE(shown, nullptr);
        EXPECT_TRUE(shown->isVisible());
        const QUrl page = shown->browser()->source();
        EXPECT_TRUE(
            page.path().endsWith(QStringLiteral("/%1/index.html").arg(QLatin1String(language))))
            << page.toString().toStdString();
        // Its sections and its pictures.
        int sections = 0;
        int pictures = 0;
        const QTextDocument *document = shown->browser()->document();
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() == 2)
                ++sections;
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (!format.isImageFormat())
                    continue;
                ++pictures;
                const QString file
                    = page.resolved(QUrl(format.toImageFormat().name())).toLocalFile();
                EXPECT_FALSE(QImage(file).isNull()) << file.toStdString();
            }
        }
        EXPECT_GE(sections, 8) << language;
        EXPECT_GE(pictures, 4) << language;
        guide->trigger();
        EXPECT_EQ(window.findChildren<GuideWindow *>().size(), 1);
    });
}
