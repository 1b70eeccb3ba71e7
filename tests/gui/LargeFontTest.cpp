// At 150 % of the font size the window still fits what it shows: in its first-start size no
// visible widget is smaller than its minimum size hint (nothing cut off or squeezed over), in
// English and in Swedish, with every register shown.

#include "RegisterDocks.h"
#include "ShownWindow.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

#include <gtest/gtest.h>

using namespace minutebook;

namespace {
// Widgets smaller than they can be: what a user sees cut off.
QStringList squeezed(const QWidget *window)
{
    QStringList out;
    for (const QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->isWindow() || qobject_cast<const QScrollBar *>(w))
            continue;
        // Qt's own parts (a dock's title buttons, a spin box's field, the tabs of docks
        // sharing a place) are sized by the style, not by us.
        if (w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        const QWidget *parent = w->parentWidget();
        if ((qobject_cast<const QLineEdit *>(w)
                && (qobject_cast<const QComboBox *>(parent)
                    || qobject_cast<const QAbstractSpinBox *>(parent)))
            || (qobject_cast<const QTabBar *>(w) && qobject_cast<const QMainWindow *>(parent)))
            continue;
        // A list's or a text's own parts (editors in cells, the viewport) are theirs.
        bool part = false;
        for (const QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget())
            part = part || qobject_cast<const QAbstractItemView *>(p)
                || qobject_cast<const QTextEdit *>(p);
        if (part || qobject_cast<const QScrollArea *>(w->parentWidget()))
            continue;
        QSize hint = w->minimumSizeHint().expandedTo(w->minimumSize());
        if (!hint.isValid())
            continue;
        // Wrapped text needs the height its width gives it.
        if (w->hasHeightForWidth())
            hint.setHeight(std::max(w->minimumSize().height(), w->heightForWidth(w->width())));
        if (w->width() < hint.width() || w->height() < hint.height())
            out << QStringLiteral("%1 “%2” (%3): %4×%5, needs %6×%7")
                       .arg(QLatin1String(w->metaObject()->className()), w->objectName(),
                           w->parentWidget() ? w->parentWidget()->objectName() : QString())
                       .arg(w->width())
                       .arg(w->height())
                       .arg(hint.width())
                       .arg(hint.height());
    }
    return out;
}
} // namespace

TEST(LargeFont, AtOneAndAHalfTimesTheFontNothingIsSqueezed)
{
    const QFont before = QApplication::font();
    QFont large = before;
    large.setPointSizeF(before.pointSizeF() * 1.5);
    QApplication::setFont(large);
    QSettings().remove(QStringLiteral("mainWindow")); // the first start's layout
    test::inEachLanguage([](const char *language) {
        test::ShownWindow shown(6);
        MainWindow &window = shown.window;
        window.start();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(100);
        QStringList bad = squeezed(&window);
        auto *docks = window.findChild<RegisterDocks *>();
        ASSERT_NE(docks, nullptr);
        docks->decisionRegister();
        docks->actionList();
        for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
            dock->show();
            dock->raise();
            QTest::qWait(50);
            bad += squeezed(&window);
        }
        bad.removeDuplicates();
        EXPECT_TRUE(bad.isEmpty())
            << language << " (window " << window.width() << "×" << window.height() << "):\n"
            << bad.join(QLatin1Char('\n')).toStdString();
    });
    QApplication::setFont(before);
}
