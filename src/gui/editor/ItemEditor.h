#pragma once

// One agenda item: title, presenter, responsible, the text (bullets, bold, links; Markdown),
// and its decisions and assignments. "Decision", "Assignment" and "Defer" act on it; each has
// a shortcut. An empty title and a due date in the past are pointed out, not refused. Layout:
// ui/ItemEditor.ui.

#include <QDate>
#include <QWidget>

#include <memory>

class QCompleter;
class QLineEdit;

namespace minutebook {

class ItemRecordsModel;
class MeetingSession;
namespace Ui {
class ItemEditor;
}

class ItemEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ItemEditor(MeetingSession &session, QWidget *parent = nullptr);
    ~ItemEditor() override;
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

    QLineEdit *titleEdit() const;
    /// What is pointed out under the item; empty when nothing is.
    QString warningText() const;

signals:
    /// Enter in the title: the secretary goes on to the next item.
    void nextItemRequested();

private:
    void setUpFields();
    void setUpRecords();
    void showItem();
    void updateWarnings();
    void removeSelectedRecord();
    void refreshNames();

    MeetingSession *m_session = nullptr;
    qint64 m_itemId = 0;
    QStringList m_terms;
    std::unique_ptr<Ui::ItemEditor> m_ui; ///< layout from ui/ItemEditor.ui
    ItemRecordsModel *m_recordsModel = nullptr;
    QCompleter *m_presenterCompleter = nullptr;
    QCompleter *m_assigneeCompleter = nullptr;
};

} // namespace minutebook
