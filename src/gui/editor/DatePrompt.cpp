#include "DatePrompt.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace minutebook {

QDate DatePrompt::ask(QWidget *parent, const QString &title, const QString &label,
    const QDate &proposed, const QDate &minimum)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("datePrompt"));
    dialog.setWindowTitle(title);
    auto *text = new QLabel(label, &dialog);
    text->setWordWrap(true);
    auto *date = new QDateEdit(proposed, &dialog);
    date->setObjectName(QStringLiteral("date"));
    date->setCalendarPopup(true);
    if (minimum.isValid())
        date->setMinimumDate(minimum);
    text->setBuddy(date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    // Qt's own button texts are English where Qt ships no Swedish translation.
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(date);
    layout->addWidget(buttons);
    date->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return date->date();
}

} // namespace minutebook
