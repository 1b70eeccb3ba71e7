<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>minutebook::ActionListModel</name>
    <message>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Overdue: due %1</source>
        <translation>Försenat: skulle vara klart %1</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Marked done on %1</source>
        <translation>Markerat klart %1</translation>
    </message>
</context>
<context>
    <name>minutebook::ActionListView</name>
    <message>
        <source>Mark done</source>
        <translation>Markera som klart</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klara</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Filter assignments</source>
        <translation>Filtrera uppdrag</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n uppdrag</numerusform>
            <numerusform>%n uppdrag</numerusform>
        </translation>
    </message>
    <message>
        <source>Assignments not shown</source>
        <translation>Uppdragen kan inte visas</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Mark open</source>
        <translation>Markera som öppet</translation>
    </message>
    <message>
        <source>Export assignments</source>
        <translation>Exportera uppdrag</translation>
    </message>
    <message>
        <source>assignments.csv</source>
        <translation>uppdrag.csv</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Uppdrag</translation>
    </message>
</context>
<context>
    <name>minutebook::AgendaEdits</name>
    <message>
        <source>There is no agenda item with id %1.</source>
        <translation>Det finns ingen dagordningspunkt med id %1.</translation>
    </message>
    <message>
        <source>The agenda item %1 belongs to another meeting.</source>
        <translation>Dagordningspunkten %1 hör till ett annat möte.</translation>
    </message>
    <message>
        <source>An agenda item cannot be moved under itself.</source>
        <translation>En punkt kan inte flyttas in under sig själv.</translation>
    </message>
    <message>
        <source>The first item of a level cannot be indented.</source>
        <translation>Den första punkten på en nivå kan inte dras in.</translation>
    </message>
    <message>
        <source>The item above could not be found.</source>
        <translation>Punkten ovanför kunde inte hittas.</translation>
    </message>
    <message>
        <source>A top-level item cannot be outdented.</source>
        <translation>En punkt på översta nivån kan inte dras ut.</translation>
    </message>
    <message>
        <source>A meeting needs a date.</source>
        <translation>Ett möte måste ha ett datum.</translation>
    </message>
</context>
<context>
    <name>minutebook::AgendaModel</name>
    <message>
        <source>(no title)</source>
        <translation>(utan rubrik)</translation>
    </message>
    <message>
        <source>This item has no title yet.</source>
        <translation>Punkten har ingen rubrik än.</translation>
    </message>
</context>
<context>
    <name>minutebook::AmendmentTarget</name>
    <message>
        <source>title</source>
        <translation>rubrik</translation>
    </message>
    <message>
        <source>place</source>
        <translation>plats</translation>
    </message>
    <message>
        <source>minute-taker</source>
        <translation>vid anteckningarna</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>föredragande</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>ansvarig</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Item %1, %2</source>
        <translation>Punkt %1, %2</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>Beslut %1</translation>
    </message>
    <message>
        <source>Item %1, assignment “%2”, %3</source>
        <translation>Punkt %1, uppdraget ”%2”, %3</translation>
    </message>
</context>
<context>
    <name>minutebook::ApprovalActions</name>
    <message>
        <source>&amp;Approve minutes…</source>
        <translation>&amp;Godkänn mötesanteckningar…</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Återöppna…</translation>
    </message>
    <message>
        <source>Record the &amp;approval…</source>
        <translation>Registrera &amp;godkännandet…</translation>
    </message>
    <message>
        <source>Minutes not approved</source>
        <translation>Mötesanteckningarna godkändes inte</translation>
    </message>
    <message>
        <source>No meeting is shown.</source>
        <translation>Inget möte visas.</translation>
    </message>
    <message>
        <source>Minutes not reopened</source>
        <translation>Mötesanteckningarna återöppnades inte</translation>
    </message>
    <message>
        <source>&amp;Correction…</source>
        <translation>&amp;Rättelse…</translation>
    </message>
    <message>
        <source>Not corrected</source>
        <translation>Inte rättat</translation>
    </message>
    <message>
        <source>&amp;Send to attendees…</source>
        <translation>&amp;Skicka till deltagarna…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Inte skickat</translation>
    </message>
    <message>
        <source>Minutes sent</source>
        <translation>Mötesanteckningarna skickas</translation>
    </message>
    <message>
        <source>Your e-mail program opens with the message. The minutes are saved in %1; if the message has no attachment, attach that file.</source>
        <translation>Ditt e-postprogram öppnas med meddelandet. Mötesanteckningarna är sparade i %1; bifoga den filen om meddelandet saknar bilaga.</translation>
    </message>
    <message>
        <source>The e-mail program could not be opened (xdg-email, from the package xdg-utils, was not found). The minutes are saved in %1.</source>
        <translation>E-postprogrammet kunde inte öppnas (xdg-email, från paketet xdg-utils, hittades inte). Mötesanteckningarna är sparade i %1.</translation>
    </message>
    <message>
        <source>Only approved minutes are sent.</source>
        <translation>Bara godkända mötesanteckningar skickas.</translation>
    </message>
    <message>
        <source>Nobody on the attendance list has an e-mail address.</source>
        <translation>Ingen på deltagarlistan har en e-postadress.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Mappen %1 kan inte skapas.</translation>
    </message>
</context>
<context>
    <name>minutebook::Approvals</name>
    <message>
        <source>Say who approved the minutes.</source>
        <translation>Ange vem som godkände mötesanteckningarna.</translation>
    </message>
    <message>
        <source>Minutes are approved by one or two persons, not %1.</source>
        <translation>Mötesanteckningar godkänns av en eller två personer, inte %1.</translation>
    </message>
    <message>
        <source>%1 did not attend the meeting. Those who did: %2.</source>
        <translation>%1 deltog inte i mötet. De som deltog: %2.</translation>
    </message>
    <message>
        <source>These minutes are already approved (by %1 on %2).</source>
        <translation>Mötesanteckningarna är redan godkända (av %1 den %2).</translation>
    </message>
    <message>
        <source>Minutes cannot be approved before the meeting (%1).</source>
        <translation>Mötesanteckningar kan inte godkännas före mötet (%1).</translation>
    </message>
    <message>
        <source>Say why the minutes are reopened.</source>
        <translation>Ange varför mötesanteckningarna återöppnas.</translation>
    </message>
    <message>
        <source>These minutes are not approved; there is nothing to reopen.</source>
        <translation>Mötesanteckningarna är inte godkända; det finns inget att återöppna.</translation>
    </message>
    <message>
        <source>The archival copy could not be made: %1</source>
        <translation>Arkivexemplaret kunde inte skapas: %1</translation>
    </message>
    <message>
        <source>Only approved minutes are corrected; a draft is simply changed.</source>
        <translation>Bara godkända mötesanteckningar rättas; ett utkast ändras direkt.</translation>
    </message>
    <message>
        <source>Record who approved these minutes first; then they can be corrected.</source>
        <translation>Registrera först vem som godkände mötesanteckningarna; sedan kan de rättas.</translation>
    </message>
    <message>
        <source>“%1” is not a field of these minutes.</source>
        <translation>”%1” är inget fält i de här mötesanteckningarna.</translation>
    </message>
    <message>
        <source>Say why the minutes are corrected.</source>
        <translation>Ange varför mötesanteckningarna rättas.</translation>
    </message>
    <message>
        <source>Say who corrects the minutes.</source>
        <translation>Ange vem som rättar mötesanteckningarna.</translation>
    </message>
    <message>
        <source>The new text is the same as the old one.</source>
        <translation>Den nya texten är densamma som den gamla.</translation>
    </message>
</context>
<context>
    <name>minutebook::ApproveDialog</name>
    <message>
        <source>Approve minutes</source>
        <translation>Godkänn mötesanteckningar</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; – once approved, the minutes can no longer be changed; only the status of assignments can.</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; – när mötesanteckningarna är godkända kan de inte längre ändras; bara uppdragens status kan ändras.</translation>
    </message>
    <message>
        <source>Choose who approved</source>
        <translation>Välj vem som godkände</translation>
    </message>
    <message>
        <source>(nobody else)</source>
        <translation>(ingen mer)</translation>
    </message>
    <message>
        <source>&amp;Approved by:</source>
        <translation>&amp;Godkänd av:</translation>
    </message>
    <message>
        <source>&amp;and by:</source>
        <translation>&amp;och av:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Check before approving:</source>
        <translation>Kontrollera innan du godkänner:</translation>
    </message>
    <message>
        <source>Nothing seems to be missing.</source>
        <translation>Inget verkar saknas.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Godkänn</translation>
    </message>
</context>
<context>
    <name>minutebook::ApprovedRule</name>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>Det finns inget möte med id %1.</translation>
    </message>
    <message>
        <source>There is no agenda item with id %1.</source>
        <translation>Det finns ingen dagordningspunkt med id %1.</translation>
    </message>
    <message>
        <source>There is no decision with id %1.</source>
        <translation>Det finns inget beslut med id %1.</translation>
    </message>
    <message>
        <source>There is no assignment with id %1.</source>
        <translation>Det finns inget uppdrag med id %1.</translation>
    </message>
    <message>
        <source>The meeting with id %1 has an unknown status.</source>
        <translation>Mötet med id %1 har en okänd status.</translation>
    </message>
    <message>
        <source>The change to row %1 was not saved; try again.</source>
        <translation>Ändringen av rad %1 sparades inte; försök igen.</translation>
    </message>
</context>
<context>
    <name>minutebook::ArchiveActions</name>
    <message>
        <source>&amp;Recent Archives</source>
        <translation>S&amp;enaste arkiv</translation>
    </message>
    <message>
        <source>Minutes not saved</source>
        <translation>Anteckningarna sparades inte</translation>
    </message>
    <message>
        <source>Moving the archive to %1…</source>
        <translation>Flyttar arkivet till %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Move Archive to Server</source>
        <translation>Flytta arkivet till server</translation>
    </message>
    <message>
        <source>Move cancelled</source>
        <translation>Flytten avbröts</translation>
    </message>
    <message>
        <source>Nothing was written to %1; this archive stays where it is.</source>
        <translation>Ingenting skrevs till %1; arkivet ligger kvar där det är.</translation>
    </message>
    <message>
        <source>Archive not moved</source>
        <translation>Arkivet flyttades inte</translation>
    </message>
    <message>
        <source>Archive moved</source>
        <translation>Arkivet flyttat</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) were copied to %1.</source>
        <translation>
            <numerusform>%n möte kopierades till %1.</numerusform>
            <numerusform>%n möten kopierades till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file stays as it was. Work on in the server&apos;s archive, so that everybody sees the same minutes?</source>
        <translation>Filen är kvar som den var. Vill du arbeta vidare i serverns arkiv, så att alla ser samma protokoll?</translation>
    </message>
    <message>
        <source>Open the Server Archive</source>
        <translation>Öppna serverns arkiv</translation>
    </message>
    <message>
        <source>Stay in the File</source>
        <translation>Stanna i filen</translation>
    </message>
    <message>
        <source>No recent archives</source>
        <translation>Inga senaste arkiv</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Anslut till &amp;server…</translation>
    </message>
    <message>
        <source>New &amp;Archive…</source>
        <translation>Nytt arki&amp;v…</translation>
    </message>
    <message>
        <source>&amp;Open Archive…</source>
        <translation>Ö&amp;ppna arkiv…</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y…</source>
        <translation>Spara en &amp;kopia…</translation>
    </message>
    <message>
        <source>Minutebook archives (*.db);;All files (*)</source>
        <translation>Minutebook-arkiv (*.db);;Alla filer (*)</translation>
    </message>
    <message>
        <source>New archive</source>
        <translation>Nytt arkiv</translation>
    </message>
    <message>
        <source>Minutes.db</source>
        <translation>Mötesanteckningar.db</translation>
    </message>
    <message>
        <source>“%1” already exists. A new archive needs a name not in use; Open Archive… opens an existing one.</source>
        <translation>”%1” finns redan. Ett nytt arkiv behöver ett namn som inte används; Öppna arkiv… öppnar ett befintligt.</translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation>Öppna arkiv</translation>
    </message>
    <message>
        <source> copy</source>
        <translation> kopia</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Spara en kopia</translation>
    </message>
    <message>
        <source>“%1” is the open archive itself. Choose another name for the copy.</source>
        <translation>”%1” är det öppna arkivet självt. Välj ett annat namn för kopian.</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Kopian sparades inte</translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation>Kopian sparad: %1</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Återställ säkerhetskopia</translation>
    </message>
    <message>
        <source>Replace the archive with the copy of %1?</source>
        <translation>Ersätta arkivet med kopian från %1?</translation>
    </message>
    <message>
        <source>The archive as it is now is kept in the backups folder first, so this can be undone by restoring that copy.</source>
        <translation>Arkivet som det är nu sparas först i mappen med säkerhetskopior, så att detta kan ångras genom att återställa den kopian.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Keep the archive</source>
        <translation>Behåll arkivet</translation>
    </message>
    <message>
        <source>Res&amp;tore Backup…</source>
        <translation>&amp;Återställ säkerhetskopia…</translation>
    </message>
    <message>
        <source>Mov&amp;e Archive to Server…</source>
        <translation>F&amp;lytta arkivet till server…</translation>
    </message>
