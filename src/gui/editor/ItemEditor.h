#pragma once

// One agenda item: title, presenter, responsible, the text (bullets, bold, links; Markdown),
// and its decisions and assignments. "Decision", "Assignment" and "Defer" act on it; each has
// a shortcut. An empty title and a due date in the past are pointed out, not refused.

#include <QDate>
#include <QWidget>

class QAction;
class QCompleter;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace minutebook {

class BodyTextEdit;
class ItemRecordsModel;
class MeetingSession;

class ItemEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ItemEditor(MeetingSession &session, QWidget *parent = nullptr);
    /// Shows another meeting's session (the editor opened another meeting).
    void setSession(MeetingSession &session);

    /// Shows the item (0: none).
    void setItem(qint64 itemId);
    qint64 itemId() const { return m_itemId; }
    /// Marks the words in the item's text (a search's terms); empty clears.
    void highlight(const QStringList &terms);
    int highlightCount() const;

    /// Adds the typed decision; with nothing typed, puts the cursor in the decision line.
    void addDecision();
    /// Adds the typed assignment; with nothing typed, puts the cursor in its line.
    void addAssignment();
    /// Asks for a date (proposing the next meeting) and defers the item.
    void deferWithPrompt();

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *presenterEdit() const { return m_presenter; }
    QLineEdit *responsibleEdit() const { return m_responsible; }
    BodyTextEdit *bodyEdit() const { return m_body; }
    QLineEdit *decisionText() const { return m_decisionText; }
    QLineEdit *assignmentText() const { return m_actionText; }
    QLineEdit *assigneeEdit() const { return m_assignee; }
    QDateEdit *dueEdit() const { return m_due; }
    QTableView *recordsView() const { return m_records; }
    ItemRecordsModel *recordsModel() const { return m_recordsModel; }
    QPushButton *decisionButton() const { return m_decisionButton; }
    QPushButton *assignmentButton() const { return m_actionButton; }
    QPushButton *deferButton() const { return m_deferButton; }
    /// What is pointed out under the item; empty when nothing is.
    QString warningText() const;

signals:
    /// Enter in the title: the secretary goes on to the next item.
    void nextItemRequested();

private:
    QWidget *buildFields();
    QWidget *buildRecords();
    void showItem();
    void updateWarnings();
    void removeSelectedRecord();
    void refreshNames();

    MeetingSession *m_session = nullptr;
    qint64 m_itemId = 0;
    QStringList m_terms;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_presenter = nullptr;
    QLineEdit *m_responsible = nullptr;
    BodyTextEdit *m_body = nullptr;
    QLineEdit *m_decisionText = nullptr;
    QLineEdit *m_actionText = nullptr;
    QLineEdit *m_assignee = nullptr;
    QDateEdit *m_due = nullptr;
    QPushButton *m_decisionButton = nullptr;
    QPushButton *m_actionButton = nullptr;
    QPushButton *m_deferButton = nullptr;
    QTableView *m_records = nullptr;
    ItemRecordsModel *m_recordsModel = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_deferred = nullptr;
    QCompleter *m_presenterCompleter = nullptr;
    QCompleter *m_assigneeCompleter = nullptr;
};

} // namespace minutebook
