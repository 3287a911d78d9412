#pragma once

#include <QStringList>

#include <vector>

namespace st {

// One step of the schema's history: the statements that take the database from version-1 to version.
// A step that has shipped is never edited; a change is a new step at the end.
struct MigrationStep {
    int version = 0;
    const char *description = "";
    QStringList statements; // one statement each: QSQLITE runs one per exec()
    // Set by a step that edits sqlite_schema directly: the migrator then bumps PRAGMA schema_version,
    // without which this connection would keep checking the old constraints.
    bool editsSchemaText = false;
};

const std::vector<MigrationStep> &migrationSteps();
// Step 2's indexes, whose text both engines take as it is (PostgresSchema.cpp renders the rest).
QStringList designationsAndAuditIndexes();
int latestSchemaVersion();

// PRAGMA application_id of our files ('STK1'), so a foreign SQLite file is recognised and left alone.
constexpr int kApplicationId = 0x53544B31;

} // namespace st
