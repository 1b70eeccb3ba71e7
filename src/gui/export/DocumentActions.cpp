#include "DocumentActions.h"

#include "Approvals.h"
#include "ArchiveExportDialog.h"
#include "ArchiveExportTask.h"
#include "ArchiveExporter.h"
#include "ArchiveSettings.h"
#include "Database.h"
#include "Dialogs.h"
#include "DocumentSettings.h"
#include "DocumentSettingsDialog.h"
#include "MeetingRepository.h"
#include "MeetingSession.h"
#include "MeetingSessions.h"
#include "MinutesDocument.h"
#include "MinutesPagePainter.h"
#include "PrintStart.h"
#include "StoredPdfPrinter.h"

#include <QAction>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QTextDocument>

namespace minutebook {

namespace {
const char lastExportFolderKey[] = "export/lastFolder";
constexpr int statusMessageMs = 8000;

QString suggestedFileName(const Meeting &meeting, MinutesExporter::Format format)
{
    const QString folder = QSettings().value(QLatin1String(lastExportFolderKey)).toString();
    const QString name = ArchiveExporter::fileName(meeting).chopped(4) + QLatin1Char('.')
        + MinutesExporter::suffix(format);
    return folder.isEmpty() ? name : QDir(folder).filePath(name);
}
} // namespace

DocumentActions::DocumentActions(
    QMainWindow *window, MeetingSessions &sessions, Dialogs &dialogs, QMenu *fileMenu)
    : QObject(window)
    , m_window(window)
    , m_sessions(sessions)
    , m_dialogs(dialogs)
{
    createActions();
    addToFileMenu(fileMenu);
    updateActions();
}

void DocumentActions::setCurrentMeeting(qint64 meetingId)
{
    m_meetingId = meetingId;
    updateActions();
}

DocumentActions::~DocumentActions() = default;

void DocumentActions::createActions()
{
    m_print = new QAction(tr("&Print…"), this);
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this, &DocumentActions::print);
    m_preview = new QAction(tr("Print pre&view…"), this);
    connect(m_preview, &QAction::triggered, this, &DocumentActions::printPreview);
    m_exportPdf = new QAction(tr("Export as P&DF…"), this);
    m_exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(
        m_exportPdf, &QAction::triggered, this, [this] { exportAs(MinutesExporter::Format::Pdf); });
    m_exportHtml = new QAction(tr("Export as &HTML…"), this);
    connect(m_exportHtml, &QAction::triggered, this,
        [this] { exportAs(MinutesExporter::Format::Html); });
    m_exportMarkdown = new QAction(tr("Export as &Markdown…"), this);
    connect(m_exportMarkdown, &QAction::triggered, this,
        [this] { exportAs(MinutesExporter::Format::Markdown); });
    m_archive = new QAction(tr("E&xport archive…"), this);
    connect(m_archive, &QAction::triggered, this, &DocumentActions::exportArchive);
    m_settings = new QAction(tr("&Settings…"), this);
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, this, &DocumentActions::editSettings);
}

void DocumentActions::addToFileMenu(QMenu *file)
{
    // Before the separator above Quit, so Quit stays last; at the end if there is no Quit.
    const QList<QAction *> existing = file->actions();
    QAction *before = nullptr;
    for (qsizetype i = 0; i < existing.size(); ++i) {
        if (existing.at(i)->menuRole() == QAction::QuitRole) {
            before
                = i > 0 && existing.at(i - 1)->isSeparator() ? existing.at(i - 1) : existing.at(i);
            break;
        }
    }
    const auto separator = [this] {
        auto *action = new QAction(this);
        action->setSeparator(true);
        return action;
    };
    file->insertActions(before,
        {separator(), m_print, m_preview, separator(), m_exportPdf, m_exportHtml, m_exportMarkdown,
            m_archive, separator(), m_settings});
}

QAction *DocumentActions::exportAction(MinutesExporter::Format format) const
{
    switch (format) {
    case MinutesExporter::Format::Pdf:
        return m_exportPdf;
    case MinutesExporter::Format::Html:
        return m_exportHtml;
    case MinutesExporter::Format::Markdown:
        return m_exportMarkdown;
    }
    return nullptr;
}

void DocumentActions::updateActions()
{
    const bool meeting = m_meetingId != 0;
    for (QAction *action : {m_print, m_preview, m_exportPdf, m_exportHtml, m_exportMarkdown})
        action->setEnabled(meeting);
}

