// Write-back through the platform interface (PlatformsWriteBack → TopPlatform) against the TOP simulator over loopback: a shipped order of a TOP shop becomes an
// offline send on the platform, a refused refund a refusal whose answer is stored; mall shops get
// the recorded no-op.
#include "secrets/secretstore.h"
#include "storage/shoprepository.h"
#include "storage/sql.h"
#include "storage/traderepository.h"
#include "testdb.h"
#include "sim/top/topsimulator.h"
#include "workflow/platformwriteback.h"
#include "auth/session.h"
#include "workflow/conversionservice.h"
#include "workflow/orderservice.h"
#include "workflow/refundservice.h"
#include <QDateTime>
#include <gtest/gtest.h>

using namespace od;

namespace {

const Session kBoss{QStringLiteral("boss"), Role::Supervisor};

std::string msg(const Error &e) { return (e.code + QStringLiteral(": ") + e.message).toStdString(); }

struct Fixture {
    test::TestDb t;
    top::TopSimulator sim;
    MemorySecretStore secrets;
    RecordingWriteBack none;
    PlatformsWriteBack chooser{secrets, none};
    Shop shop;

    Fixture()
    {
        EXPECT_TRUE(sim.start());
        EXPECT_TRUE(secrets.set(QStringLiteral("tb1_secret"), QString::fromUtf8(sim.options().secret)).ok());
        EXPECT_TRUE(secrets.set(QStringLiteral("tb1_secret.session"), sim.options().sessions.first()).ok());
        shop.code = QStringLiteral("tb1");
        shop.name = QStringLiteral("淘宝旗舰店");
        shop.platform = PlatformKind::Top;
        shop.appKey = sim.options().appKey;
        shop.secretRef = QStringLiteral("tb1_secret");
        shop.endpoint = sim.url();
        auto id = ShopRepository(t.db()).create(shop);
        EXPECT_TRUE(id.ok());
        shop.id = id.ok() ? id.value() : 0;
    }

    // A paid trade of the simulator, imported and converted: the sales order id.
    std::pair<int64_t, Trade> paidOrder()
    {
        const QDateTime now = QDateTime::currentDateTime();
        const QString tid = sim.store().addTrades(1, now.addSecs(-600), now.addSecs(-600)).first();
        sim.store().pay(tid);
        Trade tr = *sim.store().trade(tid);
        tr.shopId = shop.id;
        tr.paid = true;
        tr.cod = false;
        tr.closed = false;
        tr.platformStatus = QStringLiteral("WAIT_SELLER_SEND_GOODS");
        for (TradeLine &l : tr.lines) {
            l.refundStatus = QStringLiteral("NO_REFUND");
            if (l.outerSkuId.trimmed().isEmpty())
                l.outerSkuId = QStringLiteral("SIM-") + l.oid;
        }
        auto up = TradeRepository(t.db()).upsert({tr});
        EXPECT_TRUE(up.ok()) << (up.ok() ? "" : msg(up.error()));
        auto order = ConversionService(t.db()).convertOne(kBoss, up.value().at(0).tradeId);
        EXPECT_TRUE(order.ok()) << (order.ok() ? "" : msg(order.error()));
        return {order.ok() ? order.value() : 0, tr};
    }
};

} // namespace

