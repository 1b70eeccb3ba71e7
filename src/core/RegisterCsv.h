#pragma once

// The one CSV writer of the registers (decisions and assignments), used by the GUI, the CLI and
// the archive export. UTF-8 with a byte order mark and ';' by default, which is what Excel on
// a Swedish Windows opens correctly; ',' or tab on request. Lines end in CRLF (RFC 4180).

#include "Records.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVector>

namespace minutebook {

class RegisterCsv
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::RegisterCsv)

public:
    struct Options
    {
        QChar separator = QLatin1Char(';');
        bool byteOrderMark = true;
    };

    static QByteArray decisions(const QVector<DecisionRecord> &rows, const Options &options);
    static QByteArray decisions(const QVector<DecisionRecord> &rows)
    {
        return decisions(rows, Options());
    }
    static QByteArray actions(const QVector<ActionRecord> &rows, const Options &options);
    static QByteArray actions(const QVector<ActionRecord> &rows)
    {
        return actions(rows, Options());
    }

    /// One field: quoted when it holds the separator, '"' or a line break.
    static QString field(const QString &text, QChar separator = QLatin1Char(';'));
    /// ';', ',' or a tab from a name a person would type ("semicolon", "comma", "tab") or the
    /// character itself; a null QChar when `text` names none of them.
    static QChar separatorFromName(const QString &text);
};

} // namespace minutebook
