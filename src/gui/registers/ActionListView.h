#pragma once

// The action list: every assignment with assignee, due date, status and the meeting it came
// from; overdue ones marked. Filters by person, status and words; marks the selected
// assignment done or open again as an undoable edit of its meeting (on that meeting's undo
// stack, through MeetingSessions); follows every change to a meeting; CSV export.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTableView;
class QTimer;

namespace minutebook {

class ActionListModel;
class Database;
class Dialogs;
class MeetingSessions;

class ActionListView : public QWidget
{
    Q_OBJECT

public:
    enum StatusChoice { OpenOnly, DoneOnly, Every };

    ActionListView(MeetingSessions &sessions, Dialogs &dialogs, QWidget *parent = nullptr);

    /// Marks the current row done (or open again when it is done), undoably.
    bool toggleCurrent();
    bool exportCsv();
    void reload();

signals:
    void openRequested(qint64 meetingId, qint64 itemId);

private:
    void applyFilter();
    void updateButton();

    MeetingSessions &m_sessions;
    const Database &m_database;
    Dialogs &m_dialogs;
    ActionListModel *m_model = nullptr;
    QComboBox *m_person = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_separator = nullptr;
    QPushButton *m_markDone = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    QTimer *m_typingPause = nullptr;
};

} // namespace minutebook
