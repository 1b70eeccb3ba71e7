#include "AmendmentTarget.h"

#include "MeetingText.h"
#include "Numbering.h"

namespace minutebook {

namespace {
const char *recordName(AmendmentTarget::Record record)
{
    switch (record) {
    case AmendmentTarget::Record::Meeting:
        return "meeting";
    case AmendmentTarget::Record::Item:
        return "item";
    case AmendmentTarget::Record::Decision:
        return "decision";
    case AmendmentTarget::Record::Action:
        return "action";
    }
    return "";
}

QString fieldLabel(const QString &field)
{
    if (field == QLatin1String("title"))
        return AmendmentTarget::tr("title");
    if (field == QLatin1String("place"))
        return AmendmentTarget::tr("place");
    if (field == QLatin1String("minute_taker"))
        return AmendmentTarget::tr("minute-taker");
    if (field == QLatin1String("notes"))
        return AmendmentTarget::tr("notes");
    if (field == QLatin1String("presenter"))
        return AmendmentTarget::tr("presenter");
    if (field == QLatin1String("responsible"))
        return AmendmentTarget::tr("responsible");
    if (field == QLatin1String("body"))
        return AmendmentTarget::tr("text");
    if (field == QLatin1String("text"))
        return AmendmentTarget::tr("text");
    if (field == QLatin1String("assignee"))
        return AmendmentTarget::tr("responsible");
    return field;
}

// Calls fn(item, number) for every item; stops when fn returns true.
template<typename Fn>
bool findItem(const QVector<AgendaItem> &items, Fn &&fn, const QString &parent = {})
{
    for (int i = 0; i < items.size(); ++i) {
        const QString number = itemNumber(parent, i);
        if (fn(items.at(i), number) || findItem(items.at(i).children, fn, number))
            return true;
    }
    return false;
}
} // namespace

QStringList AmendmentTarget::fields(Record record)
{
    switch (record) {
    case Record::Meeting:
        return {QStringLiteral("title"), QStringLiteral("place"), QStringLiteral("minute_taker"),
            QStringLiteral("notes")};
    case Record::Item:
        return {QStringLiteral("title"), QStringLiteral("presenter"), QStringLiteral("responsible"),
            QStringLiteral("body")};
    case Record::Decision:
        return {QStringLiteral("text")};
    case Record::Action:
        return {QStringLiteral("text"), QStringLiteral("assignee")};
    }
    return {};
}

QString AmendmentTarget::key() const
{
    return QStringLiteral("%1:%2:%3").arg(QLatin1String(recordName(record))).arg(id).arg(field);
}

std::optional<AmendmentTarget> AmendmentTarget::fromKey(const QString &key)
{
    const QStringList parts = key.split(QLatin1Char(':'));
    if (parts.size() != 3)
        return std::nullopt;
    AmendmentTarget t;
    bool found = false;
    for (const Record r : {Record::Meeting, Record::Item, Record::Decision, Record::Action}) {
        if (parts.at(0) == QLatin1String(recordName(r))) {
            t.record = r;
            found = true;
        }
    }
    bool number = false;
    t.id = parts.at(1).toLongLong(&number);
    t.field = parts.at(2);
    if (!found || !number || t.id <= 0 || !fields(t.record).contains(t.field))
        return std::nullopt;
    return t;
}

std::optional<QString> AmendmentTarget::text(const Meeting &meeting) const
{
    std::optional<QString> out;
    if (record == Record::Meeting) {
        if (meeting.id != id)
            return std::nullopt;
        if (field == QLatin1String("title"))
            return meeting.title;
        if (field == QLatin1String("place"))
            return meeting.place;
        if (field == QLatin1String("minute_taker"))
            return meeting.minuteTaker;
        return meeting.notes;
    }
    findItem(meeting.items, [&](const AgendaItem &item, const QString &) {
        if (record == Record::Item && item.id == id) {
            if (field == QLatin1String("title"))
                out = item.title;
            else if (field == QLatin1String("presenter"))
                out = item.presenter;
            else if (field == QLatin1String("responsible"))
                out = item.responsible;
            else
                out = item.body;
        }
        for (const Decision &d : item.decisions) {
            if (record == Record::Decision && d.id == id)
                out = d.text;
        }
        for (const ActionItem &a : item.actions) {
            if (record == Record::Action && a.id == id)
                out = field == QLatin1String("assignee") ? a.assignee : a.text;
        }
        return out.has_value();
    });
    return out;
}

QString AmendmentTarget::describe(const Meeting &meeting) const
{
    if (record == Record::Meeting) {
        QString label = fieldLabel(field);
        if (!label.isEmpty())
            label[0] = label.at(0).toUpper();
        return label;
    }
    QString out;
    findItem(meeting.items, [&](const AgendaItem &item, const QString &number) {
        if (record == Record::Item && item.id == id) {
            out = tr("Item %1, %2").arg(number, fieldLabel(field));
            return true;
        }
        for (int d = 0; d < item.decisions.size(); ++d) {
            if (record == Record::Decision && item.decisions.at(d).id == id) {
                out = tr("Decision %1")
                          .arg(decisionReference(meeting.body.shortName, meeting.date, number, d,
                              int(item.decisions.size())));
                return true;
            }
        }
        for (const ActionItem &a : item.actions) {
            if (record == Record::Action && a.id == id) {
                out = tr("Item %1, assignment “%2”, %3")
                          .arg(number, MeetingText::oneLine(a.text, 30), fieldLabel(field));
                return true;
            }
        }
        return false;
    });
    return out.isEmpty() ? key() : out;
}

QVector<AmendmentTarget> AmendmentTarget::all(const Meeting &meeting)
{
    QVector<AmendmentTarget> out;
    for (const QString &f : fields(Record::Meeting))
        out.append({Record::Meeting, meeting.id, f});
    findItem(meeting.items, [&](const AgendaItem &item, const QString &) {
        for (const QString &f : fields(Record::Item))
            out.append({Record::Item, item.id, f});
        for (const Decision &d : item.decisions)
            out.append({Record::Decision, d.id, QStringLiteral("text")});
        for (const ActionItem &a : item.actions) {
            for (const QString &f : fields(Record::Action))
                out.append({Record::Action, a.id, f});
        }
        return false;
    });
    return out;
}

} // namespace minutebook
