// Several processes converting at once (PostgreSQL) and a worker killed mid-batch (SQLite):
// afterwards every trade is converted exactly once or still pending.
#include "invariants.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

using namespace od;

namespace {
QProcess *startWorker(const QString &spec, const QStringList &extra, QObject *parent = nullptr)
{
    return wf::startConvertWorker(QStringLiteral(WORKFLOW_WORKER_PATH), spec, extra, parent);
}
using wf::convertible;
using wf::integrity;
using wf::mixedTrades;
} // namespace

TEST(ConcurrentWorkers, FourProcessesConvertOverlappingSelections)
{
    if (!test::wantPostgres())
        GTEST_SKIP() << "registered for PostgreSQL only";
    test::TestDb t;
    const int64_t shop = wf::makeShop(t.db());
    constexpr int kTrades = 2000;
    wf::store(t.db(), mixedTrades(shop, kTrades));
    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<QProcess>> workers;
    for (int w = 0; w < 4; ++w)
        workers.emplace_back(startWorker(t.spec(),
                                         {QStringLiteral("--seed"), QString::number(1000 + w), QStringLiteral("--count"), QString::number(kTrades * 3 / 5),
                                          QStringLiteral("--user"), QStringLiteral("desk%1").arg(w + 1), QStringLiteral("--chunk"), QStringLiteral("100")}));
    int sum = 0;
    for (auto &p : workers) {
        ASSERT_TRUE(p->waitForFinished(300000));
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        EXPECT_EQ(p->exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(p->exitCode(), 0) << out.toStdString() << QString::fromUtf8(p->readAllStandardError()).toStdString();
        const auto m = QRegularExpression(QStringLiteral("converted=(\\d+)")).match(out);
        ASSERT_TRUE(m.hasMatch()) << out.toStdString();
        sum += m.captured(1).toInt();
    }
    std::printf("[ figures  ] 4 processes, %d trades, %lld ms\n", kTrades, static_cast<long long>(clock.elapsed()));
    const wf::Figures f = wf::checkExactlyOnce(t.db());
    EXPECT_EQ(f.orders, sum) << "the workers' successes add up to the orders: no trade twice";
    EXPECT_GT(f.orders, 0);
    // Every convertible trade in at least one selection was converted by exactly one worker.
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(DISTINCT created_by) FROM sales_orders")), 4);
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM trades WHERE state = 'converted' AND (is_paid = 0 AND is_cod = 0)")), 0);
}

TEST(Crash, KilledMidBatchLeavesEveryTradeConvertedOnceOrPending)
{
    if (test::wantPostgres())
        GTEST_SKIP() << "the kill test runs on SQLite";
    test::TestDb t;
    const int64_t shop = wf::makeShop(t.db());
    constexpr int kTrades = 5000;
    wf::store(t.db(), mixedTrades(shop, kTrades));
    const int target = convertible(kTrades);
    QRandomGenerator rng(20260325);
    int kills = 0;
    for (int trial = 0; trial < 8 && kills < 6; ++trial) {
        const qint64 before = wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM sales_orders"));
        if (before >= target)
            break;
        // Kill somewhere in the next stretch of work: a random number of orders after the start.
        const qint64 killAt = before + 1 + rng.bounded(std::max<qint64>(1, std::min<qint64>(600, (target - before) / 2)));
        std::unique_ptr<QProcess> p(startWorker(
            t.spec(), {QStringLiteral("--all"), QStringLiteral("--chunk"), QStringLiteral("50"), QStringLiteral("--user"), QStringLiteral("crashy")}));
        QDeadlineTimer deadline(120000);
        bool killed = false;
        while (!deadline.hasExpired()) {
            if (p->state() == QProcess::NotRunning)
                break;
            const qint64 now = wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM sales_orders"));
            if (now >= killAt) {
                p->kill(); // SIGKILL: no clean-up, no rollback by the process
                killed = true;
                break;
            }
            QThread::msleep(2);
        }
        p->waitForFinished(30000);
        if (killed)
            ++kills;
        const wf::Figures f = wf::checkExactlyOnce(t.db());
        EXPECT_EQ(integrity(t.db()), QStringLiteral("ok"));
        std::printf("[ trial %d  ] killed=%d at >= %lld orders; now %lld converted, %lld pending\n", trial, int(killed), static_cast<long long>(killAt),
                    static_cast<long long>(f.converted), static_cast<long long>(f.pending));
    }
    EXPECT_GE(kills, 5) << "the worker was killed mid-batch at least five times";

    // A run to completion converts the rest, each exactly once.
    std::unique_ptr<QProcess> last(startWorker(t.spec(), {QStringLiteral("--all"), QStringLiteral("--user"), QStringLiteral("finisher")}));
    ASSERT_TRUE(last->waitForFinished(300000));
    EXPECT_EQ(last->exitCode(), 0) << QString::fromUtf8(last->readAllStandardError()).toStdString();
    const wf::Figures f = wf::checkExactlyOnce(t.db());
    EXPECT_EQ(f.converted, target);
    EXPECT_EQ(f.pending, kTrades - target);
    EXPECT_EQ(integrity(t.db()), QStringLiteral("ok"));
    // And once more: nothing left to convert, nothing converted twice.
    std::unique_ptr<QProcess> again(startWorker(t.spec(), {QStringLiteral("--all")}));
    ASSERT_TRUE(again->waitForFinished(300000));
    EXPECT_TRUE(QString::fromUtf8(again->readAllStandardOutput()).startsWith(QStringLiteral("converted=0 ")));
    EXPECT_EQ(wf::checkExactlyOnce(t.db()).orders, target);
}
