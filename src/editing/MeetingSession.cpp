#include "MeetingSession.h"

#include "AddGuestCommand.h"
#include "AddItemCommand.h"
#include "AddRosterMemberCommand.h"
#include "AgendaModel.h"
#include "AttendanceModel.h"
#include "BodyRepository.h"
#include "DeferItemCommand.h"
#include "IndentItemCommand.h"
#include "MoveItemCommand.h"
#include "Numbering.h"
#include "PersonRepository.h"
#include "RecordCommands.h"
#include "RemoveItemCommand.h"
#include "SetActionStatusCommand.h"
#include "SetAttendanceCommand.h"
#include "SetHeaderFieldCommand.h"
#include "SetItemFieldCommand.h"

#include <QSignalBlocker>
#include <QUndoStack>

#include <optional>

namespace minutebook {

MeetingSession::MeetingSession(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_meetings(database)
    , m_agendaEdits(database)
    , m_attendanceEdits(database)
    , m_recordEdits(database)
    , m_followUp(database)
    , m_agenda(new AgendaModel(this))
    , m_attendance(new AttendanceModel(this))
    , m_stack(new QUndoStack(this))
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(autosaveDelay);
    connect(&m_autosave, &QTimer::timeout, this, [this] {
        if (Status s = flush(); !s)
            report(s.error());
    });
    connect(
        m_attendance, &AttendanceModel::toggleRequested, this, &MeetingSession::toggleAttendance);
    connect(m_agenda, &AgendaModel::moveRequested, this, &MeetingSession::moveItem);
}

MeetingSession::~MeetingSession()
{
    // Nothing typed is lost when the window closes. No signals: the widgets that listen are
    // being destroyed around us; a failure here has nobody left to tell.
    const QSignalBlocker quiet(this);
    if (Status s = flush(); !s)
        qWarning("Minutebook: the last typing of meeting %lld was not saved: %s", m_header.id,
            qPrintable(s.error()));
}

Status MeetingSession::load(qint64 meetingId)
{
    Status pending = flush();
    m_stack->clear();
    if (meetingId == 0) {
        show(Meeting {}, {});
        return pending;
    }
    Result<Meeting> meeting = m_meetings.load(meetingId);
    if (!meeting)
        return meeting.status();
    Result<QVector<RosterEntry>> roster = BodyRepository(m_database).roster(meeting->body.id);
    show(meeting.value(), roster.ok() ? roster.value() : QVector<RosterEntry>());
    // The meeting is shown either way; the roster's absence is said.
    return roster.ok() ? pending : roster.status();
}

Status MeetingSession::reload()
{
    if (m_header.id == 0)
        return {};
    // The undo history stays: commands work on ids, which a reload does not change.
    if (Status s = flush(); !s)
        return s;
    Result<Meeting> meeting = m_meetings.load(m_header.id);
    if (!meeting)
        return meeting.status();
    Result<QVector<RosterEntry>> roster = BodyRepository(m_database).roster(meeting->body.id);
    if (!roster)
        return roster.status();
    show(meeting.value(), roster.value());
    return {};
}

void MeetingSession::show(const Meeting &meeting, const QVector<RosterEntry> &roster)
{
    m_header = meeting;
    m_header.items.clear();
    m_header.attendees.clear();
    m_agenda->setEditable(!isReadOnly());
    m_attendance->setEditable(!isReadOnly());
    m_agenda->setItems(meeting.items);
    m_attendance->setPeople(roster, meeting.attendees);
    emit loaded();
}

QStringList MeetingSession::personNames()
{
    QStringList names;
    const Result<QVector<Person>> persons = PersonRepository(m_database).list();
    if (!persons) {
        report(persons.error());
        return names;
    }
    for (const Person &p : persons.value())
        names << p.name;
    return names;
}

bool MeetingSession::isReadOnly() const
{
    return MeetingRules::isFrozen(m_header.status) || archiveIsReadOnly();
}

bool MeetingSession::archiveIsReadOnly() const
{
    return m_database.isReadOnly();
}

bool MeetingSession::push(SessionCommand *command, bool followUp)
{
    // Approved minutes take follow-up (an assignment's status); a read-only archive nothing.
    const bool refused
        = archiveIsReadOnly() || (MeetingRules::isFrozen(m_header.status) && !followUp);
    if (m_header.id == 0 || refused) {
        if (m_header.id != 0)
            report(archiveIsReadOnly() ? MeetingSession::tr("The archive is open read-only: "
                                                            "nothing in it can be changed.")
                                       : MeetingRules::frozenMessage());
        delete command;
        return false;
    }
    if (Status s = flush(); !s)
        report(s.error());
    m_commandFailed = false;
    m_stack->push(command); // redo() runs now; a failed one is obsolete and deleted right away
    return !m_commandFailed;
}

void MeetingSession::markDirty(qint64 itemId)
{
    if (itemId == 0)
        m_headerDirty = true;
    else
        m_dirtyItems.insert(itemId);
    if (!m_autosave.isActive())
        m_autosave.start();
}

Status MeetingSession::flush()
{
    m_autosave.stop();
    if (!hasPendingChanges() || m_header.id == 0)
        return {};
    QVector<AgendaItem> items;
    for (qint64 id : std::as_const(m_dirtyItems)) {
        if (const AgendaItem *item = m_agenda->item(id))
            items.append(*item);
    }
    const Status s = m_agendaEdits.saveFields(m_headerDirty ? &m_header : nullptr, items);
    if (!s)
        return s; // kept dirty: the next edit (or the next flush) tries again
    m_headerDirty = false;
    m_dirtyItems.clear();
    emit saved();
    return {};
}

void MeetingSession::setHeaderField(HeaderField field, const QVariant &value)
{
    if (isReadOnly() || m_header.id == 0)
        return;
    QVariant before;
    switch (field) {
    case TitleField:
        before = m_header.title;
        break;
    case DateField:
        before = m_header.date;
        break;
    case StartField:
        before = m_header.start;
        break;
    case EndField:
        before = m_header.end;
        break;
    case PlaceField:
        before = m_header.place;
        break;
    case MinuteTakerField:
        before = m_header.minuteTaker;
        break;
    }
    if (before != value)
        m_stack->push(new SetHeaderFieldCommand(*this, field, before, value));
}

void MeetingSession::applyHeaderField(HeaderField field, const QVariant &v)
{
    switch (field) {
    case TitleField:
        m_header.title = v.toString();
        break;
    case DateField:
        m_header.date = v.toDate();
        break;
    case StartField:
        m_header.start = v.toTime();
        break;
    case EndField:
        m_header.end = v.toTime();
        break;
    case PlaceField:
        m_header.place = v.toString();
        break;
    case MinuteTakerField:
        m_header.minuteTaker = v.toString();
        break;
    }
    markDirty(0);
    emit headerChanged();
}

namespace {
QString &fieldOf(AgendaItem &item, MeetingSession::ItemField field)
{
    switch (field) {
    case MeetingSession::ItemTitle:
        return item.title;
    case MeetingSession::ItemPresenter:
        return item.presenter;
    case MeetingSession::ItemResponsible:
        return item.responsible;
    case MeetingSession::ItemBody:
        break;
    }
    return item.body;
}
} // namespace

void MeetingSession::setItemField(qint64 itemId, ItemField field, const QString &value)
{
    const AgendaItem *item = m_agenda->item(itemId);
    if (!item || isReadOnly())
        return;
    AgendaItem copy = *item;
    const QString before = fieldOf(copy, field);
    if (before != value)
        m_stack->push(new SetItemFieldCommand(*this, itemId, field, before, value));
}

void MeetingSession::applyItemField(qint64 itemId, ItemField field, const QString &value)
{
    const AgendaItem *current = m_agenda->item(itemId);
    if (!current)
        return;
    AgendaItem changed = *current;
    fieldOf(changed, field) = value;
    m_agenda->updateItem(changed);
    markDirty(itemId);
    emit itemChanged(itemId);
}

Status MeetingSession::insertItemNow(qint64 parentId, int row, AgendaItem &item)
{
    if (Status s = m_agendaEdits.addItem(m_header.id, parentId, row, item); !s)
        return s;
    m_agenda->insertItem(parentId, row, item);
    emit itemAdded(item.id);
    emit saved();
    return {};
}

Status MeetingSession::removeItemNow(qint64 itemId)
{
    if (Status s = m_agendaEdits.removeItem(itemId); !s)
        return s;
    m_dirtyItems.remove(itemId);
    m_agenda->removeItem(itemId);
    emit saved();
    return {};
}

Status MeetingSession::moveItemNow(qint64 itemId, qint64 parentId, int row)
{
    if (Status s = m_agendaEdits.moveItem(itemId, parentId, row); !s)
        return s;
    m_agenda->moveItem(itemId, parentId, row);
    emit itemAdded(itemId);
    emit saved();
    return {};
}

qint64 MeetingSession::addItemAfter(qint64 afterId)
{
    const qint64 parent = afterId == 0 ? 0 : m_agenda->parentId(afterId);
    const int row = afterId == 0 ? m_agenda->childCount(0) : m_agenda->row(afterId) + 1;
    auto *command = new AddItemCommand(*this, parent, row, false);
    return push(command) ? m_agenda->childId(parent, row) : 0;
}

qint64 MeetingSession::addChildItem(qint64 parentId)
{
    if (!m_agenda->item(parentId))
        return 0;
    const int row = m_agenda->childCount(parentId);
    auto *command = new AddItemCommand(*this, parentId, row, true);
    return push(command) ? m_agenda->childId(parentId, row) : 0;
}

void MeetingSession::removeItem(qint64 itemId)
{
    if (m_agenda->item(itemId))
        push(new RemoveItemCommand(*this, itemId));
}

void MeetingSession::moveItem(qint64 itemId, qint64 parentId, int row)
{
    if (!m_agenda->item(itemId))
        return;
    if (m_agenda->parentId(itemId) == parentId && m_agenda->row(itemId) == row)
        return;
    push(new MoveItemCommand(*this, itemId, {parentId, row}));
}

void MeetingSession::moveUp(qint64 itemId)
{
    const int row = m_agenda->row(itemId);
    if (row > 0)
        moveItem(itemId, m_agenda->parentId(itemId), row - 1);
}

void MeetingSession::moveDown(qint64 itemId)
{
    const qint64 parent = m_agenda->parentId(itemId);
    const int row = m_agenda->row(itemId);
    if (row >= 0 && row + 1 < m_agenda->childCount(parent))
        moveItem(itemId, parent, row + 1);
}

void MeetingSession::indent(qint64 itemId)
{
    if (IndentItemCommand::canApply(*this, itemId, IndentItemCommand::Indent))
        push(new IndentItemCommand(*this, itemId, IndentItemCommand::Indent));
}

void MeetingSession::outdent(qint64 itemId)
{
    if (IndentItemCommand::canApply(*this, itemId, IndentItemCommand::Outdent))
        push(new IndentItemCommand(*this, itemId, IndentItemCommand::Outdent));
}

Status MeetingSession::setAttendanceNow(Attendance &attendance)
{
    if (Status s = m_attendanceEdits.setAttendance(m_header.id, attendance); !s)
        return s;
    m_attendance->setAttendance(attendance);
    emit saved();
    return {};
}

Status MeetingSession::removeAttendanceNow(qint64 personId)
{
    if (Status s = m_attendanceEdits.removeAttendance(m_header.id, personId); !s)
        return s;
    m_attendance->removePerson(personId);
    emit saved();
    return {};
}

Status MeetingSession::addToRosterNow(RosterEntry &entry)
{
    return BodyRepository(m_database).addToRoster(m_header.body.id, entry);
}

Status MeetingSession::removeFromRosterNow(qint64 personId)
{
    return BodyRepository(m_database).removeFromRoster(m_header.body.id, personId);
}

void MeetingSession::toggleAttendance(qint64 personId)
{
    const Attendance *current = m_attendance->attendance(personId);
    if (!current || current->status == AttendanceStatus::Guest)
        return;
    Attendance after = *current;
    after.status = current->status == AttendanceStatus::Present ? AttendanceStatus::Absent
                                                                : AttendanceStatus::Present;
    push(new SetAttendanceCommand(*this, *current, after));
}

void MeetingSession::addGuest(const QString &name, const QString &presented)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return;
    Attendance guest;
    guest.status = AttendanceStatus::Guest;
    guest.note = presented.trimmed();
    const Result<Person> known = PersonRepository(m_database).find(clean);
    if (!known) {
        report(known.error());
        return;
    }
    guest.person = known->id != 0 ? known.value() : Person {0, clean, {}, {}, {}};
    const Attendance *listed
        = guest.person.id ? m_attendance->attendance(guest.person.id) : nullptr;
    push(new AddGuestCommand(*this, guest, listed ? std::optional(*listed) : std::nullopt));
}