</context>
<context>
    <name>minutebook::ArchiveCopy</name>
    <message>
        <source>%1 does not have the tables this program copies (%2).</source>
        <translation>%1 har inte de tabeller som programmet kopierar (%2).</translation>
    </message>
    <message>
        <source>Copying was cancelled; nothing was written.</source>
        <translation>Kopieringen avbröts; ingenting skrevs.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n meeting(s). Copy into an empty archive, or add with --append.</source>
        <translation>
            <numerusform>%1 innehåller redan %n möte. Kopiera till ett tomt arkiv, eller lägg till med --append.</numerusform>
            <numerusform>%1 innehåller redan %n möten. Kopiera till ett tomt arkiv, eller lägg till med --append.</numerusform>
        </translation>
    </message>
    <message>
        <source>The source and the target are the same archive.</source>
        <translation>Källan och målet är samma arkiv.</translation>
    </message>
</context>
<context>
    <name>minutebook::ArchiveExportDialog</name>
    <message>
        <source>Export archive</source>
        <translation>Exportera arkiv</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alla grupper</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <source>Every meeting becomes a PDF/A file named by date and group; index.html links them, decisions.csv and actions.csv list the decisions and assignments.</source>
        <translation>Varje möte blir en PDF/A-fil som namnges efter datum och grupp; index.html länkar till dem, och decisions.csv och actions.csv listar besluten och uppdragen.</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;År</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Folder for the archive</source>
        <translation>Mapp för arkivet</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder.</source>
        <translation>Mappen %1 finns inte. Välj en befintlig mapp.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
</context>
<context>
    <name>minutebook::ArchiveExporter</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Exporten avbröts.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Mötesanteckningar</translation>
    </message>
    <message>
        <source>Cannot write to the folder %1: %2</source>
        <translation>Kan inte skriva i mappen %1: %2</translation>
    </message>
</context>
<context>
    <name>minutebook::ArchiveSettings</name>
    <message>
        <source>“%1” is not a language of the minutes Minutebook can write (%2).</source>
        <translation>”%1” är inget språk som Minutebook kan skriva mötesanteckningar på (%2).</translation>
    </message>
    <message>
        <source>The archive is open read-only: its language cannot be changed.</source>
        <translation>Arkivet är öppnat skrivskyddat: dess språk kan inte ändras.</translation>
    </message>
</context>
<context>
    <name>minutebook::ArchiveWindow</name>
    <message>
        <source>Archive not opened</source>
        <translation>Arkivet kunde inte öppnas</translation>
    </message>
    <message>
        <source>Minutebook could not open the archive “%1”.</source>
        <translation>Minutebook kunde inte öppna arkivet ”%1”.</translation>
    </message>
    <message>
        <source>Minutebook is building the search index for this version. This happens once.</source>
        <translation>Minutebook bygger sökindexet för den här versionen. Det sker en gång.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation>Sökindexet byggs</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Säkerhetskopian återställdes inte</translation>
    </message>
    <message>
        <source>Backup restored. The archive as it was is kept as %1</source>
        <translation>Säkerhetskopian är återställd. Arkivet som det var sparas som %1</translation>
    </message>
    <message>
        <source>Archive already open</source>
        <translation>Arkivet är redan öppet</translation>
    </message>
    <message>
        <source>“%1” is open in another Minutebook window, which has been brought forward. One window per archive keeps every edit in one place.</source>
        <translation>”%1” är öppet i ett annat Minutebook-fönster, som nu har lagts överst. Ett fönster per arkiv håller alla ändringar på ett ställe.</translation>
    </message>
</context>
<context>
    <name>minutebook::AttendanceEditor</name>
    <message>
        <source>&lt;b&gt;Attendance&lt;/b&gt; (Space marks present or absent)</source>
        <translation>&lt;b&gt;Närvaro&lt;/b&gt; (mellanslag växlar närvarande/frånvarande)</translation>
    </message>
    <message>
        <source>Guest&apos;s name</source>
        <translation>Gästens namn</translation>
    </message>
    <message>
        <source>What they presented</source>
        <translation>Vad gästen föredrog</translation>
    </message>
    <message>
        <source>New member&apos;s name</source>
        <translation>Ny ledamots namn</translation>
    </message>
    <message>
        <source>Sub-group</source>
        <translation>Undergrupp</translation>
    </message>
    <message>
        <source>Type the guest&apos;s name first.</source>
        <translation>Skriv först gästens namn.</translation>
    </message>
    <message>
        <source>%1 is already on the roster.</source>
        <translation>%1 finns redan i deltagarlistan.</translation>
    </message>
    <message>
        <source>Add g&amp;uest</source>
        <translation>Lägg till g&amp;äst</translation>
    </message>
    <message>
        <source>Add to ro&amp;ster</source>
        <translation>Lägg till i &amp;listan</translation>
    </message>
</context>
<context>
    <name>minutebook::AttendanceModel</name>
    <message>
        <source>Members</source>
        <translation>Ledamöter</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäster</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 present)</source>
        <translation>%1 (%2 av %3 närvarande)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gäst</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Frånvarande</translation>
    </message>
</context>
<context>
    <name>minutebook::AutoBackup</name>
    <message>
        <source>The backup folder “%1” could not be created.</source>
        <translation>Mappen för säkerhetskopior, ”%1”, kunde inte skapas.</translation>
    </message>
    <message>
        <source>The backup and the database are the same file.</source>
        <translation>Säkerhetskopian och databasen är samma fil.</translation>
    </message>
    <message>
        <source>“%1” cannot be restored: %2</source>
        <translation>”%1” kan inte återställas: %2</translation>
    </message>
    <message>
        <source>The current database could not be opened to keep a copy of it before restoring: %1</source>
        <translation>Den nuvarande databasen kunde inte öppnas för att spara en kopia av den före återställningen: %1</translation>
    </message>
    <message>
        <source> before restore </source>
        <comment>part of a file name</comment>
        <translation> före återställning </translation>
    </message>
    <message>
        <source>“%1” is open in Minutebook or another program. Close it there and restore again.</source>
        <translation>”%1” är öppen i Minutebook eller ett annat program. Stäng den där och återställ igen.</translation>
    </message>
    <message>
        <source>The backup could not be copied to “%1”.</source>
        <translation>Säkerhetskopian kunde inte kopieras till ”%1”.</translation>
    </message>
    <message>
        <source>The database could not be replaced: %1</source>
        <translation>Databasen kunde inte ersättas: %1</translation>
    </message>
</context>
<context>
    <name>minutebook::BodyRepository</name>
    <message>
        <source>There is no body called “%1”.</source>
        <translation>Det finns ingen grupp som heter ”%1”.</translation>
    </message>
    <message>
        <source>A body needs a name.</source>
        <translation>En grupp måste ha ett namn.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>En person måste ha ett namn.</translation>
    </message>
    <message>
        <source>%1 is already on the roster.</source>
        <translation>%1 finns redan i deltagarlistan.</translation>
    </message>
    <message>
        <source>The body “%1” could not be saved; try again.</source>
        <translation>Gruppen ”%1” kunde inte sparas; försök igen.</translation>
    </message>
</context>
<context>
    <name>minutebook::Cli</name>
    <message>
        <source>Print JSON (format in docs/cli.md).</source>
        <translation>Skriv ut JSON (formatet beskrivs i docs/cli.md).</translation>
    </message>
    <message>
        <source>Only the body with this name or short name.</source>
        <translation>Bara gruppen med det här namnet eller kortnamnet.</translation>
    </message>
    <message>
        <source>At most N results.</source>
        <translation>Högst N resultat.</translation>
    </message>
    <message>
        <source>From this date (YYYY-MM-DD).</source>
        <translation>Från och med detta datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>Up to this date (YYYY-MM-DD).</source>
        <translation>Till och med detta datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>Only meetings of year Y.</source>
        <translation>Bara möten under år Y.</translation>
    </message>
    <message>
        <source>Only assignments still open.</source>
        <translation>Bara uppdrag som inte är klara.</translation>
    </message>
    <message>
        <source>Only assignments of this person.</source>
        <translation>Bara den här personens uppdrag.</translation>
    </message>
    <message>
        <source>How many meetings to write.</source>
        <translation>Hur många möten som ska skrivas.</translation>
    </message>
    <message>
        <source>Seed for the random choices (default 1).</source>
        <translation>Startvärde för slumpvalen (standard 1).</translation>
    </message>
    <message>
        <source>List meetings, newest first.</source>
        <translation>Lista möten, det senaste först.</translation>
    </message>
    <message>
        <source>Show one meeting whole.</source>
        <translation>Visa ett möte i sin helhet.</translation>
    </message>
    <message>
        <source>Search all meetings: words, &quot;phrase&quot;, prefix*, -word.</source>
        <translation>Sök i alla möten: ord, &quot;fras&quot;, början*, -ord.</translation>
    </message>
    <message>
        <source>List the decisions of all meetings.</source>
        <translation>Lista besluten från alla möten.</translation>
    </message>
    <message>
        <source>List the assignments of all meetings.</source>
        <translation>Lista uppdragen från alla möten.</translation>
    </message>
    <message>
        <source>Fill the database with synthetic example minutes.</source>
        <translation>Fyll databasen med påhittade exempelanteckningar.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE.</source>
        <translation>Skriv en fullständig kopia av databasen till FILE.</translation>
    </message>
    <message>
        <source>Check the database for damage.</source>
        <translation>Kontrollera om databasen är skadad.</translation>
    </message>
    <message>
        <source>
Run “minutebook-cli COMMAND --help” for the options of a command.
</source>
        <translation>
