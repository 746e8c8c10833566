#pragma once
// A fresh, migrated database for one test, on the backend the test run asks for:
// ORDERDESK_TEST_BACKEND=sqlite (a file in a temporary folder) or =postgres (a new database in the
// cluster at ORDERDESK_TEST_PG, dropped afterwards). A missing PostgreSQL is a failure, not a skip.
#include "storage/database.h"
#include "qtprint.h"
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace od::test {

bool wantPostgres();
QString backendName();

class TestDb {
public:
    explicit TestDb(bool migrate = true);
    ~TestDb();
    Database &db() { return *m_db; }
    Database *operator->() { return m_db.get(); }
    // The --db spec of this database, for child processes.
    QString spec() const { return m_spec; }
    // Another Database object on the same data (like a second process would have).
    std::unique_ptr<Database> another() const;

private:
    QTemporaryDir m_dir;
    QString m_spec;
    QString m_pgName;
    std::unique_ptr<Database> m_db;
};

// Runs a statement on the PostgreSQL maintenance database (for CREATE/DROP DATABASE).
void pgAdmin(const QString &sql);

} // namespace od::test
