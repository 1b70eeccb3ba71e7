#include "Numbering.h"

namespace minutebook {

QString itemNumber(const QString &parentNumber, int index)
{
    const QString own = QString::number(index + 1);
    return parentNumber.isEmpty() ? own : parentNumber + QLatin1Char('.') + own;
}

QString decisionReference(const QString &bodyShortName, const QDate &date,
    const QString &itemNumber, int indexInItem, int decisionsInItem)
{
    QString ref = bodyShortName + QLatin1Char(' ') + date.toString(Qt::ISODate)
        + QStringLiteral(" §") + itemNumber;
    if (decisionsInItem > 1)
        ref += QLatin1Char(':') + QString::number(indexInItem + 1);
    return ref;
}

} // namespace minutebook
