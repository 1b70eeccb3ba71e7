#pragma once

// What carries one meeting of a body into the next: deferring an item to a later date (the
// meeting of that date is created as a draft when there is none) and "new meeting from
// previous" (same roster, place and time, standard opening and closing items, the open
// assignments under a follow-up item, and every item deferred to that date).

#include "Database.h"
#include "Meeting.h"
#include "Result.h"

#include <QCoreApplication>

namespace minutebook {

/// What deferItem did, so that it can be undone exactly.
struct Deferral
{
    qint64 itemId = 0;
    QDate previousDate; ///< the item's deferredTo before
    QDate date;
    qint64 meetingId = 0; ///< the meeting of `date`
    qint64 copyId = 0; ///< the item in that meeting
    bool createdMeeting = false;
};

class FollowUp
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::FollowUp)

public:
    explicit FollowUp(const Database &database);

    /// Marks the item deferred to `date` and puts a copy (title, presenter, responsible) at
    /// the end of the body's meeting on that date, creating that meeting as a draft if needed.
    Result<Deferral> deferItem(qint64 itemId, const QDate &date);
    /// Takes the copy (and a meeting created for it, while still empty) away again.
    Status undoDeferral(const Deferral &deferral);

    /// The next meeting of the body after `previousMeetingId`, on `date`; returns its id. When
    /// the body already has a draft on that date (made by a deferral), that one is completed;
    /// one that was already prepared from a previous meeting is refused. The new meeting
    /// records what it was prepared from (Meeting::preparedFromId).
    Result<qint64> createFromPrevious(qint64 previousMeetingId, const QDate &date);
    /// A date for the next meeting: the previous one plus the interval between the body's last
    /// two meetings (one week when that is unknown or over two months).
    Result<QDate> proposedDate(qint64 previousMeetingId) const;

    /// Titles of the standard items, in the current language.
    static QStringList openingTitles();
    static QStringList closingTitles();
    static QString followUpTitle();

private:
    struct Header
    {
        qint64 bodyId = 0;
        QString title, place, minuteTaker;
        QDate date;
        QTime start, end;
        qint64 preparedFromId = 0;
    };
    Result<Header> header(qint64 meetingId) const;
    /// The body's draft on `date` (created from `like` when none); fails on an approved one.
    Result<qint64> meetingOn(const Header &like, const QDate &date, bool *created);
    /// Opening items, the open assignments, the items deferred to `date`, closing items.
    Status addStandardItems(qint64 meetingId, const Header &previous, const QDate &date);
    Result<AgendaItem> openAssignments(qint64 bodyId, qint64 meetingId, const QDate &date) const;
    Result<QVector<AgendaItem>> deferredItems(
        qint64 bodyId, qint64 meetingId, const QDate &date) const;
    Status placeItems(qint64 meetingId, const QVector<AgendaItem> &before,
        QVector<AgendaItem> &after, qint64 followUpId);

    const Database &m_database;
};

} // namespace minutebook
