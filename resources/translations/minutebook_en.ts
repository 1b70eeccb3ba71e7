<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>minutebook::BodyRepository</name>
    <message>
        <source>There is no body called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A body needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::Cli</name>
    <message>
        <source>Print JSON (format in docs/cli.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the body with this name or short name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to this date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only meetings of year Y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only assignments still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only assignments of this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many meetings to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for the random choices (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List meetings, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one meeting whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all meetings: words, &quot;phrase&quot;, prefix*, -word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the decisions of all meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the assignments of all meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the database with synthetic example minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database for damage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export minutes as PDF, HTML or Markdown (not available yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: minutebook-cli [--database FILE] COMMAND [options]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run “minutebook-cli COMMAND --help” for the options of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (default: $MINUTEBOOK_DATABASE, else the user&apos;s Minutebook database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1”; run “minutebook-cli --help” for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes %2 argument(s): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only: %2 needs to write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year needs a year such as 2024, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a meeting id: ids are whole numbers such as 42 (see “list”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate needs --meetings N, a whole number from 1 to 10000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 meetings in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: schema version %1, no problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not available yet in this version of Minutebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting date for files that do not give one (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group the minutes belong to (name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would be imported; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a file again even if it was imported before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import minutes from plain-text files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least one %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large to be minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no meeting date; give one with --date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not name its group; give one with --body NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only: import needs to write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 — %4 attendees, %5 absent, %6 guests, %7 items, %8 decisions, %9 assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (dry run: not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> → meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::CommandLine</name>
    <message>
        <source>Open the database FILE (default: $MINUTEBOOK_DATABASE, or minutebook.db in the application data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak LANGUAGE (%1) instead of the language chosen in the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutebook: meeting minutes for the people who write and read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”. Use --database FILE to open a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language “%1”. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutebook could not open the database “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::Database</name>
    <message>
        <source>The database is locked by another program (another Minutebook window, a backup or a sync tool). Close it or try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only: changes cannot be saved. Check the file&apos;s permissions or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be read or written (%1). Check the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be opened (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Minutebook database (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Minutebook database (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was made by an older Minutebook and must be upgraded, but it is read-only. Open a writable copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Minutebook database. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Minutebook (schema version %2; this program knows up to %3). Use a newer Minutebook; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; choose a new file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be moved to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign key: row %1 of table %2 refers to a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search index %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version is %1, expected %2</source>
        <translation type="unfinished"></translation>
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
        <source>This decision is also recorded under item &quot;%1&quot; in other words; it is stored once, as &quot;%2&quot; (the other wording was &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell which item this decision belongs to; it is kept in item &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::ExampleMinutes</name>
    <message>
        <source>Welcome to Minutebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no meetings yet. Do you want to load example minutes to look around first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::HeaderParser</name>
    <message>
        <source>The date &quot;%1&quot; has no year; give the meeting date when importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file gives two meeting dates, %1 and %2; the first was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekday in &quot;%1&quot; does not match the date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text before the first item was not recognised; it is kept in the meeting notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::ImportRepository</name>
    <message>
        <source>This file was imported before, as meeting %1. Import it again only if you want a second copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::ItemParser</name>
    <message>
        <source>A &quot;%1&quot; line with no decision after it; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is moved to a later meeting, but the date &quot;%1&quot; has no year and the meeting has no date; set it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read a due date from &quot;senast %1&quot;; the assignment has none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutebook will use the new language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::MainWindow</name>
    <message>
        <source>Minutebook — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Minutebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Minutebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::MeetingListModel</name>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::MeetingListView</name>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings match the chosen group and year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no meetings in this database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::MeetingRepository</name>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agenda item with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::MeetingText</name>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute-taker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the meeting on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::MeetingView</name>
    <message>
        <source>Choose a meeting in the list to read its minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes could not be shown. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::MeetingWriter</name>
    <message>
        <source>A meeting needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::MinutesDocument</name>
    <message>
        <source>%1 %2 – minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INFORMATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft – not yet approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DECISIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is moved to the meeting on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes taken by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::MinutesImporter</name>
    <message>
        <source>The file could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large for minutes (more than %1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 (Latin-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::MinutesParser</name>
    <message>
        <source>This does not look like minutes: it has no meeting date, attendee list, decisions block or numbered items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbered items were found; the text is kept in the meeting notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file gives no meeting date; the date %1 given for the import was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file gives no meeting date. Ask for it and import again with that date, or set it before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line looks like a numbered item but does not continue the numbering; it is kept in the text of item %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::PersonRepository</name>
    <message>
        <source>A person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::SearchIndex</name>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::TextDecoder</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file says it is UTF-16 text but is not; it cannot be read as minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains binary data (NUL bytes); it is not a plain-text minutes file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains binary data (control characters); it is not a plain-text minutes file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