Status MeetingSession::addRosterMember(const QString &name, const QString &groupLabel)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return Status::failure(tr("Type the person's name."));
    if (isReadOnly())
        return Status::failure(MeetingRules::frozenMessage());
    // Checked before the command, so a duplicate leaves nothing on the stack.
    const Result<QVector<RosterEntry>> roster = BodyRepository(m_database).roster(m_header.body.id);
    if (!roster)
        return roster.status();
    for (const RosterEntry &e : roster.value()) {
        if (e.person.name.simplified().compare(clean, Qt::CaseInsensitive) == 0)
            return Status::failure(tr("%1 is already on the roster.").arg(e.person.name));
    }
    // Members recorded in the meeting (imported minutes have no roster) count as well.
    const Result<Person> known = PersonRepository(m_database).find(clean);
    if (!known)
        return known.status();
    if (known->id != 0 && m_attendance->isListed(known->id))
        return Status::failure(tr("%1 is already on the roster.").arg(known->name));
    push(new AddRosterMemberCommand(
        *this, RosterEntry {Person {0, clean, {}, {}, {}}, groupLabel.trimmed()}));
    return {};
}

void MeetingSession::changeItem(qint64 itemId, const std::function<void(AgendaItem &)> &change)
{
    const AgendaItem *current = m_agenda->item(itemId);
    if (!current)
        return;
    AgendaItem changed = *current;
    change(changed);
    m_agenda->updateItem(changed);
    emit itemChanged(itemId);
    emit saved();
}

