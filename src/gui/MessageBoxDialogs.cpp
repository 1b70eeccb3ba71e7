#include "MessageBoxDialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPushButton>

namespace minutebook {

bool MessageBoxDialogs::question(QWidget *parent, const Question &question)
{
    QMessageBox box(
        QMessageBox::Question, question.title, question.text, QMessageBox::NoButton, parent);
    box.setInformativeText(question.details);
    // Our own button texts: they say what happens, and they are translated with the program.
    QPushButton *yes = box.addButton(question.yes, QMessageBox::AcceptRole);
    QPushButton *no = box.addButton(question.no, QMessageBox::RejectRole);
    box.setDefaultButton(yes);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

void MessageBoxDialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

void MessageBoxDialogs::warning(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

void MessageBoxDialogs::critical(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::critical(parent, title, text);
}

QString MessageBoxDialogs::password(QWidget *parent, const QString &title, const QString &label)
{
    bool ok = false;
    const QString typed
        = QInputDialog::getText(parent, title, label, QLineEdit::Password, QString(), &ok);
    return ok ? typed : QString();
}

void MessageBoxDialogs::about(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::about(parent, title, text);
}

QStringList MessageBoxDialogs::openFileNames(
    QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileNames(parent, title, QString(), filter);
}

QString MessageBoxDialogs::saveFileName(
    QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString MessageBoxDialogs::existingDirectory(
    QWidget *parent, const QString &title, const QString &start)
{
    return QFileDialog::getExistingDirectory(parent, title, start);
}

bool MessageBoxDialogs::choosePrinter(QWidget *parent, QPrinter &printer)
{
    QPrintDialog dialog(&printer, parent);
    // The minutes are printed whole: no page ranges or selection to offer.
    dialog.setOptions(QAbstractPrintDialog::PrintToFile | QAbstractPrintDialog::PrintShowPageSize
        | QAbstractPrintDialog::PrintCollateCopies);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace minutebook
