// The mall's order JSON → Trade: the seed verbatim, variants, and refusals that name the field.
#include "sim/mall/mallsimulator.h"
#include "pushtestutil.h"

using namespace od;
using namespace od::push;
using nlohmann::json;

namespace {
MappedPush mapOk(const json &j)
{
    auto r = mapMallOrder(j, 7);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message.toStdString());
    return r.ok() ? r.value() : MappedPush{};
}
Error mapErr(const json &j)
{
    auto r = mapMallOrder(j, 7);
    EXPECT_FALSE(r.ok());
    return r.ok() ? Error() : r.error();
}
} // namespace

TEST(MallMapper, SeedVerbatim)
{
    const QByteArray raw = seedBytes();
    auto parsed = parsePushBody(raw);
    ASSERT_TRUE(parsed.ok());
    auto r = mapMallOrder(parsed.value(), 7, raw);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    const Trade &t = r->trade;
    EXPECT_EQ(t.shopId, 7);
    EXPECT_EQ(t.tid, QStringLiteral("20250320165809904355"));
    EXPECT_EQ(t.platformStatus, QStringLiteral("WAIT_SELLER_SEND_GOODS"));
    EXPECT_EQ(t.buyerNick, QStringLiteral("下单昵称"));
    EXPECT_EQ(t.receiverName, QStringLiteral("下单人姓名"));
    EXPECT_EQ(t.receiverMobile, QStringLiteral("下单人手机号"));
    EXPECT_EQ(t.receiverAddress, QStringLiteral("下单人地址"));
    EXPECT_EQ(t.created, QStringLiteral("2025-03-20 16:58:09"));
    EXPECT_EQ(t.modified, QStringLiteral("2025-03-20 16:58:12"));
    EXPECT_EQ(t.payTime, QStringLiteral("2025-03-20 16:58:12"));
    EXPECT_TRUE(t.paid);
    EXPECT_FALSE(t.cod);
    EXPECT_FALSE(t.closed);
    EXPECT_EQ(t.paidAmount.fen(), 300);
    EXPECT_EQ(t.freight.fen(), 200);
    EXPECT_EQ(t.goodsTotal.fen(), 100);
    EXPECT_EQ(t.discount.fen(), 0);
    EXPECT_EQ(t.buyerMemo, QString());
    EXPECT_EQ(t.sellerMemo, QString());
    EXPECT_EQ(t.rawPayload, QString::fromUtf8(raw));
    EXPECT_EQ(r->method, QStringLiteral("order_list"));
    EXPECT_TRUE(r->warnings.isEmpty()) << r->warnings.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(r->refunds.empty());
    ASSERT_EQ(t.lines.size(), 1u);
    const TradeLine &l = t.lines[0];
    EXPECT_EQ(l.oid, QStringLiteral("496877"));
    EXPECT_EQ(l.itemId, QStringLiteral("182694"));
    EXPECT_EQ(l.skuId, QStringLiteral("495703"));
    EXPECT_EQ(l.outerSkuId, QString()); // goods_no and goods_attr.no are both empty in the seed
    EXPECT_EQ(l.title, QStringLiteral("cce"));
    EXPECT_EQ(l.attributes, QStringLiteral("颜色:黑色"));
    EXPECT_EQ(l.quantity, 1);
    EXPECT_EQ(l.unitPrice.fen(), 100);
    EXPECT_EQ(l.amount.fen(), 100);
    EXPECT_EQ(l.refundStatus, QString());
    EXPECT_FALSE(l.underRefund());
}