Kör ”minutebook-cli KOMMANDO --help” för att se flaggorna för ett kommando.
</translation>
    </message>
    <message>
        <source>The database file (default: $MINUTEBOOK_DATABASE, else the user&apos;s Minutebook database).</source>
        <translation>Databasfilen (standard: $MINUTEBOOK_DATABASE, annars användarens Minutebook-databas).</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>inget kommando angavs</translation>
    </message>
    <message>
        <source>unknown command “%1”; run “minutebook-cli --help” for the list.</source>
        <translation>okänt kommando ”%1”; kör ”minutebook-cli --help” för att se vilka som finns.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Visa den här hjälpen.</translation>
    </message>
    <message>
        <source>“%1” is read-only: %2 needs to write to it.</source>
        <translation>”%1” är skrivskyddad: %2 behöver skriva till den.</translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1, not “%1”.</source>
        <translation>--limit kräver ett heltal som är minst 1, inte ”%1”.</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not “%2”.</source>
        <translation>--%1 kräver ett datum på formen ÅÅÅÅ-MM-DD, inte ”%2”.</translation>
    </message>
    <message>
        <source>--year needs a year such as 2024, not “%1”.</source>
        <translation>--year kräver ett årtal, till exempel 2024, inte ”%1”.</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>godkänd</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>No meetings.</source>
        <translation>Inga möten.</translation>
    </message>
    <message>
        <source>“%1” is not a meeting id: ids are whole numbers such as 42 (see “list”).</source>
        <translation>”%1” är inget mötes-id: id är heltal, till exempel 42 (se ”list”).</translation>
    </message>
    <message>
        <source>No hits.</source>
        <translation>Inga träffar.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klart</translation>
    </message>
    <message>
        <source>open</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>generate needs --meetings N, a whole number from 1 to 10000000.</source>
        <translation>generate kräver --meetings N, ett heltal från 1 till 10000000.</translation>
    </message>
    <message>
        <source>--seed needs a whole number, not “%1”.</source>
        <translation>--seed kräver ett heltal, inte ”%1”.</translation>
    </message>
    <message>
        <source>Wrote %1 meetings in %2 s.</source>
        <translation>Skrev %1 möten på %2 s.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Säkerhetskopian har sparats i %1.</translation>
    </message>
    <message>
        <source>ok: schema version %1, no problems found.</source>
        <translation>ok: schemaversion %1, inga problem hittades.</translation>
    </message>
    <message>
        <source>Meeting date for files that do not give one (YYYY-MM-DD).</source>
        <translation>Mötesdatum för filer som inte anger något (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>The group the minutes belong to (name).</source>
        <translation>Gruppen som anteckningarna hör till (namn).</translation>
    </message>
    <message>
        <source>Show what would be imported; write nothing.</source>
        <translation>Visa vad som skulle importeras, utan att spara något.</translation>
    </message>
    <message>
        <source>Import a file again even if it was imported before.</source>
        <translation>Importera en fil igen även om den har importerats tidigare.</translation>
    </message>
    <message>
        <source>Import minutes from plain-text files.</source>
        <translation>Importera anteckningar från textfiler.</translation>
    </message>
    <message>
        <source>%1 needs at least one %2</source>
        <translation>%1 kräver minst en %2</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan inte läsas: %1</translation>
    </message>
    <message>
        <source>is too large to be minutes</source>
        <translation>är för stor för att vara mötesanteckningar</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>varning: %1</translation>
    </message>
    <message>
        <source>has no meeting date; give one with --date YYYY-MM-DD</source>
        <translation>saknar mötesdatum; ange ett med --date ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>does not name its group; give one with --body NAME</source>
        <translation>anger inte vilken grupp den gäller; ange en med --body NAMN</translation>
    </message>
    <message>
        <source>“%1” is read-only: import needs to write to it.</source>
        <translation>”%1” är skrivskyddad: import behöver skriva till den.</translation>
    </message>
    <message>
        <source>%1: %2 %3 — %4 attendees, %5 absent, %6 guests, %7 items, %8 decisions, %9 assignments</source>
        <translation>%1: %2 %3 — %4 deltagare, %5 frånvarande, %6 gäster, %7 punkter, %8 beslut, %9 uppdrag</translation>
    </message>
    <message>
        <source> (dry run: not saved)</source>
        <translation> (provkörning: inget sparades)</translation>
    </message>
    <message>
        <source> → meeting %1</source>
        <translation> → möte %1</translation>
    </message>
    <message>
        <source>pdf, html or md (default: from the file name).</source>
        <translation>pdf, html eller md (standard: efter filnamnet).</translation>
    </message>
    <message>
        <source>Write to FILE (replaced only when the export succeeds).</source>
        <translation>Skriv till FILE (ersätts bara om exporten lyckas).</translation>
    </message>
    <message>
        <source>Archive: write every meeting as PDF/A, index.html and registers to DIR.</source>
        <translation>Arkiv: skriv varje möte som PDF/A, index.html och register till DIR.</translation>
    </message>
    <message>
        <source>Archive: only the body with this name or short name.</source>
        <translation>Arkiv: bara gruppen med det här namnet eller kortnamnet.</translation>
    </message>
    <message>
        <source>Archive: only meetings of year Y.</source>
        <translation>Arkiv: bara möten under år Y.</translation>
    </message>
    <message>
        <source>Export one meeting as PDF, HTML or Markdown, or a PDF archive.</source>
        <translation>Exportera ett möte som PDF, HTML eller Markdown, eller ett PDF-arkiv.</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 tar inga argument</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes %n argument(s): %2</source>
        <translation>
            <numerusform>%1 tar %n argument: %2</numerusform>
            <numerusform>%1 tar %n argument: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>export --output-dir takes no meeting id</source>
        <translation>export --output-dir tar inget mötes-id</translation>
    </message>
    <message>
        <source>export takes one meeting id, or --output-dir DIR for an archive</source>
        <translation>export tar ett mötes-id, eller --output-dir DIR för ett arkiv</translation>
    </message>
    <message>
        <source>export needs an output file: -o FILE</source>
        <translation>export behöver en utfil: -o FILE</translation>
    </message>
    <message>
        <source>“%1” is not an export format: use pdf, html or md</source>
        <translation>”%1” är inget exportformat: använd pdf, html eller md</translation>
    </message>
    <message>
        <source>an archive export is always pdf</source>
        <translation>en arkivexport är alltid pdf</translation>
    </message>
    <message>
        <source>“%1” is not a year</source>
        <translation>”%1” är inget år</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Kan inte skapa mappen %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n meeting(s) to %1</source>
        <translation>
            <numerusform>Skrev %n möte till %1</numerusform>
            <numerusform>Skrev %n möten till %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Print CSV: UTF-8 with byte order mark, &apos;;&apos;-separated (for Excel).</source>
        <translation>Skriv ut CSV: UTF-8 med byteordningsmarkering, avgränsat med &apos;;&apos; (för Excel).</translation>
    </message>
    <message>
        <source>CSV field separator: semicolon (default), comma or tab.</source>
        <translation>Fältavgränsare i CSV: semicolon (standard), comma eller tab.</translation>
    </message>
    <message>
        <source>Only hits where this person attended, presented or was assigned.</source>
        <translation>Bara träffar där personen deltog, föredrog eller fick ett uppdrag.</translation>
    </message>
    <message>
        <source>Only hits of this kind: meeting, item, decision or action.</source>
        <translation>Bara träffar av den här typen: meeting, item, decision eller action.</translation>
    </message>
    <message>
        <source>Organisation named in the header and page footer (default: from the program&apos;s settings).</source>
        <translation>Organisation som anges i sidhuvudet och sidfoten (standard: från programmets inställningar).</translation>
    </message>
    <message>
        <source>Logo (SVG or PNG) at the top of the first page; &quot;&quot; for none (default: from the program&apos;s settings).</source>
        <translation>Logotyp (SVG eller PNG) överst på första sidan; &quot;&quot; för ingen (standard: från programmets inställningar).</translation>
    </message>
    <message>
        <source>Footer text on every page (default: from the program&apos;s settings).</source>
        <translation>Sidfotstext på varje sida (standard: från programmets inställningar).</translation>
    </message>
    <message>
        <source>Replace the database by a backup (the current one is kept in backups/).</source>
        <translation>Ersätt databasen med en säkerhetskopia (den nuvarande sparas i backups/).</translation>
    </message>
    <message>
        <source>--kind needs meeting, item, decision or action, not “%1”.</source>
        <translation>--kind behöver meeting, item, decision eller action, inte ”%1”.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Återställde %1 från %2.</translation>
    </message>
    <message>
        <source>The database as it was is kept in %1.</source>
        <translation>Databasen som den var finns kvar i %1.</translation>
    </message>
    <message>
        <source>--separator needs semicolon, comma or tab, not “%1”.</source>
        <translation>--separator behöver semicolon, comma eller tab, inte ”%1”.</translation>
    </message>
    <message>
        <source>--separator only goes with --csv.</source>
        <translation>--separator går bara att använda med --csv.</translation>
    </message>
    <message>
        <source>choose either --csv or --json.</source>
        <translation>välj antingen --csv eller --json.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Kunde inte starta %1: %2</translation>
    </message>
    <message>
        <source>Nothing matches “%1”; showing hits for “%2”.</source>
        <translation>Inga träffar för ”%1”; visar träffar för ”%2”.</translation>
    </message>
    <message>
        <source>Say who approved the minutes: --by NAME or --by &quot;NAME,NAME&quot;.</source>
        <translation>Ange vem som godkände mötesanteckningarna: --by NAMN eller --by &quot;NAMN,NAMN&quot;.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Obs: %1</translation>
    </message>
    <message>
        <source>Meeting %1 approved %2 by %3.</source>
        <translation>Möte %1 godkänt %2 av %3.</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256, version %1): %2</source>
        <translation>Kontrollsumma (SHA-256, version %1): %2</translation>
    </message>
    <message>
        <source>Say why the minutes are reopened: --reason TEXT.</source>
        <translation>Ange varför mötesanteckningarna återöppnas: --reason TEXT.</translation>
    </message>
    <message>
        <source>Meeting %1 is a draft again; the earlier approval is kept in its log.</source>
        <translation>Möte %1 är ett utkast igen; det tidigare godkännandet finns kvar i mötets logg.</translation>
    </message>
    <message>
        <source>Meeting %1: %2 %3</source>
        <translation>Möte %1: %2 %3</translation>
    </message>
    <message>
        <source>Not approved: a draft has no approved record to check.</source>
        <translation>Inte godkänt: ett utkast har inget godkänt innehåll att kontrollera.</translation>
    </message>
    <message>
        <source>Approved before approvals were recorded in the program: there is no fingerprint to check. Record the approval with “approve %1 --by NAME”.</source>
        <translation>Godkänt innan godkännanden registrerades i programmet: det finns ingen kontrollsumma att kontrollera. Registrera godkännandet med ”approve %1 --by NAMN”.</translation>
    </message>
    <message>
        <source>The fingerprint is of version %1, which this program does not know.</source>
        <translation>Kontrollsumman är av version %1, som det här programmet inte känner till.</translation>
    </message>
    <message>
        <source>Approved %1 by %2.</source>
        <translation>Godkänt %1 av %2.</translation>
    </message>
    <message>
        <source>Fingerprint at approval: %1</source>
        <translation>Kontrollsumma vid godkännandet: %1</translation>
    </message>
    <message>
        <source>The archive matches the approved minutes.</source>
        <translation>Arkivet stämmer med de godkända mötesanteckningarna.</translation>
    </message>
    <message>
        <source>Fingerprint now:         %1</source>
        <translation>Kontrollsumma nu:               %1</translation>
    </message>
    <message>
        <source>The archive does NOT match: the minutes were changed after approval.</source>
        <translation>Arkivet stämmer INTE: mötesanteckningarna har ändrats efter godkännandet.</translation>
    </message>
    <message>
        <source>Who approved the minutes: one or two attendees, separated by a comma.</source>
        <translation>Vem som godkände mötesanteckningarna: en eller två deltagare, åtskilda med kommatecken.</translation>
    </message>
    <message>
        <source>The day of approval (YYYY-MM-DD; default: today).</source>
        <translation>Dagen för godkännandet (ÅÅÅÅ-MM-DD; standard: i dag).</translation>
    </message>
    <message>
        <source>Why the minutes are reopened (required).</source>
        <translation>Varför mötesanteckningarna återöppnas (krävs).</translation>
    </message>
    <message>
        <source>Who reopens them (default: the login name).</source>
        <translation>Vem som återöppnar dem (standard: inloggningsnamnet).</translation>
    </message>
    <message>
        <source>Approve a meeting&apos;s minutes (they become read-only).</source>
        <translation>Godkänn ett mötes anteckningar (de blir skrivskyddade).</translation>
    </message>
    <message>
        <source>Make approved minutes a draft again, with a reason.</source>
        <translation>Gör godkända mötesanteckningar till utkast igen, med ett skäl.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 carries no approval: it is not approved minutes exported by Minutebook.</source>
        <translation>%1 innehåller inget godkännande: det är inte godkända mötesanteckningar exporterade från Minutebook.</translation>
    </message>
    <message>
        <source>%1: the minutes of %2 %3 (meeting %4), approved %5 by %6 (approval %7).</source>
        <translation>%1: mötesanteckningarna från %2 %3 (möte %4), godkända %5 av %6 (godkännande %7).</translation>
    </message>
    <message>
        <source>Fingerprint in the document: %1</source>
        <translation>Kontrollsumma i dokumentet: %1</translation>
    </message>
    <message>
        <source>This archive does not hold that meeting.</source>
        <translation>Det här arkivet innehåller inte det mötet.</translation>
    </message>
    <message>
        <source>The archive recorded another fingerprint for this approval: the document was not made from these approved minutes.</source>
        <translation>Arkivet har registrerat en annan kontrollsumma för det här godkännandet: dokumentet är inte gjort av dessa godkända mötesanteckningar.</translation>
    </message>
    <message>
        <source>The minutes in the archive are no longer approved (reopened).</source>
        <translation>Mötesanteckningarna i arkivet är inte längre godkända (återöppnade).</translation>
    </message>
    <message>
        <source>The minutes were corrected after this document was made; the archive holds approval %1.</source>
        <translation>Mötesanteckningarna har rättats efter att dokumentet gjordes; arkivet har godkännande %1.</translation>
    </message>
    <message>
        <source>The document is the approved minutes, and the archive still matches them.</source>
        <translation>Dokumentet är de godkända mötesanteckningarna, och arkivet stämmer fortfarande med dem.</translation>
    </message>
    <message>
        <source>Check that approved minutes (or their PDF) are unchanged since approval.</source>
        <translation>Kontrollera att godkända mötesanteckningar (eller deras PDF) är oförändrade sedan godkännandet.</translation>
    </message>
    <message>
        <source>%1 needs the program %2, which is missing; install Minutebook again.</source>
        <translation>%1 behöver programmet %2, som saknas; installera Minutebook igen.</translation>
    </message>
    <message>
        <source>The archive to copy: a file, or a server as postgresql://…</source>
        <translation>Arkivet som ska kopieras: en fil, eller en server som postgresql://…</translation>
    </message>
    <message>
        <source>Where to copy it: a new file, or a server prepared with “server init”.</source>
        <translation>Vart det ska kopieras: en ny fil, eller en server som förberetts med ”server init”.</translation>
    </message>
    <message>
        <source>Add to a target that already holds meetings (the copied rows get new ids).</source>
        <translation>Lägg till i ett mål som redan innehåller möten (de kopierade raderna får nya id).</translation>
    </message>
    <message>
        <source>Copy a whole archive between files and servers (--from, --to).</source>
        <translation>Kopiera ett helt arkiv mellan filer och servrar (--from, --to).</translation>
    </message>
    <message>
        <source>Create the archive&apos;s schema on a server, or upgrade it (the owner).</source>
        <translation>Skapa arkivets schema på en server, eller uppgradera det (ägaren).</translation>
    </message>
    <message>
        <source>Usage: minutebook-cli [--database FILE | --server URL] COMMAND [options]

Commands:
</source>
        <translation>Användning: minutebook-cli [--database FIL | --server URL] KOMMANDO [flaggor]

