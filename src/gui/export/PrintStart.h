#pragma once

// Starts painting on a printer (or the PDF file a print dialog chose), with the one message
// for each way that fails. Printing laid-out minutes and printing a stored copy both start here.

#include "Result.h"

#include <QCoreApplication>

class QPainter;
class QPrinter;

namespace minutebook {

class PrintStart
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::PrintStart)

public:
    static Status begin(QPainter &painter, QPrinter &printer);
};

} // namespace minutebook
