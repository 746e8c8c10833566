#include "workflow/audit.h"
#include "workflow/conversionservice.h"
#include "workflow/orderservice.h"
#include "workflowtestutil.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace od;

namespace {
struct Fixture {
    test::TestDb t;
    int64_t shop = wf::makeShop(t.db());
    RecordingWriteBack writeBack;
    OrderService orders{t.db(), writeBack};

    int64_t newOrder(int serial)
    {
        Trade tr = wf::goodTrade(shop, serial);
        auto id = ConversionService(t.db()).convertOne(wf::kClerk, wf::storeOne(t.db(), tr));
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : wf::msg(id.error()));
        return id.ok() ? id.value() : 0;
    }
    QStringList events(int64_t orderId)
    {
        QStringList out;
        QSqlQuery q(t->connection());
        EXPECT_TRUE(
            sql::exec(q, QStringLiteral("SELECT seq, event FROM crm_outbox WHERE order_id = ? ORDER BY seq"), {QVariant::fromValue<qint64>(orderId)}).ok());
        int expected = 1;
        while (q.next()) {
            EXPECT_EQ(q.value(0).toInt(), expected++);
            out << q.value(1).toString();
        }
        return out;
    }
    QStringList auditActions(int64_t orderId)
    {
        QStringList out;
        const auto timeline = Audit::timeline(t.db(), QStringLiteral("sales_order"), QString::number(orderId));
        EXPECT_TRUE(timeline.ok());
        for (const AuditEntry &e : timeline.value())
            out << e.action;
        return out;
    }
};
} // namespace

