#include "MinutesDocument.h"

#include "AmendmentTarget.h"
#include "DateText.h"
#include "MeetingFingerprint.h"
#include "MinutesFormats.h"
#include "MinutesWriter.h"
#include "Numbering.h"

#include <QTextDocument>

namespace minutebook {

namespace {
QString joined(const QStringList &names)
{
    return names.join(QStringLiteral(", "));
}

// "3. Budget" for main items, "6.2 Budget" below them, as the organisation numbers them.
QString numbered(const QString &number, int depth, const QString &title)
{
    return (depth == 0 ? number + QStringLiteral(". ") : number + QLatin1Char(' ')) + title;
}

QString headingText(const AgendaItem &item, const QString &number, int depth)
{
    QString text = numbered(number, depth, item.title);
    if (!item.responsible.isEmpty())
        text += QStringLiteral(" (") + item.responsible + QLatin1Char(')');
    return text;
}

// The logo's height on the page: about 13 mm, the size of a letterhead's.
constexpr qreal logoHeight = 48;
} // namespace

MinutesDocument::MinutesDocument(const QLocale &locale, DocumentOptions options)
    : m_locale(locale)
    , m_options(std::move(options))
{ }

std::unique_ptr<QTextDocument> MinutesDocument::create(const Meeting &meeting) const
{
    auto document = std::make_unique<QTextDocument>();
    build(meeting, *document);
    return document;
}

void MinutesDocument::build(const Meeting &meeting, QTextDocument &document) const
{
    document.clear();
    document.setMetaInformation(QTextDocument::DocumentTitle,
        tr("%1 %2 – minutes").arg(meeting.body.shortName, meeting.date.toString(Qt::ISODate)));
    MinutesWriter out(document);
    writeHeader(out, meeting);
    writeAttendance(out, meeting);
    writeDecisionSummary(out, meeting);
    out.paragraph(tr("INFORMATION"), MinutesFormats::heading(2, 18), MinutesFormats::section());
    forEachItem(meeting.items, [&](const AgendaItem &item, const QString &number, int depth) {
        writeItem(out, meeting, item, number, depth);
    });
    writeFooter(out, meeting);
}

void MinutesDocument::appendFooterText(QTextDocument &document) const
{
    if (m_options.footerText.isEmpty())
        return;
    MinutesWriter out(document, MinutesWriter::Append);
    out.paragraph(m_options.footerText, MinutesFormats::paragraph(24), MinutesFormats::muted());
}

void MinutesDocument::writeHeader(MinutesWriter &out, const Meeting &meeting) const
{
    if (!m_options.logo.isNull())
        out.image(m_options.logo, logoHeight, MinutesFormats::paragraph());
    // The organisation from the settings first ("Nacka kommun"), then the body's own when it
    // names another one ("Skol- och fritidsförvaltningen").
    QStringList organisations;
    if (!m_options.organisation.isEmpty())
        organisations.append(m_options.organisation);
    if (!meeting.body.organisation.isEmpty() && meeting.body.organisation != m_options.organisation)
        organisations.append(meeting.body.organisation);
    for (const QString &organisation : organisations)
        out.paragraph(organisation, MinutesFormats::paragraph(), MinutesFormats::muted());
    const QString title = meeting.title.isEmpty() ? tr("Minutes") : meeting.title;
    out.paragraph(title, MinutesFormats::heading(1, 4), MinutesFormats::title());
    QString body = meeting.body.name;
    if (!meeting.body.shortName.isEmpty() && meeting.body.shortName != meeting.body.name)
        body += QStringLiteral(" (") + meeting.body.shortName + QLatin1Char(')');
    out.paragraph(body, MinutesFormats::paragraph(), MinutesFormats::subtitle());
    if (meeting.date.isValid())
        out.paragraph(DateText::meetingTime(meeting.date, meeting.start, meeting.end, m_locale),
            MinutesFormats::paragraph(4), MinutesFormats::text());
    if (!meeting.place.isEmpty())
        out.labelled(tr("Place:"), meeting.place);
    if (meeting.status == MeetingStatus::Draft)
        out.paragraph(tr("Draft – not yet approved"), MinutesFormats::paragraph(4),
            MinutesFormats::emphasis());
}

void MinutesDocument::writeAttendance(MinutesWriter &out, const Meeting &meeting) const
{
    // Groups in the order of the roster, as the minutes list them ("Deltagare LG: …").
    QStringList groups;
    QVector<QStringList> present;
    QStringList guests;
    QStringList absent;
    for (const Attendance &a : meeting.attendees) {
        if (a.status == AttendanceStatus::Absent) {
            absent.append(a.person.name);
        } else if (a.status == AttendanceStatus::Guest) {
            guests.append(a.note.isEmpty()
                    ? a.person.name
                    : a.person.name + QStringLiteral(" (") + a.note + QLatin1Char(')'));
        } else {
            qsizetype group = groups.indexOf(a.groupLabel);
            if (group < 0) {
                groups.append(a.groupLabel);
                present.append(QStringList());
                group = groups.size() - 1;
            }
            present[group].append(a.person.name);
        }
    }
    const QTextBlockFormat first = MinutesFormats::paragraph(14);
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const QString label = groups.at(g).isEmpty() ? tr("Participants:")
                                                     : tr("Participants %1:").arg(groups.at(g));
        out.labelled(label, joined(present.at(g)), g == 0 ? first : MinutesFormats::paragraph(4));
    }
    if (!guests.isEmpty())
        out.labelled(tr("Guests:"), joined(guests), MinutesFormats::paragraph(4));
    out.labelled(tr("Absent:"), absent.isEmpty() ? QStringLiteral("–") : joined(absent),
        MinutesFormats::paragraph(4));
    if (!meeting.notes.trimmed().isEmpty())
        out.paragraph(
            meeting.notes.trimmed(), MinutesFormats::paragraph(10), MinutesFormats::text());
}

