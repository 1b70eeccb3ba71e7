#pragma once

// The document entries of the File menu: Print…, Print preview…, Export as PDF/HTML/Markdown…,
// Export archive… and Settings…. They act on the meeting the window shows (setCurrentMeeting)
// and are disabled when it shows none; Export archive and Settings need no meeting. Every
// output is rendered by the document layer from the stored meeting, with the organisation's
// settings applied, and every file is written through QSaveFile. What it needs is handed in:
// the window (parent of dialogs, status bar), the sessions, the dialogs and the File menu.

#include "DocumentOptions.h"
#include "MinutesExporter.h"
#include "Result.h"

#include <QObject>

#include <memory>

class QAction;
class QMainWindow;
class QMenu;
class QPrinter;
class QPrintPreviewDialog;
class QProgressDialog;

namespace minutebook {

class ArchiveExportTask;
class Dialogs;
class MeetingSessions;
struct ArchiveRequest;

class DocumentActions : public QObject
{
    Q_OBJECT

public:
    /// Adds the actions to `fileMenu` before Quit; `window` owns the result.
    DocumentActions(
        QMainWindow *window, MeetingSessions &sessions, Dialogs &dialogs, QMenu *fileMenu);
    ~DocumentActions() override;

    QAction *printAction() const { return m_print; }
    QAction *previewAction() const { return m_preview; }
    QAction *exportAction(MinutesExporter::Format format) const;
    QAction *archiveAction() const { return m_archive; }
    QAction *settingsAction() const { return m_settings; }

    /// The meeting the window shows now (0: none); the meeting entries follow it.
    void setCurrentMeeting(qint64 meetingId);
    /// Asks for a printer and prints the current meeting.
    void print();
    /// Opens the print preview of the current meeting (window-modal, not blocking); nullptr
    /// when there is nothing to preview.
    QPrintPreviewDialog *printPreview();
    /// Asks for a file name and writes the current meeting in `format`.
    void exportAs(MinutesExporter::Format format);
    /// Asks what to export, then runs it (runArchiveExport).
    void exportArchive();
    /// Runs an archive export on a worker thread, with a progress dialog whose Cancel stops it,
    /// and reports the outcome. True when the archive was written.
    bool runArchiveExport(const ArchiveRequest &request);
    /// File → Settings…
    void editSettings();

    /// Paints `meeting` onto `printer` page by page, the page footer included: the same path
    /// as the PDF export, so print, preview and PDF agree.
    /// `locale`: the archive's document language (documentLocale()).
    static Status printMeeting(const Meeting &meeting, const DocumentOptions &options,
        const QLocale &locale, QPrinter &printer);
    /// The locale the archive's minutes are written in (ArchiveSettings): its labels, dates
    /// and times, whatever language the program speaks.
    QLocale documentLocale() const;

signals:
    /// An archive export has started; `progress` is its progress dialog.
    void archiveExportStarted(ArchiveExportTask *task, QProgressDialog *progress);

private:
    void createActions();
    void addToFileMenu(QMenu *file);
    void updateActions();
    Result<Meeting> currentMeeting() const;
    Result<DocumentOptions> documentOptions() const;
    QPrinter &printer();
    void reportArchive(const ArchiveExportTask &task, const QString &directory);

    QMainWindow *m_window;
    MeetingSessions &m_sessions;
    Dialogs &m_dialogs;
    qint64 m_meetingId = 0;
    QAction *m_print = nullptr;
    QAction *m_preview = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_exportHtml = nullptr;
    QAction *m_exportMarkdown = nullptr;
    QAction *m_archive = nullptr;
    QAction *m_settings = nullptr;
    std::unique_ptr<QPrinter> m_printer;
};

} // namespace minutebook