TEST(MallMapper, CodCancelPickupCouponsAndRefunds)
{
    json j = seedJson();
    j["pay_type"] = 2;
    j["is_pay"] = 0;
    j["pay_time"] = "0000-00-00 00:00:00";
    j["send_type"] = 1;
    j["member_discount_price"] = "1.10";
    j["coupon_discount_price"] = "2.00";
    j["integral_deduction_price"] = 1; // JSON integer: yuan
    j["total_goods_original_price"] = "10.00";
    j["total_goods_price"] = "5.90";
    j["seller_remark"] = "老客户";
    j["remark"] = "周末送";
    MappedPush m = mapOk(j);
    EXPECT_TRUE(m.trade.cod);
    EXPECT_FALSE(m.trade.paid);
    EXPECT_EQ(m.trade.payTime, QString());
    EXPECT_EQ(m.trade.platformStatus, QStringLiteral("WAIT_SELLER_SEND_GOODS"));
    EXPECT_EQ(m.trade.discount.fen(), 110 + 200 + 100);
    EXPECT_EQ(m.trade.buyerMemo, QStringLiteral("周末送"));
    EXPECT_TRUE(m.trade.sellerMemo.startsWith(QStringLiteral("老客户")));
    EXPECT_TRUE(m.trade.sellerMemo.contains(QStringLiteral("[Cash on delivery]")));
    EXPECT_TRUE(m.trade.sellerMemo.contains(QStringLiteral("[Self-pickup]")));

    json c = seedJson();
    c["cancel_status"] = 1;
    c["cancel_time"] = "2025-03-21 10:00:00";
    EXPECT_TRUE(mapOk(c).trade.closed);
    EXPECT_EQ(mapOk(c).trade.platformStatus, QStringLiteral("TRADE_CLOSED"));
    c["cancel_status"] = 2;
    EXPECT_FALSE(mapOk(c).trade.closed);
    EXPECT_TRUE(mapOk(c).trade.sellerMemo.contains(QStringLiteral("[Buyer asked to cancel]")));

    json s = seedJson();
    s["is_send"] = 1;
    s["express"] = "顺丰速运";
    EXPECT_EQ(mapOk(s).trade.platformStatus, QStringLiteral("WAIT_BUYER_CONFIRM_GOODS"));
    s["is_confirm"] = 1;
    EXPECT_EQ(mapOk(s).trade.platformStatus, QStringLiteral("TRADE_FINISHED"));
    json u = seedJson();
    u["is_pay"] = 0;
    EXPECT_EQ(mapOk(u).trade.platformStatus, QStringLiteral("WAIT_BUYER_PAY"));

    // Two lines: one refunding (1 = in progress; back_price is an admin price change, not the refund),
    // one refunded (2 = after-sale ended, is_refund 1 = money went back).
    json r = seedJson();
    json second = r["detail"][0];
    second["id"] = 496878;
    second["goods_no"] = "G-002";
    second["goods_info"]["goods_attr"]["no"] = "SKU-IGNORED";
    second["attr_list"] = json::array({{{"attr_group_name", "颜色"}, {"attr_name", "黑色"}}, {{"attr_group_name", "尺码"}, {"attr_name", "XL"}}});
    second["num"] = 2;
    second["unit_price"] = "1.50";
    second["total_price"] = "3.00";
    second["refund_status"] = 2;
    second["is_refund"] = 1;
    r["detail"][0]["refund_status"] = 1;
    r["detail"][0]["back_price"] = "0.80";
    r["detail"][0]["goods_info"]["goods_attr"]["no"] = "SKU-001";
    r["detail"].push_back(second);
    MappedPush m2 = mapOk(r);
    ASSERT_EQ(m2.trade.lines.size(), 2u);
    EXPECT_EQ(m2.trade.lines[0].outerSkuId, QStringLiteral("SKU-001"));
    EXPECT_EQ(m2.trade.lines[0].refundStatus, QStringLiteral("WAIT_SELLER_AGREE"));
    EXPECT_TRUE(m2.trade.lines[0].underRefund());
    EXPECT_EQ(m2.trade.lines[1].outerSkuId, QStringLiteral("G-002")); // goods_no wins over goods_attr.no
    EXPECT_EQ(m2.trade.lines[1].attributes, QStringLiteral("颜色:黑色;尺码:XL"));
    EXPECT_EQ(m2.trade.lines[1].quantity, 2);
    EXPECT_EQ(m2.trade.lines[1].unitPrice.fen(), 150);
    EXPECT_EQ(m2.trade.lines[1].refundStatus, QStringLiteral("SUCCESS"));
    ASSERT_EQ(m2.refunds.size(), 2u);
    EXPECT_EQ(m2.refunds[0].refundId, QStringLiteral("20250320165809904355-496877"));
    EXPECT_EQ(m2.refunds[0].oid, QStringLiteral("496877"));
    EXPECT_EQ(m2.refunds[0].tid, QStringLiteral("20250320165809904355"));
    EXPECT_EQ(m2.refunds[0].amount.fen(), 100); // the line's price after discounts, not back_price
    EXPECT_EQ(m2.refunds[0].platformStatus, QStringLiteral("WAIT_SELLER_AGREE"));
    EXPECT_EQ(m2.refunds[0].refundPhase, QStringLiteral("onsale"));
    EXPECT_EQ(m2.refunds[1].refundId, QStringLiteral("20250320165809904355-496878"));
    EXPECT_EQ(m2.refunds[1].amount.fen(), 300);
    EXPECT_EQ(m2.refunds[1].platformStatus, QStringLiteral("SUCCESS"));
}