Result<Meeting> DocumentActions::currentMeeting() const
{
    if (m_meetingId == 0)
        return Result<Meeting>::failure(tr("No meeting is shown."));
    // What was typed in the last moment is written first, so the output has it.
    if (MeetingSession *session = m_sessions.find(m_meetingId)) {
        if (Status flushed = session->flush(); !flushed)
            return Result<Meeting>::failure(flushed.error());
    }
    return MeetingRepository(m_sessions.database()).load(m_meetingId);
}

Result<DocumentOptions> DocumentActions::documentOptions() const
{
    const Result<DocumentOptions> options = DocumentSettings::load(QSettings()).options();
    if (!options)
        return Result<DocumentOptions>::failure(options.error() + QLatin1Char(' ')
            + tr("Choose another logo or remove it in File → Settings…."));
    return options;
}

QPrinter &DocumentActions::printer()
{
    // One printer for the session, so the choices made in the print dialog are kept.
    if (!m_printer) {
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        m_printer->setPageLayout(MinutesPagePainter::pageLayout());
    }
    return *m_printer;
}

QLocale DocumentActions::documentLocale() const
{
    // Unreadable (it never is where the meeting could be read): the program's own.
    const Result<QLocale> locale = ArchiveSettings(m_sessions.database()).documentLocale();
    return locale ? locale.value() : QLocale();
}

Status DocumentActions::printMeeting(const Meeting &meeting, const DocumentOptions &options,
    const QLocale &locale, QPrinter &printer)
{
    const auto document = MinutesDocument(locale, options).create(meeting);
    QPainter painter;
    if (Status started = PrintStart::begin(painter, printer); !started)
        return started;
    const MinutesPagePainter pages(options.footerOrganisation(meeting), options.footerText, locale);
    const int count = pages.paint(*document, printer, painter);
    if (!painter.end() || count == 0)
        return Status::failure(tr("The minutes could not be printed."));
    return {};
}

void DocumentActions::print()
{
    const Result<Meeting> meeting = currentMeeting();
    const Result<DocumentOptions> options = documentOptions();
    if (!meeting || !options) {
        m_dialogs.warning(m_window, tr("Not printed"), meeting ? options.error() : meeting.error());
        return;
    }
    // Approved minutes are printed as they were approved: their stored copy.
    const Result<QByteArray> stored = Approvals(m_sessions.database()).storedDocument(m_meetingId);
    if (!stored) {
        m_dialogs.warning(m_window, tr("Not printed"), stored.error());
        return;
    }
    if (!m_dialogs.choosePrinter(m_window, printer()))
        return;
    const Status printed = stored->isEmpty()
        ? printMeeting(meeting.value(), options.value(), documentLocale(), printer())
        : StoredPdfPrinter::print(stored.value(), printer()).status();
    if (!printed)
        m_dialogs.critical(m_window, tr("Not printed"), printed.error());
    else
        m_window->statusBar()->showMessage(tr("Sent to the printer."), statusMessageMs);
}

