#include "RegisterCsv.h"

#include <QStringList>

namespace minutebook {

namespace {
QByteArray line(const QStringList &fields, QChar separator)
{
    QStringList quoted;
    for (const QString &f : fields)
        quoted.append(RegisterCsv::field(f, separator));
    return quoted.join(separator).toUtf8() + "\r\n";
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QByteArray start(const RegisterCsv::Options &options)
{
    return options.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
}
} // namespace

QString RegisterCsv::field(const QString &text, QChar separator)
{
    if (!text.contains(separator) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QChar RegisterCsv::separatorFromName(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (text == QLatin1String(";") || t == QLatin1String("semicolon"))
        return QLatin1Char(';');
    if (text == QLatin1String(",") || t == QLatin1String("comma"))
        return QLatin1Char(',');
    if (text == QLatin1String("\t") || t == QLatin1String("tab"))
        return QLatin1Char('\t');
    return {};
}

QByteArray RegisterCsv::decisions(const QVector<DecisionRecord> &rows, const Options &options)
{
    const QChar sep = options.separator;
    QByteArray csv = start(options)
        + line({tr("Date"), tr("Body"), tr("Item"), tr("Title"), tr("Reference"), tr("Decision")},
            sep);
    for (const DecisionRecord &d : rows)
        csv += line(
            {isoDate(d.date), d.bodyName, d.itemNumber, d.itemTitle, d.reference, d.text}, sep);
    return csv;
}

QByteArray RegisterCsv::actions(const QVector<ActionRecord> &rows, const Options &options)
{
    const QChar sep = options.separator;
    QByteArray csv = start(options)
        + line({tr("Date"), tr("Body"), tr("Item"), tr("Title"), tr("Assignment"),
                   tr("Responsible"), tr("Due"), tr("Status")},
            sep);
    for (const ActionRecord &a : rows)
        csv += line({isoDate(a.date), a.bodyName, a.itemNumber, a.itemTitle, a.text, a.assignee,
                        isoDate(a.due), toString(a.status)},
            sep);
    return csv;
}

} // namespace minutebook
