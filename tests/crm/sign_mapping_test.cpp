// The matrix sign (protocols.md §3 vector) and the outbox snapshot → wire mapping.
#include "crm/crmmapping.h"
#include "crm/matrixsign.h"
#include "crmfixture.h"
#include "testdb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace od;
using namespace od::crm;

TEST(MatrixSign, PublishedVector)
{
    const WireParams p{{"date", "2015-04-10 11:46:33"}, {"format", "json"},         {"method", "store.trade.update"},
                       {"pay_status", "PAY_FINISH"},    {"tid", "150410114677631"}, {"v", "1"}};
    EXPECT_EQ(matrixSign(p, "abc123"), QStringLiteral("87B329DE18E726988789FE5AB01D4A4B"));
    // The same through the typed (QVariantMap) form, and `sign` itself never counts.
    QVariantMap v;
    for (auto it = p.cbegin(); it != p.cend(); ++it)
        v.insert(it.key(), it.value());
    v.insert("sign", "whatever");
    EXPECT_EQ(matrixSign(v, "abc123"), QStringLiteral("87B329DE18E726988789FE5AB01D4A4B"));

    WireParams signedP = p;
    signRequest(signedP, "abc123");
    EXPECT_TRUE(matrixVerify(signedP, "abc123"));
    signedP["sign"] = signedP["sign"].toLower(); // hex case does not matter
    EXPECT_TRUE(matrixVerify(signedP, "abc123"));
    EXPECT_FALSE(matrixVerify(signedP, "abc124"));
    signedP["tid"] = "150410114677632";
    EXPECT_FALSE(matrixVerify(signedP, "abc123"));
    EXPECT_FALSE(matrixVerify(p, "abc123")); // no sign at all
}

TEST(MatrixSign, AssembleRules)
{
    QVariantMap v{{"b", QString()}, {"a", ""}, {"c", true}, {"d", false}, {"n", QVariant()}, {"m", QVariantMap{{"y", "2"}, {"x", "1"}}}, {"z", 5}};
    // Null skipped, empty kept, booleans 1/0, nested maps recursively, keys in byte order.
    EXPECT_EQ(matrixAssemble(v), QByteArray("abc1d0mx1y2z5"));
    const WireParams form{{"k", ""}, {"sign", "X"}, {"é", "1"}, {"z", "2"}};
    EXPECT_EQ(matrixAssemble(form), QByteArray("kz2") + QByteArray("é1"));
    EXPECT_TRUE(constantTimeEquals("ABC", "ABC"));
    EXPECT_FALSE(constantTimeEquals("ABC", "ABD"));
    EXPECT_FALSE(constantTimeEquals("ABC", "ABCD"));
}

TEST(CrmMapping, StatusKeys)
{
    EXPECT_EQ(wireTradeStatus("cancelled"), "TRADE_CLOSED");
    EXPECT_EQ(wireTradeStatus("completed"), "TRADE_FINISHED");
    EXPECT_EQ(wireTradeStatus("confirmed"), "TRADE_ACTIVE");
    EXPECT_EQ(wireTradeStatus("shipped"), "TRADE_ACTIVE");
    EXPECT_EQ(wirePayStatus("paid"), "PAY_FINISH");
    EXPECT_EQ(wirePayStatus("part_refunded"), "REFUND_PART");
    EXPECT_EQ(wirePayStatus("refunded"), "REFUND_ALL");
    EXPECT_EQ(wirePayStatus("unpaid"), "PAY_NO");
    EXPECT_EQ(wireShipStatus("shipped"), "SHIP_FINISH");
    EXPECT_EQ(wireShipStatus("part_returned"), "RESHIP_PART");
    EXPECT_EQ(wireShipStatus("returned"), "RESHIP_ALL");
    EXPECT_EQ(wireShipStatus("not_shipped"), "SHIP_NO");
}

