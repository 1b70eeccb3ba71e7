// The secretary's editor: opening a large meeting (session models, and the whole editor
// widget), one autosave commit (header and one item in one transaction), and for comparison a
// bare SQLite commit of the same row on a plain Qt SQL connection, in the same run.

#include "AgendaEdits.h"
#include "AgendaModel.h"
#include "Database.h"
#include "MeetingEditor.h"
#include "MeetingRepository.h"
#include "MeetingSession.h"
#include "MeetingSessions.h"
#include "SearchTokenizer.h"

#include <QApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

using namespace minutebook;

namespace {
// 30 items with 5 sub-items each, 60 attendees, decisions, assignments and a paragraph with
// bullets in every item: a long meeting of the group, typed in full.
Meeting largeMeeting()
{
    Meeting m;
    m.body.name = QStringLiteral("Ledningsgrupp HSS");
    m.body.shortName = QStringLiteral("LG");
    m.title = QStringLiteral("Mötesanteckningar");
    m.date = QDate(2024, 2, 6);
    m.start = QTime(12, 0);
    m.end = QTime(16, 0);
    m.place = QStringLiteral("Jupiter");
    for (int i = 0; i < 60; ++i) {
        Attendance a;
        a.person.name = QStringLiteral("Person %1").arg(i);
        a.groupLabel = i < 20 ? QStringLiteral("LG") : QStringLiteral("Styrgruppen");
        m.attendees.append(a);
    }
    const QString body = QStringLiteral(
        "Förvaltningen går igenom förslaget och svarar på frågor.\n\n- intäkter\n  - skatter\n"
        "- kostnader\n\n**Viktigt:** se [underlaget](https://example.se/underlag).");
    for (int i = 0; i < 30; ++i) {
        AgendaItem item;
        item.title = QStringLiteral("Punkt %1 om verksamhetsplanen").arg(i + 1);
        item.presenter = QStringLiteral("Person %1").arg(i);
        item.body = body;
        item.decisions = {{0, 0, QStringLiteral("Mötet beslutar enligt förslaget.")}};
        item.actions = {ActionItem {0, QStringLiteral("Återkomma med en plan."),
            QStringLiteral("Person %1").arg(i), QDate(2024, 3, 1)}};
        for (int c = 0; c < 5; ++c) {
            AgendaItem child;
            child.title = QStringLiteral("Underpunkt %1").arg(c + 1);
            child.body = body;
            item.children.append(child);
        }
        m.items.append(item);
    }
    return m;
}

struct Fixture
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> db;
    Meeting meeting;
};

Fixture &fixture()
{
    static Fixture f = [] {
        Fixture out;
        out.path = out.dir.filePath(QStringLiteral("editor.db"));
        auto db = Database::open(out.path);
        if (!db)
            qFatal("%s", qPrintable(db.error()));
        out.db = std::move(db.value());
        out.meeting = largeMeeting();
        if (!MeetingRepository(*out.db).insert(out.meeting))
            qFatal("could not write the large meeting");
        return out;
    }();
    return f;
}

void OpenLargeMeetingSession(benchmark::State &state)
{
    Fixture &f = fixture();
    MeetingSession session(*f.db);
    for (auto _ : state) {
        if (!session.load(f.meeting.id))
            state.SkipWithError("load failed");
        benchmark::DoNotOptimize(session.agenda()->rowCount());
    }
}
BENCHMARK(OpenLargeMeetingSession)->Unit(benchmark::kMillisecond);

void OpenLargeMeetingEditor(benchmark::State &state)
{
    Fixture &f = fixture();
    MeetingSessions sessions(*f.db);
    MeetingEditor editor(sessions);
    editor.resize(1200, 800);
    editor.show();
    for (auto _ : state) {
        editor.showMeeting(0);
        // Read afresh each time (sessions are kept once opened): what opening it costs.
        sessions.meetingsChangedElsewhere({f.meeting.id});
        editor.showMeeting(f.meeting.id);
        QCoreApplication::processEvents();
    }
}
BENCHMARK(OpenLargeMeetingEditor)->Unit(benchmark::kMillisecond);

void AutosaveCommit(benchmark::State &state)
{
    Fixture &f = fixture();
    AgendaEdits edits(*f.db);
    Meeting header = f.meeting;
    AgendaItem item = f.meeting.items.at(10);
    int n = 0;
    for (auto _ : state) {
        item.body = QStringLiteral("Redigerad text nummer %1 om lokalförsörjningen.").arg(++n);
        if (!edits.saveFields(&header, {item}))
            state.SkipWithError("save failed");
    }
}
BENCHMARK(AutosaveCommit)->Unit(benchmark::kMicrosecond);

// The same save of the item alone: the row the bare commit below writes.
void AutosaveCommitItemOnly(benchmark::State &state)
{
    Fixture &f = fixture();
    AgendaEdits edits(*f.db);
    AgendaItem item = f.meeting.items.at(10);
    int n = 0;
    for (auto _ : state) {
        item.body = QStringLiteral("Redigerad text nummer %1 om lokalförsörjningen.").arg(++n);
        if (!edits.saveFields(nullptr, {item}))
            state.SkipWithError("save failed");
    }
}
BENCHMARK(AutosaveCommitItemOnly)->Unit(benchmark::kMicrosecond);

void BareSqliteCommit(benchmark::State &state)
{
    Fixture &f = fixture();
    const QString name = QStringLiteral("bare");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(f.path);
        if (!db.open() || !SearchTokenizer::registerOn(db).ok())
            state.SkipWithError("open failed");
        QSqlQuery pragma(db);
        // The pragmas Database::open sets, so only the program's own work differs.
        pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE agenda_items SET body = ? WHERE id = ?"));
        const qint64 id = f.meeting.items.at(10).id;
        int n = 0;
        for (auto _ : state) {
            QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
            update.bindValue(
                0, QStringLiteral("Bar text nummer %1 om lokalförsörjningen.").arg(++n));
            update.bindValue(1, id);
            if (!update.exec())
                state.SkipWithError("update failed");
            QSqlQuery(db).exec(QStringLiteral("COMMIT"));
        }
    }
    QSqlDatabase::removeDatabase(name);
}
BENCHMARK(BareSqliteCommit)->Unit(benchmark::kMicrosecond);
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