Kommandon:
</translation>
    </message>
    <message>
        <source>The archive on a PostgreSQL server, as a libpq URI or key=value string (default: $MINUTEBOOK_SERVER).</source>
        <translation>Arkivet på en PostgreSQL-server, som en libpq-URI eller nyckel=värde-sträng (standard: $MINUTEBOOK_SERVER).</translation>
    </message>
    <message>
        <source>give either --database or --server, not both</source>
        <translation>ange antingen --database eller --server, inte båda</translation>
    </message>
    <message>
        <source>restore replaces a database file; an archive on a server is restored by its owner with pg_restore (docs/server.md).</source>
        <translation>restore ersätter en databasfil; ett arkiv på en server återställs av dess ägare med pg_restore (docs/server.md).</translation>
    </message>
    <message>
        <source>server takes init or upgrade, not “%1”</source>
        <translation>server tar init eller upgrade, inte ”%1”</translation>
    </message>
    <message>
        <source>server %1 needs a server: give --server URL or set $MINUTEBOOK_SERVER</source>
        <translation>server %1 behöver en server: ange --server URL eller sätt $MINUTEBOOK_SERVER</translation>
    </message>
    <message>
        <source>Created a Minutebook archive (schema version %1) on %2.</source>
        <translation>Skapade ett Minutebook-arkiv (schemaversion %1) på %2.</translation>
    </message>
    <message>
        <source>The archive on %1 is up to date (schema version %2).</source>
        <translation>Arkivet på %1 är aktuellt (schemaversion %2).</translation>
    </message>
    <message>
        <source>Upgraded the archive on %1 from schema version %2 to %3.</source>
        <translation>Uppgraderade arkivet på %1 från schemaversion %2 till %3.</translation>
    </message>
    <message>
        <source>copy needs --from SOURCE and --to TARGET</source>
        <translation>copy behöver --from KÄLLA och --to MÅL</translation>
    </message>
    <message>
        <source>“%1” is read-only: copy needs to write to it.</source>
        <translation>”%1” är skrivskyddad: copy behöver skriva till den.</translation>
    </message>
    <message>
        <source>copying: %1 of %2 rows (%3 %)</source>
        <translation>kopierar: %1 av %2 rader (%3 %)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n meeting(s), %1 rows in all, from %2 to %3.</source>
        <translation>
            <numerusform>Kopierade %n möte, %1 rader sammanlagt, från %2 till %3.</numerusform>
            <numerusform>Kopierade %n möten, %1 rader sammanlagt, från %2 till %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every command&apos;s options, one after the other.</source>
        <translation>Alla kommandons flaggor, det ena efter det andra.</translation>
    </message>
    <message>
        <source>Show the options of a command (--all: of every one).</source>
        <translation>Visa ett kommandos flaggor (--all: alla kommandons).</translation>
    </message>
    <message>
        <source>Usage: minutebook-cli %1 [options]%2</source>
        <translation>Användning: minutebook-cli %1 [flaggor]%2</translation>
    </message>
    <message>
        <source>help takes one command</source>
        <translation>help tar ett kommando</translation>
    </message>
    <message>
        <source>Write the minutes in this language (sv or en) this once (default: the archive&apos;s language; see the command “language”).</source>
        <translation>Skriv mötesanteckningarna på det här språket (sv eller en) den här gången (standard: arkivets språk; se kommandot ”language”).</translation>
    </message>
    <message>
        <source>Show the language the archive&apos;s minutes are written in, or set it.</source>
        <translation>Visa vilket språk arkivets mötesanteckningar skrivs på, eller ställ in det.</translation>
    </message>
    <message>
        <source>“%1” is not a language Minutebook writes minutes in: use %2.</source>
        <translation>”%1” är inget språk som Minutebook skriver mötesanteckningar på: använd %2.</translation>
    </message>
    <message>
        <source>not set: the minutes are written in the language of the program making them (now %1)</source>
        <translation>inte inställt: mötesanteckningarna skrivs på språket i programmet som gör dem (nu %1)</translation>
    </message>
    <message>
        <source>--document-language takes one of %1, not “%2”.</source>
        <translation>--document-language tar ett av %1, inte ”%2”.</translation>
    </message>
</context>
<context>
    <name>minutebook::CommandLine</name>
    <message>
        <source>Open the database FILE (default: $MINUTEBOOK_DATABASE, or minutebook.db in the application data folder).</source>
        <translation>Öppna databasen FIL (standard: $MINUTEBOOK_DATABASE, annars minutebook.db i programmets datamapp).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Speak LANGUAGE (%1) instead of the language chosen in the program.</source>
        <translation>Använd SPRÅK (%1) i stället för språket som har valts i programmet.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>SPRÅK</translation>
    </message>
    <message>
        <source>Minutebook: meeting minutes for the people who write and read them.</source>
        <translation>Minutebook: mötesanteckningar för dem som skriver och läser dem.</translation>
    </message>
    <message>
        <source>Unknown language “%1”. Choose one of: %2.</source>
        <translation>Okänt språk ”%1”. Välj ett av: %2.</translation>
    </message>
    <message>
        <source>Minutebook could not open the database “%1”.</source>
        <translation>Minutebook kunde inte öppna databasen ”%1”.</translation>
    </message>
    <message>
        <source>Database not opened</source>
        <translation>Databasen kunde inte öppnas</translation>
    </message>
    <message>
        <source>Show this help and quit.</source>
        <translation>Visa den här hjälpen och avsluta.</translation>
    </message>
    <message>
        <source>Show the version and quit.</source>
        <translation>Visa versionen och avsluta.</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Säkerhetskopia sparad: %1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Den automatiska säkerhetskopieringen misslyckades: %1</translation>
    </message>
    <message>
        <source>Open the database FILE, as --database FILE does.</source>
        <translation>Öppna databasen FIL, som --database FIL gör.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”. Give one database, as FILE or with --database.</source>
        <translation>Oväntat argument ”%1”. Ange en databas, som FIL eller med --database.</translation>
    </message>
    <message>
        <source>Check the installation without opening a window: print the version, the database drivers, the language and Qt&apos;s standard buttons in it, and quit (exit status 0 when Minutebook can run).</source>
        <translation>Kontrollera installationen utan att öppna något fönster: skriv ut versionen, databasdrivrutinerna, språket och Qts standardknappar på det språket och avsluta (slutstatus 0 när Minutebook kan köras).</translation>
    </message>
    <message>
        <source>Open the archive on a PostgreSQL server, given as a libpq URI or key=value string as minutebook-cli takes it (default: $MINUTEBOOK_SERVER when no FILE is given).</source>
        <translation>Öppna arkivet på en PostgreSQL-server, angiven som en libpq-URI eller nyckel=värde-sträng så som minutebook-cli tar den (standard: $MINUTEBOOK_SERVER när ingen FIL anges).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Give either a database FILE or --server URL, not both.</source>
        <translation>Ange antingen en databas-FIL eller --server URL, inte båda.</translation>
    </message>
    <message>
        <source>Archive not opened</source>
        <translation>Arkivet kunde inte öppnas</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>The password for %1:</source>
        <translation>Lösenordet för %1:</translation>
    </message>
    <message>
        <source>“%1” is already open in Minutebook; that window was brought forward.</source>
        <translation>”%1” är redan öppet i Minutebook; det fönstret har lagts överst.</translation>
    </message>
</context>
<context>
    <name>minutebook::ConnectServerDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Anslut till server</translation>
    </message>
    <message>
        <source>Move Archive to Server</source>
        <translation>Flytta arkivet till server</translation>
    </message>
    <message>
        <source>Open the archive your organisation keeps on a PostgreSQL server.</source>
        <translation>Öppna arkivet som din organisation har på en PostgreSQL-server.</translation>
    </message>
    <message>
        <source>Copy every meeting of this archive to a server archive that holds no meetings yet (its owner prepares it with “minutebook-cli server init”).</source>
        <translation>Kopiera alla möten i det här arkivet till ett serverarkiv som ännu inte har några möten (ägaren förbereder det med ”minutebook-cli server init”).</translation>
    </message>
    <message>
        <source>localhost, or a socket folder</source>
        <translation>localhost, eller en socketmapp</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>ditt inloggningsnamn</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>A&amp;nvändare:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Ans&amp;lut</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Flytta</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Ansluter till %1…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>The password for %1:</source>
        <translation>Lösenordet för %1:</translation>
    </message>
    <message>
        <source>No password given: not connected to %1.</source>
        <translation>Inget lösenord angavs: inte ansluten till %1.</translation>
    </message>
    <message>
        <source>The connection to %1 works: it holds a Minutebook archive.</source>
        <translation>Anslutningen till %1 fungerar: där finns ett Minutebook-arkiv.</translation>
    </message>
    <message>
        <source>Stopped waiting for %1.</source>
        <translation>Slutade vänta på %1.</translation>
    </message>
</context>
<context>
    <name>minutebook::CorrectionDialog</name>
    <message>
        <source>Correct approved minutes</source>
        <translation>Rätta godkända mötesanteckningar</translation>
    </message>
    <message>
        <source>The minutes stay approved. The correction is listed in them under “Corrections”, with the old and the new text, who made it, when and why, and they get a new fingerprint.</source>
        <translation>Mötesanteckningarna förblir godkända. Rättelsen listas i dem under ”Rättelser”, med den gamla och den nya texten, vem som gjorde den, när och varför, och de får en ny kontrollsumma.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Why the text is corrected (required)</source>
        <translation>Varför texten rättas (krävs)</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Fält:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Nu:</translation>
    </message>
    <message>
        <source>&amp;Corrected text:</source>
        <translation>&amp;Rättad text:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>S&amp;käl:</translation>
    </message>
    <message>
        <source>Corrected &amp;by:</source>
        <translation>Rättad &amp;av:</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Spara rättelsen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
