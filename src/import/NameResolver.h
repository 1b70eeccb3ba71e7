#pragma once

// Finds the attendee a short reference in the text means: "Lila" is Lila Ericsson when she is
// the only Lila present, "Maria H" is Maria Holm, "MBH" is Maria Boman Hansson. Anything that
// is not exactly one attendee stays as written.

#include "Meeting.h"

#include <QString>
#include <QVector>

namespace minutebook {

class NameResolver
{
public:
    explicit NameResolver(const QVector<Attendance> &attendees);

    QString resolve(const QString &written) const;

private:
    QVector<Attendance> m_attendees;
};

} // namespace minutebook
