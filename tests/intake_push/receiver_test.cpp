// The push receiver over real loopback HTTP: refusals kept with their reason, valid pushes between
// them accepted, app_key lookup, and changes to converted orders.
#include "pushtestutil.h"

#include <httplib.h>

using namespace od;
using namespace od::push;
using nlohmann::json;

namespace {
const QString kSecret = QStringLiteral("s3cret");

json seedVersion(const QString &orderNo, const QString &updatedAt)
{
    json j = seedJson();
    j["order_no"] = orderNo.toStdString();
    j["updated_at"] = updatedAt.toStdString();
    return j;
}
} // namespace

TEST(PushReceiver, BadPushesAreRefusedWithTheirReasonAndKept)
{
    ReceiverFixture f;
    ASSERT_TRUE(f.secrets.set(QStringLiteral("mall1"), kSecret).ok());
    const int64_t shop = makeMallShop(f.t.db(), QStringLiteral("mall1"), QStringLiteral("mall1"));
    f.start();
    const QString path = QStringLiteral("/push/mall1");
    int validSent = 0;
    auto sendValid = [&] {
        ++validSent;
        const json j = seedVersion(QStringLiteral("OK%1").arg(validSent), QStringLiteral("2025-03-20 16:58:12"));
        auto r = f.post(path, signedDump(j, kSecret));
        EXPECT_EQ(r.first, 200) << r.second;
        EXPECT_EQ(replyOf(r), json({{"code", 0}, {"msg", "success"}}));
    };

    struct Bad {
        const char *what;
        QString path;
        std::string body;
        QString code; // stable code, stored in search_text
        QString reasonHas; // in the stored reason and in the reply
    };
    std::string hugeBody(5 * 1024 * 1024, ' ');
    hugeBody.replace(0, 20, "{\"order_no\":\"HUGE1\",");
    json wrongSign = seedVersion(QStringLiteral("WS1"), QStringLiteral("2025-03-20 16:58:12"));
    const std::string wrongSigned = signedDump(wrongSign, QStringLiteral("not-the-secret"));
    const std::string truncated = signedDump(seedVersion(QStringLiteral("TR1"), QStringLiteral("2025-03-20 16:58:12")), kSecret);
    json noOrder = seedJson();
    noOrder.erase("order_no");
    json badMoney = seedVersion(QStringLiteral("BM1"), QStringLiteral("2025-03-20 16:58:12"));
    badMoney["total_pay_price"] = "abc";
    json badDate = seedVersion(QStringLiteral("BD1"), QStringLiteral("2025-03-20 16:58:12"));
    badDate["pay_time"] = "2025-13-45";
    const std::vector<Bad> bad = {
        {"wrong signature", path, wrongSigned, QStringLiteral("push.sign_mismatch"), QStringLiteral("Wrong signature")},
        {"unknown shop", QStringLiteral("/push/nosuchshop"), signedDump(seedJson(), kSecret), QStringLiteral("push.unknown_shop"),
         QStringLiteral("nosuchshop")},
        {"not JSON", path, "order_no=1&total=3.00", QStringLiteral("push.not_json"), QStringLiteral("not JSON")},
        {"truncated JSON", path, truncated.substr(0, truncated.size() - 40), QStringLiteral("push.truncated"), QStringLiteral("truncated")},
        {"5 MiB body", path, hugeBody, QStringLiteral("push.too_large"), QStringLiteral("too large")},
        {"missing order_no", path, signedDump(noOrder, kSecret), QStringLiteral("push.missing_field"), QStringLiteral("\"order_no\"")},
        {"money abc", path, signedDump(badMoney, kSecret), QStringLiteral("push.invalid_field"), QStringLiteral("\"total_pay_price\"")},
        {"date 2025-13-45", path, signedDump(badDate, kSecret), QStringLiteral("push.invalid_field"), QStringLiteral("\"pay_time\"")},
    };
    sendValid();
    for (const Bad &b : bad) {
        auto r = f.post(b.path, b.body);
        EXPECT_NE(r.first, 200) << b.what;
        const json reply = replyOf(r);
        ASSERT_TRUE(reply.is_object()) << b.what << ": " << r.second;
        EXPECT_EQ(reply["code"], 1) << b.what;
        EXPECT_TRUE(QString::fromStdString(reply["msg"].get<std::string>()).contains(b.reasonHas)) << b.what << ": " << r.second;
        sendValid();
    }
    EXPECT_EQ(f.receiver->counters().accepted.load(), validSent);
    EXPECT_EQ(f.receiver->counters().refused.load(), qint64(bad.size()));
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM trades WHERE shop_id = ?"), {QVariant::fromValue<qint64>(shop)}), validSent);

    QSqlQuery q(f.t->connection());
    ASSERT_TRUE(
        sql::exec(q, QStringLiteral("SELECT shop_code, remote, kind, reason, body, body_size, search_text, received_at FROM push_exceptions ORDER BY id"))
            .ok());
    size_t i = 0;
    while (q.next()) {
        ASSERT_LT(i, bad.size());
        const Bad &b = bad[i++];
        EXPECT_EQ(q.value(0).toString(), b.path.mid(6)) << b.what;
        EXPECT_TRUE(q.value(1).toString().startsWith(QStringLiteral("127.0.0.1:"))) << b.what;
        EXPECT_EQ(q.value(2).toString(), QStringLiteral("push"));
        EXPECT_TRUE(q.value(3).toString().contains(b.reasonHas)) << b.what << ": " << q.value(3).toString().toStdString();
        const QByteArray body = q.value(4).toByteArray();
        EXPECT_EQ(q.value(5).toLongLong(), qint64(b.body.size())) << b.what;
        if (b.body.size() > size_t(kMaxStoredBody)) {
            EXPECT_EQ(body.size(), kTruncatedBodyKeep) << b.what;
            EXPECT_EQ(body, QByteArray::fromStdString(b.body.substr(0, size_t(kTruncatedBodyKeep))));
        } else {
            EXPECT_EQ(body, QByteArray::fromStdString(b.body)) << b.what;
        }
        EXPECT_TRUE(q.value(6).toString().contains(b.code)) << b.what;
        EXPECT_FALSE(q.value(7).toString().isEmpty());
    }
    EXPECT_EQ(i, bad.size());
    // The refused big body is findable by the order number it named.
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM push_exceptions WHERE LOWER(search_text) LIKE '%huge1%'")), 1);
}

