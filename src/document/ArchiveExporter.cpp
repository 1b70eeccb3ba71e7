#include "ArchiveExporter.h"

#include "MinutesExporter.h"
#include "RegisterCsv.h"
#include "SaveFile.h"

#include <QDir>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>

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

QString ArchiveExporter::csvField(const QString &text)
{
    return RegisterCsv::field(text);
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
    QSet<QString> used;
    MinutesExporter pdf(MinutesExporter::Format::Pdf, m_locale, m_options);
    for (const Meeting &meeting : meetings) {
        // Two meetings of one body on one day get "(2)", "(3)"… instead of overwriting.
        QString name = fileName(meeting);
        for (int n = 2; used.contains(name); ++n)
            name = fileName(meeting).chopped(4) + QStringLiteral(" (%1).pdf").arg(n);
        used.insert(name);
        if (!pdf.writeFile(meeting, dir.filePath(name))) {
            m_error = pdf.errorString();
            return false;
        }
        m_fileNames.append(name);
        if (m_progress && !m_progress(int(m_fileNames.size()), int(meetings.size()))) {
            m_cancelled = true;
            m_error = tr("The export was cancelled.");
            return false;
        }
    }
    return writeText(dir.filePath(indexName), indexHtml(meetings))
        && writeText(dir.filePath(decisionsName), decisionsCsv(decisions))
        && writeText(dir.filePath(actionsName), actionsCsv(actions));
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
                       .arg(m_locale.bcp47Name(), tr("Minutes").toHtmlEscaped());
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
