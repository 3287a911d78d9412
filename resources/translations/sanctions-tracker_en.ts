<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, print or export a summary report (PDF, HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary report (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regime %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import UN Consolidated List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN Consolidated List (*.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the UN Consolidated List: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote resolutions.csv, measures.csv and designations.csv to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;UN Consolidated List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the UN Security Council Consolidated List (XML), review what changes, then apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write resolutions, measures and designations as CSV files into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is no longer stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the record breaks a rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 is still used by other records; change or delete those first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database schema has an unexpected name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was changed elsewhere since this step; it was left as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be restored exactly; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolutions (%2 new, %3 updated), %4 measures, %5 trigger events, %6 states, %7 measure types, %8 regimes, %9 designations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, measure %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution %1, measure %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>designation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or not a SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another application, not a Sanctions Tracker database; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Sanctions Tracker (schema %2; this version knows schema %3 at most). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt (QSQLITE) is not installed; install libqt6sql6-sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an upgrade, which a read-only database cannot take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 measure for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier measure is not known: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Sanctions Tracker (schema %1; this version knows schema %2 at most). Please upgrade the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown %1 &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is locked by another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database returned no row id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such trigger event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a double quote inside an unquoted field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: text after the closing quote of a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>individual or entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name in original script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATAID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nationalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>places of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sort key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is &quot;%3&quot;, which is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LISTED_ON of %1 is &quot;%2&quot;, which is not a real date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (DATAID %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this %1 record%2 has no REFERENCE_NUMBER; every record of the list needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no UN_LIST_TYPE, so its sanctions regime is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no LISTED_ON date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no name (FIRST_NAME is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record starting at line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 individuals, %2 entities: %3 added, %4 changed, %5 removed (delisted), %6 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown elements kept as notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of %1, imported %2 from %3: %4 added, %5 changed, %6 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1267 Committee (ISIL (Da&apos;esh) and Al-Qaida)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2127 Committee (Central African Republic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1718 Committee (DPRK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1533 Committee (Democratic Republic of the Congo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2048 Committee (Guinea-Bissau)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2653 Committee (Haiti)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1518 Committee (Iraq)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1970 Committee (Libya)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2713 Committee (Al-Shabaab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2206 Committee (South Sudan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1591 Committee (Sudan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1988 Committee (Taliban)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2140 Committee (Yemen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen &amp;Names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check names against the designations of the imported UN list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Designations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened here: SQLite needs to write beside it (its -wal and -shm files) and the file or its folder is read-only. Copy it to a folder you can write to. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program (perhaps another Sanctions Tracker in the middle of a change); try again when it has finished. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged (SQLite found a corrupt page); nothing was changed. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be read or written (a disk error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The designations in the database changed after this list was reviewed (another import or an edit); nothing was imported. Open the list again to review the changes as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1737 Committee (Iran)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 statements, Committee decisions and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write a backup copy before upgrading the database to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the tables of another application, not a Sanctions Tracker database; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed; install libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the team database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of record has no version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is no longer stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::AuditLogModel</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctioned state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution state link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution trigger link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows of the database this action wrote: the record and the links saved with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <comment>how many stored rows one action wrote</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::AuditValueNames</name>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 (no longer in the database)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::BrowserTable</name>
    <message>
        <source>Any measure type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::BundledDataset</name>
    <message>
        <source>The bundled dataset is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled dataset could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::CapHistoryChart</name>
    <message>
        <source>applied without a figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted, replaced before taking effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 measures for this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still in force →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2: replaced before it took effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2: replaced by %3 before it took effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap in force, per year (set per %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap in force, per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed in a vetoed draft, never in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>million %1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thousand %1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed in a vetoed draft: never in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted, but replaced before it took effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in force)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 proposed %2, vetoed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::CapHistoryPanel</name>
    <message>
        <source>Caps are set per state: choose one in the state list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cap history of</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln change(s). Caps on a yearly basis; wheel to zoom, drag to pan, double-click for the whole period.</source>
        <translation>
            <numerusform>%1: %Ln change. Caps on a yearly basis; wheel to zoom, drag to pan, double-click for the whole period.</numerusform>
            <numerusform>%1: %Ln changes. Caps on a yearly basis; wheel to zoom, drag to pan, double-click for the whole period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::CapHistoryView</name>
    <message>
        <source>Cap history chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::ChartExport</name>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Image as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Image as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::ChartRendering</name>
    <message>
        <source>%1 to %2 enlarged: there the lags are too close together to write at full scale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::CommandLine</name>
    <message>
        <source>Render the main window offscreen with the current database into FILE.png, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the --screenshot in pixels (default 1280x800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the database with N synthetic resolutions (about ten measures each, 200 states, trigger events) for scale tests, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot writes a PNG image: the file name must end in .png (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size only applies to --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT in pixels, from 320x240 to 8000x8000, e.g. 1280x800 (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--generate-synthetic needs a number of resolutions from 1 to 1000000 (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions Tracker follows UN Security Council sanctions: resolutions, vetoed drafts, measures, caps, lineage, trigger events and designations.

Without a headless option it opens the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database FILE (created if missing). Default: the user&apos;s data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the database is created, leave it empty instead of filling it with the bundled DPRK dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole dataset as JSON to FILE (&apos;-&apos; for standard output), then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the JSON file FILE into the database, all or nothing, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the interface in LANG: fr (French) or en (English). Default: the system&apos;s language, English when the app does not have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be one of %1 (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--import and --export name the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--copy-to and --copy-from run alone (with --database and --overwrite).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload Theirs puts their version in the form in place of what you typed. Overwrite with Mine saves yours over theirs, and the undo history says so. Cancel goes back to your form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite with Mine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::ConnectDialog</name>
    <message>
        <source>Connect to Team Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team shares one PostgreSQL database: everyone sees the others&apos; changes as they are saved. Fill in the fields, or paste the address your administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an address used before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer (local socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefer: encrypted if the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>require: always encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-ca: encrypted, server certificate checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full: encrypted, certificate and host name checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow: encrypted only if the server insists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable: never encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
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
        <source>&amp;SSL mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address contains a password. Remove it from the address and type it in the Password field: addresses are remembered and shown, passwords never are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the team&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of %1 cannot be reached. Check the host and the port, and that the server is running and accepts connections from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for a password: type it in the Password field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the user name or the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no database named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no user named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::ConnectionLoss</name>
    <message>
        <source>The connection to the team database %1 was lost (the server was restarted, or ended this session). What was saved before is safe on the server. Try again: the app reconnects as soon as the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::CopyCommands</name>
    <message>
        <source>Copy the whole database into PLACE (a file, or a postgresql:// address of an empty team database), then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole database at PLACE (a file or a postgresql:// address) into the --database, which must be empty, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --copy-to or --copy-from: replace everything the target holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--copy-to and --copy-from cannot be given together: copy one way at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--copy-to and --copy-from need a file name or a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--overwrite only applies to --copy-to and --copy-from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be copied onto itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --overwrite to replace what it holds with the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was copied; the target is as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3 rows in %4 tables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::DatabaseCopy</name>
    <message>
        <source>The copy must go to another file than the open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write a copy of the database to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not replace %1; it is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::DatabaseFiles</name>
    <message>
        <source>Sanctions Tracker databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; it is opened as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the new database with the bundled dataset (the UN sanctions rounds on the DPRK)?

No: it starts empty, for your own data or an import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other database opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled dataset could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a database file and open it in a new window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another database file in a new window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Cop&amp;y As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy of this database to another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder that holds this database in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::DateFilterEdit</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::DeletionImpact</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source address(es)</source>
        <translation>
            <numerusform>%n source address</numerusform>
            <numerusform>%n source addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) to a sanctioned state</source>
        <translation>
            <numerusform>%n link to a sanctioned state</numerusform>
            <numerusform>%n links to sanctioned states</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) to a trigger event</source>
        <translation>
            <numerusform>%n link to a trigger event</numerusform>
            <numerusform>%n links to trigger events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1</source>
        <translation>
            <numerusform>%n row of %1</numerusform>
            <numerusform>%n rows of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) will no longer name the earlier measure it changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sanctions regime will no longer name the resolution that established it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A designation will no longer name the resolution that listed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row of %1 will lose its link (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::DesignationTableModel</name>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delisted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resolution of this regime was adopted on the listing date: the sanctions committee listed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::DesignationsPage</name>
    <message>
        <source>Search names, aliases, original script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN list (UN_LIST_TYPE of the Consolidated List) and its sanctions committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include delisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show designations that have left the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 designations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The designations could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No UN list imported yet: File ▸ Import UN Consolidated List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN list imports, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 individuals, %2 entities on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln designation(s)</source>
        <translation>
            <numerusform>%Ln designation</numerusform>
            <numerusform>%Ln designations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln designation(s)</source>
        <translation>
            <numerusform>%1 of %Ln designation</numerusform>
            <numerusform>%1 of %Ln designations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln import(s) in all (hover for the log)</source>
        <translation>
            <numerusform> · %Ln import in all (hover for the log)</numerusform>
            <numerusform> · %Ln imports in all (hover for the log)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Listed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::DetailPane</name>
    <message>
        <source>Select a resolution in the timeline or the table to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This resolution could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This resolution is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::EditConflict</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes in favour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vetoed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter VII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 at %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved this %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved this %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, after your change: undoing it would overwrite theirs, so it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: theirs %2, yours %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after you asked to delete it, so it was kept. Look at their change, then delete it again if it should still go.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::EditingFeature</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be undone or redone; the data is as it was.</source>
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
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a measure to the selected resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trigger Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctioned &amp;State…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure T&amp;ype…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Resolution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measures of Resolution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Resolution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference &amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trigger Events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctioned &amp;States…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure &amp;Types…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Resolution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Measure in This Resolution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures of &amp;Resolution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New resolution or vetoed draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::EngineCopy</name>
    <message>
        <source>The two databases do not have the same tables; open both with this version of the app first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 has different columns in the two databases; open both with this version of the app first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 cannot be copied: it refers to rows copied after it and has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at schema %2 and %3 at schema %4; open both with this version of the app first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds data (%n row(s)); nothing was copied and it was left unchanged.</source>
        <translation>
            <numerusform>%1 already holds data (%n row); nothing was copied and it was left unchanged.</numerusform>
            <numerusform>%1 already holds data (%n rows); nothing was copied and it was left unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy of the table %1 holds %2 rows where the source has %3; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::ErrorBanner</name>
    <message>
        <source>Nothing was saved; your input is still here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::Formatting</name>
    <message>
        <source>Introduces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tightens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relaxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vetoed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 designation (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%3 designations (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 since delisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 in New York)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(New York %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::HeadlessCommands</name>
    <message>
        <source>export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the dataset to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported; the database is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for another Sanctions Tracker (or another program) to finish writing to %1; giving up after %2 s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The export holds every record; restore the database file from a backup, or import the export into a new database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::HistoryView</name>
    <message>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s id (shown in the Id column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the changed values or the user&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>record, its name, what happened to it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s)</source>
        <translation>
            <numerusform>… and %n more row</numerusform>
            <numerusform>… and %n more rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::InputFile</name>
    <message>
        <source>Cannot read %1: it is a link to a file that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: it is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a regular file (a pipe, socket or device); save the data to a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::IntegrityCheck</name>
    <message>
        <source>The database file %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::JsonDatasetReader</name>
    <message>
        <source>line %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true, false or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a real date: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the symbol appears twice in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive whole number or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, trigger %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, measure %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Sanctions Tracker file (&quot;format&quot; must be &quot;sanctions-tracker&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; appears twice in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a measure type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regime %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution %1 in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a designation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>designation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names the state &quot;%1&quot;, which is neither in the file&apos;s states nor in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names the regime &quot;%1&quot;, which is neither in the file nor in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names the resolution &quot;%1&quot;, which is neither in the file nor in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution %1, trigger %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution %1, measure %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, an unknown measure type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names a %1 measure of %2 for %3 that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: malformed JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: the file must hold one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>designation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a NUL character (\u0000), which no text may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, more than %2, which no resolution&apos;s cap comes near</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, before listed_on %2: a designation cannot end before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;format_version&quot; is missing; this version reads format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;format_version&quot; must be the number %1, without quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no &quot;resolutions&quot; list (a Sanctions Tracker file always has one, [] when empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, the number of resolution %2 in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: the key &quot;%3&quot; appears twice in one object; which value is meant is unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name at least one state (ISO 3166-1 alpha-3 code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-3 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a web address (http:// or https://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format_version %1 is not supported; this version reads formats %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>designation %1 in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: a control character (a tab, line break or other invisible character) stands unescaped inside a text; JSON allows it only escaped, e.g. \t or \n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an act or report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::LiveUpdates</name>
    <message>
        <source>Updated with changes saved by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the team database was lost (the server was restarted, or ended this session). What was saved is safe on the server. Changes saved by others show once the app has connected again, which it tries by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the team database again, and updated with the changes saved meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::MainWindow</name>
    <message>
        <source>Sanctions Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Data (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a Sanctions Tracker JSON file into this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Data (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole dataset as a Sanctions Tracker JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, summaries, measures and trigger events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every resolution and measure of the current state again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sanctions Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln resolution(s)</source>
        <translation>
            <numerusform>%Ln resolution</numerusform>
            <numerusform>%Ln resolutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln resolution(s)</source>
        <translation>
            <numerusform>%1 of %Ln resolution</numerusform>
            <numerusform>%1 of %Ln resolutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln measure(s)</source>
        <translation>
            <numerusform>%Ln measure</numerusform>
            <numerusform>%Ln measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln measure(s)</source>
        <translation>
            <numerusform>%1 of %Ln measure</numerusform>
            <numerusform>%1 of %Ln measures</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1; the database is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be read for export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Sanctions Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sanctions Tracker %1&lt;/h3&gt;&lt;p&gt;Follows UN Security Council sanctions: resolutions, vetoed drafts, measures and their caps and lineage, trigger events and designations.&lt;/p&gt;&lt;p&gt;Dates are New York dates, as in the resolution texts. Every record carries its source.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later. The bundled data is drawn from public United Nations documents.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the resolutions, measures and events of %1 into this database?

Resolutions it shares with this database (the same symbol) are updated; if any record is wrong, nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Sanctions Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measures in force on %1: being worked out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::MeasureBrowserModel</name>
    <message>
        <source>From adoption (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vetoed draft: its measures were proposed and never applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members dispute that this measure applies; the resolution&apos;s detail names them, their view and its source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft not adopted (fewer than nine votes): its measures were proposed and never applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted, contested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Para.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap</source>
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
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::MeasureDialog</name>
    <message>
        <source>Introduces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tightens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relaxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number or symbol, e.g. 2397</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a measure type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What states must do, in the resolution&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OP 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective t&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>500000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barrels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only measure types that carry a cap have one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: a new measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit measure of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add measure to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Para&amp;graph:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;p:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::MeasureTexts</name>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the paragraph&apos;s wording, as the resolution&apos;s text gives it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::MeasureTypeDialog</name>
    <message>
        <source>Edit Measure Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Measure Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower_case_code, e.g. coal_ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coal export ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What states must do under a measure of this type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit measure type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add measure type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures of this type carry a ca&amp;p (a quantity per period)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::MeasuresPage</name>
    <message>
        <source>In force &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the measures that applied on this day, from their effective dates and the later measures that replaced them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear this tab&apos;s filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out which measures were in force on %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::OutputFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder; name a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is neither a regular file, a character device nor a pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::PdfJoin</name>
    <message>
        <source>The report&apos;s pages could not be put together into one PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::ReconciliationView</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the list, kept as delisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · delisted on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::RecordDialog</name>
    <message>
        <source>Still needed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes you made in this form?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, over %2’s change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::RecordEditor</name>
    <message>
        <source>• … and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Undo with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger event cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger event cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure type cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure type cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These go with it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also its %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links that will be cleared:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (%1) brings all of it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measures cannot be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctioned States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with cap)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::RecordListDialog</name>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::ReportBuilder</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;: the database holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report would start on %1, after its end on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::ReportCommands</name>
    <message>
        <source>%1 needs a real date written YYYY-MM-DD, e.g. 2017-12-22 (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a summary report to FILE (.pdf, or .html with the chart embedded), then exit. Works without a display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state the --report covers, e.g. PRK. Default: the database&apos;s only state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the --report on DATE (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the --report on DATE (YYYY-MM-DD): measures in force on that day. Default: today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper of a PDF --report: A4 (default) or Letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 only applies to --report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report writes a PDF or an HTML file: the name must end in .pdf or .html (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state needs a three-letter state code such as PRK (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2: the report would end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the report: the database holds no state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database holds several states (%1): choose one with --state</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resolution(s) and draft(s)</source>
        <translation>
            <numerusform>%n resolution or draft</numerusform>
            <numerusform>%n resolutions and drafts</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the report on %1 (%2, %3, %4) to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the report on %1 (%2) to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::ReportFormat</name>
    <message>
        <source>en_US</source>
        <comment>The locale of the report&apos;s dates and numbers: the translation&apos;s own, e.g. fr_FR</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>introduces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tightens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relaxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maritime and cargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 day(s)</source>
        <translation>
            <numerusform>%1 day</numerusform>
            <numerusform>%1 days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reinstates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::ReportHtml</name>
    <message>
        <source>Summary report, %1. Measures in force as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the records this report was made from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>designations not known (no UN Consolidated List imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline chart is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of resolutions, trigger events and measures in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure 1. Resolutions and drafts concerning %1 by date, in lanes: sanctions rounds (circles), Panel of Experts renewals (squares), vetoed drafts (diamonds) and other texts. Below them the trigger events (stars: nuclear tests; triangles: missile launches; pentagons: satellite launches), each linked to the resolution it led to, with the lag in days. The stepped line counts the measure types in force (right-hand axis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolutions and vetoed drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resolution or draft concerning %1 falls between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch. VII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger (lag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures introduced or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vetoed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN Consolidated List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 since delisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures in force on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure was in force on that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap or limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would have applied from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adopted, not yet in effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded before effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded before effect by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vetoed draft, never in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap histories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No capped measure concerns %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative limits (tonnes against barrels, “whichever is lower”) are in the resolution texts. “No figure”: a ban with exemptions or a cap relative to past deliveries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source is cited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN Security Council sanctions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN Security Council Consolidated List without a generation date, imported on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN Security Council Consolidated List generated on %1, imported on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NY %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per measure, however many resolutions shaped it. In force since: the day it first applied, without a break since. Last changed by: the latest resolution that introduced, expanded, tightened, relaxed or renewed it. Lineage: the resolutions it grew from, oldest first, by number; separate chains are divided by a semicolon. Measures of vetoed drafts never apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designations recorded in this database, listed on or before %1 and not removed by then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designations listed on or before %1 and not removed by then, as recorded in the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designations on the %1. Later listings and removals are not in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolutions carry their New York dates. Trigger events carry the date sources cite (local and UTC), with the New York date (NY) where it differs. Vote: in favour–against–abstaining. Ch. VII: adopted under Chapter VII of the UN Charter (n/k: not known). Lag: days from the trigger event to the vote, both counted as New York dates. Numbers in brackets refer to the sources at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolutions, vetoed drafts and drafts not adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contested by %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contested: a measure listed as in force, as the UN Secretariat applies it, whose status the named members dispute. Both views are given with their sources; this report does not decide between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements, Committee decisions and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these is a resolution: they have no vote and impose no measure, so they change nothing in force. The Monitoring Team (MSMT) was set up by eleven states outside the UN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lane “Statements, reports” holds what is not a resolution, listed after the resolutions: presidential statements (dark circles), Committee decisions (red triangles), Panel of Experts reports (pale squares) and MSMT documents (brown pentagons).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n designation(s) as of %1</source>
        <translation>
            <numerusform>%n designation as of %1</numerusform>
            <numerusform>%n designations as of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sanctions round(s)</source>
        <translation>
            <numerusform>%n sanctions round</numerusform>
            <numerusform>%n sanctions rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vetoed draft(s)</source>
        <translation>
            <numerusform>%n vetoed draft</numerusform>
            <numerusform>%n vetoed drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) not adopted for lack of nine votes</source>
        <translation>
            <numerusform>%n draft not adopted for lack of nine votes</numerusform>
            <numerusform>%n drafts not adopted for lack of nine votes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), %3, %4; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resolution(s) and draft(s)</source>
        <translation>
            <numerusform>%n resolution or draft</numerusform>
            <numerusform>%n resolutions and drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trigger event(s)</source>
        <translation>
            <numerusform>%n trigger event</numerusform>
            <numerusform>%n trigger events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::ReportOutput</name>
    <message>
        <source>The chart could not be encoded as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::ReportPages</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions Tracker · generated %1 · data SHA-256 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer or file did not accept the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer or file refused page %1 of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::ReportWindow</name>
    <message>
        <source>Report — Sanctions Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked: from the first resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked: today. Measures in force are those of this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolutions and vetoed drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap histories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designations (when the database holds them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report, with a print preview (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as a PDF file on the chosen paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as one HTML file with the chart embedded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole Pa&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The states could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the report to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to %1</source>
        <translation>
            <numerusform>Exported %n page to %1</numerusform>
            <numerusform>Exported %n pages to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::ResolutionBrowserModel</name>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch. VII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::ResolutionDetail</name>
    <message>
        <source>cap %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (vetoed draft, never applied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show in the Designations view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delisted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more: see View ▸ Designations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in favour, %2 against, %3 abstaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vetoed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter VII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before the vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed only: a vetoed draft&apos;s measures never applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contested by %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed only: the draft got fewer than nine votes in favour, so its measures never applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::ResolutionDialog</name>
    <message>
        <source>Edit Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vetoed draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S/RES/2397 (2017), or S/2022/431 for a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: binding, under Chapter VII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-proliferation/Democratic People&apos;s Republic of Korea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the resolution does, in two or three sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One web address per line: the press release, the resolution text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of vote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;ates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hapter VII:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;riggered by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abstaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permanent members whose vote against was a veto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2397</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit resolution %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add resolution %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;etoed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft not adopted (fewer than nine votes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: a draft has no number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::ResolutionTablePage</name>
    <message>
        <source>Only resolutions with a measure of this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vetoed drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted (or vetoed) on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted (or vetoed) on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear this tab&apos;s filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts that got fewer than nine votes in favour, without a veto</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::Screening</name>
    <message>
        <source>name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original-script name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias %1 (good quality)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias %1 (low quality)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transliterated from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>romanisation variant %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sounds like %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spelling %1 close to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 close to %2, written as one word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syllables written together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token order differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the listed name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing from the query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth year matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth year differs (listed: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nationality matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nationality differs (listed: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::ScreeningCommands</name>
    <message>
        <source>cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen the names of FILE (CSV with a header row: name, and optionally birth_year and country) against the designations of the imported UN list, then exit. Writes the ranked candidates as CSV to standard output or to --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAMES.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest score, from 0 to 1, of a candidate --screen reports (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the results of --screen to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESULTS.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screen needs the file of names to screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threshold only applies to --screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threshold must be a score from 0 to 1, e.g. 0.8 (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out only applies to --screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out and --screen name the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was screened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the designations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database holds no designations to screen against; import the UN Consolidated List first (--import-un-list LIST.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened %1 names against %2 designations: %3 with a candidate scoring %4 or more%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; results in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::ScreeningFiles</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth year must be a year from %1 to %2, or empty (got &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is %L1 bytes long; a line of the names file may have at most %L2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; save the file as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names file is empty: it needs a header row (name, birth_year, country) and one name per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; the columns are name, birth_year and country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header row has no &quot;name&quot; column; the columns are name, birth_year and country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields, but the header row has %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names file has a header row but no names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a name, then optionally a birth year and a country, separated by &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no designation scores %1 or more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::ScreeningPanel</name>
    <message>
        <source>One name per line, optionally followed by the birth year and the country:
Ri Jong Won; 1958; DPRK
Korea Ryonbong General Corporation
김정식</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scree&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im&amp;port names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read names from a CSV file with the columns name, birth_year and country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export res&amp;ults…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the candidates shown as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Desi&amp;gnations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest score of a candidate shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The designations could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste the names to screen, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no designations to screen against: import the UN Consolidated List first (File ▸ Import UN Consolidated List…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No names screened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names against %2 designations: %3 with a candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import names to screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export screening results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::ScreeningResultModel</name>
    <message>
        <source>committee decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no designation scores %1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name screened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::ServerAddress</name>
    <message>
        <source>The database address %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a password. Put the password in ~/.pgpass (or the PGPASSWORD variable) instead: a command line can be read by other users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not of the form postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port %1 is not a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setting &quot;%1&quot; is not one this app passes to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; contains a semicolon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::StateDialog</name>
    <message>
        <source>Edit Sanctioned State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Sanctioned State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-3, e.g. PRK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Democratic People&apos;s Republic of Korea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::SyntheticDataset</name>
    <message>
        <source>%1 synthetic resolutions, %2 measures, %3 trigger events over %4 states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The synthetic dataset needs at least one resolution and one state.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::TeamDatabase</name>
    <message>
        <source>Connect to Team Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 is empty. Start it with the bundled dataset (the UN sanctions rounds on the DPRK and Iran)?

No: it starts empty, for the team&apos;s own data (sanctions-tracker --copy-to copies a database file into it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled dataset could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the team&apos;s shared PostgreSQL database in a new window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Local Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database file of this computer used last, in a new window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::TeamRoles</name>
    <message>
        <source>Your account may read but not change this database. Ask its owner for the editors&apos; role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account %1 may read but not change this database. Ask its owner for the editors&apos; role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::TerminalPassword</name>
    <message>
        <source>The server asks for a password and there is no terminal to type it on: put it in ~/.pgpass (a line host:port:database:user:password, readable by you alone), or run the command in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::TimelineChart</name>
    <message>
        <source>Sanctions round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel of Experts renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vetoed draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure types in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote %1 (for–against–abstain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln measure(s)</source>
        <translation>
            <numerusform>%Ln measure</numerusform>
            <numerusform>%Ln measures</numerusform>
        </translation>
    </message>
    <message>
        <source>Trigger: %1 on %2, %3 earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1, %2 later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure types in force</source>
        <comment>the right-hand axis title: short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft not adopted (fewer than nine votes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed, other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 d</source>
        <comment>resolution: lag in days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This marker stands for %Ln resolution(s) (%1), %2 to %3; zoom in to tell them apart.</source>
        <translation>
            <numerusform>This marker stands for %Ln resolution (%1), %2 to %3; zoom in to tell them apart.</numerusform>
            <numerusform>This marker stands for %Ln resolutions (%1), %2 to %3; zoom in to tell them apart.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement</source>
        <comment>presidential statement, legend</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <comment>Committee designation decision, legend</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel report</source>
        <comment>legend</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSMT</source>
        <comment>Multilateral Sanctions Monitoring Team, legend</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements, reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the UN: no vote, no measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a resolution: no vote, no measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel renewal</source>
        <comment>Panel of Experts renewal, legend</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not adopted</source>
        <comment>draft not adopted for lack of votes, legend</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types in force</source>
        <comment>legend: the stepped line counting measure types in force</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::TimelinePanel</name>
    <message>
        <source>&amp;Fit Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole timeline again (Home, or double-click the chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel: zoom · Drag: pan · Right-drag: zoom to a range · Click: select · ←/→: step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 resolutions match the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln resolution(s)</source>
        <translation>
            <numerusform>%Ln resolution</numerusform>
            <numerusform>%Ln resolutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %Ln trigger event(s)</source>
        <translation>
            <numerusform>%1 — %2, %Ln trigger event</numerusform>
            <numerusform>%1 — %2, %Ln trigger events</numerusform>
        </translation>
    </message>
    <message>
        <source>Wheel: zoom · Drag: pan · Click: select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · counting the measure types in force…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placing the resolutions of all states on the timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placing the resolutions on %1 on the timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — reading the resolutions…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::TriggerEventDialog</name>
    <message>
        <source>Edit Trigger Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Trigger Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state&apos;s own date, when it differs from New York&apos;s (launches at dawn in Asia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch of a Hwasong-15 intercontinental ballistic missile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date (New York):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::UnListCommands</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported; the database is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the UN Consolidated List generated %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>individuals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown elements kept as notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 resolutions, %2 measures and %3 designations as CSV to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the UN Security Council Consolidated List (the UN&apos;s XML) from FILE without review: new designations are added, changed ones updated, missing ones marked delisted. All or nothing; prints the counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.xml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write resolutions.csv, measures.csv and designations.csv (RFC 4180, UTF-8, with a header row) into the folder DIR, creating it if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--import-un-list needs the file of the UN list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-csv needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::UnListImportDialog</name>
    <message>
        <source>Import UN Consolidated List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 of %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written. Check that this is the UN&apos;s XML list, for example &lt;a href=&quot;https://scsanctions.un.org/resources/xml/en/consolidated.xml&quot;&gt;consolidated.xml&lt;/a&gt;, and download it again if it was cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored designations could not be read to compare them with the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN Consolidated List of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN Consolidated List (no generation date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 individuals and %2 entities on the list, from %3.&lt;br&gt;&lt;b&gt;%4&lt;/b&gt; to add, &lt;b&gt;%5&lt;/b&gt; to change, &lt;b&gt;%6&lt;/b&gt; to mark delisted, %7 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list is older than the one imported last (%1): applying it would undo later changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New regimes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 elements this version does not know were kept as notes: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already matches this list. Applying only records the import in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported; the database is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1 records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing: %1 of %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported, and the database is as it was. Apply writes the list from the start again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::UnListReader</name>
    <message>
        <source>The file is empty: it is not a UN Consolidated List.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the list was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: the file ends before the list is complete; it is probably truncated. Download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: this is not well-formed XML (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list holds no INDIVIDUAL or ENTITY record. Importing it would mark every stored designation as delisted, so it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not well-formed XML (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document&apos;s root element is &lt;%1&gt;, not &lt;CONSOLIDATED_LIST&gt;: this is not a UN Consolidated List.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dateGenerated is &quot;%1&quot;, which is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference number %1 appears a second time (first at line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an element&apos;s text is longer than %1 characters; no field of a UN Consolidated List is that long, so the file is damaged or not a UN list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entity &amp;%1; is not defined in the file (external entities are not read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep; a UN Consolidated List nests 5 deep, so the file is damaged or not a UN list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root element &lt;%1&gt; is in the namespace &quot;%2&quot;; the UN Consolidated List&apos;s elements are in no namespace, so this is another kind of document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 different unknown elements; the file is not a UN Consolidated List.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown elements and attributes here hold more than %1 characters, which would all be kept as notes; the file is damaged or not a UN Consolidated List.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file declares the external entity %1 (%2), whose text would come from another file; a UN Consolidated List declares none, and the app does not read other files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::UserGuide</name>
    <message>
        <source>User Guide — Sanctions Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short guide to the app, offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::Validation</name>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before 24 October 1945, when the United Nations came into being</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a well-formed web address (http:// or https://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and 15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add up to %1, but the Council has 15 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an ISO 3166-1 alpha-3 code such as PRK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and _, such as arms_embargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must look like S/RES/2397 (2017)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names resolution %1 but the number is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gives the year %1 but the resolution is dated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must look like a draft&apos;s document symbol, S/2022/431</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gives the year %1 but the draft is dated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required for an adopted resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be empty: a vetoed draft has no resolution number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least 9 for an adopted resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least 1 for a vetoed draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be empty for an adopted resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name the permanent member(s) that vetoed the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a permanent member (CHN, FRA, GBR, RUS, USA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names more vetoes than votes against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-3 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>need at least one source address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be within a day of the New York date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already used by another stored resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already used by another state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already used by another measure type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be turned off while stored measures of this type carry a cap (%1 of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats a stored event of the same state, date and kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a real date; write it as YYYY-MM-DD, e.g. 2017-12-22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a stored resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not used by this measure type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the effective-from date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a measure of an earlier resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long: %1 characters, at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tightens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relaxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>introduces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the resolution was adopted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name the measure this one %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a measure of another resolution, not of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be empty: a draft that was not adopted has no resolution number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most 8 for a draft not adopted for lack of votes; with 9 or more it failed by a veto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be empty for a draft not adopted for lack of votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reinstates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::Vocabulary</name>
    <message>
        <source>Sanctions round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel of Experts renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuclear test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missile launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satellite launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vetoed draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft not adopted (fewer than nine votes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presidential statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee designation decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel of Experts report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSMT statement or report (outside the UN)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::WalCheck</name>
    <message>
        <source>%1 has a write-ahead log (%2) that belongs to another database: opening them together would overwrite the database with the other one&apos;s pages. Both files were left as they were. Move %2 away (keep it if it may hold recent changes of another database), then open %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::Workspace</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The view may be incomplete; use View ▸ Reload to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln resolution(s) match</source>
        <translation>
            <numerusform>%Ln resolution matches</numerusform>
            <numerusform>%Ln resolutions match</numerusform>
        </translation>
    </message>
    <message>
        <source>This database holds no resolution yet. Import a dataset (File ▸ Import Data) or add a resolution (File ▸ New ▸ Resolution…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Security Council resolution on %1 in this database yet.

States come into the state list with the UN Consolidated List (one for each sanctions regime) or when added by hand. Add its resolutions with File ▸ New ▸ Resolution…, or import a dataset that holds them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::WorkspaceBar</name>
    <message>
        <source>The state whose sanctions the timeline, the tables and the cap history show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, summaries, measures and trigger events (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search; every word of two or more letters must match, as a prefix (&quot;petrol&quot; finds petroleum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln resolution(s)</source>
        <translation>
            <numerusform>%Ln resolution</numerusform>
            <numerusform>%Ln resolutions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::WorkspaceCommands</name>
    <message>
        <source>cannot generate the synthetic dataset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was added; the database is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder for the screenshot&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window cannot be smaller than %1x%2 pixels; the screenshot has that size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a %1x%2 screenshot to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--generate-synthetic fills an empty database only, and %1 already holds %2 resolutions; nothing was added. Use a new file: --database NEW.sqlite --empty --generate-synthetic N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode the screenshot as PNG: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>st::WriteLock</name>
    <message>
        <source>The database cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Another program (perhaps another Sanctions Tracker) kept writing to the database for more than %n second(s); try again when it has finished.</source>
        <translation>
            <numerusform>Another program (perhaps another Sanctions Tracker) kept writing to the database for more than %n second; try again when it has finished.</numerusform>
            <numerusform>Another program (perhaps another Sanctions Tracker) kept writing to the database for more than %n seconds; try again when it has finished.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::main</name>
    <message>
        <source>run &apos;sanctions-tracker --help&apos; for the options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
