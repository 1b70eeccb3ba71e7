#pragma once

// The Meeting menu's approval entries: Approve minutes… (Ctrl+Shift+G) for a draft, or for
// minutes approved before the program recorded approvals; Correction…, Send to attendees… and
// Reopen… for approved minutes.
// They act on the meeting the window shows (setCurrentMeeting). Pending typing is saved first,
// so nothing typed is refused by the approval it came just before; the approval itself is
// storage's (Approvals), and the sessions are told so every view shows the minutes frozen.

#include "Approvals.h"
#include "SendDialog.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace minutebook {

class Dialogs;
class MeetingSessions;

class ApprovalActions : public QObject
{
    Q_OBJECT

public:
    ApprovalActions(QWidget *window, MeetingSessions &sessions, Dialogs &dialogs, QMenu *menu);

    QAction *approveAction() const { return m_approve; }
    QAction *reopenAction() const { return m_reopen; }
    QAction *correctAction() const { return m_correct; }
    QAction *sendAction() const { return m_send; }

    /// The meeting the window shows now (0: none); the entries follow it and its status.
    void setCurrentMeeting(qint64 meetingId);
    /// Asks (ApproveDialog) and approves the current meeting.
    void approve();
    /// Asks (CorrectionDialog) and corrects a field of the current, approved meeting.
    void correct();
    /// Asks (SendDialog), saves the PDF and opens the e-mail program (xdg-email).
    void send();
    /// What send() does once asked: the addresses kept, the PDF (the archival copy when there
    /// is one) saved into the folder, `xdg-email` started. The saved file's path, or why not.
    /// `mailOpened` says whether xdg-email could be started.
    Result<QString> sendWith(const SendRequest &request, bool *mailOpened = nullptr);
    /// Asks (ReopenDialog) and reopens the current meeting.
    void reopen();
    /// What approve() does once asked; failures are returned, not shown.
    Result<Approval> approveWith(const ApprovalRequest &request);
    Status reopenWith(const QString &actor, const QString &reason);
    Result<Approval> correctWith(const CorrectionRequest &request);

signals:
    /// The current meeting was approved or reopened.
    void statusChanged(qint64 meetingId);

private:
    void updateActions();
    /// The current meeting whole, read after pending typing is saved.
    Result<Meeting> currentMeeting();
    void changed();
    /// Approvals with the archival copy rendered by the document layer.
    Approvals approvals() const;

    QWidget *m_window;
    MeetingSessions &m_sessions;
    Dialogs &m_dialogs;
    qint64 m_meetingId = 0;
    QAction *m_approve = nullptr;
    QAction *m_reopen = nullptr;
    QAction *m_correct = nullptr;
    QAction *m_send = nullptr;
};

} // namespace minutebook
