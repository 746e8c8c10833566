// Access (issue 8, "Secrets and access": a user without the right cannot perform an action through
// any path): every core service entry point that takes a Session (or a role) is tried with each
// session lacking its right — nobody logged in, and the roles below the one it needs — on a target
// where the action would otherwise succeed. Each is refused (auth.no_session / auth.denied /
// crm.forbidden) and the database is unchanged.
#include "auth/userservice.h"
#include "crm/crmstore.h"
#include "dbsnapshot.h"
#include "settings/settingsservice.h"
#include "settings/shopservice.h"
#include "storage/sql.h"
#include "workflow/conversionservice.h"
#include "workflow/orderservice.h"
#include "workflow/refundservice.h"
#include "workflow/skumapping.h"
#include "workflowtestutil.h"

#include <functional>
#include <iostream>

using namespace od;

namespace {

using sql::v64;
const Session kNobody{};

struct Fixture {
    test::TestDb t;
    int64_t shop = wf::makeShop(t.db());
    RecordingWriteBack writeBack;
    OrderService orders{t.db(), writeBack};
    RefundService refunds{t.db(), writeBack};
    ConversionService conv{t.db()};
    UserService users{t.db()};
    int serial = 0;
    int64_t pendingTrade = 0, unconfirmed = 0, refundOrder = 0, onHold = 0, shipped = 0, warned = 0, pendingRefund = 0, returnOrder = 0;

    int64_t newOrder()
    {
        auto id = conv.convertOne(wf::kClerk, wf::storeOne(t.db(), wf::goodTrade(shop, ++serial)));
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : wf::msg(id.error()));
        return id.ok() ? id.value() : 0;
    }
    QString tidOf(int64_t orderId)
    {
        QSqlQuery q(t->connection());
        EXPECT_TRUE(sql::exec(q, QStringLiteral("SELECT tid FROM sales_orders WHERE id = ?"), {v64(orderId)}).ok() && q.next());
        return q.value(0).toString();
    }

    Fixture()
    {
        pendingTrade = wf::storeOne(t.db(), wf::goodTrade(shop, 900));
        unconfirmed = newOrder();
        onHold = newOrder();
        EXPECT_TRUE(orders.hold(wf::kClerk, onHold).ok());
        shipped = newOrder();
        EXPECT_TRUE(orders.confirm(wf::kClerk, shipped).ok());
        EXPECT_TRUE(orders.ship(wf::kClerk, shipped, QStringLiteral("YTO"), QStringLiteral("YT1")).ok());
        warned = newOrder();
        EXPECT_TRUE(OrderService::recordPlatformChange(t.db(), warned, QStringLiteral("platform_update"), QStringLiteral("x")).ok());
        refundOrder = newOrder();
        pendingRefund = wf::addPendingRefund(t.db(), shop, tidOf(refundOrder), QString(), 100, false, QStringLiteral("R1"));
        const int64_t back = wf::addPendingRefund(t.db(), shop, tidOf(shipped), QString(), 100, true, QStringLiteral("R2"));
        auto ro = refunds.convert(wf::kClerk, back);
        EXPECT_TRUE(ro.ok() && ro->returnOrderId > 0);
        returnOrder = ro.ok() ? ro->returnOrderId : 0;
        EXPECT_TRUE(users.create(kNobody, StaffUser{0, QStringLiteral("root"), QStringLiteral("管理员"), Role::Admin, true}, QStringLiteral("rootpass")).ok());
        EXPECT_TRUE(
            users.create(wf::kAdmin, StaffUser{0, QStringLiteral("clerk"), QStringLiteral("小王"), Role::Operator, true}, QStringLiteral("clerkpass")).ok());
        EXPECT_TRUE(SkuMappingService(t.db()).setMapping(wf::kClerk, shop, QStringLiteral("I1"), QString(), QStringLiteral("G1")).ok());
        QSqlQuery q(t->connection());
        EXPECT_TRUE(sql::exec(q, QStringLiteral("UPDATE crm_outbox SET state = 'failed', last_error = 'x' WHERE order_id = ?"), {v64(warned)}).ok());
    }
};

