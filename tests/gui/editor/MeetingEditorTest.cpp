#include "MeetingEditor.h"
#include "AgendaEdits.h"
#include "AgendaModel.h"
#include "AgendaTreeView.h"
#include "AttendanceEditor.h"
#include "AttendanceModel.h"
#include "BodyRepository.h"
#include "BodyTextEdit.h"
#include "FakeDialogs.h"
#include "FindChild.h"
#include "FollowUp.h"
#include "HeaderEditor.h"
#include "ItemEditor.h"
#include "ItemRecordsModel.h"
#include "MainWindow.h"
#include "MeetingListView.h"
#include "MeetingSession.h"
#include "MeetingSessions.h"
#include "MeetingView.h"
#include "Numbering.h"
#include "QtPrinting.h"
#include "TestDatabase.h"
#include "WarningCollector.h"

#include "MeetingListModel.h"
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>

using namespace minutebook;

namespace {
Meeting startingMeeting()
{
    Meeting m;
    m.body.name = QStringLiteral("Ledningsgrupp HSS");
    m.body.shortName = QStringLiteral("LG");
    m.title = QStringLiteral("Mötesanteckningar");
    m.date = QDate(2024, 2, 6);
    m.start = QTime(12, 0);
    m.end = QTime(16, 0);
    m.place = QStringLiteral("Jupiter");
    Attendance lila;
    lila.person.name = QStringLiteral("Lila Ericsson");
    lila.groupLabel = QStringLiteral("LG");
    Attendance karin = lila;
    karin.person.name = QStringLiteral("Karin Gerken");
    m.attendees = {lila, karin};
    AgendaItem opening;
    opening.title = QStringLiteral("Mötets öppnande");
    AgendaItem old;
    old.title = QStringLiteral("Gammalt uppdrag");
    old.actions = {ActionItem {0, QStringLiteral("Karin utreder lokalerna."),
        QStringLiteral("Karin Gerken"), QDate(2024, 3, 1)}};
    m.items = {opening, old};
    return m;
}

/// Answers the next modal date question with `date` (or cancels for an invalid date).
void answerDatePrompt(const QDate &date)
{
    QTimer::singleShot(0, [date] {
        QWidget *dialog = QApplication::activeModalWidget();
        ASSERT_TRUE(dialog);
        auto *edit = dialog->findChild<QDateEdit *>(QStringLiteral("date"));
        ASSERT_TRUE(edit);
        if (date.isValid()) {
            edit->setDate(date);
            QMetaObject::invokeMethod(dialog, "accept");
        } else {
            QMetaObject::invokeMethod(dialog, "reject");
        }
    });
}

/// Types text the way a keyboard does, letters outside ASCII (å, ä, ö) included.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void waitForAutosave(MeetingSession &session)
{
    for (int i = 0; i < 200 && session.hasPendingChanges(); ++i)
        QTest::qWait(10);
}

class EditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("minutes.db"));
        open();
        Meeting m = startingMeeting();
        ASSERT_TRUE(MeetingRepository(*db).insert(m).ok());
        meetingId = m.id;
        sessions = std::make_unique<MeetingSessions>(*db);
        window = std::make_unique<MainWindow>(*sessions, dialogs);
        window->show();
        // Shortcuts act in the active window only.
        QApplication::setActiveWindow(window.get());
        window->openMeetingAt(meetingId);
        ASSERT_EQ(window->currentMeetingId(), meetingId);
    }
    void open()
    {
        auto opened = Database::open(path);
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        db = std::move(opened.value());
    }
    Meeting reopen()
    {
        window.reset();
        sessions.reset(); // flushes what is pending
        db.reset();
        open();
        const Result<Meeting> m = MeetingRepository(*db).load(meetingId);
        EXPECT_TRUE(m.ok()) << m.error().toStdString();
        return m.ok() ? m.value() : Meeting();
    }
    MeetingEditor &editor() const
    {
        return *test::child<MeetingEditor>(window.get(), "meetingEditor");
    }
    HeaderEditor *headerEditor() const
    {
        return test::child<HeaderEditor>(window.get(), "headerEditor");
    }
    AttendanceEditor *attendanceEditor() const
    {
        return test::child<AttendanceEditor>(window.get(), "attendanceEditor");
    }
    AgendaTreeView *agendaView() const
    {
        return test::child<AgendaTreeView>(window.get(), "agendaView");
    }
    QLineEdit *placeEdit() const { return test::child<QLineEdit>(headerEditor(), "place"); }
    ItemEditor *itemEditor() const { return test::child<ItemEditor>(window.get(), "itemEditor"); }
    /// The decisions and assignments of the item shown, as the table under it shows them.
    ItemRecordsModel *records() const
    {
        return qobject_cast<ItemRecordsModel *>(
            test::child<QTableView>(itemEditor(), "itemRecords")->model());
    }
    MeetingListView *meetingList() const
    {
        return test::child<MeetingListView>(window.get(), "meetingList");
    }
    /// The session of the meeting the editor shows.
    MeetingSession &session() const { return *sessions->find(editor().meetingId()); }
    QUndoGroup &undo() const { return *window->undoGroup(); }
    qint64 current() const { return editor().currentItemId(); }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> db;
    test::FakeDialogs dialogs;
    std::unique_ptr<MeetingSessions> sessions;
    std::unique_ptr<MainWindow> window;
    qint64 meetingId = 0;
};
} // namespace