TEST(CrmMapping, SnapshotToExactWireParams)
{
    test::FixtureOrder o{7, "9007199254740993123", "SO20250320-0007"};
    QJsonObject snap = test::lifecycleSnapshot(o, 3, 3); // refunded step: shipped, part_refunded
    snap["discount_fen"] = 305;
    snap["buyer_memo"] = "请尽快发货";
    snap["remarks"] = "VIP";
    CrmSettings s;
    s.gatewayUrl = "http://matrix.local/api";
    s.appId = "ecos.ome";
    s.certiId = "1234567";
    s.fromNodeId = "1001";
    s.toNodeId = "2002";
    s.callbackBase = "http://desk.local:8080/";
    const QString payload = QString::fromUtf8(QJsonDocument(snap).toJson(QJsonDocument::Compact));
    auto r = buildRequest(s, "store.trade.update", "0f0e-task", payload, "2025-03-20 12:00:00");
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    const WireParams p = r.value();
    const WireParams expected{
        {"app_id", "ecos.ome"},
        {"method", "store.trade.update"},
        {"date", "2025-03-20 12:00:00"},
        {"format", "json"},
        {"v", "1"},
        {"certi_id", "1234567"},
        {"from_node_id", "1001"},
        {"to_node_id", "2002"},
        {"node_type", "ecos.taocrm"},
        {"callback_url", "http://desk.local:8080/crm/callback/0f0e-task"},
        {"task", "0f0e-task"},
        {"tid", "9007199254740993123"},
        {"title", "纯棉T恤 3"},
        {"created", "2025-03-20 10:00:00"},
        {"modified", "2025-03-20 13:00:00"},
        {"lastmodify", "2025-03-20 13:00:00"},
        {"status", "TRADE_ACTIVE"},
        {"pay_status", "REFUND_PART"},
        {"ship_status", "SHIP_FINISH"},
        {"pay_time", ""},
        {"consign_time", ""},
        {"orders_number", "1"},
        // unit 22.90 ×2 = 45.80 goods; +8.00 freight −3.05 discount = 50.75; paid 45.80+8.00−3.00 = 50.80,
        // of which 22.90 was refunded: 27.90 stays paid
        {"total_goods_fee", "45.80"},
        {"total_trade_fee", "50.75"},
        {"discount_fee", "3.05"},
        {"payed_fee", "27.90"},
        {"shipping_fee", "8.00"},
        {"shipping_type", "SF"},
        {"shipping_tid", "SF"},
        {"payment_type", "online"},
        {"is_cod", "0"},
        {"receiver_name", "张三"},
        {"receiver_mobile", "13800138000"},
        {"receiver_state", "浙江省"},
        {"receiver_city", "杭州市"},
        {"receiver_district", "西湖区"},
        {"receiver_address", "文三路 100 号"},
        {"buyer_uname", "买家3"},
        {"buyer_mobile", ""},
        {"buyer_memo", "请尽快发货"},
        {"trade_memo", "VIP"},
        // shipped with SF, tracking number SF3: on the update as logi_* and logistics_*
        {"logi_no", "SF3"},
        {"logi_code", "SF"},
        {"logi_company", "顺丰速运"},
        {"logistics_no", "SF3"},
        {"logistics_code", "SF"},
        {"logistics_company", "顺丰速运"},
        // facts this snapshot does not carry: empty, and 0 points
        {"buyer_id", ""},
        {"receiver_zip", ""},
        {"receiver_phone", ""},
        {"point_fee", "0"},
        {"buyer_obtain_point_fee", "0"},
        {"payment_lists",
         R"({"payment_list":[{"buyer_id":"","currency":"CNY","currency_fee":"50.80","pay_fee":"50.80",)"
         R"("pay_time":"","pay_type":"online","payment_id":"","payment_name":"","status":"PAY_FINISH",)"
         R"("t_end":"","tid":"9007199254740993123"}]})"},
        {"orders",
         R"({"order":[{"bn":"SKU-3","consign_time":"","discount_fee":"0.00","iid":"","items_num":"2","oid":"900719925474099312301",)"
         R"("order_items":{"item":[{"bn":"SKU-3","discount_fee":"0.00","iid":"","item_status":"normal","item_type":"product","name":"纯棉T恤 3",)"
         R"("num":"2","price":"22.90","sale_price":"45.80","sendnum":"2","sku_id":"","sku_properties":"颜色:白色;尺码:L",)"
         R"("total_item_fee":"45.80"}]},"orders_bn":"SKU-3","price":"22.90","refund_fee":"22.90","sku_id":"",)"
         R"("status":"REFUND_PART","title":"纯棉T恤 3","total_order_fee":"45.80","type":"goods"}]})"},
    };
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        EXPECT_EQ(p.value(it.key()), it.value()) << it.key().toStdString();
    EXPECT_EQ(p.keys(), expected.keys());

    WireParams sp = p;
    signRequest(sp, "tok");
    EXPECT_TRUE(matrixVerify(formDecode(formEncode(sp)), "tok")) << "the form round-trips with its sign";
    EXPECT_FALSE(buildRequest(s, "store.trade.add", "t", "not json", "2025-03-20 12:00:00").ok());
    EXPECT_EQ(buildRequest(s, "store.trade.add", "t", "{}", "2025-03-20 12:00:00").error().code, "crm.payload");
}

