#pragma once

// File → Import…: shows the chosen minutes files before anything is written (status, date,
// group, counts, warnings), lets the user give a missing date, a group and "import anyway",
// then imports them one file at a time with progress and Cancel and reports how it went.
// The parsing and writing are done by ImportPreviewModel; this class only shows and asks.

#include <QDialog>
#include <QVector>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace minutebook {

class Database;
class Dialogs;
class ImportPreviewModel;

class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    /// `database` and `dialogs` must outlive the dialog.
    ImportDialog(const Database &database, Dialogs &dialogs, const QStringList &paths,
        QWidget *parent = nullptr);

    /// The meetings created, in the order of the files.
    const QVector<qint64> &importedMeetings() const { return m_imported; }

    /// Imports every importable file with a progress dialog; Cancel stops before the next
    /// file. Then shows the summary and closes the dialog when anything was imported.
    void importAll();

    /// The whole of File → Import…: asks for files, shows the dialog, imports. Returns the
    /// meetings created (empty when the user cancelled or nothing was imported).
    static QVector<qint64> run(const Database &database, Dialogs &dialogs, QWidget *parent);

    /// The group used for files that name none: the one used last.
    static QString lastGroup();

signals:
    /// One file was written (for progress in tests and listeners).
    void fileImported(int row);

private:
    void buildLayout();
    void showSelectedFile();
    void updateButtons();
    void showSummary(int failed, const QStringList &reasons, bool cancelled);
    int currentRow() const;

    Dialogs &m_dialogs;
    ImportPreviewModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QListWidget *m_warnings = nullptr;
    QLabel *m_hint = nullptr;
    QCheckBox *m_force = nullptr;
    QPushButton *m_import = nullptr;
    QVector<qint64> m_imported;
};

} // namespace minutebook
