// Fault runs, batch conversion (issue 8, "Fault runs"): the convert worker process is SIGKILLed at
// random points of a batch, ten times, on both databases (chunk size random per run, so kills land
// inside and between transactions). After every kill: every trade is pending or converted exactly
// once, one sales order, one audit row and one "created" outbox event per converted trade, and
// SQLite's integrity check passes. A last run converts the rest, once.
#include "invariants.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>
#include <iostream>

using namespace od;

TEST(FaultConvert, TenKillsMidBatchThenARunToTheEnd)
{
    test::TestDb t;
    const int64_t shop = wf::makeShop(t.db());
    constexpr int kTrades = 3000;
    constexpr int kKills = 10;
    wf::store(t.db(), wf::mixedTrades(shop, kTrades));
    const int target = wf::convertible(kTrades);
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator rng(seed);
    std::cout << "[ figures  ] random seed " << seed << "\n";
    const QString countOrders = QStringLiteral("SELECT COUNT(*) FROM sales_orders");
    QElapsedTimer clock;
    clock.start();
    int kills = 0, trials = 0;
    while (kills < kKills && trials < 2 * kKills) {
        ++trials;
        const qint64 before = wf::count(t.db(), countOrders);
        ASSERT_LT(before, target) << "ran out of work before " << kKills << " kills";
        // Somewhere in the next stretch, leaving work for the kills still to come.
        const qint64 stretch = std::max<qint64>(2, (target - before) / (kKills - kills + 2));
        const qint64 killAt = before + 1 + rng.bounded(std::min<qint64>(300, stretch));
        const int chunk = 1 + int(rng.bounded(100));
        std::unique_ptr<QProcess> p(wf::startConvertWorker(
            QStringLiteral(WORKFLOW_WORKER_PATH), t.spec(),
            {QStringLiteral("--all"), QStringLiteral("--chunk"), QString::number(chunk), QStringLiteral("--user"), QStringLiteral("crashy%1").arg(trials)}));
        QDeadlineTimer deadline(60000);
        bool killed = false;
        while (!deadline.hasExpired() && p->state() != QProcess::NotRunning) {
            if (wf::count(t.db(), countOrders) >= killAt) {
                p->kill(); // SIGKILL: no clean-up, no rollback by the process
                killed = true;
                break;
            }
            QThread::msleep(2);
        }
        ASSERT_TRUE(p->waitForFinished(30000));
        if (killed && p->exitStatus() == QProcess::CrashExit)
            ++kills;
        // The invariants after the restart point (what the next process starts from).
        const wf::Figures f = wf::checkExactlyOnce(t.db());
        EXPECT_EQ(wf::integrity(t.db()), QStringLiteral("ok")) << "trial " << trials;
        EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM (SELECT trade_id FROM sales_orders GROUP BY trade_id HAVING COUNT(*) > 1) d")), 0);
        std::cout << "[ trial " << trials << " ] chunk " << chunk << ", killed=" << killed << " at >= " << killAt << " orders: now " << f.converted
                  << " converted, " << f.pending << " pending\n";
    }
    EXPECT_EQ(kills, kKills) << "the worker was killed mid-batch " << kKills << " times";

    std::unique_ptr<QProcess> last(wf::startConvertWorker(QStringLiteral(WORKFLOW_WORKER_PATH), t.spec(),
                                                          {QStringLiteral("--all"), QStringLiteral("--user"), QStringLiteral("finisher")}));
    ASSERT_TRUE(last->waitForFinished(120000));
    EXPECT_EQ(last->exitCode(), 0) << QString::fromUtf8(last->readAllStandardError()).toStdString();
    const wf::Figures f = wf::checkExactlyOnce(t.db());
    EXPECT_EQ(f.converted, target);
    EXPECT_EQ(f.pending, kTrades - target);
    EXPECT_EQ(wf::integrity(t.db()), QStringLiteral("ok"));
    std::unique_ptr<QProcess> again(wf::startConvertWorker(QStringLiteral(WORKFLOW_WORKER_PATH), t.spec(), {QStringLiteral("--all")}));
    ASSERT_TRUE(again->waitForFinished(120000));
    EXPECT_TRUE(QString::fromUtf8(again->readAllStandardOutput()).startsWith(QStringLiteral("converted=0 ")));
    EXPECT_EQ(wf::checkExactlyOnce(t.db()).orders, target);
    std::cout << "[ figures  ] " << test::backendName().toStdString() << ": batch conversion killed " << kills << " times in " << trials
              << " trials, then finished: " << f.converted << " converted once, " << f.pending << " pending, in " << clock.elapsed() << " ms\n";
}
