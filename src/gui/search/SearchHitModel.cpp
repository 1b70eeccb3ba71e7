#include "SearchHitModel.h"

#include "Numbering.h"

#include <QFont>
#include <QHash>
#include <QLocale>

namespace minutebook {

namespace {
// Internal ids: 0 for a meeting row, group + 1 for the hit rows under group.
constexpr quintptr meetingRow = 0;
} // namespace

SearchHitModel::SearchHitModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void SearchHitModel::setHits(const QVector<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    m_groups.clear();
    m_placeOfHit.clear();
    QHash<qint64, int> groupOf;
    for (int i = 0; i < m_hits.size(); ++i) {
        const qint64 meeting = m_hits.at(i).meetingId;
        auto found = groupOf.find(meeting);
        if (found == groupOf.end()) {
            found = groupOf.insert(meeting, int(m_groups.size()));
            m_groups.append(Group {meeting, {}});
        }
        Group &g = m_groups[found.value()];
        m_placeOfHit.append({found.value(), int(g.hits.size())});
        g.hits.append(i);
    }
    endResetModel();
}

QModelIndex SearchHitModel::indexOfHit(int hit) const
{
    if (hit < 0 || hit >= m_placeOfHit.size())
        return {};
    const auto [group, row] = m_placeOfHit.at(hit);
    return createIndex(row, 0, quintptr(group) + 1);
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

QStringList SearchHitModel::matchedWords(const QString &snippet)
{
    QStringList words;
    qsizetype from = 0;
    while ((from = snippet.indexOf(highlightStart, from)) >= 0) {
        const qsizetype end = snippet.indexOf(highlightEnd, from);
        if (end < 0)
            break;
        const QString word = snippet.mid(from + 1, end - from - 1).trimmed();
        if (!word.isEmpty() && !words.contains(word, Qt::CaseInsensitive))
            words.append(word);
        from = end + 1;
    }
    return words;
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

QModelIndex SearchHitModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, meetingRow) : QModelIndex();
    if (parent.internalId() != meetingRow || parent.row() >= m_groups.size())
        return {};
    const Group &g = m_groups.at(parent.row());
    return row < g.hits.size() ? createIndex(row, 0, quintptr(parent.row()) + 1) : QModelIndex();
}

QModelIndex SearchHitModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == meetingRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, meetingRow);
}

int SearchHitModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != meetingRow || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).hits.size());
}

int SearchHitModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant SearchHitModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isMeeting = index.internalId() == meetingRow;
    const Group &g = m_groups.at(isMeeting ? index.row() : int(index.internalId() - 1));
    const SearchHit &h = m_hits.at(isMeeting ? g.hits.first() : g.hits.at(index.row()));
    if (isMeeting) {
        const QString heading
            = QStringLiteral("%1  %2").arg(QLocale().toString(h.date, QLocale::ShortFormat),
                h.bodyShortName.isEmpty() ? h.bodyName : h.bodyShortName);
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 (%n hit(s))", nullptr, int(g.hits.size())).arg(heading);
        case Qt::ToolTipRole:
            return h.bodyName;
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case MeetingIdRole:
            return h.meetingId;
        case ItemIdRole:
            return qint64(0);
        case IsMeetingRole:
            return true;
        default:
            return {};
        }
    }
    const QString place = h.itemNumber.isEmpty() && h.itemTitle.isEmpty()
        ? kindName(h.kind)
        : QStringLiteral("%1 %2").arg(itemMark(h.itemNumber), h.itemTitle).trimmed();
    const QString kind
        = h.kind == HitKind::Item || h.itemTitle.isEmpty() ? QString() : kindName(h.kind);
    switch (role) {
    case Qt::DisplayRole:
        return (kind.isEmpty() ? place : QStringLiteral("%1 – %2").arg(place, kind))
            + QLatin1Char('\n') + plainSnippet(h.snippet);
    case HighlightedRole:
        return QStringLiteral("<div>%1%2</div><div>%3</div>")
            .arg(place.toHtmlEscaped(),
                kind.isEmpty() ? QString()
                               : QStringLiteral(" – <i>%1</i>").arg(kind.toHtmlEscaped()),
                htmlSnippet(h.snippet));
    case Qt::ToolTipRole:
        return plainSnippet(h.snippet);
    case MatchedWordsRole:
        return matchedWords(h.snippet);
    case MeetingIdRole:
        return h.meetingId;
    case ItemIdRole:
        return h.itemId;
    case IsMeetingRole:
        return false;
    default:
        return {};
    }
}

} // namespace minutebook
