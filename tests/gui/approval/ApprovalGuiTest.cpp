// Meeting → Approve minutes… and Reopen… in the window: the dialog lists those who attended and
// what may be missing; approving saves what was just typed, freezes the editor and clears the
// undo history; reopening needs a reason and makes the minutes editable again.

#include "ApprovalActions.h"
#include "ApproveDialog.h"
#include "CorrectionDialog.h"
#include "FakeDialogs.h"
#include "FindChild.h"
#include "HeaderEditor.h"
#include "Language.h"
#include "MainWindow.h"
#include "MeetingEditor.h"
#include "MeetingRepository.h"
#include "MeetingSession.h"
#include "MeetingSessions.h"
#include "ReopenDialog.h"
#include "SendDialog.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace minutebook;

namespace {
Meeting minutes()
{
    Meeting m;
    m.body.name = QStringLiteral("Ledningsgrupp HSS");
    m.body.shortName = QStringLiteral("LG");
    m.date = QDate(2024, 2, 6);
    m.place = QStringLiteral("Jupiter");
    for (const auto &[name, status] :
        {std::pair {QStringLiteral("Lila Ericsson"), AttendanceStatus::Present},
            std::pair {QStringLiteral("Karin Gerken"), AttendanceStatus::Absent},
            std::pair {QStringLiteral("Antonio Alas"), AttendanceStatus::Guest},
            std::pair {QStringLiteral("Maria Holm"), AttendanceStatus::Present}}) {
        Attendance a;
        a.person.name = name;
        a.status = status;
        m.attendees.append(a);
    }
    AgendaItem budget;
    budget.title = QStringLiteral("Budget");
    budget.actions = {ActionItem {0, QStringLiteral("Ta fram en plan."), QString(), QDate()}};
    AgendaItem untitled;
    m.items = {budget, untitled};
    return m;
}

QAbstractButton *acceptButton(QDialogButtonBox *box)
{
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QDialogButtonBox::AcceptRole)
            return b;
    }
    return nullptr;
}

class ApprovalGui : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("minutes.db"));
        auto opened = Database::open(path);
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        db = std::move(opened.value());
        Meeting m = minutes();
        ASSERT_TRUE(MeetingRepository(*db).insert(m).ok());
        meetingId = m.id;
        sessions = std::make_unique<MeetingSessions>(*db);
        window = std::make_unique<MainWindow>(*sessions, dialogs);
        window->show();
        QApplication::setActiveWindow(window.get());
        window->openMeetingAt(meetingId);
        ASSERT_EQ(window->currentMeetingId(), meetingId);
    }
    ApprovalActions &actions() const { return *window->findChild<ApprovalActions *>(); }
    MeetingSession &session() const { return *sessions->find(meetingId); }
    QLineEdit *placeEdit() const
    {
        return test::child<QLineEdit>(
            test::child<HeaderEditor>(window.get(), "headerEditor"), "place");
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> db;
    qint64 meetingId = 0;
    test::FakeDialogs dialogs;
    std::unique_ptr<MeetingSessions> sessions;
    std::unique_ptr<MainWindow> window;
};
} // namespace