void MinutesDocument::writeDecisionSummary(MinutesWriter &out, const Meeting &meeting) const
{
    out.paragraph(tr("DECISIONS"), MinutesFormats::heading(2, 18), MinutesFormats::section());
    bool any = false;
    forEachItem(meeting.items, [&](const AgendaItem &item, const QString &number, int depth) {
        if (item.decisions.isEmpty())
            return;
        any = true;
        out.paragraph(numbered(number, depth, item.title), MinutesFormats::paragraph(6),
            MinutesFormats::strong());
        for (const Decision &decision : item.decisions)
            out.labelled(tr("Decision:"), decision.text);
    });
    if (!any)
        out.paragraph(tr("No decisions"), MinutesFormats::paragraph(), MinutesFormats::text());
}

void MinutesDocument::writeItem(MinutesWriter &out, const Meeting &meeting, const AgendaItem &item,
    const QString &number, int depth) const
{
    out.paragraph(headingText(item, number, depth),
        MinutesFormats::heading(depth == 0 ? 3 : 4, depth == 0 ? 16 : 10),
        MinutesFormats::itemHeading(depth));
    if (!item.presenter.isEmpty())
        out.labelled(tr("Presenter:"), item.presenter);
    if (!item.body.trimmed().isEmpty())
        out.markdown(item.body);
    writeDecisions(out, meeting, item, number);
    writeActions(out, item);
    if (item.deferredTo.isValid())
        out.paragraph(tr("The item is moved to the meeting on %1.")
                          .arg(DateText::dateWithoutWeekday(item.deferredTo, m_locale)),
            MinutesFormats::paragraph(4), MinutesFormats::emphasis());
}

void MinutesDocument::writeDecisions(
    MinutesWriter &out, const Meeting &meeting, const AgendaItem &item, const QString &number) const
{
    const int count = int(item.decisions.size());
    if (count == 0)
        return;
    out.beginFrame(MinutesFormats::decisionFrame());
    for (int d = 0; d < count; ++d) {
        const QString reference
            = decisionReference(meeting.body.shortName, meeting.date, number, d, count);
        out.block(MinutesFormats::paragraph(d == 0 ? 0 : 4), MinutesFormats::text());
        out.text(tr("Decision:") + QLatin1Char(' '), MinutesFormats::strong());
        out.text(item.decisions.at(d).text, MinutesFormats::text());
        // The citation is one unit: "LG 2024-02-06 §3" never breaks across lines.
        out.text(QStringLiteral("  ") + QString(reference).replace(QLatin1Char(' '), QChar(0x00A0)),
            MinutesFormats::muted());
    }
    out.endFrame();
}

void MinutesDocument::writeActions(MinutesWriter &out, const AgendaItem &item) const
{
    for (const ActionItem &action : item.actions) {
        out.labelled(tr("Assignment:"), action.text, MinutesFormats::paragraph(6));
        QStringList details;
        if (!action.assignee.isEmpty())
            details.append(tr("Responsible: %1").arg(action.assignee));
        if (action.due.isValid())
            details.append(tr("Due: %1").arg(DateText::dateWithoutWeekday(action.due, m_locale)));
        details.append(
            action.status == ActionStatus::Done ? tr("Status: done") : tr("Status: open"));
        out.paragraph(details.join(QStringLiteral(" · ")), MinutesFormats::paragraph(),
            MinutesFormats::muted());
    }
}

void MinutesDocument::writeFooter(MinutesWriter &out, const Meeting &meeting) const
{
    if (!meeting.minuteTaker.isEmpty())
        out.labelled(tr("Minutes taken by:"), meeting.minuteTaker, MinutesFormats::paragraph(24));
    writeAmendments(out, meeting);
    writeApproval(out, meeting);
}

void MinutesDocument::writeAmendments(MinutesWriter &out, const Meeting &meeting) const
{
    if (meeting.status != MeetingStatus::Approved || meeting.amendments.isEmpty())
        return;
    out.paragraph(tr("CORRECTIONS"), MinutesFormats::heading(2, 18), MinutesFormats::section());
    for (const Amendment &a : meeting.amendments) {
        const std::optional<AmendmentTarget> target = AmendmentTarget::fromKey(a.target);
        const QString what = target ? target->describe(meeting) : a.target;
        out.block(MinutesFormats::paragraph(6), MinutesFormats::text());
        out.text(DateText::dateWithoutWeekday(a.recordedAt.toLocalTime().date(), m_locale)
                + QStringLiteral(" – ") + what + QStringLiteral(": "),
            MinutesFormats::strong());
        out.text(tr("“%1” → “%2”").arg(a.oldText.simplified(), a.newText.simplified()),
            MinutesFormats::text());
        out.paragraph(tr("Corrected by %1. Reason: %2").arg(a.by, a.reason),
            MinutesFormats::paragraph(2), MinutesFormats::muted());
    }
}

void MinutesDocument::writeApproval(MinutesWriter &out, const Meeting &meeting) const
{
    if (meeting.status != MeetingStatus::Approved)
        return;
    const Approval &approval = meeting.approval;
    if (!approval.isRecorded()) {
        out.paragraph(tr("Approved (not approved in the program)"), MinutesFormats::paragraph(12),
            MinutesFormats::muted());
        return;
    }
    const QString by = m_locale.createSeparatedList(approval.by);
    out.paragraph(tr("Approved %1 by %2 · fingerprint %3")
                      .arg(DateText::dateWithoutWeekday(approval.date, m_locale), by,
                          MeetingFingerprint::grouped(approval.fingerprint)),
        MinutesFormats::paragraph(12), MinutesFormats::muted());
}

} // namespace minutebook
