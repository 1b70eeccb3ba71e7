#pragma once

// Attendee blocks: "Deltagare LG: Tony Mufic, Peter Abrahamsson, …" (names separated by commas
// or one per line, a name may wrap over two lines), sub-group blocks such as "Styrgruppen: …"
// or "SG: …", "Frånvarande: …" and guests ("Gäster:", "Adjungerade:"). A note in parentheses
// after a name ("Anna Berg (punkt 3)") is kept as the attendance's note.

#include "LineCleaner.h"
#include "Meeting.h"

#include <QString>
#include <QVector>

namespace minutebook {

class AttendeeParser
{
public:
    enum class Kind { None, Present, Absent, Guest, SubGroup };

    /// What the line starts, if anything. `group` gets the label for present attendees ("LG"
    /// from "Deltagare LG:", "Styrgruppen"), `rest` the text after the colon. `next` is the
    /// line that follows, to tell "Styrgruppen:" on its own line from other labels.
    static Kind kind(const QString &line, const QString &next, QString *group = nullptr,
        QString *rest = nullptr);

    /// `mainGroup`: label for "Deltagare:" without one and for absentees.
    explicit AttendeeParser(QString mainGroup);

    /// Reads the block whose label stands at `index`; returns the index of the first line
    /// after it. The attendees are added to `attendees` (each name once).
    int parse(const QVector<SourceLine> &lines, int index, int end, QVector<Attendance> &attendees);

    /// The group label of the first "Deltagare" block read ("LG"), empty if it had none.
    const QString &mainGroup() const { return m_mainGroup; }

    /// "Tony Mufic, Cecilia och Susanne F" as single names.
    static QStringList splitNames(const QStringList &lines);

private:
    static bool continues(const QString &line);
    static int afterPageBreak(const QVector<SourceLine> &lines, int index, int end);
    /// Adds the names of the block's lines from `from` on; returns the first line after it.
    static int collect(const QVector<SourceLine> &lines, int from, int end, QStringList &parts);

    QString m_mainGroup;
};

} // namespace minutebook
