#pragma once

// The agenda as a tree, driven from the keyboard: Enter adds the next item, Tab and Shift+Tab
// indent and outdent, Alt+Up and Alt+Down move, Delete removes; items can also be dragged.
// The view only asks; MeetingEditor turns the requests into edits.

#include <QTreeView>

namespace minutebook {

class AgendaTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit AgendaTreeView(QWidget *parent = nullptr);

signals:
    void addRequested();
    void indentRequested();
    void outdentRequested();
    void moveUpRequested();
    void moveDownRequested();
    void removeRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
};

} // namespace minutebook