TEST(ApproveDialog, OffersThoseWhoAttendedAndWarnsOfWhatIsMissing)
{
    const Meeting m = minutes();
    ApproveDialog dialog(m, QLocale(QLocale::English, QLocale::UnitedKingdom));
    QStringList offered;
    for (int i = 0; i < dialog.firstApprover()->count(); ++i)
        offered.append(dialog.firstApprover()->itemText(i));
    // Members first, then guests; not the absentee.
    EXPECT_EQ(offered,
        QStringList({QStringLiteral("Lila Ericsson"), QStringLiteral("Maria Holm"),
            QStringLiteral("Antonio Alas")}));
    EXPECT_EQ(dialog.secondApprover()->count(), 4); // "nobody else" and the three
    // Nobody is chosen at first, so Approve waits for a choice.
    EXPECT_EQ(dialog.firstApprover()->currentIndex(), -1);
    EXPECT_FALSE(acceptButton(dialog.buttons())->isEnabled());
    dialog.firstApprover()->setCurrentIndex(1);
    EXPECT_TRUE(acceptButton(dialog.buttons())->isEnabled());
    dialog.secondApprover()->setCurrentIndex(2); // Maria Holm again
    EXPECT_FALSE(acceptButton(dialog.buttons())->isEnabled());
    dialog.secondApprover()->setCurrentIndex(1);
    dialog.dateEdit()->setDate(QDate(2024, 2, 13));
    const ApprovalRequest r = dialog.request();
    EXPECT_EQ(r.by, QStringList({QStringLiteral("Maria Holm"), QStringLiteral("Lila Ericsson")}));
    EXPECT_EQ(r.date, QDate(2024, 2, 13));
    // Not before the meeting.
    dialog.dateEdit()->setDate(QDate(2024, 1, 1));
    EXPECT_EQ(dialog.dateEdit()->date(), QDate(2024, 2, 6));
    // The check list: the untitled item, the assignment without someone responsible or a date.
    QStringList checks;
    for (int i = 0; i < dialog.checkList()->count(); ++i)
        checks.append(dialog.checkList()->item(i)->text());
    EXPECT_EQ(checks.size(), 3) << checks.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(checks.contains(QStringLiteral("Item 2 has no title.")));
}

TEST_F(ApprovalGui, ApprovingSavesWhatWasTypedAndFreezesTheEditor)
{
    QAction *approve = actions().approveAction();
    EXPECT_TRUE(approve->isEnabled());
    EXPECT_FALSE(actions().reopenAction()->isEnabled());
    EXPECT_EQ(approve->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    // Typed a moment before approving: still pending in the autosave.
    placeEdit()->setFocus();
    placeEdit()->selectAll();
    QTest::keyClicks(placeEdit(), QStringLiteral("Saturnus"));
    ASSERT_TRUE(session().hasPendingChanges());
    ASSERT_GT(session().undoStack()->count(), 0);
    ApprovalRequest request;
    request.by = {QStringLiteral("Lila Ericsson")};
    request.date = QDate(2024, 2, 7);
    const auto approved = actions().approveWith(request);
    ASSERT_TRUE(approved.ok()) << approved.error().toStdString();
    const Meeting stored = MeetingRepository(*db).load(meetingId).value();
    EXPECT_EQ(stored.place, QStringLiteral("Saturnus"));
    EXPECT_EQ(stored.status, MeetingStatus::Approved);
    EXPECT_TRUE(session().isReadOnly());
    EXPECT_TRUE(placeEdit()->isReadOnly());
    EXPECT_EQ(session().undoStack()->count(), 0);
    EXPECT_FALSE(approve->isEnabled());
    EXPECT_TRUE(actions().reopenAction()->isEnabled());
    EXPECT_EQ(Approvals(*db).verify(meetingId)->state, Verification::State::Matches);

    // Reopened with a reason: editable again, the approval kept in the log.
    EXPECT_FALSE(actions().reopenWith(QStringLiteral("Eva"), QString()).ok());
    ASSERT_TRUE(actions().reopenWith(QStringLiteral("Eva"), QStringLiteral("Fel plats")).ok());
    EXPECT_FALSE(session().isReadOnly());
    EXPECT_FALSE(placeEdit()->isReadOnly());
    EXPECT_TRUE(approve->isEnabled());
    EXPECT_FALSE(actions().reopenAction()->isEnabled());
    EXPECT_EQ(Approvals(*db).history(meetingId)->size(), 1);
}

TEST_F(ApprovalGui, TheMenuEntryOpensTheDialogAndAFailureKeepsItOpen)
{
    // The dialog lets no wrong name or date through; what can still fail is an approval made
    // elsewhere while it was open. The warning is shown and the dialog asks again.
    int shown = 0;
    std::function<void()> answer = [&] {
        auto *dialog = qobject_cast<ApproveDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        ++shown;
        if (shown == 1) {
            // Approved elsewhere meanwhile: this approval fails and the dialog stays.
            ApprovalRequest other;
            other.by = {QStringLiteral("Maria Holm")};
            ASSERT_TRUE(Approvals(*db).approve(meetingId, other).ok());
            dialog->firstApprover()->setCurrentIndex(0);
            QTimer::singleShot(0, answer);
            dialog->accept();
        } else {
            dialog->reject();
        }
    };
    QTimer::singleShot(0, answer);
    actions().approveAction()->trigger();
    EXPECT_EQ(shown, 2);
    ASSERT_EQ(dialogs.warnings, 1);
    EXPECT_TRUE(dialogs.messages.last().contains(QStringLiteral("already approved")))
        << dialogs.messages.last().toStdString();
}

TEST_F(ApprovalGui, ReopenDialogNeedsAReason)
{
    ApprovalRequest request;
    request.by = {QStringLiteral("Lila Ericsson")};
    ASSERT_TRUE(actions().approveWith(request).ok());
    ReopenDialog dialog(session().header(), QStringLiteral("eva"));
    EXPECT_EQ(dialog.reopenedBy(), QStringLiteral("eva"));
    EXPECT_FALSE(acceptButton(dialog.buttons())->isEnabled());
    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("  "));
    EXPECT_FALSE(acceptButton(dialog.buttons())->isEnabled());
    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("Fel datum"));
    EXPECT_TRUE(acceptButton(dialog.buttons())->isEnabled());
    EXPECT_EQ(dialog.reason(), QStringLiteral("Fel datum"));
}

