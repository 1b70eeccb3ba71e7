// The search pane, the decision register and the action list in the real main window, and
// their models under QAbstractItemModelTester.

#include "ActionListModel.h"
#include "ActionListView.h"
#include "DecisionRegisterModel.h"
#include "DecisionRegisterView.h"
#include "FakeDialogs.h"
#include "FindChild.h"
#include "Language.h"
#include "MainWindow.h"
#include "MeetingSession.h"
#include "MeetingSessions.h"
#include "QtPrinting.h"
#include "RegisterDocks.h"
#include "RegisterRepository.h"
#include "SearchHitModel.h"
#include "SearchPane.h"
#include "SearchRunner.h"
#include "TestDatabase.h"
#include "WarningCollector.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>

using namespace minutebook;

namespace {
// A database file (the search pane then really searches on its own thread) with generated
// minutes and one meeting with a word found nowhere else.
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    Meeting known;

    explicit Fixture(int meetings = 80)
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("search.db")));
        EXPECT_TRUE(opened.ok()) << opened.error().toStdString();
        db = std::move(opened.value());
        EXPECT_TRUE(MinutesGenerator(*db).generate(meetings, 21).ok());
        known.body.name = QStringLiteral("Ledningsgrupp HSS");
        known.body.shortName = QStringLiteral("LG");
        known.date = QDate(2019, 3, 5);
        AgendaItem first;
        first.title = QStringLiteral("Incheckning");
        AgendaItem second;
        second.title = QStringLiteral("Jupiterpriset i aulan");
        second.body = QStringLiteral("Förslag om ett gemensamt pris för alla skolor.");
        second.decisions = {{0, 0, QStringLiteral("Ledningsgruppen beslutar om Jupiterpriset.")}};
        known.items = {first, second};
        EXPECT_TRUE(MeetingRepository(*db).insert(known).ok());
    }
};

/// The hits the pane shows, reached through its list as the user sees them.
const SearchHitModel *hits(const SearchPane *pane)
{
    return qobject_cast<const SearchHitModel *>(
        test::child<QTreeView>(pane, "searchResults")->model());
}

bool waitForHits(SearchPane *pane)
{
    return QTest::qWaitFor(
        [pane] { return hits(pane)->rowCount() > 0 && !pane->runner()->isBusy(); }, 10000);
}
} // namespace

TEST(SearchPane, TypingFindsTheMeetingAndActivatingAHitOpensIt)
{
    Fixture f;
    test::FakeDialogs dialogs;
    MeetingSessions sessions(*f.db);
    MainWindow window(sessions, dialogs);
    window.show();
    window.start();
    auto *docks = window.findChild<RegisterDocks *>();
    ASSERT_TRUE(docks);
    SearchPane *pane = docks->searchPane();
    EXPECT_TRUE(pane->runner()->runsInBackground());
    ASSERT_NE(window.currentMeetingId(), f.known.id) << "start shows the newest meeting";

    // Ctrl+F (View → Search) puts the cursor in the field.
    EXPECT_EQ(docks->searchAction()->shortcut(), QKeySequence(QKeySequence::Find));
    docks->searchAction()->trigger();
    QApplication::setActiveWindow(&window);
    auto *field = test::child<QLineEdit>(pane, "searchField");
    EXPECT_TRUE(QTest::qWaitFor([field] { return field->hasFocus(); }, 2000));

    QTest::keyClicks(field, QStringLiteral("JUPITERPRISET"));
    ASSERT_TRUE(waitForHits(pane));
    const SearchHitModel *model = hits(pane);
    ASSERT_EQ(model->hits().size(), 2) << "item title and decision";
    EXPECT_EQ(model->hits().at(0).kind, HitKind::Item) << "the title hit first";
    EXPECT_EQ(model->hits().at(1).kind, HitKind::Decision);
    // Grouped: one row for the meeting, the two hits under it.
    ASSERT_EQ(model->rowCount(), 1);
    const QModelIndex meeting = model->index(0, 0);
    EXPECT_EQ(model->rowCount(meeting), 2);
    EXPECT_TRUE(meeting.data().toString().startsWith(
        QLocale().toString(QDate(2019, 3, 5), QLocale::ShortFormat)));
    EXPECT_TRUE(meeting.data().toString().contains(QStringLiteral("LG")));
    const QModelIndex first = model->indexOfHit(0);
    EXPECT_EQ(first.parent(), meeting);
    EXPECT_TRUE(first.data(SearchHitModel::HighlightedRole)
                    .toString()
                    .contains(QStringLiteral("<b>Jupiterpriset</b>")));
    EXPECT_EQ(first.data(Qt::ToolTipRole).toString(), QStringLiteral("Jupiterpriset i aulan"));
    EXPECT_TRUE(first.data().toString().startsWith(QStringLiteral("§2 Jupiterpriset i aulan")))
        << first.data().toString().toStdString();
    EXPECT_TRUE(model->indexOfHit(1).data().toString().contains(QStringLiteral("Decision")));

    qint64 openedItem = -1;
    QStringList openedTerms;
    QObject::connect(
        pane, &SearchPane::hitActivated, [&](qint64, qint64 itemId, const QStringList &terms) {
            openedItem = itemId;
            openedTerms = terms;
        });
    auto *results = test::child<QTreeView>(pane, "searchResults");
    results->setFocus();
    results->setCurrentIndex(model->indexOfHit(1));
    QTest::keyClick(results, Qt::Key_Return);
    EXPECT_EQ(window.currentMeetingId(), f.known.id);
    EXPECT_EQ(openedItem, f.known.items.at(1).id);
    EXPECT_EQ(openedTerms, QStringList({QStringLiteral("JUPITERPRISET")}));

    // Nothing to search for: no hits and a hint, never an error.
    field->setText(QStringLiteral("-jupiterpriset"));
    pane->searchNow();
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_EQ(dialogs.warnings, 0);
}

