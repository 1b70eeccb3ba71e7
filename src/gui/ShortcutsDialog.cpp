#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace minutebook {

namespace {
// "&Open Archive…" → "Open Archive"; a literal "&&" stays an ampersand.
QString plain(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

// Each key in the platform's own words ("Ctrl+Skift+N"), the empty ones left out.
QStringList keysOf(const QList<QKeySequence> &sequences)
{
    QStringList keys;
    for (const QKeySequence &key : sequences) {
        if (!key.isEmpty())
            keys << key.toString(QKeySequence::NativeText);
    }
    return keys;
}

void addMenu(const QMenu *menu, const QString &group, QVector<ShortcutsDialog::Entry> &out,
    QSet<const QAction *> &seen)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (const QMenu *sub = action->menu()) {
            addMenu(sub, group, out, seen);
            continue;
        }
        seen.insert(action);
        const QStringList keys = keysOf(action->shortcuts());
        if (!keys.isEmpty())
            out.append({group, plain(action->text()), keys});
    }
}
} // namespace

QVector<ShortcutsDialog::Entry> ShortcutsDialog::entries(QWidget *window)
{
    QVector<Entry> out;
    QSet<const QAction *> seen;
    if (auto *bar = window->findChild<QMenuBar *>()) {
        for (QAction *top : bar->actions()) {
            if (const QMenu *menu = top->menu())
                addMenu(menu, plain(top->text()), out, seen);
        }
    }
    // Keys that live on the editor's widgets, not in a menu (Ctrl+Return: a new item, …).
    QVector<Entry> elsewhere;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (seen.contains(action) || action->menu())
            continue;
        const QStringList keys = keysOf(action->shortcuts());
        if (keys.isEmpty() || action->text().isEmpty())
            continue;
        seen.insert(action);
        elsewhere.append({tr("In the editor"), plain(action->text()), keys});
    }
    // Keys of one field (bold in an item's text, …): what they do is their What's This.
    for (const QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        if (shortcut->whatsThis().isEmpty())
            continue;
        const QStringList keys = keysOf(shortcut->keys());
        if (!keys.isEmpty())
            elsewhere.append({tr("In the editor"), shortcut->whatsThis(), keys});
    }
    std::sort(elsewhere.begin(), elsewhere.end(),
        [](const Entry &a, const Entry &b) { return a.command.localeAwareCompare(b.command) < 0; });
    return out + elsewhere;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setObjectName(QStringLiteral("shortcutFilter"));
    m_filter->setPlaceholderText(tr("Find a command or a key"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Find a command or a key"));
    m_tree->setObjectName(QStringLiteral("shortcutList"));
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Command"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);

    QTreeWidgetItem *group = nullptr;
    for (const Entry &entry : entries(window)) {
        if (!group || group->text(0) != entry.group) {
            group = new QTreeWidgetItem(m_tree, {entry.group});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
        }
        new QTreeWidgetItem(group, {entry.command, entry.keys.join(QStringLiteral(", "))});
    }
    m_tree->expandAll();
    // The commands as wide as they need, the keys (some have three) the rest.
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);

    auto *find = new QLabel(tr("&Find:"), this);
    find->setBuddy(m_filter);
    auto *top = new QHBoxLayout;
    top->addWidget(find);
    top->addWidget(m_filter, 1);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(620, 600);
    m_filter->setFocus();
}

void ShortcutsDialog::filter(const QString &text)
{
    const QString wanted = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        bool any = false;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *row = group->child(i);
            const bool shown = wanted.isEmpty()
                || row->text(0).contains(wanted, Qt::CaseInsensitive)
                || row->text(1).contains(wanted, Qt::CaseInsensitive)
                || group->text(0).contains(wanted, Qt::CaseInsensitive);
            row->setHidden(!shown);
            any = any || shown;
        }
        group->setHidden(!any);
    }
}

} // namespace minutebook