TEST(ApproveDialog, Screenshot)
{
    const QString target = qEnvironmentVariable("MINUTEBOOK_SCREENSHOT");
    if (target.isEmpty())
        GTEST_SKIP() << "set MINUTEBOOK_SCREENSHOT to write a screenshot";
    const QString language
        = qEnvironmentVariable("MINUTEBOOK_SCREENSHOT_LANGUAGE", QStringLiteral("sv"));
    Language::install(*qApp, language);
    const QLocale locale(language == QLatin1String("sv") ? QLocale::Swedish : QLocale::English,
        language == QLatin1String("sv") ? QLocale::Sweden : QLocale::UnitedKingdom);
    ApproveDialog dialog(minutes(), locale);
    dialog.firstApprover()->setCurrentIndex(0);
    dialog.secondApprover()->setCurrentIndex(2);
    dialog.dateEdit()->setDate(QDate(2024, 2, 13));
    dialog.show();
    QTest::qWait(100);
    EXPECT_TRUE(dialog.grab().save(target));
    Language::install(*qApp, QStringLiteral("en"));
}

TEST_F(ApprovalGui, ACorrectionKeepsTheMinutesApprovedAndListsIt)
{
    EXPECT_FALSE(actions().correctAction()->isEnabled()); // a draft is simply edited
    ApprovalRequest request;
    request.by = {QStringLiteral("Lila Ericsson")};
    request.date = QDate(2024, 2, 7);
    ASSERT_TRUE(actions().approveWith(request).ok());
    EXPECT_TRUE(actions().correctAction()->isEnabled());

    const Meeting approved = MeetingRepository(*db).load(meetingId).value();
    CorrectionDialog dialog(approved, QStringLiteral("eva"));
    // Every text field is offered, described as the minutes show it.
    QStringList offered;
    for (int i = 0; i < dialog.fieldChoice()->count(); ++i)
        offered.append(dialog.fieldChoice()->itemText(i));
    EXPECT_TRUE(offered.contains(QStringLiteral("Place: Jupiter")))
        << offered.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(offered.contains(QStringLiteral("Item 1, title: Budget")));
    const int place = int(offered.indexOf(QStringLiteral("Place: Jupiter")));
    dialog.fieldChoice()->setCurrentIndex(place);
    EXPECT_EQ(dialog.newTextEdit()->toPlainText(), QStringLiteral("Jupiter"));
    QAbstractButton *save = acceptButton(dialog.buttons());
    EXPECT_FALSE(save->isEnabled());
    dialog.newTextEdit()->setPlainText(QStringLiteral("Saturnus"));
    EXPECT_FALSE(save->isEnabled()) << "a reason is required";
    dialog.reasonEdit()->setText(QStringLiteral("Mötet flyttades"));
    EXPECT_TRUE(save->isEnabled());
    const CorrectionRequest r = dialog.request();
    EXPECT_EQ(r.target, QStringLiteral("meeting:%1:place").arg(meetingId));
    EXPECT_EQ(r.by, QStringLiteral("eva"));

    const auto corrected = actions().correctWith(r);
    ASSERT_TRUE(corrected.ok()) << corrected.error().toStdString();
    EXPECT_EQ(corrected->version, 2);
    EXPECT_TRUE(session().isReadOnly());
    EXPECT_EQ(placeEdit()->text(), QStringLiteral("Saturnus"));
    const Meeting after = MeetingRepository(*db).load(meetingId).value();
    ASSERT_EQ(after.amendments.size(), 1);
    EXPECT_EQ(after.amendments.at(0).oldText, QStringLiteral("Jupiter"));
    EXPECT_EQ(Approvals(*db).verify(meetingId)->state, Verification::State::Matches);
}

