#include "ArchiveExporter.h"

#include "MinutesPdfWriter.h"

#include <QDir>
#include <QSaveFile>
#include <QSet>
#include <QUrl>

namespace minutebook {

namespace {
const QByteArray utf8Bom("\xEF\xBB\xBF");

QByteArray csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields)
        quoted.append(ArchiveExporter::csvField(f));
    return quoted.join(QLatin1Char(';')).toUtf8() + "\r\n";
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
} // namespace

ArchiveExporter::ArchiveExporter(const QLocale &locale)
    : m_locale(locale)
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
    if (!text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
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
        m_error = tr("The folder %1 does not exist.").arg(directory);
        return false;
    }
    QSet<QString> used;
    for (const Meeting &meeting : meetings) {
        // Two meetings of one body on one day get "(2)", "(3)"… instead of overwriting.
        QString name = fileName(meeting);
        for (int n = 2; used.contains(name); ++n)
            name = fileName(meeting).chopped(4) + QStringLiteral(" (%1).pdf").arg(n);
        used.insert(name);
        MinutesPdfWriter pdf(m_locale);
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
    return writeText(dir.filePath(QStringLiteral("index.html")), indexHtml(meetings))
        && writeText(dir.filePath(QStringLiteral("decisions.csv")), decisionsCsv(decisions))
        && writeText(dir.filePath(QStringLiteral("actions.csv")), actionsCsv(actions));
}

bool ArchiveExporter::writeText(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
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
    QByteArray csv = utf8Bom
        + csvLine(
            {tr("Date"), tr("Body"), tr("Item"), tr("Title"), tr("Reference"), tr("Decision")});
    for (const DecisionRecord &d : decisions)
        csv += csvLine(
            {isoDate(d.date), d.bodyName, d.itemNumber, d.itemTitle, d.reference, d.text});
    return csv;
}

QByteArray ArchiveExporter::actionsCsv(const QVector<ActionRecord> &actions) const
{
    QByteArray csv = utf8Bom
        + csvLine({tr("Date"), tr("Body"), tr("Item"), tr("Title"), tr("Assignment"),
            tr("Responsible"), tr("Due"), tr("Status")});
    for (const ActionRecord &a : actions)
        csv += csvLine({isoDate(a.date), a.bodyName, a.itemNumber, a.itemTitle, a.text, a.assignee,
            isoDate(a.due), toString(a.status)});
    return csv;
}

} // namespace minutebook