TEST(SearchPane, FiltersAndStaleResultsAreDropped)
{
    Fixture f;
    SearchPane pane(*f.db);
    // Three requests in a row: only the last one's hits arrive.
    auto *field = test::child<QLineEdit>(&pane, "searchField");
    field->setText(QStringLiteral("beslutar"));
    pane.searchNow();
    field->setText(QStringLiteral("och"));
    pane.searchNow();
    field->setText(QStringLiteral("jupiterpriset"));
    pane.searchNow();
    ASSERT_TRUE(waitForHits(&pane));
    EXPECT_EQ(hits(&pane)->hits().size(), 2);
    auto *kind = pane.findChildren<QComboBox *>().at(0);
    kind->setCurrentIndex(kind->findData(int(HitKind::Decision)));
    ASSERT_TRUE(QTest::qWaitFor([&] { return hits(&pane)->hits().size() == 1; }, 10000));
    EXPECT_EQ(hits(&pane)->hits().at(0).kind, HitKind::Decision);
    EXPECT_EQ(SearchPane::highlightTerms(QStringLiteral("skol* \"riktat stöd\" -budget")),
        QStringList({QStringLiteral("skol"), QStringLiteral("riktat stöd")}));
}

TEST(SearchPane, KeysMoveThroughHitsTheCountFollowsAndInflectedWordsAreHighlighted)
{
    Fixture f(300);
    SearchPane pane(*f.db);
    pane.show();
    QApplication::setActiveWindow(&pane);
    qint64 openedItem = -1;
    QStringList openedTerms;
    QObject::connect(
        &pane, &SearchPane::hitActivated, [&](qint64, qint64 itemId, const QStringList &terms) {
            openedItem = itemId;
            openedTerms = terms;
        });
    auto *field = test::child<QLineEdit>(&pane, "searchField");
    auto *results = test::child<QTreeView>(&pane, "searchResults");
    auto *status = test::child<QLabel>(&pane, "status");

    // A word in more items than a page holds: the page first, then the true count.
    field->setFocus();
    field->setText(QStringLiteral("skolmåltider"));
    pane.searchNow();
    ASSERT_TRUE(waitForHits(&pane));
    const SearchHitModel *model = hits(&pane);
    ASSERT_EQ(model->hits().size(), 200);
    SearchOptions everything;
    everything.limit = 1000000;
    const int all
        = int(SearchIndex(*f.db).search(QStringLiteral("skolmåltider"), everything)->size());
    ASSERT_GT(all, 200);
    const QString expected = QLocale().toString(all);
    EXPECT_TRUE(QTest::qWaitFor([&] { return status->text().contains(expected); }, 10000))
        << status->text().toStdString();
    EXPECT_FALSE(status->text().startsWith(QStringLiteral("200 ")));

    // The text says "skolmåltiderna": that form is highlighted when the hit is opened.
    QTest::keyClick(field, Qt::Key_Down);
    EXPECT_TRUE(results->hasFocus());
    EXPECT_EQ(results->currentIndex(), model->indexOfHit(0));
    // Down goes on row by row, a meeting's row included (Enter there opens the meeting).
    QTest::keyClick(results, Qt::Key_Down);
    EXPECT_EQ(results->currentIndex(), results->indexBelow(model->indexOfHit(0)));
    while (results->currentIndex().data(SearchHitModel::IsMeetingRole).toBool())
        QTest::keyClick(results, Qt::Key_Down);
    QTest::keyClick(results, Qt::Key_Return);
    EXPECT_EQ(openedItem, results->currentIndex().data(SearchHitModel::ItemIdRole).toLongLong());
    EXPECT_NE(results->currentIndex(), model->indexOfHit(0));
    EXPECT_TRUE(openedTerms.contains(QStringLiteral("skolmåltiderna"), Qt::CaseInsensitive))
        << openedTerms.join(QLatin1Char(',')).toStdString();
    // Up from the first row goes back to the field.
    results->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(results, Qt::Key_Up);
    EXPECT_TRUE(field->hasFocus());

    // A misspelling: the hits of the closest word, and the pane says so.
    field->setText(QStringLiteral("jupiterprist"));
    pane.searchNow();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return !pane.runner()->isBusy()
                && status->text().contains(QStringLiteral("jupiterpriset"));
        },
        10000))
        << status->text().toStdString();
    EXPECT_EQ(model->hits().size(), 2);
}

