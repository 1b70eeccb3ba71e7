#include "ArchiveExporter.h"

#include "Language.h"
#include "MinutesExporter.h"
#include "RegisterCsv.h"
#include "SaveFile.h"

#include <QDir>
#include <QMutex>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QUrl>
#include <QWaitCondition>

#include <atomic>
#include <filesystem>
#include <system_error>

namespace minutebook {

namespace {
const QString indexName = QStringLiteral("index.html");
const QString decisionsName = QStringLiteral("decisions.csv");
const QString actionsName = QStringLiteral("actions.csv");

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// The meetings' PDFs, shared by the rendering threads and the thread that called write(): the
// workers take the next meeting by index and put each outcome in its slot; write() waits for the
// slots in order.
struct PdfJobs
{
    struct Outcome
    {
        bool done = false;
        bool ok = false;
        QString error;
    };

    explicit PdfJobs(qsizetype count)
        : outcomes(count)
    { }

    QMutex mutex;
    QWaitCondition finished;
    QVector<Outcome> outcomes; // guarded by mutex
    std::atomic<int> next {0};
    std::atomic<bool> stop {false};
};
} // namespace

ArchiveExporter::ArchiveExporter(const QLocale &locale, DocumentOptions options)
    : m_locale(locale)
    , m_options(std::move(options))
{ }

QString ArchiveExporter::fileName(const Meeting &meeting)
{
    QString body = meeting.body.name.trimmed();
    for (const QChar c : QStringLiteral("/\\:*?\"<>|"))
        body.replace(c, QLatin1Char('-'));
    return isoDate(meeting.date) + QLatin1Char(' ') + body + QStringLiteral(".pdf");
}

bool ArchiveExporter::write(const QVector<Meeting> &meetings,
    const QVector<DecisionRecord> &decisions, const QVector<ActionRecord> &actions,
    const QString &directory)
{
    m_error.clear();
    m_cancelled = false;
    m_fileNames.clear();
    const QDir dir(directory);
    if (!dir.exists()) {
        m_error = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(directory));
        return false;
    }
    // Inside the target, so the files are moved, never copied, into place; removed with all it
    // holds when this function returns.
    const QTemporaryDir staging(dir.filePath(QStringLiteral(".minutebook-export-XXXXXX")));
    if (!staging.isValid()) {
        m_error = tr("Cannot write to the folder %1: %2")
                      .arg(QDir::toNativeSeparators(directory), staging.errorString());
        return false;
    }
    if (!writeAll(meetings, decisions, actions, staging.path()))
        return false;
    return moveInto(staging.path(), directory);
}

bool ArchiveExporter::writeAll(const QVector<Meeting> &meetings,
    const QVector<DecisionRecord> &decisions, const QVector<ActionRecord> &actions,
    const QString &staging)
{
    const QDir dir(staging);
    return writePdfs(meetings, uniqueFileNames(meetings), staging)
        && writeText(dir.filePath(indexName), indexHtml(meetings))
        && writeText(dir.filePath(decisionsName), decisionsCsv(decisions))
        && writeText(dir.filePath(actionsName), actionsCsv(actions));
}

QStringList ArchiveExporter::uniqueFileNames(const QVector<Meeting> &meetings)
{
    // Two meetings of one body on one day get "(2)", "(3)"… instead of overwriting.
    QStringList names;
    QSet<QString> used;
    for (const Meeting &meeting : meetings) {
        QString name = fileName(meeting);
        for (int n = 2; used.contains(name); ++n)
            name = fileName(meeting).chopped(4) + QStringLiteral(" (%1).pdf").arg(n);
        used.insert(name);
        names.append(name);
    }
    return names;
}

