#include "AttendanceModel.h"

#include <QFont>
#include <QSet>

namespace minutebook {

namespace {
// Group rows carry this in internalId; person rows carry their group's row.
constexpr quintptr groupRow = ~quintptr(0);
} // namespace

AttendanceModel::AttendanceModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

int AttendanceModel::groupOf(const Attendance &attendance)
{
    const bool guest = attendance.status == AttendanceStatus::Guest;
    for (int i = 0; i < m_groups.size(); ++i) {
        const Group &g = m_groups.at(i);
        if (g.guests == guest && (guest || g.label == attendance.groupLabel))
            return i;
    }
    // Member groups in the order they first appear; guests always last.
    Group g;
    g.label = guest ? QString() : attendance.groupLabel;
    g.guests = guest;
    g.key = m_nextKey++;
    int at = int(m_groups.size());
    if (!guest && !m_groups.isEmpty() && m_groups.constLast().guests)
        at = int(m_groups.size()) - 1;
    beginInsertRows({}, at, at);
    m_groups.insert(at, g);
    endInsertRows();
    return at;
}

void AttendanceModel::setPeople(
    const QVector<RosterEntry> &roster, const QVector<Attendance> &attendees)
{
    beginResetModel();
    m_groups.clear();
    QVector<Attendance> all;
    QSet<qint64> seen;
    for (const Attendance &a : attendees)
        seen.insert(a.person.id);
    // Roster order first; a roster member without a row is absent until checked.
    for (const RosterEntry &entry : roster) {
        const auto recorded = std::find_if(attendees.cbegin(), attendees.cend(),
            [&](const Attendance &a) { return a.person.id == entry.person.id; });
        if (recorded != attendees.cend()) {
            all.append(*recorded);
        } else {
            Attendance absent;
            absent.person = entry.person;
            absent.groupLabel = entry.groupLabel;
            absent.status = AttendanceStatus::Absent;
            all.append(absent);
        }
        seen.remove(entry.person.id);
    }
    for (const Attendance &a : attendees) {
        if (seen.contains(a.person.id))
            all.append(a);
    }
    endResetModel();
    // Outside the reset: groupOf announces the groups it adds.
    for (const Attendance &a : all) {
        const int g = groupOf(a);
        const int row = int(m_groups[g].people.size());
        beginInsertRows(index(g, 0), row, row);
        m_groups[g].people.append(a);
        endInsertRows();
    }
}

const Attendance *AttendanceModel::attendance(qint64 personId) const
{
    for (const Group &g : m_groups) {
        for (const Attendance &a : g.people) {
            if (a.person.id == personId)
                return &a;
        }
    }
    return nullptr;
}

bool AttendanceModel::isListed(qint64 personId) const
{
    const Attendance *a = attendance(personId);
    return a && a->status != AttendanceStatus::Guest;
}

int AttendanceModel::groupRowOf(const QModelIndex &person) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups.at(g).key == person.internalId())
            return g;
    }
    return -1;
}

QModelIndex AttendanceModel::indexOf(qint64 personId) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        for (int r = 0; r < m_groups.at(g).people.size(); ++r) {
            if (m_groups.at(g).people.at(r).person.id == personId)
                return createIndex(r, 0, m_groups.at(g).key);
        }
    }
    return {};
}

void AttendanceModel::setAttendance(const Attendance &attendance)
{
    const QModelIndex at = indexOf(attendance.person.id);
    if (at.isValid()) {
        Attendance &a = m_groups[groupRowOf(at)].people[at.row()];
        const bool sameGroup = (a.status == AttendanceStatus::Guest)
            == (attendance.status == AttendanceStatus::Guest);
        if (sameGroup) {
            a = attendance;
            emit dataChanged(at, at);
            const QModelIndex group = at.parent();
            emit dataChanged(group, group);
            return;
        }
        removePerson(attendance.person.id);
    }
    const int g = groupOf(attendance);
    const int row = int(m_groups[g].people.size());
    beginInsertRows(index(g, 0), row, row);
    m_groups[g].people.append(attendance);
    endInsertRows();
}

void AttendanceModel::removePerson(qint64 personId)
{
    const QModelIndex at = indexOf(personId);
    if (!at.isValid())
        return;
    const int g = groupRowOf(at);
    beginRemoveRows(index(g, 0), at.row(), at.row());
    m_groups[g].people.removeAt(at.row());
    endRemoveRows();
    if (m_groups.at(g).people.isEmpty()) {
        beginRemoveRows({}, g, g);
        m_groups.removeAt(g);
        endRemoveRows();
    }
}

QString AttendanceModel::groupName(const QString &label) const
{
    return label.isEmpty() ? tr("Members") : label;
}

QModelIndex AttendanceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, groupRow) : QModelIndex();
    if (parent.internalId() != groupRow || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).people.size())
        return {};
    return createIndex(row, 0, m_groups.at(parent.row()).key);
}

QModelIndex AttendanceModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupRow)
        return {};
    const int g = groupRowOf(child);
    return g < 0 ? QModelIndex() : createIndex(g, 0, groupRow);
}

int AttendanceModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != groupRow)
        return 0;
    return int(m_groups.at(parent.row()).people.size());
}

int AttendanceModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant AttendanceModel::groupData(const Group &group, int role) const
{
    if (role == Qt::DisplayRole) {
        int present = 0;
        for (const Attendance &a : group.people)
            present += a.status != AttendanceStatus::Absent ? 1 : 0;
        const QString name = group.guests ? tr("Guests") : groupName(group.label);
        return group.guests
            ? name
            : tr("%1 (%2 of %3 present)").arg(name).arg(present).arg(group.people.size());
    }
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant AttendanceModel::personData(const Attendance &a, int role) const
{
    const bool guest = a.status == AttendanceStatus::Guest;
    switch (role) {
    case Qt::DisplayRole:
        return guest && !a.note.isEmpty() ? tr("%1 — %2").arg(a.person.name, a.note)
                                          : a.person.name;
    case Qt::CheckStateRole:
        return a.status == AttendanceStatus::Absent ? Qt::Unchecked : Qt::Checked;
    case Qt::ToolTipRole:
        return guest                                ? tr("Guest")
            : a.status == AttendanceStatus::Present ? tr("Present")
                                                    : tr("Absent");
    case PersonIdRole:
        return a.person.id;
    case StatusRole:
        return int(a.status);
    default:
        return {};
    }
}

QVariant AttendanceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == groupRow)
        return groupData(m_groups.at(index.row()), role);
    const int g = groupRowOf(index);
    if (g < 0 || index.row() >= m_groups.at(g).people.size())
        return {};
    return personData(m_groups.at(g).people.at(index.row()), role);
}

bool AttendanceModel::setData(const QModelIndex &index, const QVariant &, int role)
{
    if (!m_editable || !index.isValid() || index.internalId() == groupRow
        || role != Qt::CheckStateRole)
        return false;
    emit toggleRequested(data(index, PersonIdRole).toLongLong());
    return true;
}

Qt::ItemFlags AttendanceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != groupRow && m_editable && groupRowOf(index) >= 0
        && !m_groups.at(groupRowOf(index)).guests)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

} // namespace minutebook