</context>
<context>
    <name>minutebook::CsvExport</name>
    <message>
        <source>Semicolon (Excel)</source>
        <translation>Semikolon (Excel)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabb</translation>
    </message>
    <message>
        <source>Field separator of the CSV file</source>
        <translation>Fältavgränsare i CSV-filen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-filer (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Inte exporterat</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>minutebook::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Ingen databasfil angavs.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Mappen ”%1” finns inte.</translation>
    </message>
    <message>
        <source>The database “%1” does not exist.</source>
        <translation>Databasen ”%1” finns inte.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder is read-only.</source>
        <translation>Det går inte att skapa ”%1”: mappen är skrivskyddad.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>”%1” är en mapp, inte en databasfil.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>”%1” kan inte läsas: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Minutebook database (it is not an SQLite file).</source>
        <translation>”%1” är ingen Minutebook-databas (den är inte en SQLite-fil).</translation>
    </message>
    <message>
        <source>“%1” was made by an older Minutebook and must be upgraded, but it is read-only. Open a writable copy.</source>
        <translation>”%1” skapades av en äldre version av Minutebook och måste uppgraderas, men den är skrivskyddad. Öppna en kopia som går att skriva till.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Databasen kunde inte öppnas.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Minutebook database. It was not changed.</source>
        <translation>”%1” är en SQLite-databas från ett annat program, inte en Minutebook-databas. Den har inte ändrats.</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Minutebook (schema version %2; this program knows up to %3). Use a newer Minutebook; the file was not changed.</source>
        <translation>”%1” skapades av en nyare version av Minutebook (schemaversion %2; det här programmet känner till versionerna upp till %3). Använd en nyare version av Minutebook; filen har inte ändrats.</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation>Det gick inte att uppgradera databasen till version %1: %2</translation>
    </message>
    <message>
        <source>“%1” already exists; choose a new file name for the backup.</source>
        <translation>”%1” finns redan; välj ett nytt filnamn för säkerhetskopian.</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>Säkerhetskopian kunde inte skrivas: %1</translation>
    </message>
    <message>
        <source>The backup could not be moved to “%1”.</source>
        <translation>Säkerhetskopian kunde inte flyttas till ”%1”.</translation>
    </message>
    <message>
        <source>search index %1: %2</source>
        <translation>sökindex %1: %2</translation>
    </message>
    <message>
        <source>schema version is %1, expected %2</source>
        <translation>schemaversionen är %1, väntade %2</translation>
    </message>
    <message numerus="yes">
        <source>The database has %n problem(s).</source>
        <translation>
            <numerusform>Databasen har %n problem.</numerusform>
            <numerusform>Databasen har %n problem.</numerusform>
        </translation>
    </message>
    <message>
        <source>the search index was built by another version of the search rules; open the database writable to rebuild it</source>
        <translation>sökindexet byggdes av en annan version av sökreglerna; öppna databasen skrivbar så byggs det om</translation>
    </message>
    <message>
        <source>search index: %1</source>
        <translation>sökindex: %1</translation>
    </message>
    <message>
        <source>not an SQLite connection</source>
        <translation>inte en SQLite-anslutning</translation>
    </message>
    <message>
        <source>search index: could not be checked: %1</source>
        <translation>sökindex: kunde inte kontrolleras: %1</translation>
    </message>
    <message>
        <source>Building the search index was cancelled. Nothing was changed; it is built the next time the database is opened.</source>
        <translation>Bygget av sökindexet avbröts. Inget ändrades; det byggs nästa gång databasen öppnas.</translation>
    </message>
    <message>
        <source>The database on %1 holds tables of another program, not a Minutebook archive. Nothing was changed.</source>
        <translation>Databasen på %1 innehåller tabeller från ett annat program, inte ett Minutebook-arkiv. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>The schema version on %1 could not be read.</source>
        <translation>Schemaversionen på %1 kunde inte läsas.</translation>
    </message>
    <message>
        <source>%1 has no Minutebook archive yet. Whoever owns the database creates it with “minutebook-cli server init”.</source>
        <translation>%1 har inget Minutebook-arkiv ännu. Den som äger databasen skapar det med ”minutebook-cli server init”.</translation>
    </message>
    <message>
        <source>The archive on %1 was made by a newer version of Minutebook (schema version %2; this program knows up to %3). Use a newer Minutebook; nothing was changed.</source>
        <translation>Arkivet på %1 skapades av en nyare version av Minutebook (schemaversion %2; det här programmet känner till upp till %3). Använd en nyare Minutebook; ingenting ändrades.</translation>
    </message>
    <message>
        <source>The archive on %1 has schema version %2 and this program needs %3. Whoever owns the database upgrades it with “minutebook-cli server upgrade”.</source>
        <translation>Arkivet på %1 har schemaversion %2 och det här programmet behöver %3. Den som äger databasen uppgraderar det med ”minutebook-cli server upgrade”.</translation>
    </message>
    <message>
        <source>%1 already holds a Minutebook archive (schema version %2). Use “minutebook-cli server upgrade” to bring it up to date.</source>
        <translation>%1 innehåller redan ett Minutebook-arkiv (schemaversion %2). Använd ”minutebook-cli server upgrade” för att uppdatera det.</translation>
    </message>
    <message>
        <source>%1 has no Minutebook archive to upgrade. Create it with “minutebook-cli server init”.</source>
        <translation>%1 har inget Minutebook-arkiv att uppgradera. Skapa det med ”minutebook-cli server init”.</translation>
    </message>
    <message>
        <source>An archive on a server is backed up on the server, by its owner with pg_dump (see docs/server.md).</source>
        <translation>Ett arkiv på en server säkerhetskopieras på servern, av dess ägare med pg_dump (se docs/server.md).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of text are not in the search index yet; the next save indexes them</source>
        <translation>
            <numerusform>%n textrad är inte i sökindexet än; nästa sparning indexerar den</numerusform>
            <numerusform>%n textrader är inte i sökindexet än; nästa sparning indexerar dem</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minutebook::DecisionLinker</name>
    <message>
        <source>This decision is also recorded under item &quot;%1&quot; in other words; it is stored once, as &quot;%2&quot; (the other wording was &quot;%3&quot;).</source>
        <translation>Beslutet finns också under punkt ”%1” med andra ord; det sparas en gång, som ”%2” (den andra formuleringen var ”%3”).</translation>
    </message>
    <message>
        <source>Could not tell which item this decision belongs to; it is kept in item &quot;%1&quot;.</source>
        <translation>Det gick inte att avgöra vilken punkt beslutet hör till; det ligger kvar under punkt ”%1”.</translation>
    </message>
</context>
<context>
    <name>minutebook::DecisionRegisterModel</name>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
</context>
<context>
    <name>minutebook::DecisionRegisterView</name>
    <message>
        <source>Filter decisions</source>
        <translation>Filtrera beslut</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <source>Decisions not shown</source>
        <translation>Besluten kan inte visas</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alla grupper</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n beslut</numerusform>
            <numerusform>%n beslut</numerusform>
        </translation>
    </message>
    <message>
        <source>Export decisions</source>
        <translation>Exportera beslut</translation>
    </message>
    <message>
        <source>decisions.csv</source>
        <translation>beslut.csv</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
</context>
<context>
    <name>minutebook::DocumentActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>F&amp;örhandsgranska utskrift…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Exportera som P&amp;DF…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Exportera som &amp;HTML…</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Exportera som &amp;Markdown…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Inställnin&amp;gar…</translation>
    </message>
    <message>
        <source>No meeting is shown.</source>
        <translation>Inget möte visas.</translation>
    </message>
    <message>
        <source>Choose another logo or remove it in File → Settings….</source>
        <translation>Välj en annan logotyp eller ta bort den under Arkiv → Inställningar….</translation>
    </message>
    <message>
        <source>The minutes could not be printed.</source>
        <translation>Det gick inte att skriva ut mötesanteckningarna.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Inte utskrivet</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Skickat till skrivaren.</translation>
    </message>
    <message>
        <source>No print preview</source>
        <translation>Ingen förhandsgranskning</translation>
    </message>
    <message>
        <source>Print preview – %1</source>
        <translation>Förhandsgranskning – %1</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Inte exporterat</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exportera som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export as HTML</source>
        <translation>Exportera som HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Webbsidor (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Exportera som Markdown</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-filer (*.md)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporterat till %1</translation>
    </message>
    <message>
        <source>Archive not exported</source>
        <translation>Arkivet exporterades inte</translation>
    </message>
    <message>
        <source>Reading the meetings…</source>
        <translation>Läser mötena…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Export archive</source>
        <translation>Exportera arkiv</translation>
    </message>
    <message>
        <source>Writing meeting %1 of %2…</source>
        <translation>Skriver möte %1 av %2…</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was written to %1.</source>
        <translation>Exporten avbröts. Ingenting skrevs till %1.</translation>
    </message>
    <message>
        <source>Nothing was written to %1.</source>
        <translation>Ingenting skrevs till %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) exported to %1.</source>
        <translation>
            <numerusform>%n möte exporterat till %1.</numerusform>
            <numerusform>%n möten exporterade till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved. They apply to everything printed and exported from now on.</source>
        <translation>Inställningarna sparades. De gäller allt som skrivs ut och exporteras från och med nu.</translation>
    </message>
    <message>
        <source>E&amp;xport archive…</source>
        <translation>Exportera a&amp;rkiv…</translation>
    </message>
</context>
<context>
    <name>minutebook::DocumentSettings</name>
    <message>
        <source>The logo %1 does not exist.</source>
        <translation>Logotypen %1 finns inte.</translation>
    </message>
    <message>
        <source>The logo %1 is not an SVG image this program can read.</source>
        <translation>Logotypen %1 är ingen SVG-bild som programmet kan läsa.</translation>
    </message>
    <message>
        <source>The logo %1 cannot be read: %2</source>
        <translation>Det går inte att läsa logotypen %1: %2</translation>
    </message>
</context>
<context>
    <name>minutebook::DocumentSettingsDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>From each group&apos;s own details</source>
        <translation>Från varje grupps egna uppgifter</translation>
    </message>
    <message>
        <source>For example postal address, telephone, web site</source>
        <translation>Till exempel postadress, telefon, webbplats</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotyp:</translation>
    </message>
    <message>
        <source>&amp;Footer text:</source>
        <translation>&amp;Sidfotstext:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Printed and exported minutes show the organisation and the logo at the top, and the organisation, the footer text and the page number at the foot of every page.</source>
        <translation>Utskrivna och exporterade mötesanteckningar visar organisationen och logotypen överst, och organisationen, sidfotstexten och sidnumret längst ned på varje sida.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Välj en logotyp</translation>
    </message>
    <message>
        <source>Images (*.svg *.png);;All files (*)</source>
        <translation>Bilder (*.svg *.png);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Logo not used</source>
        <translation>Logotypen används inte</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
    <message>
        <source>The language of the labels, dates and page numbers of this archive&apos;s printed and exported minutes, on every computer</source>
        <translation>Språket för rubriker, datum och sidnummer i arkivets utskrivna och exporterade mötesanteckningar, på alla datorer</translation>
    </message>
    <message>
        <source>The archive is open read-only: its language cannot be changed here</source>
        <translation>Arkivet är öppnat skrivskyddat: dess språk kan inte ändras här</translation>
    </message>
    <message>
        <source>&amp;Language of the minutes:</source>
        <translation>Mötesanteckningarnas &amp;språk:</translation>
    </message>
    <message>
        <source>Language not changed</source>
        <translation>Språket ändrades inte</translation>
    </message>
</context>
<context>
    <name>minutebook::ExampleMinutes</name>
    <message>
        <source>Welcome to Minutebook</source>
        <translation>Välkommen till Minutebook</translation>
    </message>
    <message>
        <source>This database has no meetings yet. Do you want to load example minutes to look around first?</source>
        <translation>Databasen har inga möten än. Vill du läsa in exempelanteckningar och bekanta dig med programmet först?</translation>
    </message>
    <message>
        <source>Load example</source>
        <translation>Läs in exempel</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Börja utan exempel</translation>
    </message>
    <message numerus="yes">
        <source>The example holds %n made-up meetings of two groups. For real minutes you can start a new database later.</source>
        <translation>
            <numerusform>Exemplet innehåller %n påhittat möte för två grupper. För riktiga anteckningar kan du senare börja med en ny databas.</numerusform>
            <numerusform>Exemplet innehåller %n påhittade möten för två grupper. För riktiga anteckningar kan du senare börja med en ny databas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minutebook::FollowUp</name>
    <message>
        <source>Opening of the meeting</source>
        <translation>Mötets öppnande</translation>
    </message>
    <message>
        <source>Minutes of the previous meeting</source>
        <translation>Föregående mötesanteckningar</translation>
    </message>
    <message>
        <source>Any other business</source>
        <translation>Övriga frågor</translation>
    </message>
    <message>
        <source>Closing of the meeting</source>
        <translation>Mötets avslutande</translation>
    </message>
    <message>
        <source>Follow-up of assignments</source>
        <translation>Uppföljning av uppdrag</translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>Det finns inget möte med id %1.</translation>
    </message>
    <message>
        <source>The meeting of %1 is already approved and cannot take more items.</source>
        <translation>Mötet den %1 är redan godkänt och kan inte få fler punkter.</translation>
    </message>
    <message>
        <source>Choose the date to defer the item to.</source>
        <translation>Välj datumet som punkten ska skjutas upp till.</translation>
    </message>
    <message>
        <source>There is no agenda item with id %1.</source>
        <translation>Det finns ingen dagordningspunkt med id %1.</translation>
    </message>
    <message>
        <source>This item has already been deferred.</source>
        <translation>Punkten är redan uppskjuten.</translation>
    </message>
    <message>
        <source>An item can only be deferred to a date after the meeting (%1).</source>
        <translation>En punkt kan bara skjutas upp till ett datum efter mötet (%1).</translation>
    </message>
    <message>
        <source>Choose the date of the new meeting.</source>
        <translation>Välj datum för det nya mötet.</translation>
    </message>
    <message>
        <source>The new meeting needs a date other than the previous one&apos;s.</source>
        <translation>Det nya mötet måste ha ett annat datum än det föregående.</translation>
    </message>
    <message>
        <source>There already is a meeting of the body on %1.</source>
        <translation>Gruppen har redan ett möte den %1.</translation>
    </message>
</context>
<context>
    <name>minutebook::FtsQuery</name>
    <message>
        <source>Add a word to search for; “-word” only leaves words out.</source>
        <translation>Lägg till ett ord att söka efter; ”-ord” utesluter bara ord.</translation>
    </message>
</context>
<context>
    <name>minutebook::GuideWindow</name>
    <message>
        <source>Minutebook User Guide</source>
        <translation>Minutebook – användarhandbok</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Användarhandbok</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Bakåt</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Innehåll</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Öppna i &amp;webbläsaren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>minutebook::HeaderEditor</name>
    <message>
        <source>Title of the minutes</source>
        <translation>Anteckningarnas rubrik</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>Room or address</source>
        <translation>Rum eller adress</translation>
    </message>
    <message>
        <source>Approved — read only</source>
        <translation>Godkänt – kan bara läsas</translation>
    </message>
    <message>
        <source>Draft — saved as you type</source>
        <translation>Utkast – sparas medan du skriver</translation>
    </message>
    <message>
        <source>The end time is before the start time. It is saved as typed; correct it when you can.</source>
        <translation>Sluttiden är före starttiden. Den sparas som du skrev den; rätta den när du hinner.</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Rubr&amp;ik:</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>Minute-ta&amp;ker:</source>
        <translation>&amp;Sekreterare:</translation>
    </message>
</context>
<context>
    <name>minutebook::HeaderParser</name>
    <message>
        <source>The date &quot;%1&quot; has no year; give the meeting date when importing.</source>
        <translation>Datumet ”%1” saknar år; ange mötesdatum vid importen.</translation>
    </message>
    <message>
        <source>The file gives two meeting dates, %1 and %2; the first was used.</source>
        <translation>Filen anger två mötesdatum, %1 och %2; det första användes.</translation>
    </message>
    <message>
        <source>The weekday in &quot;%1&quot; does not match the date %2.</source>
        <translation>Veckodagen i ”%1” stämmer inte med datumet %2.</translation>
    </message>
    <message>
        <source>Text before the first item was not recognised; it is kept in the meeting notes.</source>
        <translation>Texten före den första punkten kändes inte igen; den sparas i mötets anteckningar.</translation>
    </message>
</context>
<context>
    <name>minutebook::ImportDialog</name>
    <message>
        <source>Import minutes</source>
        <translation>Importera mötesanteckningar</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Importera ändå</translation>
    </message>
    <message>
        <source>Create another meeting from a file that was imported before.</source>
        <translation>Skapa ett möte till från en fil som redan har importerats.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Check what will be created. Double-click a date or group to change it.</source>
        <translation>Kontrollera vad som kommer att skapas. Dubbelklicka på ett datum eller en grupp för att ändra.</translation>
    </message>
    <message>
        <source>Warnings for the selected file:</source>
        <translation>Varningar för den markerade filen:</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) need a meeting date or a group. Double-click the cell to fill it in; nothing is imported until every file has both.</source>
        <translation>
            <numerusform>%n fil saknar mötesdatum eller grupp. Dubbelklicka i rutan och fyll i. Inget importeras förrän alla filer har båda.</numerusform>
            <numerusform>%n filer saknar mötesdatum eller grupp. Dubbelklicka i rutan och fyll i. Inget importeras förrän alla filer har båda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be imported.</source>
        <translation>
            <numerusform>%n fil kommer att importeras.</numerusform>
            <numerusform>%n filer kommer att importeras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing minutes…</source>
        <translation>Importerar mötesanteckningar…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) imported.</source>
        <translation>
            <numerusform>%n möte har importerats.</numerusform>
            <numerusform>%n möten har importerats.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the rest was not imported.</source>
        <translation>Importen avbröts. Resten har inte importerats.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported:</source>
        <translation>
            <numerusform>%n fil har inte importerats:</numerusform>
            <numerusform>%n filer har inte importerats:</numerusform>
        </translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textfiler (*.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Filer att importera</translation>
    </message>
    <message>
        <source>Warnings of the chosen file</source>
        <translation>Varningar för den valda filen</translation>
    </message>
</context>
<context>
    <name>minutebook::ImportPreviewModel</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Filen går inte att läsa: %1</translation>
    </message>
    <message>
        <source>The file is too large to be minutes.</source>
        <translation>Filen är för stor för att vara mötesanteckningar.</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Välj datum</translation>
    </message>
    <message>
        <source>Type a group</source>
        <translation>Skriv grupp</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Frånvarande</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Ready, with warnings</source>
        <translation>Klar, med varningar</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>Kan inte importeras</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Redan importerad</translation>
    </message>
    <message>
        <source>Needs a date</source>
        <translation>Datum saknas</translation>
    </message>
    <message>
        <source>Needs a group</source>
        <translation>Grupp saknas</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerad</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importen misslyckades</translation>
    </message>
</context>
<context>
    <name>minutebook::ImportRepository</name>
    <message>
        <source>This file was imported before, as meeting %1. Import it again only if you want a second copy.</source>
        <translation>Filen har redan importerats, som möte %1. Importera den igen bara om du vill ha en kopia till.</translation>
    </message>
</context>
<context>
    <name>minutebook::InstallationCheck</name>
    <message>
        <source>Minutebook %1 (Qt %2)</source>
        <translation>Minutebook %1 (Qt %2)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>finns</translation>
    </message>
    <message>
        <source>missing (package %1)</source>
        <translation>saknas (paketet %1)</translation>
    </message>
    <message>
        <source>Qt SQL driver %1: %2</source>
        <translation>Qt SQL-drivrutin %1: %2</translation>
    </message>
    <message>
        <source>English</source>
        <extracomment>The name of the language of this translation, as it would be said in a sentence.</extracomment>
        <translation>svenska</translation>
    </message>
    <message>
        <source>Language: %1 (%2)</source>
        <translation>Språk: %1 (%2)</translation>
    </message>
    <message>
        <source>Buttons: %1</source>
        <translation>Knappar: %1</translation>
    </message>
</context>
<context>
    <name>minutebook::ItemEditor</name>
    <message>
        <source>What the item is about</source>
        <translation>Vad punkten handlar om</translation>
    </message>
    <message>
        <source>Who presents it</source>
        <translation>Vem som föredrar</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <source>What was said. &quot;- &quot; starts a bullet, Tab makes a sub-bullet.</source>
        <translation>Vad som sades. &quot;- &quot; börjar en punktlista, Tab gör en underpunkt.</translation>
    </message>
    <message>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Fetstil (Ctrl+B)</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Lista</translation>
    </message>
    <message>
        <source>Bullet list (Ctrl+Shift+L); Tab in a list makes a sub-bullet</source>
        <translation>Punktlista (Ctrl+Skift+L); Tab i en lista gör en underpunkt</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Länk</translation>
    </message>
    <message>
        <source>Make the selection a link (Ctrl+K)</source>
        <translation>Gör markeringen till en länk (Ctrl+K)</translation>
    </message>
    <message>
        <source>Address of the link:</source>
        <translation>Länkens adress:</translation>
    </message>
    <message>
        <source>&amp;Assignment</source>
        <translation>&amp;Uppdrag</translation>
    </message>
    <message>
        <source>Add the decision (Ctrl+Shift+B)</source>
        <translation>Lägg till beslutet (Ctrl+Skift+B)</translation>
    </message>
    <message>
        <source>Add the assignment (Ctrl+Shift+U)</source>
        <translation>Lägg till uppdraget (Ctrl+Skift+U)</translation>
    </message>
    <message>
        <source>Move the item to a later meeting (Ctrl+Shift+K)</source>
        <translation>Flytta punkten till ett senare möte (Ctrl+Skift+K)</translation>
    </message>
    <message>
        <source>The meeting decided…</source>
        <translation>Mötet beslutade …</translation>
    </message>
    <message>
        <source>Assignment: what is to be done</source>
        <translation>Uppdrag: vad som ska göras</translation>
    </message>
    <message>
        <source>Who does it (name)</source>
        <translation>Vem som gör det (namn)</translation>
    </message>
    <message>
        <source>Deferred to %1</source>
        <translation>Uppskjuten till %1</translation>
    </message>
    <message>
        <source>The item has no title yet.</source>
        <translation>Punkten har ingen rubrik än.</translation>
    </message>
    <message>
        <source>The due date of the new assignment is in the past.</source>
        <translation>Det nya uppdragets slutdatum har redan passerat.</translation>
    </message>
    <message>
        <source>An open assignment is past its due date.</source>
        <translation>Ett öppet uppdrag har passerat sitt slutdatum.</translation>
    </message>
    <message>
        <source>Defer item</source>
        <translation>Skjut upp punkt</translation>
    </message>
    <message>
        <source>Defer “%1” to the meeting on:</source>
        <translation>Skjut upp ”%1” till mötet den:</translation>
    </message>
    <message>
        <source>Bold (in an item&apos;s text)</source>
        <translation>Fetstil (i en punkts text)</translation>
    </message>
    <message>
        <source>Bullet list (in an item&apos;s text)</source>
        <translation>Punktlista (i en punkts text)</translation>
    </message>
    <message>
        <source>Link (in an item&apos;s text)</source>
        <translation>Länk (i en punkts text)</translation>
    </message>
    <message>
        <source>Remove the chosen decision or assignment (in the item&apos;s list)</source>
        <translation>Ta bort det valda beslutet eller uppdraget (i punktens lista)</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>Rubri&amp;k:</translation>
    </message>
    <message>
        <source>Prese&amp;nter:</source>
        <translation>För&amp;edragande:</translation>
    </message>
    <message>
        <source>Responsi&amp;ble:</source>
        <translation>A&amp;nsvarig:</translation>
    </message>
    <message>
        <source>De&amp;cision</source>
        <translation>&amp;Beslut</translation>
    </message>
    <message>
        <source>Defe&amp;r…</source>
        <translation>Sk&amp;jut upp…</translation>
    </message>
</context>
<context>
    <name>minutebook::ItemParser</name>
    <message>
        <source>A &quot;%1&quot; line with no decision after it; nothing was recorded.</source>
        <translation>En rad med ”%1” utan något beslut efter; inget sparades.</translation>
    </message>
    <message>
        <source>The item is moved to a later meeting, but the date &quot;%1&quot; has no year and the meeting has no date; set it by hand.</source>
        <translation>Punkten flyttas till ett senare möte, men datumet ”%1” saknar år och mötet saknar datum; ange det för hand.</translation>
    </message>
    <message>
        <source>Could not read a due date from &quot;senast %1&quot;; the assignment has none.</source>
        <translation>Det gick inte att läsa ut ett slutdatum ur ”senast %1”; uppdraget har inget.</translation>
    </message>
</context>
<context>
    <name>minutebook::ItemRecordsModel</name>
    <message>
        <source>Decision §%1</source>
        <translation>Beslut §%1</translation>
    </message>
    <message>
        <source>Type the decision here.</source>
        <translation>Skriv beslutet här.</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Checked when the assignment is done.</source>
        <translation>Bockas i när uppdraget är klart.</translation>
    </message>
    <message>
        <source>The due date is in the past.</source>
        <translation>Slutdatumet har redan passerat.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
</context>
<context>
    <name>minutebook::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;råk</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Minutebook will use the new language the next time it starts.</source>
        <translation>Minutebook använder det nya språket nästa gång programmet startar.</translation>
    </message>
</context>
<context>
    <name>minutebook::MainWindow</name>
    <message>
        <source>Minutebook — %1</source>
        <translation>Minutebook — %1</translation>
    </message>
    <message>
        <source>Example not loaded</source>
        <translation>Exemplet lästes inte in</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Minutebook</source>
        <translation>&amp;Om Minutebook</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln möte</numerusform>
            <numerusform>%Ln möten</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting minutes for the people who write and read them.</source>
        <translation>Mötesanteckningar för dem som skriver och läser dem.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Licens: GNU General Public License, version 3 eller senare (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Byggd med Qt %1, körs med Qt %2.</translation>
    </message>
    <message>
        <source>About Minutebook</source>
        <translation>Om Minutebook</translation>
    </message>
    <message>
        <source>Meetings not shown</source>
        <translation>Mötena kunde inte visas</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>Minutes not saved</source>
        <translation>Anteckningarna sparades inte</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Möte</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Archive on the server: %1</source>
        <translation>Arkiv på servern: %1</translation>
    </message>
    <message>
        <source>Archive file: %1</source>
        <translation>Arkivfil: %1</translation>
    </message>
    <message>
        <source>&amp;New Meeting…</source>
        <translation>&amp;Nytt möte…</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nytt möte</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Användarhandbok</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>No user guide</source>
        <translation>Ingen användarhandbok</translation>
    </message>
    <message>
        <source>The user guide is not installed. Minutebook looked for it in:
%1</source>
        <translation>Användarhandboken är inte installerad. Minutebook letade efter den i:
%1</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(skrivskyddat)</translation>
    </message>
</context>
<context>
    <name>minutebook::MeetingEditor</name>
    <message>
        <source>These minutes are approved: they can be read but no longer changed.</source>
        <translation>Anteckningarna är godkända: de kan läsas men inte längre ändras.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda&lt;/b&gt; (Enter: next item, Tab: sub-item)</source>
        <translation>&lt;b&gt;Dagordning&lt;/b&gt; (Enter: nästa punkt, Tab: underpunkt)</translation>
    </message>
    <message>
        <source>New &amp;Item</source>
        <translation>Ny &amp;punkt</translation>
    </message>
    <message>
        <source>New &amp;Sub-item</source>
        <translation>Ny u&amp;nderpunkt</translation>
    </message>
    <message>
        <source>Move Item &amp;Down</source>
        <translation>Flytta punkt n&amp;ed</translation>
    </message>
    <message>
        <source>I&amp;ndent Item</source>
        <translation>&amp;Dra in punkt</translation>
    </message>
    <message>
        <source>&amp;Outdent Item</source>
        <translation>Dra u&amp;t punkt</translation>
    </message>
    <message>
        <source>Add De&amp;cision</source>
        <translation>Lägg till &amp;beslut</translation>
    </message>
    <message>
        <source>Add &amp;Assignment</source>
        <translation>Lägg till uppdr&amp;ag</translation>
    </message>
    <message>
        <source>De&amp;fer Item…</source>
        <translation>S&amp;kjut upp punkt…</translation>
    </message>
    <message>
        <source>New meeting from previous</source>
        <translation>Nytt möte från föregående</translation>
    </message>
    <message>
        <source>Date of the next meeting of %1:</source>
        <translation>Datum för nästa möte i %1:</translation>
    </message>
    <message>
        <source>Re&amp;move Item</source>
        <translation>Ta bo&amp;rt punkt</translation>
    </message>
    <message>
        <source>Move Item U&amp;p</source>
        <translation>Flytta punkt &amp;upp</translation>
    </message>
    <message>
        <source>New Meeting &amp;from Previous…</source>
        <translation>Nytt möte från &amp;föregående…</translation>
    </message>
    <message>
        <source>This archive is open read-only (the file cannot be written): its minutes can be read, searched, printed and exported, but not changed.</source>
        <translation>Arkivet är öppnat skrivskyddat (filen kan inte skrivas): mötesanteckningarna kan läsas, sökas, skrivas ut och exporteras, men inte ändras.</translation>
    </message>
</context>
<context>
    <name>minutebook::MeetingListModel</name>
    <message>
        <source>Approved</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Plats: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>minutebook::MeetingListView</name>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>No meetings match the chosen group and year.</source>
        <translation>Det finns inga möten för den valda gruppen och det valda året.</translation>
    </message>
    <message>
        <source>There are no meetings in this database yet.</source>
        <translation>Det finns inga möten i databasen än.</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alla grupper</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alla år</translation>
    </message>
    <message>
        <source>Filter by title, place, group or date</source>
        <translation>Filtrera på rubrik, plats, grupp eller datum</translation>
    </message>
    <message>
        <source>No meetings match “%1”.</source>
        <translation>Inga möten matchar ”%1”.</translation>
    </message>
    <message>
        <source>Filter the meetings</source>
        <translation>Filtrera mötena</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
</context>
<context>
    <name>minutebook::MeetingRepository</name>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>Det finns inget möte med id %1.</translation>
    </message>
</context>
<context>
    <name>minutebook::MeetingRules</name>
    <message>
        <source>These minutes are approved and can no longer be changed.</source>
        <translation>Anteckningarna är godkända och kan inte längre ändras.</translation>
    </message>
    <message>
        <source>Item %1 has no title.</source>
        <translation>Punkt %1 saknar rubrik.</translation>
    </message>
    <message>
        <source>Item %1: the assignment “%2” has nobody responsible.</source>
        <translation>Punkt %1: uppdraget ”%2” saknar ansvarig.</translation>
    </message>
    <message>
        <source>Item %1: the assignment “%2” has no due date.</source>
        <translation>Punkt %1: uppdraget ”%2” saknar slutdatum.</translation>
    </message>
</context>
<context>
    <name>minutebook::MeetingSession</name>
    <message>
        <source>Edit title</source>
        <translation>Ändra rubrik</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>Ändra datum</translation>
    </message>
    <message>
        <source>Change start time</source>
        <translation>Ändra starttid</translation>
    </message>
    <message>
        <source>Change end time</source>
        <translation>Ändra sluttid</translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation>Ändra plats</translation>
    </message>
    <message>
        <source>Edit minute-taker</source>
        <translation>Ändra sekreterare</translation>
    </message>
    <message>
        <source>Edit item title</source>
        <translation>Ändra punktens rubrik</translation>
    </message>
    <message>
        <source>Edit presenter</source>
        <translation>Ändra föredragande</translation>
    </message>
    <message>
        <source>Edit responsible</source>
        <translation>Ändra ansvarig</translation>
    </message>
    <message>
        <source>Edit item text</source>
        <translation>Ändra punktens text</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Lägg till punkt</translation>
    </message>
    <message>
        <source>Add sub-item</source>
        <translation>Lägg till underpunkt</translation>
    </message>
    <message>
        <source>Remove item %1</source>
        <translation>Ta bort punkt %1</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Flytta punkt</translation>
    </message>
    <message>
        <source>Indent item</source>
        <translation>Dra in punkt</translation>
    </message>
    <message>
        <source>Outdent item</source>
        <translation>Dra ut punkt</translation>
    </message>
    <message>
        <source>Mark %1 present</source>
        <translation>Markera %1 som närvarande</translation>
    </message>
    <message>
        <source>Mark %1 absent</source>
        <translation>Markera %1 som frånvarande</translation>
    </message>
    <message>
        <source>Add guest %1</source>
        <translation>Lägg till gästen %1</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Skriv personens namn.</translation>
    </message>
    <message>
        <source>%1 is already on the roster.</source>
        <translation>%1 finns redan i deltagarlistan.</translation>
    </message>
    <message>
        <source>Add %1 to the roster</source>
        <translation>Lägg till %1 i deltagarlistan</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Lägg till beslut</translation>
    </message>
    <message>
        <source>Edit decision §%1</source>
        <translation>Ändra beslut §%1</translation>
    </message>
    <message>
        <source>Remove decision §%1</source>
        <translation>Ta bort beslut §%1</translation>
    </message>
    <message>
        <source>Add assignment</source>
        <translation>Lägg till uppdrag</translation>
    </message>
    <message>
        <source>Mark assignment done</source>
        <translation>Markera uppdraget som klart</translation>
    </message>
    <message>
        <source>Mark assignment open</source>
        <translation>Markera uppdraget som öppet</translation>
    </message>
    <message>
        <source>Edit assignment</source>
        <translation>Ändra uppdrag</translation>
    </message>
    <message>
        <source>Remove assignment</source>
        <translation>Ta bort uppdrag</translation>
    </message>
    <message>
        <source>Defer item %1 to %2</source>
        <translation>Skjut upp punkt %1 till %2</translation>
    </message>
    <message>
        <source>The assignment is no longer in these minutes.</source>
        <translation>Uppdraget finns inte längre i de här anteckningarna.</translation>
    </message>
    <message>
        <source>The archive is open read-only: nothing in it can be changed.</source>
        <translation>Arkivet är öppnat skrivskyddat: ingenting i det kan ändras.</translation>
    </message>
</context>
<context>
    <name>minutebook::MeetingText</name>
    <message>
        <source>Place: %1</source>
        <translation>Plats: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>godkänd</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>Minute-taker: %1</source>
        <translation>Vid anteckningarna: %1</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Present (%1)</source>
        <translation>Deltagare %1</translation>
    </message>
    <message>
        <source>Absent: %1</source>
        <translation>Frånvarande: %1</translation>
    </message>
    <message>
        <source>Guests: %1</source>
        <translation>Gäster: %1</translation>
    </message>
    <message>
        <source>Presenter: %1</source>
        <translation>Föredragande: %1</translation>
    </message>
    <message>
        <source>Decision (%1): %2</source>
        <translation>Beslut (%1): %2</translation>
    </message>
    <message>
        <source>Assignment: %1</source>
        <translation>Uppdrag: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>klart senast %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klart</translation>
    </message>
    <message>
        <source>open</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>Moved to the meeting on %1</source>
        <translation>Flyttas till mötet den %1</translation>
    </message>
    <message>
        <source>Approved %1 by %2, fingerprint %3</source>
        <translation>Godkänt %1 av %2, kontrollsumma %3</translation>
    </message>
    <message>
        <source>Approved before approvals were recorded in the program</source>
        <translation>Godkänt innan godkännanden registrerades i programmet</translation>
    </message>
    <message>
        <source>Corrections:</source>
        <translation>Rättelser:</translation>
    </message>
    <message>
        <source>%1 %2: “%3” → “%4” (%5: %6)</source>
        <translation>%1 %2: ”%3” → ”%4” (%5: %6)</translation>
    </message>
</context>
<context>
    <name>minutebook::MeetingView</name>
    <message>
        <source>Choose a meeting in the list to read its minutes.</source>
        <translation>Välj ett möte i listan för att läsa anteckningarna.</translation>
    </message>
    <message>
        <source>The minutes could not be shown. %1</source>
        <translation>Anteckningarna kunde inte visas. %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy &amp;Link Address</source>
        <translation>Kopiera &amp;länkadress</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Markera &amp;allt</translation>
    </message>
</context>
<context>
    <name>minutebook::MeetingWriter</name>
    <message>
        <source>A meeting needs a date.</source>
        <translation>Ett möte måste ha ett datum.</translation>
    </message>
</context>
<context>
    <name>minutebook::MinutesDocument</name>
    <message>
        <source>%1 %2 – minutes</source>
        <translation>%1 %2 – mötesanteckningar</translation>
    </message>
    <message>
        <source>INFORMATION</source>
        <translation>INFORMATION</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Mötesanteckningar</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Plats:</translation>
    </message>
    <message>
        <source>Draft – not yet approved</source>
        <translation>Utkast – ännu inte godkänt</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Deltagare:</translation>
    </message>
    <message>
        <source>Participants %1:</source>
        <translation>Deltagare %1:</translation>
    </message>
    <message>
        <source>Guests:</source>
        <translation>Gäster:</translation>
    </message>
    <message>
        <source>Absent:</source>
        <translation>Frånvarande:</translation>
    </message>
    <message>
        <source>DECISIONS</source>
        <translation>BESLUT</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Beslut:</translation>
    </message>
    <message>
        <source>No decisions</source>
        <translation>Inga beslutspunkter</translation>
    </message>
    <message>
        <source>Presenter:</source>
        <translation>Föredragande:</translation>
    </message>
    <message>
        <source>The item is moved to the meeting on %1.</source>
        <translation>Punkten flyttas till mötet den %1.</translation>
    </message>
    <message>
        <source>Assignment:</source>
        <translation>Uppdrag:</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Ansvarig: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Klart senast: %1</translation>
    </message>
    <message>
        <source>Status: done</source>
        <translation>Status: klart</translation>
    </message>
    <message>
        <source>Status: open</source>
        <translation>Status: pågår</translation>
    </message>
    <message>
        <source>Minutes taken by:</source>
        <translation>Vid anteckningarna:</translation>
    </message>
    <message>
        <source>Approved (not approved in the program)</source>
        <translation>Godkänd (utan justering i programmet)</translation>
    </message>
    <message>
        <source>Approved %1 by %2 · fingerprint %3</source>
        <translation>Godkänd %1 av %2 · kontrollsumma %3</translation>
    </message>
    <message>
        <source>CORRECTIONS</source>
        <translation>RÄTTELSER</translation>
    </message>
    <message>
        <source>“%1” → “%2”</source>
        <translation>”%1” → ”%2”</translation>
    </message>
    <message>
        <source>Corrected by %1. Reason: %2</source>
        <translation>Rättat av %1. Skäl: %2</translation>
    </message>
</context>
<context>
    <name>minutebook::MinutesExporter</name>
    <message>
        <source>Could not write the minutes: %1</source>
        <translation>Det gick inte att skriva protokollet: %1</translation>
    </message>
</context>
<context>
    <name>minutebook::MinutesImporter</name>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Filen kunde inte öppnas: %1</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Filen kan inte läsas.</translation>
    </message>
    <message>
        <source>The file is too large for minutes (more than %1 MB).</source>
        <translation>Filen är för stor för att vara mötesanteckningar (mer än %1 MB).</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Filen kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>Could not open &quot;%1&quot;: %2</source>
        <translation>Det gick inte att öppna ”%1”: %2</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 (Latin-1).</source>
        <translation>Filen är inte UTF-8; den lästes som Windows-1252 (Latin-1).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
</context>
<context>
    <name>minutebook::MinutesMail</name>
    <message>
        <source>Minutes %1 %2</source>
        <translation>Mötesanteckningar %1 %2</translation>
    </message>
    <message>
        <source>Attached are the approved minutes of %1, %2.</source>
        <translation>Bifogat finns de godkända mötesanteckningarna från %1, %2.</translation>
    </message>
    <message>
        <source>Approved %1 by %2. Fingerprint (SHA-256): %3</source>
        <translation>Godkända %1 av %2. Kontrollsumma (SHA-256): %3</translation>
    </message>
</context>
<context>
    <name>minutebook::MinutesPagePainter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
</context>
<context>
    <name>minutebook::MinutesParser</name>
    <message>
        <source>This does not look like minutes: it has no meeting date, attendee list, decisions block or numbered items.</source>
        <translation>Det här ser inte ut som mötesanteckningar: det finns inget mötesdatum, ingen deltagarlista, inget beslutsavsnitt och inga numrerade punkter.</translation>
    </message>
    <message>
        <source>No numbered items were found; the text is kept in the meeting notes.</source>
        <translation>Inga numrerade punkter hittades; texten sparas i mötets anteckningar.</translation>
    </message>
    <message>
        <source>The file gives no meeting date; the date %1 given for the import was used.</source>
        <translation>Filen anger inget mötesdatum; datumet %1 som angavs för importen användes.</translation>
    </message>
    <message>
        <source>The file gives no meeting date. Ask for it and import again with that date, or set it before saving.</source>
        <translation>Filen anger inget mötesdatum. Ta reda på det och importera igen med det datumet, eller ange det innan du sparar.</translation>
    </message>
    <message>
        <source>This line looks like a numbered item but does not continue the numbering; it is kept in the text of item %1.</source>
        <translation>Raden ser ut som en numrerad punkt men fortsätter inte numreringen; den sparas i texten till punkt %1.</translation>
    </message>
</context>
<context>
    <name>minutebook::MinutesPdfWriter</name>
    <message>
        <source>Could not start writing the PDF.</source>
        <translation>Det gick inte att börja skriva PDF-filen.</translation>
    </message>
    <message>
        <source>Could not write the PDF.</source>
        <translation>Det gick inte att skriva PDF-filen.</translation>
    </message>
    <message>
        <source>Could not write the PDF: %1</source>
        <translation>Det gick inte att skriva PDF-filen: %1</translation>
    </message>
</context>
<context>
    <name>minutebook::NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Nytt möte</translation>
    </message>
    <message>
        <source>For example Ledningsgruppen</source>
        <translation>Till exempel Ledningsgruppen</translation>
    </message>
    <message>
        <source>For example LG</source>
        <translation>Till exempel LG</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>&amp;Förkortning:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
</context>
<context>
    <name>minutebook::NoMeetingPanel</name>
    <message>
        <source>Load the example minutes</source>
        <translation>Läs in exempelanteckningarna</translation>
    </message>
    <message>
        <source>No meetings yet</source>
        <translation>Inga möten än</translation>
    </message>
    <message>
        <source>Start the minutes of your next meeting, read in the minutes you already have, or look around in made-up example minutes first.</source>
        <translation>Börja anteckna ditt nästa möte, läs in de anteckningar du redan har, eller bekanta dig med programmet i påhittade exempelanteckningar först.</translation>
    </message>
    <message>
        <source>No meeting chosen</source>
        <translation>Inget möte valt</translation>
    </message>
    <message>
        <source>Choose a meeting in the list, or start a new one.</source>
        <translation>Välj ett möte i listan, eller börja ett nytt.</translation>
    </message>
</context>
<context>
    <name>minutebook::PersonRepository</name>
    <message>
        <source>A person needs a name.</source>
        <translation>En person måste ha ett namn.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>”%1” är ingen e-postadress.</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Det finns ingen person med id %1.</translation>
    </message>
    <message>
        <source>The person “%1” could not be saved; try again.</source>
        <translation>Personen ”%1” kunde inte sparas; försök igen.</translation>
    </message>
</context>
<context>
    <name>minutebook::PostgresDialect</name>
    <message>
        <source>constraint %1 of table %2 is not validated</source>
        <translation>villkoret %1 i tabellen %2 är inte validerat</translation>
    </message>
</context>
<context>
    <name>minutebook::PostgresSearch</name>
    <message>
        <source>Indexing was cancelled; nothing was changed.</source>
        <translation>Indexeringen avbröts; ingenting ändrades.</translation>
    </message>
</context>
<context>
    <name>minutebook::PrintStart</name>
    <message>
        <source>The printer %1 could not be started.</source>
        <translation>Skrivaren %1 kunde inte startas.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan inte skriva %1.</translation>
    </message>
</context>
<context>
    <name>minutebook::RecentArchives</name>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (saknas)</translation>
    </message>
</context>
<context>
    <name>minutebook::RecordEdits</name>
    <message>
        <source>The assignment no longer exists; it may have been deleted.</source>
        <translation>Uppdraget finns inte längre; det kan ha tagits bort.</translation>
    </message>
</context>
<context>
    <name>minutebook::RegisterCsv</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>minutebook::RegisterDocks</name>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Decision register</source>
        <translation>Beslutsregister</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>&amp;Decision register</source>
        <translation>&amp;Beslutsregister</translation>
    </message>
    <message>
        <source>&amp;Assignments</source>
        <translation>&amp;Uppdrag</translation>
    </message>
    <message>
        <source>Search &amp;pane</source>
        <translation>S&amp;ökpanel</translation>
    </message>
</context>
<context>
    <name>minutebook::ReopenDialog</name>
    <message>
        <source>Reopen approved minutes</source>
        <translation>Återöppna godkända mötesanteckningar</translation>
    </message>
    <message>
        <source>The minutes of %1 %2 become a draft again and can be changed. The approval and its fingerprint are kept in the meeting&apos;s log, with the reason given here. To correct a single mistake, use a correction instead: the minutes then stay approved.</source>
        <translation>Mötesanteckningarna från %1 %2 blir ett utkast igen och kan ändras. Godkännandet och dess kontrollsumma finns kvar i mötets logg, tillsammans med skälet du anger här. Använd hellre en rättelse för att rätta ett enstaka fel: då förblir mötesanteckningarna godkända.</translation>
    </message>
    <message>
        <source>Why the minutes are reopened (required)</source>
        <translation>Varför mötesanteckningarna återöppnas (krävs)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
    </message>
    <message>
        <source>Reopened &amp;by:</source>
        <translation>Återöppnad &amp;av:</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Återöppna</translation>
    </message>
</context>
<context>
    <name>minutebook::RestoreBackupDialog</name>
    <message>
        <source>%1 — cannot be read</source>
        <translation>%1 – kan inte läsas</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln meeting(s)</source>
        <translation>
            <numerusform>%1 – %Ln möte</numerusform>
            <numerusform>%1 – %Ln möten</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Återställ säkerhetskopia</translation>
    </message>
    <message>
        <source>There are no backups of this archive yet. Minutebook makes one a day, once the archive holds a meeting.</source>
        <translation>Det finns inga säkerhetskopior av det här arkivet än. Minutebook gör en om dagen, när arkivet innehåller ett möte.</translation>
    </message>
    <message>
        <source>Go back to the archive as it was in one of these copies. The archive as it is now is kept in the backups folder first.</source>
        <translation>Gå tillbaka till arkivet som det var i en av de här kopiorna. Arkivet som det är nu sparas först i mappen med säkerhetskopior.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
</context>
<context>
    <name>minutebook::SaveFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Det gick inte att skriva filen: %1</translation>
    </message>
</context>
<context>
    <name>minutebook::SearchHitModel</name>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Uppdrag</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n hit(s))</source>
        <translation>
            <numerusform>%1 (%n träff)</numerusform>
            <numerusform>%1 (%n träffar)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minutebook::SearchIndex</name>
    <message>
        <source>The search failed: %1</source>
        <translation>Sökningen misslyckades: %1</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Ansvarig: %1</translation>
    </message>
</context>
<context>
    <name>minutebook::SearchPane</name>
    <message>
        <source>Search all meetings</source>
        <translation>Sök i alla möten</translation>
    </message>
    <message>
        <source>Words (all must occur), &quot;exact phrase&quot;, prefix* and -word to leave out.</source>
        <translation>Ord (alla måste finnas med), &quot;exakt fras&quot;, början* och -ord för att utesluta.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Any person</source>
        <translation>Vem som helst</translation>
    </message>
    <message>
        <source>Only meetings the person attended, items they presented and assignments given to them.</source>
        <translation>Bara möten som personen deltog i, punkter som personen föredrog och uppdrag som personen fått.</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alla år</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alla grupper</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <source>No hits.</source>
        <translation>Inga träffar.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n träff</numerusform>
            <numerusform>%n träffar</numerusform>
        </translation>
    </message>
    <message>
        <source>No hits for “%1”. Showing hits for “%2”.</source>
        <translation>Inga träffar för ”%1”. Visar träffar för ”%2”.</translation>
    </message>
    <message>
        <source>Showing the first %1 hits; counting…</source>
        <translation>Visar de %1 första träffarna; räknar…</translation>
    </message>
    <message>
        <source>More than %L1 hits; showing the first %2.</source>
        <translation>Fler än %L1 träffar; visar de %2 första.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s); showing the first %1.</source>
        <translation>
            <numerusform>%Ln träff; visar de %1 första.</numerusform>
            <numerusform>%Ln träffar; visar de %1 första.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Search hits</source>
        <translation>Sökträffar</translation>
    </message>
