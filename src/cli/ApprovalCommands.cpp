// The approval commands of minutebook-cli: approve, reopen, verify (docs/cli.md).

#include "Approvals.h"
#include "Cli.h"
#include "MeetingFingerprint.h"
#include "MeetingRepository.h"
#include "MeetingRules.h"
#include "PdfApprovalXmp.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace minutebook {

namespace {
QString stateName(Verification::State state)
{
    switch (state) {
    case Verification::State::Draft:
        return QStringLiteral("draft");
    case Verification::State::NotRecorded:
        return QStringLiteral("not-recorded");
    case Verification::State::Matches:
        return QStringLiteral("matches");
    case Verification::State::Differs:
        return QStringLiteral("differs");
    case Verification::State::UnknownVersion:
        return QStringLiteral("unknown-version");
    }
    return {};
}
} // namespace

bool Cli::parseMeetingId(const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    if (ok && *id > 0)
        return true;
    fail(tr("“%1” is not a meeting id: ids are whole numbers such as 42 (see “list”).").arg(text),
        Usage);
    return false;
}

int Cli::approve(const QCommandLineParser &parser)
{
    qint64 id = 0;
    if (!parseMeetingId(parser.positionalArguments().at(0), &id))
        return Usage;
    if (!parser.isSet(QStringLiteral("by")))
        return fail(tr("Say who approved the minutes: --by NAME or --by \"NAME,NAME\"."), Usage);
    ApprovalRequest request;
    request.by = parser.value(QStringLiteral("by")).split(QLatin1Char(','));
    if (!parseDate(parser, QStringLiteral("date"), &request.date))
        return Usage;
    auto meeting = MeetingRepository(*m_database).load(id);
    if (!meeting)
        return fail(meeting.error());
    Approvals approvals(*m_database);
    approvals.setDocumentRenderer(documentRenderer(parser));
    auto approved = approvals.approve(id, request);
    if (!approved)
        return fail(approved.error());
    for (const QString &warning : MeetingRules::approvalWarnings(meeting.value()))
        m_err << tr("Note: %1").arg(warning) << QLatin1Char('\n');
    m_out << tr("Meeting %1 approved %2 by %3.")
                 .arg(QString::number(id), approved->date.toString(Qt::ISODate),
                     approved->by.join(QStringLiteral(", ")))
          << QLatin1Char('\n')
          << tr("Fingerprint (SHA-256, version %1): %2")
                 .arg(QString::number(approved->fingerprintVersion), approved->fingerprint)
          << QLatin1Char('\n');
    return Success;
}

int Cli::reopen(const QCommandLineParser &parser)
{
    qint64 id = 0;
    if (!parseMeetingId(parser.positionalArguments().at(0), &id))
        return Usage;
    const QString reason = parser.value(QStringLiteral("reason")).trimmed();
    if (reason.isEmpty())
        return fail(tr("Say why the minutes are reopened: --reason TEXT."), Usage);
    const QString by = parser.isSet(QStringLiteral("by")) ? parser.value(QStringLiteral("by"))
                                                          : Approvals::loginName();
    if (Status s = Approvals(*m_database).reopen(id, by, reason); !s)
        return fail(s.error());
    m_out << tr("Meeting %1 is a draft again; the earlier approval is kept in its log.").arg(id)
          << QLatin1Char('\n');
    return Success;
}

