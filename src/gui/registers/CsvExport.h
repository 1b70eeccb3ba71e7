#pragma once

// Saving a register as CSV from the GUI: asks for the file (through Dialogs, so tests answer),
// writes it whole or not at all, and reports a failure. The bytes come from RegisterCsv.

#include "Result.h"

#include <QByteArray>
#include <QComboBox>
#include <QCoreApplication>

#include <functional>

class QWidget;

namespace minutebook {

class Dialogs;

class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::CsvExport)

public:
    /// A choice of separator: semicolon (Excel on a Swedish Windows), comma, tab.
    static QComboBox *separatorChoice(QWidget *parent);
    static QChar separator(const QComboBox *choice);

    /// False when the user cancelled or writing failed (then a warning was shown).
    static bool save(Dialogs &dialogs, QWidget *parent, const QString &title,
        const QString &suggestedName, const std::function<Result<QByteArray>()> &bytes);
};

} // namespace minutebook
