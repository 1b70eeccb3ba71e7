#pragma once

// A small modal question for one date ("Defer to which meeting date?"), with a calendar.

#include <QCoreApplication>
#include <QDate>

class QWidget;

namespace minutebook {

class DatePrompt
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::DatePrompt)

public:
    /// Invalid date when the user cancelled.
    static QDate ask(QWidget *parent, const QString &title, const QString &label,
        const QDate &proposed, const QDate &minimum);
};

} // namespace minutebook
