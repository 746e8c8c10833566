// Order intake end to end over real loopback HTTP: TOP simulator → TopClient → DownloadService → database.
#include "intake/downloadservice.h"
#include "intaketestutil.h"
#include "storage/traderepository.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <cstdio>
#include <atomic>
#include <map>
#include <set>
#include <thread>

using namespace od;
using namespace od::intake;

namespace {
QVariant v64(int64_t x) { return QVariant::fromValue<qint64>(x); }

// Marks a stored trade converted, with a sales order, as the workflow would.
void convert(Database &db, int64_t shopId, const QString &tid)
{
    QSqlQuery q(db.connection());
    const int64_t tradeId = count(db, QStringLiteral("SELECT id FROM trades WHERE shop_id = ? AND tid = ?"), {v64(shopId), tid});
    ASSERT_GT(tradeId, 0);
    ASSERT_TRUE(sql::exec(q, QStringLiteral("INSERT INTO sales_orders(order_no, shop_id, trade_id, tid, created_at, updated_at) VALUES (?,?,?,?,?,?)"),
                          {QStringLiteral("SO") + tid, v64(shopId), v64(tradeId), tid, sql::nowText(), sql::nowText()})
                    .ok());
    const int64_t orderId = count(db, QStringLiteral("SELECT id FROM sales_orders WHERE trade_id = ?"), {v64(tradeId)});
    ASSERT_TRUE(sql::exec(q, QStringLiteral("UPDATE trades SET state = 'converted', sales_order_id = ?, converted_by = 'test', converted_at = ? WHERE id = ?"),
                          {v64(orderId), sql::nowText(), v64(tradeId)})
                    .ok());
}

} // namespace

