#pragma once

// Adding, editing and removing a decision or an assignment of an agenda item: one template per
// kind of edit, with what differs between decisions and assignments in RecordKind. Undo of a
// removal puts the record back with the same id (and number, for a decision).

#include "Meeting.h"
#include "MeetingSession.h"
#include "RecordEdits.h"
#include "SessionCommand.h"

#include <algorithm>

namespace minutebook {

template<typename Record>
struct RecordKind;

template<>
struct RecordKind<Decision>
{
    static QVector<Decision> &list(AgendaItem &item) { return item.decisions; }
    static Status add(RecordEdits &edits, qint64 itemId, Decision &d, int)
    {
        return edits.addDecision(itemId, d);
    }
    static Status update(RecordEdits &edits, const Decision &d) { return edits.updateDecision(d); }
    static Status remove(RecordEdits &edits, qint64 id) { return edits.removeDecision(id); }
    /// Decisions stand in the order of their numbers.
    static void place(QVector<Decision> &list, const Decision &d, int)
    {
        list.append(d);
        std::sort(list.begin(), list.end(),
            [](const Decision &a, const Decision &b) { return a.number < b.number; });
    }
    static QString addText(const Decision &) { return MeetingSession::tr("Add decision"); }
    static QString editText(const Decision &d)
    {
        return MeetingSession::tr("Edit decision §%1").arg(d.number);
    }
    static QString removeText(const Decision &d)
    {
        return MeetingSession::tr("Remove decision §%1").arg(d.number);
    }
};

template<>
struct RecordKind<ActionItem>
{
    static QVector<ActionItem> &list(AgendaItem &item) { return item.actions; }
    static Status add(RecordEdits &edits, qint64 itemId, ActionItem &a, int position)
    {
        return edits.addAction(itemId, a, position);
    }
    /// Text, assignee and due date; the status is SetActionStatusCommand's.
    static Status update(RecordEdits &edits, const ActionItem &a) { return edits.updateAction(a); }
    static Status remove(RecordEdits &edits, qint64 id) { return edits.removeAction(id); }
    static void place(QVector<ActionItem> &list, const ActionItem &a, int position)
    {
        list.insert(position < 0 || position > list.size() ? list.size() : position, a);
    }
    static QString addText(const ActionItem &) { return MeetingSession::tr("Add assignment"); }
    static QString editText(const ActionItem &) { return MeetingSession::tr("Edit assignment"); }
    static QString removeText(const ActionItem &)
    {
        return MeetingSession::tr("Remove assignment");
    }
};

namespace detail {
template<typename Record>
void replaceIn(AgendaItem &item, const Record &record)
{
    for (Record &r : RecordKind<Record>::list(item)) {
        if (r.id == record.id)
            r = record;
    }
}

template<typename Record>
void eraseFrom(AgendaItem &item, qint64 id)
{
    QVector<Record> &list = RecordKind<Record>::list(item);
    list.erase(
        std::remove_if(list.begin(), list.end(), [id](const Record &r) { return r.id == id; }),
        list.end());
}
} // namespace detail

/// A new decision or assignment at the end of the item's (assignments: at `position`).
template<typename Record>
class AddRecordCommand : public SessionCommand
{
public:
    AddRecordCommand(MeetingSession &session, qint64 itemId, Record record, int position = -1)
        : SessionCommand(session, RecordKind<Record>::addText(record))
        , m_itemId(itemId)
        , m_record(std::move(record))
        , m_position(position)
    {
        m_record.id = 0;
    }
    /// The record's id once redo() has run (0 when it failed).
    qint64 recordId() const { return m_record.id; }

protected:
    Status apply() override
    {
        Record r = m_record; // the same id (and number) again on redo
        if (Status s = RecordKind<Record>::add(session().recordEdits(), m_itemId, r, m_position);
            !s)
            return s;
        m_record = r;
        const int position = m_position;
        session().changeItem(m_itemId, [&r, position](AgendaItem &item) {
            RecordKind<Record>::place(RecordKind<Record>::list(item), r, position);
        });
        return {};
    }
    Status revert() override
    {
        if (Status s = RecordKind<Record>::remove(session().recordEdits(), m_record.id); !s)
            return s;
        const qint64 id = m_record.id;
        session().changeItem(
            m_itemId, [id](AgendaItem &item) { detail::eraseFrom<Record>(item, id); });
        return {};
    }

private:
    qint64 m_itemId;
    Record m_record;
    int m_position;
};

/// The text of a decision; the text, assignee or due date of an assignment.
template<typename Record>
class EditRecordCommand : public SessionCommand
{
public:
    EditRecordCommand(MeetingSession &session, qint64 itemId, Record before, Record after)
        : SessionCommand(session, RecordKind<Record>::editText(before))
        , m_itemId(itemId)
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }

protected:
    Status apply() override { return set(m_after); }
    Status revert() override { return set(m_before); }

private:
    Status set(const Record &record)
    {
        if (Status s = RecordKind<Record>::update(session().recordEdits(), record); !s)
            return s;
        session().changeItem(
            m_itemId, [&record](AgendaItem &item) { detail::replaceIn(item, record); });
        return {};
    }

    qint64 m_itemId;
    Record m_before;
    Record m_after;
};

/// Removes a decision or an assignment; undo puts it back where it was, with the same id.
template<typename Record>
class RemoveRecordCommand : public SessionCommand
{
public:
    RemoveRecordCommand(MeetingSession &session, qint64 itemId, Record record, int position)
        : SessionCommand(session, RecordKind<Record>::removeText(record))
        , m_itemId(itemId)
        , m_record(std::move(record))
        , m_position(position)
    { }

protected:
    Status apply() override
    {
        if (Status s = RecordKind<Record>::remove(session().recordEdits(), m_record.id); !s)
            return s;
        const qint64 id = m_record.id;
        session().changeItem(
            m_itemId, [id](AgendaItem &item) { detail::eraseFrom<Record>(item, id); });
        return {};
    }
    Status revert() override
    {
        Record r = m_record;
        if (Status s = RecordKind<Record>::add(session().recordEdits(), m_itemId, r, m_position);
            !s)
            return s;
        const int position = m_position;
        session().changeItem(m_itemId, [&r, position](AgendaItem &item) {
            RecordKind<Record>::place(RecordKind<Record>::list(item), r, position);
        });
        return {};
    }

private:
    qint64 m_itemId;
    Record m_record;
    int m_position;
};

} // namespace minutebook
