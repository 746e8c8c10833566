// The golden mall orders (tests/intake_push/data/mall_*.json), each written by hand from the mall's
// public data model (docs/protocols/mall.md), mapped and compared field by field with values worked
// out by hand — not with what the mapper or the simulator compute.
#include "sim/mall/mallsimulator.h"
#include "pushtestutil.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace od;
using namespace od::push;
using nlohmann::json;

namespace {
MappedPush golden(const char *name)
{
    auto r = mapMallOrder(goldenJson(name), 7);
    EXPECT_TRUE(r.ok()) << name << ": " << (r.ok() ? "" : r.error().message.toStdString());
    return r.ok() ? r.value() : MappedPush{};
}
QJsonObject obj(const QString &json) { return QJsonDocument::fromJson(json.toUtf8()).object(); }
int64_t fen(const QString &json, const char *key) { return qint64(obj(json).value(QLatin1String(key)).toDouble()); }
} // namespace

// The example: goods 59.00 before discounts, member 2.00 + coupon 10.00, freight 8.00, paid 55.00.
TEST(MallGolden, DiscountedOrderReconciles)
{
    const MappedPush m = golden("mall_discounted.json");
    const Trade &t = m.trade;
    EXPECT_EQ(t.goodsTotal.fen(), 5900);
    EXPECT_EQ(t.discount.fen(), 1200);
    EXPECT_EQ(t.freight.fen(), 800);
    EXPECT_EQ(t.paidAmount.fen(), 5500);
    EXPECT_EQ(amountDifferenceFen(t), 0);
    EXPECT_EQ(fen(t.discountDetail, "member"), 200);
    EXPECT_EQ(fen(t.discountDetail, "coupon"), 1000);
    EXPECT_EQ(obj(t.discountDetail).size(), 2); // no integral, admin or other part
    ASSERT_EQ(t.lines.size(), 2u);
    EXPECT_EQ(t.lines[0].unitPrice.fen(), 1950);
    EXPECT_EQ(t.lines[0].quantity, 2);
    EXPECT_EQ(t.lines[0].amount.fen(), 3107); // total_price: after the line's share of the discounts
    EXPECT_EQ(t.lines[0].discount.fen(), 793); // 39.00 − 31.07
    EXPECT_EQ(t.lines[0].outerSkuId, QStringLiteral("TS-BLK"));
    EXPECT_EQ(t.lines[1].amount.fen(), 1593);
    EXPECT_EQ(t.lines[1].discount.fen(), 407);
    EXPECT_TRUE(m.warnings.isEmpty()) << m.warnings.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(m.deleted);
    EXPECT_EQ(t.platformStatus, QStringLiteral("WAIT_SELLER_SEND_GOODS"));
    EXPECT_EQ(t.trackingNo, QString());
}

TEST(MallGolden, NegativeMemberDiscountIsAMarkup)
{
    const Trade t = golden("mall_markup.json").trade;
    EXPECT_EQ(t.goodsTotal.fen(), 5900);
    EXPECT_EQ(t.discount.fen(), -300);
    EXPECT_EQ(t.freight.fen(), 0);
    EXPECT_EQ(t.paidAmount.fen(), 6200);
    EXPECT_EQ(amountDifferenceFen(t), 0);
    EXPECT_EQ(fen(t.discountDetail, "member"), -300);
    ASSERT_EQ(t.lines.size(), 1u);
    EXPECT_EQ(t.lines[0].amount.fen(), 6200);
    EXPECT_EQ(t.lines[0].discount.fen(), -300);
}

// back_price is the admin's price change (后台优惠), not refund money; express_price is the freight
// after the admin's change (10.00 → 8.00).
TEST(MallGolden, AdminPriceChange)
{
    const Trade t = golden("mall_admin_change.json").trade;
    EXPECT_EQ(t.goodsTotal.fen(), 5900);
    EXPECT_EQ(t.discount.fen(), 900);
    EXPECT_EQ(t.freight.fen(), 800);
    EXPECT_EQ(t.paidAmount.fen(), 5800);
    EXPECT_EQ(amountDifferenceFen(t), 0);
    EXPECT_EQ(fen(t.discountDetail, "coupon"), 500);
    EXPECT_EQ(fen(t.discountDetail, "admin"), 400);
    EXPECT_EQ(obj(t.discountDetail).size(), 2);
    ASSERT_EQ(t.lines.size(), 2u);
    EXPECT_EQ(t.lines[0].amount.fen(), 3305);
    EXPECT_EQ(t.lines[1].amount.fen(), 1695);
}

TEST(MallGolden, PluginDiscountTheNamedPartsLeaveOver)
{
    const Trade t = golden("mall_other_discount.json").trade;
    EXPECT_EQ(t.goodsTotal.fen(), 10000);
    EXPECT_EQ(t.discount.fen(), 1500);
    EXPECT_EQ(t.paidAmount.fen(), 8500);
    EXPECT_EQ(fen(t.discountDetail, "coupon"), 1000);
    EXPECT_EQ(fen(t.discountDetail, "other"), 500);
    EXPECT_EQ(amountDifferenceFen(t), 0);
}