int Cli::verify(const QCommandLineParser &parser)
{
    const QString argument = parser.positionalArguments().at(0);
    bool number = false;
    (void)argument.toLongLong(&number);
    if (!number && QFileInfo(argument).isFile())
        return verifyFile(argument);
    qint64 id = 0;
    if (!parseMeetingId(argument, &id))
        return Usage;
    const auto meeting = MeetingRepository(*m_database).load(id);
    if (!meeting)
        return fail(meeting.error());
    const auto verified = Approvals(*m_database).verify(id);
    if (!verified)
        return fail(verified.error());
    const Verification &v = verified.value();
    const Meeting &m = meeting.value();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o {
            {QStringLiteral("meetingId"), id}, {QStringLiteral("state"), stateName(v.state)}};
        if (v.approval.isRecorded()) {
            o.insert(QStringLiteral("approvedBy"), QJsonArray::fromStringList(v.approval.by));
            o.insert(QStringLiteral("approvedOn"), v.approval.date.toString(Qt::ISODate));
            o.insert(QStringLiteral("fingerprint"), v.approval.fingerprint);
            o.insert(QStringLiteral("fingerprintVersion"), v.approval.fingerprintVersion);
        }
        if (!v.fingerprint.isEmpty())
            o.insert(QStringLiteral("currentFingerprint"), v.fingerprint);
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return v.state == Verification::State::Matches ? Success : Failure;
    }
    m_out << tr("Meeting %1: %2 %3")
                 .arg(QString::number(id), m.body.shortName, m.date.toString(Qt::ISODate))
          << QLatin1Char('\n');
    switch (v.state) {
    case Verification::State::Draft:
        m_out << tr("Not approved: a draft has no approved record to check.") << QLatin1Char('\n');
        return Failure;
    case Verification::State::NotRecorded:
        m_out << tr("Approved before approvals were recorded in the program: there is no "
                    "fingerprint to check. Record the approval with “approve %1 --by NAME”.")
                     .arg(id)
              << QLatin1Char('\n');
        return Failure;
    case Verification::State::UnknownVersion:
        m_out << tr("The fingerprint is of version %1, which this program does not know.")
                     .arg(v.approval.fingerprintVersion)
              << QLatin1Char('\n');
        return Failure;
    case Verification::State::Matches:
    case Verification::State::Differs:
        break;
    }
    m_out << tr("Approved %1 by %2.")
                 .arg(v.approval.date.toString(Qt::ISODate),
                     v.approval.by.join(QStringLiteral(", ")))
          << QLatin1Char('\n') << tr("Fingerprint at approval: %1").arg(v.approval.fingerprint)
          << QLatin1Char('\n');
    if (v.state == Verification::State::Matches) {
        m_out << tr("The archive matches the approved minutes.") << QLatin1Char('\n');
        return Success;
    }
    m_out << tr("Fingerprint now:         %1").arg(v.fingerprint) << QLatin1Char('\n')
          << tr("The archive does NOT match: the minutes were changed after approval.")
          << QLatin1Char('\n');
    return Failure;
}

int Cli::verifyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const std::optional<PdfApproval> pdf = PdfApprovalXmp::read(file.readAll());
    if (!pdf)
        return fail(tr("%1 carries no approval: it is not approved minutes exported by Minutebook.")
                        .arg(path));
    m_out << tr("%1: the minutes of %2 %3 (meeting %4), approved %5 by %6 (approval %7).")
                 .arg(QFileInfo(path).fileName(), pdf->body, pdf->meetingDate.toString(Qt::ISODate),
                     QString::number(pdf->meetingId), pdf->approvedOn.toString(Qt::ISODate),
                     pdf->approvedBy.join(QStringLiteral(", ")),
                     QString::number(pdf->approvalVersion))
          << QLatin1Char('\n') << tr("Fingerprint in the document: %1").arg(pdf->fingerprint)
          << QLatin1Char('\n');
    const auto meeting = MeetingRepository(*m_database).load(pdf->meetingId);
    if (!meeting || meeting->body.shortName != pdf->body || meeting->date != pdf->meetingDate) {
        m_out << tr("This archive does not hold that meeting.") << QLatin1Char('\n');
        return Failure;
    }
    Approvals approvals(*m_database);
    const auto history = approvals.history(pdf->meetingId);
    if (!history)
        return fail(history.error());
    const auto recorded = std::find_if(history->cbegin(), history->cend(),
        [&](const Approval &a) { return a.version == pdf->approvalVersion; });
    if (recorded == history->cend() || recorded->fingerprint != pdf->fingerprint) {
        m_out << tr("The archive recorded another fingerprint for this approval: the document "
                    "was not made from these approved minutes.")
              << QLatin1Char('\n');
        return Failure;
    }
    const auto verified = approvals.verify(pdf->meetingId);
    if (!verified)
        return fail(verified.error());
    if (verified->state == Verification::State::Differs) {
        m_out << tr("The archive does NOT match: the minutes were changed after approval.")
              << QLatin1Char('\n');
        return Failure;
    }
    if (verified->state != Verification::State::Matches) {
        m_out << tr("The minutes in the archive are no longer approved (reopened).")
              << QLatin1Char('\n');
        return Failure;
    }
    if (verified->approval.version != pdf->approvalVersion) {
        m_out << tr("The minutes were corrected after this document was made; the archive holds "
                    "approval %1.")
                     .arg(verified->approval.version)
              << QLatin1Char('\n');
        return Failure;
    }
    m_out << tr("The document is the approved minutes, and the archive still matches them.")
          << QLatin1Char('\n');
    return Success;
}

} // namespace minutebook
