#include "AgendaModel.h"
#include "AttendanceModel.h"
#include "ItemRecordsModel.h"
#include "QtPrinting.h"
#include "TestDatabase.h"
#include "WarningCollector.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

using namespace minutebook;

namespace {
AgendaItem item(qint64 id, const char *title, QVector<AgendaItem> children = {})
{
    AgendaItem i;
    i.id = id;
    i.title = QString::fromUtf8(title);
    i.children = std::move(children);
    return i;
}

QStringList outline(const AgendaModel &model, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex at = model.index(r, 0, parent);
        out << at.data(AgendaModel::NumberRole).toString() + QStringLiteral("  ")
                + at.data().toString();
        out << outline(model, at);
    }
    return out;
}

Attendance person(qint64 id, const char *name, const char *group,
    AttendanceStatus status = AttendanceStatus::Present)
{
    Attendance a;
    a.person.id = id;
    a.person.name = QString::fromUtf8(name);
    a.groupLabel = QString::fromUtf8(group);
    a.status = status;
    return a;
}
} // namespace

TEST(AgendaModel, NumbersFollowTheOrderThroughInsertMoveAndRemove)
{
    test::WarningCollector warnings;
    test::WarningCollector::warnings().clear();
    AgendaModel model;
    QAbstractItemModelTester tester(
        &model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setItems({item(1, "A"), item(2, "B", {item(3, "B1")}), item(4, "C")});
    EXPECT_EQ(outline(model),
        (QStringList {QStringLiteral("1  A"), QStringLiteral("2  B"), QStringLiteral("2.1  B1"),
            QStringLiteral("3  C")}));
    model.insertItem(0, 0, item(5, "Först"));
    model.moveItem(4, 2, 0); // C becomes the first child of B
    model.moveItem(1, 0, 2); // A after B
    EXPECT_EQ(outline(model),
        (QStringList {QStringLiteral("1  Först"), QStringLiteral("2  B"), QStringLiteral("2.1  C"),
            QStringLiteral("2.2  B1"), QStringLiteral("3  A")}));
    model.removeItem(2);
    EXPECT_EQ(outline(model), (QStringList {QStringLiteral("1  Först"), QStringLiteral("2  A")}));
    // An item cannot go under itself.
    model.insertItem(1, 0, item(6, "Under A"));
    model.moveItem(1, 6, 0);
    EXPECT_EQ(model.parentId(6), 1);
    EXPECT_EQ(model.number(6), QStringLiteral("2.1"));
    EXPECT_TRUE(test::WarningCollector::warnings().isEmpty())
        << test::WarningCollector::warnings().join(QLatin1Char('\n')).toStdString();
}

TEST(AgendaModel, ADropAsksForAMoveInsteadOfMovingRows)
{
    AgendaModel model;
    model.setItems({item(1, "A"), item(2, "B"), item(3, "C")});
    QSignalSpy spy(&model, &AgendaModel::moveRequested);
    std::unique_ptr<QMimeData> data(model.mimeData({model.indexOf(1)}));
    ASSERT_TRUE(data);
    // Dropped between B and C: row 2 before the move, row 1 once A has left.
    EXPECT_FALSE(model.dropMimeData(data.get(), Qt::MoveAction, 2, 0, {}));
    ASSERT_EQ(spy.size(), 1);
    EXPECT_EQ(spy.at(0).at(0).toLongLong(), 1);
    EXPECT_EQ(spy.at(0).at(1).toLongLong(), 0);
    EXPECT_EQ(spy.at(0).at(2).toInt(), 1);
    // Not under itself.
    EXPECT_FALSE(model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, model.indexOf(1)));
    model.setEditable(false);
    EXPECT_FALSE(model.flags(model.indexOf(1)).testFlag(Qt::ItemIsDragEnabled));
}

TEST(AgendaModel, AnUntitledItemSaysSo)
{
    AgendaModel model;
    model.setItems({item(1, "")});
    const QModelIndex at = model.indexOf(1);
    EXPECT_EQ(at.data(AgendaModel::NumberRole).toString(), QStringLiteral("1"));
    EXPECT_FALSE(at.data().toString().isEmpty());
    EXPECT_TRUE(at.data(Qt::FontRole).value<QFont>().italic());
    EXPECT_FALSE(at.data(Qt::ToolTipRole).toString().isEmpty());
}