TEST(TopDownload, FiveThousandTradesWithChangesAndABanLandExactlyOnce)
{
    test::TestDb t;
    top::TopSimulator sim;
    ASSERT_TRUE(sim.start());
    const QDateTime now = QDateTime::currentDateTime();
    sim.store().addTrades(5000, now.addSecs(-3 * 86400), now.addSecs(-120));
    const Shop shop = makeTopShop(t.db(), sim);

    // 100 trades were downloaded and converted before this run.
    TradeRepository repo(t.db());
    std::set<QString> converted;
    {
        std::vector<Trade> before;
        const auto all = sim.store().trades();
        for (size_t i = 0; i < all.size(); i += 50) {
            Trade tr = all[i];
            tr.shopId = shop.id;
            before.push_back(tr);
            converted.insert(tr.tid);
        }
        ASSERT_TRUE(repo.upsert(before).ok());
        for (const QString &tid : converted)
            convert(t.db(), shop.id, tid);
    }

    DownloadService svc(t.db(), shop, simCredentials(sim), fastRetries());
    sim.banAfter(40, 2); // a call-limit ban in the middle of the listing
    std::atomic<bool> running{true};
    std::thread mutator([&] {
        // A bounded number of changes (so the catch-up run stays small on a slow machine).
        while (running.load() && sim.store().mutationCount() < 600) {
            sim.store().mutate(1);
            QThread::msleep(25); // pacing only: correctness never depends on it
        }
    });
    const QString start = now.addSecs(-3 * 86400 - 600).toString(kTimeFmt);
    QElapsedTimer clock;
    clock.start();
    const RunStats first = svc.downloadOrders(start, sim.store().nowText());
    std::printf("first run: %lld ms, %d calls, seen %d, created %d\n", clock.restart(), sim.calls(), first.seen, first.created);
    running = false;
    mutator.join();
    ASSERT_TRUE(first.ok) << first.error.toStdString();
    EXPECT_GE(sim.bansServed(), 1);
    EXPECT_GE(svc.client()->stats().bansWaited, 1);
    EXPECT_GT(sim.store().mutationCount(), 0);
    EXPECT_GT(first.seen, 1000); // the trades changed during the run left its window: the next run has them

    // A trade changed twice in one second carries the next second: let the gateway's clock pass it.
    QString newest;
    for (const Trade &tr : sim.store().trades())
        newest = std::max(newest, tr.modified);
    ASSERT_TRUE(waitFor([&] { return sim.store().nowText() > newest; }, 10000));
    // The next scheduled run starts at the previous end minus the overlap and picks up what changed.
    const RunStats second = svc.downloadOrders(QDateTime::fromString(first.windowEnd, kTimeFmt).addSecs(-300).toString(kTimeFmt), sim.store().nowText());
    ASSERT_TRUE(second.ok) << second.error.toStdString();
    std::printf("second run: %lld ms, created %d updated %d\n", clock.restart(), second.created, second.updated);

    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM pending_downloads")), 0);
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM trades")), 5000);
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM trades WHERE state = 'converted'")), qint64(converted.size()));
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM (SELECT tid FROM trades GROUP BY shop_id, tid HAVING COUNT(*) > 1) d")), 0);
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM sales_orders")), qint64(converted.size()));

    // Compare with the simulator's newest copies, in bulk (one query per table).
    struct Row {
        QString state, modified, status, address, receiver;
        bool paid = false, closed = false;
        qint64 paidFen = 0, goodsFen = 0, orderId = 0;
        QStringList lines;
    };
    std::map<QString, Row> rows;
    {
        QSqlQuery q(t->connection());
        q.setForwardOnly(true);
        ASSERT_TRUE(sql::exec(q,
                              QStringLiteral("SELECT tid, state, modified, platform_status, receiver_address, receiver_name, is_paid, is_closed, "
                                             "paid_fen, goods_fen, COALESCE(sales_order_id, 0) FROM trades WHERE shop_id = ?"),
                              {v64(shop.id)})
                        .ok());
        while (q.next())
            rows[q.value(0).toString()] = Row{q.value(1).toString(),
                                              q.value(2).toString(),
                                              q.value(3).toString(),
                                              q.value(4).toString(),
                                              q.value(5).toString(),
                                              q.value(6).toInt() != 0,
                                              q.value(7).toInt() != 0,
                                              q.value(8).toLongLong(),
                                              q.value(9).toLongLong(),
                                              q.value(10).toLongLong(),
                                              {}};
        QSqlQuery l(t->connection());
        l.setForwardOnly(true);
        ASSERT_TRUE(sql::exec(l,
                              QStringLiteral("SELECT t.tid, l.oid, l.quantity, l.amount_fen, l.refund_status FROM trade_lines l "
                                             "JOIN trades t ON t.id = l.trade_id ORDER BY t.tid, l.line_no"))
                        .ok());
        while (l.next())
            rows[l.value(0).toString()].lines
                << QStringLiteral("%1/%2/%3/%4").arg(l.value(1).toString()).arg(l.value(2).toInt()).arg(l.value(3).toLongLong()).arg(l.value(4).toString());
    }
    std::multimap<qint64, QString> changeRows;
    {
        QSqlQuery c(t->connection());
        c.setForwardOnly(true);
        ASSERT_TRUE(sql::exec(c, QStringLiteral("SELECT order_id, platform_modified FROM platform_changes ")).ok());
        while (c.next())
            changeRows.emplace(c.value(0).toLongLong(), c.value(1).toString());
    }
    int changedConverted = 0;
    for (const Trade &simTrade : sim.store().trades()) {
        auto it = rows.find(simTrade.tid);
        ASSERT_NE(it, rows.end()) << simTrade.tid.toStdString();
        const Row &r = it->second;
        if (converted.count(simTrade.tid)) {
            EXPECT_EQ(r.state, QStringLiteral("converted"));
            if (simTrade.modified > r.modified) {
                ++changedConverted;
                auto [b, e] = changeRows.equal_range(r.orderId);
                bool newest = false;
                for (auto x = b; x != e; ++x)
                    newest = newest || x->second == simTrade.modified;
                EXPECT_TRUE(newest) << "no platform change for the newest copy of " << simTrade.tid.toStdString();
                EXPECT_EQ(count(t.db(), QStringLiteral("SELECT has_warning FROM sales_orders WHERE id = ?"), {v64(r.orderId)}), 1);
            }
            continue;
        }
        EXPECT_EQ(r.state, QStringLiteral("pending"));
        EXPECT_EQ(r.modified, simTrade.modified) << simTrade.tid.toStdString();
        EXPECT_EQ(r.status, simTrade.platformStatus);
        EXPECT_EQ(r.address, simTrade.receiverAddress);
        EXPECT_EQ(r.receiver, simTrade.receiverName);
        EXPECT_EQ(r.paid, simTrade.paid);
        EXPECT_EQ(r.closed, simTrade.closed);
        EXPECT_EQ(r.paidFen, simTrade.paidAmount.fen());
        EXPECT_EQ(r.goodsFen, simTrade.goodsTotal.fen());
        QStringList lines;
        for (const TradeLine &x : simTrade.lines)
            lines << QStringLiteral("%1/%2/%3/%4").arg(x.oid).arg(x.quantity).arg(x.amount.fen()).arg(x.refundStatus);
        EXPECT_EQ(r.lines, lines) << simTrade.tid.toStdString();
    }
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(DISTINCT order_id) FROM platform_changes")), changedConverted);

    // A second full run adds nothing.
    const qint64 changes = count(t.db(), QStringLiteral("SELECT COUNT(*) FROM platform_changes"));
    const RunStats again = svc.downloadOrders(start, sim.store().nowText());
    ASSERT_TRUE(again.ok) << again.error.toStdString();
    std::printf("full re-run: %lld ms\n", clock.restart());
    EXPECT_EQ(again.created, 0);
    EXPECT_EQ(again.updated, 0);
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM trades")), 5000);
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM platform_changes")), changes);
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM schedule_runs WHERE ok = 1 AND finished_at <> ''")), 3);
}

