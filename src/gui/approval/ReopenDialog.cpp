#include "ReopenDialog.h"

#include "Meeting.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace minutebook {

ReopenDialog::ReopenDialog(const Meeting &meeting, const QString &user, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this))
    , m_by(new QLineEdit(user, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Reopen approved minutes"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("The minutes of %1 %2 become a draft again and can be changed. "
                               "The approval and its fingerprint are kept in the meeting's log, "
                               "with the reason given here. To correct a single mistake, use "
                               "a correction instead: the minutes then stay approved.")
                                .arg(meeting.body.shortName, meeting.date.toString(Qt::ISODate)),
        this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *form = new QFormLayout;
    m_reason->setPlaceholderText(tr("Why the minutes are reopened (required)"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumSize(420, 90);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("Reopened &by:"), m_by);
    layout->addLayout(form);
    QPushButton *reopen = m_buttons->addButton(tr("Reopen"), QDialogButtonBox::AcceptRole);
    reopen->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
        [this, reopen] { reopen->setEnabled(!reason().isEmpty()); });
}

QString ReopenDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QString ReopenDialog::reopenedBy() const
{
    return m_by->text().trimmed();
}

} // namespace minutebook