struct EntryPoint {
    const char *name;
    Right right;
    std::function<Status(const Session &)> call;
};

template <typename T> Status st(const Result<T> &r) { return r.ok() ? Status() : Status(r.error()); }

} // namespace

TEST(Access, EveryServiceEntryPointRefusesSessionsWithoutTheRight)
{
    Fixture fx;
    const std::vector<EntryPoint> entries = {
        {"ConversionService::convertOne", Right::Convert, [&](const Session &s) { return st(fx.conv.convertOne(s, fx.pendingTrade)); }},
        {"ConversionService::convert", Right::Convert, [&](const Session &s) { return st(fx.conv.convert(s, {fx.pendingTrade})); }},
        {"ConversionService::convertMatching", Right::Convert, [&](const Session &s) { return st(fx.conv.convertMatching(s, ListFilter{})); }},
        {"ConversionService::convertInTransaction", Right::Convert, [&](const Session &s) { return st(fx.conv.convertInTransaction(s, fx.pendingTrade)); }},
        {"OrderService::confirm", Right::Confirm, [&](const Session &s) { return fx.orders.confirm(s, fx.unconfirmed); }},
        {"OrderService::confirmMany", Right::Confirm, [&](const Session &s) { return st(fx.orders.confirmMany(s, {fx.unconfirmed})); }},
        {"OrderService::hold", Right::Hold, [&](const Session &s) { return fx.orders.hold(s, fx.unconfirmed, QStringLiteral("r")); }},
        {"OrderService::release", Right::Hold, [&](const Session &s) { return fx.orders.release(s, fx.onHold); }},
        {"OrderService::ship", Right::Ship, [&](const Session &s) { return fx.orders.ship(s, fx.unconfirmed, QStringLiteral("YTO"), QStringLiteral("YT9")); }},
        {"OrderService::cancel", Right::CancelOrder, [&](const Session &s) { return fx.orders.cancel(s, fx.unconfirmed, QStringLiteral("r")); }},
        {"OrderService::complete", Right::Ship, [&](const Session &s) { return fx.orders.complete(s, fx.shipped); }},
        {"OrderService::acknowledgeWarnings", Right::View, [&](const Session &s) { return fx.orders.acknowledgeWarnings(s, fx.warned); }},
        {"RefundService::convert", Right::ConvertRefund, [&](const Session &s) { return st(fx.refunds.convert(s, fx.pendingRefund)); }},
        {"RefundService::convertMany", Right::ConvertRefund, [&](const Session &s) { return st(fx.refunds.convertMany(s, {fx.pendingRefund})); }},
        {"RefundService::convertInTransaction", Right::ConvertRefund,
         [&](const Session &s) { return st(fx.refunds.convertInTransaction(s, fx.pendingRefund)); }},
        {"RefundService::refuse", Right::RefuseRefund, [&](const Session &s) { return fx.refunds.refuse(s, fx.pendingRefund, QStringLiteral("不同意")); }},
        {"RefundService::markProcessed", Right::MarkProcessed, [&](const Session &s) { return fx.refunds.markProcessed(s, fx.pendingRefund); }},
        {"RefundService::partialRefund", Right::PartialRefund,
         [&](const Session &s) { return st(fx.refunds.partialRefund(s, fx.unconfirmed, 10, QStringLiteral("r"))); }},
        {"RefundService::receiveReturn", Right::ReceiveReturn, [&](const Session &s) { return fx.refunds.receiveReturn(s, fx.returnOrder); }},
        {"SkuMappingService::setMapping", Right::EditSkuMapping,
         [&](const Session &s) { return SkuMappingService(fx.t.db()).setMapping(s, fx.shop, QStringLiteral("I2"), QString(), QStringLiteral("G2")); }},
        {"SkuMappingService::removeMapping", Right::EditSkuMapping,
         [&](const Session &s) { return SkuMappingService(fx.t.db()).removeMapping(s, fx.shop, QStringLiteral("I1"), QString()); }},
        {"UserService::create", Right::ManageUsers,
         [&](const Session &s) {
             return st(fx.users.create(s, StaffUser{0, QStringLiteral("li"), QStringLiteral("老李"), Role::Admin, true}, QStringLiteral("lipass1")));
         }},
        {"UserService::changeRole", Right::ManageUsers, [&](const Session &s) { return fx.users.changeRole(s, QStringLiteral("clerk"), Role::Admin); }},
        {"UserService::changePassword (another user's)", Right::ManageUsers,
         [&](const Session &s) { return fx.users.changePassword(s, QStringLiteral("root"), QStringLiteral("newpass1")); }},
        {"crm::retryFailed", Right::RetryCrm, [&](const Session &s) { return st(crm::retryFailed(fx.t.db(), s.role)); }},
        {"ShopService::save", Right::ManageShops,
         [&](const Session &s) {
             Shop shop;
             shop.code = QStringLiteral("m9");
             shop.name = QStringLiteral("商城");
             shop.platform = PlatformKind::MallPush;
             return st(ShopService(fx.t.db()).save(s, shop));
         }},
        {"ShopService::setEnabled", Right::ManageShops, [&](const Session &s) { return ShopService(fx.t.db()).setEnabled(s, fx.shop, false); }},
        {"ShopService::saveSchedules", Right::ManageShops,
         [&](const Session &s) {
             return ShopService(fx.t.db()).saveSchedules(s, fx.shop, {intake::Schedule{0, 0, QStringLiteral("orders"), 5, 0, true, {}}});
         }},
        {"SettingsService::saveReceiver", Right::ManageShops, [&](const Session &s) { return SettingsService(fx.t.db()).saveReceiver(s, ReceiverSettings{}); }},
        {"SettingsService::saveCrm", Right::ManageCrm,
         [&](const Session &s) {
             crm::CrmSettings c;
             c.gatewayUrl = QStringLiteral("http://127.0.0.1:9/api");
             return SettingsService(fx.t.db()).saveCrm(s, c);
         }},
    };
    const std::vector<Session> sessions = {kNobody, Session{QStringLiteral("clerk"), Role::Operator}, Session{QStringLiteral("boss"), Role::Supervisor}};
    int tried = 0;
    for (const EntryPoint &e : entries) {
        for (const Session &s : sessions) {
            // Nobody logged in lacks every right (crm::retryFailed takes a role only: skip it there).
            const bool lacks = s.login.isEmpty() ? e.right != Right::RetryCrm : !roleHas(s.role, e.right);
            if (!lacks)
                continue;
            ++tried;
            const auto before = rel::snapshot(fx.t.db());
            const Status r = e.call(s);
            const std::string who = s.login.isEmpty() ? std::string("nobody") : s.login.toStdString();
            ASSERT_FALSE(r.ok()) << e.name << " as " << who << " was allowed";
            const QString want = e.right == Right::RetryCrm ? QStringLiteral("crm.forbidden")
                : s.login.isEmpty()                         ? QStringLiteral("auth.no_session")
                                                            : QStringLiteral("auth.denied");
            EXPECT_EQ(r.error().code, want) << e.name << " as " << who << ": " << wf::msg(r.error());
            EXPECT_FALSE(r.error().message.isEmpty());
            EXPECT_EQ(rel::snapshot(fx.t.db()), before) << e.name << " as " << who << " changed the database";
        }
    }
    // The targets were real: with the right, the same calls go through (a few of them).
    EXPECT_TRUE(fx.orders.confirm(wf::kClerk, fx.unconfirmed).ok());
    EXPECT_TRUE(st(fx.conv.convertOne(wf::kClerk, fx.pendingTrade)).ok());
    EXPECT_TRUE(fx.refunds.receiveReturn(wf::kClerk, fx.returnOrder).ok());
    EXPECT_TRUE(fx.refunds.refuse(wf::kBoss, fx.pendingRefund, QStringLiteral("不同意")).ok());
    EXPECT_TRUE(st(crm::retryFailed(fx.t.db(), Role::Supervisor)).ok());
    EXPECT_TRUE(fx.users.changeRole(wf::kAdmin, QStringLiteral("clerk"), Role::Supervisor).ok());
    std::cout << "[ figures  ] " << test::backendName().toStdString() << ": " << entries.size() << " entry points, " << tried
              << " calls without the right, all refused, nothing changed\n";
}