</context>
<context>
    <name>minutebook::SearchTokenizer</name>
    <message>
        <source>The search index cannot be used: %1</source>
        <translation>Sökindexet kan inte användas: %1</translation>
    </message>
</context>
<context>
    <name>minutebook::SendDialog</name>
    <message>
        <source>Send the minutes to the attendees</source>
        <translation>Skicka mötesanteckningarna till deltagarna</translation>
    </message>
    <message>
        <source>Your e-mail program opens with a message to everyone on the attendance list who has an address, with the minutes attached as PDF. The addresses are kept for the next time.</source>
        <translation>Ditt e-postprogram öppnas med ett meddelande till alla på deltagarlistan som har en adress, med mötesanteckningarna bifogade som PDF. Adresserna sparas till nästa gång.</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>namn@exempel.se</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Save the PDF in:</source>
        <translation>Spara PDF-filen i:</translation>
    </message>
    <message>
        <source>Folder for the minutes</source>
        <translation>Mapp för mötesanteckningarna</translation>
    </message>
    <message>
        <source>Open e-mail</source>
        <translation>Öppna e-post</translation>
    </message>
    <message>
        <source>An address is not an e-mail address (shown in red).</source>
        <translation>En adress är ingen e-postadress (visas i rött).</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s).</source>
        <translation>
            <numerusform>%n mottagare.</numerusform>
            <numerusform>%n mottagare.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>minutebook::ServerAddress</name>
    <message>
        <source>No server given: use a URL such as postgresql://user@host/database.</source>
        <translation>Ingen server angiven: använd en adress som postgresql://användare@värd/databas.</translation>
    </message>
    <message>
        <source>“%1” is not a server address: %2</source>
        <translation>”%1” är ingen serveradress: %2</translation>
    </message>
    <message>
        <source>“%1” is not a server address: “%2” is not a port number.</source>
        <translation>”%1” är ingen serveradress: ”%2” är inget portnummer.</translation>
    </message>
    <message>
        <source>“%1” names no database: add it to the address (…/database).</source>
        <translation>”%1” anger ingen databas: lägg till den i adressen (…/databas).</translation>
    </message>
    <message>
        <source>This installation cannot reach a server: Qt&apos;s PostgreSQL driver (package libqt6sql6-psql) is missing.</source>
        <translation>Den här installationen kan inte nå en server: Qts PostgreSQL-drivrutin (paketet libqt6sql6-psql) saknas.</translation>
    </message>
    <message>
        <source>The server %1 has no database “%2”. Check the address, or ask whoever runs the server to create it.</source>
        <translation>Servern %1 har ingen databas ”%2”. Kontrollera adressen, eller be den som sköter servern att skapa den.</translation>
    </message>
    <message>
        <source>The server %1 refused the login: %2</source>
        <translation>Servern %1 nekade inloggningen: %2</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached (gave up after at most %2 s): %3</source>
        <translation>Servern %1 kan inte nås (gav upp efter högst %2 s): %3</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>slut på minne</translation>
    </message>
