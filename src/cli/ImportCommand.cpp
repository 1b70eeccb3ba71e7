// minutebook-cli import: plain-text minutes files become meetings (docs/cli.md, docs/import.md).

#include "Cli.h"

#include "ImportRepository.h"
#include "MeetingCounts.h"
#include "MinutesImporter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace minutebook {

namespace {
QJsonObject countsJson(const MeetingCounts &c)
{
    return {{QStringLiteral("attendees"), c.present}, {QStringLiteral("absentees"), c.absent},
        {QStringLiteral("guests"), c.guests}, {QStringLiteral("items"), c.items},
        {QStringLiteral("decisions"), c.decisions}, {QStringLiteral("actions"), c.actions},
        {QStringLiteral("deferred"), c.deferred}};
}
} // namespace

Result<Meeting> Cli::readMinutes(const QString &file, const ImportOptions &options, bool json,
    QJsonObject &report, QByteArray *bytes)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Result<Meeting>::failure(tr("cannot be read: %1").arg(f.errorString()));
    if (f.size() > MinutesImporter::maxFileSize)
        return Result<Meeting>::failure(tr("is too large to be minutes"));
    *bytes = f.readAll();
    auto imported = MinutesImporter::importBytes(*bytes, options);
    if (!imported)
        return imported.status();
    QJsonArray warnings;
    for (const ImportWarning &w : imported->warnings) {
        warnings.append(
            QJsonObject {{QStringLiteral("line"), w.line}, {QStringLiteral("message"), w.message}});
        if (!json)
            m_err << file << QLatin1Char(':') << w.line << QStringLiteral(": ")
                  << tr("warning: %1").arg(w.message) << QLatin1Char('\n');
    }
    report.insert(QStringLiteral("warnings"), warnings);
    Meeting &meeting = imported->meeting;
    if (!meeting.date.isValid())
        return Result<Meeting>::failure(tr("has no meeting date; give one with --date YYYY-MM-DD"));
    if (meeting.body.name.trimmed().isEmpty())
        return Result<Meeting>::failure(tr("does not name its group; give one with --body NAME"));
    report.insert(QStringLiteral("date"), meeting.date.toString(Qt::ISODate));
    report.insert(QStringLiteral("body"), meeting.body.name);
    report.insert(QStringLiteral("dateFromFile"), imported->hasDate);
    report.insert(QStringLiteral("counts"), countsJson(MeetingCounts::of(meeting)));
    return meeting;
}

int Cli::importFiles(const QCommandLineParser &parser)
{
    ImportOptions options;
    if (!parseDate(parser, QStringLiteral("date"), &options.fallbackDate))
        return Usage;
    options.bodyName = parser.value(QStringLiteral("body"));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool force = parser.isSet(QStringLiteral("force"));
    if (!dryRun && m_database->isReadOnly())
        return fail(tr("“%1” is read-only: import needs to write to it.").arg(m_database->path()));
    ImportRepository imports(*m_database);
    QJsonArray reports;
    int failed = 0;
    for (const QString &file : parser.positionalArguments()) {
        QJsonObject report {{QStringLiteral("file"), file}};
        QByteArray bytes;
        Result<Meeting> meeting = readMinutes(file, options, json, report, &bytes);
        Status status = meeting.status();
        if (meeting && !dryRun)
            status = imports.importMeeting(meeting.value(), ImportRepository::contentHash(bytes),
                QFileInfo(file).fileName(), force);
        report.insert(QStringLiteral("ok"), status.ok());
        if (!status) {
            ++failed;
            report.insert(QStringLiteral("error"), status.error());
            if (!json)
                m_err << QStringLiteral("minutebook-cli: ") << file << QStringLiteral(": ")
                      << status.error() << QLatin1Char('\n');
        } else if (!dryRun) {
            report.insert(QStringLiteral("meetingId"), meeting->id);
        }
        if (status && !json) {
            const MeetingCounts c = MeetingCounts::of(meeting.value());
            m_out << tr("%1: %2 %3 — %4 attendees, %5 absent, %6 guests, %7 items, %8 decisions, "
                        "%9 assignments")
                         .arg(file, meeting->body.name, meeting->date.toString(Qt::ISODate))
                         .arg(c.present)
                         .arg(c.absent)
                         .arg(c.guests)
                         .arg(c.items)
                         .arg(c.decisions)
                         .arg(c.actions);
            m_out << (dryRun ? tr(" (dry run: not saved)") : tr(" → meeting %1").arg(meeting->id))
                  << QLatin1Char('\n');
        }
        reports.append(report);
    }
    if (json)
        m_out << QString::fromUtf8(QJsonDocument(reports).toJson(QJsonDocument::Indented));
    return failed == 0 ? Success : Failure;
}

} // namespace minutebook