bool ArchiveExporter::writePdfs(
    const QVector<Meeting> &meetings, const QStringList &names, const QString &staging)
{
    const int count = int(meetings.size());
    if (count == 0)
        return true;
    const QDir dir(staging);
    PdfJobs jobs(count);
    // Each worker renders with its own exporter, document and PDF writer; only the meetings, names,
    // locale and options are shared, and only read.
    const auto work = [&] {
        MinutesExporter pdf(MinutesExporter::Format::Pdf, m_locale, m_options);
        for (int i = jobs.next++; i < count && !jobs.stop; i = jobs.next++) {
            pdf.setStoredPdf(m_stored.value(meetings.at(i).id));
            const bool ok = pdf.writeFile(meetings.at(i), dir.filePath(names.at(i)));
            const QMutexLocker lock(&jobs.mutex);
            jobs.outcomes[i] = {true, ok, pdf.errorString()};
            jobs.finished.wakeAll();
        }
    };
    // A pool of its own: the global one may be busy, or be running this very call.
    QThreadPool pool;
    const int threads = qBound(1, QThread::idealThreadCount(), count);
    pool.setMaxThreadCount(threads);
    for (int t = 0; t < threads; ++t)
        pool.start(work);

    bool ok = true;
    for (int i = 0; i < count && ok; ++i) {
        PdfJobs::Outcome outcome;
        {
            const QMutexLocker lock(&jobs.mutex);
            while (!jobs.outcomes.at(i).done)
                jobs.finished.wait(&jobs.mutex);
            outcome = jobs.outcomes.at(i);
        }
        if (!outcome.ok) {
            m_error = outcome.error;
            ok = false;
        } else {
            m_fileNames.append(names.at(i));
            if (m_progress && !m_progress(i + 1, count)) {
                m_cancelled = true;
                m_error = tr("The export was cancelled.");
                ok = false;
            }
        }
    }
    // Meetings already being rendered are finished before the staging folder goes away.
    jobs.stop = true;
    pool.waitForDone();
    return ok;
}

bool ArchiveExporter::writeText(const QString &path, const QByteArray &bytes)
{
    const Status status = SaveFile::write(path, bytes);
    m_error = status.error();
    return status.ok();
}

bool ArchiveExporter::moveInto(const QString &staging, const QString &directory)
{
    const QStringList names = m_fileNames + QStringList {indexName, decisionsName, actionsName};
    for (const QString &name : names) {
        // std::filesystem::rename replaces an existing file in one step, as QSaveFile does.
        std::error_code error;
        const QString target = QDir(directory).filePath(name);
        std::filesystem::rename(
            std::filesystem::path(QDir(staging).filePath(name).toStdU16String()),
            std::filesystem::path(target.toStdU16String()), error);
        if (error) {
            m_error = tr("Cannot write %1: %2")
                          .arg(QDir::toNativeSeparators(target),
                              QString::fromLocal8Bit(error.message().c_str()));
            return false;
        }
    }
    return true;
}

QByteArray ArchiveExporter::indexHtml(const QVector<Meeting> &meetings) const
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n"
                                  "<meta charset=\"utf-8\">\n<title>%2</title>\n</head>\n<body>\n"
                                  "<h1>%2</h1>\n<ul>\n")
                       .arg(m_locale.bcp47Name(),
                           Language::translate(m_locale, "minutebook::ArchiveExporter",
                               QT_TRANSLATE_NOOP("minutebook::ArchiveExporter", "Minutes"))
                               .toHtmlEscaped());
    for (qsizetype i = 0; i < meetings.size() && i < m_fileNames.size(); ++i) {
        const Meeting &m = meetings.at(i);
        const QString href = QString::fromUtf8(QUrl::toPercentEncoding(m_fileNames.at(i)));
        const QString label = isoDate(m.date) + QStringLiteral(" – ") + m.body.name
            + (m.title.isEmpty() ? QString() : QStringLiteral(": ") + m.title);
        html += QStringLiteral("<li><a href=\"%1\">%2</a></li>\n")
                    .arg(href.toHtmlEscaped(), label.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>\n</body>\n</html>\n");
    return html.toUtf8();
}

QByteArray ArchiveExporter::decisionsCsv(const QVector<DecisionRecord> &decisions) const
{
    return RegisterCsv::decisions(decisions);
}

QByteArray ArchiveExporter::actionsCsv(const QVector<ActionRecord> &actions) const
{
    return RegisterCsv::actions(actions);
}

} // namespace minutebook
