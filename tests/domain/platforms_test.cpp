// The platform registry and the platform-change descriptions (no network, no database).
#include "intake/platformchanges.h"
#include "platforms/registry.h"
#include <gtest/gtest.h>

using namespace od;

TEST(Platforms, EveryKindIsRegisteredOnceWithItsCode)
{
    for (PlatformKind k : {PlatformKind::Top, PlatformKind::MallPush}) {
        const platforms::Platform &p = platforms::platformFor(k);
        EXPECT_EQ(p.kind(), k);
        EXPECT_EQ(p.code(), toKey(k));
        EXPECT_EQ(platforms::platformByCode(p.code()), &p);
        EXPECT_FALSE(p.label().isEmpty());
        const platforms::Capabilities c = p.capabilities();
        EXPECT_TRUE(c.pullOrders || c.pushOrders) << p.code().toStdString();
        EXPECT_GT(p.callLimits().maxPageSize, 0);
        EXPECT_GT(p.callLimits().maxWindowSecs, 0);
    }
    EXPECT_EQ(platforms::allPlatforms().size(), 2u);
    EXPECT_EQ(platforms::platformByCode(QStringLiteral("pdd")), nullptr);
}

TEST(Platforms, PullingPlatformsConnectAndPushingOnesAcceptPushes)
{
    Shop top;
    top.platform = PlatformKind::Top;
    top.name = QStringLiteral("淘宝店");
    const platforms::Platform &tp = platforms::platformFor(top);
    auto noEndpoint = tp.connect(top, {QStringLiteral("k"), "s", QStringLiteral("sess"), QString()}, {});
    ASSERT_FALSE(noEndpoint.ok());
    EXPECT_EQ(noEndpoint.error().code, QStringLiteral("top.endpoint"));
    top.endpoint = QStringLiteral("http://127.0.0.1:9/router/rest");
    auto badMethod = tp.connect(top, {QStringLiteral("k"), "s", QStringLiteral("sess"), QStringLiteral("rot13")}, {});
    ASSERT_FALSE(badMethod.ok());
    EXPECT_EQ(badMethod.error().code, QStringLiteral("top.sign_method"));
    auto client = tp.connect(top, {QStringLiteral("k"), "s", QStringLiteral("sess"), QStringLiteral("hmac-sha256")}, {});
    ASSERT_TRUE(client.ok());
    EXPECT_EQ((*client)->bannedUntilMs(), 0);
    EXPECT_TRUE(tp.errorIsPerTrade(Error(QStringLiteral("top.bad_data"), QString())));
    EXPECT_FALSE(tp.errorIsPerTrade(Error(QStringLiteral("top.session"), QString())));
    int status = 0;
    auto notPushed = tp.acceptPush(
        top, "{}", [] { return Result<QString>(QStringLiteral("x")); }, &status);
    ASSERT_FALSE(notPushed.ok());
    EXPECT_EQ(status, 404);

    Shop mall;
    mall.platform = PlatformKind::MallPush;
    mall.code = QStringLiteral("m1");
    mall.signScheme = QStringLiteral("none");
    const platforms::Platform &mp = platforms::platformFor(mall);
    EXPECT_FALSE(mp.connect(mall, {}, {}).ok());
    EXPECT_EQ(mp.pushAppKey(R"({"app_key":"abc","order_no":"1"})"), QStringLiteral("abc"));
    EXPECT_EQ(mp.pushAppKey("not json"), QString());
    auto unreadable = mp.acceptPush(
        mall, "{", [] { return Result<QString>(QStringLiteral("x")); }, &status);
    ASSERT_FALSE(unreadable.ok());
    EXPECT_EQ(status, 400);
    mall.signScheme = QStringLiteral("top_md5");
    auto noSecret = mp.acceptPush(
        mall, R"({"order_no":"1"})", [] { return Result<QString>(Error(QStringLiteral("secret.missing"), QStringLiteral("no"))); }, &status);
    ASSERT_FALSE(noSecret.ok());
    EXPECT_EQ(noSecret.error().code, QStringLiteral("push.no_secret"));
    EXPECT_EQ(status, 503);
}

namespace {
Trade converted()
{
    Trade t;
    t.tid = QStringLiteral("1001");
    t.platformStatus = QStringLiteral("WAIT_SELLER_SEND_GOODS");
    t.paid = true;
    t.receiverName = QStringLiteral("张三");
    t.receiverAddress = QStringLiteral("杭州市西湖区 1 号");
    t.paidAmount = Money::fromFen(1000);
    t.modified = QStringLiteral("2026-01-01 10:00:00");
    TradeLine l;
    l.oid = QStringLiteral("1");
    l.title = QStringLiteral("杯子");
    t.lines.push_back(l);
    return t;
}
} // namespace

TEST(PlatformChanges, OneSetOfKindsMostSignificantFirst)
{
    const Trade before = converted();
    Trade after = before;
    after.modified = QStringLiteral("2026-01-02 10:00:00");
    auto r = intake::describeChange(before, after);
    EXPECT_EQ(r.kind, intake::ChangeKind::Updated);
    EXPECT_EQ(intake::toKey(r.kind), QStringLiteral("platform_update"));

    after.receiverAddress = QStringLiteral("上海市 2 号");
    after.paidAmount = Money::fromFen(900);
    r = intake::describeChange(before, after);
    EXPECT_EQ(r.kind, intake::ChangeKind::AddressChanged);
    EXPECT_EQ(r.kinds.size(), 2u);
    EXPECT_TRUE(r.detail.contains(QStringLiteral("上海市 2 号")));
    EXPECT_TRUE(r.detail.contains(QStringLiteral("10.00")));
    EXPECT_TRUE(r.detail.contains(after.modified));

    after.lines[0].refundStatus = QStringLiteral("WAIT_SELLER_AGREE");
    EXPECT_EQ(intake::describeChange(before, after).kind, intake::ChangeKind::RefundOpened);
    after.closed = true;
    after.platformStatus = QStringLiteral("TRADE_CLOSED");
    EXPECT_EQ(intake::describeChange(before, after).kind, intake::ChangeKind::Closed);
    EXPECT_EQ(intake::describeChange(before, after, true).kind, intake::ChangeKind::Deleted);

    Trade finished = before;
    finished.platformStatus = QStringLiteral("TRADE_FINISHED");
    r = intake::describeChange(before, finished);
    EXPECT_EQ(r.kind, intake::ChangeKind::Finished);
    EXPECT_EQ(r.kinds.size(), 2u); // finished, and the status line

    PendingRefund pr;
    pr.refundId = QStringLiteral("R1");
    pr.oid = QStringLiteral("1");
    pr.amount = Money::fromFen(100);
    r = intake::describeChange(before, before, false, {pr});
    EXPECT_EQ(r.kind, intake::ChangeKind::RefundOpened);
    EXPECT_TRUE(r.detail.contains(QStringLiteral("R1")));

    for (auto k : {intake::ChangeKind::Deleted, intake::ChangeKind::Closed, intake::ChangeKind::RefundOpened, intake::ChangeKind::Finished,
                   intake::ChangeKind::AddressChanged, intake::ChangeKind::AmountChanged, intake::ChangeKind::Paid, intake::ChangeKind::StatusChanged,
                   intake::ChangeKind::Updated}) {
        EXPECT_EQ(intake::changeKindFromKey(intake::toKey(k)), k);
        EXPECT_FALSE(intake::label(k).isEmpty());
    }
}