</context>
<context>
    <name>minutebook::ShortcutsDialog</name>
    <message>
        <source>In the editor</source>
        <translation>I redigeraren</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Find a command or a key</source>
        <translation>Hitta ett kommando eller en tangent</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Hitta:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>minutebook::SqliteDialect</name>
    <message>
        <source>integrity: %1</source>
        <translation>integritet: %1</translation>
    </message>
    <message>
        <source>foreign key: row %1 of table %2 refers to a missing row of %3</source>
        <translation>främmande nyckel: rad %1 i tabellen %2 hänvisar till en rad som saknas i %3</translation>
    </message>
</context>
<context>
    <name>minutebook::StorageError</name>
    <message>
        <source>The connection to the server was lost; nothing was saved. Try again when the server answers.</source>
        <translation>Anslutningen till servern bröts; ingenting sparades. Försök igen när servern svarar.</translation>
    </message>
    <message>
        <source>The server refused: your login may not do this (%1). Ask whoever runs the server for the right role.</source>
        <translation>Servern vägrade: din inloggning får inte göra detta (%1). Be den som sköter servern om rätt roll.</translation>
    </message>
    <message>
        <source>This already exists in the archive (%1).</source>
        <translation>Detta finns redan i arkivet (%1).</translation>
    </message>
    <message>
        <source>Someone else changed the same thing at the same moment; nothing was saved. Try again.</source>
        <translation>Någon annan ändrade samma sak i samma ögonblick; ingenting sparades. Försök igen.</translation>
    </message>
    <message>
        <source>The database is locked by another program (another Minutebook window, a backup or a sync tool). Close it or try again in a moment.</source>
        <translation>Databasen är låst av ett annat program (ett annat Minutebook-fönster, en säkerhetskopiering eller ett synkroniseringsprogram). Stäng programmet eller försök igen om en stund.</translation>
    </message>
    <message>
        <source>The database is read-only: changes cannot be saved. Check the file&apos;s permissions or open a copy.</source>
        <translation>Databasen är skrivskyddad: ändringar kan inte sparas. Kontrollera behörigheterna för filen eller öppna en kopia.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Disken är full: ingenting sparades. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Restore it from a backup.</source>
        <translation>Databasfilen är skadad (%1). Återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The database file could not be read or written (%1). Check the disk.</source>
        <translation>Det gick inte att läsa från eller skriva till databasfilen (%1). Kontrollera disken.</translation>
    </message>
    <message>
        <source>The file is not a Minutebook database (it is not an SQLite file).</source>
        <translation>Filen är ingen Minutebook-databas (den är inte en SQLite-fil).</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Databasfel: %1</translation>
    </message>
