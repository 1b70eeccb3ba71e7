#include "ApproveDialog.h"

#include "MeetingRules.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace minutebook {

ApproveDialog::ApproveDialog(const Meeting &meeting, const QLocale &locale, QWidget *parent)
    : QDialog(parent)
    , m_first(new QComboBox(this))
    , m_second(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_checks(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Approve minutes"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(
        tr("<b>%1 %2</b> – once approved, the minutes can no longer be changed; only the status "
           "of assignments can.")
            .arg(meeting.body.shortName.toHtmlEscaped(),
                locale.toString(meeting.date, QLocale::ShortFormat)),
        this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    // Those who attended (members first, then guests); free text when attendance was not
    // recorded.
    QStringList names;
    for (const AttendanceStatus wanted : {AttendanceStatus::Present, AttendanceStatus::Guest}) {
        for (const Attendance &a : meeting.attendees) {
            if (a.status == wanted)
                names.append(a.person.name);
        }
    }
    const bool known = !names.isEmpty();
    m_first->setEditable(!known);
    m_second->setEditable(!known);
    m_first->addItems(names);
    // Nobody chosen at first: approving names somebody on purpose.
    m_first->setPlaceholderText(tr("Choose who approved"));
    m_first->setCurrentIndex(-1);
    m_second->addItem(tr("(nobody else)"), QString());
    for (const QString &name : names)
        m_second->addItem(name, name);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat));
    if (meeting.date.isValid())
        m_date->setMinimumDate(meeting.date);
    m_date->setDate(std::max(QDate::currentDate(), meeting.date));

    auto *form = new QFormLayout;
    form->addRow(tr("&Approved by:"), m_first);
    form->addRow(tr("&and by:"), m_second);
    form->addRow(tr("&Date:"), m_date);
    layout->addLayout(form);

    auto *checkLabel = new QLabel(tr("Check before approving:"), this);
    checkLabel->setBuddy(m_checks); // names the list for a screen reader
    layout->addWidget(checkLabel);
    const QStringList warnings = MeetingRules::approvalWarnings(meeting);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const QString &w : warnings)
        m_checks->addItem(new QListWidgetItem(warningIcon, w));
    if (warnings.isEmpty())
        m_checks->addItem(tr("Nothing seems to be missing."));
    m_checks->setWordWrap(true);
    m_checks->setTextElideMode(Qt::ElideNone);
    m_checks->setResizeMode(QListView::Adjust);
    m_checks->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_checks->setMinimumWidth(480);
    m_checks->setMaximumHeight(160);
    layout->addWidget(m_checks);

    QPushButton *approve = m_buttons->addButton(tr("Approve"), QDialogButtonBox::AcceptRole);
    approve->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_first, &QComboBox::currentTextChanged, this, &ApproveDialog::updateButtons);
    connect(m_second, &QComboBox::currentTextChanged, this, &ApproveDialog::updateButtons);
    updateButtons();
}

ApprovalRequest ApproveDialog::request() const
{
    ApprovalRequest r;
    r.by.append(m_first->currentText().trimmed());
    const QString second
        = m_second->isEditable() ? m_second->currentText() : m_second->currentData().toString();
    if (!second.trimmed().isEmpty() && second.trimmed() != tr("(nobody else)"))
        r.by.append(second.trimmed());
    r.date = m_date->date();
    return r;
}

void ApproveDialog::updateButtons()
{
    const ApprovalRequest r = request();
    const bool twice = r.by.size() == 2 && r.by.at(0).compare(r.by.at(1), Qt::CaseInsensitive) == 0;
    const QList<QAbstractButton *> buttons = m_buttons->buttons();
    for (QAbstractButton *b : buttons) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(!r.by.at(0).isEmpty() && !twice);
    }
}

} // namespace minutebook
