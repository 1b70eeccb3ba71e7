#include "Records.h"

namespace minutebook {

QString toString(HitKind kind)
{
    switch (kind) {
    case HitKind::Meeting:
        return QStringLiteral("meeting");
    case HitKind::Item:
        return QStringLiteral("item");
    case HitKind::Decision:
        return QStringLiteral("decision");
    case HitKind::Action:
        return QStringLiteral("action");
    }
    return {};
}

} // namespace minutebook
