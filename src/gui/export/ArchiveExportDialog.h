#pragma once

// File → Export archive…: asks which body, which year or period, and which folder. Only asks:
// the export itself is ArchiveExportTask's.

#include "ArchiveExportTask.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace minutebook {

class Database;
class Dialogs;

class ArchiveExportDialog : public QDialog
{
    Q_OBJECT

public:
    /// Offers the bodies of `database`, with `body` chosen and `year` as the period.
    ArchiveExportDialog(const Database &database, Dialogs &dialogs, const QString &body, int year,
        QWidget *parent = nullptr);

    /// What the user chose.
    ArchiveRequest request() const;

    /// The folder used last, for the next export.
    static QString lastFolder();

private:
    QWidget *buildPeriod();
    void chooseFolder();
    void updateState();
    void accept() override;

    Dialogs &m_dialogs;
    QComboBox *m_body = nullptr;
    QRadioButton *m_wholeYear = nullptr;
    QRadioButton *m_period = nullptr;
    QSpinBox *m_year = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace minutebook
