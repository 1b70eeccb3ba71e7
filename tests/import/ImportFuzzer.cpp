// libFuzzer entry point for the minutes importer (optional, see CMakeLists.txt). Every input
// must give either a meeting or a clean failure message; a crash or sanitizer report is a bug.

#include "MinutesImporter.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = minutebook::MinutesImporter::importBytes(bytes);
    if (!result.ok() && result.error().isEmpty())
        std::abort();
    return 0;
}
