#include "RestoreBackupDialog.h"

#include "AutoBackup.h"
#include "Database.h"
#include "MeetingRepository.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace minutebook {

QString RestoreBackupDialog::describe(const QString &backupPath)
{
    const QFileInfo file(backupPath);
    const QDateTime made = file.lastModified();
    const QString when = QLocale().toString(made.date(), QLocale::LongFormat) + QLatin1Char(' ')
        + QLocale().toString(made.time(), QLocale::ShortFormat);
    Database::Options readOnly;
    readOnly.readOnly = true;
    readOnly.createIfMissing = false;
    auto copy = Database::open(backupPath, readOnly);
    if (!copy)
        return tr("%1 — cannot be read").arg(when);
    const Result<int> meetings = MeetingRepository(*copy.value()).count();
    if (!meetings)
        return tr("%1 — cannot be read").arg(when);
    return tr("%1 — %Ln meeting(s)", nullptr, meetings.value()).arg(when);
}

QString RestoreBackupDialog::choose(QWidget *parent, const QString &databasePath)
{
    const QFileInfoList copies
        = AutoBackup::existing(databasePath, AutoBackup::defaultFolder(databasePath));
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("restoreBackupDialog"));
    dialog.setWindowTitle(tr("Restore backup"));
    auto *text = new QLabel(copies.isEmpty()
            ? tr("There are no backups of this archive yet. Minutebook makes one a day, once the "
                 "archive holds a meeting.")
            : tr("Go back to the archive as it was in one of these copies. The archive as it is "
                 "now is kept in the backups folder first."),
        &dialog);
    text->setWordWrap(true);
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("backups"));
    for (const QFileInfo &copy : copies) {
        auto *row = new QListWidgetItem(describe(copy.absoluteFilePath()), list);
        row->setData(Qt::UserRole, copy.absoluteFilePath());
        row->setToolTip(QDir::toNativeSeparators(copy.absoluteFilePath()));
    }
    list->setVisible(!copies.isEmpty());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *restore = buttons->addButton(tr("Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    restore->setEnabled(false);
    QObject::connect(list, &QListWidget::currentRowChanged, restore,
        [restore](int row) { restore->setEnabled(row >= 0); });
    QObject::connect(list, &QListWidget::itemDoubleClicked, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog.resize(460, copies.isEmpty() ? 120 : 320);
    if (!copies.isEmpty())
        list->setCurrentRow(0);
    if (dialog.exec() != QDialog::Accepted || !list->currentItem())
        return {};
    return list->currentItem()->data(Qt::UserRole).toString();
}

} // namespace minutebook
