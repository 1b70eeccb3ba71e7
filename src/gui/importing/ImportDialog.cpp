#include "ImportDialog.h"

#include "Dialogs.h"
#include "ImportPreviewModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace minutebook {

namespace {
const char lastGroupKey[] = "import/lastGroup";
} // namespace

ImportDialog::ImportDialog(
    const Database &database, Dialogs &dialogs, const QStringList &paths, QWidget *parent)
    : QDialog(parent)
    , m_dialogs(dialogs)
    , m_model(new ImportPreviewModel(database, this))
{
    setWindowTitle(tr("Import minutes"));
    buildLayout();
    m_model->setFiles(paths, lastGroup());
    connect(m_model, &ImportPreviewModel::filesChanged, this, &ImportDialog::updateButtons);
    connect(m_model, &ImportPreviewModel::filesChanged, this, &ImportDialog::showSelectedFile);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ImportDialog::showSelectedFile);
    connect(m_force, &QCheckBox::toggled, this,
        [this](bool checked) { m_model->setForce(currentRow(), checked); });
    m_table->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
    showSelectedFile();
    resize(900, 520);
}

void ImportDialog::buildLayout()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("importPreview"));
    m_table->setAccessibleName(tr("Files to import"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);

    m_force = new QCheckBox(tr("Import anyway"), this);
    m_force->setToolTip(tr("Create another meeting from a file that was imported before."));
    m_force->setObjectName(QStringLiteral("importAnyway"));
    m_warnings = new QListWidget(this);
    m_warnings->setObjectName(QStringLiteral("importWarnings"));
    m_warnings->setAccessibleName(tr("Warnings of the chosen file"));
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);

    // Our own Cancel text: Qt's translations are not always installed.
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importAll);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("Check what will be created. Double-click a date or group to change it."), this));
    layout->addWidget(m_table, 3);
    layout->addWidget(m_force);
    layout->addWidget(new QLabel(tr("Warnings for the selected file:"), this));
    layout->addWidget(m_warnings, 2);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
}

int ImportDialog::currentRow() const
{
    return m_table->selectionModel()->currentIndex().row();
}

void ImportDialog::showSelectedFile()
{
    m_warnings->clear();
    const int row = currentRow();
    const bool valid = row >= 0 && row < m_model->fileCount();
    const ImportFile *file = valid ? &m_model->file(row) : nullptr;
    {
        const QSignalBlocker blocker(m_force);
        m_force->setChecked(file && file->force);
        m_force->setEnabled(file && file->existingMeetingId != 0 && file->meetingId == 0);
    }
    if (!file)
        return;
    if (!file->error.isEmpty())
        m_warnings->addItem(file->error);
    if (!file->importError.isEmpty())
        m_warnings->addItem(file->importError);
    for (const ImportWarning &warning : file->result.warnings)
        m_warnings->addItem(warning.line > 0
                ? tr("Line %1: %2").arg(warning.line).arg(warning.message)
                : warning.message);
}

void ImportDialog::updateButtons()
{
    const int missing = m_model->needingInput();
    const int ready = m_model->importableCount();
    m_import->setEnabled(missing == 0 && ready > 0);
    if (missing > 0)
        m_hint->setText(tr("%n file(s) need a meeting date or a group. Double-click the cell to "
                           "fill it in; nothing is imported until every file has both.",
            nullptr, missing));
    else
        m_hint->setText(tr("%n file(s) will be imported.", nullptr, ready));
}

void ImportDialog::importAll()
{
    if (m_model->needingInput() > 0)
        return;
    QVector<int> rows;
    for (int row = 0; row < m_model->fileCount(); ++row)
        if (m_model->file(row).meetingId == 0)
            rows.append(row);
    QProgressDialog progress(tr("Importing minutes…"), tr("Cancel"), 0, int(rows.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    int failed = 0;
    bool cancelled = false;
    QStringList reasons;
    for (int i = 0; i < rows.size(); ++i) {
        // Cancel stops before the next file; what is imported stays.
        if (progress.wasCanceled()) {
            cancelled = true;
            break;
        }
        const int row = rows.at(i);
        progress.setLabelText(tr("Importing %1…").arg(m_model->file(row).fileName));
        const Status status = m_model->importFile(row);
        if (status) {
            m_imported.append(m_model->file(row).meetingId);
            QSettings().setValue(QLatin1String(lastGroupKey), m_model->file(row).group);
            emit fileImported(row);
        } else {
            ++failed;
            reasons.append(tr("%1: %2").arg(m_model->file(row).fileName, status.error()));
        }
        progress.setValue(i + 1);
        QApplication::processEvents();
    }
    cancelled = cancelled || progress.wasCanceled();
    progress.reset();
    showSummary(failed, reasons, cancelled);
    if (!m_imported.isEmpty())
        accept();
}

void ImportDialog::showSummary(int failed, const QStringList &reasons, bool cancelled)
{
    QString text = tr("%n meeting(s) imported.", nullptr, int(m_imported.size()));
    if (cancelled)
        text += QLatin1Char(' ') + tr("The import was cancelled; the rest was not imported.");
    if (failed > 0) {
        text += QLatin1Char('\n') + tr("%n file(s) not imported:", nullptr, failed);
        text += QLatin1Char('\n') + reasons.join(QLatin1Char('\n'));
        m_dialogs.warning(this, tr("Import"), text);
    } else {
        m_dialogs.information(this, tr("Import"), text);
    }
}

QVector<qint64> ImportDialog::run(const Database &database, Dialogs &dialogs, QWidget *parent)
{
    const QStringList paths = dialogs.openFileNames(
        parent, tr("Import minutes"), tr("Text files (*.txt);;All files (*)"));
    if (paths.isEmpty())
        return {};
    ImportDialog dialog(database, dialogs, paths, parent);
    dialog.exec();
    return dialog.importedMeetings();
}

QString ImportDialog::lastGroup()
{
    return QSettings().value(QLatin1String(lastGroupKey)).toString();
}

} // namespace minutebook
