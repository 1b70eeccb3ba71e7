#pragma once

// Who is there: the checklist of the body's roster by sub-group (Space toggles present and
// absent), a line to add a guest and what they presented (names complete from everybody
// known), and a line to put a new person on the roster. A name already on the roster is
// pointed out beside the line; what was typed stays.

#include <QWidget>

#include <memory>

class QCompleter;

namespace minutebook {

class MeetingSession;
namespace Ui {
class AttendanceEditor;
}

class AttendanceEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AttendanceEditor(MeetingSession &session, QWidget *parent = nullptr);
    /// Shows another meeting's session (the editor opened another meeting).
    void setSession(MeetingSession &session);
    ~AttendanceEditor() override;

    /// The last problem shown under the lines; empty when none.
    QString messageText() const;

private:
    void refresh();
    void addGuest();
    void addMember();
    void checkMemberName();

    MeetingSession *m_session = nullptr;
    std::unique_ptr<Ui::AttendanceEditor> m_ui; ///< layout from ui/AttendanceEditor.ui
    QCompleter *m_completer = nullptr;
};

} // namespace minutebook
