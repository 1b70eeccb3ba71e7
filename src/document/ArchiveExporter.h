#pragma once

// Exports a set of meetings (a body's year, say) to one folder: a PDF/A file per meeting named
// "YYYY-MM-DD Body.pdf", an index.html linking them, and the decision and assignment registers
// as decisions.csv / actions.csv (UTF-8 with BOM, ';'-separated, for Swedish Excel). Takes the
// data ready-made, so it knows no SQL and can run on any thread that has its own copies.
// Everything is written into a hidden folder inside the target first and moved into place only
// when all of it succeeded: a cancelled or failed export leaves the folder as it was.
// The PDFs are rendered on up to QThread::idealThreadCount() threads of a pool of its own;
// progress, cancel and errors still come in the order of the meetings, on the thread that
// called write().

#include "DocumentOptions.h"
#include "Meeting.h"
#include "Records.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace minutebook {

class ArchiveExporter
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::ArchiveExporter)

public:
    /// Called after each meeting with (done, total), in the order of the meetings and on the thread
    /// that called write(); return false to cancel. Meetings being rendered at that moment are
    /// finished and thrown away, no further ones are started.
    using Progress = std::function<bool(int done, int total)>;

    explicit ArchiveExporter(const QLocale &locale = QLocale(), DocumentOptions options = {});
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    /// The archival copies of approved minutes, by meeting id: written byte for byte instead
    /// of being rendered again.
    void setStoredDocuments(QHash<qint64, QByteArray> documents)
    {
        m_stored = std::move(documents);
    }

    /// Writes into the existing folder `directory`, replacing files of the same names. False on
    /// failure or cancel (see wasCancelled()); then nothing in `directory` has changed.
    [[nodiscard]] bool write(const QVector<Meeting> &meetings,
        const QVector<DecisionRecord> &decisions, const QVector<ActionRecord> &actions,
        const QString &directory);

    QString errorString() const { return m_error; }
    bool wasCancelled() const { return m_cancelled; }
    /// The PDF file names written, in the order of the meetings.
    QStringList fileNames() const { return m_fileNames; }

    /// "2024-02-06 Ledningsgrupp HSS.pdf", with characters no file system accepts replaced.
    static QString fileName(const Meeting &meeting);

private:
    bool writeAll(const QVector<Meeting> &meetings, const QVector<DecisionRecord> &decisions,
        const QVector<ActionRecord> &actions, const QString &staging);
    bool writePdfs(
        const QVector<Meeting> &meetings, const QStringList &names, const QString &staging);
    static QStringList uniqueFileNames(const QVector<Meeting> &meetings);
    bool writeText(const QString &path, const QByteArray &bytes);
    bool moveInto(const QString &staging, const QString &directory);
    QByteArray indexHtml(const QVector<Meeting> &meetings) const;
    QByteArray decisionsCsv(const QVector<DecisionRecord> &decisions) const;
    QByteArray actionsCsv(const QVector<ActionRecord> &actions) const;

    QLocale m_locale;
    DocumentOptions m_options;
    Progress m_progress;
    QString m_error;
    bool m_cancelled = false;
    QStringList m_fileNames;
    QHash<qint64, QByteArray> m_stored;
};

} // namespace minutebook
