// A download process killed half-way loses nothing and doubles nothing when run again.
#include "intaketestutil.h"
#include "storage/traderepository.h"

#include <QProcess>

using namespace od;

TEST(TopDownloadKill, KilledHalfWayThenRerunLosesAndDoublesNothing)
{
    test::TestDb t;
    top::TopSimulator sim;
    ASSERT_TRUE(sim.start());
    const QDateTime now = QDateTime::currentDateTime();
    const int n = 1500;
    sim.store().addTrades(n, now.addSecs(-2 * 86400), now.addSecs(-60));
    sim.setDelayMs(3); // slow enough to catch the worker in the middle
    const Shop shop = makeTopShop(t.db(), sim);
    const QStringList args{QStringLiteral("--db"),      t.spec(),
                           QStringLiteral("--shop"),    QString::number(shop.id),
                           QStringLiteral("--url"),     sim.url(),
                           QStringLiteral("--secret"),  QString::fromUtf8(sim.options().secret),
                           QStringLiteral("--session"), sim.options().sessions.first(),
                           QStringLiteral("--start"),   now.addSecs(-2 * 86400 - 60).toString(kTimeFmt),
                           QStringLiteral("--end"),     now.toString(kTimeFmt)};

    QProcess first;
    first.start(QStringLiteral(DOWNLOAD_WORKER), args);
    ASSERT_TRUE(first.waitForStarted());
    const QString countTrades = QStringLiteral("SELECT COUNT(*) FROM trades");
    ASSERT_TRUE(waitFor([&] { return count(t.db(), countTrades) >= 200 || first.state() == QProcess::NotRunning; }, 120000));
    first.kill();
    first.waitForFinished();
    EXPECT_EQ(first.exitStatus(), QProcess::CrashExit) << first.readAllStandardOutput().toStdString();
    const qint64 stored = count(t.db(), countTrades);
    EXPECT_GT(stored, 0);
    EXPECT_LT(stored, n);
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM schedule_runs WHERE finished_at = ''")), 1); // visible as unfinished

    sim.setDelayMs(0);
    QProcess second;
    second.start(QStringLiteral(DOWNLOAD_WORKER), args);
    ASSERT_TRUE(second.waitForFinished(180000));
    EXPECT_EQ(second.exitCode(), 0) << second.readAllStandardOutput().toStdString() << second.readAllStandardError().toStdString();

    EXPECT_EQ(count(t.db(), countTrades), n);
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM pending_downloads")), 0);
    qint64 lines = 0;
    TradeRepository repo(t.db());
    for (const Trade &simTrade : sim.store().trades()) {
        lines += qint64(simTrade.lines.size());
        auto s = repo.findByTid(shop.id, simTrade.tid);
        ASSERT_TRUE(s.ok() && s->has_value()) << simTrade.tid.toStdString();
        EXPECT_EQ((*s)->modified, simTrade.modified);
        EXPECT_EQ((*s)->paidAmount, simTrade.paidAmount);
        EXPECT_EQ((*s)->lines.size(), simTrade.lines.size());
    }
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM trade_lines")), lines);
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM schedule_runs WHERE ok = 1")), 1);
}
