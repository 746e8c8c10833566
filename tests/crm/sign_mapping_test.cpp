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
    const WireParams p{{"date", "2015-04-10 11:46:33"}, {"format", "json"}, {"method", "store.trade.update"},
                       {"pay_status", "PAY_FINISH"}, {"tid", "150410114677631"}, {"v", "1"}};
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
    signedP["sign"] = signedP["sign"].toLower();  // hex case does not matter
    EXPECT_TRUE(matrixVerify(signedP, "abc123"));
    EXPECT_FALSE(matrixVerify(signedP, "abc124"));
    signedP["tid"] = "150410114677632";
    EXPECT_FALSE(matrixVerify(signedP, "abc123"));
    EXPECT_FALSE(matrixVerify(p, "abc123"));  // no sign at all
}

TEST(MatrixSign, AssembleRules)
{
    QVariantMap v{{"b", QString()}, {"a", ""}, {"c", true}, {"d", false}, {"n", QVariant()},
                  {"m", QVariantMap{{"y", "2"}, {"x", "1"}}}, {"z", 5}};
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
    QJsonObject snap = test::lifecycleSnapshot(o, 3, 3);  // refunded step: shipped, part_refunded
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
        {"app_id", "ecos.ome"}, {"method", "store.trade.update"}, {"date", "2025-03-20 12:00:00"}, {"format", "json"},
        {"v", "1"}, {"certi_id", "1234567"}, {"from_node_id", "1001"}, {"to_node_id", "2002"},
        {"node_type", "ecos.taocrm"}, {"callback_url", "http://desk.local:8080/crm/callback/0f0e-task"}, {"task", "0f0e-task"},
        {"tid", "9007199254740993123"}, {"title", "纯棉T恤 3"}, {"created", "2025-03-20 10:00:00"},
        {"modified", "2025-03-20 13:00:00"}, {"status", "TRADE_ACTIVE"}, {"pay_status", "REFUND_PART"},
        {"ship_status", "SHIP_FINISH"},
        // unit 22.90 ×2 = 45.80 goods; +8.00 freight −3.05 discount = 50.75; paid 45.80+8.00−3.00 = 50.80
        {"total_goods_fee", "45.80"}, {"total_trade_fee", "50.75"}, {"discount_fee", "3.05"}, {"payed_fee", "50.80"},
        {"shipping_fee", "8.00"}, {"shipping_type", "express"}, {"payment_type", "online"}, {"is_cod", "0"},
        {"receiver_name", "张三"}, {"receiver_mobile", "13800138000"}, {"receiver_state", "浙江省"},
        {"receiver_city", "杭州市"}, {"receiver_district", "西湖区"}, {"receiver_address", "文三路 100 号"},
        {"buyer_uname", "买家3"}, {"buyer_memo", "请尽快发货"}, {"trade_memo", "VIP"},
        {"orders", R"({"order":[{"items_num":"2","oid":"900719925474099312301","order_items":{"item":[{"bn":"SKU-3",)"
                   R"("item_status":"normal","name":"纯棉T恤 3","num":"2","price":"22.90","sku_properties":"颜色:白色;尺码:L",)"
                   R"("total_item_fee":"45.80"}]},"orders_bn":"SKU-3","price":"22.90","title":"纯棉T恤 3","total_order_fee":"45.80"}]})"},
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
