#include "jobs/batchrunner.h"
#include "workflow/conversionservice.h"
#include "workflowtestutil.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <set>

using namespace od;

namespace {
void makeScratch(Database &db)
{
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE scratch (id INTEGER PRIMARY KEY, v INTEGER NOT NULL)"))) << q.lastError().text().toStdString();
}

// Inserts the id; ids divisible by 5 insert and then fail (their insert must be rolled back alone).
Result<int64_t> insertItem(Database &db, int64_t id)
{
    QSqlQuery q(db.connection());
    if (Status st = sql::exec(q, QStringLiteral("INSERT INTO scratch(id, v) VALUES (?, 1)"), {QVariant::fromValue<qint64>(id)}); !st.ok())
        return st.error();
    if (id % 5 == 0)
        return Error(QStringLiteral("test.bad"), QStringLiteral("item %1 is bad").arg(id));
    return id * 10;
}

std::vector<int64_t> range(int from, int to)
{
    std::vector<int64_t> v;
    for (int i = from; i <= to; ++i)
        v.push_back(i);
    return v;
}
} // namespace

TEST(BatchRunner, SavepointPerItemChunkPerTransaction)
{
    test::TestDb t;
    makeScratch(t.db());
    std::vector<std::pair<int64_t, QString>> failures;
    BatchRunner runner(
        t.db(), [&](int64_t id) { return insertItem(t.db(), id); }, BatchOptions{4, 3});
    runner.setFailureHandler([&](int64_t id, const Error &e) { failures.emplace_back(id, e.code); });
    std::vector<std::pair<int, int>> progress;
    BatchSummary s = runner.run(range(1, 23), [&](int d, int n) { progress.emplace_back(d, n); });
    EXPECT_EQ(s.total, 23);
    EXPECT_EQ(s.results.size(), 23u);
    EXPECT_EQ(s.failed(), 4);
    EXPECT_EQ(s.failedIds(), (std::vector<int64_t>{5, 10, 15, 20}));
    EXPECT_EQ(failures.size(), 4u);
    EXPECT_EQ(s.results[0].resultId, 10);
    EXPECT_EQ(s.results[4].code, QStringLiteral("test.bad"));
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM scratch")), 19) << "failed items rolled back alone";
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM scratch WHERE id % 5 = 0")), 0);
    ASSERT_EQ(progress.size(), 6u) << "one report per chunk of 4";
    EXPECT_EQ(progress.back(), std::make_pair(23, 23));
}

TEST(BatchRunner, CancelBetweenItemsKeepsWhatWasDone)
{
    test::TestDb t;
    makeScratch(t.db());
    std::atomic_bool cancel{false};
    BatchRunner runner(
        t.db(),
        [&](int64_t id) -> Result<int64_t> {
            if (id == 7)
                cancel = true;
            return insertItem(t.db(), id + 1000); // never a multiple of 5 failure for these
        },
        BatchOptions{5, 1});
    BatchSummary s = runner.run(range(1, 20), {}, &cancel);
    EXPECT_TRUE(s.cancelled);
    EXPECT_EQ(s.results.size(), 7u);
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM scratch")), 7 - 1) << "1005 fails by the rule, the rest committed";
}

TEST(BatchRunner, BusyChunkIsRetriedWhole)
{
    test::TestDb t;
    makeScratch(t.db());
    int busyLeft = 2;
    int calls = 0;
    BatchRunner runner(
        t.db(),
        [&](int64_t id) -> Result<int64_t> {
            ++calls;
            if (id == 3 && busyLeft > 0) {
                --busyLeft;
                return Error(QStringLiteral("db.busy"), QStringLiteral("database is locked"));
            }
            QSqlQuery q(t->connection());
            if (Status st = sql::exec(q, QStringLiteral("INSERT INTO scratch(id, v) VALUES (?, 2)"), {QVariant::fromValue<qint64>(id + 100)}); !st.ok())
                return st.error();
            return id;
        },
        BatchOptions{4, 5});
    BatchSummary s = runner.run(range(1, 8));
    EXPECT_EQ(s.succeeded(), 8);
    EXPECT_EQ(calls, 8 + 2 * 3) << "the chunk [1..4] ran three times up to item 3";
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM scratch")), 8) << "no duplicate from the retried chunk";

    // A chunk that stays busy fails as a whole with the reason, and nothing of it is written.
    BatchRunner stuck(
        t.db(),
        [&](int64_t id) -> Result<int64_t> {
            if (id == 52)
                return Error(QStringLiteral("db.serialization"), QStringLiteral("could not serialize"));
            return insertItem(t.db(), id);
        },
        BatchOptions{2, 2});
    BatchSummary s2 = stuck.run({51, 52, 53, 54});
    EXPECT_EQ(s2.failedIds(), (std::vector<int64_t>{51, 52}));
    EXPECT_EQ(s2.results[0].code, QStringLiteral("db.serialization"));
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM scratch WHERE id IN (51, 52, 53, 54)")), 2);
}

TEST(BatchRunner, ConversionCanBeCancelledBetweenChunks)
{
    test::TestDb t;
    const int64_t shop = wf::makeShop(t.db());
    std::vector<Trade> trades;
    for (int i = 1; i <= 40; ++i)
        trades.push_back(wf::goodTrade(shop, i));
    auto ids = wf::store(t.db(), trades);
    ConversionService conv(t.db());
    EXPECT_EQ(conv.convert(Session{}, ids).error().code, QStringLiteral("auth.no_session"));
    std::atomic_bool cancel{false};
    auto s = conv.convert(
        wf::kClerk, ids, BatchOptions{10, 2},
        [&](int done, int) {
            if (done >= 10)
                cancel = true;
        },
        &cancel);
    ASSERT_TRUE(s.ok());
    EXPECT_TRUE(s->cancelled);
    EXPECT_EQ(s->succeeded(), 10);
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM sales_orders")), 10);
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM trades WHERE state = 'pending'")), 30);
}
