#pragma once

// File → Restore Backup…: the archive's automatic copies in its backups folder, newest first,
// each with its day and time and how many meetings it holds, to choose the one to go back to.

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace minutebook {

class RestoreBackupDialog
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::RestoreBackupDialog)

public:
    /// The copy of the archive at `databasePath` chosen; empty when there is none or the user
    /// cancelled (a folder without copies is said in the dialog).
    static QString choose(QWidget *parent, const QString &databasePath);
    /// One line of the list: when the copy was made and what it holds.
    static QString describe(const QString &backupPath);
};

} // namespace minutebook
