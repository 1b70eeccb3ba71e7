#include "ArchiveSettings.h"

#include "Language.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <QSqlQuery>

namespace minutebook {

namespace {
const QString documentLanguageName = QStringLiteral("document_language");
} // namespace

ArchiveSettings::ArchiveSettings(const Database &database)
    : m_database(database)
{ }

Result<QString> ArchiveSettings::documentLanguage() const
{
    QSqlQuery q(m_database.connection());
    if (Status s = sql::exec(q, QStringLiteral("SELECT value FROM archive_settings WHERE name = ?"),
            {documentLanguageName});
        !s)
        return s;
    return q.next() ? q.value(0).toString() : QString();
}

Status ArchiveSettings::setDocumentLanguage(const QString &language) const
{
    if (!Language::available().contains(language))
        return Status::failure(
            tr("“%1” is not a language of the minutes Minutebook can write "
               "(%2).")
                .arg(language, Language::available().join(QStringLiteral(", "))));
    if (m_database.isReadOnly())
        return Status::failure(
            tr("The archive is open read-only: its language cannot be changed."));
    return Transaction::run(m_database.connection(), [&]() -> Status {
        QSqlQuery q(m_database.connection());
        return sql::exec(q,
            QStringLiteral("INSERT INTO archive_settings (name, value) VALUES (?, ?) ON CONFLICT "
                           "(name) DO UPDATE SET value = excluded.value"),
            {documentLanguageName, language});
    });
}

Result<QLocale> ArchiveSettings::documentLocale(
    const QString &override, const QLocale &fallback) const
{
    if (!override.isEmpty())
        return QLocale(override);
    const Result<QString> stored = documentLanguage();
    if (!stored)
        return stored.status();
    return stored.value().isEmpty() ? fallback : QLocale(stored.value());
}

} // namespace minutebook
