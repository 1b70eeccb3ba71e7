#pragma once

// Skicka till deltagarna…: the e-mail addresses of those on the attendance list (kept with each
// person for the next time) and the folder where the PDF of the minutes is saved. The e-mail
// program gets the PDF attached; since some drop attachments silently, the saved file is where
// the user can always find it. Only asks; ApprovalActions sends.

#include "Meeting.h"

#include <QDialog>
#include <QPair>
#include <QVector>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace minutebook {

class Dialogs;

struct SendRequest
{
    QVector<QPair<qint64, QString>> addresses; ///< person id, e-mail address ("" none)
    QString folder;
};

class SendDialog : public QDialog
{
    Q_OBJECT

public:
    SendDialog(
        const Meeting &meeting, const QString &folder, Dialogs &dialogs, QWidget *parent = nullptr);

    SendRequest request() const;
    QVector<QLineEdit *> addressEdits() const { return m_addresses; }
    QLineEdit *folderEdit() const { return m_folder; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateButtons();

    Meeting m_meeting;
    Dialogs &m_dialogs;
    QVector<QLineEdit *> m_addresses;
    QLineEdit *m_folder = nullptr;
    QLabel *m_count = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace minutebook
