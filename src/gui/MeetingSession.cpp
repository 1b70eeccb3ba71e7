#include "MeetingSession.h"

#include "AgendaModel.h"
#include "AttendanceModel.h"
#include "BodyRepository.h"
#include "EditCommand.h"
#include "FieldEditCommand.h"
#include "Numbering.h"
#include "PersonRepository.h"

#include <QLocale>
#include <QSignalBlocker>
#include <QUndoStack>

#include <QUndoStack>
#include <algorithm>
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
    // being destroyed around us.
    const QSignalBlocker quiet(this);
    (void)flush();
}

Status MeetingSession::load(qint64 meetingId)
{
    Status pending = flush();
    // The history belongs to the meeting. The stack itself stays: the window's undo group,
    // the Edit menu and the editor all hold it.
    m_stack->clear();
    Meeting meeting;
    QVector<RosterEntry> roster;
    if (meetingId != 0) {
        Result<Meeting> loadedMeeting = m_meetings.load(meetingId);
        if (!loadedMeeting)
            return loadedMeeting.status();
        meeting = std::move(loadedMeeting.value());
        const Result<QVector<RosterEntry>> r = BodyRepository(m_database).roster(meeting.body.id);
        if (r.ok())
            roster = r.value();
    }
    m_header = meeting;
    m_header.items.clear();
    m_header.attendees.clear();
    m_agenda->setEditable(!isReadOnly());
    m_attendance->setEditable(!isReadOnly());
    m_agenda->setItems(meeting.items);
    m_attendance->setPeople(roster, meeting.attendees);
    emit loaded();
    return pending;
}

QStringList MeetingSession::personNames() const
{
    QStringList names;
    const Result<QVector<Person>> persons = PersonRepository(m_database).list();
    if (persons.ok()) {
        for (const Person &p : persons.value())
            names << p.name;
    }
    return names;
}

Meeting MeetingSession::meeting() const
{
    Meeting m = m_header;
    m.items = m_agenda->items();
    const Result<Meeting> stored = m_meetings.load(m_header.id);
    if (stored.ok())
        m.attendees = stored->attendees;
    return m;
}

void MeetingSession::report(const QString &message)
{
    emit failed(message);
}

void MeetingSession::push(
    const QString &text, std::function<Status()> redo, std::function<Status()> undo)
{
    if (m_header.id == 0)
        return;
    if (isReadOnly()) {
        report(MeetingRules::frozenMessage());
        return;
    }
    // Pending typing goes first, so the database sees edits in the order they were made.
    if (Status s = flush(); !s)
        report(s.error());
    m_stack->push(new EditCommand(text, std::move(redo), std::move(undo),
        [this](const QString &message) { report(message); }));
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
    if (!s) {
        // Kept dirty: the next edit (or the next flush) tries again.
        return s;
    }
    m_headerDirty = false;
    m_dirtyItems.clear();
    emit saved();
    return {};
}

QString MeetingSession::headerFieldName(HeaderField field) const
{
    switch (field) {
    case TitleField:
        return tr("Edit title");
    case DateField:
        return tr("Change date");
    case StartField:
        return tr("Change start time");
    case EndField:
        return tr("Change end time");
    case PlaceField:
        return tr("Edit place");
    case MinuteTakerField:
        return tr("Edit minute-taker");
    }
    return {};
}

QString MeetingSession::itemFieldName(ItemField field) const
{
    switch (field) {
    case ItemTitle:
        return tr("Edit item title");
    case ItemPresenter:
        return tr("Edit presenter");
    case ItemResponsible:
        return tr("Edit responsible");
    case ItemBody:
        return tr("Edit item text");
    }
    return {};
}

void MeetingSession::setHeaderField(HeaderField field, const QVariant &value)
{
    if (isReadOnly() || m_header.id == 0)
        return;
    auto get = [this](HeaderField f) -> QVariant {
        switch (f) {
        case TitleField:
            return m_header.title;
        case DateField:
            return m_header.date;
        case StartField:
            return m_header.start;
        case EndField:
            return m_header.end;
        case PlaceField:
            return m_header.place;
        case MinuteTakerField:
            return m_header.minuteTaker;
        }
        return {};
    };
    const QVariant before = get(field);
    if (before == value)
        return;
    auto apply = [this, field](const QVariant &v) {
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
    };
    m_stack->push(
        new FieldEditCommand(headerFieldName(field), int(field), 0, before, value, apply));
}

