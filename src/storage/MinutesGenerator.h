#pragma once

// Writes synthetic minutes (core SyntheticMinutes) into a database: bodies, rosters and
// meetings, in batches of one transaction each. Used by `minutebook-cli generate`, the
// first-run example and the benchmarks.

#include "Database.h"
#include "Result.h"

#include <functional>

namespace minutebook {

class MinutesGenerator
{
public:
    /// Called after each batch with meetings written so far; return false to stop.
    using Progress = std::function<bool(int done, int total)>;

    explicit MinutesGenerator(const Database &database);

    /// Writes `meetings` meetings for `seed`. Batches already committed stay when a later one
    /// fails or progress says stop; the result says how many were written.
    Result<int> generate(int meetings, quint64 seed, const Progress &progress = {});

private:
    const Database &m_database;
};

} // namespace minutebook
