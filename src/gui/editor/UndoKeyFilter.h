#pragma once

// Line edits, date and time edits keep their own undo and grab Ctrl+Z before the window sees
// it. Installed on them, this filter lets Ctrl+Z and Ctrl+Shift+Z reach the Edit menu, whose
// undo stack holds every edit of the meeting.

#include <QObject>

namespace minutebook {

class UndoKeyFilter : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    /// Installs one filter (a child of `widget`) on `widget`.
    static void install(QObject *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace minutebook