void MeetingSession::setItemField(qint64 itemId, ItemField field, const QString &value)
{
    const AgendaItem *item = m_agenda->item(itemId);
    if (!item || isReadOnly())
        return;
    const QString before = field == ItemTitle ? item->title
        : field == ItemPresenter              ? item->presenter
        : field == ItemResponsible            ? item->responsible
                                              : item->body;
    if (before == value)
        return;
    auto apply = [this, itemId, field](const QVariant &v) {
        const AgendaItem *current = m_agenda->item(itemId);
        if (!current)
            return;
        AgendaItem changed = *current;
        (field == ItemTitle                ? changed.title
                : field == ItemPresenter   ? changed.presenter
                : field == ItemResponsible ? changed.responsible
                                           : changed.body)
            = v.toString();
        m_agenda->updateItem(changed);
        markDirty(itemId);
        emit itemChanged(itemId);
    };
    m_stack->push(
        new FieldEditCommand(itemFieldName(field), 100 + int(field), itemId, before, value, apply));
}

Status MeetingSession::insertItem(qint64 parentId, int row, AgendaItem item)
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
    auto id = std::make_shared<qint64>(0);
    push(
        tr("Add item"),
        [this, parent, row, id] {
            AgendaItem item;
            item.id = *id; // the same id again on redo
            if (Status s = insertItem(parent, row, item); !s)
                return s;
            *id = m_agenda->childId(parent, row);
            return Status();
        },
        [this, id] { return removeItemNow(*id); });
    return *id;
}

qint64 MeetingSession::addChildItem(qint64 parentId)
{
    const int row = m_agenda->childCount(parentId);
    auto id = std::make_shared<qint64>(0);
    push(
        tr("Add sub-item"),
        [this, parentId, row, id] {
            AgendaItem item;
            item.id = *id;
            if (Status s = insertItem(parentId, row, item); !s)
                return s;
            *id = m_agenda->childId(parentId, row);
            return Status();
        },
        [this, id] { return removeItemNow(*id); });
    return *id;
}

void MeetingSession::removeItem(qint64 itemId)
{
    if (!m_agenda->item(itemId))
        return;
    // Flushed first (push does), so the subtree holds what was typed.
    const qint64 parent = m_agenda->parentId(itemId);
    const int row = m_agenda->row(itemId);
    auto saved = std::make_shared<AgendaItem>();
    push(
        tr("Remove item %1").arg(m_agenda->number(itemId)),
        [this, itemId, saved] {
            *saved = m_agenda->subtree(itemId);
            return removeItemNow(itemId);
        },
        [this, parent, row, saved] { return insertItem(parent, row, *saved); });
}

void MeetingSession::moveItem(qint64 itemId, qint64 parentId, int row)
{
    if (!m_agenda->item(itemId))
        return;
    const qint64 fromParent = m_agenda->parentId(itemId);
    const int fromRow = m_agenda->row(itemId);
    if (fromParent == parentId && fromRow == row)
        return;
    push(
        tr("Move item"),
        [this, itemId, parentId, row] { return moveItemNow(itemId, parentId, row); },
        [this, itemId, fromParent, fromRow] { return moveItemNow(itemId, fromParent, fromRow); });
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
    const int row = m_agenda->row(itemId);
    if (row <= 0)
        return;
    const qint64 above = m_agenda->childId(m_agenda->parentId(itemId), row - 1);
    const qint64 fromParent = m_agenda->parentId(itemId);
    push(
        tr("Indent item"),
        [this, itemId, above] { return moveItemNow(itemId, above, m_agenda->childCount(above)); },
        [this, itemId, fromParent, row] { return moveItemNow(itemId, fromParent, row); });
}

void MeetingSession::outdent(qint64 itemId)
{
    const qint64 parent = m_agenda->parentId(itemId);
    if (parent == 0)
        return;
    const qint64 grandParent = m_agenda->parentId(parent);
    const int parentRow = m_agenda->row(parent);
    const int row = m_agenda->row(itemId);
    push(
        tr("Outdent item"),
        [this, itemId, grandParent, parentRow] {
            return moveItemNow(itemId, grandParent, parentRow + 1);
        },
        [this, itemId, parent, row] { return moveItemNow(itemId, parent, row); });
}

Status MeetingSession::setAttendanceNow(const Attendance &attendance)
{
    Attendance a = attendance;
    if (Status s = m_attendanceEdits.setAttendance(m_header.id, a); !s)
        return s;
    m_attendance->setAttendance(a);
    emit saved();
    return {};
}

Status MeetingSession::removeAttendanceNow(qint64 personId)
{
    if (Status s = m_attendanceEdits.removeAttendance(m_header.id, personId); !s)
        return s;
    emit saved();
    return {};
}

