<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>minutebook::ArchiveExporter</name>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assignment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>minutebook::BodyRepository</name>
        <message>
            <source>There is no body called “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A body needs a name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>minutebook::Cli</name>
        <message>
            <source>Print JSON (format in docs/cli.md).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the body with this name or short name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At most N results.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From this date (YYYY-MM-DD).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Up to this date (YYYY-MM-DD).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only meetings of year Y.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only assignments still open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only assignments of this person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many meetings to write.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seed for the random choices (default 1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List meetings, newest first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show one meeting whole.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search all meetings: words, "phrase", prefix*, -word.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List the decisions of all meetings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List the assignments of all meetings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill the database with synthetic example minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a consistent copy of the database to FILE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the database for damage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usage: minutebook-cli [--database FILE] COMMAND [options]

Commands:
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>
Run “minutebook-cli COMMAND --help” for the options of a command.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file (default: $MINUTEBOOK_DATABASE, else the user's Minutebook database).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no command given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown command “%1”; run “minutebook-cli --help” for the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show this help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is read-only: %2 needs to write to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--limit needs a whole number of at least 1, not “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--%1 needs a date as YYYY-MM-DD, not “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--year needs a year such as 2024, not “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No meetings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a meeting id: ids are whole numbers such as 42 (see “list”).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>generate needs --meetings N, a whole number from 1 to 10000000.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--seed needs a whole number, not “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote %1 meetings in %2 s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup written to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ok: schema version %1, no problems found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not available yet in this version of Minutebook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting date for files that do not give one (YYYY-MM-DD).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The group the minutes belong to (name).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show what would be imported; write nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a file again even if it was imported before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import minutes from plain-text files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 needs at least one %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot be read: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is too large to be minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warning: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>has no meeting date; give one with --date YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>does not name its group; give one with --body NAME</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is read-only: import needs to write to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 %3 — %4 attendees, %5 absent, %6 guests, %7 items, %8 decisions, %9 assignments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (dry run: not saved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> → meeting %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pdf, html or md (default: from the file name).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write to FILE (replaced only when the export succeeds).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archive: write every meeting as PDF/A, index.html and registers to DIR.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archive: only the body with this name or short name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archive: only meetings of year Y.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export one meeting as PDF, HTML or Markdown, or a PDF archive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 takes no arguments</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 takes %n argument(s): %2</source>
            <translation>
                <numerusform>%1 takes %n argument: %2</numerusform>
                <numerusform>%1 takes %n arguments: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>export --output-dir takes no meeting id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>export takes one meeting id, or --output-dir DIR for an archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>export needs an output file: -o FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not an export format: use pdf, html or md</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an archive export is always pdf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the folder %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Wrote %n meeting(s) to %1</source>
            <translation>
                <numerusform>Wrote %n meeting to %1</numerusform>
                <numerusform>Wrote %n meetings to %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>minutebook::CommandLine</name>
        <message>
            <source>Open the database FILE (default: $MINUTEBOOK_DATABASE, or minutebook.db in the application data folder).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speak LANGUAGE (%1) instead of the language chosen in the program.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LANGUAGE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutebook: meeting minutes for the people who write and read them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected argument “%1”. Use --database FILE to open a database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown language “%1”. Choose one of: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutebook could not open the database “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database not opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show this help and quit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the version and quit.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>minutebook::Database</name>
        <message>
            <source>The database is locked by another program (another Minutebook window, a backup or a sync tool). Close it or try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database is read-only: changes cannot be saved. Check the file's permissions or open a copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file could not be read or written (%1). Check the disk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file is damaged (%1). Restore it from a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file cannot be opened (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is not a Minutebook database (it is not an SQLite file).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database error: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No database file was given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder “%1” does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database “%1” does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create “%1”: the folder is read-only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is a folder, not a database file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” cannot be read: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a Minutebook database (it is not an SQLite file).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” was made by an older Minutebook and must be upgraded, but it is read-only. Open a writable copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database could not be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is an SQLite database of another program, not a Minutebook database. It was not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” was made by a newer version of Minutebook (schema version %2; this program knows up to %3). Use a newer Minutebook; the file was not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upgrading the database to version %1 failed: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” already exists; choose a new file name for the backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup could not be written: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup could not be moved to “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>integrity: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>foreign key: row %1 of table %2 refers to a missing row of %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>search index %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>schema version is %1, expected %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The database has %n problem(s).</source>
            <translation>
                <numerusform>The database has %n problem.</numerusform>
                <numerusform>The database has %n problems.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>minutebook::DecisionLinker</name>
        <message>
            <source>This decision is also recorded under item "%1" in other words; it is stored once, as "%2" (the other wording was "%3").</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not tell which item this decision belongs to; it is kept in item "%1".</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>minutebook::ExampleMinutes</name>
        <message>
            <source>Welcome to Minutebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This database has no meetings yet. Do you want to load example minutes to look around first?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load example</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start empty</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The example holds %n made-up meetings of two groups. For real minutes you can start a new database later.</source>
            <translation>
                <numerusform>The example holds %n made-up meeting of two groups. For real minutes you can start a new database later.</numerusform>
                <numerusform>The example holds %n made-up meetings of two groups. For real minutes you can start a new database later.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>minutebook::FtsQuery</name>
        <message>
            <source>Add a word to search for; “-word” only leaves words out.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>minutebook::HeaderParser</name>
        <message>
            <source>The date "%1" has no year; give the meeting date when importing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file gives two meeting dates, %1 and %2; the first was used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The weekday in "%1" does not match the date %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text before the first item was not recognised; it is kept in the meeting notes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>minutebook::ImportDialog</name>
        <message>
            <source>Import minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create another meeting from a file that was imported before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check what will be created. Double-click a date or group to change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warnings for the selected file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n file(s) need a meeting date or a group. Double-click the cell to fill it in; nothing is imported until every file has both.</source>
            <translation>
                <numerusform>%n file needs a meeting date or a group. Double-click the cell to fill it in; nothing is imported until every file has both.</numerusform>
                <numerusform>%n files need a meeting date or a group. Double-click the cell to fill it in; nothing is imported until every file has both.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) will be imported.</source>
            <translation>
                <numerusform>%n file will be imported.</numerusform>
                <numerusform>%n files will be imported.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing minutes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n meeting(s) imported.</source>
            <translation>
                <numerusform>%n meeting imported.</numerusform>
                <numerusform>%n meetings imported.</numerusform>
            </translation>
        </message>
        <message>
            <source>The import was cancelled; the rest was not imported.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n file(s) not imported:</source>
            <translation>
                <numerusform>%n file not imported:</numerusform>
                <numerusform>%n files not imported:</numerusform>
            </translation>
        </message>
        <message>
            <source>Text files (*.txt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>minutebook::ImportPreviewModel</name>
        <message>
            <source>The file cannot be read: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is too large to be minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Absent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assignments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready, with warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot be imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs a group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import failed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>minutebook::ImportRepository</name>
        <message>
            <source>This file was imported before, as meeting %1. Import it again only if you want a second copy.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>minutebook::ItemParser</name>
        <message>
            <source>A "%1" line with no decision after it; nothing was recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The item is moved to a later meeting, but the date "%1" has no year and the meeting has no date; set it by hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read a due date from "senast %1"; the assignment has none.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>minutebook::LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutebook will use the new language the next time it starts.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>minutebook::MainWindow</name>
        <message>
            <source>Minutebook — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Example not loaded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Minutebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n meeting</numerusform>
                <numerusform>%n meetings</numerusform>
            </translation>
        </message>
        <message>
            <source>Meeting minutes for the people who write and read them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Built with Qt %1, running on Qt %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Minutebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meetings not shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>minutebook::MeetingListModel</name>
        <message>
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>minutebook::MeetingListView</name>
        <message>
            <source>&amp;Group:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No meetings match the chosen group and year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are no meetings in this database yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All years</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>minutebook::MeetingRepository</name>
        <message>
            <source>There is no meeting with id %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A meeting needs a date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no agenda item with id %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>minutebook::MeetingText</name>
        <message>
            <source>Place: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minute-taker: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Present (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Absent: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guests: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Presenter: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision (%1): %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assignment: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>due %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved to the meeting on %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>minutebook::MeetingView</name>
        <message>
            <source>Choose a meeting in the list to read its minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The minutes could not be shown. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy &amp;Link Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>minutebook::MeetingWriter</name>
        <message>
            <source>A meeting needs a date.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>minutebook::MinutesDocument</name>
        <message>
            <source>%1 %2 – minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>INFORMATION</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft – not yet approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants %1:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guests:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Absent:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DECISIONS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No decisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Presenter:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The item is moved to the meeting on %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assignment:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsible: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status: done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status: open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes taken by:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>minutebook::MinutesExporter</name>
        <message>
            <source>Could not write the minutes: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>minutebook::MinutesImporter</name>
        <message>
            <source>The file could not be opened: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is too large for minutes (more than %1 MB).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file could not be read: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open "%1": %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is not UTF-8; it was read as Windows-1252 (Latin-1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is empty.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>minutebook::MinutesPagePainter</name>
        <message>
            <source>Page %1 of %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>minutebook::MinutesParser</name>
        <message>
            <source>This does not look like minutes: it has no meeting date, attendee list, decisions block or numbered items.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No numbered items were found; the text is kept in the meeting notes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file gives no meeting date; the date %1 given for the import was used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file gives no meeting date. Ask for it and import again with that date, or set it before saving.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This line looks like a numbered item but does not continue the numbering; it is kept in the text of item %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>minutebook::MinutesPdfWriter</name>
        <message>
            <source>Could not start writing the PDF.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write the PDF.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>minutebook::PersonRepository</name>
        <message>
            <source>A person needs a name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>minutebook::SearchIndex</name>
        <message>
            <source>The search failed: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>minutebook::TextDecoder</name>
        <message>
            <source>The file is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file says it is UTF-16 text but is not; it cannot be read as minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file contains binary data (NUL bytes); it is not a plain-text minutes file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file contains binary data (control characters); it is not a plain-text minutes file.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
