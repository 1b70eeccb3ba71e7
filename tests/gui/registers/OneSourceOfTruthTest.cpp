// One source of truth in the running window: an assignment marked done in the assignment list
// is shown done by the editor that has its meeting open, and the step is on that meeting's
// undo stack — Ctrl+Z in the list takes it back, and so does the editor's Edit menu.

#include "ActionListModel.h"
#include "ActionListView.h"
#include "FakeDialogs.h"
#include "FindChild.h"
#include "ItemEditor.h"
#include "ItemRecordsModel.h"
#include "MainWindow.h"
#include "MeetingEditor.h"
#include "MeetingRepository.h"
#include "MeetingSession.h"
#include "MeetingSessions.h"
#include "Numbering.h"
#include "QtPrinting.h"
#include "RegisterDocks.h"
#include "TestDatabase.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTest>
#include <QUndoGroup>
#include <QUndoStack>

using namespace minutebook;

namespace {

/// The editor's check box of the assignment (Qt::Checked when done); -1 when it is not shown.
int editorCheck(MeetingEditor &editor, qint64 actionId)
{
    const auto *records = qobject_cast<const ItemRecordsModel *>(
        test::child<QTableView>(&editor, "itemRecords")->model());
    for (int row = 0; row < records->rowCount(); ++row) {
        const QModelIndex kind = records->index(row, ItemRecordsModel::KindColumn);
        if (!kind.data(ItemRecordsModel::IsDecisionRole).toBool()
            && kind.data(ItemRecordsModel::RecordIdRole).toLongLong() == actionId)
            return kind.data(Qt::CheckStateRole).toInt();
    }
    return -1;
}

ActionStatus stored(const Database &db, qint64 meetingId, qint64 actionId)
{
    const Meeting m = MeetingRepository(db).load(meetingId).value();
    ActionStatus status = ActionStatus::Open;
    forEachItem(m.items, [&](const AgendaItem &item, const QString &, int) {
        for (const ActionItem &a : item.actions)
            status = a.id == actionId ? a.status : status;
    });
    return status;
}

} // namespace

TEST(OneSourceOfTruth, DoneInTheListIsDoneInTheEditorAndUndoneFromEither)
{
    const auto db = test::generatedDatabase(40);
    ASSERT_TRUE(db);
    test::FakeDialogs dialogs;
    MeetingSessions sessions(*db);
    MainWindow window(sessions, dialogs);
    window.show();
    QApplication::setActiveWindow(&window);
    auto *docks = window.findChild<RegisterDocks *>();
    ASSERT_TRUE(docks);
    docks->actionListAction()->trigger();
    ActionListView *list = docks->actionList();
    auto *view = test::child<QTableView>(list, "actionListView");
    auto *model = qobject_cast<ActionListModel *>(view->model());
    ASSERT_TRUE(model);
    if (model->canFetchMore({}))
        model->fetchMore({});
    ASSERT_GT(model->rowCount(), 0);
    model->setToday(QDate(1900, 1, 1)); // "Open", not "Overdue", whatever today is
    const QModelIndex row = model->index(0, ActionListModel::StatusColumn);
    const qint64 meetingId = row.data(ActionListModel::MeetingIdRole).toLongLong();
    const qint64 itemId = row.data(ActionListModel::ItemIdRole).toLongLong();
    const qint64 actionId = row.data(ActionListModel::ActionIdRole).toLongLong();

    // The editor has the assignment's meeting open at its item.
    window.openMeetingAt(meetingId, itemId);
    MeetingEditor &editor = *test::child<MeetingEditor>(&window, "meetingEditor");
    ASSERT_EQ(editor.meetingId(), meetingId);
    ASSERT_EQ(editorCheck(editor, actionId), int(Qt::Unchecked));

    // Marked done in the list: saved, and the editor shows it at once.
    view->setFocus();
    view->setCurrentIndex(row);
    ASSERT_TRUE(list->toggleCurrent());
    EXPECT_EQ(stored(*db, meetingId, actionId), ActionStatus::Done);
    EXPECT_EQ(editorCheck(editor, actionId), int(Qt::Checked));
    EXPECT_EQ(row.data().toString(), QStringLiteral("Done"));
    MeetingSession *session = sessions.find(meetingId);
    ASSERT_TRUE(session);
    EXPECT_EQ(session->undoStack()->undoText(), QStringLiteral("Mark assignment done"));

    // Ctrl+Z in the list.
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(stored(*db, meetingId, actionId), ActionStatus::Open);
    EXPECT_EQ(editorCheck(editor, actionId), int(Qt::Unchecked));
    EXPECT_EQ(row.data().toString(), QStringLiteral("Open"));
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(stored(*db, meetingId, actionId), ActionStatus::Done);

    // The same step, from the editor's Edit menu.
    test::child<ItemEditor>(&editor, "itemEditor")->titleEdit()->setFocus();
    QAction *undo = test::child<QMenu>(&window, "editMenu")->actions().constFirst();
    EXPECT_EQ(undo->text(), QStringLiteral("&Undo Mark assignment done"));
    undo->trigger();
    EXPECT_EQ(stored(*db, meetingId, actionId), ActionStatus::Open);
    EXPECT_EQ(editorCheck(editor, actionId), int(Qt::Unchecked));
    EXPECT_EQ(row.data().toString(), QStringLiteral("Open"));
}
