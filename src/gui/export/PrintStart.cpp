#include "PrintStart.h"

#include <QDir>
#include <QPainter>
#include <QPrinter>

namespace minutebook {

Status PrintStart::begin(QPainter &painter, QPrinter &printer)
{
    if (painter.begin(&printer))
        return {};
    return Status::failure(printer.outputFileName().isEmpty()
            ? tr("The printer %1 could not be started.").arg(printer.printerName())
            : tr("Cannot write %1.").arg(QDir::toNativeSeparators(printer.outputFileName())));
}

} // namespace minutebook
