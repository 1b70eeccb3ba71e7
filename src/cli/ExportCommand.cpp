// minutebook-cli export: the minutes of one meeting as PDF/A, HTML or Markdown (docs/cli.md).

#include "Cli.h"

#include "Approvals.h"
#include "ArchiveExporter.h"
#include "ArchiveSettings.h"
#include "DocumentSettings.h"
#include "Language.h"
#include "MeetingRepository.h"
#include "MinutesExporter.h"
#include "RegisterRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace minutebook {

namespace {
// What the GUI's settings dialog stored, with --organisation, --logo and --footer over it.
Result<DocumentOptions> documentOptions(const QCommandLineParser &parser)
{
    DocumentSettings settings = DocumentSettings::load(QSettings());
    if (parser.isSet(QStringLiteral("organisation")))
        settings.organisation = parser.value(QStringLiteral("organisation"));
    if (parser.isSet(QStringLiteral("logo")))
        settings.logoFile = parser.value(QStringLiteral("logo"));
    if (parser.isSet(QStringLiteral("footer")))
        settings.footerText = parser.value(QStringLiteral("footer"));
    return settings.options();
}

// The language of the minutes: --document-language for this once, else the archive's own
// (ArchiveSettings), else the program's locale.
Result<QLocale> documentLocale(const QCommandLineParser &parser, const Database &database)
{
    const QString chosen = parser.value(QStringLiteral("document-language"));
    if (parser.isSet(QStringLiteral("document-language"))
        && !Language::available().contains(chosen))
        return Result<QLocale>::failure(
            Cli::tr("--document-language takes one of %1, not “%2”.")
                .arg(Language::available().join(QStringLiteral(", ")), chosen));
    return ArchiveSettings(database).documentLocale(chosen);
}
} // namespace

bool Cli::handsOver(const char *)
{
    return false;
}

int Cli::handOver()
{
    return Failure; // minutebook-export runs every command itself
}

Approvals::DocumentRenderer Cli::documentRenderer(const QCommandLineParser &parser) const
{
    const Result<DocumentOptions> options = documentOptions(parser);
    const Result<QLocale> locale = documentLocale(parser, *m_database);
    return [options, locale](const Meeting &meeting) -> Result<QByteArray> {
        if (!options)
            return options.status();
        if (!locale)
            return locale.status();
        return MinutesExporter(MinutesExporter::Format::Pdf, locale.value(), options.value())
            .pdf(meeting);
    };
}

int Cli::exportMeetings(const QCommandLineParser &parser)
{
    const QStringList ids = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("output-dir"))) {
        if (!ids.isEmpty())
            return fail(tr("export --output-dir takes no meeting id"), Usage);
        return exportArchive(parser);
    }
    if (ids.size() != 1)
        return fail(tr("export takes one meeting id, or --output-dir DIR for an archive"), Usage);
    qint64 id = 0;
    if (!parseMeetingId(ids.at(0), &id))
        return Usage;
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return fail(tr("export needs an output file: -o FILE"), Usage);
    // Without --format, the output file's suffix says which format is meant.
    const QString formatName = parser.isSet(QStringLiteral("format"))
        ? parser.value(QStringLiteral("format"))
        : QFileInfo(output).suffix();
    const auto format = MinutesExporter::formatFromName(formatName);
    if (!format)
        return fail(tr("“%1” is not an export format: use pdf, html or md").arg(formatName), Usage);

    const Result<DocumentOptions> options = documentOptions(parser);
    if (!options)
        return fail(options.error());
    const Result<QLocale> locale = documentLocale(parser, *m_database);
    if (!locale)
        return fail(locale.error(), Usage);
    auto meeting = MeetingRepository(*m_database).load(id);
    if (!meeting)
        return fail(meeting.error());
    MinutesExporter exporter(*format, locale.value(), options.value());
    if (*format == MinutesExporter::Format::Pdf) {
        const auto stored = Approvals(*m_database).storedDocument(id);
        if (!stored)
            return fail(stored.error());
        exporter.setStoredPdf(stored.value());
    }
    if (!exporter.writeFile(meeting.value(), output))
        return fail(exporter.errorString());
    return Success;
}

// All meetings of a body and year: one PDF/A each, index.html, decisions.csv and actions.csv.
int Cli::exportArchive(const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (!format.isEmpty()
        && MinutesExporter::formatFromName(format) != MinutesExporter::Format::Pdf)
        return fail(tr("an archive export is always pdf"), Usage);
    MeetingFilter filter;
    filter.body = parser.value(QStringLiteral("body"));
    if (parser.isSet(QStringLiteral("year"))) {
        bool ok = false;
        filter.year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || filter.year < 1)
            return fail(tr("“%1” is not a year").arg(parser.value(QStringLiteral("year"))), Usage);
    }
    const Result<DocumentOptions> options = documentOptions(parser);
    if (!options)
        return fail(options.error());
    const Result<QLocale> locale = documentLocale(parser, *m_database);
    if (!locale)
        return fail(locale.error(), Usage);
    const QString directory = parser.value(QStringLiteral("output-dir"));
    if (!QDir().mkpath(directory))
        return fail(tr("Cannot create the folder %1").arg(directory));

    const MeetingRepository repository(*m_database);
    auto summaries = repository.list(filter);
    if (!summaries)
        return fail(summaries.error());
    QVector<Meeting> meetings;
    for (const MeetingSummary &summary : summaries.value()) {
        auto meeting = repository.load(summary.id);
        if (!meeting)
            return fail(meeting.error());
        meetings.prepend(meeting.value()); // the list is newest first; the archive oldest first
    }
    RegisterFilter registerFilter;
    registerFilter.body = filter.body;
    if (filter.year > 0) {
        registerFilter.from = QDate(filter.year, 1, 1);
        registerFilter.to = QDate(filter.year, 12, 31);
    }
    const RegisterRepository registers(*m_database);
    auto decisions = registers.decisions(registerFilter);
    auto actions = registers.actions(registerFilter);
    if (!decisions || !actions)
        return fail(decisions ? actions.error() : decisions.error());

    ArchiveExporter archive(locale.value(), options.value());
    // Approved minutes as they were approved, not rendered again.
    const auto stored = Approvals(*m_database).storedDocuments(meetings);
    if (!stored)
        return fail(stored.error());
    archive.setStoredDocuments(stored.value());
    if (!archive.write(meetings, decisions.value(), actions.value(), directory))
        return fail(archive.errorString());
    m_out << tr("Wrote %n meeting(s) to %1", nullptr, int(meetings.size())).arg(directory)
          << QLatin1Char('\n');
    return Success;
}

} // namespace minutebook
