// The desk's own write-back (Backend::writeBackToPlatforms), as the desktop wires it: with a secret
// store (single desk, demo) a shipment or a refused refund goes straight to the shop's platform — here
// the TOP simulator on loopback; in team mode (no credentials on the desk) it goes through the
// gateway as a desk request, and is refused, order unchanged, when no gateway runs or answers.
// A refusal by the platform keeps the order unshipped (the refund pending) with the platform's error.
#include "backend.h"
#include "gateway/deskrequests.h"
#include "gateway/localservices.h"
#include "secrets/secretstore.h"
#include "sim/top/topsimulator.h"
#include "storage/sql.h"
#include "uitestutil.h"
#include "workflow/conversionservice.h"

#include <QSqlQuery>
#include <QtConcurrent>

namespace {

const Session kBoss{QStringLiteral("zuzhang"), QStringLiteral("组长"), od::Role::Supervisor};

QString text(od::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    QString out = q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    q.finish();
    return out;
}

// Backend calls run on a worker, as the pages run them; the GUI thread's event loop keeps running
// (the gateway's request runner lives on it).
od::Status onWorker(std::function<od::Status()> fn)
{
    QFuture<od::Status> f = QtConcurrent::run(std::move(fn));
    EXPECT_TRUE(uitest::waitFor([&] { return f.isFinished(); }, 90000));
    return f.result();
}

struct Platform {
    od::test::TestDb &t;
    od::top::TopSimulator sim;
    od::MemorySecretStore secrets;
    od::Shop shop;

    explicit Platform(od::test::TestDb &db) : t(db)
    {
        EXPECT_TRUE(sim.start());
        shop.code = QStringLiteral("tb1");
        shop.name = QStringLiteral("淘宝旗舰店");
        shop.platform = od::PlatformKind::Top;
        shop.appKey = sim.options().appKey;
        shop.endpoint = sim.url();
        shop.secretRef = QStringLiteral("shop/tb1");
        auto id = od::ShopRepository(t.db()).create(shop);
        EXPECT_TRUE(id.ok());
        shop.id = id.ok() ? id.value() : 0;
        (void)secrets.set(shop.secretRef, QString::fromUtf8(sim.options().secret));
        (void)secrets.set(shop.secretRef + QStringLiteral(".session"), sim.options().sessions.first());
    }

    // A paid trade at the simulator, downloaded, converted and confirmed: the sales order's id and tid.
    std::pair<int64_t, QString> confirmedOrder(Backend &desk)
    {
        const QDateTime now = QDateTime::currentDateTime();
        const QString tid = sim.store().addTrades(1, now.addSecs(-600), now.addSecs(-600)).first();
        sim.store().pay(tid);
        od::Trade tr = *sim.store().trade(tid);
        tr.shopId = shop.id;
        tr.paid = true;
        tr.cod = false;
        tr.closed = false;
        tr.platformStatus = QStringLiteral("WAIT_SELLER_SEND_GOODS");
        for (od::TradeLine &l : tr.lines) {
            l.refundStatus = QStringLiteral("NO_REFUND");
            if (l.outerSkuId.trimmed().isEmpty())
                l.outerSkuId = QStringLiteral("SIM-") + l.oid;
        }
        auto up = od::TradeRepository(t.db()).upsert({tr});
        EXPECT_TRUE(up.ok());
        auto order = od::ConversionService(t.db()).convertOne({kBoss.login, kBoss.role}, up.ok() ? up.value().at(0).tradeId : 0);
        EXPECT_TRUE(order.ok()) << (order.ok() ? "" : order.error().message.toStdString());
        const int64_t id = order.ok() ? order.value() : 0;
        EXPECT_TRUE(desk.confirmOrder(id).ok());
        return {id, tid};
    }

