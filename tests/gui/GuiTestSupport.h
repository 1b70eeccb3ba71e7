#pragma once

// Databases with generated minutes for the GUI tests, and a collector for the warnings
// QAbstractItemModelTester prints.

#include "Database.h"
#include "MeetingRepository.h"
#include "MinutesGenerator.h"

#include <QStringList>

#include <gtest/gtest.h>

#include <memory>
#include <ostream>

// Readable failure messages for Qt strings.
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace minutebook::test {

/// An in-memory database with `meetings` generated meetings (none for 0).
inline std::unique_ptr<Database> generatedDatabase(int meetings)
{
    auto db = Database::openInMemory();
    EXPECT_TRUE(db.ok()) << db.error().toStdString();
    if (!db.ok())
        return nullptr;
    if (meetings > 0) {
        const Result<int> written = MinutesGenerator(*db.value()).generate(meetings, 11);
        EXPECT_TRUE(written.ok()) << written.error().toStdString();
    }
    return std::move(db.value());
}

inline MeetingSummary newestMeeting(const Database &database)
{
    MeetingFilter first;
    first.limit = 1;
    const auto rows = MeetingRepository(database).list(first);
    EXPECT_TRUE(rows.ok() && !rows.value().isEmpty());
    return rows.ok() && !rows.value().isEmpty() ? rows.value().constFirst() : MeetingSummary();
}

/// Collects the warnings Qt prints while it lives (the model tester reports through them).
class WarningCollector
{
public:
    WarningCollector() { s_previous = qInstallMessageHandler(&WarningCollector::handle); }
    ~WarningCollector() { qInstallMessageHandler(s_previous); }
    WarningCollector(const WarningCollector &) = delete;
    WarningCollector &operator=(const WarningCollector &) = delete;

    static QStringList &warnings()
    {
        static QStringList list;
        return list;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (type == QtWarningMsg || type == QtCriticalMsg)
            warnings().append(message);
        if (s_previous)
            s_previous(type, context, message);
    }
    static inline QtMessageHandler s_previous = nullptr;
};

} // namespace minutebook::test
