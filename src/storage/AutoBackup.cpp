#include "AutoBackup.h"

#include "MeetingRepository.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace minutebook {

namespace {

const QString stampFormat = QStringLiteral("yyyy-MM-dd HHmmss");

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString baseName(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

// "<base> YYYY-MM-DD HHMMSS.db": the automatic copies, and nothing else in the folder.
QRegularExpression copyPattern(const QString &databasePath)
{
    return QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(baseName(databasePath))
        + QStringLiteral(R"( (\d{4}-\d\d-\d\d \d{6})\.db$)"));
}

QDateTime stampOf(const QFileInfo &file, const QRegularExpression &pattern)
{
    const QRegularExpressionMatch match = pattern.match(file.fileName());
    return match.hasMatch() ? QDateTime::fromString(match.captured(1), stampFormat) : QDateTime();
}

QString folderFor(const QString &databasePath, const BackupPolicy &policy)
{
    return policy.folder.isEmpty() ? AutoBackup::defaultFolder(databasePath) : policy.folder;
}

} // namespace

QString AutoBackup::defaultFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QFileInfoList AutoBackup::existing(const QString &databasePath, const QString &folder)
{
    const QRegularExpression pattern = copyPattern(databasePath);
    QFileInfoList copies;
    const QFileInfoList all = QDir(folder).entryInfoList(QDir::Files);
    for (const QFileInfo &file : all) {
        if (stampOf(file, pattern).isValid())
            copies.append(file);
    }
    std::sort(copies.begin(), copies.end(), [&pattern](const QFileInfo &a, const QFileInfo &b) {
        return stampOf(a, pattern) > stampOf(b, pattern);
    });
    return copies;
}

bool AutoBackup::isDue(
    const QString &databasePath, const BackupPolicy &policy, const QDateTime &now)
{
    if (policy.keep <= 0)
        return false;
    const QFileInfoList copies = existing(databasePath, folderFor(databasePath, policy));
    if (copies.isEmpty())
        return true;
    const QDateTime newest = stampOf(copies.first(), copyPattern(databasePath));
    // A copy stamped in the future (clock changed) does not block backups for ever.
    return newest > now || newest.secsTo(now) >= policy.minimumAgeSeconds;
}

Result<QString> AutoBackup::runIfDue(
    const Database &database, const BackupPolicy &policy, const QDateTime &now)
{
    const QString path = database.path();
    if (!isDue(path, policy, now))
        return QString();
    // An archive without meetings has nothing to lose: the first start of the program would
    // otherwise keep a copy of an empty file.
    const auto range = MeetingRepository(database).dateRange();
    if (!range)
        return Result<QString>::failure(range.error());
    if (!range.value().first.isValid())
        return QString();
    const QString folder = folderFor(path, policy);
    if (!QDir().mkpath(folder))
        return Result<QString>::failure(
            tr("The backup folder “%1” could not be created.").arg(shown(folder)));
    const QString file = QDir(folder).filePath(
        baseName(path) + QLatin1Char(' ') + now.toString(stampFormat) + QStringLiteral(".db"));
    if (Status s = database.backupTo(file); !s)
        return Result<QString>::failure(s.error());

    const QFileInfoList copies = existing(path, folder);
    for (int i = policy.keep; i < copies.size(); ++i)
        QFile::remove(copies.at(i).absoluteFilePath());
    return file;
}

Result<QString> AutoBackup::runIfDue(
    const QString &databasePath, const BackupPolicy &policy, const QDateTime &now)
{
    if (!isDue(databasePath, policy, now))
        return QString();
    Database::Options readOnly;
    readOnly.readOnly = true;
    readOnly.createIfMissing = false;
    auto database = Database::open(databasePath, readOnly);
    if (!database.ok())
        return Result<QString>::failure(database.error());
    return runIfDue(*database.value(), policy, now);
}

Result<QString> AutoBackup::restore(
    const QString &backupPath, const QString &databasePath, const QDateTime &now)
{
    using R = Result<QString>;
    if (QFileInfo(backupPath).absoluteFilePath() == QFileInfo(databasePath).absoluteFilePath())
        return R::failure(tr("The backup and the database are the same file."));
    {
        Database::Options readOnly;
        readOnly.readOnly = true;
        readOnly.createIfMissing = false;
        auto backup = Database::open(backupPath, readOnly);
        if (!backup.ok())
            return R::failure(
                tr("“%1” cannot be restored: %2").arg(shown(backupPath), backup.error()));
        QStringList problems;
        const Status checked = backup.value()->check(&problems);
        // An older schema is fine: the next open upgrades it. Anything else is damage.
        const bool onlyOlder = problems.size() == 1
            && backup.value()->schemaVersion() < Database::latestSchemaVersion();
        if (!checked && !onlyOlder)
            return R::failure(tr("“%1” cannot be restored: %2")
                                  .arg(shown(backupPath), problems.join(QStringLiteral("; "))));
    }

    QString safetyCopy;
    if (QFileInfo::exists(databasePath)) {
        auto current = Database::open(databasePath);
        if (!current.ok())
            return R::failure(tr("The current database could not be opened to keep a copy of it "
                                 "before restoring: %1")
                                  .arg(current.error()));
        const QString folder = defaultFolder(databasePath);
        if (!QDir().mkpath(folder))
            return R::failure(
                tr("The backup folder “%1” could not be created.").arg(shown(folder)));
        safetyCopy = QDir(folder).filePath(baseName(databasePath)
            + tr(" before restore ", "part of a file name") + now.toString(stampFormat)
            + QStringLiteral(".db"));
        if (Status s = current.value()->backupTo(safetyCopy); !s)
            return R::failure(s.error());
    }
    // Closing the last connection checkpoints the WAL and deletes it. If it is still there,
    // someone else has the database open, and replacing the file under them would damage it.
    const QString wal = databasePath + QStringLiteral("-wal");
    if (QFileInfo(wal).size() > 0) {
        if (!safetyCopy.isEmpty())
            QFile::remove(safetyCopy);
        return R::failure(tr("“%1” is open in Minutebook or another program. Close it there and "
                             "restore again.")
                              .arg(shown(databasePath)));
    }
    QFile::remove(wal);
    QFile::remove(databasePath + QStringLiteral("-shm"));

    const QFileInfo target(databasePath);
    const QString partial = target.absolutePath() + QStringLiteral("/.") + target.fileName()
        + QLatin1Char('.') + QUuid::createUuid().toString(QUuid::Id128).left(8)
        + QStringLiteral(".part");
    if (!QFile::copy(backupPath, partial)) {
        QFile::remove(partial);
        return R::failure(tr("The backup could not be copied to “%1”.").arg(shown(partial)));
    }
    QFile(partial).setPermissions(
        QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(partial).toStdString()),
        std::filesystem::path(QFile::encodeName(databasePath).toStdString()), error);
    if (error) {
        QFile::remove(partial);
        return R::failure(tr("The database could not be replaced: %1")
                              .arg(QString::fromStdString(error.message())));
    }
    return safetyCopy;
}

} // namespace minutebook
