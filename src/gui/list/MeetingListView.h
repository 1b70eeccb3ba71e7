#pragma once

// The list of meetings on the left of the main window: choices of group and year above a
// table of meetings, newest first. Says which meeting is current; shows nothing itself.

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;
class QModelIndex;
class QTableView;

namespace minutebook {

class Database;
class MeetingListModel;

class MeetingListView : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingListView(const Database &database, QWidget *parent = nullptr);

    MeetingListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// Narrows the list to meetings whose title, place, group or date contains the text.
    QLineEdit *textFilter() const { return m_textFilter; }
    /// 0 when no meeting is current.
    qint64 currentMeetingId() const;
    /// Why the list is empty, in words for the reader (no meetings at all, or none match).
    QString emptyText() const;

    /// Rebuilds the choices and the list, e.g. after meetings were added.
    void reload();
    /// Makes the newest meeting of the list current; false when the list is empty.
    bool selectNewest();
    /// Makes the meeting current if the unfiltered list holds it within its first pages;
    /// false when it was not found.
    bool selectMeeting(qint64 meetingId);

signals:
    /// The meeting the user is looking at changed; 0 when none is.
    void currentMeetingChanged(qint64 meetingId);
    /// Reading the list failed; the message is for the user.
    void loadFailed(const QString &message);

private:
    void fillBodyChoices();
    void fillYearChoices();
    void applyFilter();
    void onCurrentRowChanged(const QModelIndex &current);

    const Database &m_database;
    MeetingListModel *m_model = nullptr;
    QComboBox *m_bodyFilter = nullptr;
    QComboBox *m_yearFilter = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QTimer *m_textDelay = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace minutebook
