#pragma once

// What a correction of approved minutes ("rättelse") changes: one text field of the meeting's
// header, an item, a decision or an assignment. Stored as a key ("item:12:title") with the
// amendment, and described for people from the meeting ("Item 3, title").

#include "Meeting.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

namespace minutebook {

struct AmendmentTarget
{
    Q_DECLARE_TR_FUNCTIONS(minutebook::AmendmentTarget)

public:
    enum class Record { Meeting, Item, Decision, Action };

    Record record = Record::Meeting;
    qint64 id = 0;
    QString field; ///< a column name of the record's table, one of fields(record)

    /// The fields a correction may change, per record: the minutes' own text.
    static QStringList fields(Record record);
    QString key() const;
    static std::optional<AmendmentTarget> fromKey(const QString &key);

    /// The field's text in `meeting`; nothing when the record is not in it.
    std::optional<QString> text(const Meeting &meeting) const;
    /// "Place", "Item 3, title", "Decision LG 2024-02-06 §3", "Item 3, assignment “…”,
    /// responsible".
    QString describe(const Meeting &meeting) const;

    /// Every field of the meeting a correction may change, in document order.
    static QVector<AmendmentTarget> all(const Meeting &meeting);
};

} // namespace minutebook