TEST(MallMapper, LenientWithNullsNumbersAndBadNestedJson)
{
    json j = seedJson();
    j["name"] = nullptr;
    j["express_price"] = nullptr;
    j["user"] = nullptr;
    j["order_no"] = 98765432109876543ULL; // an integer order number keeps every digit
    j["support_pay_types"] = "[\"balance\"";
    j["detail"][0]["form_data"] = "{bad";
    j["detail"][0]["goods_info"]["goods_attr"]["pic_list"] = "[{";
    MappedPush m = mapOk(j);
    EXPECT_EQ(m.trade.tid, QStringLiteral("98765432109876543"));
    EXPECT_EQ(m.trade.receiverName, QString());
    EXPECT_EQ(m.trade.freight.fen(), 0);
    EXPECT_EQ(m.trade.buyerNick, QString());
    // Three bad nested JSON texts, and the null freight leaves 1.00 + 0 ≠ 3.00 paid: named, not fixed.
    ASSERT_EQ(m.warnings.size(), 4);
    EXPECT_TRUE(m.warnings[3].contains(QStringLiteral("3.00"))) << m.warnings[3].toStdString();
    EXPECT_EQ(amountDifferenceFen(m.trade), -200);
}

TEST(MallMapper, RefusalsNameTheField)
{
    struct Case {
        const char *what;
        std::function<void(json &)> change;
        const char *code;
        const char *field;
    };
    const std::vector<Case> cases = {
        {"no order_no", [](json &j) { j.erase("order_no"); }, "push.missing_field", "order_no"},
        {"empty order_no", [](json &j) { j["order_no"] = "  "; }, "push.missing_field", "order_no"},
        {"no updated_at", [](json &j) { j.erase("updated_at"); }, "push.missing_field", "updated_at"},
        {"zero updated_at", [](json &j) { j["updated_at"] = "0000-00-00 00:00:00"; }, "push.missing_field", "updated_at"},
        {"bad updated_at", [](json &j) { j["updated_at"] = "2025-13-45 10:00:00"; }, "push.invalid_field", "updated_at"},
        {"bad pay_time", [](json &j) { j["pay_time"] = "2025-13-45"; }, "push.invalid_field", "pay_time"},
        {"no detail", [](json &j) { j.erase("detail"); }, "push.missing_field", "detail"},
        {"empty detail", [](json &j) { j["detail"] = json::array(); }, "push.invalid_field", "detail"},
        {"detail object", [](json &j) { j["detail"] = json::object(); }, "push.invalid_field", "detail"},
        {"no total_pay_price", [](json &j) { j.erase("total_pay_price"); }, "push.missing_field", "total_pay_price"},
        {"null total_pay_price", [](json &j) { j["total_pay_price"] = nullptr; }, "push.missing_field", "total_pay_price"},
        {"money abc", [](json &j) { j["total_pay_price"] = "abc"; }, "push.invalid_field", "total_pay_price"},
        {"money float", [](json &j) { j["total_pay_price"] = 3.0; }, "push.invalid_field", "total_pay_price"},
        {"money 3 places", [](json &j) { j["express_price"] = "2.001"; }, "push.invalid_field", "express_price"},
        {"line money", [](json &j) { j["detail"][0]["total_price"] = "1,00"; }, "push.invalid_field", "detail[0].total_price"},
        {"line num", [](json &j) { j["detail"][0]["num"] = 0; }, "push.invalid_field", "detail[0].num"},
        {"line without id", [](json &j) { j["detail"][0].erase("id"); }, "push.missing_field", "detail[0].id"},
        {"flag text", [](json &j) { j["is_pay"] = "yes"; }, "push.invalid_field", "is_pay"},
    };
    for (const Case &c : cases) {
        json j = seedJson();
        c.change(j);
        const Error e = mapErr(j);
        EXPECT_EQ(e.code, QString::fromLatin1(c.code)) << c.what;
        EXPECT_TRUE(e.message.contains(QStringLiteral("\"%1\"").arg(QString::fromLatin1(c.field)))) << c.what << ": " << e.message.toStdString();
    }
}

TEST(MallMapper, BodyParseErrors)
{
    EXPECT_EQ(parsePushBody("").error().code, QStringLiteral("push.empty"));
    EXPECT_EQ(parsePushBody("order_no=1&x=2").error().code, QStringLiteral("push.not_json"));
    const QByteArray seed = seedBytes();
    EXPECT_EQ(parsePushBody(seed.left(seed.size() / 2)).error().code, QStringLiteral("push.truncated"));
    EXPECT_EQ(parsePushBody("[1,2]").error().code, QStringLiteral("push.not_object"));
    // Found by the fuzzer in CI: a number literal overflowing a double made nlohmann throw out_of_range,
    // which was not caught and ended the receiver. It must be a clear refusal like any other bad body.
    const auto overflow = parsePushBody(R"({"order_no":"1","total_amount":38e1338264})");
    ASSERT_FALSE(overflow.ok());
    EXPECT_EQ(overflow.error().code, QStringLiteral("push.not_json"));
    EXPECT_FALSE(overflow.error().message.isEmpty());
    EXPECT_TRUE(parsePushBody(seed).ok());
}

