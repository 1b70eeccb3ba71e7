// The subcommands of minutebook-cli (the parsing and dispatch live in Cli.cpp).

#include "ArchiveSettings.h"
#include "AutoBackup.h"
#include "Cli.h"
#include "DatabaseLocation.h"
#include "Language.h"
#include "MeetingJson.h"
#include "MeetingRepository.h"
#include "MeetingText.h"
#include "MinutesGenerator.h"
#include "Numbering.h"
#include "RegisterCsv.h"
#include "RegisterRepository.h"
#include "SearchIndex.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

namespace minutebook {

namespace {
QString hhmm(const QTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString();
}

QString plainSnippet(QString snippet)
{
    snippet.replace(highlightStart, QLatin1Char('['));
    snippet.replace(highlightEnd, QLatin1Char(']'));
    return snippet.simplified();
}

void printJson(QTextStream &out, const QJsonValue &value)
{
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

// Bytes as they are (the byte order mark of a CSV file included), not through the codec.
void writeBytes(QTextStream &out, const QByteArray &bytes)
{
    out.flush();
    if (QIODevice *device = out.device())
        device->write(bytes);
    else
        out << QString::fromUtf8(bytes);
}

QJsonValue dateValue(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

int Cli::list(const QCommandLineParser &parser)
{
    MeetingFilter filter;
    filter.body = parser.value(QStringLiteral("body"));
    if (parser.isSet(QStringLiteral("year"))) {
        bool ok = false;
        filter.year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || filter.year < 1 || filter.year > 9999)
            return fail(tr("--year needs a year such as 2024, not “%1”.")
                            .arg(parser.value(QStringLiteral("year"))),
                Usage);
    }
    if (!parseLimit(parser, &filter.limit))
        return Usage;
    MeetingRepository meetings(*m_database);
    auto rows = meetings.list(filter);
    if (!rows)
        return fail(rows.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const MeetingSummary &m : rows.value())
            array.append(MeetingJson::toJson(m));
        printJson(m_out, array);
        return Success;
    }
    for (const MeetingSummary &m : rows.value()) {
        m_out << QStringLiteral("%1  %2  %3–%4  %5  %6  %7\n")
                     .arg(m.id, 6)
                     .arg(m.date.toString(Qt::ISODate), hhmm(m.start), hhmm(m.end),
                         m.bodyShortName.leftJustified(6), m.place,
                         m.status == MeetingStatus::Approved ? tr("approved") : tr("draft"));
    }
    if (rows->isEmpty())
        m_err << tr("No meetings.") << QLatin1Char('\n');
    return Success;
}

int Cli::show(const QCommandLineParser &parser)
{
    qint64 id = 0;
    if (!parseMeetingId(parser.positionalArguments().at(0), &id))
        return Usage;
    MeetingRepository meetings(*m_database);
    auto meeting = meetings.load(id);
    if (!meeting)
        return fail(meeting.error());
    if (parser.isSet(QStringLiteral("json")))
        printJson(m_out, MeetingJson::toJson(meeting.value()));
    else
        m_out << MeetingText::format(meeting.value());
    return Success;
}

int Cli::search(const QCommandLineParser &parser)
{
    SearchOptions options;
    options.body = parser.value(QStringLiteral("body"));
    if (!parseLimit(parser, &options.limit)
        || !parseDate(parser, QStringLiteral("from"), &options.from)
        || !parseDate(parser, QStringLiteral("to"), &options.to))
        return Usage;
    options.person = parser.value(QStringLiteral("person"));
    if (parser.isSet(QStringLiteral("kind"))) {
        const QString kind = parser.value(QStringLiteral("kind")).toLower();
        for (const HitKind k :
            {HitKind::Meeting, HitKind::Item, HitKind::Decision, HitKind::Action}) {
            if (kind == toString(k)
                || (k == HitKind::Action && kind == QLatin1String("assignment")))
                options.kinds = {k};
        }
        if (options.kinds.isEmpty())
            return fail(tr("--kind needs meeting, item, decision or action, not “%1”.")
                            .arg(parser.value(QStringLiteral("kind"))),
                Usage);
    }
    const QString text = parser.positionalArguments().at(0);
    const FtsQuery query = FtsQuery::fromUserText(text);
    if (query.isEmpty() && !query.hint.isEmpty())
        m_err << query.hint << QLatin1Char('\n');
    SearchIndex index(*m_database);
    QString corrected;
    auto hits = index.search(text, options, &corrected);
    if (!hits)
        return fail(hits.error());
    if (!corrected.isEmpty())
        m_err << tr("Nothing matches “%1”; showing hits for “%2”.").arg(text, corrected)
              << QLatin1Char('\n');
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SearchHit &h : hits.value()) {
            array.append(QJsonObject {
                {QStringLiteral("meetingId"), h.meetingId},
                {QStringLiteral("date"), dateValue(h.date)},
                {QStringLiteral("body"), h.bodyName},
                {QStringLiteral("itemNumber"), h.itemNumber},
                {QStringLiteral("itemTitle"), h.itemTitle},
                {QStringLiteral("kind"), toString(h.kind)},
                {QStringLiteral("snippet"), plainSnippet(h.snippet)},
                {QStringLiteral("rank"), qRound(h.rank)},
            });
        }
        printJson(m_out, array);
        return Success;
    }
    for (const SearchHit &h : hits.value()) {
        m_out << QStringLiteral("%1  %2 %3  %4 %5\n    %6\n")
                     .arg(h.meetingId, 6)
                     .arg(h.date.toString(Qt::ISODate), h.bodyShortName, itemMark(h.itemNumber),
                         h.itemTitle, plainSnippet(h.snippet));
    }
    if (hits->isEmpty())
        m_err << tr("No hits.") << QLatin1Char('\n');
    return Success;
}