TEST(CrmMapping, SettingsRoundTripWithoutToken)
{
    test::TestDb t;
    CrmSettings s;
    s.gatewayUrl = "http://matrix.local/api";
    s.certiId = "42";
    s.toNodeId = "n2";
    s.callbackBase = "http://desk:1";
    ASSERT_TRUE(saveCrmSettings(t.db(), s).ok());
    auto back = loadCrmSettings(t.db());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->gatewayUrl, s.gatewayUrl);
    EXPECT_EQ(back->appId, "ecos.ome");
    EXPECT_EQ(back->certiId, "42");
    EXPECT_EQ(back->toNodeId, "n2");
    EXPECT_EQ(back->callbackUrl("abc"), "http://desk:1/crm/callback/abc");
}

// The fields a CRM reads, event by event, for a TOP order and a mall order (docs/protocols/crm.md):
// the shop's created / pay_time, consign_time and carrier once shipped, payed_fee net of refunds,
// the buyer's mobile, the region, per-line refund and status.
TEST(CrmMapping, FullOrderFieldsThroughTheLifecycle)
{
    struct Step {
        const char *name, *pay, *ship, *status;
        qint64 refunded; // order total refunded
        qint64 lineRefunded; // of the first line
        bool cancelled; // first line cancelled
        const char *payStatus, *shipStatus, *tradeStatus, *payed;
    };
    // goods 59.00 − discount 12.00 + freight 8.00 = paid 55.00 (two lines: 39.00 and 20.00)
    const Step steps[] = {
        {"add", "unpaid", "not_shipped", "unconfirmed", 0, 0, false, "PAY_NO", "SHIP_NO", "TRADE_ACTIVE", "0.00"},
        {"pay", "paid", "not_shipped", "unconfirmed", 0, 0, false, "PAY_FINISH", "SHIP_NO", "TRADE_ACTIVE", "55.00"},
        {"ship", "paid", "shipped", "shipped", 0, 0, false, "PAY_FINISH", "SHIP_FINISH", "TRADE_ACTIVE", "55.00"},
        {"partial refund", "part_refunded", "shipped", "shipped", 1000, 1000, false, "REFUND_PART", "SHIP_FINISH", "TRADE_ACTIVE", "45.00"},
        {"full refund", "refunded", "not_shipped", "cancelled", 5500, 3900, true, "REFUND_ALL", "SHIP_NO", "TRADE_CLOSED", "0.00"},
    };
    struct Platform {
        const char *name, *tid, *created, *payTime, *mobile;
    };
    const Platform platforms[] = {{"top", "4000000000012345678", "2025-03-19 20:15:00", "2025-03-19 20:16:02", ""},
                                  {"mall", "20250321100000000001", "2025-03-21 09:59:00", "2025-03-21 09:59:30", "13912345678"}};
    for (const Platform &pf : platforms) {
        for (const Step &st : steps) {
            const bool shipped = QLatin1String(st.ship) == QLatin1String("shipped");
            QJsonObject l1{{"oid", QString::fromLatin1(pf.tid) + "1"},
                           {"sku_code", "TS-BLK"},
                           {"title", "纯棉圆领T恤"},
                           {"attributes", "颜色:黑色"},
                           {"quantity", 2},
                           {"unit_fen", 1950},
                           {"amount_fen", 3900},
                           {"cancelled", st.cancelled},
                           {"refunded_fen", st.lineRefunded}};
            QJsonObject l2{{"oid", QString::fromLatin1(pf.tid) + "2"},
                           {"sku_code", "TEA-250"},
                           {"title", "有机绿茶"},
                           {"attributes", ""},
                           {"quantity", 1},
                           {"unit_fen", 2000},
                           {"amount_fen", 2000},
                           {"cancelled", false},
                           {"refunded_fen", 0}};
            QJsonObject snap{{"order_no", "SO1"},
                             {"tid", pf.tid},
                             {"shop_id", "1"},
                             {"created_at", "2025-03-22 08:00:00"},
                             {"updated_at", "2025-03-22 09:00:00"},
                             {"status", st.status},
                             {"on_hold", false},
                             {"pay_status", st.pay},
                             {"ship_status", st.ship},
                             {"buyer_nick", "买家"},
                             {"receiver_name", "张三"},
                             {"receiver_mobile", "13800138000"},
                             {"receiver_state", "浙江省"},
                             {"receiver_city", "杭州市"},
                             {"receiver_district", "西湖区"},
                             {"receiver_address", "文三路 100 号"},
                             {"goods_fen", 5900},
                             {"freight_fen", 800},
                             {"discount_fen", 1200},
                             {"paid_fen", QLatin1String(st.pay) == QLatin1String("unpaid") ? 0 : 5500},
                             {"refunded_fen", st.refunded},
                             {"is_cod", false},
                             {"express_company", shipped ? "ZTO" : ""},
                             {"tracking_no", shipped ? "ZT7845120036" : ""},
                             {"buyer_memo", ""},
                             {"remarks", ""},
                             {"platform_created", pf.created},
                             {"platform_modified", pf.created},
                             {"pay_time", pf.payTime},
                             {"buyer_mobile", pf.mobile},
                             {"shipped_at", shipped ? "2025-03-22 09:00:00" : ""},
                             {"lines", QJsonArray{l1, l2}}};
            auto r = snapshotParams(QString::fromUtf8(QJsonDocument(snap).toJson(QJsonDocument::Compact)));
            ASSERT_TRUE(r.ok()) << pf.name << " " << st.name;
            const WireParams p = r.value();
            const std::string at = std::string(pf.name) + " / " + st.name;
            EXPECT_EQ(p.value("created"), pf.created) << at;
            EXPECT_EQ(p.value("modified"), "2025-03-22 09:00:00") << at;
            EXPECT_EQ(p.value("pay_time"), QLatin1String(st.pay) == QLatin1String("unpaid") ? "" : pf.payTime) << at;
            EXPECT_EQ(p.value("consign_time"), shipped ? "2025-03-22 09:00:00" : "") << at;
            EXPECT_EQ(p.value("shipping_type"), shipped ? "ZTO" : "express") << at;
            EXPECT_EQ(p.value("shipping_tid"), shipped ? "ZTO" : "") << at;
            EXPECT_EQ(p.value("pay_status"), st.payStatus) << at;
            EXPECT_EQ(p.value("ship_status"), st.shipStatus) << at;
            EXPECT_EQ(p.value("status"), st.tradeStatus) << at;
            EXPECT_EQ(p.value("payed_fee"), st.payed) << at;
            EXPECT_EQ(p.value("total_goods_fee"), "59.00") << at;
            EXPECT_EQ(p.value("discount_fee"), "12.00") << at;
            EXPECT_EQ(p.value("total_trade_fee"), "55.00") << at;
            EXPECT_EQ(p.value("buyer_mobile"), pf.mobile) << at;
            EXPECT_EQ(p.value("receiver_state") + p.value("receiver_city") + p.value("receiver_district"), "浙江省杭州市西湖区") << at;
            EXPECT_EQ(p.value("orders_number"), "2") << at;
            const QJsonArray orders = QJsonDocument::fromJson(p.value("orders").toUtf8()).object().value("order").toArray();
            ASSERT_EQ(orders.size(), 2) << at;
            const QJsonObject o1 = orders.at(0).toObject();
            EXPECT_EQ(o1.value("refund_fee").toString(), Money::fromFen(st.lineRefunded).toString()) << at;
            EXPECT_EQ(o1.value("status").toString(), st.cancelled ? "TRADE_CLOSED" : st.lineRefunded > 0 ? "REFUND_PART" : "TRADE_ACTIVE") << at;
            EXPECT_EQ(o1.value("consign_time").toString(), shipped ? "2025-03-22 09:00:00" : "") << at;
            const QJsonObject item = o1.value("order_items").toObject().value("item").toArray().at(0).toObject();
            EXPECT_EQ(item.value("bn").toString(), "TS-BLK") << at;
            EXPECT_EQ(item.value("item_status").toString(), st.cancelled ? "cancel" : "normal") << at;
            EXPECT_EQ(item.value("sendnum").toString(), shipped && !st.cancelled ? "2" : "0") << at;
        }
    }
}
