// The scheduler runs due schedules and "run now"; on PostgreSQL only one of two gateways is active.
#include "intake/scheduler.h"
#include "intaketestutil.h"

#include <atomic>

using namespace od;
using namespace od::intake;

namespace {
Scheduler::CredentialsProvider provider(const top::TopSimulator &sim)
{
    return [&sim](const Shop &) -> Result<platforms::Credentials> { return simCredentials(sim); };
}
} // namespace

TEST(TopScheduler, RunsDueSchedulesAndRunNow)
{
    test::TestDb t;
    top::TopSimulator sim;
    ASSERT_TRUE(sim.start());
    sim.store().addTrades(120, QDateTime::currentDateTime().addSecs(-3 * 3600), QDateTime::currentDateTime().addSecs(-60));
    const Shop shop = makeTopShop(t.db(), sim);
    Schedule s;
    s.shopId = shop.id;
    s.kind = QStringLiteral("orders");
    s.intervalMin = 60;
    s.lookbackMin = 6 * 60;
    auto id = RunLog(t.db()).upsertSchedule(s);
    ASSERT_TRUE(id.ok());

    Scheduler sched(t.db(), provider(sim));
    sched.setTickMs(100);
    sched.setClientOptions(fastRetries());
    std::atomic<int> finished{0}, okRuns{0};
    QObject::connect(
        &sched, &Scheduler::runFinished, &sched,
        [&](qint64, bool ok, const QString &) {
            ++finished;
            okRuns += ok ? 1 : 0;
        },
        Qt::DirectConnection);
    sched.start();
    ASSERT_TRUE(waitFor([&] { return finished.load() >= 1; }, 60000)); // never ran: due at once
    EXPECT_TRUE(sched.isActive());
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM trades")), 120);
    sched.runNow(id.value());
    ASSERT_TRUE(waitFor([&] { return finished.load() >= 2; }, 60000));
    sched.stop();
    EXPECT_EQ(okRuns.load(), 2);
    EXPECT_EQ(finished.load(), 2); // interval 60 min: not due again in between
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM schedule_runs WHERE ok = 1 AND kind = 'orders'")), 2);
    auto after = RunLog(t.db()).schedule(id.value());
    ASSERT_TRUE(after.ok() && after->has_value());
    EXPECT_FALSE((*after)->coveredUntil.isEmpty());
}

TEST(TopScheduler, OnlyOneGatewayIsActiveOnPostgres)
{
    test::TestDb t;
    top::TopSimulator sim;
    if (!t->isPostgres()) {
        // Single-desk mode: no lock to take, the scheduler just runs.
        Scheduler one(t.db(), provider(sim));
        one.setTickMs(100);
        one.start();
        EXPECT_TRUE(waitFor([&] { return one.isActive(); }, 10000));
        return;
    }
    auto other = t.another();
    Scheduler a(t.db(), provider(sim)), b(*other, provider(sim));
    a.setTickMs(100);
    b.setTickMs(100);
    a.start();
    b.start();
    // Both have tried several times; exactly one holds the lock.
    ASSERT_TRUE(waitFor(
        [&] {
            return (a.isActive() || b.isActive()) && a.lockAttempts() >= 1 && b.lockAttempts() >= 1
                && (a.isActive() ? b.lockAttempts() : a.lockAttempts()) >= 5;
        },
        20000));
    EXPECT_NE(a.isActive(), b.isActive());
    Scheduler &waiting = a.isActive() ? b : a;
    Scheduler &active = a.isActive() ? a : b;
    EXPECT_FALSE(waiting.isActive());
    // The active gateway stops: the waiting one takes over.
    active.stop();
    EXPECT_TRUE(waitFor([&] { return waiting.isActive(); }, 20000));
    EXPECT_FALSE(active.isActive());
}