qint64 MeetingSession::addDecision(qint64 itemId, const QString &text)
{
    if (!m_agenda->item(itemId))
        return 0;
    auto *command = new AddRecordCommand<Decision>(*this, itemId, Decision {0, 0, text});
    return push(command) ? command->recordId() : 0;
}

void MeetingSession::editDecision(const Decision &before, const Decision &after)
{
    push(new EditRecordCommand<Decision>(*this, itemOfRecord(before.id, true), before, after));
}

void MeetingSession::removeDecision(qint64 itemId, qint64 decisionId)
{
    const AgendaItem *item = m_agenda->item(itemId);
    if (!item)
        return;
    for (int i = 0; i < item->decisions.size(); ++i) {
        if (item->decisions.at(i).id == decisionId) {
            push(new RemoveRecordCommand<Decision>(*this, itemId, item->decisions.at(i), i));
            return;
        }
    }
}

qint64 MeetingSession::itemOfRecord(qint64 recordId, bool decision) const
{
    qint64 found = 0;
    forEachItem(m_agenda->items(), [&](const AgendaItem &item, const QString &, int) {
        if (decision) {
            for (const Decision &d : item.decisions)
                found = d.id == recordId ? item.id : found;
        } else {
            for (const ActionItem &a : item.actions)
                found = a.id == recordId ? item.id : found;
        }
    });
    return found;
}