TEST(MallGolden, ShippedByTheMallArrivesShippedWithTracking)
{
    const Trade t = golden("mall_shipped.json").trade;
    EXPECT_EQ(t.platformStatus, QStringLiteral("WAIT_BUYER_CONFIRM_GOODS"));
    EXPECT_EQ(t.expressCompany, QStringLiteral("中通快递"));
    EXPECT_EQ(t.trackingNo, QStringLiteral("ZT7845120036"));
    EXPECT_EQ(t.consignTime, QStringLiteral("2025-03-21 09:59:50"));
    EXPECT_EQ(amountDifferenceFen(t), 0);
}

TEST(MallGolden, RecycledAndDeletedOrdersAreMarkedDeleted)
{
    const MappedPush recycled = golden("mall_recycled.json");
    EXPECT_TRUE(recycled.deleted);
    EXPECT_EQ(obj(recycled.trade.platformExtra).value(QStringLiteral("deleted")).toString(), QStringLiteral("is_recycle"));
    const MappedPush deleted = golden("mall_deleted.json");
    EXPECT_TRUE(deleted.deleted);
    EXPECT_EQ(obj(deleted.trade.platformExtra).value(QStringLiteral("deleted")).toString(), QStringLiteral("is_delete"));
    EXPECT_FALSE(golden("mall_discounted.json").deleted);
}

// refund_status 2 = after-sale ended; is_refund says whether money went back.
TEST(MallGolden, AfterSaleEndedWithAndWithoutRefund)
{
    const MappedPush m = golden("mall_aftersale.json");
    ASSERT_EQ(m.trade.lines.size(), 2u);
    EXPECT_EQ(m.trade.lines[0].refundStatus, QStringLiteral("SUCCESS"));
    EXPECT_EQ(m.trade.lines[1].refundStatus, QString()); // refused or exchanged: nothing open, nothing refunded
    EXPECT_FALSE(m.trade.lines[1].underRefund());
    ASSERT_EQ(m.refunds.size(), 2u);
    EXPECT_EQ(m.refunds[0].oid, QStringLiteral("500007"));
    EXPECT_EQ(m.refunds[0].platformStatus, QStringLiteral("SUCCESS"));
    EXPECT_EQ(m.refunds[0].amount.fen(), 3900);
    EXPECT_EQ(m.refunds[0].refundPhase, QStringLiteral("aftersale"));
    EXPECT_EQ(m.refunds[1].platformStatus, QStringLiteral("CLOSED"));
    EXPECT_EQ(obj(m.trade.platformExtra).value(QStringLiteral("sale_status")).toInt(), 1);
}

TEST(MallGolden, AmountsThatDoNotAddUpAreKeptAndNamed)
{
    const MappedPush m = golden("mall_mismatch.json");
    EXPECT_EQ(m.trade.goodsTotal.fen(), 5900);
    EXPECT_EQ(m.trade.discount.fen(), 1200);
    EXPECT_EQ(m.trade.freight.fen(), 800);
    EXPECT_EQ(m.trade.paidAmount.fen(), 5000); // as the mall sent it: not "fixed"
    EXPECT_EQ(amountDifferenceFen(m.trade), 500);
    ASSERT_EQ(m.warnings.size(), 1);
    EXPECT_TRUE(m.warnings[0].contains(QStringLiteral("55.00"))) << m.warnings[0].toStdString();
}

// The seed's buyer, distributor, payment number and merchant are kept.
TEST(MallGolden, SeedBuyerDistributorPaymentNumberMerchant)
{
    const Trade t = mapMallOrder(seedJson(), 7)->trade;
    EXPECT_EQ(t.buyerMobile, QStringLiteral("下单人手机"));
    const QJsonObject extra = obj(t.platformExtra);
    EXPECT_EQ(extra.value(QStringLiteral("pay_order_no")).toString(), QStringLiteral("HM5d09e6d94181d719206d323914aa93"));
    EXPECT_EQ(extra.value(QStringLiteral("mch_id")).toInt(-1), 0);
    EXPECT_EQ(extra.value(QStringLiteral("distributor")).toObject().value(QStringLiteral("nickname")).toString(), QStringLiteral("上级分销商昵称"));
    EXPECT_EQ(extra.value(QStringLiteral("distributor")).toObject().value(QStringLiteral("mobile")).toString(), QStringLiteral("上级分销商手机"));
    json j = seedJson();
    j["words"] = "旧商家留言";
    j["mch_id"] = 12;
    const Trade w = mapMallOrder(j, 7)->trade;
    EXPECT_EQ(w.buyerMemo, QString()); // words is the seller's (deprecated) note
    EXPECT_TRUE(w.sellerMemo.contains(QStringLiteral("旧商家留言")));
    EXPECT_TRUE(w.sellerMemo.contains(QStringLiteral("[Merchant 12]")));
}

// Without total_goods_original_price the goods total is the lines' total_original_price.
TEST(MallGolden, GoodsFallBackToTheLinesOriginalPrices)
{
    json j = goldenJson("mall_discounted.json");
    j.erase("total_goods_original_price");
    const Trade t = mapMallOrder(j, 7)->trade;
    EXPECT_EQ(t.goodsTotal.fen(), 5900);
    EXPECT_EQ(t.discount.fen(), 1200);
    EXPECT_EQ(amountDifferenceFen(t), 0);
}
