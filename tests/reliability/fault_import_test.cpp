// Fault runs, import (issue 8, "Fault runs"): the TOP download worker is SIGKILLed at random points,
// ten times, on both databases — some kills at a random moment after start (startup, listing into
// 待下载订单), the others once a random number of trades has been stored (fetching details). After
// every kill each platform trade is in exactly one place (待下载订单 or the trade pool, once),
// every stored trade is complete (its lines, its newest data), the killed run is visible as
// unfinished, and SQLite's integrity check passes. A last run brings in the rest.
#include "amountcheck.h"
#include "intaketestutil.h"
#include "storage/traderepository.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <iostream>
#include <map>

using namespace od;

namespace {

QString integrity(Database &db)
{
    if (db.isPostgres())
        return QStringLiteral("ok");
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return QStringLiteral("cannot run integrity_check");
    return q.value(0).toString();
}

// Every trade in exactly one place, complete and equal to the platform's copy.
void checkImport(Database &db, int64_t shop, const std::map<QString, Trade> &platform, const std::string &when)
{
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT tid FROM trades GROUP BY shop_id, tid HAVING COUNT(*) > 1) d")), 0) << when;
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM pending_downloads p JOIN trades t ON t.shop_id = p.shop_id AND t.tid = p.tid")), 0)
        << when << ": a trade both in 待下载订单 and in the pool";
    EXPECT_EQ(count(db, QStringLiteral("SELECT COUNT(*) FROM trades t WHERE t.line_count <> (SELECT COUNT(*) FROM trade_lines l WHERE l.trade_id = t.id)")), 0)
        << when << ": a trade with missing or extra lines";
    QSqlQuery q(db.connection());
    ASSERT_TRUE(
        sql::exec(q, QStringLiteral("SELECT tid, modified, paid_fen, line_count FROM trades WHERE shop_id = ?"), {QVariant::fromValue<qint64>(shop)}).ok());
    int bad = 0;
    while (q.next()) {
        auto it = platform.find(q.value(0).toString());
        if (it == platform.end() || it->second.modified != q.value(1).toString() || it->second.paidAmount.fen() != q.value(2).toLongLong()
            || int(it->second.lines.size()) != q.value(3).toInt()) {
            if (++bad <= 3)
                ADD_FAILURE() << when << ": trade " << q.value(0).toString().toStdString() << " differs from the platform's";
        }
    }
    QSqlQuery p(db.connection());
    ASSERT_TRUE(sql::exec(p, QStringLiteral("SELECT tid FROM pending_downloads")).ok());
    while (p.next())
        EXPECT_TRUE(platform.count(p.value(0).toString())) << when;
    EXPECT_EQ(integrity(db), QStringLiteral("ok")) << when;
}

} // namespace

TEST(FaultImport, TenKillsDuringTheDownloadThenARunToTheEnd)
{
    test::TestDb t;
    top::TopSimulator sim;
    ASSERT_TRUE(sim.start());
    const QDateTime now = QDateTime::currentDateTime();
    constexpr int kTrades = 1200;
    constexpr int kKills = 10;
    sim.store().addTrades(kTrades, now.addSecs(-2 * 86400), now.addSecs(-60));
    sim.setDelayMs(2); // slow enough to catch the worker in the middle
    std::map<QString, Trade> platform;
    for (const Trade &tr : sim.store().trades())
        platform[tr.tid] = tr;
    const Shop shop = makeTopShop(t.db(), sim);
    const QStringList args{QStringLiteral("--db"),      t.spec(),
                           QStringLiteral("--shop"),    QString::number(shop.id),
                           QStringLiteral("--url"),     sim.url(),
                           QStringLiteral("--secret"),  QString::fromUtf8(sim.options().secret),
                           QStringLiteral("--session"), sim.options().sessions.first(),
                           QStringLiteral("--start"),   now.addSecs(-2 * 86400 - 60).toString(kTimeFmt),
                           QStringLiteral("--end"),     now.toString(kTimeFmt)};
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator rng(seed);
    std::cout << "[ figures  ] random seed " << seed << "\n";
    const QString countTrades = QStringLiteral("SELECT COUNT(*) FROM trades");
    QElapsedTimer clock;
    clock.start();
    int kills = 0, trials = 0;
    while (kills < kKills && trials < 3 * kKills) {
        ++trials;
        const qint64 stored = count(t.db(), countTrades);
        ASSERT_LT(stored, kTrades) << "ran out of work before " << kKills << " kills";
        // Odd trials: a random moment after the start; even ones: a random number of new trades.
        const bool byTime = trials % 2 == 1;
        const int afterMs = 5 + int(rng.bounded(400));
        const qint64 stretch = std::max<qint64>(2, (kTrades - stored) / (kKills - kills + 2));
        const qint64 killAt = stored + 1 + rng.bounded(std::min<qint64>(200, stretch));
        QProcess worker;
        worker.start(QStringLiteral(DOWNLOAD_WORKER), args);
        ASSERT_TRUE(worker.waitForStarted());
        QElapsedTimer since;
        since.start();
        bool killed = false;
        waitFor(
            [&] {
                if (worker.state() == QProcess::NotRunning)
                    return true;
                if (byTime ? since.elapsed() >= afterMs : count(t.db(), countTrades) >= killAt) {
                    worker.kill();
                    killed = true;
                    return true;
                }
                return false;
            },
            120000);
        worker.waitForFinished(30000);
        if (killed && worker.exitStatus() == QProcess::CrashExit)
            ++kills;
        const std::string when = "after trial " + std::to_string(trials);
        checkImport(t.db(), shop.id, platform, when);
        // Each killed run stays visible as unfinished; none is marked ok.
        EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM schedule_runs WHERE ok = 1")), 0) << when;
        std::cout << "[ trial " << trials << " ] " << (byTime ? "at " + std::to_string(afterMs) + " ms" : "at >= " + std::to_string(killAt) + " trades")
                  << ", killed=" << killed << ": " << count(t.db(), countTrades) << " trades, "
                  << count(t.db(), QStringLiteral("SELECT COUNT(*) FROM pending_downloads")) << " pending downloads\n";
    }
    EXPECT_EQ(kills, kKills);

    sim.setDelayMs(0);
    QProcess last;
    last.start(QStringLiteral(DOWNLOAD_WORKER), args);
    ASSERT_TRUE(last.waitForFinished(180000));
    EXPECT_EQ(last.exitCode(), 0) << last.readAllStandardOutput().toStdString() << last.readAllStandardError().toStdString();
    checkImport(t.db(), shop.id, platform, "after the last run");
    EXPECT_EQ(count(t.db(), countTrades), kTrades);
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM pending_downloads")), 0);
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM schedule_runs WHERE ok = 1")), 1);
    EXPECT_TRUE(od::test::amountsReconcile(t.db()));
    std::cout << "[ figures  ] " << test::backendName().toStdString() << ": download killed " << kills << " times in " << trials
              << " trials, then finished: " << kTrades << " trades, each once, in " << clock.elapsed() << " ms\n";
}
