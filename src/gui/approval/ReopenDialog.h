#pragma once

// Återöppna…: approved minutes become a draft again, only with a reason, which the meeting's
// log keeps with who reopened them (the earlier approval and its fingerprint are kept too).
// Only asks; ApprovalActions reopens.

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace minutebook {

struct Meeting;

class ReopenDialog : public QDialog
{
    Q_OBJECT

public:
    ReopenDialog(const Meeting &meeting, const QString &user, QWidget *parent = nullptr);

    QString reason() const;
    QString reopenedBy() const;
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QLineEdit *byEdit() const { return m_by; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QPlainTextEdit *m_reason = nullptr;
    QLineEdit *m_by = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace minutebook