TEST(PushReceiver, AppKeyLookupDisabledShopsAndOtherSchemes)
{
    ReceiverFixture f;
    ASSERT_TRUE(f.secrets.set(QStringLiteral("k2"), kSecret).ok());
    makeMallShop(f.t.db(), QStringLiteral("mall2"), QStringLiteral("k2"), QStringLiteral("hmac_sha256"), QStringLiteral("APPKEY2"));
    makeMallShop(f.t.db(), QStringLiteral("lan"), QString(), QStringLiteral("none"));
    makeMallShop(f.t.db(), QStringLiteral("off"), QStringLiteral("k2"), QStringLiteral("top_md5"), QString(), false);
    Shop top;
    top.code = QStringLiteral("tb1");
    top.name = QStringLiteral("淘宝店");
    top.platform = PlatformKind::Top;
    ASSERT_TRUE(ShopRepository(f.t.db()).create(top).ok());
    f.start();
    const json order = seedJson();
    // Unknown code, but the app key (query or body) names the shop.
    EXPECT_EQ(replyOf(f.post(QStringLiteral("/push/whatever?app_key=APPKEY2"), signedDump(order, kSecret, QStringLiteral("hmac_sha256"))))["code"], 0);
    json withKey = order;
    withKey["order_no"] = "K2";
    withKey["app_key"] = "APPKEY2";
    EXPECT_EQ(replyOf(f.post(QStringLiteral("/push/other"), signedDump(withKey, kSecret, QStringLiteral("hmac_sha256"))))["code"], 0);
    // hmac shop refuses an md5 signature.
    EXPECT_EQ(replyOf(f.post(QStringLiteral("/push/mall2"), signedDump(order, kSecret)))["code"], 1);
    // "none": accepted without a signature (trusted LAN only).
    json unsignedOrder = order;
    unsignedOrder.erase("app_sign");
    EXPECT_EQ(replyOf(f.post(QStringLiteral("/push/lan"), unsignedOrder.dump()))["code"], 0);
    auto off = f.post(QStringLiteral("/push/off"), signedDump(order, kSecret));
    EXPECT_TRUE(QString::fromStdString(off.second).contains(QStringLiteral("disabled")));
    auto topReply = f.post(QStringLiteral("/push/tb1"), signedDump(order, kSecret));
    EXPECT_TRUE(QString::fromStdString(topReply.second).contains(QStringLiteral("does not receive pushed orders")));
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM trades")), 3);
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM push_exceptions")), 3);
}

TEST(PushReceiver, RepliesInTheConfiguredFormat)
{
    struct Case {
        QString format;
        std::string ok;
        std::string contentType;
    };
    const std::vector<Case> cases = {
        {QStringLiteral("code_msg"), R"({"code":0,"msg":"success"})", "application/json"},
        {QStringLiteral("rsp"), R"({"rsp":"succ"})", "application/json"},
        {QStringLiteral("plain"), "success", "text/plain"},
    };
    int serial = 0;
    for (const Case &c : cases) {
        SCOPED_TRACE(c.format.toStdString());
        ReceiverOptions o;
        o.replyFormat = c.format;
        ReceiverFixture f(o);
        ASSERT_TRUE(f.secrets.set(QStringLiteral("mall1"), kSecret).ok());
        makeMallShop(f.t.db(), QStringLiteral("mall1"), QStringLiteral("mall1"));
        f.start();
        httplib::Client client("127.0.0.1", f.port);
        const json order = seedVersion(QStringLiteral("RF%1").arg(++serial), QStringLiteral("2025-03-20 16:58:12"));
        auto accepted = client.Post("/push/mall1", signedDump(order, kSecret), "application/json");
        ASSERT_TRUE(accepted);
        EXPECT_EQ(accepted->status, 200);
        EXPECT_EQ(accepted->body, c.ok);
        EXPECT_NE(accepted->get_header_value("Content-Type").find(c.contentType), std::string::npos);
        auto refused = client.Post("/push/mall1", signedDump(order, QStringLiteral("wrong")), "application/json");
        ASSERT_TRUE(refused);
        if (c.format == QLatin1String("plain")) {
            EXPECT_EQ(refused->body.rfind("fail: ", 0), 0u) << refused->body;
        } else {
            const json r = json::parse(refused->body, nullptr, false);
            ASSERT_TRUE(r.is_object()) << refused->body;
            if (c.format == QLatin1String("rsp")) {
                EXPECT_EQ(r.value("rsp", ""), "fail");
                EXPECT_FALSE(r.value("res", "").empty());
            } else {
                EXPECT_EQ(r.value("code", -1), 1);
            }
        }
        EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM trades")), 1);
        EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM push_exceptions")), 1);
    }
}

