// The dispatcher against the CRM simulator over real loopback HTTP: exactly once and in order
// through down / flaky / running+callback phases, timeouts, permanent failures, kill and restart.
#include "crm/callbackhandler.h"
#include "sim/crm/crmsimulator.h"
#include "crm/crmstore.h"
#include "crm/dispatcher.h"
#include "crmfixture.h"
#include "storage/sql.h"
#include "testdb.h"
#include "workflow/outboxwriter.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>
#include <gtest/gtest.h>
#include <httplib.h>
#include <atomic>
#include <iostream>

using namespace od;
using namespace od::crm;

namespace {

const QString kToken = QStringLiteral("matrix-token-for-tests");

DispatcherOptions fastOptions()
{
    DispatcherOptions o;
    o.maxInFlight = 8;
    o.pollMs = 50;
    o.transferTimeoutMs = 2000;
    o.callbackTimeoutMs = 3000;
    o.backoffBaseMs = 20;
    o.backoffCapMs = 500;
    return o;
}

CrmSettings settingsFor(const CrmSimulator &sim, const QString &callbackBase)
{
    CrmSettings s;
    s.gatewayUrl = sim.url();
    s.certiId = "1234567";
    s.fromNodeId = "1001";
    s.toNodeId = "2002";
    s.callbackBase = callbackBase;
    return s;
}

void expectExactlyOnceInOrder(Database &db, const CrmSimulator &sim, const QList<test::FixtureOrder> &orders, int steps)
{
    test::expectCrmExactlyOnceInOrder(db, sim, orders, steps);
}

qint64 countWhere(Database &db, const QString &where) { return sql::scalar(db.connection(), "SELECT COUNT(*) FROM crm_outbox WHERE " + where).valueOr(-1); }

} // namespace

TEST(CrmDispatch, EndToEnd_10000Events_DownFlakyRunning_ExactlyOnceInOrder)
{
    test::TestDb t;
    test::CrmFixture fx(t.db());
    QElapsedTimer setup;
    setup.start();
    const auto orders = fx.addOrders(2000);
    ASSERT_EQ(fx.count(), 10000);
    std::cout << "[ figures  ] fixture: 2000 orders, 10000 outbox rows in " << setup.elapsed() << " ms\n";

    CrmSimulator sim(kToken, 20251125);
    ASSERT_TRUE(sim.start());
    sim.setMode(CrmSimulator::Mode::Down);
    sim.setFlakyRate(0.3);
    sim.setCallbackDelayMs(10);
    std::atomic<CrmDispatcher *> dispatcherPtr{nullptr};
    test::LoopbackServer receiver([&](httplib::Server &s) {
        installCrmCallbackRoute(
            s, t.db(), [] { return kToken; },
            [&] {
                if (CrmDispatcher *d = dispatcherPtr.load())
                    d->wake();
            });
    });
    CrmDispatcher dispatcher(t.db(), settingsFor(sim, receiver.base()), kToken, fastOptions());
    dispatcherPtr = &dispatcher;
    QElapsedTimer run;
    run.start();
    dispatcher.start();

    // Down: connection refused, retried with back-off; nothing is applied.
    ASSERT_TRUE(test::waitFor([&] { return dispatcher.stats().temporary >= 300; }));
    EXPECT_EQ(sim.appliedCount(), 0);
    EXPECT_GT(countWhere(t.db(), "attempts > 0 AND state = 'pending'"), 0);
    const qint64 downMs = run.elapsed();

    sim.setMode(CrmSimulator::Mode::Up);
    ASSERT_TRUE(test::waitFor([&] { return sim.appliedCount() >= 3000; }, 300000));
    const qint64 upMs = run.elapsed();
    sim.setMode(CrmSimulator::Mode::Flaky);
    ASSERT_TRUE(test::waitFor([&] { return sim.appliedCount() >= 6000; }, 300000));
    const qint64 flakyMs = run.elapsed();
    const qint64 refusedInFlaky = sim.refusedCount();
    sim.setMode(CrmSimulator::Mode::Running);
    ASSERT_TRUE(test::waitFor([&] { return countWhere(t.db(), "state = 'done'") == 10000; }, 300000))
        << "done: " << countWhere(t.db(), "state = 'done'") << " failed: " << countWhere(t.db(), "state = 'failed'");
    const qint64 totalMs = run.elapsed();
    dispatcherPtr = nullptr;
    dispatcher.stop();

    expectExactlyOnceInOrder(t.db(), sim, orders, 5);
    EXPECT_GT(refusedInFlaky, 0);
    EXPECT_GT(sim.callbacksDelivered(), 0);
    const auto st = dispatcher.stats();
    std::cout << "[ figures  ] " << test::backendName().toStdString() << ": 10000 events in " << totalMs << " ms = " << (10000.0 * 1000.0 / double(totalMs))
              << " events/s (down " << downMs << " ms, up until " << upMs << " ms, flaky until " << flakyMs << " ms); requests " << sim.requestCount()
              << ", refused " << sim.refusedCount() << ", duplicates " << sim.duplicateCount() << ", callbacks " << sim.callbacksDelivered() << "\n";
    (void)st;
    RecordProperty("events_per_s", int(10000.0 * 1000.0 / double(totalMs)));
}

