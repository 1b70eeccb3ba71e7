// The secretary's whole flow with the keyboard alone: the next meeting from the previous one,
// attendance, a new item with a decision and an assignment, approval and the print preview —
// every step a key event sent where the keyboard focus is (or to the dialog the keys opened),
// the result checked in the database.

#include "FakeDialogs.h"
#include "FindChild.h"
#include "MainWindow.h"
#include "MeetingRepository.h"
#include "MeetingSession.h"
#include "MeetingSessions.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateEdit>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

using namespace minutebook;

namespace {
Meeting previousMeeting()
{
    Meeting m;
    m.body.name = QStringLiteral("Ledningsgruppen");
    m.body.shortName = QStringLiteral("LG");
    m.date = QDate(2024, 2, 6);
    m.start = QTime(12, 0);
    m.end = QTime(16, 0);
    m.place = QStringLiteral("Jupiter");
    for (const char *name : {"Lila Ericsson", "Karin Gerken", "Tony Mufic"}) {
        Attendance a;
        a.person.name = QString::fromUtf8(name);
        a.groupLabel = QStringLiteral("LG");
        m.attendees.append(a);
    }
    AgendaItem opening;
    opening.title = QStringLiteral("Mötets öppnande");
    m.items = {opening};
    return m;
}

// Where the keys go: the widget with the keyboard focus, else the active window.
QWidget *keyboard()
{
    if (QWidget *w = QApplication::focusWidget())
        return w;
    return QApplication::activeWindow();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = keyboard();
    ASSERT_NE(target, nullptr) << "no widget has the keyboard";
    QTest::keyClick(target, key, modifiers);
    QCoreApplication::processEvents();
}

void type(const QString &text)
{
    for (const QChar c : text) {
        QWidget *target = keyboard();
        ASSERT_NE(target, nullptr);
        if (c.unicode() < 128)
            QTest::keyClick(target, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
    QCoreApplication::processEvents();
}

// Tab until the focus is on the widget called `name` (as a user tabs to a field).
bool tabTo(const char *name)
{
    for (int i = 0; i < 80; ++i) {
        if (!keyboard())
            return false;
        if (keyboard()->objectName() == QLatin1String(name))
            return true;
        QTest::keyClick(keyboard(), Qt::Key_Tab);
        QCoreApplication::processEvents();
    }
    return false;
}

// Runs `keys` once the modal dialog the next key opens is up.
void inTheDialog(std::function<void(QWidget *dialog)> keys)
{
    QTimer::singleShot(0, [keys = std::move(keys)] {
        QWidget *dialog = QApplication::activeModalWidget();
        ASSERT_NE(dialog, nullptr) << "no dialog opened";
        // The dialog takes the keyboard as a desktop gives it to a new window.
        QApplication::setActiveWindow(dialog);
        ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
        keys(dialog);
    });
}
} // namespace

TEST(KeyboardFlow, TheSecretarysWholeMeetingWithTheKeyboardAlone)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto opened = Database::open(dir.filePath(QStringLiteral("lg.db")));
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    const std::unique_ptr<Database> db = std::move(opened.value());
    Meeting previous = previousMeeting();
    ASSERT_TRUE(MeetingRepository(*db).insert(previous).ok());

    test::FakeDialogs dialogs;
    MeetingSessions sessions(*db);
    MainWindow window(sessions, dialogs);
    window.show();
    window.start();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.currentMeetingId() == previous.id; }));

    // The next meeting from the previous one: Ctrl+Shift+N, the proposed day taken with Enter.
    QDate proposed;
    inTheDialog([&](QWidget *dialog) {
        auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("date"));
        ASSERT_NE(date, nullptr);
        proposed = date->date();
        press(Qt::Key_Return);
    });
    press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.currentMeetingId() != previous.id; }));
    // The desktop gives the keyboard back to the window when the dialog closes.
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    const qint64 next = window.currentMeetingId();
    ASSERT_NE(next, 0);
    ASSERT_GT(proposed, previous.date);

    // Attendance: Karin is away (Tab to the list, down to her, Space).
    ASSERT_TRUE(tabTo("attendanceView"));
    auto *attendance = qobject_cast<QAbstractItemView *>(keyboard());
    ASSERT_NE(attendance, nullptr);
    for (int i = 0;
         i < 10 && attendance->currentIndex().data().toString() != QStringLiteral("Karin Gerken");
         ++i)
        press(Qt::Key_Down);
    ASSERT_EQ(attendance->currentIndex().data().toString(), QStringLiteral("Karin Gerken"));
    press(Qt::Key_Space);

    // A new item with its title, a decision and an assignment.
    press(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(keyboard()->objectName(), QStringLiteral("itemTitle"));
    type(QStringLiteral("Budget 2027"));
    press(Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier); // to the decision line
    ASSERT_EQ(keyboard()->objectName(), QStringLiteral("decisionText"));
    type(QStringLiteral("Ledningsgruppen godkänner budgetramarna."));
    press(Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    press(Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier); // to the assignment line
    ASSERT_EQ(keyboard()->objectName(), QStringLiteral("assignmentText"));
    type(QStringLiteral("Ta fram en plan för budgeten."));
    press(Qt::Key_Tab);
    ASSERT_EQ(keyboard()->objectName(), QStringLiteral("assignee"));
    type(QStringLiteral("Lila Ericsson"));
    press(Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);

    // Approved: Ctrl+Shift+G, the first approver chosen with Down, Enter.
    inTheDialog([](QWidget *) {
        press(Qt::Key_Down);
        press(Qt::Key_Return);
    });
    press(Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ASSERT_TRUE(dialogs.messages.isEmpty())
        << dialogs.messages.join(QLatin1Char('\n')).toStdString();

    // The print preview from the File menu: Alt+F, then its letter (v).
    press(Qt::Key_F, Qt::AltModifier);
    auto *file = test::child<QMenu>(&window, "fileMenu");
    ASSERT_TRUE(QTest::qWaitFor([&] { return file->isVisible(); }));
    QTest::keyClick(file, Qt::Key_V);
    QPrintPreviewDialog *preview = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        preview = window.findChild<QPrintPreviewDialog *>();
        return preview && preview->isVisible();
    }));
    QTest::keyClick(preview, Qt::Key_Escape);

    // What the keys wrote.
    const Result<Meeting> written = MeetingRepository(*db).load(next);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    const Meeting &m = written.value();
    EXPECT_EQ(m.date, proposed);
    EXPECT_EQ(m.status, MeetingStatus::Approved);
    bool karinAway = false;
    for (const Attendance &a : m.attendees)
        karinAway = karinAway
            || (a.person.name == QStringLiteral("Karin Gerken")
                && a.status == AttendanceStatus::Absent);
    EXPECT_TRUE(karinAway);
    const AgendaItem *budget = nullptr;
    for (const AgendaItem &item : m.items) {
        if (item.title == QStringLiteral("Budget 2027"))
            budget = &item;
    }
    ASSERT_NE(budget, nullptr);
    ASSERT_EQ(budget->decisions.size(), 1);
    EXPECT_EQ(budget->decisions.constFirst().text,
        QStringLiteral("Ledningsgruppen godkänner budgetramarna."));
    ASSERT_EQ(budget->actions.size(), 1);
    EXPECT_EQ(budget->actions.constFirst().text, QStringLiteral("Ta fram en plan för budgeten."));
    EXPECT_EQ(budget->actions.constFirst().assignee, QStringLiteral("Lila Ericsson"));
}