TEST(TopDownload, IspErrorsAreRetriedSessionErrorStopsTheRun)
{
    test::TestDb t;
    top::TopSimulator sim;
    ASSERT_TRUE(sim.start());
    sim.store().addTrades(300, QDateTime::currentDateTime().addSecs(-20 * 3600), QDateTime::currentDateTime().addSecs(-60));
    const Shop shop = makeTopShop(t.db(), sim);
    RunLog log(t.db());
    Schedule sched;
    sched.shopId = shop.id;
    sched.kind = QStringLiteral("orders");
    sched.lookbackMin = 24 * 60;
    auto sid = log.upsertSchedule(sched);
    ASSERT_TRUE(sid.ok());
    sched.id = sid.value();

    DownloadService svc(t.db(), shop, simCredentials(sim), fastRetries());
    sim.failIsp(3);
    sim.dropConnections(2);
    const RunStats ok = svc.runSchedule(sched);
    ASSERT_TRUE(ok.ok) << ok.error.toStdString();
    EXPECT_EQ(sim.ispServed(), 3);
    EXPECT_GE(svc.client()->stats().retries, 5);
    EXPECT_EQ(ok.created, 300);
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM trades WHERE state = 'pending'")), 300);
    auto covered = log.schedule(sched.id);
    ASSERT_TRUE(covered.ok() && covered->has_value());
    EXPECT_EQ((*covered)->coveredUntil, ok.windowEnd);

    sim.revokeSession(sim.options().sessions.first());
    sched.coveredUntil = (*covered)->coveredUntil;
    const RunStats bad = svc.runSchedule(sched);
    EXPECT_FALSE(bad.ok);
    EXPECT_EQ(bad.errorCode, QStringLiteral("top.session"));
    EXPECT_TRUE(bad.error.contains(shop.name)) << bad.error.toStdString();
    EXPECT_TRUE(bad.error.contains(QStringLiteral("authorise the shop again"))) << bad.error.toStdString();
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM schedule_runs WHERE ok = 0 AND error LIKE '%authorise%' AND finished_at <> ''")), 1);
    auto after = log.schedule(sched.id);
    EXPECT_EQ((*after)->coveredUntil, ok.windowEnd); // not advanced by the failed run

    // isv errors (our fault) are not retried either: a wrong window stops at once with the reason.
    const int callsBefore = sim.calls();
    DownloadService svc2(t.db(), shop, {sim.options().appKey, "wrong", sim.options().sessions.first()}, fastRetries());
    const RunStats badSign = svc2.downloadOrders(agoText(3600), agoText(0));
    EXPECT_EQ(badSign.errorCode, QStringLiteral("top.sign"));
    EXPECT_EQ(sim.calls() - callsBefore, 1);
}

