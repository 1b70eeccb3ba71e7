#pragma once

// Fixture meetings for the export tests, and helpers that run the poppler tools on a PDF.

#include "DocumentTestSupport.h"

#include <QProcess>
#include <QStandardPaths>

namespace minutebook::test {

inline Meeting meetingWithoutDecisions()
{
    Meeting m = documentMeeting();
    m.date = QDate(2024, 3, 5);
    for (AgendaItem &item : m.items) {
        item.decisions.clear();
        for (AgendaItem &child : item.children)
            child.decisions.clear();
    }
    return m;
}

inline Meeting meetingWithManyDecisions(int count = 12)
{
    Meeting m = documentMeeting();
    m.date = QDate(2024, 4, 9);
    AgendaItem item;
    item.title = QString::fromUtf8("Budgetbeslut för året");
    for (int i = 1; i <= count; ++i)
        item.decisions.append({0, i, QString::fromUtf8("Beslut nr %1 om äskade medel").arg(i)});
    m.items.append(item);
    return m;
}

/// Enough items to span several A4 pages; each item title is unique so none can go missing.
inline Meeting longMeeting(int items = 60)
{
    Meeting m = documentMeeting();
    m.date = QDate(2024, 5, 14);
    for (int i = 1; i <= items; ++i) {
        AgendaItem item;
        item.title = QString::fromUtf8("Punkt %1 om övergripande åtgärder").arg(i);
        item.body = QString::fromUtf8("Diskussion om läget på skolorna, "
                                      "med synpunkter från förvaltningen och rektorerna.");
        m.items.append(item);
    }
    return m;
}

inline bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

/// Standard output of a poppler tool, or an empty string if it failed.
inline QString runTool(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace minutebook::test
