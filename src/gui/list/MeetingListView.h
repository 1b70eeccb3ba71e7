#pragma once

// The list of meetings on the left of the main window: choices of group and year above a
// table of meetings, newest first. Says which meeting is current; shows nothing itself.

#include <QWidget>

#include <memory>

class QTimer;
class QModelIndex;

namespace minutebook {

class Database;
class MeetingListModel;
namespace Ui {
class MeetingListView;
}

class MeetingListView : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingListView(const Database &database, QWidget *parent = nullptr);
    ~MeetingListView() override;

    MeetingListModel *model() const { return m_model; }
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
    /// Wide enough for the dates, groups and statuses whole, whatever the language, and some
    /// of the place: the splitter cannot squeeze the list below that.
    void fitColumns();
    void fillBodyChoices();
    void fillYearChoices();
    void applyFilter();
    void onCurrentRowChanged(const QModelIndex &current);

    std::unique_ptr<Ui::MeetingListView> m_ui; ///< layout from ui/MeetingListView.ui
    const Database &m_database;
    MeetingListModel *m_model = nullptr;
    QTimer *m_textDelay = nullptr;
};

} // namespace minutebook