TEST_F(EditorTest, TheMeetingsStackIsTheActiveOneAndTheEditMenuNamesTheEdit)
{
    EXPECT_EQ(undo().activeStack(), editor().undoStack());
    EXPECT_EQ(test::child<QTabWidget>(window.get(), "centreTabs")->currentWidget(),
        test::child<QWidget>(window.get(), "editorPage"));
    EXPECT_TRUE(editor().isVisible());
    // The read-only minutes stay available beside the editor.
    EXPECT_EQ(test::child<MeetingView>(window.get(), "meetingView")->meetingId(), meetingId);
    placeEdit()->setFocus();
    typeText(placeEdit(), QStringLiteral(" 2"));
    EXPECT_EQ(undo().undoText(), QStringLiteral("Edit place"));
    const auto actions = test::child<QMenu>(window.get(), "editMenu")->actions();
    const auto undoAction = std::find_if(actions.cbegin(), actions.cend(),
        [](QAction *a) { return a->text().contains(QStringLiteral("Edit place")); });
    EXPECT_NE(undoAction, actions.cend());
    // Ctrl+Z in the line edit reaches the meeting's stack, not the line edit's own undo.
    QTest::keySequence(placeEdit(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    EXPECT_EQ(session().header().place, QStringLiteral("Jupiter"));
    EXPECT_EQ(placeEdit()->text(), QStringLiteral("Jupiter"));
}

TEST_F(EditorTest, AttendanceTogglesWithOneKeyAndUndoes)
{
    QTreeView *view = test::child<QTreeView>(attendanceEditor(), "attendanceView");
    const qint64 karinId = MeetingRepository(*db).load(meetingId)->attendees.at(1).person.id;
    view->setFocus();
    view->setCurrentIndex(session().attendance()->indexOf(karinId));
    QTest::keyClick(view, Qt::Key_Space);
    EXPECT_EQ(session().attendance()->attendance(karinId)->status, AttendanceStatus::Absent);
    EXPECT_EQ(undo().undoText(), QStringLiteral("Mark Karin Gerken absent"));
    undo().undo();
    EXPECT_EQ(session().attendance()->attendance(karinId)->status, AttendanceStatus::Present);
    EXPECT_EQ(
        MeetingRepository(*db).load(meetingId)->attendees.at(1).status, AttendanceStatus::Present);
    undo().redo();
    EXPECT_EQ(reopen().attendees.at(1).status, AttendanceStatus::Absent);
}

TEST_F(EditorTest, GuestsAndNewRosterMembers)
{
    AttendanceEditor *a = attendanceEditor();
    typeText(test::child<QLineEdit>(a, "guestName"), QStringLiteral("Antonio Alas"));
    typeText(test::child<QLineEdit>(a, "guestNote"), QStringLiteral("Skoltempen"));
    QTest::keyClick(test::child<QLineEdit>(a, "guestNote"), Qt::Key_Return);
    auto *memberName = test::child<QLineEdit>(a, "memberName");
    auto *addMember = test::child<QPushButton>(a, "addMemberButton");
    typeText(memberName, QStringLiteral("Åsa Öberg"));
    test::child<QComboBox>(a, "memberGroup")->setEditText(QStringLiteral("Styrgruppen"));
    QTest::mouseClick(addMember, Qt::LeftButton);
    EXPECT_TRUE(a->messageText().isEmpty()) << a->messageText().toStdString();
    EXPECT_EQ(undo().undoText(), QString::fromUtf8("Add Åsa Öberg to the roster"));

    // A duplicate is pointed out as it is typed and refused on adding; the name stays.
    typeText(memberName, QStringLiteral("lila ericsson"));
    EXPECT_TRUE(a->messageText().contains(QStringLiteral("Lila Ericsson")));
    typeText(memberName, QStringLiteral("x"));
    EXPECT_TRUE(a->messageText().isEmpty());
    QTest::keyClick(memberName, Qt::Key_Backspace);
    QTest::mouseClick(addMember, Qt::LeftButton);
    EXPECT_FALSE(a->messageText().isEmpty());
    EXPECT_EQ(memberName->text(), QStringLiteral("lila ericsson"));
    RosterEntry second;
    second.person.name = QString::fromUtf8("Åsa Öberg");
    EXPECT_FALSE(BodyRepository(*db).addToRoster(session().header().body.id, second).ok());

    const Meeting saved = reopen();
    ASSERT_EQ(saved.attendees.size(), 4);
    EXPECT_EQ(saved.attendees.at(2).status, AttendanceStatus::Guest);
    EXPECT_EQ(saved.attendees.at(2).note, QStringLiteral("Skoltempen"));
    EXPECT_EQ(saved.attendees.at(3).person.name, QString::fromUtf8("Åsa Öberg"));
    EXPECT_EQ(saved.attendees.at(3).groupLabel, QStringLiteral("Styrgruppen"));
}

TEST_F(EditorTest, ItemsAndSubItemsFromTheKeyboardWithUndoOfEachStep)
{
    AgendaTreeView *tree = agendaView();
    ItemEditor *item = itemEditor();
    tree->setFocus();
    tree->setCurrentIndex(session().agenda()->indexOf(session().agenda()->childId(0, 1)));
    QTest::keyClick(tree, Qt::Key_Return);
    EXPECT_EQ(undo().undoText(), QStringLiteral("Add item"));
    typeText(item->titleEdit(), QStringLiteral("Budget 2025"));
    QTest::keyClick(item->titleEdit(), Qt::Key_Return);
    typeText(item->titleEdit(), QStringLiteral("Prognos"));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Tab);
    EXPECT_EQ(undo().undoText(), QStringLiteral("Indent item"));
    EXPECT_EQ(session().agenda()->number(current()), QStringLiteral("3.1"));
    QTest::keyClick(tree, Qt::Key_Return);
    typeText(item->titleEdit(), QStringLiteral("Utfall"));
    EXPECT_EQ(session().agenda()->number(current()), QStringLiteral("3.2"));
    QTest::keyClick(tree, Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(session().agenda()->number(current()), QStringLiteral("3.1"));
    // A sub-item of the sub-item from the Edit menu's shortcut, then taken back.
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    EXPECT_EQ(session().agenda()->number(current()), QStringLiteral("3.1.1"));
    EXPECT_EQ(undo().undoText(), QStringLiteral("Add sub-item"));
    undo().undo();
    tree->setCurrentIndex(session().agenda()->indexOf(
        session().agenda()->childId(session().agenda()->childId(0, 2), 0)));
    tree->setFocus();
    auto *body = test::child<BodyTextEdit>(item, "itemBody");
    body->setFocus();
    typeText(body, QStringLiteral("- intäkter"));
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClick(body, Qt::Key_Tab);
    typeText(body, QStringLiteral("skatter"));
    EXPECT_EQ(body->markdown(), QString::fromUtf8("- intäkter\n  - skatter"));

    const auto outline = [this] {
        QStringList out;
        forEachItem(session().agenda()->items(), [&](const AgendaItem &i, const QString &n, int) {
            out << n + QLatin1Char(' ') + i.title;
        });
        return out.join(QLatin1Char('|'));
    };
    const QString done = outline();
    EXPECT_EQ(done,
        QString::fromUtf8("1 Mötets öppnande|2 Gammalt uppdrag|3 Budget 2025|3.1 Utfall|3.2 "
                          "Prognos"));
    // Every step undoes, back to the start, and redoes again.
    QStringList seen;
    while (undo().canUndo()) {
        seen << undo().undoText();
        undo().undo();
    }
    EXPECT_EQ(outline(), QString::fromUtf8("1 Mötets öppnande|2 Gammalt uppdrag"));
    EXPECT_TRUE(seen.contains(QStringLiteral("Move item")));
    EXPECT_TRUE(seen.contains(QStringLiteral("Edit item text")));
    while (undo().canRedo())
        undo().redo();
    EXPECT_EQ(outline(), done);

    const Meeting saved = reopen();
    ASSERT_EQ(saved.items.size(), 3);
    EXPECT_EQ(saved.items.at(2).title, QStringLiteral("Budget 2025"));
    ASSERT_EQ(saved.items.at(2).children.size(), 2);
    EXPECT_EQ(saved.items.at(2).children.at(0).title, QStringLiteral("Utfall"));
    EXPECT_EQ(saved.items.at(2).children.at(0).body, QString::fromUtf8("- intäkter\n  - skatter"));
}

TEST_F(EditorTest, TypingIsSavedByTheAutosaveWithoutAnyCommand)
{
    ItemEditor *item = itemEditor();
    QTest::keyClick(item->titleEdit(), Qt::Key_End);
    typeText(item->titleEdit(), QStringLiteral(" (kort)"));
    EXPECT_TRUE(session().hasPendingChanges());
    waitForAutosave(session());
    EXPECT_FALSE(session().hasPendingChanges());
    // Read through a second connection, as after a crash: it is on disk.
    auto other = Database::open(path);
    ASSERT_TRUE(other.ok());
    EXPECT_EQ(MeetingRepository(*other.value()).load(meetingId)->items.at(0).title,
        QString::fromUtf8("Mötets öppnande (kort)"));
}

TEST_F(EditorTest, DecisionAndAssignmentWithShortcutsAndUndo)
{
    ItemEditor *item = itemEditor();
    const qint64 itemId = current();
    ASSERT_NE(itemId, 0);
    // The shortcut puts the cursor in the decision line; Enter adds it.
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    EXPECT_EQ(window->focusWidget(), test::child<QLineEdit>(item, "decisionText"));
    typeText(
        test::child<QLineEdit>(item, "decisionText"), QStringLiteral("Mötet förklaras öppnat."));
    QTest::keyClick(test::child<QLineEdit>(item, "decisionText"), Qt::Key_Return);
    EXPECT_EQ(undo().undoText(), QStringLiteral("Add decision"));
    EXPECT_EQ(records()->rowCount(), 1);

    typeText(test::child<QLineEdit>(item, "assignmentText"), QStringLiteral("Lila återkommer."));
    typeText(test::child<QLineEdit>(item, "assignee"), QStringLiteral("Lila Ericsson"));
    test::child<QDateEdit>(item, "dueDate")->setDate(QDate::currentDate().addDays(30));
    EXPECT_TRUE(item->warningText().isEmpty()) << item->warningText().toStdString();
    QTest::mouseClick(test::child<QPushButton>(item, "assignmentButton"), Qt::LeftButton);
    EXPECT_EQ(undo().undoText(), QStringLiteral("Add assignment"));
    ASSERT_EQ(records()->rowCount(), 2);
    // Marked done in the table, then undone.
    const QModelIndex done = records()->index(1, ItemRecordsModel::KindColumn);
    EXPECT_TRUE(records()->setData(done, int(Qt::Checked), Qt::CheckStateRole));
    EXPECT_EQ(undo().undoText(), QStringLiteral("Mark assignment done"));
    undo().undo();
    undo().undo();
    EXPECT_EQ(records()->rowCount(), 1);
    undo().undo();
    EXPECT_EQ(records()->rowCount(), 0);
    EXPECT_TRUE(MeetingRepository(*db).load(meetingId)->items.at(0).decisions.isEmpty());
    undo().redo();
    undo().redo();

    const Meeting saved = reopen();
    ASSERT_EQ(saved.items.at(0).decisions.size(), 1);
    EXPECT_EQ(saved.items.at(0).decisions.at(0).text, QStringLiteral("Mötet förklaras öppnat."));
    EXPECT_EQ(saved.items.at(0).decisions.at(0).number, 1);
    ASSERT_EQ(saved.items.at(0).actions.size(), 1);
    EXPECT_EQ(saved.items.at(0).actions.at(0).assignee, QStringLiteral("Lila Ericsson"));
    EXPECT_EQ(saved.items.at(0).actions.at(0).due, QDate::currentDate().addDays(30));
    EXPECT_EQ(saved.items.at(0).actions.at(0).status, ActionStatus::Open);
}

TEST_F(EditorTest, DeferAsksForTheDateCreatesTheDraftAndUndoes)
{
    const qint64 itemId = current();
    answerDatePrompt(QDate(2024, 2, 20));
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    EXPECT_TRUE(editor().noticeText().isEmpty()) << editor().noticeText().toStdString();
    EXPECT_EQ(session().agenda()->item(itemId)->deferredTo, QDate(2024, 2, 20));
    EXPECT_TRUE(undo().undoText().startsWith(QStringLiteral("Defer item 1")));
    MeetingFilter later;
    EXPECT_EQ(MeetingRepository(*db).count(later).value(), 2);
    undo().undo();
    EXPECT_EQ(MeetingRepository(*db).count(later).value(), 1);
    EXPECT_FALSE(session().agenda()->item(itemId)->deferredTo.isValid());
    undo().redo();
    const Meeting saved = reopen();
    EXPECT_EQ(saved.items.at(0).deferredTo, QDate(2024, 2, 20));
    const auto all = MeetingRepository(*db).list();
    ASSERT_EQ(all->size(), 2);
    const Meeting draft = MeetingRepository(*db).load(all->at(0).id).value();
    EXPECT_EQ(draft.date, QDate(2024, 2, 20));
    ASSERT_EQ(draft.items.size(), 1);
    EXPECT_EQ(draft.items.at(0).title, QString::fromUtf8("Mötets öppnande"));
}

TEST_F(EditorTest, NewMeetingFromPreviousCarriesOpenAssignmentsAndDeferredItems)
{
    // Item 1 deferred to the next meeting's date first.
    session().defer(current(), QDate(2024, 2, 13));
    answerDatePrompt(QDate(2024, 2, 13));
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    const qint64 next = window->currentMeetingId();
    ASSERT_NE(next, meetingId);
    EXPECT_EQ(meetingList()->currentMeetingId(), next);
    EXPECT_EQ(undo().activeStack(), editor().undoStack());
    EXPECT_EQ(undo().activeStack()->count(), 0);
    const QVector<AgendaItem> items = session().agenda()->items();
    QStringList titles;
    for (const AgendaItem &i : items)
        titles << i.title;
    QStringList expected = FollowUp::openingTitles();
    expected << FollowUp::followUpTitle() << QString::fromUtf8("Mötets öppnande")
             << FollowUp::closingTitles();
    EXPECT_EQ(titles, expected);
    ASSERT_EQ(items.at(2).actions.size(), 1);
    EXPECT_EQ(items.at(2).actions.at(0).text, QStringLiteral("Karin utreder lokalerna."));
    EXPECT_EQ(session().header().place, QStringLiteral("Jupiter"));
    EXPECT_EQ(session().header().start, QTime(12, 0));
    EXPECT_EQ(session().attendance()->rowCount(), 1);
    EXPECT_TRUE(headerEditor()->summaryText().contains(QStringLiteral("Jupiter")));
}

TEST_F(EditorTest, BadInputIsPointedOutAndKept)
{
    HeaderEditor *header = headerEditor();
    EXPECT_TRUE(header->warningText().isEmpty());
    test::child<QTimeEdit>(header, "end")->setTime(QTime(11, 0));
    EXPECT_FALSE(header->warningText().isEmpty());
    EXPECT_EQ(session().header().end, QTime(11, 0));

    ItemEditor *item = itemEditor();
    item->titleEdit()->selectAll();
    QTest::keyClick(item->titleEdit(), Qt::Key_Backspace);
    EXPECT_TRUE(item->warningText().contains(QStringLiteral("no title")));
    test::child<QDateEdit>(item, "dueDate")->setDate(QDate::currentDate().addDays(-3));
    EXPECT_TRUE(item->warningText().contains(QStringLiteral("past")));
    typeText(test::child<QLineEdit>(item, "assignmentText"), QStringLiteral("Sent påkommet."));
    QTest::keyClick(test::child<QLineEdit>(item, "assignmentText"), Qt::Key_Return);
    EXPECT_EQ(records()->rowCount(), 1);
    EXPECT_TRUE(dialogs.messages.isEmpty()); // nothing modal

    const Meeting saved = reopen();
    EXPECT_EQ(saved.end, QTime(11, 0));
    EXPECT_TRUE(saved.items.at(0).title.isEmpty());
    ASSERT_EQ(saved.items.at(0).actions.size(), 1);
    EXPECT_EQ(saved.items.at(0).actions.at(0).due, QDate::currentDate().addDays(-3));
}

TEST_F(EditorTest, ApprovedMinutesAreReadOnly)
{
    ASSERT_TRUE(MeetingRepository(*db).setStatus(meetingId, MeetingStatus::Approved).ok());
    sessions->meetingsChangedElsewhere({meetingId}); // approved elsewhere: the session reads again
    EXPECT_TRUE(session().isReadOnly());
    EXPECT_TRUE(placeEdit()->isReadOnly());
    EXPECT_TRUE(itemEditor()->titleEdit()->isReadOnly());
    EXPECT_FALSE(test::child<QPushButton>(itemEditor(), "decisionButton")->isEnabled());
    agendaView()->setFocus();
    QTest::keyClick(agendaView(), Qt::Key_Return);
    QTest::keyClick(agendaView(), Qt::Key_Delete);
    EXPECT_EQ(session().agenda()->childCount(0), 2);
    EXPECT_EQ(editor().undoStack()->count(), 0);
}

TEST_F(EditorTest, OpenMeetingAtSelectsTheItemAndMarksTheTerms)
{
    AgendaItem text = MeetingRepository(*db).load(meetingId)->items.at(1);
    text.body = QStringLiteral("Lokalerna i Jupiter och lokalerna i Saturnus.");
    ASSERT_TRUE(AgendaEdits(*db).saveFields(nullptr, {text}).ok());
    sessions->meetingsChangedElsewhere({meetingId}); // written behind the session's back
    window->openMeetingAt(meetingId, text.id, {QStringLiteral("lokalerna")});
    EXPECT_EQ(current(), text.id);
    EXPECT_EQ(itemEditor()->highlightCount(), 2);
}

TEST_F(EditorTest, TheLastOpenMeetingComesBack)
{
    Meeting second = startingMeeting();
    second.date = QDate(2024, 3, 5);
    ASSERT_TRUE(MeetingRepository(*db).insert(second).ok());
    meetingList()->reload();
    window->openMeetingAt(meetingId); // the older one
    window->close();
    MeetingSessions againSessions(*db);
    MainWindow again(againSessions, dialogs);
    again.show();
    again.start();
    EXPECT_EQ(again.currentMeetingId(), meetingId);
}

TEST_F(EditorTest, TheFilterBoxNarrowsTheMeetingList)
{
    Meeting second = startingMeeting();
    second.date = QDate(2024, 3, 5);
    second.place = QStringLiteral("Saturnus");
    ASSERT_TRUE(MeetingRepository(*db).insert(second).ok());
    MeetingListView *list = meetingList();
    list->reload();
    EXPECT_EQ(list->model()->totalCount(), 2);
    typeText(test::child<QLineEdit>(list, "meetingFilter"), QStringLiteral("satur"));
    for (int i = 0; i < 100 && list->model()->totalCount() != 1; ++i)
        QTest::qWait(10);
    EXPECT_EQ(list->model()->totalCount(), 1);
    EXPECT_EQ(list->currentMeetingId(), second.id);
    EXPECT_EQ(window->currentMeetingId(), second.id);
    test::child<QLineEdit>(list, "meetingFilter")->setText(QStringLiteral("Merkurius"));
    for (int i = 0; i < 100 && list->model()->totalCount() != 0; ++i)
        QTest::qWait(10);
    EXPECT_TRUE(list->emptyText().contains(QStringLiteral("Merkurius")));
}

TEST_F(EditorTest, TheListShowsAHeaderChangeAtOnce)
{
    typeText(placeEdit(), QStringLiteral(" B"));
    const MeetingListModel *model = meetingList()->model();
    const QModelIndex place = model->index(0, MeetingListModel::PlaceColumn);
    EXPECT_EQ(place.data().toString(), QStringLiteral("Jupiter B"));
}

TEST_F(EditorTest, TheMeetingsStackBecomesActiveAgainWhenTheEditorIsUsed)
{
    QUndoStack other; // another area's, like the action list's
    undo().addStack(&other);
    undo().setActiveStack(&other);
    typeText(placeEdit(), QStringLiteral(" 3"));
    EXPECT_EQ(undo().activeStack(), editor().undoStack());
    test::child<QTableView>(meetingList(), "meetingTable")->setFocus();
    undo().setActiveStack(&other);
    itemEditor()->titleEdit()->setFocus();
    EXPECT_EQ(undo().activeStack(), editor().undoStack());
    undo().removeStack(&other);
}
