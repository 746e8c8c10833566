#pragma once
// Numbered schema migrations, each applied once, in a transaction, recorded in schema_migrations.
// The same logical schema on SQLite and PostgreSQL: each step is written once with a few dialect
// placeholders ({PK}, {BIGINT}, {BLOB}) and, where the two differ (search indexes), per dialect.
#include "storage/database.h"
#include <QSqlDatabase>
#include <QStringList>
#include <vector>

namespace od {

struct Migration {
    int version;
    const char *name;
    QStringList common; // both dialects, after placeholder substitution
    QStringList sqlite; // SQLite only
    QStringList postgres; // PostgreSQL only
};

const std::vector<Migration> &allMigrations();
Status runMigrations(QSqlDatabase db, Dialect dialect, int upTo);
int currentSchemaVersion(QSqlDatabase db);
QString dialectSql(QString sql, Dialect dialect);

// The CREATE INDEX statements of the list sort indexes (migration 81), partial per list pool.
QStringList listSortIndexes();

// Tables with a substring-search index over their search_text column.
QStringList searchableTables();

} // namespace od