TEST(ApprovalScreenshot, CorrectedMinutes)
{
    const QString target = qEnvironmentVariable("MINUTEBOOK_CORRECTED_SCREENSHOT");
    if (target.isEmpty())
        GTEST_SKIP() << "set MINUTEBOOK_CORRECTED_SCREENSHOT to write a screenshot";
    // The language first: the window is built in it.
    Language::install(*qApp, QStringLiteral("sv"));
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("minutes.db")));
    ASSERT_TRUE(db.ok());
    Meeting m = minutes();
    m.items[0].body = QStringLiteral("Förvaltningen presenterade budgetramarna för 2027.");
    m.items[0].decisions = {{0, 0, QStringLiteral("Ledningsgruppen beslutar att anta budgeten.")}};
    m.items[1].title = QStringLiteral("Övrigt");
    ASSERT_TRUE(MeetingRepository(*db.value()).insert(m).ok());
    test::FakeDialogs dialogs;
    MeetingSessions sessions(*db.value());
    MainWindow window(sessions, dialogs);
    window.resize(1400, 900);
    window.show();
    window.openMeetingAt(m.id);
    auto *actions = window.findChild<ApprovalActions *>();
    ApprovalRequest request;
    request.by = {QStringLiteral("Lila Ericsson"), QStringLiteral("Maria Holm")};
    request.date = QDate(2024, 2, 13);
    ASSERT_TRUE(actions->approveWith(request).ok());
    CorrectionRequest c;
    c.target = QStringLiteral("meeting:%1:place").arg(m.id);
    c.newText = QStringLiteral("Saturnus");
    c.reason = QStringLiteral("Mötet flyttades till Saturnus");
    c.by = QStringLiteral("Eva Ek");
    ASSERT_TRUE(actions->correctWith(c).ok());
    // The minutes as printed, scrolled to their end, where the corrections are.
    for (auto *tabs : window.findChildren<QTabWidget *>())
        tabs->setCurrentIndex(tabs->count() - 1);
    QTest::qWait(200);
    auto *view = window.findChild<QWidget *>(QStringLiteral("meetingView"));
    ASSERT_TRUE(view);
    for (auto *area : view->findChildren<QAbstractScrollArea *>())
        area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum());
    QTest::qWait(200);
    EXPECT_TRUE(window.grab().save(target));
    Language::install(*qApp, QStringLiteral("en"));
}

