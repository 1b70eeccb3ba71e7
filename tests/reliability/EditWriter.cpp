// minutebook_edit_writer DB: types into one agenda item for ever and saves through the
// editor's own autosave (AgendaEdits::saveFields, one transaction per save), and prints the
// number of each word once its save has committed. crash_test.sh kills it with SIGKILL at
// random moments and checks what survived.

#include "AgendaEdits.h"
#include "Database.h"
#include "MeetingRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QThread>

#include <cstdio>

using namespace minutebook;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "minutebook_edit_writer: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        return fail(QStringLiteral("usage: minutebook_edit_writer DATABASE [PAUSE_MS]"));
    const int pauseMs = args.size() > 2 ? args.at(2).toInt() : 2;
    auto opened = Database::open(args.at(1));
    if (!opened)
        return fail(opened.error());
    Database &db = *opened.value();
    MeetingRepository meetings(db);
    AgendaEdits edits(db);

    auto list = meetings.list();
    if (!list)
        return fail(list.error());
    Meeting meeting;
    if (list.value().isEmpty()) {
        meeting.body.name = QStringLiteral("Ledningsgruppen");
        meeting.body.shortName = QStringLiteral("LG");
        meeting.title = QStringLiteral("Krocktest");
        meeting.date = QDate(2026, 11, 24);
        AgendaItem item;
        item.title = QStringLiteral("Anteckningar under mötet");
        meeting.items.append(item);
        if (Status s = meetings.insert(meeting); !s)
            return fail(s.error());
    } else {
        auto loaded = meetings.load(list.value().first().id);
        if (!loaded)
            return fail(loaded.error());
        meeting = loaded.value();
    }
    AgendaItem item = meeting.items.first();
    // Continue after the last word a previous (killed) run saved.
    static const QRegularExpression word(QStringLiteral("ord(\\d+)$"));
    const QRegularExpressionMatch last = word.match(item.body.trimmed());
    long long n = last.hasMatch() ? last.captured(1).toLongLong() : 0;
    for (;;) {
        ++n;
        item.body += QStringLiteral(" Sekreteraren skriver åäö ord%1").arg(n);
        if (Status s = edits.saveFields(nullptr, {item}); !s)
            return fail(s.error());
        std::printf("%lld\n", n);
        std::fflush(stdout);
        if (pauseMs > 0)
            QThread::msleep(static_cast<unsigned long>(pauseMs));
    }
}
