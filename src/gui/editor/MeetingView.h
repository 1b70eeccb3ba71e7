#pragma once

// The minutes of one meeting, read-only, as MinutesDocument lays them out: the right-hand side
// of the main window until the editor arrives.

#include "MeetingRepository.h"

#include <QWidget>

class QTextBrowser;
class QTextDocument;

namespace minutebook {

class MeetingView : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingView(const Database &database, QWidget *parent = nullptr);

    /// Shows the minutes of the meeting with `id`.
    void showMeeting(qint64 id);
    /// Shows no meeting, with `reason` in its place.
    void showNothing(const QString &reason);

    /// 0 when no meeting is shown.
    qint64 meetingId() const { return m_meetingId; }
    /// The text the reader sees, without formatting.
    QString plainText() const;

private:
    void setDocument(QTextDocument *document);
    void showContextMenu(const QPoint &position);

    const Database &m_database;
    MeetingRepository m_repository;
    QTextBrowser *m_browser = nullptr;
    QTextDocument *m_document = nullptr; ///< the one shown; a child of this widget
    qint64 m_meetingId = 0;
};

} // namespace minutebook
