// Fault runs, CRM dispatch (issue 8, "Fault runs"): the dispatcher process is SIGKILLed at random
// points while events are in flight (the CRM answers slowly), ten times, on both databases. After
// every kill: no event was applied twice by the CRM, each order's events were applied in order (a
// prefix of its outbox), every event marked delivered was applied, none failed, and SQLite's
// integrity check passes. The last restart delivers the rest: every outbox event exactly once.
#include "sim/crm/crmsimulator.h"
#include "crmfixture.h"
#include "storage/sql.h"
#include "testdb.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <gtest/gtest.h>
#include <iostream>

using namespace od;
using namespace od::crm;

namespace {

const QString kToken = QStringLiteral("matrix-token-for-fault-runs");

qint64 outboxCount(Database &db, const QString &where) { return sql::scalar(db.connection(), "SELECT COUNT(*) FROM crm_outbox WHERE " + where).valueOr(-1); }

QString integrity(Database &db)
{
    if (db.isPostgres())
        return QStringLiteral("ok");
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return QStringLiteral("cannot run integrity_check");
    return q.value(0).toString();
}

// The state a restarted dispatcher starts from must be consistent with what the CRM applied.
void checkAfterKill(Database &db, const CrmSimulator &sim, const QList<test::FixtureOrder> &orders, const std::string &when)
{
    const auto received = sim.received();
    qint64 applied = 0;
    int bad = 0;
    QSqlQuery q(db.connection());
    for (const test::FixtureOrder &o : orders) {
        ASSERT_TRUE(sql::exec(q, "SELECT task, state FROM crm_outbox WHERE order_id = ? ORDER BY seq", {o.id}).ok());
        QStringList tasks, states;
        while (q.next()) {
            tasks << q.value(0).toString();
            states << q.value(1).toString();
        }
        const auto got = received.value(o.tid);
        applied += got.size();
        QStringList gotTasks;
        for (const auto &r : got)
            gotTasks << r.task;
        // Applied once each, in order: a prefix of the outbox.
        if (gotTasks != tasks.mid(0, gotTasks.size()) && ++bad <= 5)
            ADD_FAILURE() << when << ": order " << o.tid.toStdString() << " applied " << gotTasks.join(',').toStdString();
        // Delivered (done) ones are a prefix too, and were all applied.
        const qsizetype done = states.count(QStringLiteral("done"));
        if ((states.mid(0, done) != QStringList(done, QStringLiteral("done")) || done > gotTasks.size()) && ++bad <= 5)
            ADD_FAILURE() << when << ": order " << o.tid.toStdString() << " states " << states.join(',').toStdString() << " but " << gotTasks.size()
                          << " applied";
    }
    EXPECT_EQ(bad, 0) << when;
    EXPECT_EQ(sim.appliedCount(), applied) << when << ": the CRM applied an event twice";
    EXPECT_EQ(outboxCount(db, "state = 'failed'"), 0) << when;
    EXPECT_EQ(integrity(db), QStringLiteral("ok")) << when;
}

} // namespace

TEST(FaultCrm, TenKillsOfTheDispatcherThenEveryEventExactlyOnce)
{
    test::TestDb t;
    test::CrmFixture fx(t.db());
    constexpr int kOrders = 300, kSteps = 5, kKills = 10;
    const auto orders = fx.addOrders(kOrders);
    const qint64 total = qint64(kOrders) * kSteps;
    CrmSimulator sim(kToken, 20260402);
    ASSERT_TRUE(sim.start());
    sim.setSlowDelayMs(30); // requests in flight when the process dies
    sim.setMode(CrmSimulator::Mode::Slow);
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator rng(seed);
    std::cout << "[ figures  ] random seed " << seed << "\n";
    QElapsedTimer clock;
    clock.start();
    int kills = 0, trials = 0;
    qint64 runningAtKills = 0;
    while (kills < kKills && trials < 2 * kKills) {
        ++trials;
        const qint64 applied = sim.appliedCount();
        ASSERT_LT(applied, total) << "ran out of work before " << kKills << " kills";
        const qint64 stretch = std::max<qint64>(2, (total - applied) / (kKills - kills + 2));
        const qint64 killAt = applied + 1 + rng.bounded(std::min<qint64>(150, stretch));
        QProcess worker;
        test::startDispatchWorker(worker, QStringLiteral(CRM_DISPATCH_WORKER), t.spec(), sim.url(), kToken);
        bool killed = false;
        ASSERT_TRUE(test::waitFor(
            [&] {
                if (worker.state() == QProcess::NotRunning)
                    return true;
                if (sim.appliedCount() >= killAt) {
                    worker.kill();
                    killed = true;
                    return true;
                }
                return false;
            },
            120000))
            << "trial " << trials;
        ASSERT_TRUE(worker.waitForFinished(10000));
        if (killed && worker.exitStatus() == QProcess::CrashExit)
            ++kills;
        const qint64 running = outboxCount(t.db(), "state = 'running'");
        runningAtKills += running;
        checkAfterKill(t.db(), sim, orders, "after trial " + std::to_string(trials));
        std::cout << "[ trial " << trials << " ] killed=" << killed << " at >= " << killAt << " applied: " << sim.appliedCount() << " applied, "
                  << outboxCount(t.db(), "state = 'done'") << " done, " << running << " left running\n";
    }
    EXPECT_EQ(kills, kKills);
    EXPECT_GT(runningAtKills, 0) << "some kills caught events in flight";

    QProcess worker;
    test::startDispatchWorker(worker, QStringLiteral(CRM_DISPATCH_WORKER), t.spec(), sim.url(), kToken);
    ASSERT_TRUE(test::waitFor([&] { return outboxCount(t.db(), "state = 'done'") == total; })) << "done " << outboxCount(t.db(), "state = 'done'");
    worker.kill();
    worker.waitForFinished(10000);
    test::expectCrmExactlyOnceInOrder(t.db(), sim, orders, kSteps);
    EXPECT_EQ(integrity(t.db()), QStringLiteral("ok"));
    std::cout << "[ figures  ] " << test::backendName().toStdString() << ": dispatcher killed " << kills << " times in " << trials << " trials ("
              << runningAtKills << " events caught in flight), then " << total << " events delivered exactly once in " << clock.elapsed()
              << " ms; duplicates recognised by the CRM " << sim.duplicateCount() << "\n";
}