TEST(CrmDispatch, PermanentFailureStopsOnlyThatOrderUntilRetried)
{
    test::TestDb t;
    test::CrmFixture fx(t.db());
    auto orders = fx.addOrders(60, 1, 1); // `created` events only
    CrmSimulator sim(kToken, 7);
    ASSERT_TRUE(sim.start());
    sim.setFailingTids({"T5"}); // T5 fails from its first event
    CrmDispatcher dispatcher(t.db(), settingsFor(sim, "http://127.0.0.1:1"), kToken, fastOptions());
    QList<qint64> failedSignals;
    QObject::connect(&dispatcher, &CrmDispatcher::eventFailed, [&](qint64 order, int, const QString &) { failedSignals << order; });
    dispatcher.start();
    ASSERT_TRUE(test::waitFor([&] { return sim.appliedCount() == 59 && countWhere(t.db(), "state = 'failed'") == 1; }))
        << "applied " << sim.appliedCount() << " requests " << sim.requestCount() << " failed " << countWhere(t.db(), "state = 'failed'") << " running "
        << countWhere(t.db(), "state = 'running'") << " pending " << countWhere(t.db(), "state = 'pending'") << " sent " << dispatcher.stats().sent
        << " temporary " << dispatcher.stats().temporary;

    // T9 and T33 now fail too (say their shop's node binding broke); the workflow appends the rest.
    sim.setFailingTids({"T5", "T9", "T33"});
    for (int i = 0; i < orders.size(); ++i)
        for (int step = 1; step < 5; ++step)
            fx.addEvent(orders[i].id, test::lifecycle().at(step).event, test::lifecycleSnapshot(orders[i], i + 1, step));
    dispatcher.wake();
    const QSet<qint64> failing{orders[4].id, orders[8].id, orders[32].id};
    auto synced = [&] { return sql::scalar(t->connection(), "SELECT COUNT(*) FROM sales_orders WHERE crm_state = 'synced'").valueOr(-1); };
    ASSERT_TRUE(test::waitFor([&] { return synced() == 57 && countWhere(t.db(), "state = 'failed'") == 3; }))
        << "synced " << synced() << " failed " << countWhere(t.db(), "state = 'failed'");
    EXPECT_EQ(sim.appliedCount(), 57 * 5 + 2);

    for (qint64 id : failing) {
        auto st = crmState(t.db(), id);
        ASSERT_TRUE(st.ok());
        EXPECT_EQ(st->kind, CrmOrderState::Kind::Failed);
        EXPECT_EQ(st->stateKey, "failed");
        EXPECT_TRUE(st->reason.startsWith("4003 sign error")) << st->reason.toStdString();
        auto hist = eventHistory(t.db(), id);
        ASSERT_TRUE(hist.ok());
        ASSERT_EQ(hist->size(), 5);
        const int failedSeq = id == orders[4].id ? 1 : 2;
        for (const auto &e : *hist) {
            const char *want = e.seq < failedSeq ? "done" : e.seq == failedSeq ? "failed" : "pending";
            EXPECT_EQ(e.state, want) << "seq " << e.seq;
            if (e.seq > failedSeq) {
                EXPECT_EQ(e.attempts, 0) << "a blocked event is never sent";
            }
        }
    }
    test::waitFor([&] { return failedSignals.size() >= 3; }, 5000);
    EXPECT_EQ(QSet<qint64>(failedSignals.begin(), failedSignals.end()), failing);

    // Fixed: the CRM accepts them again. An operator may not retry; an admin may.
    sim.setFailingTids({});
    auto denied = dispatcher.retryFailed(Role::Operator);
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, "crm.forbidden");
    auto retried = dispatcher.retryFailed(Role::Admin);
    ASSERT_TRUE(retried.ok());
    EXPECT_EQ(retried.value(), 3);
    ASSERT_TRUE(test::waitFor([&] { return synced() == 60; }));
    dispatcher.stop();
    expectExactlyOnceInOrder(t.db(), sim, orders, 5);
}

