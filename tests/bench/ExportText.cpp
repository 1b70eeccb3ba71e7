// minutebook_export_text DATABASE DIR: writes every meeting as the plain text `minutebook-cli
// show ID` prints (MeetingText), one file per meeting, for comparing search with grep tools
// (tests/bench/search_vs_rg.sh). A benchmark helper, not part of the product.

#include "Database.h"
#include "MeetingRepository.h"
#include "MeetingText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

using namespace minutebook;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: minutebook_export_text DATABASE DIR\n");
        return 2;
    }
    Database::Options readOnly;
    readOnly.readOnly = true;
    readOnly.createIfMissing = false;
    auto db = Database::open(QString::fromLocal8Bit(argv[1]), readOnly);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    const QDir dir(QString::fromLocal8Bit(argv[2]));
    if (!dir.exists() && !QDir().mkpath(dir.path()))
        return 1;
    MeetingRepository meetings(*db.value());
    MeetingFilter page;
    page.limit = 1000;
    int written = 0;
    for (;;) {
        const auto rows = meetings.list(page);
        if (!rows) {
            std::fprintf(stderr, "%s\n", qPrintable(rows.error()));
            return 1;
        }
        if (rows->isEmpty())
            break;
        for (const MeetingSummary &s : rows.value()) {
            const auto meeting = meetings.load(s.id);
            if (!meeting) {
                std::fprintf(stderr, "%s\n", qPrintable(meeting.error()));
                return 1;
            }
            QFile out(dir.filePath(QStringLiteral("%1.txt").arg(s.id)));
            if (!out.open(QIODevice::WriteOnly))
                return 1;
            out.write(MeetingText::format(meeting.value()).toUtf8());
            ++written;
        }
        page.offset += page.limit;
    }
    std::printf("%d meetings written to %s\n", written, argv[2]);
    return 0;
}