const ActionItem *MeetingSession::action(qint64 actionId, qint64 *itemId) const
{
    *itemId = itemOfRecord(actionId, false);
    const AgendaItem *item = m_agenda->item(*itemId);
    if (!item)
        return nullptr;
    for (const ActionItem &a : item->actions) {
        if (a.id == actionId)
            return &a;
    }
    return nullptr;
}

qint64 MeetingSession::addAction(qint64 itemId, const ActionItem &action)
{
    if (!m_agenda->item(itemId))
        return 0;
    auto *command = new AddRecordCommand<ActionItem>(*this, itemId, action);
    return push(command) ? command->recordId() : 0;
}

void MeetingSession::editAction(const ActionItem &before, const ActionItem &after)
{
    qint64 itemId = 0;
    if (!action(before.id, &itemId))
        return;
    const bool statusChanged = after.status != before.status;
    const bool fieldsChanged
        = after.text != before.text || after.assignee != before.assignee || after.due != before.due;
    if (fieldsChanged) {
        ActionItem target = after;
        target.status = before.status;
        target.statusDate = before.statusDate;
        push(new EditRecordCommand<ActionItem>(*this, itemId, before, target));
    }
    if (statusChanged)
        (void)setActionStatus(before.id, after.status); // a failure is reported by the command
}