TEST(Orders, LifecycleConfirmShipCompleteWithAuditOutboxAndVersion)
{
    Fixture f;
    const int64_t id = f.newOrder(1);
    EXPECT_EQ(f.orders.ship(wf::kClerk, id, QStringLiteral("SF"), QStringLiteral("SF1001")).error().code, QStringLiteral("order.ship.state"));
    EXPECT_EQ(f.orders.complete(wf::kClerk, id).error().code, QStringLiteral("order.complete.state"));
    EXPECT_EQ(f.orders.release(wf::kClerk, id).error().code, QStringLiteral("order.release.not_held"));
    ASSERT_TRUE(f.orders.confirm(wf::kClerk, id).ok());
    EXPECT_EQ(f.orders.confirm(wf::kClerk, id).error().code, QStringLiteral("order.confirm.state"));
    EXPECT_EQ(f.orders.ship(wf::kClerk, id, QStringLiteral("SF"), QStringLiteral(" ")).error().code, QStringLiteral("order.ship.tracking"));

    // A platform that refuses the shipment: nothing changes.
    f.writeBack.failNextWith(Error(QStringLiteral("top.error"), QStringLiteral("isv.logistics-offline-service-error")));
    auto refused = f.orders.ship(wf::kClerk, id, QStringLiteral("SF"), QStringLiteral("SF1001"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("order.ship.writeback"));
    EXPECT_EQ(f.orders.get(id)->status, OrderStatus::Confirmed);

    ASSERT_TRUE(f.orders.ship(wf::kClerk, id, QStringLiteral("SF"), QStringLiteral("SF1001")).ok());
    ASSERT_EQ(f.writeBack.calls().size(), 1u);
    EXPECT_EQ(f.writeBack.calls()[0].trackingOrReason, QStringLiteral("SF1001"));
    auto shipped = f.orders.get(id);
    EXPECT_EQ(shipped->status, OrderStatus::Shipped);
    EXPECT_EQ(shipped->ship, ShipStatus::Shipped);
    EXPECT_EQ(shipped->trackingNo, QStringLiteral("SF1001"));
    EXPECT_EQ(f.orders.hold(wf::kClerk, id).error().code, QStringLiteral("order.hold.state"));
    EXPECT_EQ(f.orders.cancel(wf::kBoss, id).error().code, QStringLiteral("order.cancel.state"));
    ASSERT_TRUE(f.orders.complete(wf::kClerk, id).ok());
    auto done = f.orders.get(id);
    EXPECT_EQ(done->status, OrderStatus::Completed);
    EXPECT_EQ(done->version, 4) << "created 1, confirm, ship, complete";

    EXPECT_EQ(f.events(id), (QStringList{QStringLiteral("created"), QStringLiteral("paid"), QStringLiteral("shipped"), QStringLiteral("finished")}));
    EXPECT_EQ(f.auditActions(id),
              (QStringList{QStringLiteral("trade.convert"), QStringLiteral("order.confirm"), QStringLiteral("order.ship"), QStringLiteral("order.complete")}));
    auto timeline = Audit::timeline(f.t.db(), QStringLiteral("sales_order"), QString::number(id)).value();
    const QJsonObject before = QJsonDocument::fromJson(timeline[2].before.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(timeline[2].after.toUtf8()).object();
    EXPECT_EQ(before.value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
    EXPECT_EQ(after.value(QStringLiteral("status")).toString(), QStringLiteral("shipped"));
    EXPECT_EQ(after.value(QStringLiteral("tracking_no")).toString(), QStringLiteral("SF1001"));
    EXPECT_TRUE(timeline[2].detail.contains(QStringLiteral("Recorded locally")));

    QSqlQuery q(f.t->connection());
    ASSERT_TRUE(
        sql::exec(q, QStringLiteral("SELECT payload FROM crm_outbox WHERE order_id = ? AND event = 'shipped'"), {QVariant::fromValue<qint64>(id)}).ok());
    ASSERT_TRUE(q.next());
    const QJsonObject payload = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    EXPECT_EQ(payload.value(QStringLiteral("status")).toString(), QStringLiteral("shipped"));
    EXPECT_EQ(payload.value(QStringLiteral("express_company")).toString(), QStringLiteral("SF"));
}

TEST(Orders, HoldReleaseAndCancelNeedsSupervisor)
{
    Fixture f;
    const int64_t id = f.newOrder(1);
    ASSERT_TRUE(f.orders.hold(wf::kClerk, id, QStringLiteral("客户要求延迟")).ok());
    EXPECT_EQ(f.orders.hold(wf::kClerk, id).error().code, QStringLiteral("order.hold.already"));
    EXPECT_EQ(f.orders.confirm(wf::kClerk, id).error().code, QStringLiteral("order.on_hold"));
    ASSERT_TRUE(f.orders.release(wf::kClerk, id).ok());
    ASSERT_TRUE(f.orders.confirm(wf::kClerk, id).ok());

    const int versionBefore = f.orders.get(id)->version;
    const qint64 auditBefore = wf::count(f.t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    auto denied = f.orders.cancel(wf::kClerk, id);
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, QStringLiteral("auth.denied"));
    EXPECT_TRUE(denied.error().message.contains(QStringLiteral("supervisor")));
    EXPECT_EQ(f.orders.get(id)->version, versionBefore);
    EXPECT_EQ(wf::count(f.t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);

    ASSERT_TRUE(f.orders.cancel(wf::kBoss, id, QStringLiteral("客户取消")).ok());
    EXPECT_EQ(f.orders.get(id)->status, OrderStatus::Cancelled);
    EXPECT_EQ(f.events(id).last(), QStringLiteral("cancelled"));
    EXPECT_EQ(f.orders.ship(wf::kClerk, id, QStringLiteral("SF"), QStringLiteral("1")).error().code, QStringLiteral("order.ship.state"));
    EXPECT_EQ(f.orders.get(987654).error().code, QStringLiteral("order.not_found"));
}

TEST(Orders, OpenRefundBlocksConfirmAndShip)
{
    Fixture f;
    const int64_t a = f.newOrder(1), b = f.newOrder(2);
    ASSERT_TRUE(f.orders.confirm(wf::kClerk, b).ok());
    auto ra = f.orders.get(a), rb = f.orders.get(b);
    wf::addPendingRefund(f.t.db(), f.shop, ra->tid, {}, 100, false, QStringLiteral("R-A"));
    wf::addPendingRefund(f.t.db(), f.shop, rb->tid, {}, 100, false, QStringLiteral("R-B"));
    auto c = f.orders.confirm(wf::kClerk, a);
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().code, QStringLiteral("order.open_refund"));
    EXPECT_TRUE(c.error().message.contains(QStringLiteral("refund")));
    EXPECT_EQ(f.orders.ship(wf::kClerk, b, QStringLiteral("SF"), QStringLiteral("1")).error().code, QStringLiteral("order.open_refund"));
    EXPECT_TRUE(f.writeBack.calls().empty()) << "nothing written back for a blocked shipment";
}

TEST(Orders, BatchConfirmReportsEach)
{
    Fixture f;
    const int64_t a = f.newOrder(1), b = f.newOrder(2), c = f.newOrder(3);
    ASSERT_TRUE(f.orders.hold(wf::kClerk, b).ok());
    auto r = f.orders.confirmMany(wf::kClerk, {a, b, c, 987654});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->succeeded(), 2);
    EXPECT_EQ(r->results[1].code, QStringLiteral("order.on_hold"));
    EXPECT_EQ(r->results[3].code, QStringLiteral("order.not_found"));
}

TEST(Orders, PlatformChangesAreWarningsUntilAcknowledged)
{
    Fixture f;
    const int64_t id = f.newOrder(1);
    {
        sql::Transaction tx(f.t->connection(), f.t->dialect());
        ASSERT_TRUE(tx.begin().ok());
        ASSERT_TRUE(OrderService::recordPlatformChange(f.t.db(), id, QStringLiteral("address"), QStringLiteral("收货地址已修改")).ok());
        ASSERT_TRUE(OrderService::recordPlatformChange(f.t.db(), id, QStringLiteral("buyer_cancel"), QStringLiteral("买家申请取消")).ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    auto w = f.orders.warnings(id);
    ASSERT_TRUE(w.ok());
    ASSERT_EQ(w->size(), 2u);
    EXPECT_FALSE(w->at(0).acknowledged);
    EXPECT_EQ(w->at(0).kind, QStringLiteral("address"));
    EXPECT_EQ(wf::count(f.t.db(), QStringLiteral("SELECT has_warning FROM sales_orders WHERE id = ?"), {QVariant::fromValue<qint64>(id)}), 1);
    ASSERT_TRUE(f.orders.acknowledgeWarnings(wf::kClerk, id).ok());
    EXPECT_EQ(wf::count(f.t.db(), QStringLiteral("SELECT has_warning FROM sales_orders WHERE id = ?"), {QVariant::fromValue<qint64>(id)}), 0);
    EXPECT_TRUE(f.orders.warnings(id)->at(0).acknowledged);
    EXPECT_TRUE(f.auditActions(id).contains(QStringLiteral("order.acknowledge_warnings")));
}
