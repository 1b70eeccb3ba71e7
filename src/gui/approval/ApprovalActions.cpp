#include "ApprovalActions.h"

#include "ApproveDialog.h"
#include "ArchiveExporter.h"
#include "ArchiveSettings.h"
#include "CorrectionDialog.h"
#include "Dialogs.h"
#include "DocumentSettings.h"
#include "MeetingRepository.h"
#include "MeetingSession.h"
#include "MeetingSessions.h"
#include "MinutesExporter.h"
#include "MinutesMail.h"
#include "PersonRepository.h"
#include "ReopenDialog.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>

namespace minutebook {

namespace {
const char sendFolderKey[] = "approval/sendFolder";
} // namespace

ApprovalActions::ApprovalActions(
    QWidget *window, MeetingSessions &sessions, Dialogs &dialogs, QMenu *menu)
    : QObject(window)
    , m_window(window)
    , m_sessions(sessions)
    , m_dialogs(dialogs)
{
    m_approve = new QAction(tr("&Approve minutes…"), this);
    m_approve->setObjectName(QStringLiteral("approveMinutes"));
    m_approve->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    connect(m_approve, &QAction::triggered, this, &ApprovalActions::approve);
    m_reopen = new QAction(tr("&Reopen…"), this);
    m_reopen->setObjectName(QStringLiteral("reopenMinutes"));
    connect(m_reopen, &QAction::triggered, this, &ApprovalActions::reopen);
    m_correct = new QAction(tr("&Correction…"), this);
    m_correct->setObjectName(QStringLiteral("correctMinutes"));
    connect(m_correct, &QAction::triggered, this, &ApprovalActions::correct);
    m_send = new QAction(tr("&Send to attendees…"), this);
    m_send->setObjectName(QStringLiteral("sendMinutes"));
    connect(m_send, &QAction::triggered, this, &ApprovalActions::send);
    menu->addAction(m_approve);
    menu->addAction(m_correct);
    menu->addAction(m_send);
    menu->addSeparator();
    menu->addAction(m_reopen);
    connect(&m_sessions, &MeetingSessions::meetingChanged, this, [this](qint64 id) {
        if (id == m_meetingId)
            updateActions();
    });
    updateActions();
}

void ApprovalActions::setCurrentMeeting(qint64 meetingId)
{
    m_meetingId = meetingId;
    updateActions();
}

void ApprovalActions::updateActions()
{
    MeetingSession *session = m_meetingId ? m_sessions.find(m_meetingId) : nullptr;
    const Meeting *m = session ? &session->header() : nullptr;
    const bool approved = m && m->status == MeetingStatus::Approved;
    m_approve->setEnabled(m && (!approved || !m->approval.isRecorded()));
    m_approve->setText(approved ? tr("Record the &approval…") : tr("&Approve minutes…"));
    m_reopen->setEnabled(approved);
    m_correct->setEnabled(approved && m->approval.isRecorded());
    m_send->setEnabled(approved);
}

Result<Meeting> ApprovalActions::currentMeeting()
{
    if (m_meetingId == 0)
        return Result<Meeting>::failure(tr("No meeting is shown."));
    // What was typed a moment ago is saved before the minutes are frozen or sent.
    if (Status s = m_sessions.flushAll(); !s)
        return s;
    // The dialogs need the attendees and the items, which a session's header leaves out.
    return MeetingRepository(m_sessions.database()).load(m_meetingId);
}

void ApprovalActions::approve()
{
    const Result<Meeting> meeting = currentMeeting();
    if (!meeting) {
        m_dialogs.warning(m_window, tr("Minutes not approved"), meeting.error());
        return;
    }
    ApproveDialog dialog(meeting.value(), QLocale(), m_window);
    while (dialog.exec() == QDialog::Accepted) {
        const Result<Approval> approved = approveWith(dialog.request());
        if (approved)
            return;
        m_dialogs.warning(&dialog, tr("Minutes not approved"), approved.error());
    }
}

Result<Approval> ApprovalActions::approveWith(const ApprovalRequest &request)
{
    if (m_meetingId == 0)
        return Result<Approval>::failure(tr("No meeting is shown."));
    if (Status s = m_sessions.flushAll(); !s)
        return s;
    const Result<Approval> approved = approvals().approve(m_meetingId, request);
    if (approved)
        changed();
    return approved;
}

Approvals ApprovalActions::approvals() const
{
    Approvals out(m_sessions.database());
    // The archival copy is rendered with the organisation's settings as they are now, and
    // in the archive's document language.
    const Result<QLocale> locale = ArchiveSettings(m_sessions.database()).documentLocale();
    out.setDocumentRenderer([locale](const Meeting &meeting) -> Result<QByteArray> {
        if (!locale)
            return locale.status();
        const Result<DocumentOptions> options = DocumentSettings::load(QSettings()).options();
        if (!options)
            return options.status();
        return MinutesExporter(MinutesExporter::Format::Pdf, locale.value(), options.value())
            .pdf(meeting);
    });
    return out;
}

void ApprovalActions::correct()
{
    const Result<Meeting> meeting = currentMeeting();
    if (!meeting) {
        m_dialogs.warning(m_window, tr("Not corrected"), meeting.error());
        return;
    }
    CorrectionDialog dialog(meeting.value(), Approvals::loginName(), m_window);
    while (dialog.exec() == QDialog::Accepted) {
        const Result<Approval> corrected = correctWith(dialog.request());
        if (corrected)
            return;
        m_dialogs.warning(&dialog, tr("Not corrected"), corrected.error());
    }
}

Result<Approval> ApprovalActions::correctWith(const CorrectionRequest &request)
{
    if (m_meetingId == 0)
        return Result<Approval>::failure(tr("No meeting is shown."));
    const Result<Approval> corrected = approvals().correct(m_meetingId, request);
    if (corrected)
        changed();
    return corrected;
}

void ApprovalActions::send()
{
    const Result<Meeting> meeting = currentMeeting();
    if (!meeting) {
        m_dialogs.warning(m_window, tr("Not sent"), meeting.error());
        return;
    }
    QSettings settings;
    const QString folder
        = settings
              .value(QLatin1String(sendFolderKey),
                  QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    SendDialog dialog(meeting.value(), folder, m_dialogs, m_window);
    while (dialog.exec() == QDialog::Accepted) {
        bool opened = false;
        const Result<QString> saved = sendWith(dialog.request(), &opened);
        if (!saved) {
            m_dialogs.warning(&dialog, tr("Not sent"), saved.error());
            continue;
        }
        settings.setValue(QLatin1String(sendFolderKey), dialog.request().folder);
        const QString where = QDir::toNativeSeparators(saved.value());
        m_dialogs.information(m_window, tr("Minutes sent"),
            opened ? tr("Your e-mail program opens with the message. The minutes are saved in %1; "
                        "if the message has no attachment, attach that file.")
                         .arg(where)
                   : tr("The e-mail program could not be opened (xdg-email, from the package "
                        "xdg-utils, was not found). The minutes are saved in %1.")
                         .arg(where));
        return;
    }
}

Result<QString> ApprovalActions::sendWith(const SendRequest &request, bool *mailOpened)
{
    if (mailOpened)
        *mailOpened = false;
    if (m_meetingId == 0)
        return Result<QString>::failure(tr("No meeting is shown."));
    const Database &db = m_sessions.database();
    if (Status s = PersonRepository(db).setEmails(request.addresses); !s)
        return s;
    auto meeting = MeetingRepository(db).load(m_meetingId);
    if (!meeting)
        return meeting.status();
    if (meeting->status != MeetingStatus::Approved)
        return Result<QString>::failure(tr("Only approved minutes are sent."));
    if (MinutesMail::recipients(meeting.value()).isEmpty())
        return Result<QString>::failure(tr("Nobody on the attendance list has an e-mail address."));
    if (!QDir().mkpath(request.folder))
        return Result<QString>::failure(tr("The folder %1 cannot be made.").arg(request.folder));
    // The archival copy as it was approved; rendered now only for minutes approved before the
    // program kept one.
    const Result<QByteArray> stored = Approvals(db).storedDocument(m_meetingId);
    if (!stored)
        return stored.status();
    const Result<DocumentOptions> options = DocumentSettings::load(QSettings()).options();
    if (!options)
        return options.status();
    const Result<QLocale> locale = ArchiveSettings(db).documentLocale();
    if (!locale)
        return locale.status();
    MinutesExporter exporter(MinutesExporter::Format::Pdf, locale.value(), options.value());
    exporter.setStoredPdf(stored.value());
    const QString path = QDir(request.folder).filePath(ArchiveExporter::fileName(meeting.value()));
    if (!exporter.writeFile(meeting.value(), path))
        return Result<QString>::failure(exporter.errorString());
    const QString program = QStandardPaths::findExecutable(QStringLiteral("xdg-email"));
    const bool opened = !program.isEmpty()
        && QProcess::startDetached(program,
            MinutesMail::xdgEmailArguments(meeting.value(), QFileInfo(path).absoluteFilePath()));
    if (mailOpened)
        *mailOpened = opened;
    m_sessions.meetingsChangedElsewhere({m_meetingId}); // the addresses are the session's too
    return path;
}

void ApprovalActions::reopen()
{
    const Result<Meeting> meeting = currentMeeting();
    if (!meeting) {
        m_dialogs.warning(m_window, tr("Minutes not reopened"), meeting.error());
        return;
    }
    ReopenDialog dialog(meeting.value(), Approvals::loginName(), m_window);
    while (dialog.exec() == QDialog::Accepted) {
        const Status reopened = reopenWith(dialog.reopenedBy(), dialog.reason());
        if (reopened)
            return;
        m_dialogs.warning(&dialog, tr("Minutes not reopened"), reopened.error());
    }
}

Status ApprovalActions::reopenWith(const QString &actor, const QString &reason)
{
    if (m_meetingId == 0)
        return Status::failure(tr("No meeting is shown."));
    const Status reopened = Approvals(m_sessions.database()).reopen(m_meetingId, actor, reason);
    if (reopened)
        changed();
    return reopened;
}

void ApprovalActions::changed()
{
    // Approval and reopening are boundaries: the edits before them are not undone across them.
    if (MeetingSession *session = m_sessions.find(m_meetingId))
        session->undoStack()->clear();
    m_sessions.meetingsChangedElsewhere({m_meetingId});
    updateActions();
    emit statusChanged(m_meetingId);
}

} // namespace minutebook