TEST(TopWriteBack, ShippingATopOrderSendsItOfflineOnThePlatform)
{
    Fixture f;
    ASSERT_TRUE(f.sim.store().trade(QStringLiteral("none")) == std::nullopt);
    auto [orderId, trade] = f.paidOrder();
    ASSERT_GT(orderId, 0);
    OrderService orders(f.t.db(), f.chooser);
    ASSERT_TRUE(orders.confirm(kBoss, orderId).ok());
    Status st = orders.ship(kBoss, orderId, QStringLiteral("SF"), QStringLiteral("SF1001"));
    ASSERT_TRUE(st.ok()) << msg(st.error());
    const auto shipments = f.sim.store().shipments();
    ASSERT_EQ(shipments.size(), 1u);
    EXPECT_EQ(shipments[0].tid, trade.tid);
    EXPECT_EQ(shipments[0].companyCode, QStringLiteral("SF"));
    EXPECT_EQ(shipments[0].outSid, QStringLiteral("SF1001"));
    EXPECT_EQ(f.sim.store().trade(trade.tid)->platformStatus, QStringLiteral("WAIT_BUYER_CONFIRM_GOODS"));
    EXPECT_TRUE(f.none.calls().empty());

    // The platform refuses a second shipment of the same trade: the error comes back to the workflow.
    auto again = f.chooser.shipped(f.shop, trade.tid, QStringLiteral("SF"), QStringLiteral("SF1002"));
    EXPECT_FALSE(again.ok());
    EXPECT_EQ(f.sim.store().shipments().size(), 1u);
}

TEST(TopWriteBack, RefusingARefundRecordsTheRefusalAndStoresTheAnswer)
{
    Fixture f;
    auto [orderId, trade] = f.paidOrder();
    ASSERT_GT(orderId, 0);
    auto refundId = f.sim.store().refundLine(trade.tid);
    ASSERT_TRUE(refundId.has_value());
    const top::SimRefund r = *f.sim.store().refund(*refundId);

    QSqlQuery q(f.t->connection());
    ASSERT_TRUE(sql::exec(q,
                          QStringLiteral("INSERT INTO pending_refunds(shop_id, refund_id, tid, oid, amount_fen, reason, goods_return, "
                                         "platform_status, refund_phase, refund_version, created, modified, state, received_at) "
                                         "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'pending',?) RETURNING id"),
                          {QVariant::fromValue<qint64>(f.shop.id), r.refundId, r.tid, r.oid, QVariant::fromValue<qint64>(r.amount.fen()), r.reason,
                           int(r.goodsReturn), r.status, r.phase, QString::number(r.version), r.created, r.modified, sql::nowText()})
                    .ok());
    ASSERT_TRUE(q.next());
    const int64_t pendingId = q.value(0).toLongLong();
    q.finish(); // SQLite: no statement left open on this connection

    RefundService refunds(f.t.db(), f.chooser);
    Status st = refunds.refuse(kBoss, pendingId, QStringLiteral("商品已发出"));
    ASSERT_TRUE(st.ok()) << msg(st.error());
    const top::SimRefund after = *f.sim.store().refund(r.refundId);
    EXPECT_EQ(after.status, QStringLiteral("SELLER_REFUSE_BUYER"));
    EXPECT_EQ(after.refuseMessage, QStringLiteral("商品已发出"));
    auto stored = refunds.pending(pendingId);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ((*stored)->state, RefundState::Refused);
    EXPECT_FALSE((*stored)->platformAnswer.isEmpty());
    EXPECT_FALSE((*stored)->platformAnswer.contains(QStringLiteral("Recorded locally")));
    EXPECT_TRUE(f.none.calls().empty());
}

TEST(TopWriteBack, MallShopsGetTheRecordedNoOpAndMissingSecretsAreErrors)
{
    Fixture f;
    Shop mall;
    mall.id = 99;
    mall.platform = PlatformKind::MallPush;
    auto answer = f.chooser.shipped(mall, QStringLiteral("M1"), QStringLiteral("SF"), QStringLiteral("SF1"));
    ASSERT_TRUE(answer.ok());
    ASSERT_EQ(f.none.calls().size(), 1u);
    EXPECT_EQ(f.sim.calls(), 0);

    Shop noSecret = f.shop;
    noSecret.secretRef = QStringLiteral("missing_ref");
    auto denied = f.chooser.shipped(noSecret, QStringLiteral("1"), QStringLiteral("SF"), QStringLiteral("SF1"));
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(f.sim.calls(), 0);
}
