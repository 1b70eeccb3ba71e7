#include "Numbering.h"

namespace minutebook {

QString itemNumber(const QString &parentNumber, int index)
{
    const QString own = QString::number(index + 1);
    return parentNumber.isEmpty() ? own : parentNumber + QLatin1Char('.') + own;
}

QString itemMark(const QString &itemNumber)
{
    return QStringLiteral("§") + itemNumber;
}

QString itemReference(const QString &bodyShortName, const QDate &date, const QString &itemNumber)
{
    return bodyShortName + QLatin1Char(' ') + date.toString(Qt::ISODate) + QLatin1Char(' ')
        + itemMark(itemNumber);
}

QString decisionReference(const QString &bodyShortName, const QDate &date,
    const QString &itemNumber, int indexInItem, int decisionsInItem)
{
    QString ref = itemReference(bodyShortName, date, itemNumber);
    if (decisionsInItem > 1)
        ref += QLatin1Char(':') + QString::number(indexInItem + 1);
    return ref;
}

} // namespace minutebook
