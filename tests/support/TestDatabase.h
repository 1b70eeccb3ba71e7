#pragma once

// Test databases: opened or failed with the reason, in memory, or filled with generated minutes
// (needs minutebook_storage).

#include "Database.h"
#include "MeetingRepository.h"
#include "MinutesGenerator.h"

#include <gtest/gtest.h>

#include <memory>

namespace minutebook::test {

inline std::unique_ptr<Database> openOrFail(
    const QString &path, const Database::Options &options = {})
{
    auto db = Database::open(path, options);
    EXPECT_TRUE(db.ok()) << db.error().toStdString();
    return db.ok() ? std::move(db.value()) : nullptr;
}

inline std::unique_ptr<Database> memoryDb()
{
    auto db = Database::openInMemory();
    EXPECT_TRUE(db.ok()) << db.error().toStdString();
    return db.ok() ? std::move(db.value()) : nullptr;
}

/// An in-memory database with `meetings` generated meetings (none for 0).
inline std::unique_ptr<Database> generatedDatabase(int meetings)
{
    auto db = memoryDb();
    if (db && meetings > 0) {
        const Result<int> written = MinutesGenerator(*db).generate(meetings, 11);
        EXPECT_TRUE(written.ok()) << written.error().toStdString();
    }
    return db;
}

inline MeetingSummary newestMeeting(const Database &database)
{
    MeetingFilter first;
    first.limit = 1;
    const auto rows = MeetingRepository(database).list(first);
    EXPECT_TRUE(rows.ok() && !rows.value().isEmpty());
    return rows.ok() && !rows.value().isEmpty() ? rows.value().constFirst() : MeetingSummary();
}

} // namespace minutebook::test