TEST(CrmDispatch, SlowCrmTimesOutAndTheRetryReusesTheTask)
{
    test::TestDb t;
    test::CrmFixture fx(t.db());
    const auto orders = fx.addOrders(10, 1, 2);
    CrmSimulator sim(kToken, 3);
    ASSERT_TRUE(sim.start());
    sim.setMode(CrmSimulator::Mode::Slow);
    sim.setSlowDelayMs(1500);
    DispatcherOptions o = fastOptions();
    o.transferTimeoutMs = 300;
    o.callbackTimeoutMs = 1500;
    CrmDispatcher dispatcher(t.db(), settingsFor(sim, "http://127.0.0.1:1"), kToken, o);
    dispatcher.start();
    // The CRM applies the request but its answer comes too late: a temporary failure, retried.
    ASSERT_TRUE(test::waitFor([&] { return dispatcher.stats().temporary >= 10 && sim.duplicateCount() >= 1; }));
    EXPECT_GT(countWhere(t.db(), "last_error LIKE 'timeout%'"), 0);
    sim.setMode(CrmSimulator::Mode::Up);
    ASSERT_TRUE(test::waitFor([&] { return countWhere(t.db(), "state = 'done'") == 20; }));
    dispatcher.stop();
    expectExactlyOnceInOrder(t.db(), sim, orders, 2);
    EXPECT_GE(sim.duplicateCount(), 1) << "retries reached the CRM and were recognised by their task";
}

TEST(CrmDispatch, KillAndRestartTheDispatcherProcess)
{
    test::TestDb t;
    test::CrmFixture fx(t.db());
    const auto orders = fx.addOrders(300);
    CrmSimulator sim(kToken, 11);
    ASSERT_TRUE(sim.start());
    sim.setSlowDelayMs(30); // keep requests in flight when the process dies
    sim.setMode(CrmSimulator::Mode::Slow);

    auto startWorker = [&](QProcess &p) { test::startDispatchWorker(p, CRM_DISPATCH_WORKER, t.spec(), sim.url(), kToken); };
    QElapsedTimer run;
    run.start();
    for (int round = 1; round <= 2; ++round) {
        QProcess worker;
        startWorker(worker);
        const qint64 target = round * 500;
        ASSERT_TRUE(test::waitFor([&] { return sim.appliedCount() >= target; })) << "round " << round;
        worker.kill();
        ASSERT_TRUE(worker.waitForFinished(10000));
        std::cout << "[ figures  ] killed the worker at " << sim.appliedCount() << " applied, " << countWhere(t.db(), "state = 'running'")
                  << " events left running\n";
    }
    QProcess worker;
    startWorker(worker);
    ASSERT_TRUE(test::waitFor([&] { return countWhere(t.db(), "state = 'done'") == 1500; })) << "done " << countWhere(t.db(), "state = 'done'");
    worker.kill();
    worker.waitForFinished(10000);
    std::cout << "[ figures  ] 1500 events through 2 kills in " << run.elapsed() << " ms; duplicates at the CRM " << sim.duplicateCount() << "\n";
    expectExactlyOnceInOrder(t.db(), sim, orders, 5);
}

TEST(CrmDispatch, OutboxEventsWrittenInThisProcessWakeTheDispatcherWhenTheyCommit)
{
    test::TestDb t;
    test::CrmFixture fx(t.db());
    CrmSimulator sim(kToken, 11);
    ASSERT_TRUE(sim.start());
    DispatcherOptions o = fastOptions();
    o.pollMs = 600000; // the fallback poll would take ten minutes: only the commit wakes it
    CrmDispatcher dispatcher(t.db(), settingsFor(sim, "http://127.0.0.1:1"), kToken, o);
    dispatcher.start();
    const test::FixtureOrder order = fx.addOrder(QStringLiteral("T1"));
    QThread::msleep(200); // the dispatcher's first round (nothing due) is over

    // Written but not committed: nothing is sent.
    sql::Transaction tx(t->connection(), t->dialect());
    ASSERT_TRUE(tx.begin().ok());
    ASSERT_TRUE(OutboxWriter::append(t->connection(), order.id, CrmEvent::Created).ok());
    QThread::msleep(300);
    EXPECT_EQ(sim.requestCount(), 0);
    ASSERT_TRUE(tx.commit().ok());
    QElapsedTimer sent;
    sent.start();
    ASSERT_TRUE(test::waitFor([&] { return countWhere(t.db(), "state = 'done'") == 1; }, 5000)) << "requests " << sim.requestCount();
    EXPECT_LT(sent.elapsed(), 5000);
    EXPECT_EQ(sim.appliedCount(), 1);

    // A rolled-back write wakes nobody, and leaves nothing to send.
    {
        sql::Transaction rb(t->connection(), t->dialect());
        ASSERT_TRUE(rb.begin().ok());
        ASSERT_TRUE(OutboxWriter::append(t->connection(), order.id, CrmEvent::Paid).ok());
        rb.rollback();
    }
    // The next committed event goes out at once, with seq 2.
    ASSERT_TRUE(sql::inTransaction(t.db(), [&](QSqlDatabase c) -> Status {
                    auto r = OutboxWriter::append(c, order.id, CrmEvent::Paid);
                    return r.ok() ? Status{} : Status(r.error());
                }).ok());
    ASSERT_TRUE(test::waitFor([&] { return countWhere(t.db(), "state = 'done'") == 2; }, 5000));
    EXPECT_EQ(countWhere(t.db(), "seq = 2 AND state = 'done'"), 1);
    dispatcher.stop();
    EXPECT_EQ(sim.appliedCount(), 2);
    EXPECT_EQ(sim.duplicateCount(), 0);
}