void MeetingSession::toggleAttendance(qint64 personId)
{
    const Attendance *current = m_attendance->attendance(personId);
    if (!current || current->status == AttendanceStatus::Guest)
        return;
    const Attendance before = *current;
    Attendance after = before;
    after.status = before.status == AttendanceStatus::Present ? AttendanceStatus::Absent
                                                              : AttendanceStatus::Present;
    const QString text = after.status == AttendanceStatus::Present
        ? tr("Mark %1 present").arg(before.person.name)
        : tr("Mark %1 absent").arg(before.person.name);
    push(
        text, [this, after] { return setAttendanceNow(after); },
        [this, before] { return setAttendanceNow(before); });
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
    guest.person = known.ok() && known->id != 0 ? known.value() : Person {0, clean, {}, {}};
    const Attendance *listed
        = guest.person.id ? m_attendance->attendance(guest.person.id) : nullptr;
    const std::optional<Attendance> before = listed ? std::optional(*listed) : std::nullopt;
    auto person = std::make_shared<Attendance>(guest);
    push(
        tr("Add guest %1").arg(clean),
        [this, person] {
            Attendance a = *person;
            if (Status s = m_attendanceEdits.setAttendance(m_header.id, a); !s)
                return s;
            *person = a;
            m_attendance->setAttendance(a);
            emit saved();
            return Status();
        },
        [this, person, before] {
            if (before)
                return setAttendanceNow(*before);
            if (Status s = removeAttendanceNow(person->person.id); !s)
                return s;
            m_attendance->removePerson(person->person.id);
            return Status();
        });
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
    if (known.ok() && known->id != 0 && m_attendance->isListed(known->id))
        return Status::failure(tr("%1 is already on the roster.").arg(known->name));
    auto entry = std::make_shared<RosterEntry>();
    entry->person.name = clean;
    entry->groupLabel = groupLabel.trimmed();
    auto previous = std::make_shared<std::optional<Attendance>>();
    push(
        tr("Add %1 to the roster").arg(clean),
        [this, entry, previous] {
            RosterEntry e = *entry;
            e.person.id = 0;
            if (Status s = BodyRepository(m_database).addToRoster(m_header.body.id, e); !s)
                return s;
            entry->person = e.person;
            const Attendance *listed = m_attendance->attendance(e.person.id);
            *previous = listed ? std::optional(*listed) : std::nullopt;
            Attendance present;
            present.person = e.person;
            present.groupLabel = e.groupLabel;
            return setAttendanceNow(present);
        },
        [this, entry, previous] {
            if (Status s
                = BodyRepository(m_database).removeFromRoster(m_header.body.id, entry->person.id);
                !s)
                return s;
            if (previous->has_value())
                return setAttendanceNow(previous->value());
            if (Status s = removeAttendanceNow(entry->person.id); !s)
                return s;
            m_attendance->removePerson(entry->person.id);
            return Status();
        });
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
    auto decision = std::make_shared<Decision>();
    decision->text = text;
    push(
        tr("Add decision"),
        [this, itemId, decision] {
            Decision d = *decision;
            if (Status s = m_recordEdits.addDecision(itemId, d); !s)
                return s;
            *decision = d;
            changeItem(itemId, [d](AgendaItem &item) { item.decisions.append(d); });
            return Status();
        },
        [this, itemId, decision] {
            if (Status s = m_recordEdits.removeDecision(decision->id); !s)
                return s;
            const qint64 id = decision->id;
            changeItem(itemId, [id](AgendaItem &item) {
                item.decisions.erase(std::remove_if(item.decisions.begin(), item.decisions.end(),
                                         [id](const Decision &d) { return d.id == id; }),
                    item.decisions.end());
            });
            return Status();
        });
    return decision->id;
}

void MeetingSession::editDecision(const Decision &before, const Decision &after)
{
    const qint64 itemId = itemOfRecord(before.id, true);
    auto apply = [this, itemId](const Decision &d) {
        if (Status s = m_recordEdits.updateDecision(d); !s)
            return s;
        changeItem(itemId, [d](AgendaItem &item) {
            for (Decision &x : item.decisions) {
                if (x.id == d.id)
                    x = d;
            }
        });
        return Status();
    };
    push(
        tr("Edit decision §%1").arg(before.number), [apply, after] { return apply(after); },
        [apply, before] { return apply(before); });
}

