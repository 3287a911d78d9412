#include "storage/Schema.h"

namespace st {

namespace {

// Dates are stored as ISO text. `date(x, '+0 days') IS x` rejects impossible dates such as 2017-02-30:
// the modifier makes SQLite normalise the date (to 2017-03-02), which then differs from the text.
#define ST_DATE_CHECK(col) "CHECK (" col " IS NULL OR date(" col ", '+0 days') IS " col ")"

MigrationStep initialSchema()
{
    return {1,
            "states, regimes, resolutions, trigger events, measure types and measures",
            {
                QStringLiteral("CREATE TABLE states ("
                               " id INTEGER PRIMARY KEY,"
                               " code TEXT NOT NULL UNIQUE CHECK (code GLOB '[A-Z][A-Z][A-Z]'),"
                               " name TEXT NOT NULL CHECK (length(trim(name)) > 0)"
                               ") STRICT"),
                QStringLiteral("CREATE TABLE measure_types ("
                               " id INTEGER PRIMARY KEY,"
                               " code TEXT NOT NULL UNIQUE CHECK (code GLOB '[a-z]*' AND code NOT GLOB '*[^a-z0-9_]*'),"
                               " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                               " category TEXT NOT NULL CHECK (category IN ('trade','financial','movement',"
                               "   'maritime','monitoring','listing','other')),"
                               " has_cap INTEGER NOT NULL DEFAULT 0 CHECK (has_cap IN (0, 1)),"
                               " description TEXT NOT NULL DEFAULT ''"
                               ") STRICT"),
                QStringLiteral("CREATE TABLE regimes ("
                               " id INTEGER PRIMARY KEY,"
                               " code TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),"
                               " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                               " state_id INTEGER NOT NULL REFERENCES states(id),"
                               " established_by INTEGER REFERENCES resolutions(id) ON DELETE SET NULL,"
                               " un_list_type TEXT,"
                               " source TEXT"
                               ") STRICT"),
                QStringLiteral("CREATE TABLE resolutions ("
                               " id INTEGER PRIMARY KEY,"
                               " symbol TEXT NOT NULL UNIQUE CHECK (symbol GLOB 'S/*'),"
                               " number INTEGER UNIQUE CHECK (number > 0),"
                               " adopted_on TEXT NOT NULL " ST_DATE_CHECK("adopted_on") ","
                               " status TEXT NOT NULL CHECK (status IN ('adopted','vetoed')),"
                               " kind TEXT NOT NULL CHECK (kind IN ('sanctions','panel_renewal','other')),"
                               " regime_id INTEGER REFERENCES regimes(id),"
                               " title TEXT NOT NULL CHECK (length(trim(title)) > 0),"
                               " votes_for INTEGER NOT NULL CHECK (votes_for BETWEEN 0 AND 15),"
                               " votes_against INTEGER NOT NULL CHECK (votes_against BETWEEN 0 AND 15),"
                               " votes_abstain INTEGER NOT NULL CHECK (votes_abstain BETWEEN 0 AND 15),"
                               " vetoed_by TEXT NOT NULL DEFAULT '',"
                               " chapter_vii INTEGER CHECK (chapter_vii IN (0, 1)),"
                               " summary TEXT NOT NULL DEFAULT '',"
                               " note TEXT,"
                               " CHECK (votes_for + votes_against + votes_abstain <= 15),"
                               " CHECK ((status = 'adopted') = (number IS NOT NULL)),"
                               " CHECK (status = 'vetoed' OR vetoed_by = '')"
                               ") STRICT"),
                QStringLiteral("CREATE TABLE resolution_sources ("
                               " resolution_id INTEGER NOT NULL REFERENCES resolutions(id) ON DELETE CASCADE,"
                               " position INTEGER NOT NULL CHECK (position >= 0),"
                               " url TEXT NOT NULL CHECK (url GLOB 'http*://?*'),"
                               " PRIMARY KEY (resolution_id, position)"
                               ") STRICT"),
                QStringLiteral("CREATE TABLE resolution_states ("
                               " resolution_id INTEGER NOT NULL REFERENCES resolutions(id) ON DELETE CASCADE,"
                               " state_id INTEGER NOT NULL REFERENCES states(id),"
                               " position INTEGER NOT NULL CHECK (position >= 0),"
                               " PRIMARY KEY (resolution_id, state_id)"
                               ") STRICT"),
                QStringLiteral("CREATE TABLE trigger_events ("
                               " id INTEGER PRIMARY KEY,"
                               " state_id INTEGER NOT NULL REFERENCES states(id),"
                               " occurred_on TEXT NOT NULL " ST_DATE_CHECK("occurred_on") ","
                               " local_date TEXT " ST_DATE_CHECK("local_date") ","
                               " kind TEXT NOT NULL CHECK (kind IN ('nuclear_test','missile_launch',"
                               "   'satellite_launch','other')),"
                               " description TEXT NOT NULL CHECK (length(trim(description)) > 0),"
                               " source TEXT NOT NULL CHECK (source GLOB 'http*://?*'),"
                               " note TEXT,"
                               " UNIQUE (state_id, occurred_on, kind, description)"
                               ") STRICT"),
                QStringLiteral("CREATE TABLE resolution_triggers ("
                               " resolution_id INTEGER NOT NULL REFERENCES resolutions(id) ON DELETE CASCADE,"
                               " event_id INTEGER NOT NULL REFERENCES trigger_events(id) ON DELETE CASCADE,"
                               " position INTEGER NOT NULL CHECK (position >= 0),"
                               " PRIMARY KEY (resolution_id, event_id)"
                               ") STRICT"),
                QStringLiteral("CREATE TABLE measures ("
                               " id INTEGER PRIMARY KEY,"
                               " resolution_id INTEGER NOT NULL REFERENCES resolutions(id) ON DELETE CASCADE,"
                               " position INTEGER NOT NULL CHECK (position >= 0),"
                               " state_id INTEGER NOT NULL REFERENCES states(id),"
                               " type_id INTEGER NOT NULL REFERENCES measure_types(id),"
                               " action TEXT NOT NULL CHECK (action IN ('introduces','expands','tightens',"
                               "   'relaxes','renews','terminates')),"
                               " description TEXT NOT NULL CHECK (length(trim(description)) > 0),"
                               " paragraph TEXT,"
                               " cap_value REAL CHECK (cap_value > 0),"
                               " cap_unit TEXT,"
                               " cap_period TEXT,"
                               " effective_from TEXT " ST_DATE_CHECK("effective_from") ","
                               " effective_to TEXT " ST_DATE_CHECK("effective_to") ","
                               " changes_measure_id INTEGER REFERENCES measures(id) ON DELETE SET NULL,"
                               " source TEXT NOT NULL CHECK (source GLOB 'http*://?*'),"
                               " note TEXT,"
                               " UNIQUE (resolution_id, position),"
                               " CHECK ((cap_value IS NULL) = (cap_unit IS NULL)),"
                               " CHECK (effective_to IS NULL OR effective_from IS NULL OR effective_to >= effective_from),"
                               " CHECK (changes_measure_id IS NOT id)"
                               ") STRICT"),
            }};
}

} // namespace

QStringList designationsAndAuditIndexes()
{
    return {
        QStringLiteral("CREATE INDEX audit_log_by_row ON audit_log(table_name, row_id)"),
        QStringLiteral("CREATE INDEX resolutions_by_date ON resolutions(adopted_on)"),
        QStringLiteral("CREATE INDEX resolution_states_by_state ON resolution_states(state_id)"),
        QStringLiteral("CREATE INDEX measures_by_type ON measures(type_id)"),
        QStringLiteral("CREATE INDEX measures_by_state ON measures(state_id, type_id)"),
        QStringLiteral("CREATE INDEX measures_by_lineage ON measures(changes_measure_id)"),
        QStringLiteral("CREATE INDEX trigger_events_by_state ON trigger_events(state_id, occurred_on)"),
        QStringLiteral("CREATE INDEX resolution_triggers_by_event ON resolution_triggers(event_id)"),
        QStringLiteral("CREATE INDEX designations_by_regime ON designations(regime_id, listed_on)"),
    };
}

namespace {

MigrationStep designationsAndAudit()
{
    return {2,
            "designations, audit log and the indexes behind the browser's filters",
            QStringList{
                QStringLiteral("CREATE TABLE designations ("
                               " id INTEGER PRIMARY KEY,"
                               " reference_number TEXT NOT NULL UNIQUE CHECK (length(trim(reference_number)) > 0),"
                               " kind TEXT NOT NULL CHECK (kind IN ('individual','entity')),"
                               " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                               " listed_on TEXT NOT NULL " ST_DATE_CHECK("listed_on") ","
                               " regime_id INTEGER REFERENCES regimes(id),"
                               " state_id INTEGER REFERENCES states(id),"
                               " resolution_id INTEGER REFERENCES resolutions(id) ON DELETE SET NULL"
                               ") STRICT"),
                QStringLiteral("CREATE TABLE audit_log ("
                               " id INTEGER PRIMARY KEY,"
                               " changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),"
                               " user TEXT NOT NULL,"
                               " table_name TEXT NOT NULL,"
                               " row_id INTEGER NOT NULL,"
                               " operation TEXT NOT NULL CHECK (operation IN ('insert','update','delete')),"
                               " before TEXT CHECK (before IS NULL OR json_valid(before)),"
                               " after TEXT CHECK (after IS NULL OR json_valid(after))"
                               ") STRICT"),
            } + designationsAndAuditIndexes()};
}

// Full-text search for the analyst workspace (docs/workspace.md): one FTS5 index per text source,
// each an external-content table over the rows it indexes (no second copy of the prose), kept in sync
// by triggers so every write path (import, forms, undo, synthetic data) updates it. Prefix indexes make
// search-as-you-type cheap. Plus the indexes behind the workspace's filters and sorts.
MigrationStep workspaceSearch()
{
    const QString fts = QStringLiteral(" tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')");
    return {3,
            "full-text search over resolutions, measures and trigger events; indexes for the workspace filters",
            {
                QStringLiteral("CREATE VIRTUAL TABLE resolution_text USING fts5(symbol, title, summary,"
                               " content = 'resolutions', content_rowid = 'id',") + fts,
                QStringLiteral("CREATE VIRTUAL TABLE measure_text USING fts5(description, paragraph,"
                               " content = 'measures', content_rowid = 'id',") + fts,
                QStringLiteral("CREATE VIRTUAL TABLE trigger_event_text USING fts5(kind, description,"
                               " content = 'trigger_events', content_rowid = 'id',") + fts,
                QStringLiteral("CREATE TRIGGER resolution_text_insert AFTER INSERT ON resolutions BEGIN"
                               " INSERT INTO resolution_text(rowid, symbol, title, summary)"
                               "  VALUES (NEW.id, NEW.symbol, NEW.title, NEW.summary); END"),
                QStringLiteral("CREATE TRIGGER resolution_text_delete AFTER DELETE ON resolutions BEGIN"
                               " INSERT INTO resolution_text(resolution_text, rowid, symbol, title, summary)"
                               "  VALUES ('delete', OLD.id, OLD.symbol, OLD.title, OLD.summary); END"),
                QStringLiteral("CREATE TRIGGER resolution_text_update AFTER UPDATE OF id, symbol, title, summary"
                               " ON resolutions BEGIN"
                               " INSERT INTO resolution_text(resolution_text, rowid, symbol, title, summary)"
                               "  VALUES ('delete', OLD.id, OLD.symbol, OLD.title, OLD.summary);"
                               " INSERT INTO resolution_text(rowid, symbol, title, summary)"
                               "  VALUES (NEW.id, NEW.symbol, NEW.title, NEW.summary); END"),
                QStringLiteral("CREATE TRIGGER measure_text_insert AFTER INSERT ON measures BEGIN"
                               " INSERT INTO measure_text(rowid, description, paragraph)"
                               "  VALUES (NEW.id, NEW.description, NEW.paragraph); END"),
                QStringLiteral("CREATE TRIGGER measure_text_delete AFTER DELETE ON measures BEGIN"
                               " INSERT INTO measure_text(measure_text, rowid, description, paragraph)"
                               "  VALUES ('delete', OLD.id, OLD.description, OLD.paragraph); END"),
                QStringLiteral("CREATE TRIGGER measure_text_update AFTER UPDATE OF id, description, paragraph"
                               " ON measures BEGIN"
                               " INSERT INTO measure_text(measure_text, rowid, description, paragraph)"
                               "  VALUES ('delete', OLD.id, OLD.description, OLD.paragraph);"
                               " INSERT INTO measure_text(rowid, description, paragraph)"
                               "  VALUES (NEW.id, NEW.description, NEW.paragraph); END"),
                QStringLiteral("CREATE TRIGGER trigger_event_text_insert AFTER INSERT ON trigger_events BEGIN"
                               " INSERT INTO trigger_event_text(rowid, kind, description)"
                               "  VALUES (NEW.id, NEW.kind, NEW.description); END"),
                QStringLiteral("CREATE TRIGGER trigger_event_text_delete AFTER DELETE ON trigger_events BEGIN"
                               " INSERT INTO trigger_event_text(trigger_event_text, rowid, kind, description)"
                               "  VALUES ('delete', OLD.id, OLD.kind, OLD.description); END"),
                QStringLiteral("CREATE TRIGGER trigger_event_text_update AFTER UPDATE OF id, kind, description"
                               " ON trigger_events BEGIN"
                               " INSERT INTO trigger_event_text(trigger_event_text, rowid, kind, description)"
                               "  VALUES ('delete', OLD.id, OLD.kind, OLD.description);"
                               " INSERT INTO trigger_event_text(rowid, kind, description)"
                               "  VALUES (NEW.id, NEW.kind, NEW.description); END"),
                QStringLiteral("INSERT INTO resolution_text(resolution_text) VALUES ('rebuild')"),
                QStringLiteral("INSERT INTO measure_text(measure_text) VALUES ('rebuild')"),
                QStringLiteral("INSERT INTO trigger_event_text(trigger_event_text) VALUES ('rebuild')"),
                QStringLiteral("CREATE INDEX resolutions_by_status ON resolutions(status, adopted_on)"),
                QStringLiteral("CREATE INDEX measures_by_type_resolution ON measures(type_id, resolution_id)"),
                QStringLiteral("CREATE INDEX measures_by_action ON measures(action, state_id)"),
            }};
}

// The UN Consolidated List in full (docs/un-list-import.md). Scalars of a record become columns of
// designations; its repeated groups (titles, addresses, documents, ...) become rows of
// designation_details, one per field, so no element of the list is lost and unknown ones fit too.
// A delisted designation is kept with its end date, never deleted.
MigrationStep unConsolidatedList()
{
    return {4,
            "UN Consolidated List: full designation records, aliases, details, delisting and an import log",
            {
                QStringLiteral("ALTER TABLE designations ADD COLUMN un_list_type TEXT"),
                QStringLiteral("ALTER TABLE designations ADD COLUMN data_id INTEGER"),
                QStringLiteral("ALTER TABLE designations ADD COLUMN version_num INTEGER"),
                QStringLiteral("ALTER TABLE designations ADD COLUMN first_name TEXT"),
                QStringLiteral("ALTER TABLE designations ADD COLUMN second_name TEXT"),
                QStringLiteral("ALTER TABLE designations ADD COLUMN third_name TEXT"),
                QStringLiteral("ALTER TABLE designations ADD COLUMN fourth_name TEXT"),
                QStringLiteral("ALTER TABLE designations ADD COLUMN name_original_script TEXT"),
                QStringLiteral("ALTER TABLE designations ADD COLUMN gender TEXT"),
                QStringLiteral("ALTER TABLE designations ADD COLUMN comments TEXT"),
                QStringLiteral("ALTER TABLE designations ADD COLUMN delisted_on TEXT " ST_DATE_CHECK("delisted_on")),
                QStringLiteral("CREATE TABLE designation_aliases ("
                               " designation_id INTEGER NOT NULL REFERENCES designations(id) ON DELETE CASCADE,"
                               " position INTEGER NOT NULL CHECK (position >= 0),"
                               " quality TEXT NOT NULL DEFAULT '',"
                               " name TEXT NOT NULL DEFAULT '',"
                               " date_of_birth TEXT,"
                               " city_of_birth TEXT,"
                               " country_of_birth TEXT,"
                               " note TEXT,"
                               " PRIMARY KEY (designation_id, position)"
                               ") STRICT, WITHOUT ROWID"),
                QStringLiteral("CREATE TABLE designation_details ("
                               " designation_id INTEGER NOT NULL REFERENCES designations(id) ON DELETE CASCADE,"
                               " seq INTEGER NOT NULL CHECK (seq >= 0),"
                               " section TEXT NOT NULL CHECK (section IN ('title','function','nationality',"
                               "   'list_type','last_updated','address','date_of_birth','place_of_birth',"
                               "   'document','sort_key','note')),"
                               " item INTEGER NOT NULL CHECK (item >= 0),"
                               " field TEXT NOT NULL CHECK (length(field) > 0),"
                               " value TEXT NOT NULL,"
                               " PRIMARY KEY (designation_id, seq)"
                               ") STRICT, WITHOUT ROWID"),
                QStringLiteral("CREATE TABLE un_list_imports ("
                               " id INTEGER PRIMARY KEY,"
                               " imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),"
                               " user TEXT NOT NULL,"
                               " file_name TEXT NOT NULL,"
                               " file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64"
                               "   AND file_sha256 NOT GLOB '*[^0-9a-f]*'),"
                               " date_generated TEXT NOT NULL,"
                               " individuals INTEGER NOT NULL CHECK (individuals >= 0),"
                               " entities INTEGER NOT NULL CHECK (entities >= 0),"
                               " added INTEGER NOT NULL CHECK (added >= 0),"
                               " changed INTEGER NOT NULL CHECK (changed >= 0),"
                               " removed INTEGER NOT NULL CHECK (removed >= 0),"
                               " unknown_elements INTEGER NOT NULL CHECK (unknown_elements >= 0),"
                               " notes TEXT NOT NULL DEFAULT ''"
                               ") STRICT"),
                QStringLiteral("CREATE INDEX designations_by_resolution ON designations(resolution_id)"),
                QStringLiteral("CREATE INDEX designations_by_list ON designations(un_list_type, listed_on)"),
            }};
}

// The audit rows one user action wrote (a form's save, an undo, an import) share an action id, so the
// History lists one entry per action instead of one per row. Rows logged before this step cannot be
// grouped after the fact (nothing recorded which save wrote them): each stays an action of its own.
MigrationStep auditActions()
{
    return {5,
            "audit rows grouped by the user action that wrote them",
            {
                QStringLiteral("ALTER TABLE audit_log ADD COLUMN action_id INTEGER"),
                QStringLiteral("UPDATE audit_log SET action_id = id"),
                QStringLiteral("CREATE INDEX audit_log_by_action ON audit_log(action_id)"),
            }};
}

// Issue 16 (the Iran regime): a draft can fail for lack of nine votes without a veto, a measure can be
// reinstated by a mechanism (2231's snapback), and a status can be contested. The two CHECK lists are
// widened in place, the procedure SQLite documents for loosening a CHECK constraint (sqlite.org/lang_altertable.html,
// "make other kinds of table schema changes"): no stored row changes and none can violate the wider
// list, so no table is rebuilt — a rebuild would need foreign keys off, which a migration's transaction
// cannot switch. The schema version is bumped so every connection rereads the schema.
MigrationStep failedDraftsReinstatementsAndDisputes()
{
    return {6,
            "drafts not adopted for lack of votes, reinstated measures and contested statuses",
            {
                QStringLiteral("PRAGMA writable_schema = ON"),
                QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, \"status IN ('adopted','vetoed')\","
                               " \"status IN ('adopted','vetoed','not_adopted')\") WHERE type = 'table' AND name = 'resolutions'"),
                QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, \"'relaxes','renews','terminates')\","
                               " \"'relaxes','renews','terminates','reinstates')\") WHERE type = 'table' AND name = 'measures'"),
                QStringLiteral("PRAGMA writable_schema = OFF"),
                QStringLiteral("CREATE TABLE measure_disputes ("
                               " measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,"
                               " position INTEGER NOT NULL CHECK (position >= 0),"
                               " parties TEXT NOT NULL CHECK (length(trim(parties)) > 0),"
                               " view TEXT NOT NULL CHECK (length(trim(view)) > 0),"
                               " source TEXT NOT NULL CHECK (source GLOB 'http*://?*'),"
                               " UNIQUE (measure_id, position)"
                               ") STRICT"), // a rowid table: edits snapshot and undo child rows by rowid
            },
            true};
}

// Issue 13: a measure's legal basis, the wording of the operative paragraph that imposes it, as its
// source (the resolution text) gives it. Optional: a measure entered without it stays as it was.
MigrationStep measureLegalBasis()
{
    return {7,
            "the legal basis (operative paragraph wording) of a measure",
            {
                QStringLiteral("ALTER TABLE measures ADD COLUMN legal_basis TEXT"),
            }};
}

// Issue 16: what the Council, a sanctions Committee, a Panel or the MSMT issued that is not a
// resolution — presidential statements, Committee designation decisions, Panel reports, MSMT documents. A table
// of its own, not rows of resolutions: none of them has a vote, and none imposes or changes a measure.
MigrationStep actsAndDocuments()
{
    return {8,
            "presidential statements, Committee decisions and Panel and monitoring-team reports",
            {
                QStringLiteral("CREATE TABLE acts ("
                               " id INTEGER PRIMARY KEY,"
                               " kind TEXT NOT NULL CHECK (kind IN ('presidential_statement','committee_decision',"
                               "   'panel_report','monitoring_team_document')),"
                               " issued_on TEXT NOT NULL " ST_DATE_CHECK("issued_on") ","
                               " symbol TEXT,"
                               " title TEXT NOT NULL CHECK (length(trim(title)) > 0),"
                               " regime_id INTEGER REFERENCES regimes(id),"
                               " summary TEXT NOT NULL DEFAULT '',"
                               " source TEXT NOT NULL CHECK (source GLOB 'http*://?*'),"
                               " source_note TEXT,"
                               " UNIQUE (kind, issued_on, title)"
                               ") STRICT"),
                QStringLiteral("CREATE INDEX acts_by_regime ON acts(regime_id, issued_on)"),
            }};
}

// Issue 14, item 3 (team mode): several analysts editing one database. Each record a form edits carries
// a version, moved on by every save through a form, undo or redo, and who saved it last and when. A
// save compares the version its form loaded with the stored one under the write lock: a record someone
// else saved meanwhile is not overwritten unasked. Rows stored before this step start at version 1,
// with nobody named (the audit log, where kept, says who changed them).
MigrationStep rowVersions()
{
    QStringList statements;
    for (const char *table : {"resolutions", "measures", "trigger_events", "states", "measure_types"}) {
        const QString t = QString::fromLatin1(table);
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"
                                     " CHECK (row_version > 0)").arg(t)
                   << QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_by TEXT").arg(t)
                   << QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_at TEXT").arg(t);
    }
    return {9, "a version and the last editor of each record the forms edit", statements};
}

// Issue 17: the resolutions browser's default order (date, then symbol) read from one index. The date
// index alone made SQLite read every resolution's row for its symbol and sort each day's: 0.15-0.23 s for
// "All states" at 100,000 synthetic resolutions, 15 ms from this index. resolutions_by_date stays: the
// measures' order (date, then resolution id) walks it.
MigrationStep resolutionsInBrowserOrder()
{
    return {10,
            "the resolutions' date-and-symbol order in one index",
            {QStringLiteral("CREATE INDEX resolutions_by_date_symbol ON resolutions(adopted_on, symbol)")}};
}

#undef ST_DATE_CHECK

} // namespace

const std::vector<MigrationStep> &migrationSteps()
{
    static const std::vector<MigrationStep> steps{initialSchema(), designationsAndAudit(), workspaceSearch(),
                                                  unConsolidatedList(), auditActions(),
                                                  failedDraftsReinstatementsAndDisputes(), measureLegalBasis(),
                                                  actsAndDocuments(), rowVersions(), resolutionsInBrowserOrder()};
    return steps;
}

int latestSchemaVersion() { return migrationSteps().back().version; }

} // namespace st