</context>
<context>
    <name>minutebook::StoredPdfPrinter</name>
    <message>
        <source>The stored copy of the minutes cannot be read.</source>
        <translation>Det sparade exemplaret av mötesanteckningarna kan inte läsas.</translation>
    </message>
    <message>
        <source>Page %1 of the stored copy cannot be drawn.</source>
        <translation>Sida %1 i det sparade exemplaret kan inte ritas.</translation>
    </message>
    <message>
        <source>The minutes could not be printed.</source>
        <translation>Mötesanteckningarna kunde inte skrivas ut.</translation>
    </message>
</context>
<context>
    <name>minutebook::TextDecoder</name>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>The file says it is UTF-16 text but is not; it cannot be read as minutes.</source>
        <translation>Filen anger att den är UTF-16-text men är det inte; den kan inte läsas som mötesanteckningar.</translation>
    </message>
    <message>
        <source>The file contains binary data (NUL bytes); it is not a plain-text minutes file.</source>
        <translation>Filen innehåller binära data (NUL-byte); det är ingen textfil med mötesanteckningar.</translation>
    </message>
    <message>
        <source>The file contains binary data (control characters); it is not a plain-text minutes file.</source>
        <translation>Filen innehåller binära data (styrtecken); det är ingen textfil med mötesanteckningar.</translation>
    </message>
</context>
</TS>