int Cli::decisions(const QCommandLineParser &parser)
{
    RegisterFilter filter;
    filter.body = parser.value(QStringLiteral("body"));
    if (!parseLimit(parser, &filter.limit)
        || !parseDate(parser, QStringLiteral("from"), &filter.from)
        || !parseDate(parser, QStringLiteral("to"), &filter.to))
        return Usage;
    bool csv = false;
    QChar separator;
    if (!parseCsv(parser, &csv, &separator))
        return Usage;
    RegisterRepository registers(*m_database);
    auto rows = registers.decisions(filter);
    if (!rows)
        return fail(rows.error());
    if (csv) {
        writeBytes(m_out, RegisterCsv::decisions(rows.value(), {separator, true}));
        return Success;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const DecisionRecord &d : rows.value()) {
            array.append(QJsonObject {
                {QStringLiteral("reference"), d.reference},
                {QStringLiteral("meetingId"), d.meetingId},
                {QStringLiteral("date"), dateValue(d.date)},
                {QStringLiteral("body"), d.bodyName},
                {QStringLiteral("itemNumber"), d.itemNumber},
                {QStringLiteral("itemTitle"), d.itemTitle},
                {QStringLiteral("number"), d.number},
                {QStringLiteral("text"), d.text},
            });
        }
        printJson(m_out, array);
        return Success;
    }
    for (const DecisionRecord &d : rows.value())
        m_out << d.reference << QStringLiteral("  ") << d.itemTitle << QStringLiteral("\n    ")
              << d.text << QLatin1Char('\n');
    return Success;
}

int Cli::actions(const QCommandLineParser &parser)
{
    RegisterFilter filter;
    filter.body = parser.value(QStringLiteral("body"));
    filter.openOnly = parser.isSet(QStringLiteral("open"));
    filter.assignee = parser.value(QStringLiteral("assignee"));
    bool csv = false;
    QChar separator;
    if (!parseLimit(parser, &filter.limit) || !parseCsv(parser, &csv, &separator))
        return Usage;
    RegisterRepository registers(*m_database);
    auto rows = registers.actions(filter);
    if (!rows)
        return fail(rows.error());
    if (csv) {
        writeBytes(m_out, RegisterCsv::actions(rows.value(), {separator, true}));
        return Success;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ActionRecord &a : rows.value()) {
            QJsonObject o {
                {QStringLiteral("meetingId"), a.meetingId},
                {QStringLiteral("date"), dateValue(a.date)},
                {QStringLiteral("body"), a.bodyName},
                {QStringLiteral("itemNumber"), a.itemNumber},
                {QStringLiteral("itemTitle"), a.itemTitle},
                {QStringLiteral("text"), a.text},
                {QStringLiteral("assignee"), a.assignee},
                {QStringLiteral("due"), dateValue(a.due)},
                {QStringLiteral("status"), toString(a.status)},
            };
            if (a.statusDate.isValid())
                o.insert(QStringLiteral("statusDate"), dateValue(a.statusDate));
            array.append(o);
        }
        printJson(m_out, array);
        return Success;
    }
    for (const ActionRecord &a : rows.value()) {
        m_out << QStringLiteral("%1  %2  %3  %4\n    %5\n")
                     .arg(a.due.isValid() ? a.due.toString(Qt::ISODate)
                                          : QStringLiteral("—         "),
                         a.status == ActionStatus::Done ? tr("done") : tr("open"), a.assignee,
                         itemReference(a.bodyShortName, a.date, a.itemNumber), a.text);
    }
    return Success;
}

