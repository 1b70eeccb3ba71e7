#pragma once

// Domain types for one meeting of a body, as the group's minutes contain it: header, attendance,
// a tree of agenda items with decisions, assignments and deferrals. Plain values, no storage.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QVector>

namespace minutebook {

enum class AttendanceStatus { Present, Absent, Guest };
enum class MeetingStatus { Draft, Approved };
enum class ActionStatus { Open, Done };

QString toString(AttendanceStatus status);
QString toString(MeetingStatus status);
QString toString(ActionStatus status);
[[nodiscard]] bool fromString(const QString &text, AttendanceStatus &out);
[[nodiscard]] bool fromString(const QString &text, MeetingStatus &out);
[[nodiscard]] bool fromString(const QString &text, ActionStatus &out);

/// A group that meets, e.g. "Ledningsgrupp HSS" with short name "LG".
struct Body
{
    qint64 id = 0;
    QString name;
    QString shortName;
    QString organisation;
};

/// Somebody who attends, presents or is assigned work.
struct Person
{
    qint64 id = 0;
    QString name;
    QString initials;
    QString title;
    QString email; ///< optional; where the approved minutes are sent

    /// Whether `address` looks like an e-mail address (name@domain.tld, no spaces); the empty
    /// text is "no address" and also accepted.
    static bool isEmailAddress(const QString &address);
};

/// A member of a body's roster and the sub-group label they sit in ("LG", "Styrgruppen").
struct RosterEntry
{
    Person person;
    QString groupLabel;
};

struct Attendance
{
    Person person;
    QString groupLabel;
    AttendanceStatus status = AttendanceStatus::Present;
    QString note; ///< for guests: what they presented
};

struct Decision
{
    qint64 id = 0;
    int number = 0; ///< stable within the meeting, never reused
    QString text;
};

/// An assignment ("X får i uppdrag att …").
struct ActionItem
{
    qint64 id = 0;
    QString text;
    QString assignee;
    QDate due;
    ActionStatus status = ActionStatus::Open;
    /// When the status was last set (marked done, or open again); invalid when never.
    QDate statusDate = {};
    qint64 originActionId = 0; ///< the assignment this one carries forward, 0 if new
    qint64 originMeetingId = 0; ///< meeting of originActionId (read-only, derived on load)
};

struct AgendaItem
{
    qint64 id = 0;
    QString title;
    QString presenter; ///< "Föredragande"
    QString responsible; ///< initials, e.g. "MBH"
    QString body; ///< Markdown
    QDate deferredTo; ///< set when the item is sent on to a later meeting
    qint64 deferredFromItemId = 0;
    QVector<Decision> decisions;
    QVector<ActionItem> actions;
    QVector<AgendaItem> children;
};

/// The approval ("justering") recorded in the program: who approved the minutes, on what day,
/// and the fingerprint of what they approved (MeetingFingerprint). `version` counts the
/// approvals of the meeting: 1 at the first, one more after each correction or re-approval.
/// An approved meeting without one was approved before the program recorded approvals.
struct Approval
{
    int version = 0; ///< 0: none recorded
    QStringList by; ///< the approvers ("justerare"), one or two
    QDate date;
    QString fingerprint; ///< SHA-256, lower-case hex
    int fingerprintVersion = 0;

    bool isRecorded() const { return version > 0; }
};

/// A correction of approved minutes ("rättelse"): what was changed, from what to what, by whom,
/// when and why. The minutes stay approved; the correction made approval `approvalVersion`.
struct Amendment
{
    qint64 id = 0;
    int approvalVersion = 0;
    QDateTime recordedAt; ///< UTC
    QString by;
    QString reason;
    QString target; ///< which field of which record (AmendmentTarget's key)
    QString oldText;
    QString newText;
};

struct Meeting
{
    qint64 id = 0;
    Body body;
    QString title;
    QDate date;
    QTime start;
    QTime end;
    QString place;
    QString minuteTaker;
    MeetingStatus status = MeetingStatus::Draft;
    QString notes;
    /// The meeting this one was prepared from ("new meeting from previous"); 0 when none.
    qint64 preparedFromId = 0;
    /// The current approval while the meeting is approved (storage reads it with the meeting).
    Approval approval;
    /// The corrections made after approval, oldest first.
    QVector<Amendment> amendments;
    QVector<Attendance> attendees;
    QVector<AgendaItem> items;
};

/// One row of a meeting list: enough to show and sort without loading the whole meeting.
struct MeetingSummary
{
    qint64 id = 0;
    qint64 bodyId = 0;
    QString bodyName;
    QString bodyShortName;
    QString title;
    QDate date;
    QTime start;
    QTime end;
    QString place;
    MeetingStatus status = MeetingStatus::Draft;
};

} // namespace minutebook