    // A refund the buyer asked for at the simulator, waiting on 待转入退单 (`version` as the desk has it).
    int64_t pendingRefund(const QString &tid, const QString &version = {})
    {
        const auto refundId = sim.store().refundLine(tid);
        EXPECT_TRUE(refundId.has_value());
        const od::top::SimRefund r = *sim.store().refund(*refundId);
        QSqlQuery q(t->connection());
        EXPECT_TRUE(od::sql::exec(q,
                                  QStringLiteral("INSERT INTO pending_refunds(shop_id, refund_id, tid, oid, amount_fen, reason, platform_status, "
                                                 "refund_phase, refund_version, created, modified, received_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
                                  {od::sql::v64(shop.id), r.refundId, r.tid, r.oid, od::sql::v64(r.amount.fen()), r.reason, r.status, r.phase,
                                   version.isEmpty() ? QString::number(r.version) : version, r.created, r.modified, od::sql::nowText()})
                        .ok());
        q.finish();
        auto id = od::sql::scalar(t->connection(), QStringLiteral("SELECT id FROM pending_refunds WHERE refund_id = ?"), {r.refundId});
        return id.ok() ? id.value() : 0;
    }
};

od::gateway::LocalServicesOptions gatewayOnly()
{
    od::gateway::LocalServicesOptions o;
    o.receiver = false;
    o.scheduler = false;
    o.crm = false;
    o.rules = false;
    o.requests = true;
    o.requestPollMs = 200;
    return o;
}

} // namespace

TEST(DeskWriteBack, SingleDeskShipsAndRefusesOnThePlatformAndKeepsWhatThePlatformRefused)
{
    od::test::TestDb t;
    Platform p(t);
    Backend desk(t.db());
    desk.setSession(kBoss);
    desk.setSecretStore(&p.secrets);
    desk.writeBackToPlatforms();

    auto [orderId, tid] = p.confirmedOrder(desk);
    ASSERT_GT(orderId, 0);
    od::Status st = onWorker([&, id = orderId] { return desk.shipOrder(id, QStringLiteral("SF"), QStringLiteral("SF7001")); });
    ASSERT_TRUE(st.ok()) << st.error().message.toStdString();
    const auto shipments = p.sim.store().shipments();
    ASSERT_EQ(shipments.size(), 1u);
    EXPECT_EQ(shipments[0].tid, tid);
    EXPECT_EQ(shipments[0].outSid, QStringLiteral("SF7001"));
    EXPECT_EQ(text(t.db(), QStringLiteral("SELECT ship_status FROM sales_orders WHERE id = %1").arg(orderId)), QStringLiteral("shipped"));

    // The buyer cancelled at the platform meanwhile: the platform refuses, the desk shows why and the
    // order stays unshipped, without the tracking number.
    auto [refusedId, refusedTid] = p.confirmedOrder(desk);
    ASSERT_TRUE(p.sim.store().cancel(refusedTid));
    st = onWorker([&, id = refusedId] { return desk.shipOrder(id, QStringLiteral("SF"), QStringLiteral("SF7002")); });
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().code, QStringLiteral("order.ship.writeback"));
    EXPECT_TRUE(st.error().message.contains(QStringLiteral("B04"))) << st.error().message.toStdString();
    EXPECT_EQ(text(t.db(), QStringLiteral("SELECT ship_status || '/' || tracking_no FROM sales_orders WHERE id = %1").arg(refusedId)),
              QStringLiteral("not_shipped/"));
    EXPECT_EQ(p.sim.store().shipments().size(), 1u);

    // A refund refused on the platform; one whose version changed there is refused by it and stays pending.
    const int64_t refund = p.pendingRefund(p.confirmedOrder(desk).second); // not shipped yet: the buyer may ask
    st = onWorker([&] { return desk.refuseRefund(refund, QStringLiteral("商品已发出")); });
    ASSERT_TRUE(st.ok()) << st.error().message.toStdString();
    EXPECT_EQ(text(t.db(), QStringLiteral("SELECT state FROM pending_refunds WHERE id = %1").arg(refund)), QStringLiteral("refused"));
    const int64_t stale = p.pendingRefund(p.confirmedOrder(desk).second, QStringLiteral("99"));
    st = onWorker([&] { return desk.refuseRefund(stale, QStringLiteral("商品已发出")); });
    ASSERT_FALSE(st.ok());
    EXPECT_TRUE(st.error().message.contains(QStringLiteral("version"))) << st.error().message.toStdString();
    EXPECT_EQ(text(t.db(), QStringLiteral("SELECT state FROM pending_refunds WHERE id = %1").arg(stale)), QStringLiteral("pending"));
}