TEST(AttendanceModel, GroupsBySubGroupWithGuestsLastAndAsksToToggle)
{
    test::WarningCollector warnings;
    test::WarningCollector::warnings().clear();
    AttendanceModel model;
    QAbstractItemModelTester tester(
        &model, QAbstractItemModelTester::FailureReportingMode::Warning);
    RosterEntry absentMember;
    absentMember.person = {3, QStringLiteral("Karin Gerken"), {}, {}, {}};
    absentMember.groupLabel = QStringLiteral("Styrgruppen");
    Attendance guest = person(4, "Antonio Alas", "", AttendanceStatus::Guest);
    guest.note = QStringLiteral("Skoltempen");
    model.setPeople({absentMember},
        {person(1, "Lila Ericsson", "LG"), guest,
            person(2, "Per Holm", "LG", AttendanceStatus::Absent)});
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("Styrgruppen (0 of 1 present)"));
    EXPECT_EQ(model.index(1, 0).data().toString(), QStringLiteral("LG (1 of 2 present)"));
    EXPECT_EQ(model.index(2, 0).data().toString(), QStringLiteral("Guests"));
    const QModelIndex karin = model.indexOf(3);
    EXPECT_EQ(karin.data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
    EXPECT_EQ(model.indexOf(4).data().toString(), QString::fromUtf8("Antonio Alas — Skoltempen"));
    EXPECT_FALSE(model.flags(model.indexOf(4)).testFlag(Qt::ItemIsUserCheckable));

    QSignalSpy spy(&model, &AttendanceModel::toggleRequested);
    EXPECT_TRUE(model.setData(karin, Qt::Checked, Qt::CheckStateRole));
    ASSERT_EQ(spy.size(), 1);
    EXPECT_EQ(spy.at(0).at(0).toLongLong(), 3);
    // Only the session changes a row.
    EXPECT_EQ(karin.data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
    Attendance present = *model.attendance(3);
    present.status = AttendanceStatus::Present;
    model.setAttendance(present);
    EXPECT_EQ(model.indexOf(3).data(Qt::CheckStateRole).toInt(), Qt::Checked);
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("Styrgruppen (1 of 1 present)"));
    // A new guest, then taken away again (undo), leaves no empty group behind.
    model.removePerson(4);
    EXPECT_EQ(model.rowCount(), 2);
    model.setAttendance(guest);
    EXPECT_EQ(model.rowCount(), 3);
    // A new sub-group goes before the guests; what the views hold on to stays right.
    const QPersistentModelIndex held(model.indexOf(4));
    model.setAttendance(person(5, "Ny Person", "Nya gruppen"));
    EXPECT_EQ(model.index(2, 0).data().toString(), QStringLiteral("Nya gruppen (1 of 1 present)"));
    EXPECT_EQ(held.data(AttendanceModel::PersonIdRole).toLongLong(), 4);
    EXPECT_EQ(held.parent().data().toString(), QStringLiteral("Guests"));
    EXPECT_TRUE(test::WarningCollector::warnings().isEmpty())
        << test::WarningCollector::warnings().join(QLatin1Char('\n')).toStdString();
}

TEST(ItemRecordsModel, ShowsDecisionsAndAssignmentsAndAsksForEdits)
{
    test::WarningCollector warnings;
    test::WarningCollector::warnings().clear();
    ItemRecordsModel model;
    QAbstractItemModelTester tester(
        &model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setToday(QDate(2024, 2, 6));
    AgendaItem i = item(1, "A");
    i.decisions = {{10, 3, QStringLiteral("Beslut.")}};
    i.actions = {ActionItem {20, QStringLiteral("Göra."), QStringLiteral("LE"), QDate(2024, 1, 1)}};
    model.setItem(i);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, ItemRecordsModel::KindColumn).data().toString(),
        QStringLiteral("Decision §3"));
    EXPECT_EQ(
        model.index(1, ItemRecordsModel::AssigneeColumn).data().toString(), QStringLiteral("LE"));
    // A due date in the past is pointed out.
    EXPECT_FALSE(
        model.index(1, ItemRecordsModel::DueColumn).data(Qt::ToolTipRole).toString().isEmpty());
    EXPECT_FALSE(
        model.flags(model.index(0, ItemRecordsModel::DueColumn)).testFlag(Qt::ItemIsEditable));

    QSignalSpy decisions(&model, &ItemRecordsModel::decisionEditRequested);
    QSignalSpy actions(&model, &ItemRecordsModel::actionEditRequested);
    EXPECT_TRUE(model.setData(model.index(0, ItemRecordsModel::TextColumn),
        QStringLiteral("Nytt beslut."), Qt::EditRole));
    EXPECT_TRUE(model.setData(
        model.index(1, ItemRecordsModel::KindColumn), int(Qt::Checked), Qt::CheckStateRole));
    ASSERT_EQ(decisions.size(), 1);
    EXPECT_EQ(decisions.at(0).at(1).value<Decision>().text, QStringLiteral("Nytt beslut."));
    ASSERT_EQ(actions.size(), 1);
    EXPECT_EQ(actions.at(0).at(1).value<ActionItem>().status, ActionStatus::Done);

    i.actions[0].status = ActionStatus::Done;
    model.setItem(i);
    EXPECT_TRUE(
        model.index(1, ItemRecordsModel::DueColumn).data(Qt::ToolTipRole).toString().isEmpty());
    model.setItem(item(2, "B"));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(test::WarningCollector::warnings().isEmpty())
        << test::WarningCollector::warnings().join(QLatin1Char('\n')).toStdString();
}
