#pragma once

// Help → Keyboard Shortcuts: every keyboard shortcut of the window, read from its actions
// themselves (so the list can never disagree with the keys), grouped by the menu each action is
// in; actions in no menu and the keys of single fields (QShortcut with a What's This: bold in an
// item's text, …) under "In the editor". A filter field finds a command or a key.

#include <QDialog>

class QLineEdit;
class QTreeWidget;

namespace minutebook {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    /// Lists the shortcuts of `window`'s actions as they are now.
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    struct Entry
    {
        QString group; ///< the menu's title, without its mnemonic
        QString command; ///< the action's text, without mnemonic or ellipsis
        QStringList keys; ///< each key sequence in the platform's own words
    };
    /// What the dialog lists for `window`, in menu order.
    static QVector<Entry> entries(QWidget *window);

private:
    void filter(const QString &text);

    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace minutebook