TEST(MallSimulator, GeneratedOrdersHaveEverySeedFieldAndMapCleanly)
{
    MallSimulator sim(11);
    const json seed = seedJson();
    int cod = 0, pickup = 0, cancelled = 0, refunds = 0, multi = 0, discounted = 0, markedUp = 0, adminChanged = 0;
    for (int i = 1; i <= 300; ++i) {
        const json o = sim.randomOrder(i, QStringLiteral("2025-03-20 12:00:00"));
        for (auto it = seed.begin(); it != seed.end(); ++it)
            ASSERT_TRUE(o.contains(it.key())) << "missing " << it.key();
        for (auto it = seed["detail"][0].begin(); it != seed["detail"][0].end(); ++it)
            ASSERT_TRUE(o["detail"][0].contains(it.key())) << "missing detail." << it.key();
        auto m = mapMallOrder(o, 1);
        ASSERT_TRUE(m.ok()) << m.error().message.toStdString() << "\n" << o.dump();
        EXPECT_TRUE(m->warnings.isEmpty());
        EXPECT_EQ(m->trade.tid, MallSimulator::orderNo(i));
        EXPECT_FALSE(m->trade.receiverName.isEmpty());
        EXPECT_GE(m->trade.lines.size(), 1u);
        EXPECT_LE(m->trade.lines.size(), 5u);
        EXPECT_FALSE(m->trade.lines[0].attributes.isEmpty());
        // Built from the mall's model (not from the mapper), every order's amounts add up.
        EXPECT_EQ(amountDifferenceFen(m->trade), 0) << o.dump();
        EXPECT_EQ(m->trade.goodsTotal.toString().toStdString(), o["total_goods_original_price"].get<std::string>());
        discounted += m->trade.discount.fen() > 0;
        markedUp += m->trade.discount.fen() < 0;
        adminChanged += m->trade.discountDetail.contains(QStringLiteral("admin"));
        cod += m->trade.cod;
        pickup += m->trade.sellerMemo.contains(QStringLiteral("[Self-pickup]"));
        cancelled += m->trade.closed;
        refunds += !m->refunds.empty();
        multi += m->trade.lines.size() > 1;
    }
    EXPECT_GT(cod, 0);
    EXPECT_GT(pickup, 0);
    EXPECT_GT(cancelled, 0);
    EXPECT_GT(refunds, 0);
    EXPECT_GT(multi, 0);
    EXPECT_GT(discounted, 0);
    EXPECT_GT(markedUp, 0);
    EXPECT_GT(adminChanged, 0);
}

TEST(MallMapper, AddressSplitBuyerIdPaymentAndPoints)
{
    json j = goldenJson("mall_discounted.json");
    j["address"] = "上海上海市浦东新区滨江大道 88 号 1201 室";
    j["use_integral_num"] = 40;
    j["pay_type"] = 3;
    const Trade t = mapOk(j).trade;
    EXPECT_EQ(t.receiverState, QStringLiteral("上海市"));
    EXPECT_EQ(t.receiverCity, QStringLiteral("上海市"));
    EXPECT_EQ(t.receiverDistrict, QStringLiteral("浦东新区"));
    EXPECT_EQ(t.receiverAddress, QStringLiteral("滨江大道 88 号 1201 室"));
    EXPECT_EQ(t.buyerId, QStringLiteral("594847"));
    EXPECT_EQ(t.payNo, QStringLiteral("HM5d09e6d94181d719206d323914aa93"));
    EXPECT_EQ(t.payMethod, QStringLiteral("余额支付"));
    EXPECT_EQ(t.pointFee, 40);
    EXPECT_EQ(t.obtainPoint, 0);
    // An address the table cannot split stays whole, the three levels empty.
    j["address"] = "人民路 5 号";
    const Trade whole = mapOk(j).trade;
    EXPECT_EQ(whole.receiverAddress, QStringLiteral("人民路 5 号"));
    EXPECT_TRUE(whole.receiverState.isEmpty() && whole.receiverCity.isEmpty() && whole.receiverDistrict.isEmpty());
}
