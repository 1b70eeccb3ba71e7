#include "SendDialog.h"

#include "Colours.h"
#include "Dialogs.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace minutebook {

SendDialog::SendDialog(
    const Meeting &meeting, const QString &folder, Dialogs &dialogs, QWidget *parent)
    : QDialog(parent)
    , m_meeting(meeting)
    , m_dialogs(dialogs)
    , m_folder(new QLineEdit(folder, this))
    , m_count(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Send the minutes to the attendees"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("Your e-mail program opens with a message to everyone on the "
                               "attendance list who has an address, with the minutes attached "
                               "as PDF. The addresses are kept for the next time."),
        this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *people = new QWidget;
    auto *form = new QFormLayout(people);
    for (const Attendance &a : meeting.attendees) {
        auto *edit = new QLineEdit(a.person.email, people);
        edit->setPlaceholderText(tr("name@example.org"));
        edit->setProperty("personId", a.person.id);
        connect(edit, &QLineEdit::textChanged, this, &SendDialog::updateButtons);
        form->addRow(a.person.name, edit);
        m_addresses.append(edit);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(people);
    scroll->setWidgetResizable(true);
    scroll->setMinimumSize(460, 180);
    layout->addWidget(scroll);
    layout->addWidget(m_count);
    auto *folderRow = new QHBoxLayout;
    auto *choose = new QPushButton(tr("Choose…"), this);
    auto *folderLabel = new QLabel(tr("Save the PDF in:"), this);
    folderLabel->setBuddy(m_folder); // names the field for a screen reader
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    layout->addLayout(folderRow);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString chosen
            = m_dialogs.existingDirectory(this, tr("Folder for the minutes"), m_folder->text());
        if (!chosen.isEmpty())
            m_folder->setText(chosen);
    });
    QPushButton *send = m_buttons->addButton(tr("Open e-mail"), QDialogButtonBox::AcceptRole);
    send->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_folder, &QLineEdit::textChanged, this, &SendDialog::updateButtons);
    updateButtons();
}

SendRequest SendDialog::request() const
{
    SendRequest r;
    for (const QLineEdit *edit : m_addresses)
        r.addresses.append({edit->property("personId").toLongLong(), edit->text().trimmed()});
    r.folder = m_folder->text().trimmed();
    return r;
}

void SendDialog::updateButtons()
{
    int valid = 0;
    bool wrong = false;
    for (QLineEdit *edit : m_addresses) {
        const QString address = edit->text().trimmed();
        const bool ok = Person::isEmailAddress(address);
        wrong = wrong || !ok;
        valid += ok && !address.isEmpty() ? 1 : 0;
        edit->setPalette(ok ? palette() : Colours::warningPalette(palette()));
    }
    m_count->setText(wrong ? tr("An address is not an e-mail address (shown in red).")
                           : tr("%n recipient(s).", nullptr, valid));
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(!wrong && valid > 0 && !m_folder->text().trimmed().isEmpty());
    }
}

} // namespace minutebook
