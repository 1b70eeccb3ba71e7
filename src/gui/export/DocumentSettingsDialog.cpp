#include "DocumentSettingsDialog.h"

#include "ArchiveSettings.h"
#include "Dialogs.h"
#include "Language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace minutebook {

namespace {
constexpr int previewHeight = 64;
} // namespace

DocumentSettingsDialog::DocumentSettingsDialog(const DocumentSettings &settings,
    const QString &documentLanguage, bool languageEditable, Dialogs &dialogs, QWidget *parent)
    : QDialog(parent)
    , m_dialogs(dialogs)
    , m_organisation(new QLineEdit(settings.organisation, this))
    , m_footer(new QLineEdit(settings.footerText, this))
    , m_language(new QComboBox(this))
    , m_preview(new QLabel(this))
    , m_logoName(new QLabel(this))
    , m_chooseLogo(new QPushButton(tr("Choose…"), this))
    , m_removeLogo(new QPushButton(tr("Remove"), this))
{
    setWindowTitle(tr("Settings"));
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_footer->setObjectName(QStringLiteral("footerText"));
    m_language->setObjectName(QStringLiteral("documentLanguage"));
    // Each language by its own name, as a language menu shows them.
    m_language->addItem(QStringLiteral("Svenska"), QStringLiteral("sv"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(documentLanguage)));
    m_language->setEnabled(languageEditable);
    m_language->setToolTip(languageEditable
            ? tr("The language of the labels, dates and page numbers of this archive's printed "
                 "and exported minutes, on every computer")
            : tr("The archive is open read-only: its language cannot be changed here"));
    m_preview->setObjectName(QStringLiteral("logoPreview"));
    m_chooseLogo->setObjectName(QStringLiteral("chooseLogo"));
    m_removeLogo->setObjectName(QStringLiteral("removeLogo"));
    m_organisation->setPlaceholderText(tr("From each group's own details"));
    m_footer->setPlaceholderText(tr("For example postal address, telephone, web site"));
    m_preview->setMinimumHeight(previewHeight);
    m_logoName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_chooseLogo, &QPushButton::clicked, this, &DocumentSettingsDialog::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, [this] { setLogo(QString()); });

    auto *logoButtons = new QHBoxLayout;
    logoButtons->addWidget(m_chooseLogo);
    logoButtons->addWidget(m_removeLogo);
    logoButtons->addStretch(1);
    auto *logo = new QVBoxLayout;
    logo->addWidget(m_preview);
    logo->addWidget(m_logoName);
    logo->addLayout(logoButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("Logo:"), logo);
    form->addRow(tr("&Footer text:"), m_footer);
    form->addRow(tr("&Language of the minutes:"), m_language);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *intro = new QLabel(tr("Printed and exported minutes show the organisation and the logo "
                                "at the top, and the organisation, the footer text and the page "
                                "number at the foot of every page."),
        this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    setLogo(settings.logoFile);
}

DocumentSettings DocumentSettingsDialog::settings() const
{
    DocumentSettings settings;
    settings.organisation = m_organisation->text().trimmed();
    settings.footerText = m_footer->text().trimmed();
    settings.logoFile = m_logoFile;
    return settings;
}

QString DocumentSettingsDialog::documentLanguage() const
{
    return m_language->currentData().toString();
}

void DocumentSettingsDialog::chooseLogo()
{
    const QStringList files = m_dialogs.openFileNames(
        this, tr("Choose a logo"), tr("Images (*.svg *.png);;All files (*)"));
    if (files.isEmpty())
        return;
    const Result<QImage> logo = DocumentSettings::loadLogo(files.constFirst());
    if (!logo) {
        m_dialogs.warning(this, tr("Logo not used"), logo.error());
        return;
    }
    setLogo(files.constFirst());
}

void DocumentSettingsDialog::setLogo(const QString &file)
{
    m_logoFile = file;
    m_removeLogo->setEnabled(!file.isEmpty());
    if (file.isEmpty()) {
        m_preview->clear();
        m_preview->setText(tr("No logo"));
        m_logoName->clear();
        return;
    }
    m_logoName->setText(QDir::toNativeSeparators(file));
    const Result<QImage> logo = DocumentSettings::loadLogo(file, previewHeight);
    if (logo)
        m_preview->setPixmap(QPixmap::fromImage(logo.value()));
    else
        m_preview->setText(logo.error());
}

bool DocumentSettingsDialog::edit(Dialogs &dialogs, const Database &database, QWidget *parent)
{
    QSettings stored;
    const ArchiveSettings archive(database);
    const Result<QString> language = archive.documentLanguage();
    // An archive without the setting writes in the program's language: shown as that.
    const QString shown
        = language && !language.value().isEmpty() ? language.value() : Language::code(QLocale());
    DocumentSettingsDialog dialog(DocumentSettings::load(stored), shown,
        language.ok() && !database.isReadOnly(), dialogs, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    dialog.settings().save(stored);
    if (language && dialog.documentLanguage() != language.value()) {
        if (Status s = archive.setDocumentLanguage(dialog.documentLanguage()); !s)
            dialogs.warning(parent, tr("Language not changed"), s.error());
    }
    return true;
}

} // namespace minutebook
