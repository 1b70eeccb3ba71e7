#pragma once

// Godkänn mötesanteckningar…: who approved the minutes (one or two of those who attended) and
// on which day, with a check list of what may be missing (MeetingRules::approvalWarnings),
// which warns but never blocks. Only asks; ApprovalActions approves.

#include "Approvals.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QListWidget;

namespace minutebook {

class ApproveDialog : public QDialog
{
    Q_OBJECT

public:
    ApproveDialog(const Meeting &meeting, const QLocale &locale, QWidget *parent = nullptr);

    ApprovalRequest request() const;
    QComboBox *firstApprover() const { return m_first; }
    QComboBox *secondApprover() const { return m_second; }
    QDateEdit *dateEdit() const { return m_date; }
    QListWidget *checkList() const { return m_checks; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateButtons();

    QComboBox *m_first = nullptr;
    QComboBox *m_second = nullptr;
    QDateEdit *m_date = nullptr;
    QListWidget *m_checks = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace minutebook
