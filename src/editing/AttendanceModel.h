#pragma once

// Who is at the meeting, as a checklist: the body's roster (and anyone else recorded) grouped
// by sub-group label ("LG", "Styrgruppen"), then the guests with what they presented. A
// checked person is present. Checking only asks (toggleRequested); MeetingSession makes it an
// undoable, saved edit and then calls setAttendance.

#include "Meeting.h"

#include <QAbstractItemModel>

namespace minutebook {

class AttendanceModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { PersonIdRole = Qt::UserRole + 1, StatusRole };

    explicit AttendanceModel(QObject *parent = nullptr);

    void setPeople(const QVector<RosterEntry> &roster, const QVector<Attendance> &attendees);
    void setEditable(bool editable) { m_editable = editable; }

    /// The row of a person (roster member without a row: absent); nullptr when unknown.
    const Attendance *attendance(qint64 personId) const;
    /// Whether the person is on the roster (or recorded) without being a guest.
    bool isListed(qint64 personId) const;
    /// Adds or changes the person's row.
    void setAttendance(const Attendance &attendance);
    /// The person leaves the list (undo of adding a guest or a roster member).
    void removePerson(qint64 personId);
    QModelIndex indexOf(qint64 personId) const;
    QString groupName(const QString &label) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    /// The user toggled the person's check box.
    void toggleRequested(qint64 personId);

private:
    struct Group
    {
        QString label;
        bool guests = false;
        QVector<Attendance> people;
        quintptr key = 0; ///< in the internal id of its people's indexes; stable as rows move
    };
    int groupRowOf(const QModelIndex &person) const;
    int groupOf(const Attendance &attendance);
    QVariant groupData(const Group &group, int role) const;
    QVariant personData(const Attendance &person, int role) const;

    QVector<Group> m_groups;
    bool m_editable = true;
    quintptr m_nextKey = 0;
};

} // namespace minutebook
