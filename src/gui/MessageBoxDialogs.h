#pragma once

// Dialogs shown with QMessageBox: what the program uses outside tests.

#include "Dialogs.h"

namespace minutebook {

class MessageBoxDialogs : public Dialogs
{
public:
    bool question(QWidget *parent, const Question &question) override;
    void information(QWidget *parent, const QString &title, const QString &text) override;
    void warning(QWidget *parent, const QString &title, const QString &text) override;
    void critical(QWidget *parent, const QString &title, const QString &text) override;
    void about(QWidget *parent, const QString &title, const QString &text) override;
    QStringList openFileNames(
        QWidget *parent, const QString &title, const QString &filter) override;
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
        const QString &filter) override;
    QString existingDirectory(QWidget *parent, const QString &title, const QString &start) override;
    QString password(QWidget *parent, const QString &title, const QString &label) override;
    bool choosePrinter(QWidget *parent, QPrinter &printer) override;
};

} // namespace minutebook
