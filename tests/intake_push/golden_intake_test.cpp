// The golden mall orders pushed through the receiver onto both databases: what is stored is what
// was written by hand from the mall's public model, every stored order reconciles (or says by how
// much it does not), and deleted orders stay out of 待转入订单.
#include "amountcheck.h"
#include "pushtestutil.h"

using namespace od;
using namespace od::push;
using nlohmann::json;

namespace {
const QString kGoldenSecret = QStringLiteral("golden-secret");

struct GoldenFixture : ReceiverFixture {
    int64_t shop = 0;
    GoldenFixture()
    {
        EXPECT_TRUE(secrets.set(QStringLiteral("g"), kGoldenSecret).ok());
        shop = makeMallShop(t.db(), QStringLiteral("g"), QStringLiteral("g"));
        start();
    }
    void push(const json &j)
    {
        const auto r = post(QStringLiteral("/push/g"), signedDump(j, kGoldenSecret));
        ASSERT_EQ(replyOf(r).value("code", -1), 0) << r.second;
    }
    qint64 col(const char *column, const QString &tid)
    {
        return count(QStringLiteral("SELECT %1 FROM trades WHERE shop_id = ? AND tid = ?").arg(QLatin1String(column)),
                     {QVariant::fromValue<qint64>(shop), tid});
    }
    QString text(const char *column, const QString &tid)
    {
        QSqlQuery q(t->connection());
        EXPECT_TRUE(sql::exec(q, QStringLiteral("SELECT %1 FROM trades WHERE shop_id = ? AND tid = ?").arg(QLatin1String(column)),
                              {QVariant::fromValue<qint64>(shop), tid})
                        .ok());
        return q.next() ? q.value(0).toString() : QStringLiteral("<no row>");
    }
};
} // namespace

TEST(GoldenIntake, StoredAmountsAreTheHandWrittenOnes)
{
    GoldenFixture f;
    for (const char *name :
         {"mall_discounted.json", "mall_markup.json", "mall_admin_change.json", "mall_shipped.json", "mall_other_discount.json", "mall_mismatch.json"})
        f.push(goldenJson(name));
    struct Row {
        const char *tid;
        qint64 goods, discount, freight, paid, diff;
    };
    for (const Row &r : {Row{"20250321100000000001", 5900, 1200, 800, 5500, 0}, Row{"20250321100000000002", 5900, -300, 0, 6200, 0},
                         Row{"20250321100000000003", 5900, 900, 800, 5800, 0}, Row{"20250321100000000004", 100, 0, 200, 300, 0},
                         Row{"20250321100000000007", 10000, 1500, 0, 8500, 0}, Row{"20250321100000000008", 5900, 1200, 800, 5000, 500}}) {
        const QString tid = QLatin1String(r.tid);
        EXPECT_EQ(f.col("goods_fen", tid), r.goods) << r.tid;
        EXPECT_EQ(f.col("discount_fen", tid), r.discount) << r.tid;
        EXPECT_EQ(f.col("freight_fen", tid), r.freight) << r.tid;
        EXPECT_EQ(f.col("paid_fen", tid), r.paid) << r.tid;
        EXPECT_EQ(f.col("amount_diff_fen", tid), r.diff) << r.tid;
    }
    EXPECT_EQ(f.text("discount_detail", QStringLiteral("20250321100000000003")), QStringLiteral("{\"admin\":400,\"coupon\":500}"));
    EXPECT_EQ(f.text("tracking_no", QStringLiteral("20250321100000000004")), QStringLiteral("ZT7845120036"));
    EXPECT_EQ(f.text("express_company", QStringLiteral("20250321100000000004")), QStringLiteral("中通快递"));
    EXPECT_EQ(f.text("consign_time", QStringLiteral("20250321100000000004")), QStringLiteral("2025-03-21 09:59:50"));
    EXPECT_EQ(f.text("platform_status", QStringLiteral("20250321100000000004")), QStringLiteral("WAIT_BUYER_CONFIRM_GOODS"));
    EXPECT_EQ(f.count(QStringLiteral("SELECT l.discount_fen FROM trade_lines l JOIN trades t ON t.id = l.trade_id "
                                     "WHERE t.tid = '20250321100000000001' AND l.line_no = 1")),
              793);
    // Read back through the repository: the same values.
    auto t = TradeRepository(f.t.db()).findByTid(f.shop, QStringLiteral("20250321100000000001"));
    ASSERT_TRUE(t.ok() && t->has_value());
    EXPECT_EQ((*t)->buyerMobile, QStringLiteral("下单人手机"));
    EXPECT_TRUE((*t)->platformExtra.contains(QStringLiteral("HM5d09e6d94181d719206d323914aa93")));
    EXPECT_EQ((*t)->lines.at(1).discount.fen(), 407);
    // Exactly the mismatching order carries a difference, and it is the real one.
    od::test::AmountReport report;
    EXPECT_TRUE(od::test::amountsReconcile(f.t.db(), 1, &report));
    EXPECT_EQ(report.trades, 6);
    EXPECT_EQ(report.flaggedTrades, 1);
}

TEST(GoldenIntake, DeletedOrdersStayOutOfPendingImport)
{
    GoldenFixture f;
    const QString tid = QStringLiteral("20250321100000000005");
    // In the recycle bin before we ever saw it: not stored.
    f.push(goldenJson("mall_recycled.json"));
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM trades")), 0);
    // Restored (a newer copy without is_recycle): stored; then deleted: taken out again.
    json restored = goldenJson("mall_recycled.json");
    restored["is_recycle"] = 0;
    restored["updated_at"] = "2025-03-21 10:30:00";
    f.push(restored);
    EXPECT_EQ(f.col("COUNT(*)", tid), 1);
    f.push(goldenJson("mall_deleted.json"));
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM trades")), 0);
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM tombstones")), 0);
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM push_exceptions")), 0);
    EXPECT_TRUE(od::test::amountsReconcile(f.t.db()));
}

TEST(GoldenIntake, DeletedAfterConversionRaisesAPlatformChange)
{
    GoldenFixture f;
    const QString tid = QStringLiteral("20250321100000000005");
    json live = goldenJson("mall_recycled.json");
    live["is_recycle"] = 0;
    f.push(live);
    const int64_t orderId = convertTrade(f.t.db(), f.shop, tid);
    f.push(goldenJson("mall_deleted.json"));
    const QVariantList id{QVariant::fromValue<qint64>(orderId)};
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM platform_changes WHERE order_id = ? AND kind = 'platform_delete'"), id), 1);
    EXPECT_EQ(f.count(QStringLiteral("SELECT has_warning FROM sales_orders WHERE id = ?"), id), 1);
    EXPECT_EQ(f.col("COUNT(*)", tid), 1); // the converted trade stays in 历史订单
    // The same deleted copy again: recorded once.
    f.push(goldenJson("mall_deleted.json"));
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM platform_changes")), 1);
}
