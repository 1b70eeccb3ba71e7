#include "HighlightDelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace minutebook {

HighlightDelegate::HighlightDelegate(int role, int lines, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
    , m_lines(lines)
{ }

QSize HighlightDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(m_role).toString().isEmpty())
        return base;
    const int height = QFontMetrics(option.font).lineSpacing() * m_lines + 6;
    return {base.width(), qMax(base.height(), height)};
}

void HighlightDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString html = index.data(m_role).toString();
    if (html.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument doc;
    doc.setDocumentMargin(0);
    doc.setDefaultFont(opt.font);
    doc.setHtml(html);
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget)
                           .adjusted(0, 3, 0, -3);
    doc.setTextWidth(text.width());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    if (opt.state & QStyle::State_Selected)
        context.palette.setColor(
            QPalette::Text, opt.palette.color(QPalette::Active, QPalette::HighlightedText));
    painter->save();
    const int free = text.height() - int(doc.size().height());
    painter->translate(text.left(), text.top() + qMax(0, free / 2));
    painter->setClipRect(QRect(0, 0, text.width(), text.height()));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace minutebook
