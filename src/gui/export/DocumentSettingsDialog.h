#pragma once

// File → Settings…: the organisation's name, logo and footer text, set once and used by every
// printed and exported document (see DocumentSettings), and the language the archive's minutes
// are written in (kept in the archive: ArchiveSettings). A logo is checked when it is chosen, so
// an unreadable file never reaches the settings.

#include "DocumentSettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace minutebook {

class Database;
class Dialogs;

class DocumentSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// `documentLanguage`: the archive's ("sv", "en"); `languageEditable` false for an archive
    /// that cannot be written.
    DocumentSettingsDialog(const DocumentSettings &settings, const QString &documentLanguage,
        bool languageEditable, Dialogs &dialogs, QWidget *parent = nullptr);

    /// What the dialog shows now.
    DocumentSettings settings() const;
    /// The language of the minutes chosen ("sv", "en").
    QString documentLanguage() const;

    /// The whole of File → Settings…: shows the dialog with the stored settings and the
    /// archive's language, and stores what the user accepted. True when something was stored.
    static bool edit(Dialogs &dialogs, const Database &database, QWidget *parent);

private:
    void chooseLogo();
    void setLogo(const QString &file);

    Dialogs &m_dialogs;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_footer = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_logoName = nullptr;
    QPushButton *m_chooseLogo = nullptr;
    QPushButton *m_removeLogo = nullptr;
    QString m_logoFile;
};

} // namespace minutebook