TEST(SearchPane, AWidenedPaneKeepsItsWidthNextTime)
{
    Fixture f(5);
    QSettings().clear();
    test::FakeDialogs dialogs;
    MeetingSessions sessions(*f.db);
    int widened = 0;
    {
        MainWindow window(sessions, dialogs);
        window.resize(1300, 800);
        window.show();
        window.start();
        auto *docks = window.findChild<RegisterDocks *>();
        docks->searchAction()->trigger();
        auto *dock = test::child<QDockWidget>(&window, "searchDock");
        ASSERT_TRUE(QTest::qWaitFor([dock] { return dock->isVisible(); }, 2000));
        const int before = dock->width();
        window.resizeDocks({dock}, {before + 180}, Qt::Horizontal);
        QCoreApplication::processEvents();
        widened = dock->width();
        EXPECT_GT(widened, before + 100);
        window.close();
    }
    MainWindow again(sessions, dialogs);
    again.show();
    again.start();
    auto *dock = test::child<QDockWidget>(&again, "searchDock");
    ASSERT_TRUE(QTest::qWaitFor([dock] { return dock->isVisible(); }, 2000));
    EXPECT_NEAR(dock->width(), widened, 4);
    again.close();
    QSettings().clear();
}

// Not a check: writes the picture for docs/images when MINUTEBOOK_SCREENSHOT names the file:
// the window on the relevance corpus (tests/data/relevance), searching a word in a form the
// minutes never use.
TEST(SearchPane, Screenshot)
{
    const QString target = qEnvironmentVariable("MINUTEBOOK_SCREENSHOT");
    if (target.isEmpty())
        GTEST_SKIP() << "set MINUTEBOOK_SCREENSHOT to write a screenshot";
    // Swedish unless MINUTEBOOK_SCREENSHOT_LANGUAGE says otherwise (en, to look at it in English).
    const QString language
        = qEnvironmentVariable("MINUTEBOOK_SCREENSHOT_LANGUAGE", QStringLiteral("sv"));
    Language::install(*qApp, language);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corpus.db"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(MINUTEBOOK_TEST_DATA "/relevance/corpus.db"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok());
    test::FakeDialogs dialogs;
    MeetingSessions sessions(*db.value());
    MainWindow window(sessions, dialogs);
    window.resize(1400, 900);
    window.show();
    window.start();
    auto *docks = window.findChild<RegisterDocks *>();
    docks->searchAction()->trigger();
    SearchPane *pane = docks->searchPane();
    pane->parentWidget()->resize(560, pane->parentWidget()->height());
    auto *field = test::child<QLineEdit>(pane, "searchField");
    field->setText(QStringLiteral("skolmåltider"));
    pane->searchNow();
    ASSERT_TRUE(waitForHits(pane));
    auto *results = test::child<QTreeView>(pane, "searchResults");
    QTest::keyClick(field, Qt::Key_Down);
    QTest::keyClick(results, Qt::Key_Return);
    QTest::qWait(300);
    EXPECT_TRUE(window.grab().save(target));
    Language::install(*qApp, QStringLiteral("en"));
}

