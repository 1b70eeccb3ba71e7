#pragma once

// Rättelse…: corrects one field of approved minutes — chosen from every text field of the
// meeting, items, decisions and assignments — with the new text, a reason and who corrects.
// The minutes stay approved; the correction is listed in them. Only asks; ApprovalActions
// corrects.

#include "AmendmentTarget.h"
#include "Approvals.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace minutebook {

class CorrectionDialog : public QDialog
{
    Q_OBJECT

public:
    CorrectionDialog(const Meeting &meeting, const QString &user, QWidget *parent = nullptr);

    CorrectionRequest request() const;
    QComboBox *fieldChoice() const { return m_field; }
    QPlainTextEdit *newTextEdit() const { return m_text; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void showField();
    void updateButtons();

    Meeting m_meeting;
    QVector<AmendmentTarget> m_targets;
    QComboBox *m_field = nullptr;
    QLabel *m_current = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_by = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace minutebook