void MeetingSession::removeDecision(qint64 itemId, qint64 decisionId)
{
    const AgendaItem *item = m_agenda->item(itemId);
    if (!item)
        return;
    Decision removed;
    for (const Decision &d : item->decisions) {
        if (d.id == decisionId)
            removed = d;
    }
    if (removed.id == 0)
        return;
    push(
        tr("Remove decision §%1").arg(removed.number),
        [this, itemId, decisionId] {
            if (Status s = m_recordEdits.removeDecision(decisionId); !s)
                return s;
            changeItem(itemId, [decisionId](AgendaItem &i) {
                i.decisions.erase(
                    std::remove_if(i.decisions.begin(), i.decisions.end(),
                        [decisionId](const Decision &d) { return d.id == decisionId; }),
                    i.decisions.end());
            });
            return Status();
        },
        [this, itemId, removed] {
            Decision d = removed;
            if (Status s = m_recordEdits.addDecision(itemId, d); !s)
                return s;
            changeItem(itemId, [d](AgendaItem &i) {
                i.decisions.append(d);
                std::sort(i.decisions.begin(), i.decisions.end(),
                    [](const Decision &a, const Decision &b) { return a.number < b.number; });
            });
            return Status();
        });
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

qint64 MeetingSession::addAction(qint64 itemId, const ActionItem &action)
{
    if (!m_agenda->item(itemId))
        return 0;
    auto added = std::make_shared<ActionItem>(action);
    added->id = 0;
    push(
        tr("Add assignment"),
        [this, itemId, added] {
            ActionItem a = *added;
            if (Status s = m_recordEdits.addAction(itemId, a); !s)
                return s;
            *added = a;
            changeItem(itemId, [a](AgendaItem &item) { item.actions.append(a); });
            return Status();
        },
        [this, itemId, added] {
            if (Status s = m_recordEdits.removeAction(added->id); !s)
                return s;
            const qint64 id = added->id;
            changeItem(itemId, [id](AgendaItem &item) {
                item.actions.erase(std::remove_if(item.actions.begin(), item.actions.end(),
                                       [id](const ActionItem &a) { return a.id == id; }),
                    item.actions.end());
            });
            return Status();
        });
    return added->id;
}

void MeetingSession::editAction(const ActionItem &before, const ActionItem &after)
{
    const qint64 itemId = itemOfRecord(before.id, false);
    // The status is follow-up with a writer of its own (RecordEdits::setActionStatus); text,
    // assignee and due date are the minutes' own.
    const bool statusChanged = after.status != before.status;
    const bool fieldsChanged
        = after.text != before.text || after.assignee != before.assignee || after.due != before.due;
    ActionItem changed = after;
    if (statusChanged)
        changed.statusDate = QDate::currentDate();
    auto apply = [this, itemId, statusChanged, fieldsChanged](const ActionItem &a) {
        if (fieldsChanged) {
            if (Status s = m_recordEdits.updateAction(a); !s)
                return s;
        }
        if (statusChanged) {
            if (Status s = m_recordEdits.setActionStatus(a.id, a.status, a.statusDate); !s)
                return s;
        }
        changeItem(itemId, [a](AgendaItem &item) {
            for (ActionItem &x : item.actions) {
                if (x.id == a.id)
                    x = a;
            }
        });
        return Status();
    };
    const QString text = statusChanged
        ? (after.status == ActionStatus::Done ? tr("Mark assignment done")
                                              : tr("Mark assignment open"))
        : tr("Edit assignment");
    push(
        text, [apply, changed] { return apply(changed); },
        [apply, before] { return apply(before); });
}

void MeetingSession::removeAction(qint64 itemId, qint64 actionId)
{
    const AgendaItem *item = m_agenda->item(itemId);
    if (!item)
        return;
    int position = -1;
    for (int i = 0; i < item->actions.size(); ++i)
        position = item->actions.at(i).id == actionId ? i : position;
    if (position < 0)
        return;
    const ActionItem removed = item->actions.at(position);
    push(
        tr("Remove assignment"),
        [this, itemId, actionId] {
            if (Status s = m_recordEdits.removeAction(actionId); !s)
                return s;
            changeItem(itemId, [actionId](AgendaItem &i) {
                i.actions.erase(std::remove_if(i.actions.begin(), i.actions.end(),
                                    [actionId](const ActionItem &a) { return a.id == actionId; }),
                    i.actions.end());
            });
            return Status();
        },
        [this, itemId, removed, position] {
            ActionItem a = removed;
            if (Status s = m_recordEdits.addAction(itemId, a, position); !s)
                return s;
            changeItem(itemId, [a, position](AgendaItem &i) { i.actions.insert(position, a); });
            return Status();
        });
}

void MeetingSession::defer(qint64 itemId, const QDate &date)
{
    if (!m_agenda->item(itemId))
        return;
    auto deferral = std::make_shared<Deferral>();
    push(
        tr("Defer item %1 to %2")
            .arg(m_agenda->number(itemId), QLocale().toString(date, QLocale::ShortFormat)),
        [this, itemId, date, deferral] {
            const Result<Deferral> d = m_followUp.deferItem(itemId, date);
            if (!d)
                return d.status();
            *deferral = d.value();
            changeItem(itemId, [date](AgendaItem &i) { i.deferredTo = date; });
            emit otherMeetingChanged(d->meetingId);
            return Status();
        },
        [this, itemId, deferral] {
            if (Status s = m_followUp.undoDeferral(*deferral); !s)
                return s;
            const QDate previous = deferral->previousDate;
            changeItem(itemId, [previous](AgendaItem &i) { i.deferredTo = previous; });
            emit otherMeetingChanged(deferral->meetingId);
            return Status();
        });
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
