#pragma once
// One logical database (SQLite file or PostgreSQL), one Qt connection per thread, opened lazily in
// the thread that uses it and closed when that thread ends.
#include "domain/result.h"
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QString>
#include <atomic>

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace od {

enum class Dialect { Sqlite, Postgres };

struct DbConfig {
    Dialect dialect = Dialect::Sqlite;
    QString sqlitePath; // for SQLite
    QString host, database, user, password; // for PostgreSQL
    int port = 5432;
    QString options; // extra driver options

    // "--db" value: a file path (SQLite) or a PostgreSQL URL ("postgresql://user:pw@host:port/db")
    // or keyword string ("host=... port=... dbname=... user=...").
    static Result<DbConfig> parse(const QString &spec);
    QString describe() const; // for logs and the status bar; never contains the password
};

class Database {
public:
    explicit Database(DbConfig config);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DbConfig &config() const { return m_config; }
    Dialect dialect() const { return m_config.dialect; }
    bool isPostgres() const { return m_config.dialect == Dialect::Postgres; }

    // The calling thread's connection, opened on first use. Check isOpen() or use open().
    QSqlDatabase connection();
    Status open(); // opens this thread's connection, reporting why it failed

    // Runs pending migrations (all of them, or up to and including `upTo`).
    Status migrate(int upTo = 1 << 30);
    int schemaVersion();

private:
    Status configure(QSqlDatabase &db);
    DbConfig m_config;
    quint64 m_instance;
};

} // namespace od
