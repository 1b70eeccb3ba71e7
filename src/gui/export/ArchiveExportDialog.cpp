#include "ArchiveExportDialog.h"

#include "BodyRepository.h"
#include "Dialogs.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace minutebook {

namespace {
const char lastFolderKey[] = "archive/lastFolder";
} // namespace

ArchiveExportDialog::ArchiveExportDialog(
    const Database &database, Dialogs &dialogs, const QString &body, int year, QWidget *parent)
    : QDialog(parent)
    , m_dialogs(dialogs)
    , m_body(new QComboBox(this))
    , m_folder(new QLineEdit(lastFolder(), this))
{
    setWindowTitle(tr("Export archive"));
    m_body->setObjectName(QStringLiteral("archiveGroup"));
    m_folder->setObjectName(QStringLiteral("archiveFolder"));
    m_folder->setAccessibleName(tr("Folder"));
    m_body->addItem(tr("All groups"), QString());
    const auto bodies = BodyRepository(database).list();
    // Without the list the user can still export every body; the reason is not worth a dialog.
    if (bodies) {
        for (const Body &b : bodies.value())
            m_body->addItem(b.name, b.name);
    }
    const int index = m_body->findData(body);
    m_body->setCurrentIndex(index < 0 ? 0 : index);

    auto *choose = new QPushButton(tr("Choose…"), this);
    connect(choose, &QPushButton::clicked, this, &ArchiveExportDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ArchiveExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Group:"), m_body);
    form->addRow(tr("Period:"), buildPeriod());
    form->addRow(tr("&Folder:"), folderRow);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every meeting becomes a PDF/A file named by date and group; "
                                "index.html links them, decisions.csv and actions.csv list the "
                                "decisions and assignments."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    m_year->setValue(year > 0 ? year : QDate::currentDate().year());
    m_from->setDate(QDate(m_year->value(), 1, 1));
    m_to->setDate(QDate(m_year->value(), 12, 31));
    connect(m_folder, &QLineEdit::textChanged, this, &ArchiveExportDialog::updateState);
    connect(m_wholeYear, &QRadioButton::toggled, this, &ArchiveExportDialog::updateState);
    connect(m_from, &QDateEdit::dateChanged, this, &ArchiveExportDialog::updateState);
    connect(m_to, &QDateEdit::dateChanged, this, &ArchiveExportDialog::updateState);
    updateState();
}

QWidget *ArchiveExportDialog::buildPeriod()
{
    auto *period = new QWidget(this);
    m_wholeYear = new QRadioButton(tr("&Year"), period);
    m_period = new QRadioButton(tr("&From"), period);
    auto *group = new QButtonGroup(period);
    group->addButton(m_wholeYear);
    group->addButton(m_period);
    m_wholeYear->setChecked(true);
    m_year = new QSpinBox(period);
    m_year->setRange(1900, 2999);
    m_from = new QDateEdit(period);
    m_to = new QDateEdit(period);
    m_wholeYear->setObjectName(QStringLiteral("wholeYear"));
    m_period->setObjectName(QStringLiteral("period"));
    m_year->setObjectName(QStringLiteral("year"));
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    // Names for screen readers: the radio buttons beside them are not their labels.
    m_year->setAccessibleName(tr("Year"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *grid = new QGridLayout(period);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_wholeYear, 0, 0);
    grid->addWidget(m_year, 0, 1);
    grid->addWidget(m_period, 1, 0);
    grid->addWidget(m_from, 1, 1);
    grid->addWidget(new QLabel(tr("to"), period), 1, 2);
    grid->addWidget(m_to, 1, 3);
    grid->setColumnStretch(4, 1);
    return period;
}

ArchiveRequest ArchiveExportDialog::request() const
{
    ArchiveRequest request;
    request.body = m_body->currentData().toString();
    if (m_wholeYear->isChecked()) {
        request.from = QDate(m_year->value(), 1, 1);
        request.to = QDate(m_year->value(), 12, 31);
    } else {
        request.from = m_from->date();
        request.to = m_to->date();
    }
    request.directory = QDir::cleanPath(m_folder->text().trimmed());
    return request;
}

QString ArchiveExportDialog::lastFolder()
{
    return QSettings().value(QLatin1String(lastFolderKey)).toString();
}

void ArchiveExportDialog::chooseFolder()
{
    const QString folder = m_dialogs.existingDirectory(this, tr("Folder for the archive"),
        m_folder->text().isEmpty() ? QDir::homePath() : m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void ArchiveExportDialog::updateState()
{
    m_year->setEnabled(m_wholeYear->isChecked());
    m_from->setEnabled(!m_wholeYear->isChecked());
    m_to->setEnabled(!m_wholeYear->isChecked());
    const bool periodOk = m_wholeYear->isChecked() || m_from->date() <= m_to->date();
    m_export->setEnabled(periodOk && !m_folder->text().trimmed().isEmpty());
}

void ArchiveExportDialog::accept()
{
    const QString folder = request().directory;
    if (!QFileInfo(folder).isDir()) {
        m_dialogs.warning(this, tr("Export archive"),
            tr("The folder %1 does not exist. Choose an existing folder.")
                .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    QSettings().setValue(QLatin1String(lastFolderKey), folder);
    QDialog::accept();
}

} // namespace minutebook
