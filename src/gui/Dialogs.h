#pragma once

// Every message box, question, file and print dialog of the GUI goes through this interface, so
// tests can answer them instead of a modal dialog blocking the test (MessageBoxDialogs is the real
// one).

#include <QString>
#include <QStringList>

class QPrinter;
class QWidget;

namespace minutebook {

class Dialogs
{
public:
    /// A yes/no question with buttons that say what they do ("Load example", "Start empty").
    struct Question
    {
        QString title;
        QString text;
        QString details; ///< smaller explanation under the text; may be empty
        QString yes;
        QString no;
    };

    virtual ~Dialogs();

    /// True when the user chose `question.yes`.
    [[nodiscard]] virtual bool question(QWidget *parent, const Question &question) = 0;
    virtual void information(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void warning(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void critical(QWidget *parent, const QString &title, const QString &text) = 0;
    /// `text` may be rich text.
    virtual void about(QWidget *parent, const QString &title, const QString &text) = 0;
    /// Files to open; empty when the user cancelled. `filter` as for QFileDialog.
    [[nodiscard]] virtual QStringList openFileNames(
        QWidget *parent, const QString &title, const QString &filter)
        = 0;
    /// A file to write; empty when the user cancelled. `suggested` is the path (or just the
    /// name) offered first.
    [[nodiscard]] virtual QString saveFileName(
        QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
        = 0;
    /// An existing folder; empty when the user cancelled.
    [[nodiscard]] virtual QString existingDirectory(
        QWidget *parent, const QString &title, const QString &start)
        = 0;
    /// A password the server asked for, typed hidden; empty when the user cancelled. Never
    /// stored.
    [[nodiscard]] virtual QString password(
        QWidget *parent, const QString &title, const QString &label)
        = 0;
    /// The print dialog for `printer`: true when the user chose to print.
    [[nodiscard]] virtual bool choosePrinter(QWidget *parent, QPrinter &printer) = 0;
};

} // namespace minutebook