TEST(PushReceiver, ExtraRoutesShareTheServer)
{
    ReceiverFixture f;
    ASSERT_TRUE(
        f.receiver->addPostRoute("/crm/callback", [](const httplib::Request &req, httplib::Response &res) { res.set_content("crm:" + req.body, "text/plain"); })
            .ok());
    f.start();
    EXPECT_EQ(f.post(QStringLiteral("/crm/callback"), "hi").second, "crm:hi");
    EXPECT_FALSE(f.receiver->addPostRoute("/late", [](const httplib::Request &, httplib::Response &) {}).ok());
}

TEST(PushReceiver, ChangesToConvertedOrdersBecomePlatformChanges)
{
    ReceiverFixture f;
    ASSERT_TRUE(f.secrets.set(QStringLiteral("m"), kSecret).ok());
    const int64_t shop = makeMallShop(f.t.db(), QStringLiteral("m"), QStringLiteral("m"));
    f.start();
    const QString tid = QStringLiteral("20250320165809904355");
    json v1 = seedJson();
    ASSERT_EQ(replyOf(f.post(QStringLiteral("/push/m"), signedDump(v1, kSecret)))["code"], 0);
    const int64_t orderId = convertTrade(f.t.db(), shop, tid);

    // A newer version with the line refunding: line_refund + warning + pending refund.
    json v2 = MallSimulator::changed(v1, QStringLiteral("2025-03-21 09:00:00"), false, 0, 1);
    ASSERT_EQ(replyOf(f.post(QStringLiteral("/push/m"), signedDump(v2, kSecret)))["code"], 0);
    EXPECT_EQ(
        f.count(QStringLiteral("SELECT COUNT(*) FROM platform_changes WHERE order_id = ? AND kind = 'line_refund'"), {QVariant::fromValue<qint64>(orderId)}),
        1);
    EXPECT_EQ(f.count(QStringLiteral("SELECT has_warning FROM sales_orders WHERE id = ?"), {QVariant::fromValue<qint64>(orderId)}), 1);
    EXPECT_EQ(
        f.count(QStringLiteral(
                    "SELECT COUNT(*) FROM pending_refunds WHERE shop_id = ? AND refund_id = ? AND oid = '496877' AND amount_fen = 100 AND state = 'pending'"),
                {QVariant::fromValue<qint64>(shop), tid + QStringLiteral("-496877")}),
        1);
    // The same version again, and an older one: nothing new.
    ASSERT_EQ(replyOf(f.post(QStringLiteral("/push/m"), signedDump(v2, kSecret)))["code"], 0);
    ASSERT_EQ(replyOf(f.post(QStringLiteral("/push/m"), signedDump(MallSimulator::changed(v1, QStringLiteral("2025-03-20 20:00:00"), true), kSecret)))["code"],
              0);
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM platform_changes")), 1);
    // The refund finishes, then the buyer cancels.
    json v3 = MallSimulator::changed(v2, QStringLiteral("2025-03-21 10:00:00"), false, 0, 2);
    ASSERT_EQ(replyOf(f.post(QStringLiteral("/push/m"), signedDump(v3, kSecret)))["code"], 0);
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM pending_refunds WHERE platform_status = 'SUCCESS' AND refund_version = '2025-03-21 10:00:00'")), 1);
    json v4 = MallSimulator::changed(v3, QStringLiteral("2025-03-21 11:00:00"), true);
    ASSERT_EQ(replyOf(f.post(QStringLiteral("/push/m"), signedDump(v4, kSecret)))["code"], 0);
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM platform_changes WHERE kind = 'buyer_cancel'")), 1);
    json v5 = v4;
    v5["updated_at"] = "2025-03-21 12:00:00";
    v5["cancel_status"] = 0;
    v5["detail"][0]["refund_status"] = 0;
    v5["seller_remark"] = "改地址";
    ASSERT_EQ(replyOf(f.post(QStringLiteral("/push/m"), signedDump(v5, kSecret)))["code"], 0);
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM platform_changes WHERE kind = 'platform_update'")), 1);
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM platform_changes")), 4);
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM trades")), 1);
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM push_exceptions")), 0);
}
