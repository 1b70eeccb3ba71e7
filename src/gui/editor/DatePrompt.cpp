#include "DatePrompt.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
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
    // Qt's own OK and Cancel: Language::install gives them Swedish (qt_extra_sv.ts).
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
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