QPrintPreviewDialog *DocumentActions::printPreview()
{
    const Result<Meeting> meeting = currentMeeting();
    const Result<DocumentOptions> options = documentOptions();
    if (!meeting || !options) {
        m_dialogs.warning(
            m_window, tr("No print preview"), meeting ? options.error() : meeting.error());
        return nullptr;
    }
    auto *dialog = new QPrintPreviewDialog(&printer(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print preview – %1").arg(meeting.value().body.name));
    const Result<QByteArray> stored = Approvals(m_sessions.database()).storedDocument(m_meetingId);
    connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
        [meeting = meeting.value(), options = options.value(), locale = documentLocale(),
            stored = stored ? stored.value() : QByteArray()](QPrinter *target) {
            // A failure here leaves the preview empty, which the user sees; the print button
            // of the preview reports its own errors through the print system.
            const Status painted = stored.isEmpty()
                ? printMeeting(meeting, options, locale, *target)
                : StoredPdfPrinter::print(stored, *target).status();
            Q_UNUSED(painted);
        });
    dialog->resize(m_window->size() * 0.9);
    dialog->open();
    return dialog;
}

void DocumentActions::exportAs(MinutesExporter::Format format)
{
    const Result<Meeting> meeting = currentMeeting();
    const Result<DocumentOptions> options = documentOptions();
    if (!meeting || !options) {
        m_dialogs.warning(
            m_window, tr("Not exported"), meeting ? options.error() : meeting.error());
        return;
    }
    QString title;
    QString filter;
    switch (format) {
    case MinutesExporter::Format::Pdf:
        title = tr("Export as PDF");
        filter = tr("PDF documents (*.pdf)");
        break;
    case MinutesExporter::Format::Html:
        title = tr("Export as HTML");
        filter = tr("Web pages (*.html *.htm)");
        break;
    case MinutesExporter::Format::Markdown:
        title = tr("Export as Markdown");
        filter = tr("Markdown files (*.md)");
        break;
    }
    QString file = m_dialogs.saveFileName(
        m_window, title, suggestedFileName(meeting.value(), format), filter);
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QLatin1Char('.') + MinutesExporter::suffix(format);
    MinutesExporter exporter(format, documentLocale(), options.value());
    if (format == MinutesExporter::Format::Pdf) {
        // Approved minutes as they were approved (their archival copy), not rendered again.
        const Result<QByteArray> stored
            = Approvals(m_sessions.database()).storedDocument(meeting->id);
        if (!stored) {
            m_dialogs.critical(m_window, tr("Not exported"), stored.error());
            return;
        }
        exporter.setStoredPdf(stored.value());
    }
    if (!exporter.writeFile(meeting.value(), file)) {
        m_dialogs.critical(m_window, tr("Not exported"), exporter.errorString());
        return;
    }
    QSettings().setValue(QLatin1String(lastExportFolderKey), QFileInfo(file).absolutePath());
    m_window->statusBar()->showMessage(
        tr("Exported to %1").arg(QDir::toNativeSeparators(file)), statusMessageMs);
}

void DocumentActions::exportArchive()
{
    QString body;
    int year = 0;
    if (const Result<Meeting> meeting = currentMeeting()) {
        body = meeting.value().body.name;
        year = meeting.value().date.year();
    }
    ArchiveExportDialog dialog(m_sessions.database(), m_dialogs, body, year, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    runArchiveExport(dialog.request());
}

bool DocumentActions::runArchiveExport(const ArchiveRequest &request)
{
    const Result<DocumentOptions> options = documentOptions();
    if (!options) {
        m_dialogs.warning(m_window, tr("Archive not exported"), options.error());
        return false;
    }
    ArchiveExportTask task(
        m_sessions.database().path(), request, options.value(), documentLocale());
    QProgressDialog progress(tr("Reading the meetings…"), tr("Cancel"), 0, 0, m_window);
    progress.setWindowTitle(tr("Export archive"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    connect(&task, &ArchiveExportTask::progressed, &progress, [&progress](int done, int total) {
        if (progress.wasCanceled())
            return;
        progress.setMaximum(qMax(1, total));
        progress.setValue(done);
        progress.setLabelText(
            tr("Writing meeting %1 of %2…").arg(qMin(done + 1, total)).arg(total));
    });
    // The worker stops after the meeting it is writing and removes what it wrote.
    connect(&progress, &QProgressDialog::canceled, &task, &ArchiveExportTask::cancel);
    QEventLoop loop;
    connect(&task, &ArchiveExportTask::finished, &loop, &QEventLoop::quit);
    task.start();
    progress.show();
    emit archiveExportStarted(&task, &progress);
    loop.exec();
    progress.close();
    reportArchive(task, request.directory);
    return task.status().ok();
}

void DocumentActions::reportArchive(const ArchiveExportTask &task, const QString &directory)
{
    const QString folder = QDir::toNativeSeparators(directory);
    if (task.wasCancelled()) {
        m_dialogs.information(m_window, tr("Export archive"),
            tr("The export was cancelled. Nothing was written to %1.").arg(folder));
    } else if (!task.status()) {
        m_dialogs.critical(m_window, tr("Archive not exported"),
            task.status().error() + QLatin1Char('\n')
                + tr("Nothing was written to %1.").arg(folder));
    } else {
        m_dialogs.information(m_window, tr("Export archive"),
            tr("%n meeting(s) exported to %1.", nullptr, task.meetingCount()).arg(folder));
    }
}

void DocumentActions::editSettings()
{
    if (DocumentSettingsDialog::edit(m_dialogs, m_sessions.database(), m_window))
        m_window->statusBar()->showMessage(
            tr("Settings saved. They apply to everything printed and exported from now on."),
            statusMessageMs);
}

} // namespace minutebook
