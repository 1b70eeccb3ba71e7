#pragma once

// The document entries of the File menu: Print…, Print preview…, Export as PDF/HTML/Markdown…,
// Export archive… and Settings…. They act on the meeting the main window shows and are disabled
// when it shows none; Export archive and Settings need no meeting. Every output is rendered by
// the document layer from the stored meeting, with the organisation's settings applied, and
// every file is written through QSaveFile. MainWindow installs this with one line.

#include "DocumentOptions.h"
#include "MinutesExporter.h"
#include "Result.h"

#include <QObject>

#include <memory>

class QAction;
class QPrinter;
class QPrintPreviewDialog;
class QProgressDialog;

namespace minutebook {

class ArchiveExportTask;
class MainWindow;
struct ArchiveRequest;

class DocumentActions : public QObject
{
    Q_OBJECT

public:
    /// Adds the actions to `window`'s File menu before Quit; the window owns the result.
    static DocumentActions *install(MainWindow *window);
    explicit DocumentActions(MainWindow *window);
    ~DocumentActions() override;

    QAction *printAction() const { return m_print; }
    QAction *previewAction() const { return m_preview; }
    QAction *exportAction(MinutesExporter::Format format) const;
    QAction *archiveAction() const { return m_archive; }
    QAction *settingsAction() const { return m_settings; }

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
    static Status printMeeting(
        const Meeting &meeting, const DocumentOptions &options, QPrinter &printer);

signals:
    /// An archive export has started; `progress` is its progress dialog.
    void archiveExportStarted(ArchiveExportTask *task, QProgressDialog *progress);

private:
    void createActions();
    void addToFileMenu();
    void updateActions();
    Result<Meeting> currentMeeting() const;
    Result<DocumentOptions> documentOptions() const;
    QPrinter &printer();
    void reportArchive(const ArchiveExportTask &task, const QString &directory);

    MainWindow *m_window;
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