int Cli::generate(const QCommandLineParser &parser)
{
    bool ok = false;
    const int count = parser.value(QStringLiteral("meetings")).toInt(&ok);
    if (!parser.isSet(QStringLiteral("meetings")) || !ok || count < 1 || count > 10000000)
        return fail(tr("generate needs --meetings N, a whole number from 1 to 10000000."), Usage);
    quint64 seed = 1;
    if (parser.isSet(QStringLiteral("seed"))) {
        seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return fail(tr("--seed needs a whole number, not “%1”.")
                            .arg(parser.value(QStringLiteral("seed"))),
                Usage);
    }
    QElapsedTimer timer;
    timer.start();
    MinutesGenerator generator(*m_database);
    auto written = generator.generate(count, seed);
    if (!written)
        return fail(written.error());
    m_out << tr("Wrote %1 meetings in %2 s.")
                 .arg(written.value())
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << QLatin1Char('\n');
    return Success;
}

int Cli::backup(const QCommandLineParser &parser)
{
    const QString file = parser.positionalArguments().at(0);
    if (Status s = m_database->backupTo(file); !s)
        return fail(s.error());
    m_out << tr("Backup written to %1.").arg(file) << QLatin1Char('\n');
    return Success;
}

int Cli::restore(const QCommandLineParser &parser)
{
    const QString backupFile = parser.positionalArguments().at(0);
    QString path;
    bool server = false;
    archiveLocation(parser, &path, &server);
    if (server)
        return fail(tr("restore replaces a database file; an archive on a server is restored by "
                       "its owner with pg_restore (docs/server.md)."));
    const Result<QString> restored
        = AutoBackup::restore(backupFile, path, QDateTime::currentDateTime());
    if (!restored)
        return fail(restored.error());
    m_out << tr("Restored %1 from %2.").arg(path, backupFile) << QLatin1Char('\n');
    if (!restored.value().isEmpty())
        m_out << tr("The database as it was is kept in %1.").arg(restored.value())
              << QLatin1Char('\n');
    return Success;
}

int Cli::check(const QCommandLineParser &)
{
    QStringList problems;
    const Status status = m_database->check(&problems);
    for (const QString &p : problems)
        m_out << p << QLatin1Char('\n');
    if (!status)
        return fail(status.error());
    m_out << tr("ok: schema version %1, no problems found.").arg(m_database->schemaVersion())
          << QLatin1Char('\n');
    return Success;
}

bool Cli::parseCsv(const QCommandLineParser &parser, bool *csv, QChar *separator)
{
    *csv = parser.isSet(QStringLiteral("csv"));
    *separator = QLatin1Char(';');
    if (parser.isSet(QStringLiteral("separator"))) {
        *separator = RegisterCsv::separatorFromName(parser.value(QStringLiteral("separator")));
        if (separator->isNull()) {
            fail(tr("--separator needs semicolon, comma or tab, not “%1”.")
                     .arg(parser.value(QStringLiteral("separator"))),
                Usage);
            return false;
        }
        if (!*csv) {
            fail(tr("--separator only goes with --csv."), Usage);
            return false;
        }
    }
    if (*csv && parser.isSet(QStringLiteral("json"))) {
        fail(tr("choose either --csv or --json."), Usage);
        return false;
    }
    return true;
}

int Cli::language(const QCommandLineParser &parser)
{
    const ArchiveSettings settings(*m_database);
    const QStringList arguments = parser.positionalArguments();
    if (!arguments.isEmpty()) {
        const QString chosen = arguments.constFirst();
        if (!Language::available().contains(chosen))
            return fail(tr("“%1” is not a language Minutebook writes minutes in: use %2.")
                            .arg(chosen, Language::available().join(QStringLiteral(" or "))),
                Usage);
        if (Status s = settings.setDocumentLanguage(chosen); !s)
            return fail(s.error());
        return Success;
    }
    const Result<QString> stored = settings.documentLanguage();
    if (!stored)
        return fail(stored.error());
    if (stored.value().isEmpty())
        m_out << tr("not set: the minutes are written in the language of the program making "
                    "them (now %1)")
                     .arg(Language::code(QLocale()))
              << QLatin1Char('\n');
    else
        m_out << stored.value() << QLatin1Char('\n');
    return Success;
}

} // namespace minutebook
