#pragma once

// Paints a cell's HighlightedRole (simple HTML: escaped text with <b> around matches) instead
// of its plain text, so the words a search found stand out in the hit list. The text wraps to
// the cell's width; a cell is `lines` lines high, and what does not fit is cut off.

#include <QStyledItemDelegate>

namespace minutebook {

class HighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// `role` holds the HTML; cells without it are painted as usual.
    explicit HighlightDelegate(int role, int lines = 1, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
    int m_lines;
};

} // namespace minutebook
