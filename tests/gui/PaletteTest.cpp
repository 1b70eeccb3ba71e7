// Colours come from the palette: in a light and in a dark theme, every label, field, button and
// list cell of the window the test can reach — the approved minutes' note, warnings, overdue
// assignments, an item without a title — has text at least 4.5:1 against its background (WCAG
// 2's contrast for text). Today's hard-coded reds and ambers on a dark theme fail it.

#include "Colours.h"
#include "MeetingListView.h"
#include "MeetingRepository.h"
#include "RegisterDocks.h"
#include "ShownWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace minutebook;

namespace {
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x23, 0x23, 0x23);
    const QColor text(0xf0, 0xf0, 0xf0);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2d, 0x2d, 0x2d));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

// The colour behind `widget`: its own where it paints its background, else its parent's.
QColor backgroundOf(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w->autoFillBackground() || w->isWindow())
            return w->palette().color(w->backgroundRole());
    }
    return widget->palette().color(QPalette::Window);
}

bool shown(const QWidget *w)
{
    return w->isVisible() && w->isEnabled() && w->width() > 0 && w->height() > 0;
}

void checkCells(
    const QAbstractItemView *view, const QModelIndex &parent, QStringList &bad, int &checked)
{
    const QAbstractItemModel *model = view->model();
    const int rows = std::min(model->rowCount(parent), 60);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < model->columnCount(parent); ++c) {
            const QModelIndex index = model->index(r, c, parent);
            if (c == 0 && model->hasChildren(index))
                checkCells(view, index, bad, checked);
            if (index.data(Qt::DisplayRole).toString().isEmpty())
                continue;
            const QVariant fg = index.data(Qt::ForegroundRole);
            const QVariant bg = index.data(Qt::BackgroundRole);
            const QColor text
                = fg.isValid() ? fg.value<QBrush>().color() : view->palette().color(QPalette::Text);
            const QColor back
                = bg.isValid() ? bg.value<QBrush>().color() : view->palette().color(QPalette::Base);
            ++checked;
            if (Colours::contrast(text, back) < 4.5)
                bad << QStringLiteral("%1 cell “%2”: %3 on %4 (%5:1)")
                           .arg(view->objectName(), index.data().toString().left(30), text.name(),
                               back.name())
                           .arg(Colours::contrast(text, back), 0, 'f', 2);
        }
    }
}

// Every text the window shows that reads worse than 4.5:1.
QStringList poorContrast(const QWidget *window, int &checked)
{
    QStringList bad;
    const auto check
        = [&](const QWidget *w, const QString &what, const QColor &text, const QColor &back) {
              ++checked;
              const double ratio = Colours::contrast(text, back);
              if (ratio < 4.5)
                  bad << QStringLiteral("%1 %2 “%3”: %4 on %5 (%6:1)")
                             .arg(QLatin1String(w->metaObject()->className()), w->objectName(),
                                 what.left(40), text.name(), back.name())
                             .arg(ratio, 0, 'f', 2);
          };
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (shown(label) && !label->text().isEmpty())
            check(label, label->text(), label->palette().color(label->foregroundRole()),
                backgroundOf(label));
    }
    for (const QLineEdit *edit : window->findChildren<QLineEdit *>()) {
        if (shown(edit) && !edit->text().isEmpty())
            check(edit, edit->text(), edit->palette().color(QPalette::Text),
                edit->palette().color(QPalette::Base));
    }
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!shown(button) || button->text().isEmpty())
            continue;
        const bool onWindow
            = qobject_cast<const QCheckBox *>(button) || qobject_cast<const QRadioButton *>(button);
        check(button, button->text(),
            button->palette().color(onWindow ? QPalette::WindowText : QPalette::ButtonText),
            onWindow ? backgroundOf(button) : button->palette().color(QPalette::Button));
    }
    for (const QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
        // A header shows its view's model: its cells are the view's.
        if (shown(view) && view->model() && !qobject_cast<const QHeaderView *>(view))
            checkCells(view, QModelIndex(), bad, checked);
    }
    return bad;
}