TEST(RegisterModels, PassTheModelTester)
{
    const auto db = test::generatedDatabase(400);
    ASSERT_TRUE(db);
    test::WarningCollector collector;
    test::WarningCollector::warnings().clear();
    {
        DecisionRegisterModel decisions(*db);
        QAbstractItemModelTester tester(
            &decisions, QAbstractItemModelTester::FailureReportingMode::Warning);
        EXPECT_GT(decisions.totalCount(), PagedTableModel::pageSize);
        decisions.fetchMore({});
        decisions.fetchMore({});
        // The tester fetches too; at least the two pages asked for, never more than there are.
        EXPECT_GE(decisions.rowCount(), 2 * PagedTableModel::pageSize);
        EXPECT_LE(decisions.rowCount(), decisions.totalCount());
        decisions.sort(DecisionRegisterModel::ReferenceColumn, Qt::AscendingOrder);
        decisions.fetchMore({});
        RegisterFilter lg;
        lg.body = QStringLiteral("LG");
        decisions.setFilter(lg);
        while (decisions.canFetchMore({}))
            decisions.fetchMore({});
        EXPECT_EQ(decisions.rowCount(), decisions.totalCount());
        EXPECT_TRUE(decisions.index(0, DecisionRegisterModel::ReferenceColumn)
                        .data()
                        .toString()
                        .startsWith(QStringLiteral("LG ")));
    }
    {
        ActionListModel actions(*db);
        QAbstractItemModelTester tester(
            &actions, QAbstractItemModelTester::FailureReportingMode::Warning);
        actions.fetchMore({});
        ASSERT_GT(actions.rowCount(), 0);
        const qint64 id = actions.index(0, 0).data(ActionListModel::ActionIdRole).toLongLong();
        actions.showStatus(id, ActionStatus::Done, QDate(2024, 5, 2));
        actions.sort(ActionListModel::AssigneeColumn, Qt::DescendingOrder);
        actions.fetchMore({});
        RegisterFilter all;
        actions.setFilter(all);
        while (actions.canFetchMore({}))
            actions.fetchMore({});
        EXPECT_EQ(actions.rowCount(), actions.totalCount());
    }
    {
        SearchHitModel hits;
        QAbstractItemModelTester tester(
            &hits, QAbstractItemModelTester::FailureReportingMode::Warning);
        SearchHit h;
        h.snippet
            = QStringLiteral("om ") + highlightStart + QStringLiteral("<skolvalet>") + highlightEnd;
        SearchHit other = h;
        other.meetingId = 7;
        hits.setHits({h, other, h});
        EXPECT_EQ(hits.rowCount(), 2) << "two meetings";
        EXPECT_EQ(hits.rowCount(hits.index(0, 0)), 2);
        EXPECT_EQ(hits.indexOfHit(2).parent(), hits.index(0, 0)) << "grouped with its meeting";
        EXPECT_EQ(
            hits.indexOfHit(0).data(Qt::ToolTipRole).toString(), QStringLiteral("om <skolvalet>"));
        EXPECT_TRUE(hits.indexOfHit(0)
                        .data(SearchHitModel::HighlightedRole)
                        .toString()
                        .contains(QStringLiteral("om <b>&lt;skolvalet&gt;</b>")));
        EXPECT_EQ(hits.indexOfHit(0).data(SearchHitModel::MatchedWordsRole).toStringList(),
            QStringList {QStringLiteral("<skolvalet>")});
        hits.setHits({});
    }
    EXPECT_TRUE(test::WarningCollector::warnings().isEmpty())
        << test::WarningCollector::warnings().join(QLatin1Char('\n')).toStdString();
}

