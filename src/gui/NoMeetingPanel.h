#pragma once

// What the editor's place shows while no meeting is chosen: instead of an empty form (dated
// 2000-01-01, which nobody wrote), what to do next. In an archive without meetings: the first
// steps — a new meeting, old minutes imported, or the example to look around; otherwise why
// nothing is shown (a filter that matches nothing) and a new meeting.

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;

namespace minutebook {

class NoMeetingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NoMeetingPanel(QWidget *parent = nullptr);

    /// The window's actions for a new meeting and for importing, as buttons (enabled as the
    /// actions are).
    void setActions(QAction *newMeeting, QAction *import);
    /// `archiveEmpty`: the archive has no meetings (the first steps, the example offered when
    /// `canLoadExample`); otherwise `reason` says why no meeting is shown.
    void setState(bool archiveEmpty, bool canLoadExample, const QString &reason);

signals:
    void loadExampleRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitText();

    QLabel *m_heading = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_newMeeting = nullptr;
    QToolButton *m_import = nullptr;
    QPushButton *m_example = nullptr;
};

} // namespace minutebook
