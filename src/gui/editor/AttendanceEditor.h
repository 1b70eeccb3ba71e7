#pragma once

// Who is there: the checklist of the body's roster by sub-group (Space toggles present and
// absent), a line to add a guest and what they presented (names complete from everybody
// known), and a line to put a new person on the roster. A name already on the roster is
// pointed out beside the line; what was typed stays.

#include <QWidget>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace minutebook {

class MeetingSession;

class AttendanceEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AttendanceEditor(MeetingSession &session, QWidget *parent = nullptr);
    /// Shows another meeting's session (the editor opened another meeting).
    void setSession(MeetingSession &session);

    QTreeView *view() const { return m_view; }
    QLineEdit *guestName() const { return m_guestName; }
    QLineEdit *guestNote() const { return m_guestNote; }
    QPushButton *addGuestButton() const { return m_addGuest; }
    QLineEdit *memberName() const { return m_memberName; }
    QComboBox *memberGroup() const { return m_memberGroup; }
    QPushButton *addMemberButton() const { return m_addMember; }
    /// The last problem shown under the lines; empty when none.
    QString messageText() const;

private:
    void refresh();
    void addGuest();
    void addMember();
    void checkMemberName();

    MeetingSession *m_session = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_guestName = nullptr;
    QLineEdit *m_guestNote = nullptr;
    QPushButton *m_addGuest = nullptr;
    QLineEdit *m_memberName = nullptr;
    QComboBox *m_memberGroup = nullptr;
    QPushButton *m_addMember = nullptr;
    QLabel *m_message = nullptr;
    QCompleter *m_completer = nullptr;
};

} // namespace minutebook
