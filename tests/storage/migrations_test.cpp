#include "storage/migrations.h"
#include "storage/listrepository.h"
#include "storage/sql.h"
#include "storage/traderepository.h"
#include "storagetestutil.h"

#include <QSqlQuery>

using namespace od;

namespace {
QStringList tableNames(Database &db)
{
    QStringList names = db.connection().tables(QSql::Tables);
    names.sort();
    return names;
}
} // namespace

TEST(Migrations, FreshDatabaseGetsTheLatestSchema)
{
    test::TestDb t;
    EXPECT_EQ(t->schemaVersion(), allMigrations().back().version);
    const QStringList tables = tableNames(t.db());
    for (const char *name : {"shops",        "users",         "pending_downloads", "trades",           "trade_lines",
                             "sku_mappings", "sales_orders",  "sales_order_lines", "platform_changes", "pending_refunds",
                             "refunds",      "return_orders", "audit_log",         "crm_outbox",       "push_exceptions",
                             "schedules",    "schedule_runs", "tombstones",        "settings",         "schema_migrations"})
        EXPECT_TRUE(tables.contains(QString::fromLatin1(name))) << name << " missing on " << test::backendName().toStdString();
}

TEST(Migrations, RunningTwiceChangesNothing)
{
    test::TestDb t;
    const QStringList before = tableNames(t.db());
    const auto countBefore = sql::scalar(t->connection(), QStringLiteral("SELECT COUNT(*) FROM schema_migrations"));
    ASSERT_TRUE(t->migrate().ok());
    ASSERT_TRUE(t->migrate().ok());
    EXPECT_EQ(tableNames(t.db()), before);
    EXPECT_EQ(sql::scalar(t->connection(), QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).value(), countBefore.value());
    EXPECT_EQ(countBefore.value(), qint64(allMigrations().size()));
}

TEST(Migrations, OlderDatabaseIsUpgradedWithItsData)
{
    test::TestDb t(false);
    ASSERT_TRUE(t->migrate(1).ok());
    EXPECT_EQ(t->schemaVersion(), 1);
    // Data written by the version-1 program, before search indexes existed.
    const int64_t shop = makeShop(t.db());
    od::sample::Generator gen(7);
    Trade tr = gen.trade(shop, 1, timeAt(1));
    tr.receiverName = QStringLiteral("上海家汇商贸");
    // Written with version 1's columns only (today's repository writes columns of later steps).
    QSqlQuery ins(t->connection());
    ASSERT_TRUE(sql::exec(ins,
                          QStringLiteral("INSERT INTO trades(shop_id, tid, receiver_name, modified, received_at, search_text) "
                                         "VALUES (?,?,?,?,?,?)"),
                          {QVariant::fromValue<qint64>(shop), tr.tid, tr.receiverName, tr.modified, sql::nowText(), TradeRepository::searchTextOf(tr)})
                    .ok());

    // The new program opens it: the remaining steps run and the old rows are searchable.
    auto reopened = t.another();
    ASSERT_TRUE(reopened->migrate().ok());
    EXPECT_EQ(reopened->schemaVersion(), allMigrations().back().version);
    ListRepository lists(*reopened);
    ListFilter f;
    f.text = QStringLiteral("家汇商");
    auto page = lists.page(listSpec(ListId::PendingImport), ListRequest{f});
    ASSERT_TRUE(page.ok()) << page.error().message.toStdString();
    ASSERT_EQ(page->rows.size(), 1u);
    EXPECT_EQ(page->rows[0].values[0].toString(), tr.tid);
}

TEST(Migrations, EveryStepIsRecordedOnce)
{
    test::TestDb t;
    QSqlQuery q(t->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT version FROM schema_migrations ORDER BY version")));
    int expected = 0;
    for (const Migration &m : allMigrations()) {
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), m.version);
        EXPECT_GT(m.version, expected);
        expected = m.version;
    }
    EXPECT_FALSE(q.next());
}
