#include "CorrectionDialog.h"

#include "MeetingText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace minutebook {

CorrectionDialog::CorrectionDialog(const Meeting &meeting, const QString &user, QWidget *parent)
    : QDialog(parent)
    , m_meeting(meeting)
    , m_targets(AmendmentTarget::all(meeting))
    , m_field(new QComboBox(this))
    , m_current(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_reason(new QLineEdit(this))
    , m_by(new QLineEdit(user, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Correct approved minutes"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("The minutes stay approved. The correction is listed in them under "
                               "“Corrections”, with the old and the new text, who made it, when "
                               "and why, and they get a new fingerprint."),
        this);
    text->setWordWrap(true);
    layout->addWidget(text);
    for (const AmendmentTarget &t : m_targets) {
        const QString current = MeetingText::oneLine(t.text(meeting).value_or(QString()), 40);
        m_field->addItem(current.isEmpty() ? t.describe(meeting)
                                           : tr("%1: %2").arg(t.describe(meeting), current));
    }
    m_current->setWordWrap(true);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTabChangesFocus(true);
    m_text->setMinimumSize(460, 90);
    m_reason->setPlaceholderText(tr("Why the text is corrected (required)"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Field:"), m_field);
    form->addRow(tr("Now:"), m_current);
    form->addRow(tr("&Corrected text:"), m_text);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("Corrected &by:"), m_by);
    layout->addLayout(form);
    QPushButton *save = m_buttons->addButton(tr("Save correction"), QDialogButtonBox::AcceptRole);
    save->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_field, &QComboBox::currentIndexChanged, this, &CorrectionDialog::showField);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CorrectionDialog::updateButtons);
    connect(m_reason, &QLineEdit::textChanged, this, &CorrectionDialog::updateButtons);
    connect(m_by, &QLineEdit::textChanged, this, &CorrectionDialog::updateButtons);
    showField();
}

void CorrectionDialog::showField()
{
    const int i = m_field->currentIndex();
    const QString current = i >= 0 && i < m_targets.size()
        ? m_targets.at(i).text(m_meeting).value_or(QString())
        : QString();
    m_current->setText(current.isEmpty() ? tr("(empty)") : current);
    m_text->setPlainText(current);
    updateButtons();
}

CorrectionRequest CorrectionDialog::request() const
{
    CorrectionRequest r;
    const int i = m_field->currentIndex();
    if (i >= 0 && i < m_targets.size())
        r.target = m_targets.at(i).key();
    r.newText = m_text->toPlainText();
    r.reason = m_reason->text().trimmed();
    r.by = m_by->text().trimmed();
    return r;
}

void CorrectionDialog::updateButtons()
{
    const CorrectionRequest r = request();
    const int i = m_field->currentIndex();
    const QString current = i >= 0 && i < m_targets.size()
        ? m_targets.at(i).text(m_meeting).value_or(QString())
        : QString();
    const bool ready = !r.target.isEmpty() && !r.reason.isEmpty() && !r.by.isEmpty()
        && r.newText.trimmed() != current.trimmed();
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(ready);
    }
}

} // namespace minutebook
