#include "SearchHitModel.h"

#include "Numbering.h"

namespace minutebook {

SearchHitModel::SearchHitModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SearchHitModel::setHits(const QVector<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

QString SearchHitModel::plainSnippet(const QString &snippet)
{
    QString out = snippet;
    out.remove(highlightStart);
    out.remove(highlightEnd);
    return out.simplified();
}

QString SearchHitModel::htmlSnippet(const QString &snippet)
{
    QString html = snippet.simplified().toHtmlEscaped();
    html.replace(highlightStart, QStringLiteral("<b>"));
    html.replace(highlightEnd, QStringLiteral("</b>"));
    return html;
}

QString SearchHitModel::kindName(HitKind kind)
{
    switch (kind) {
    case HitKind::Meeting:
        return tr("Meeting");
    case HitKind::Item:
        return tr("Item");
    case HitKind::Decision:
        return tr("Decision");
    case HitKind::Action:
        return tr("Assignment");
    }
    return {};
}

int SearchHitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchHitModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchHitModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &h = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return h.date.toString(Qt::ISODate);
        case ItemColumn:
            if (h.itemNumber.isEmpty() && h.itemTitle.isEmpty())
                return h.bodyShortName;
            return QStringLiteral("%1 %2 %3")
                .arg(h.bodyShortName, itemMark(h.itemNumber), h.itemTitle);
        case KindColumn:
            return kindName(h.kind);
        case SnippetColumn:
            return plainSnippet(h.snippet);
        default:
            return {};
        }
    case HighlightedRole:
        return index.column() == SnippetColumn ? QVariant(htmlSnippet(h.snippet)) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == SnippetColumn ? plainSnippet(h.snippet) : h.bodyName;
    case MeetingIdRole:
        return h.meetingId;
    case ItemIdRole:
        return h.itemId;
    default:
        return {};
    }
}

QVariant SearchHitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ItemColumn:
        return tr("Item");
    case KindColumn:
        return tr("Kind");
    case SnippetColumn:
        return tr("Text");
    default:
        return {};
    }
}

} // namespace minutebook
