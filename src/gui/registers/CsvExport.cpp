#include "CsvExport.h"

#include "Dialogs.h"

#include <QSaveFile>

namespace minutebook {

QComboBox *CsvExport::separatorChoice(QWidget *parent)
{
    auto *choice = new QComboBox(parent);
    choice->addItem(tr("Semicolon (Excel)"), QChar(QLatin1Char(';')));
    choice->addItem(tr("Comma"), QChar(QLatin1Char(',')));
    choice->addItem(tr("Tab"), QChar(QLatin1Char('\t')));
    choice->setToolTip(tr("Field separator of the CSV file"));
    choice->setAccessibleName(tr("Field separator of the CSV file"));
    return choice;
}

QChar CsvExport::separator(const QComboBox *choice)
{
    const QVariant data = choice ? choice->currentData() : QVariant();
    return data.isValid() ? data.toChar() : QLatin1Char(';');
}

bool CsvExport::save(Dialogs &dialogs, QWidget *parent, const QString &title,
    const QString &suggestedName, const std::function<Result<QByteArray>()> &bytes)
{
    const QString path
        = dialogs.saveFileName(parent, title, suggestedName, tr("CSV files (*.csv *.txt)"));
    if (path.isEmpty())
        return false;
    const Result<QByteArray> csv = bytes();
    if (!csv.ok()) {
        dialogs.warning(parent, tr("Not exported"), csv.error());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.value()) != csv.value().size()
        || !file.commit()) {
        dialogs.warning(
            parent, tr("Not exported"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace minutebook
