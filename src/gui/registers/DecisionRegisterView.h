#pragma once

// The decision register: every decision of every meeting with its citable reference, a filter
// by words and group, sorting by the column headers, CSV export. Activating a decision asks
// for its meeting to be opened at its item.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTableView;
class QTimer;

namespace minutebook {

class Database;
class MeetingSessions;
class DecisionRegisterModel;
class Dialogs;

class DecisionRegisterView : public QWidget
{
    Q_OBJECT

public:
    /// Follows every change to a meeting through `sessions`.
    DecisionRegisterView(MeetingSessions &sessions, Dialogs &dialogs, QWidget *parent = nullptr);

    /// Asks for a file and writes every decision the filter selects.
    bool exportCsv();
    void reload();

signals:
    void openRequested(qint64 meetingId, qint64 itemId);

private:
    void applyFilter();
    void showCount(int count);

    const Database &m_database;
    Dialogs &m_dialogs;
    DecisionRegisterModel *m_model = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_body = nullptr;
    QComboBox *m_separator = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    QTimer *m_typingPause = nullptr;
};

} // namespace minutebook