TEST_F(ApprovalGui, SendingSavesThePdfAndOpensTheMailProgramWithEveryAddress)
{
    // A fake xdg-email first on PATH writes the arguments it got, NUL-separated.
    QTemporaryDir bin;
    const QString out = bin.filePath(QStringLiteral("arguments"));
    QFile script(bin.filePath(QStringLiteral("xdg-email")));
    ASSERT_TRUE(script.open(QIODevice::WriteOnly));
    script.write(
        QStringLiteral("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\0' \"$a\"; done > \"%1.tmp\"\n"
                       "mv \"%1.tmp\" \"%1\"\n")
            .arg(out)
            .toUtf8());
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QByteArray searchPath = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(bin.path()) + ':' + searchPath);

    EXPECT_FALSE(actions().sendAction()->isEnabled()); // drafts are not sent
    ApprovalRequest approval;
    approval.by = {QStringLiteral("Maria Holm")};
    approval.date = QDate(2024, 2, 8);
    ASSERT_TRUE(actions().approveWith(approval).ok());
    EXPECT_TRUE(actions().sendAction()->isEnabled());

    const Meeting m = MeetingRepository(*db).load(meetingId).value();
    SendDialog dialog(m, dir.filePath(QStringLiteral("out")), dialogs);
    ASSERT_EQ(dialog.addressEdits().size(), 4);
    QAbstractButton *open = acceptButton(dialog.buttons());
    EXPECT_FALSE(open->isEnabled()) << "nobody has an address yet";
    dialog.addressEdits()[0]->setText(QStringLiteral("lila@example.org"));
    dialog.addressEdits()[1]->setText(QStringLiteral("karin.gerken"));
    EXPECT_FALSE(open->isEnabled()) << "not an e-mail address";
    dialog.addressEdits()[1]->setText(QStringLiteral(" karin@example.org "));
    EXPECT_TRUE(open->isEnabled());

    bool opened = false;
    const Result<QString> saved = actions().sendWith(dialog.request(), &opened);
    qputenv("PATH", searchPath);
    ASSERT_TRUE(saved.ok()) << saved.error().toStdString();
    EXPECT_TRUE(opened);
    EXPECT_TRUE(saved->endsWith(QStringLiteral("/out/2024-02-06 Ledningsgrupp HSS.pdf")));
    QFile pdf(saved.value());
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_EQ(pdf.readAll(), Approvals(*db).storedDocument(meetingId).value());
    // The addresses are kept with the persons.
    const Meeting after = MeetingRepository(*db).load(meetingId).value();
    EXPECT_EQ(after.attendees.at(0).person.email, QStringLiteral("lila@example.org"));
    EXPECT_EQ(after.attendees.at(1).person.email, QStringLiteral("karin@example.org"));

    QFile arguments(out);
    for (int i = 0; i < 500 && !arguments.exists(); ++i)
        QTest::qWait(10);
    ASSERT_TRUE(arguments.open(QIODevice::ReadOnly)) << "xdg-email was not run";
    QStringList got = QString::fromUtf8(arguments.readAll()).split(QChar(0));
    got.removeLast(); // after the last NUL
    ASSERT_EQ(got.size(), 9) << got.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(got.at(0), QStringLiteral("--utf8"));
    EXPECT_EQ(got.at(1), QStringLiteral("--subject"));
    EXPECT_EQ(got.at(2), QStringLiteral("Minutes LG 2024-02-06"));
    EXPECT_EQ(got.at(3), QStringLiteral("--body"));
    EXPECT_TRUE(got.at(4).contains(QStringLiteral("approved minutes of Ledningsgrupp HSS")));
    EXPECT_TRUE(got.at(4).contains(after.approval.fingerprint));
    EXPECT_EQ(got.at(5), QStringLiteral("--attach"));
    EXPECT_EQ(got.at(6), QFileInfo(saved.value()).absoluteFilePath());
    EXPECT_EQ(got.mid(7),
        QStringList({QStringLiteral("lila@example.org"), QStringLiteral("karin@example.org")}));
}

TEST_F(ApprovalGui, AWrongAddressIsRefusedAndNothingIsKept)
{
    ApprovalRequest approval;
    approval.by = {QStringLiteral("Maria Holm")};
    ASSERT_TRUE(actions().approveWith(approval).ok());
    const Meeting m = MeetingRepository(*db).load(meetingId).value();
    SendRequest request;
    request.folder = dir.filePath(QStringLiteral("out"));
    request.addresses = {{m.attendees.at(0).person.id, QStringLiteral("lila@example.org")},
        {m.attendees.at(1).person.id, QStringLiteral("not an address")}};
    const Result<QString> saved = actions().sendWith(request);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error(), QStringLiteral("“not an address” is not an e-mail address."));
    EXPECT_TRUE(MeetingRepository(*db).load(meetingId)->attendees.at(0).person.email.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(request.folder));
}
