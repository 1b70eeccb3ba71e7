#pragma once

// Dialogs for tests: answers every question with `answer` and records what was shown.

#include "Dialogs.h"

#include <QPrinter>
#include <QStringList>
#include <QVector>

namespace minutebook::test {

class FakeDialogs : public Dialogs
{
public:
    bool question(QWidget *, const Question &q) override
    {
        questions.append(q);
        return answer;
    }
    void information(QWidget *, const QString &title, const QString &text) override
    {
        messages.append(title + QLatin1Char('\n') + text);
    }
    void warning(QWidget *, const QString &title, const QString &text) override
    {
        messages.append(title + QLatin1Char('\n') + text);
        ++warnings;
    }
    void critical(QWidget *, const QString &title, const QString &text) override
    {
        messages.append(title + QLatin1Char('\n') + text);
        ++warnings;
    }
    void about(QWidget *, const QString &title, const QString &text) override
    {
        messages.append(title + QLatin1Char('\n') + text);
    }

    QStringList openFileNames(QWidget *, const QString &title, const QString &) override
    {
        fileDialogs.append(title);
        return files;
    }

    QString saveFileName(
        QWidget *, const QString &title, const QString &suggested, const QString &) override
    {
        fileDialogs.append(title);
        suggestedFiles.append(suggested);
        return saveFile;
    }
    QString existingDirectory(QWidget *, const QString &title, const QString &) override
    {
        fileDialogs.append(title);
        return directory;
    }
    /// Answers with the next of `passwords` (empty, as a cancel, when none is left).
    QString password(QWidget *, const QString &, const QString &label) override
    {
        passwordPrompts.append(label);
        return passwords.isEmpty() ? QString() : passwords.takeFirst();
    }
    /// Prints to the PDF file `printFile` instead of a printer; cancels when it is empty.
    bool choosePrinter(QWidget *, QPrinter &printer) override
    {
        ++printDialogs;
        if (printFile.isEmpty())
            return false;
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printFile);
        return true;
    }

    bool answer = false;
    QStringList files; ///< what openFileNames answers
    QStringList fileDialogs; ///< titles of the file dialogs shown
    QString saveFile; ///< what saveFileName answers
    QStringList suggestedFiles; ///< what saveFileName was asked to offer
    QString directory; ///< what existingDirectory answers
    QString printFile; ///< where choosePrinter sends the print; empty: cancel
    int printDialogs = 0;
    QStringList passwords; ///< what password() answers, in turn
    QStringList passwordPrompts; ///< the labels of the password prompts shown
    QVector<Question> questions;
    QStringList messages;
    int warnings = 0;
};

} // namespace minutebook::test