Status MeetingSession::setActionStatus(qint64 actionId, ActionStatus status)
{
    qint64 itemId = 0;
    const ActionItem *current = action(actionId, &itemId);
    if (!current)
        return Status::failure(tr("The assignment is no longer in these minutes."));
    if (current->status == status)
        return {};
    // The stack drops a command whose write failed; its report() says why.
    QString failure;
    const QMetaObject::Connection listen = connect(
        this, &MeetingSession::failed, this, [&failure](const QString &m) { failure = m; });
    push(new SetActionStatusCommand(*this, itemId, actionId, {current->status, current->statusDate},
             {status, QDate::currentDate()}),
        true);
    disconnect(listen);
    return failure.isEmpty() ? Status() : Status::failure(failure);
}

Status MeetingSession::setActionStatusNow(
    qint64 itemId, qint64 actionId, ActionStatus status, const QDate &on)
{
    if (Status s = m_recordEdits.setActionStatus(actionId, status, on); !s)
        return s;
    changeItem(itemId, [actionId, status, on](AgendaItem &item) {
        for (ActionItem &a : item.actions) {
            if (a.id == actionId) {
                a.status = status;
                a.statusDate = on;
            }
        }
    });
    emit actionStatusChanged(actionId, status, on);
    return {};
}

void MeetingSession::removeAction(qint64 itemId, qint64 actionId)
{
    const AgendaItem *item = m_agenda->item(itemId);
    if (!item)
        return;
    for (int i = 0; i < item->actions.size(); ++i) {
        if (item->actions.at(i).id == actionId) {
            push(new RemoveRecordCommand<ActionItem>(*this, itemId, item->actions.at(i), i));
            return;
        }
    }
}

void MeetingSession::defer(qint64 itemId, const QDate &date)
{
    if (m_agenda->item(itemId))
        push(new DeferItemCommand(*this, itemId, date));
}

Result<QDate> MeetingSession::proposedNextDate() const
{
    return m_followUp.proposedDate(m_header.id);
}

Result<qint64> MeetingSession::createNextMeeting(const QDate &date)
{
    if (Status s = flush(); !s)
        return s;
    return m_followUp.createFromPrevious(m_header.id, date);
}

} // namespace minutebook
