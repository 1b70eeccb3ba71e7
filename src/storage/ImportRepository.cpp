#include "ImportRepository.h"

#include "SqlValues.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace minutebook {

ImportRepository::ImportRepository(const Database &database)
    : m_database(database)
    , m_writer(database)
{ }

QString ImportRepository::contentHash(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<qint64> ImportRepository::meetingFor(const QString &contentHash) const
{
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q,
            QStringLiteral("SELECT meeting_id FROM imports WHERE content_hash = ?"), {contentHash});
        !s)
        return s;
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Status ImportRepository::importMeeting(
    Meeting &meeting, const QString &contentHash, const QString &fileName, bool force)
{
    QVector<Meeting> one {meeting};
    const Status written = Transaction::run(m_database.connection(), [&]() -> Status {
        Result<qint64> earlier = meetingFor(contentHash);
        if (!earlier)
            return earlier.status();
        if (earlier.value() != 0 && !force)
            return Status::failure(tr("This file was imported before, as meeting %1. Import it "
                                      "again only if you want a second copy.")
                                       .arg(earlier.value()));
        if (Status s = m_writer.insert(one); !s)
            return s;
        QSqlQuery q(m_database.connection());
        return sql::exec(q,
            QStringLiteral("INSERT INTO imports (content_hash, file_name, meeting_id, "
                           "imported_at) VALUES (?, ?, ?, ?) ON CONFLICT (content_hash) DO "
                           "UPDATE SET file_name = excluded.file_name, meeting_id = "
                           "excluded.meeting_id, imported_at = excluded.imported_at"),
            {contentHash, fileName, one.constFirst().id,
                sql::timestamp(QDateTime::currentDateTimeUtc())});
    });
    if (written)
        meeting = one.constFirst();
    return written;
}

} // namespace minutebook
