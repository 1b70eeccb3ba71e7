#pragma once

// File → Settings…: the organisation's name, logo and footer text, set once and used by every
// printed and exported document (see DocumentSettings). A logo is checked when it is chosen, so
// an unreadable file never reaches the settings.

#include "DocumentSettings.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace minutebook {

class Dialogs;

class DocumentSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    DocumentSettingsDialog(
        const DocumentSettings &settings, Dialogs &dialogs, QWidget *parent = nullptr);

    /// What the dialog shows now.
    DocumentSettings settings() const;

    /// The whole of File → Settings…: shows the dialog with the stored settings and stores
    /// what the user accepted. True when something was stored.
    static bool edit(Dialogs &dialogs, QWidget *parent);

private:
    void chooseLogo();
    void setLogo(const QString &file);

    Dialogs &m_dialogs;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_footer = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_logoName = nullptr;
    QPushButton *m_chooseLogo = nullptr;
    QPushButton *m_removeLogo = nullptr;
    QString m_logoFile;
};

} // namespace minutebook
