#include "testdb.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QUuid>
#include <gtest/gtest.h>

namespace od::test {

bool wantPostgres() { return qgetenv("ORDERDESK_TEST_BACKEND") == "postgres"; }
QString backendName() { return wantPostgres() ? QStringLiteral("postgres") : QStringLiteral("sqlite"); }

static QString adminSpec()
{
    const QString pg = qEnvironmentVariable("ORDERDESK_TEST_PG");
    if (pg.isEmpty()) {
        ADD_FAILURE() << "ORDERDESK_TEST_BACKEND=postgres but ORDERDESK_TEST_PG is not set: run the tests with ./dev test, "
                         "which starts a PostgreSQL 15 for them";
    }
    return pg;
}

void pgAdmin(const QString &sql)
{
    const QString spec = adminSpec();
    auto cfg = DbConfig::parse(spec);
    ASSERT_TRUE(cfg.ok()) << cfg.error().message.toStdString();
    Database admin(cfg.value());
    ASSERT_TRUE(admin.open().ok()) << "PostgreSQL unavailable at " << spec.toStdString() << ": " << admin.open().error().message.toStdString();
    QSqlQuery q(admin.connection());
    ASSERT_TRUE(q.exec(sql)) << q.lastError().text().toStdString() << " in " << sql.toStdString();
}

TestDb::TestDb(bool migrate)
{
    if (wantPostgres()) {
        m_pgName = QStringLiteral("odtest_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
        pgAdmin(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'").arg(m_pgName));
        QString base = adminSpec();
        m_spec = base.left(base.lastIndexOf(QLatin1Char('/')) + 1) + m_pgName;
    } else {
        m_spec = m_dir.filePath(QStringLiteral("test.sqlite"));
    }
    auto cfg = DbConfig::parse(m_spec);
    m_db = std::make_unique<Database>(cfg.value());
    if (migrate) {
        Status st = m_db->migrate();
        EXPECT_TRUE(st.ok()) << st.error().message.toStdString();
    }
}

TestDb::~TestDb()
{
    // List models load pages on the global thread pool; a test that ends while a page or count is
    // still in flight (a fetchMore from a scroll, a reload) must not drop the database under it — that
    // worker used to crash a later test of the same process (seen as a segfault in ui_tests_postgres).
    // The app does the same before its Database goes (app/main.cpp).
    QThreadPool::globalInstance()->waitForDone();
    m_db.reset();
    if (!m_pgName.isEmpty())
        pgAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
}

std::unique_ptr<Database> TestDb::another() const { return std::make_unique<Database>(DbConfig::parse(m_spec).value()); }

} // namespace od::test