TEST(DeskWriteBack, TeamModeSendsThroughTheGatewayAndSaysSoWhenNoneAnswers)
{
    od::test::TestDb t;
    Platform p(t);
    Backend desk(t.db()); // team mode: no secret store on this desk
    desk.setSession(kBoss);
    desk.writeBackToPlatforms(1500);
    auto [orderId, tid] = p.confirmedOrder(desk);
    ASSERT_GT(orderId, 0);
    const QString unshipped = QStringLiteral("SELECT ship_status FROM sales_orders WHERE id = %1").arg(orderId);

    if (t->isPostgres()) { // nobody holds the gateway lock: refused at once, nothing asked, nothing changed
        od::Status st = onWorker([&, id = orderId] { return desk.shipOrder(id, QStringLiteral("SF"), QStringLiteral("SF8001")); });
        ASSERT_FALSE(st.ok());
        EXPECT_TRUE(st.error().message.contains(QStringLiteral("no gateway is running"))) << st.error().message.toStdString();
        EXPECT_EQ(text(t.db(), QStringLiteral("SELECT COUNT(*) FROM desk_requests")), QStringLiteral("0"));
        EXPECT_EQ(text(t.db(), unshipped), QStringLiteral("not_shipped"));
    }
    std::unique_ptr<od::Database> lockConnection = t.another();
    if (t->isPostgres()) {
        QSqlQuery lock(lockConnection->connection());
        ASSERT_TRUE(lock.exec(QStringLiteral("SELECT pg_try_advisory_lock(7370020)")) && lock.next() && lock.value(0).toBool());
    }
    // A gateway that holds the lock but runs no requests: the desk gives up after its bound, withdraws
    // the request and says where to look.
    od::Status st = onWorker([&, id = orderId] { return desk.shipOrder(id, QStringLiteral("SF"), QStringLiteral("SF8001")); });
    ASSERT_FALSE(st.ok());
    EXPECT_TRUE(st.error().message.contains(QStringLiteral("did not answer"))) << st.error().message.toStdString();
    EXPECT_EQ(text(t.db(), QStringLiteral("SELECT state FROM desk_requests WHERE kind = 'write_back'")), QStringLiteral("cancelled"));
    EXPECT_EQ(text(t.db(), unshipped), QStringLiteral("not_shipped"));
    EXPECT_TRUE(p.sim.store().shipments().empty());

    // The gateway runs requests: the shipment reaches the platform through it.
    od::gateway::LocalServices gateway(t.db(), p.secrets, gatewayOnly());
    ASSERT_TRUE(gateway.start().ok());
    desk.writeBackToPlatforms(30000);
    st = onWorker([&, id = orderId] { return desk.shipOrder(id, QStringLiteral("SF"), QStringLiteral("SF8002")); });
    ASSERT_TRUE(st.ok()) << st.error().message.toStdString();
    const auto shipments = p.sim.store().shipments();
    ASSERT_EQ(shipments.size(), 1u);
    EXPECT_EQ(shipments[0].tid, tid);
    EXPECT_EQ(shipments[0].outSid, QStringLiteral("SF8002"));
    EXPECT_EQ(text(t.db(), unshipped), QStringLiteral("shipped"));
    EXPECT_EQ(text(t.db(), QStringLiteral("SELECT COUNT(*) FROM desk_requests WHERE kind = 'write_back' AND state = 'done' AND requested_by = 'zuzhang'")),
              QStringLiteral("1"));

    // A refusal the platform refuses comes back through the gateway with its reason; the refund stays pending.
    const int64_t stale = p.pendingRefund(p.confirmedOrder(desk).second, QStringLiteral("99"));
    st = onWorker([&] { return desk.refuseRefund(stale, QStringLiteral("商品已发出")); });
    ASSERT_FALSE(st.ok());
    EXPECT_TRUE(st.error().message.contains(QStringLiteral("version"))) << st.error().message.toStdString();
    EXPECT_EQ(text(t.db(), QStringLiteral("SELECT state FROM pending_refunds WHERE id = %1").arg(stale)), QStringLiteral("pending"));
    gateway.stop();
}