class PaletteTest : public ::testing::TestWithParam<bool>
{
protected:
    void SetUp() override
    {
        m_before = QApplication::palette();
        if (GetParam())
            QApplication::setPalette(darkPalette());
    }
    void TearDown() override { QApplication::setPalette(m_before); }

private:
    QPalette m_before;
};
} // namespace

TEST_P(PaletteTest, EveryTextTheWindowShowsReadsOnItsBackground)
{
    test::ShownWindow shown(12);
    MainWindow &window = shown.window;
    window.resize(1400, 900);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);
    auto *docks = window.findChild<RegisterDocks *>();
    ASSERT_NE(docks, nullptr);

    int checked = 0;
    QStringList bad = poorContrast(&window, checked);
    // Each register in front in turn (they share a place), the assignments with overdue ones.
    docks->decisionRegister();
    docks->actionList();
    for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        dock->show();
        dock->raise();
        QTest::qWait(150);
        bad += poorContrast(&window, checked);
    }
    auto *assignments = window.findChild<QAbstractItemView *>(QStringLiteral("actionListView"));
    ASSERT_NE(assignments, nullptr);
    ASSERT_GT(assignments->model()->rowCount(), 0);
    // Search hits.
    docks->searchAction()->trigger();
    auto *field = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    ASSERT_NE(field, nullptr);
    QTest::keyClicks(field, QStringLiteral("beslut"));
    auto *hits = window.findChild<QAbstractItemView *>(QStringLiteral("searchResults"));
    ASSERT_NE(hits, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return hits->model()->rowCount() > 0; }, 15000));
    bad += poorContrast(&window, checked);

    // Approved minutes: the note above them.
    auto *list = window.findChild<MeetingListView *>();
    ASSERT_NE(list, nullptr);
    const auto approved = MeetingRepository(*shown.database).list({});
    ASSERT_TRUE(approved.ok());
    qint64 approvedId = 0;
    for (const MeetingSummary &m : approved.value()) {
        if (m.status == MeetingStatus::Approved)
            approvedId = m.id;
    }
    ASSERT_NE(approvedId, 0) << "the generated archive has approved minutes";
    ASSERT_TRUE(list->selectMeeting(approvedId));
    QTest::qWait(100);
    bad += poorContrast(&window, checked);

    EXPECT_GT(checked, 100) << "the test reached the window's texts";
    EXPECT_TRUE(bad.isEmpty()) << (GetParam() ? "dark" : "light") << " palette:\n"
                               << bad.join(QLatin1Char('\n')).toStdString();
}

// The derived colours themselves: readable on both themes, and the warning stays red.
TEST_P(PaletteTest, TheDerivedColoursReadOnTheirBackgrounds)
{
    const QPalette palette = QApplication::palette();
    for (QPalette::ColorRole role : {QPalette::Base, QPalette::Window, QPalette::AlternateBase}) {
        EXPECT_GE(Colours::contrast(Colours::warning(palette), palette.color(role)), 4.5);
        EXPECT_GE(Colours::contrast(Colours::muted(palette), palette.color(role)), 4.5);
    }
    const QColor note = Colours::noteBackground(palette);
    EXPECT_GE(Colours::contrast(palette.color(QPalette::WindowText), note), 4.5);
    EXPECT_GE(Colours::contrast(palette.color(QPalette::Text), note), 4.5);
    const QColor red = Colours::warning(palette).toHsl();
    EXPECT_TRUE(red.hslHue() < 15 || red.hslHue() > 340) << red.name().toStdString();
    EXPECT_GT(red.hslSaturationF(), 0.5);
}

INSTANTIATE_TEST_SUITE_P(Themes, PaletteTest, ::testing::Values(false, true),
    [](const ::testing::TestParamInfo<bool> &theme) {
        return theme.param ? std::string("Dark") : std::string("Light");
    });
