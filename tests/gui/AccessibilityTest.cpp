// Every control of the window can be found by a screen reader and reached from a label: each
// input — field, list, box, date, button without text — has an accessible name or a label whose
// buddy it is (the label's Alt letter then moves there), in English and in Swedish.

#include "ApproveDialog.h"
#include "ArchiveExportDialog.h"
#include "ConnectServerDialog.h"
#include "CorrectionDialog.h"
#include "DocumentSettingsDialog.h"
#include "FakeDialogs.h"
#include "ImportDialog.h"
#include "Language.h"
#include "MainWindow.h"
#include "MeetingRepository.h"
#include "MeetingSessions.h"
#include "NewMeetingDialog.h"
#include "RegisterDocks.h"
#include "ReopenDialog.h"
#include "SendDialog.h"
#include "ShortcutsDialog.h"
#include "ShownWindow.h"
#include "TestDatabase.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

#include <gtest/gtest.h>

using namespace minutebook;

namespace {
bool isControl(const QWidget *w)
{
    if (qobject_cast<const QHeaderView *>(w))
        return false; // part of its view
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        return button->text().isEmpty(); // a button's own text names it
    if (const auto *edit = qobject_cast<const QLineEdit *>(w)) {
        // The line edit inside an editable box or a date field is the box's.
        const QWidget *parent = edit->parentWidget();
        return !qobject_cast<const QComboBox *>(parent)
            && !qobject_cast<const QAbstractSpinBox *>(parent);
    }
    return qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QPlainTextEdit *>(w);
}

QStringList unnamedControls(const QWidget *window)
{
    QSet<const QWidget *> labelled;
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (label->buddy())
            labelled.insert(label->buddy());
    }
    QStringList out;
    for (const QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || !isControl(w))
            continue;
        if (!w->accessibleName().trimmed().isEmpty() || labelled.contains(w))
            continue;
        out << QStringLiteral("%1 “%2” in %3")
                   .arg(QLatin1String(w->metaObject()->className()), w->objectName(),
                       w->parentWidget() ? w->parentWidget()->objectName() : QString());
    }
    return out;
}
} // namespace

TEST(Accessibility, EveryControlHasANameOrALabelInEitherLanguage)
{
    test::inEachLanguage([](const char *language) {
        test::ShownWindow shown(6);
        MainWindow &window = shown.window;
        window.resize(1400, 900);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        auto *docks = window.findChild<RegisterDocks *>();
        ASSERT_NE(docks, nullptr);
        docks->decisionRegister();
        docks->actionList();
        QStringList unnamed;
        int docksShown = 0;
        for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
            dock->show();
            dock->raise();
            QTest::qWait(50);
            ++docksShown;
            unnamed += unnamedControls(&window);
        }
        EXPECT_GE(docksShown, 3);
        unnamed.removeDuplicates();
        EXPECT_TRUE(unnamed.isEmpty()) << language << ":\n"
                                       << unnamed.join(QLatin1Char('\n')).toStdString();
    });
}

// The dialogs of the window too: each shown, then measured like the window.
TEST(Accessibility, EveryDialogsControlsHaveANameOrALabelInEitherLanguage)
{
    test::inEachLanguage([](const char *language) {
        const auto db = test::generatedDatabase(4);
        ASSERT_TRUE(db);
        const auto meeting = MeetingRepository(*db).load(1);
        ASSERT_TRUE(meeting.ok());
        test::FakeDialogs dialogs;
        QTemporaryDir dir;
        std::vector<std::unique_ptr<QWidget>> shown;
        shown.push_back(std::make_unique<ApproveDialog>(meeting.value(), QLocale()));
        shown.push_back(std::make_unique<ReopenDialog>(meeting.value(), QStringLiteral("Maria")));
        shown.push_back(
            std::make_unique<CorrectionDialog>(meeting.value(), QStringLiteral("Maria")));
        shown.push_back(std::make_unique<SendDialog>(meeting.value(), dir.path(), dialogs));
        shown.push_back(
            std::make_unique<ConnectServerDialog>(ConnectServerDialog::Purpose::Connect, dialogs));
        shown.push_back(std::make_unique<ArchiveExportDialog>(*db, dialogs, QString(), 0));
        shown.push_back(std::make_unique<ImportDialog>(*db, dialogs, QStringList()));
        shown.push_back(std::make_unique<DocumentSettingsDialog>(
            DocumentSettings(), QStringLiteral("sv"), true, dialogs));
        QStringList unnamed;
        for (const auto &dialog : shown) {
            dialog->show();
            QTest::qWait(20);
            for (const QString &control : unnamedControls(dialog.get()))
                unnamed << QLatin1String(dialog->metaObject()->className()) + QStringLiteral(": ")
                        + control;
            dialog->hide();
        }
        // One that is asked for and answered (File → New Meeting…).
        QTimer::singleShot(0, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            ASSERT_NE(dialog, nullptr);
            for (const QString &control : unnamedControls(dialog))
                unnamed << QStringLiteral("NewMeetingDialog: ") + control;
            QMetaObject::invokeMethod(dialog, "reject");
        });
        (void)NewMeetingDialog::ask(nullptr, {meeting->body}, QDate(2026, 12, 8));
        EXPECT_TRUE(unnamed.isEmpty()) << language << ":\n"
                                       << unnamed.join(QLatin1Char('\n')).toStdString();
    });
}
