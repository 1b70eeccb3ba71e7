<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>minutebook::ActionListModel</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked done on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::ActionListView</name>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n assignment</numerusform>
            <numerusform>%n assignments</numerusform>
        </translation>
    </message>
    <message>
        <source>Assignments not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignments.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::AgendaEdits</name>
    <message>
        <source>There is no agenda item with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda item %1 belongs to another meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda item cannot be moved under itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first item of a level cannot be indented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item above could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A top-level item cannot be outdented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::AgendaModel</name>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item has no title yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::AmendmentTarget</name>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute-taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1, assignment “%2”, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::ApprovalActions</name>
    <message>
        <source>&amp;Approve minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the &amp;approval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes not reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send to attendees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail program opens with the message. The minutes are saved in %1; if the message has no attachment, attach that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail program could not be opened (xdg-email, from the package xdg-utils, was not found). The minutes are saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only approved minutes are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on the attendance list has an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::Approvals</name>
    <message>
        <source>Say who approved the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes are approved by one or two persons, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not attend the meeting. Those who did: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These minutes are already approved (by %1 on %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes cannot be approved before the meeting (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the minutes are reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These minutes are not approved; there is nothing to reopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archival copy could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only approved minutes are corrected; a draft is simply changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record who approved these minutes first; then they can be corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a field of these minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the minutes are corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who corrects the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new text is the same as the old one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::ApproveDialog</name>
    <message>
        <source>Approve minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; – once approved, the minutes can no longer be changed; only the status of assignments can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody else)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approved by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;and by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before approving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing seems to be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::ApprovedRule</name>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agenda item with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no decision with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assignment with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting with id %1 has an unknown status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change to row %1 was not saved; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::ArchiveActions</name>
    <message>
        <source>&amp;Recent Archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the archive to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Archive to Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written to %1; this archive stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) were copied to %1.</source>
        <translation>
            <numerusform>%n meeting was copied to %1.</numerusform>
            <numerusform>%n meetings were copied to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file stays as it was. Work on in the server&apos;s archive, so that everybody sees the same minutes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Server Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay in the File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Cop&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutebook archives (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. A new archive needs a name not in use; Open Archive… opens an existing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the open archive itself. Choose another name for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the archive with the copy of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive as it is now is kept in the backups folder first, so this can be undone by restoring that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mov&amp;e Archive to Server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::ArchiveCopy</name>
    <message>
        <source>%1 does not have the tables this program copies (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n meeting(s). Copy into an empty archive, or add with --append.</source>
        <translation>
            <numerusform>%1 already holds %n meeting. Copy into an empty archive, or add with --append.</numerusform>
            <numerusform>%1 already holds %n meetings. Copy into an empty archive, or add with --append.</numerusform>
        </translation>
    </message>
    <message>
        <source>The source and the target are the same archive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::ArchiveExportDialog</name>
    <message>
        <source>Export archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every meeting becomes a PDF/A file named by date and group; index.html links them, decisions.csv and actions.csv list the decisions and assignments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::ArchiveExporter</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::ArchiveSettings</name>
    <message>
        <source>“%1” is not a language of the minutes Minutebook can write (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is open read-only: its language cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::ArchiveWindow</name>
    <message>
        <source>Archive not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutebook could not open the archive “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutebook is building the search index for this version. This happens once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored. The archive as it was is kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open in another Minutebook window, which has been brought forward. One window per archive keeps every edit in one place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::AttendanceEditor</name>
    <message>
        <source>&lt;b&gt;Attendance&lt;/b&gt; (Space marks present or absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the guest&apos;s name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add g&amp;uest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to ro&amp;ster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::AttendanceModel</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3 present)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::AutoBackup</name>
    <message>
        <source>The backup folder “%1” could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup and the database are the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current database could not be opened to keep a copy of it before restoring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> before restore </source>
        <comment>part of a file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open in Minutebook or another program. Close it there and restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be replaced: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>A person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body “%1” could not be saved; try again.</source>
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
    <message>
        <source>pdf, html or md (default: from the file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE (replaced only when the export succeeds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive: write every meeting as PDF/A, index.html and registers to DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive: only the body with this name or short name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive: only meetings of year Y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export one meeting as PDF, HTML or Markdown, or a PDF archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes one meeting id, or --output-dir DIR for an archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs an output file: -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an export format: use pdf, html or md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an archive export is always pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n meeting(s) to %1</source>
        <translation>
            <numerusform>Wrote %n meeting to %1</numerusform>
            <numerusform>Wrote %n meetings to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Print CSV: UTF-8 with byte order mark, &apos;;&apos;-separated (for Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV field separator: semicolon (default), comma or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only hits where this person attended, presented or was assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only hits of this kind: meeting, item, decision or action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation named in the header and page footer (default: from the program&apos;s settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo (SVG or PNG) at the top of the first page; &quot;&quot; for none (default: from the program&apos;s settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer text on every page (default: from the program&apos;s settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database by a backup (the current one is kept in backups/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind needs meeting, item, decision or action, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database as it was is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--separator needs semicolon, comma or tab, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--separator only goes with --csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose either --csv or --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “%1”; showing hits for “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who approved the minutes: --by NAME or --by &quot;NAME,NAME&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting %1 approved %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256, version %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the minutes are reopened: --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting %1 is a draft again; the earlier approval is kept in its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved: a draft has no approved record to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved before approvals were recorded in the program: there is no fingerprint to check. Record the approval with “approve %1 --by NAME”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint is of version %1, which this program does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint at approval: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive matches the approved minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint now:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive does NOT match: the minutes were changed after approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who approved the minutes: one or two attendees, separated by a comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of approval (YYYY-MM-DD; default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the minutes are reopened (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who reopens them (default: the login name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve a meeting&apos;s minutes (they become read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make approved minutes a draft again, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carries no approval: it is not approved minutes exported by Minutebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the minutes of %2 %3 (meeting %4), approved %5 by %6 (approval %7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint in the document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive does not hold that meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive recorded another fingerprint for this approval: the document was not made from these approved minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes in the archive are no longer approved (reopened).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes were corrected after this document was made; the archive holds approval %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is the approved minutes, and the archive still matches them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that approved minutes (or their PDF) are unchanged since approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the program %2, which is missing; install Minutebook again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive to copy: a file, or a server as postgresql://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to copy it: a new file, or a server prepared with “server init”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to a target that already holds meetings (the copied rows get new ids).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a whole archive between files and servers (--from, --to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the archive&apos;s schema on a server, or upgrade it (the owner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: minutebook-cli [--database FILE | --server URL] COMMAND [options]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive on a PostgreSQL server, as a libpq URI or key=value string (default: $MINUTEBOOK_SERVER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --database or --server, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore replaces a database file; an archive on a server is restored by its owner with pg_restore (docs/server.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server takes init or upgrade, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1 needs a server: give --server URL or set $MINUTEBOOK_SERVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a Minutebook archive (schema version %1) on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive on %1 is up to date (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded the archive on %1 from schema version %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy needs --from SOURCE and --to TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only: copy needs to write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying: %1 of %2 rows (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n meeting(s), %1 rows in all, from %2 to %3.</source>
        <translation>
            <numerusform>Copied %n meeting, %1 rows in all, from %2 to %3.</numerusform>
            <numerusform>Copied %n meetings, %1 rows in all, from %2 to %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every command&apos;s options, one after the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the options of a command (--all: of every one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: minutebook-cli %1 [options]%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help takes one command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the minutes in this language (sv or en) this once (default: the archive&apos;s language; see the command “language”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the language the archive&apos;s minutes are written in, or set it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a language Minutebook writes minutes in: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set: the minutes are written in the language of the program making them (now %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--document-language takes one of %1, not “%2”.</source>
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
    <message>
        <source>Backup saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database FILE, as --database FILE does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”. Give one database, as FILE or with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the installation without opening a window: print the version, the database drivers, the language and Qt&apos;s standard buttons in it, and quit (exit status 0 when Minutebook can run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the archive on a PostgreSQL server, given as a libpq URI or key=value string as minutebook-cli takes it (default: $MINUTEBOOK_SERVER when no FILE is given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a database FILE or --server URL, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already open in Minutebook; that window was brought forward.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::ConnectServerDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Archive to Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the archive your organisation keeps on a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every meeting of this archive to a server archive that holds no meetings yet (its owner prepares it with “minutebook-cli server init”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>localhost, or a socket folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password given: not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 works: it holds a Minutebook archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::CorrectionDialog</name>
    <message>
        <source>Correct approved minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes stay approved. The correction is listed in them under “Corrections”, with the old and the new text, who made it, when and why, and they get a new fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the text is corrected (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Corrected text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::CsvExport</name>
    <message>
        <source>Semicolon (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field separator of the CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::Database</name>
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
    <message>
        <source>the search index was built by another version of the search rules; open the database writable to rebuild it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an SQLite connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search index: could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the search index was cancelled. Nothing was changed; it is built the next time the database is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database on %1 holds tables of another program, not a Minutebook archive. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema version on %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Minutebook archive yet. Whoever owns the database creates it with “minutebook-cli server init”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive on %1 was made by a newer version of Minutebook (schema version %2; this program knows up to %3). Use a newer Minutebook; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive on %1 has schema version %2 and this program needs %3. Whoever owns the database upgrades it with “minutebook-cli server upgrade”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a Minutebook archive (schema version %2). Use “minutebook-cli server upgrade” to bring it up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Minutebook archive to upgrade. Create it with “minutebook-cli server init”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An archive on a server is backed up on the server, by its owner with pg_dump (see docs/server.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of text are not in the search index yet; the next save indexes them</source>
        <translation>
            <numerusform>%n row of text is not in the search index yet; the next save indexes it</numerusform>
            <numerusform>%n rows of text are not in the search index yet; the next save indexes them</numerusform>
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
    <name>minutebook::DecisionRegisterModel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::DecisionRegisterView</name>
    <message>
        <source>Filter decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message>
        <source>Export decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decisions.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::DocumentActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another logo or remove it in File → Settings….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing meeting %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) exported to %1.</source>
        <translation>
            <numerusform>%n meeting exported to %1.</numerusform>
            <numerusform>%n meetings exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved. They apply to everything printed and exported from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport archive…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::DocumentSettings</name>
    <message>
        <source>The logo %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo %1 is not an SVG image this program can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::DocumentSettingsDialog</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From each group&apos;s own details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example postal address, telephone, web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Footer text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed and exported minutes show the organisation and the logo at the top, and the organisation, the footer text and the page number at the foot of every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.svg *.png);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the labels, dates and page numbers of this archive&apos;s printed and exported minutes, on every computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is open read-only: its language cannot be changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language not changed</source>
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
    <name>minutebook::FollowUp</name>
    <message>
        <source>Opening of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of the previous meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up of assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting of %1 is already approved and cannot take more items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date to defer the item to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agenda item with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item has already been deferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item can only be deferred to a date after the meeting (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date of the new meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new meeting needs a date other than the previous one&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There already is a meeting of the body on %1.</source>
        <translation type="unfinished"></translation>
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
    <name>minutebook::GuideWindow</name>
    <message>
        <source>Minutebook User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::HeaderEditor</name>
    <message>
        <source>Title of the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved — read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft — saved as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end time is before the start time. It is saved as typed; correct it when you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute-ta&amp;ker:</source>
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
    <name>minutebook::ImportDialog</name>
    <message>
        <source>Import minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create another meeting from a file that was imported before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what will be created. Double-click a date or group to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings for the selected file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings of the chosen file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::ImportPreviewModel</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
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
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready, with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
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
    <name>minutebook::InstallationCheck</name>
    <message>
        <source>Minutebook %1 (Qt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (package %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt SQL driver %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <extracomment>The name of the language of this translation, as it would be said in a sentence.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttons: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::ItemEditor</name>
    <message>
        <source>What the item is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who presents it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said. &quot;- &quot; starts a bullet, Tab makes a sub-bullet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullet list (Ctrl+Shift+L); Tab in a list makes a sub-bullet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selection a link (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the decision (Ctrl+Shift+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the assignment (Ctrl+Shift+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the item to a later meeting (Ctrl+Shift+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting decided…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment: what is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does it (name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item has no title yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date of the new assignment is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open assignment is past its due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer “%1” to the meeting on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold (in an item&apos;s text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullet list (in an item&apos;s text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link (in an item&apos;s text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen decision or assignment (in the item&apos;s list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prese&amp;nter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsi&amp;ble:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;cision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defe&amp;r…</source>
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
    <name>minutebook::ItemRecordsModel</name>
    <message>
        <source>Decision §%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the decision here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked when the assignment is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
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
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln meeting</numerusform>
            <numerusform>%Ln meetings</numerusform>
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
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive on the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is not installed. Minutebook looked for it in:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::MeetingEditor</name>
    <message>
        <source>These minutes are approved: they can be read but no longer changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda&lt;/b&gt; (Enter: next item, Tab: sub-item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Sub-item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Item &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;ndent Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outdent Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add De&amp;cision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;fer Item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting from previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the next meeting of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Item U&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Meeting &amp;from Previous…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive is open read-only (the file cannot be written): its minutes can be read, searched, printed and exported, but not changed.</source>
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
    <message>
        <source>Filter by title, place, group or date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::MeetingRepository</name>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::MeetingRules</name>
    <message>
        <source>These minutes are approved and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: the assignment “%2” has nobody responsible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: the assignment “%2” has no due date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::MeetingSession</name>
    <message>
        <source>Edit title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit minute-taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit item title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit item text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sub-item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdent item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add guest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit decision §%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove decision §%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark assignment done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark assignment open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer item %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignment is no longer in these minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is open read-only: nothing in it can be changed.</source>
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
    <message>
        <source>Approved %1 by %2, fingerprint %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved before approvals were recorded in the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: “%3” → “%4” (%5: %6)</source>
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
    <message>
        <source>Approved (not approved in the program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved %1 by %2 · fingerprint %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORRECTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” → “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected by %1. Reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::MinutesExporter</name>
    <message>
        <source>Could not write the minutes: %1</source>
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
    <name>minutebook::MinutesMail</name>
    <message>
        <source>Minutes %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached are the approved minutes of %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved %1 by %2. Fingerprint (SHA-256): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::MinutesPagePainter</name>
    <message>
        <source>Page %1 of %2</source>
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
    <name>minutebook::MinutesPdfWriter</name>
    <message>
        <source>Could not start writing the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example Ledningsgruppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example LG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::NoMeetingPanel</name>
    <message>
        <source>Load the example minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the minutes of your next meeting, read in the minutes you already have, or look around in made-up example minutes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meeting in the list, or start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::PersonRepository</name>
    <message>
        <source>A person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person “%1” could not be saved; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::PostgresDialect</name>
    <message>
        <source>constraint %1 of table %2 is not validated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::PostgresSearch</name>
    <message>
        <source>Indexing was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::PrintStart</name>
    <message>
        <source>The printer %1 could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::RecentArchives</name>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::RecordEdits</name>
    <message>
        <source>The assignment no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::RegisterCsv</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::RegisterDocks</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;pane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::ReopenDialog</name>
    <message>
        <source>Reopen approved minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes of %1 %2 become a draft again and can be changed. The approval and its fingerprint are kept in the meeting&apos;s log, with the reason given here. To correct a single mistake, use a correction instead: the minutes then stay approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the minutes are reopened (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::RestoreBackupDialog</name>
    <message>
        <source>%1 — cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln meeting(s)</source>
        <translation>
            <numerusform>%1 — %Ln meeting</numerusform>
            <numerusform>%1 — %Ln meetings</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this archive yet. Minutebook makes one a day, once the archive holds a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the archive as it was in one of these copies. The archive as it is now is kept in the backups folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::SaveFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::SearchHitModel</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n hit(s))</source>
        <translation>
            <numerusform>%1 (%n hit)</numerusform>
            <numerusform>%1 (%n hits)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minutebook::SearchIndex</name>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::SearchPane</name>
    <message>
        <source>Search all meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words (all must occur), &quot;exact phrase&quot;, prefix* and -word to leave out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only meetings the person attended, items they presented and assignments given to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message>
        <source>No hits for “%1”. Showing hits for “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 hits; counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %L1 hits; showing the first %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s); showing the first %1.</source>
        <translation>
            <numerusform>%Ln hit; showing the first %1.</numerusform>
            <numerusform>%Ln hits; showing the first %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search hits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::SearchTokenizer</name>
    <message>
        <source>The search index cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::SendDialog</name>
    <message>
        <source>Send the minutes to the attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail program opens with a message to everyone on the attendance list who has an address, with the minutes attached as PDF. The addresses are kept for the next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PDF in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address is not an e-mail address (shown in red).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s).</source>
        <translation>
            <numerusform>%n recipient.</numerusform>
            <numerusform>%n recipients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minutebook::ServerAddress</name>
    <message>
        <source>No server given: use a URL such as postgresql://user@host/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server address: “%2” is not a port number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names no database: add it to the address (…/database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation cannot reach a server: Qt&apos;s PostgreSQL driver (package libqt6sql6-psql) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 has no database “%2”. Check the address, or ask whoever runs the server to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 refused the login: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 cannot be reached (gave up after at most %2 s): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::ShortcutsDialog</name>
    <message>
        <source>In the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a command or a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::SqliteDialect</name>
    <message>
        <source>integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign key: row %1 of table %2 refers to a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>minutebook::StorageError</name>
    <message>
        <source>The connection to the server was lost; nothing was saved. Try again when the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: your login may not do this (%1). Ask whoever runs the server for the right role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This already exists in the archive (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the same thing at the same moment; nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is locked by another program (another Minutebook window, a backup or a sync tool). Close it or try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only: changes cannot be saved. Check the file&apos;s permissions or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be read or written (%1). Check the disk.</source>
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
</context>
<context>
    <name>minutebook::StoredPdfPrinter</name>
    <message>
        <source>The stored copy of the minutes cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of the stored copy cannot be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes could not be printed.</source>
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
