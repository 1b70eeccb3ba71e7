#include "NameResolver.h"

#include <QStringList>

#include <algorithm>

namespace minutebook {

NameResolver::NameResolver(const QVector<Attendance> &attendees)
    : m_attendees(attendees)
{ }

QString NameResolver::resolve(const QString &written) const
{
    QString text = written.trimmed();
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 2)
        return text;
    QString found;
    int matches = 0;
    for (const Attendance &a : m_attendees) {
        const QString &name = a.person.name;
        if (name.compare(text, Qt::CaseInsensitive) == 0)
            return name;
        const QStringList parts = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        bool match = false;
        if (words.size() == 1) {
            match = parts.first() == words.first() || a.person.initials == words.first();
        } else {
            // "Maria H": first name and the first letters of a later name.
            const QString &tail = words.at(1);
            match = parts.first() == words.first() && parts.size() > 1
                && std::any_of(parts.cbegin() + 1, parts.cend(),
                    [&](const QString &p) { return p.startsWith(tail); });
        }
        if (match) {
            ++matches;
            found = name;
        }
    }
    return matches == 1 ? found : text;
}

} // namespace minutebook