TEST(ActionList, OverdueIsMarkedAndMarkDoneIsSavedAndUndoable)
{
    Fixture f(120);
    test::FakeDialogs dialogs;
    MeetingSessions sessions(*f.db);
    MainWindow window(sessions, dialogs);
    window.show();
    auto *docks = window.findChild<RegisterDocks *>();
    ASSERT_TRUE(docks);
    EXPECT_EQ(
        docks->actionListAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    docks->actionListAction()->trigger();
    ActionListView *list = docks->actionList();
    ASSERT_TRUE(list->isVisible());
    auto *table = test::child<QTableView>(list, "actionListView");
    auto *model = qobject_cast<ActionListModel *>(table->model());
    ASSERT_TRUE(model);
    if (model->canFetchMore({}))
        model->fetchMore({});
    ASSERT_GT(model->rowCount(), 0);
    model->setToday(QDate(2100, 1, 1));
    const QModelIndex first = model->index(0, ActionListModel::StatusColumn);
    EXPECT_TRUE(first.data(ActionListModel::OverdueRole).toBool());
    EXPECT_EQ(first.data().toString(), QStringLiteral("Overdue"));
    model->setToday(QDate(1900, 1, 1));
    EXPECT_EQ(first.data().toString(), QStringLiteral("Open"));

    const qint64 id = first.data(ActionListModel::ActionIdRole).toLongLong();
    auto statusInDatabase = [&] {
        const auto rows = RegisterRepository(*f.db).actions(RegisterFilter());
        for (const ActionRecord &a : rows.value()) {
            if (a.actionId == id)
                return a.status;
        }
        ADD_FAILURE() << "assignment gone";
        return ActionStatus::Open;
    };
    const qint64 meetingOfAction = first.data(ActionListModel::MeetingIdRole).toLongLong();
    table->setCurrentIndex(first);
    ASSERT_TRUE(list->toggleCurrent());
    EXPECT_EQ(statusInDatabase(), ActionStatus::Done);
    EXPECT_EQ(first.data().toString(), QStringLiteral("Done"));
    // The step is on the undo stack of the assignment's meeting, the active one now.
    ASSERT_NE(sessions.find(meetingOfAction), nullptr);
    EXPECT_EQ(window.undoGroup()->activeStack(), sessions.find(meetingOfAction)->undoStack());
    window.undoGroup()->undo();
    EXPECT_EQ(statusInDatabase(), ActionStatus::Open);
    EXPECT_EQ(first.data().toString(), QStringLiteral("Open"));
    window.undoGroup()->redo();
    EXPECT_EQ(statusInDatabase(), ActionStatus::Done);

    // Filter by person and status.
    const QString person = model->index(0, ActionListModel::AssigneeColumn).data().toString();
    test::child<QComboBox>(list, "actionPerson")->setEditText(person);
    auto *status = test::child<QComboBox>(list, "actionStatus");
    status->setCurrentIndex(status->findData(ActionListView::Every));
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->filter().assignee == person; }, 2000));
    for (int row = 0; row < model->rowCount(); ++row)
        EXPECT_EQ(model->index(row, ActionListModel::AssigneeColumn).data().toString(), person);

    // CSV of what the filter selects.
    dialogs.saveFile = f.dir.filePath(QStringLiteral("assignments.csv"));
    ASSERT_TRUE(list->exportCsv());
    QFile csv(dialogs.saveFile);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(bytes.count("\r\n"), model->totalCount() + 1);
    EXPECT_TRUE(bytes.contains(person.toUtf8()));
    EXPECT_EQ(dialogs.warnings, 0);
}

TEST(DecisionRegister, OpensTheMeetingAndExportsWithTheChosenSeparator)
{
    Fixture f;
    test::FakeDialogs dialogs;
    MeetingSessions sessions(*f.db);
    MainWindow window(sessions, dialogs);
    window.show();
    window.start();
    auto *docks = window.findChild<RegisterDocks *>();
    ASSERT_TRUE(docks);
    docks->decisionAction()->trigger();
    DecisionRegisterView *view = docks->decisionRegister();
    ASSERT_TRUE(view->isVisible());
    auto *table = test::child<QTableView>(view, "decisionRegisterView");
    auto *model = qobject_cast<DecisionRegisterModel *>(table->model());
    ASSERT_TRUE(model);
    test::child<QLineEdit>(view, "decisionFilter")->setText(QStringLiteral("jupiterpris"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->totalCount() == 1; }, 3000));
    if (model->canFetchMore({}))
        model->fetchMore({});
    const QModelIndex row = model->index(0, DecisionRegisterModel::ReferenceColumn);
    EXPECT_EQ(row.data().toString(), QStringLiteral("LG 2019-03-05 §2"));
    emit table->activated(row);
    EXPECT_EQ(window.currentMeetingId(), f.known.id);

    test::child<QComboBox>(view, "decisionSeparator")->setCurrentIndex(1); // comma
    dialogs.saveFile = f.dir.filePath(QStringLiteral("decisions.csv"));
    ASSERT_TRUE(view->exportCsv());
    QFile csv(dialogs.saveFile);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_EQ(csv.readAll(),
        QByteArray("\xEF\xBB\xBF")
            + QStringLiteral("Date,Body,Item,Title,Reference,Decision\r\n2019-03-05,Ledningsgrupp "
                             "HSS,2,Jupiterpriset i aulan,LG 2019-03-05 §2,Ledningsgruppen "
                             "beslutar om Jupiterpriset.\r\n")
                  .toUtf8());
    dialogs.saveFile.clear(); // cancelled
    EXPECT_FALSE(view->exportCsv());
}
