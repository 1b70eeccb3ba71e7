#include "NewMeetingDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace minutebook {

std::optional<NewMeetingDialog::Choice> NewMeetingDialog::ask(
    QWidget *parent, const QVector<Body> &bodies, const QDate &proposed)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("newMeetingDialog"));
    dialog.setWindowTitle(tr("New meeting"));
    auto *group = new QComboBox(&dialog);
    group->setObjectName(QStringLiteral("group"));
    group->setEditable(true);
    group->setInsertPolicy(QComboBox::NoInsert);
    for (const Body &b : bodies)
        group->addItem(b.name);
    group->lineEdit()->setPlaceholderText(tr("For example Ledningsgruppen"));
    auto *shortName = new QLineEdit(&dialog);
    shortName->setObjectName(QStringLiteral("shortName"));
    shortName->setPlaceholderText(tr("For example LG"));
    shortName->setMaxLength(16);
    auto *date = new QDateEdit(proposed, &dialog);
    date->setObjectName(QStringLiteral("date"));
    date->setCalendarPopup(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);

    const auto existing = [&bodies](const QString &name) -> const Body * {
        for (const Body &b : bodies) {
            if (b.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                return &b;
        }
        return nullptr;
    };
    // An existing group brings its short name (not to be changed here); a new one is named
    // in full, its short name optional.
    const auto follow = [&] {
        const Body *known = existing(group->currentText());
        if (known)
            shortName->setText(known->shortName);
        shortName->setReadOnly(known != nullptr);
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!group->currentText().trimmed().isEmpty());
    };
    QObject::connect(group, &QComboBox::currentTextChanged, &dialog, follow);
    if (bodies.isEmpty())
        group->setCurrentText(QString());
    follow();

    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Group:"), group);
    form->addRow(tr("&Short name:"), shortName);
    form->addRow(tr("&Date:"), date);
    form->addRow(buttons);
    group->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    Choice choice;
    if (const Body *known = existing(group->currentText()))
        choice.body = *known;
    else
        choice.body = {0, group->currentText().simplified(), shortName->text().trimmed(), {}};
    choice.date = date->date();
    return choice;
}

} // namespace minutebook