TEST(TopDownload, RefundsManualTidsAndThePendingDownloadPool)
{
    test::TestDb t;
    top::TopSimulator sim;
    ASSERT_TRUE(sim.start());
    const QStringList tids = sim.store().addTrades(200, QDateTime::currentDateTime().addSecs(-5 * 3600), QDateTime::currentDateTime().addSecs(-60));
    const Shop shop = makeTopShop(t.db(), sim);
    QStringList refundIds;
    for (const QString &tid : tids) {
        if (auto id = sim.store().refundLine(tid))
            refundIds << *id;
        if (refundIds.size() == 20)
            break;
    }
    ASSERT_EQ(refundIds.size(), 20);
    DownloadService svc(t.db(), shop, simCredentials(sim), fastRetries());
    svc.setPageSize(7); // several pages
    ASSERT_TRUE(TradeRepository(t.db()).addTombstone(shop.id, QStringLiteral("refund"), refundIds[0], QStringLiteral("test")).ok());
    RunStats r = svc.downloadRefunds(agoText(6 * 3600), sim.store().nowText());
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.created, 19);
    EXPECT_EQ(r.refused, 1);
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM pending_refunds")), 19);
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM pending_refunds WHERE refund_version = '1' AND refund_phase = 'onsale' AND amount_fen > 0")),
              19);
    r = svc.downloadRefunds(agoText(6 * 3600), sim.store().nowText());
    EXPECT_EQ(r.created, 0);
    EXPECT_EQ(r.updated, 0);

    // Manual run for a list of tids: straight to pending import.
    r = svc.downloadTids({tids[0], tids[1], QStringLiteral("999")});
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.created, 2);
    EXPECT_EQ(r.refused, 1); // the platform does not know 999

    // List only (as a half-finished run leaves them), then 移除 one and 下载 the selected rest.
    TradeRepository repo(t.db());
    for (int i = 2; i < 6; ++i) {
        PendingDownload p;
        p.shopId = shop.id;
        p.tid = tids[i];
        p.modified = sim.store().trade(tids[i])->modified;
        ASSERT_TRUE(repo.upsertPendingDownload(p).ok());
    }
    auto pending = repo.pendingDownloads(shop.id, 100);
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), 4u);
    ASSERT_TRUE(svc.removePending({pending->at(0).id}).ok());
    r = svc.fetchPending({pending->at(1).id, pending->at(2).id});
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.created, 2);
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM pending_downloads")), 1);
    r = svc.fetchPending();
    EXPECT_EQ(r.created, 1);
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM pending_downloads")), 0);
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM trades")), 5);

    // Gap-fill by creation time finds the rest.
    r = svc.gapFill(agoText(6 * 3600), sim.store().nowText());
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM trades")), 200);
}

TEST(TopDownload, WindowsAreSlicedToOneDay)
{
    const auto s = sliceWindow(QStringLiteral("2025-03-01 00:00:00"), QStringLiteral("2025-03-03 12:00:00"), 86400);
    ASSERT_EQ(s.size(), 3u);
    EXPECT_EQ(s[0].second, QStringLiteral("2025-03-02 00:00:00"));
    EXPECT_EQ(s[2].second, QStringLiteral("2025-03-03 12:00:00"));
    EXPECT_TRUE(sliceWindow(QStringLiteral("2025-03-03 00:00:00"), QStringLiteral("2025-03-01 00:00:00"), 86400).empty());
}
