// 2,000 orders pushed concurrently by the mall simulator, then newer and older re-pushes mixed:
// every order exactly once with its newest version; tombstoned ones ignored; converted ones get a
// platform change and a pending refund for a line refund.
#include "amountcheck.h"
#include "pushtestutil.h"
#include "storage/traderepository.h"

#include <QElapsedTimer>
#include <algorithm>
#include <iostream>
#include <random>

using namespace od;
using namespace od::push;
using nlohmann::json;

TEST(PushLoad, TwoThousandOrdersSixteenSendersWithRepushes)
{
    ReceiverOptions options;
    options.threads = 8;
    ReceiverFixture f(options);
    ASSERT_TRUE(f.secrets.set(QStringLiteral("load"), QStringLiteral("load-secret")).ok());
    const int64_t shop = makeMallShop(f.t.db(), QStringLiteral("load"), QStringLiteral("load"));
    f.start();

    constexpr int kOrders = 2000;
    MallSimulator sim(2025);
    std::vector<json> first;
    for (int i = 1; i <= kOrders; ++i) {
        MallOrderOptions o;
        o.lines = 1 + i % 5;
        o.refundLine = -1;
        first.push_back(sim.order(i, QStringLiteral("2025-03-20 10:00:00"), o));
    }
    MallSimulator::SendOptions send;
    send.port = f.port;
    send.path = QStringLiteral("/push/load");
    send.secret = QStringLiteral("load-secret");
    send.senders = 16;
    QElapsedTimer timer;
    timer.start();
    auto report = MallSimulator::send(first, send);
    const qint64 firstMs = timer.elapsed();
    EXPECT_EQ(report.accepted, kOrders) << report.firstErrors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(report.failed, 0);
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM trades WHERE shop_id = ?"), {QVariant::fromValue<qint64>(shop)}), kOrders);
    std::cout << "[ figures  ] " << kOrders << " orders, 16 senders, " << test::backendName().toStdString() << ": " << firstMs << " ms ("
              << (kOrders * 1000 / qMax<qint64>(1, firstMs)) << " orders/s, " << report.retried << " retried)" << std::endl;

    // Before the re-pushes: orders 1–50 marked 已处理 (tombstoned), 51–70 converted.
    TradeRepository repo(f.t.db());
    for (int i = 1; i <= 50; ++i) {
        auto tr = repo.findByTid(shop, MallSimulator::orderNo(i));
        ASSERT_TRUE(tr.ok() && tr->has_value());
        ASSERT_TRUE(repo.markProcessed((*tr)->id, QStringLiteral("tester")).ok());
    }
    std::vector<int64_t> converted;
    for (int i = 51; i <= 70; ++i)
        converted.push_back(convertTrade(f.t.db(), shop, MallSimulator::orderNo(i)));

    // Re-pushes, shuffled together: each of orders 1–1000 gets an older and a newer version (the newer
    // one twice), so concurrent senders race on the same orders. Converted ones refund their first line.
    std::vector<json> again;
    for (int i = 1; i <= 1000; ++i) {
        const json &base = first[size_t(i - 1)];
        json newer = MallSimulator::changed(base, QStringLiteral("2025-03-20 12:00:00"), false, (i >= 51 && i <= 70) ? 0 : -1);
        newer["name"] = "新收货人";
        json older = MallSimulator::changed(base, QStringLiteral("2025-03-20 09:00:00"));
        older["name"] = "旧收货人";
        again.push_back(newer);
        again.push_back(older);
        again.push_back(newer);
    }
    std::shuffle(again.begin(), again.end(), std::mt19937(7));
    timer.restart();
    report = MallSimulator::send(again, send);
    const qint64 againMs = timer.elapsed();
    EXPECT_EQ(report.accepted, int(again.size())) << report.firstErrors.join(QLatin1Char('\n')).toStdString();
    std::cout << "[ figures  ] " << again.size() << " re-pushes (newer/older mixed), 16 senders: " << againMs << " ms, " << report.retried << " retried"
              << std::endl;

    // Exactly once each; pending ones carry the newest version; the rest untouched.
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM trades")), kOrders);
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM (SELECT tid FROM trades GROUP BY shop_id, tid HAVING COUNT(*) > 1) d")), 0);
    EXPECT_EQ(
        f.count(QStringLiteral("SELECT COUNT(*) FROM trades WHERE state = 'pending' AND modified = '2025-03-20 12:00:00' AND receiver_name = '新收货人'")),
        930);
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM trades WHERE receiver_name = '旧收货人'")), 0);
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM trades WHERE state = 'pending' AND modified = '2025-03-20 10:00:00'")), kOrders - 1000);
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM trades WHERE state = 'processed' AND modified = '2025-03-20 10:00:00'")), 50);
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM tombstones WHERE shop_id = ?"), {QVariant::fromValue<qint64>(shop)}), 50);
    // Line counts survive concurrent replacement (no doubled or lost lines).
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM trades t WHERE t.line_count <> (SELECT COUNT(*) FROM trade_lines l WHERE l.trade_id = t.id)")), 0);
    // Converted: one line_refund each (the newer version, pushed twice, recorded once), a warning,
    // and a pending refund for the refunded line.
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM platform_changes WHERE kind = 'line_refund'")), 20);
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM platform_changes")), 20);
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM sales_orders WHERE has_warning = 1")), 20);
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM pending_refunds WHERE shop_id = ? AND state = 'pending'"), {QVariant::fromValue<qint64>(shop)}), 20);
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM push_exceptions")), 0);
    EXPECT_TRUE(od::test::amountsReconcile(f.t.db()));
    EXPECT_EQ(f.receiver->counters().refused.load(), 0);
}
