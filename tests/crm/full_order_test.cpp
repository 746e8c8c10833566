// The CRM's full order end to end (issue #14): a TOP order (TOP simulator → TopClient → intake), a mall
// order (the mall's push → mapper → intake) and a cash-on-delivery order go through conversion and the
// workflow; the dispatcher delivers every event to the CRM simulator over loopback HTTP (answers
// "running", then a signed callback), and the test reads each event's parameters as the CRM got them:
// add, pay, ship (with the tracking number), partial refund, return, finish; full refund; cancel.
#include "crm/callbackhandler.h"
#include "sim/crm/crmsimulator.h"
#include "crm/crmstore.h"
#include "crm/dispatcher.h"
#include "crmfixture.h"
#include "intake/downloadservice.h"
#include "platforms/mall/mallmapper.h"
#include "push/pushstore.h"
#include "secrets/secretstore.h"
#include "storage/shoprepository.h"
#include "storage/sql.h"
#include "storage/traderepository.h"
#include "testdb.h"
#include "sim/top/topsimulator.h"
#include "workflow/platformwriteback.h"
#include "workflow/conversionservice.h"
#include "workflow/orderservice.h"
#include "workflow/refundservice.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <atomic>
#include <gtest/gtest.h>
#include <map>
#include <httplib.h>
#include <nlohmann/json.hpp>

using namespace od;
using namespace od::crm;

namespace {

const QString kToken = QStringLiteral("full-order-token");
const Session kBoss{QStringLiteral("boss"), Role::Supervisor};

std::string msg(const Error &e) { return (e.code + QStringLiteral(": ") + e.message).toStdString(); }
QVariant v64(qint64 x) { return QVariant::fromValue<qint64>(x); }

QJsonObject object(const QString &json) { return QJsonDocument::fromJson(json.toUtf8()).object(); }

// One platform: creates an order there and stores it in 待转入订单; reports it paid (cash on
// delivery) or finished, and lets intake see that. What the CRM must get comes back as `Expect`.
struct Expect {
    QString buyerId, zip, phone, pointFee, obtainPoint, payNo, payMethod, state, city, district;
    QString firstSkuId, firstIid, firstDiscount;
    qint64 totalFen = 0; // total_trade_fee: goods − discount + freight
    qint64 paidFen = 0; // what the platform says the buyer pays
};

class Platform {
public:
    virtual ~Platform() = default;
    virtual Shop shop() const = 0;
    // The tid of a new order stored in 待转入订单.
    virtual QString newOrder(bool cod, Expect &expect) = 0;
    virtual void reportPaid(const QString &tid) = 0; // the courier collected a COD order's money
    virtual void reportFinished(const QString &tid) = 0; // the buyer confirmed receipt
    virtual void intakeAgain(const QString &tid) = 0; // the same platform copy once more
};

class TopPlatform : public Platform {
public:
    explicit TopPlatform(Database &db) : m_db(db)
    {
        EXPECT_TRUE(m_sim.start());
        m_shop.code = QStringLiteral("tb-crm");
        m_shop.name = QStringLiteral("淘宝旗舰店");
        m_shop.platform = PlatformKind::Top;
        m_shop.appKey = m_sim.options().appKey;
        m_shop.secretRef = QStringLiteral("tb_crm_secret");
        m_shop.endpoint = m_sim.url();
        auto id = ShopRepository(db).create(m_shop);
        EXPECT_TRUE(id.ok());
        m_shop.id = id.ok() ? id.value() : 0;
    }
    const top::TopSimulator &sim() const { return m_sim; }
    Shop shop() const override { return m_shop; }
    platforms::Credentials credentials() const
    {
        return {m_sim.options().appKey, m_sim.options().secret, m_sim.options().sessions.first(), top::toKey(top::SignMethod::HmacSha256)};
    }

    QString newOrder(bool cod, Expect &e) override
    {
        const QDateTime now = QDateTime::currentDateTime();
        const QString tid = m_sim.store().addTrades(1, now.addSecs(-900), now.addSecs(-900)).first();
        EXPECT_TRUE(m_sim.store().edit(tid, [&](Trade &t) {
            t.cod = cod;
            t.paid = false;
            t.closed = false;
            t.payTime.clear();
            t.payNo.clear();
            t.platformStatus = cod ? QStringLiteral("WAIT_SELLER_SEND_GOODS") : QStringLiteral("WAIT_BUYER_PAY");
            t.receiverZip = QStringLiteral("310012");
            t.receiverPhone = QStringLiteral("0571-88886666");
            t.pointFee = 120;
            t.obtainPoint = 55;
            for (TradeLine &l : t.lines) {
                l.refundStatus.clear();
                if (l.outerSkuId.trimmed().isEmpty())
                    l.outerSkuId = QStringLiteral("SIM-") + l.oid;
            }
            t.lines.front().discount = Money::fromFen(300);
        }));
        if (!cod)
            EXPECT_TRUE(m_sim.store().pay(tid));
        download(tid);
        const Trade t = *m_sim.store().trade(tid);
        e.buyerId = t.buyerId;
        e.zip = QStringLiteral("310012");
        e.phone = QStringLiteral("0571-88886666");
        e.pointFee = QStringLiteral("120");
        e.obtainPoint = QStringLiteral("55");
        e.payNo = t.payNo; // empty for COD until the money comes
        e.payMethod = cod ? QStringLiteral("货到付款") : QStringLiteral("支付宝");
        e.state = t.receiverState;
        e.city = t.receiverCity;
        e.district = t.receiverDistrict;
        e.firstSkuId = t.lines.front().skuId;
        e.firstIid = t.lines.front().itemId;
        e.firstDiscount = QStringLiteral("3.00");
        e.totalFen = t.goodsTotal.fen() - t.discount.fen() + t.freight.fen();
        e.paidFen = t.paidAmount.fen();
        return tid;
    }
    void reportPaid(const QString &tid) override
    {
        EXPECT_TRUE(m_sim.store().collectCod(tid));
        download(tid);
    }
    void reportFinished(const QString &tid) override
    {
        EXPECT_TRUE(m_sim.store().confirmReceipt(tid));
        download(tid);
    }
    void intakeAgain(const QString &tid) override { download(tid); }
    QString payNo(const QString &tid) { return m_sim.store().trade(tid)->payNo; }

private:
    void download(const QString &tid)
    {
        platforms::ClientOptions o;
        o.backoffBaseMs = 10;
        o.backoffMaxMs = 100;
        intake::DownloadService svc(m_db, m_shop, credentials(), o);
        const intake::RunStats st = svc.downloadTids({tid});
        EXPECT_TRUE(st.ok) << st.error.toStdString();
    }
    Database &m_db;
    top::TopSimulator m_sim;
    Shop m_shop;
};

class MallPlatform : public Platform {
public:
    explicit MallPlatform(Database &db) : m_db(db)
    {
        m_shop.code = QStringLiteral("mall-crm");
        m_shop.name = QStringLiteral("小程序商城");
        m_shop.platform = PlatformKind::MallPush;
        auto id = ShopRepository(db).create(m_shop);
        EXPECT_TRUE(id.ok());
        m_shop.id = id.ok() ? id.value() : 0;
        QFile f(QStringLiteral(INTAKE_PUSH_DATA "/mall_discounted.json"));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray b = f.readAll();
        m_template = nlohmann::json::parse(b.constData(), b.constData() + b.size());
    }
    Shop shop() const override { return m_shop; }

    QString newOrder(bool cod, Expect &e) override
    {
        nlohmann::json o = m_template;
        const QString tid = QStringLiteral("2025032110000009%1").arg(++m_serial, 4, 10, QLatin1Char('0'));
        o["order_no"] = tid.toStdString();
        o["address"] = "浙江省杭州市西湖区文三路 100 号";
        o["use_integral_num"] = 30;
        o["pay_order_no"] = ("HM" + tid).toStdString();
        if (cod) {
            o["pay_type"] = 2;
            o["is_pay"] = 0;
            o["pay_time"] = "0000-00-00 00:00:00";
        }
        m_orders[tid] = o;
        push(tid);
        e.buyerId = QStringLiteral("594847"); // user_id
        e.pointFee = QStringLiteral("30");
        e.obtainPoint = QStringLiteral("0");
        e.payNo = QStringLiteral("HM") + tid;
        e.payMethod = cod ? QStringLiteral("货到付款") : QStringLiteral("在线支付");
        e.state = QStringLiteral("浙江省");
        e.city = QStringLiteral("杭州市");
        e.district = QStringLiteral("西湖区");
        auto stored = TradeRepository(m_db).findByTid(m_shop.id, tid);
        EXPECT_TRUE(stored.ok() && stored->has_value());
        const Trade &t = **stored;
        e.firstSkuId = t.lines.front().skuId;
        e.firstIid = t.lines.front().itemId;
        e.firstDiscount = t.lines.front().discount.toString();
        e.totalFen = 5500;
        e.paidFen = 5500;
        return tid;
    }
    void reportPaid(const QString &tid) override
    {
        nlohmann::json &o = m_orders[tid];
        o["is_pay"] = 1;
        o["pay_time"] = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toStdString();
        push(tid);
    }
    void reportFinished(const QString &tid) override
    {
        nlohmann::json &o = m_orders[tid];
        o["is_send"] = 1;
        o["express"] = "顺丰速运";
        o["express_no"] = "SF1234567890";
        o["is_confirm"] = 1;
        o["confirm_time"] = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toStdString();
        push(tid);
    }
    void intakeAgain(const QString &tid) override
    {
        auto mapped = push::mapMallOrder(m_orders[tid], m_shop.id);
        ASSERT_TRUE(mapped.ok());
        const auto r = push::PushStore(m_db).intakeBatch({&mapped.value()});
        ASSERT_TRUE(r.at(0).ok()) << msg(r.at(0).error());
    }

private:
    void push(const QString &tid)
    {
        nlohmann::json &o = m_orders[tid];
        // Every copy the mall pushes is newer than the one before.
        o["updated_at"] = QDateTime::fromString(QStringLiteral("2025-03-21 10:00:00"), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                              .addSecs(++m_clock)
                              .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                              .toStdString();
        intakeAgain(tid);
    }
    Database &m_db;
    Shop m_shop;
    nlohmann::json m_template;
    std::map<QString, nlohmann::json> m_orders;
    int m_serial = 0;
    int m_clock = 0;
};

struct Harness {
    test::TestDb t;
    CrmSimulator crm{kToken, 14};
    MemorySecretStore secrets;
    RecordingWriteBack none;
    PlatformsWriteBack chooser{secrets, none};
    std::atomic<CrmDispatcher *> dispatcherPtr{nullptr};
    std::unique_ptr<test::LoopbackServer> receiver;
    std::unique_ptr<CrmDispatcher> dispatcher;

    Harness()
    {
        EXPECT_TRUE(crm.start());
        crm.setMode(CrmSimulator::Mode::Running); // every event: "running", then a callback with data
        crm.setCallbackDelayMs(5);
        receiver = std::make_unique<test::LoopbackServer>([this](httplib::Server &s) {
            installCrmCallbackRoute(
                s, t.db(), [] { return kToken; },
                [this] {
                    if (CrmDispatcher *d = dispatcherPtr.load())
                        d->wake();
                });
        });
        CrmSettings s;
        s.gatewayUrl = crm.url();
        s.certiId = QStringLiteral("1234567");
        s.fromNodeId = QStringLiteral("1001");
        s.toNodeId = QStringLiteral("2002");
        s.callbackBase = receiver->base();
        DispatcherOptions o;
        o.pollMs = 50;
        o.transferTimeoutMs = 3000;
        o.callbackTimeoutMs = 5000;
        o.backoffBaseMs = 20;
        o.backoffCapMs = 200;
        dispatcher = std::make_unique<CrmDispatcher>(t.db(), s, kToken, o);
        dispatcherPtr = dispatcher.get();
        dispatcher->start();
    }
    ~Harness()
    {
        dispatcherPtr = nullptr;
        dispatcher->stop();
    }
    void connectTop(const TopPlatform &top)
    {
        EXPECT_TRUE(secrets.set(top.shop().secretRef, QString::fromUtf8(top.sim().options().secret)).ok());
        EXPECT_TRUE(secrets.set(top.shop().secretRef + QStringLiteral(".session"), top.sim().options().sessions.first()).ok());
    }

    qint64 scalar(const QString &q, const QVariantList &v = {}) { return sql::scalar(t->connection(), q, v).valueOr(-1); }

    // Every event delivered (done), and the CRM has applied `events` of this tid.
    QList<CrmSimulator::Received> delivered(const QString &tid, int events)
    {
        const bool ok = test::waitFor(
            [&] { return scalar(QStringLiteral("SELECT COUNT(*) FROM crm_outbox WHERE state <> 'done'")) == 0 && crm.received().value(tid).size() >= events; },
            60000);
        EXPECT_TRUE(ok) << "not delivered: " << tid.toStdString() << " wanted " << events << " got " << crm.received().value(tid).size() << ", open "
                        << scalar(QStringLiteral("SELECT COUNT(*) FROM crm_outbox WHERE state <> 'done'"));
        return crm.received().value(tid);
    }

    int64_t convert(const Shop &shop, const QString &tid)
    {
        auto tr = TradeRepository(t.db()).findByTid(shop.id, tid);
        EXPECT_TRUE(tr.ok() && tr->has_value());
        if (!tr.ok() || !tr->has_value())
            return 0;
        auto order = ConversionService(t.db()).convertOne(kBoss, (*tr)->id);
        EXPECT_TRUE(order.ok()) << (order.ok() ? "" : msg(order.error()));
        return order.ok() ? order.value() : 0;
    }

    int64_t pendingRefund(const Shop &shop, const QString &tid, const QString &oid, qint64 amountFen, bool goodsReturn)
    {
        static int serial = 0;
        QSqlQuery q(t->connection());
        const QString now = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        EXPECT_TRUE(sql::exec(q,
                              QStringLiteral("INSERT INTO pending_refunds(shop_id, refund_id, tid, oid, amount_fen, reason, goods_return, "
                                             "platform_status, refund_phase, refund_version, created, modified, state, received_at) "
                                             "VALUES (?,?,?,?,?,?,?,'WAIT_SELLER_AGREE',?,'1',?,?,'pending',?) RETURNING id"),
                              {v64(shop.id), QStringLiteral("R%1").arg(++serial), tid, oid, v64(amountFen), QStringLiteral("不想要了"), int(goodsReturn),
                               goodsReturn ? QStringLiteral("aftersale") : QStringLiteral("onsale"), now, now, now})
                        .ok());
        const int64_t id = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        return id;
    }
};

QJsonArray ordersOf(const WireParams &p) { return object(p.value("orders")).value("order").toArray(); }
QJsonArray paymentsOf(const WireParams &p) { return object(p.value("payment_lists")).value("payment_list").toArray(); }

// The fields every event carries, whatever happened.
void expectOrderFacts(const WireParams &p, const Expect &e, bool cod, const std::string &at)
{
    EXPECT_EQ(p.value("buyer_id"), e.buyerId) << at;
    EXPECT_FALSE(p.value("buyer_id").isEmpty()) << at;
    EXPECT_EQ(p.value("receiver_zip"), e.zip) << at;
    EXPECT_EQ(p.value("receiver_phone"), e.phone) << at;
    EXPECT_EQ(p.value("point_fee"), e.pointFee) << at;
    EXPECT_EQ(p.value("buyer_obtain_point_fee"), e.obtainPoint) << at;
    EXPECT_EQ(p.value("receiver_state"), e.state) << at;
    EXPECT_EQ(p.value("receiver_city"), e.city) << at;
    EXPECT_EQ(p.value("receiver_district"), e.district) << at;
    EXPECT_FALSE(p.value("receiver_state").isEmpty()) << at;
    EXPECT_EQ(p.value("is_cod"), cod ? "1" : "0") << at;
    EXPECT_EQ(p.value("total_trade_fee"), Money::fromFen(e.totalFen).toString()) << at;
    const QJsonArray orders = ordersOf(p);
    EXPECT_EQ(p.value("orders_number"), QString::number(orders.size())) << at;
    ASSERT_FALSE(orders.isEmpty()) << at;
    const QJsonObject first = orders.at(0).toObject();
    EXPECT_EQ(first.value("sku_id").toString(), e.firstSkuId) << at;
    EXPECT_EQ(first.value("iid").toString(), e.firstIid) << at;
    EXPECT_FALSE(first.value("iid").toString().isEmpty()) << at;
    EXPECT_EQ(first.value("discount_fee").toString(), e.firstDiscount) << at;
    const QJsonObject item = first.value("order_items").toObject().value("item").toArray().at(0).toObject();
    EXPECT_EQ(item.value("sku_id").toString(), e.firstSkuId) << at;
    EXPECT_EQ(item.value("iid").toString(), e.firstIid) << at;
    EXPECT_EQ(item.value("discount_fee").toString(), e.firstDiscount) << at;
}

void expectPayment(const WireParams &p, const Expect &e, const QString &payNo, qint64 paidFen, const std::string &at)
{
    const QJsonArray payments = paymentsOf(p);
    ASSERT_EQ(payments.size(), 1) << at;
    const QJsonObject pay = payments.at(0).toObject();
    EXPECT_EQ(pay.value("tid").toString(), p.value("tid")) << at;
    EXPECT_EQ(pay.value("payment_id").toString(), payNo) << at;
    EXPECT_FALSE(payNo.isEmpty()) << at;
    EXPECT_EQ(pay.value("pay_fee").toString(), Money::fromFen(paidFen).toString()) << at;
    EXPECT_EQ(pay.value("payment_name").toString(), e.payMethod) << at;
    EXPECT_EQ(pay.value("pay_time").toString(), p.value("pay_time")) << at;
    EXPECT_FALSE(p.value("pay_time").isEmpty()) << at;
    EXPECT_EQ(pay.value("status").toString(), "PAY_FINISH") << at;
}

// One platform's orders through every event. COD: the money comes after shipping (orderpay once);
// its full refund is of money received after delivery.
void runLifecycle(Harness &h, Platform &pf, bool cod, const std::function<QString(const QString &)> &payNoOf, const char *name)
{
    OrderService orders(h.t.db(), h.chooser);
    RefundService refunds(h.t.db(), h.chooser);
    const std::string at0 = name;

    // --- X: add (+ pay), ship, [paid on delivery], partial refund, return, finish.
    Expect e;
    const QString tid = pf.newOrder(cod, e);
    const int64_t orderId = h.convert(pf.shop(), tid);
    ASSERT_GT(orderId, 0) << at0;
    int events = cod ? 1 : 2;
    auto got = h.delivered(tid, events);
    ASSERT_EQ(got.size(), events) << at0;
    {
        const WireParams &add = got.at(0).params;
        const std::string at = at0 + " / add";
        EXPECT_EQ(got.at(0).method, "store.trade.add") << at;
        expectOrderFacts(add, e, cod, at);
        EXPECT_EQ(add.value("ship_status"), "SHIP_NO") << at;
        EXPECT_EQ(add.value("logi_no"), "") << at;
        if (cod) {
            EXPECT_EQ(add.value("pay_status"), "PAY_NO") << at;
            EXPECT_EQ(add.value("payed_fee"), "0.00") << at;
            EXPECT_EQ(add.value("pay_time"), "") << at;
            EXPECT_TRUE(paymentsOf(add).isEmpty()) << at;
            EXPECT_EQ(add.value("payment_type"), "cod") << at;
        } else {
            const WireParams &pay = got.at(1).params;
            EXPECT_EQ(got.at(1).method, "store.trade.update") << at;
            EXPECT_EQ(pay.value("pay_status"), "PAY_FINISH") << at;
            EXPECT_EQ(pay.value("payed_fee"), Money::fromFen(e.paidFen).toString()) << at;
            expectPayment(pay, e, e.payNo, e.paidFen, at0 + " / pay");
        }
    }
    ASSERT_TRUE(orders.confirm(kBoss, orderId).ok()) << at0;
    Status shipped = orders.ship(kBoss, orderId, QStringLiteral("SF"), QStringLiteral("SF1234567890"));
    ASSERT_TRUE(shipped.ok()) << at0 << " " << msg(shipped.error());
    got = h.delivered(tid, ++events);
    {
        const WireParams &p = got.last().params;
        const std::string at = at0 + " / ship";
        EXPECT_EQ(p.value("ship_status"), "SHIP_FINISH") << at;
        EXPECT_EQ(p.value("logi_no"), "SF1234567890") << at;
        EXPECT_EQ(p.value("logi_code"), "SF") << at;
        EXPECT_EQ(p.value("logi_company"), "顺丰速运") << at;
        EXPECT_EQ(p.value("logistics_no"), "SF1234567890") << at;
        EXPECT_EQ(p.value("shipping_tid"), "SF") << at;
        EXPECT_FALSE(p.value("consign_time").isEmpty()) << at;
        expectOrderFacts(p, e, cod, at);
    }
    if (cod) {
        pf.reportPaid(tid);
        got = h.delivered(tid, ++events);
        const WireParams &p = got.last().params;
        const std::string at = at0 + " / paid on delivery";
        EXPECT_EQ(got.last().method, "store.trade.update") << at;
        EXPECT_EQ(p.value("pay_status"), "PAY_FINISH") << at;
        EXPECT_EQ(p.value("payed_fee"), Money::fromFen(e.paidFen).toString()) << at;
        expectPayment(p, e, payNoOf(tid), e.paidFen, at);
        // The same platform copy again: no second orderpay.
        pf.intakeAgain(tid);
        EXPECT_EQ(h.scalar(QStringLiteral("SELECT COUNT(*) FROM crm_outbox WHERE order_id = ? AND event = 'paid'"), {v64(orderId)}), 1) << at;
    }
    auto partial = refunds.partialRefund(kBoss, orderId, 1000, QStringLiteral("少发赠品"));
    ASSERT_TRUE(partial.ok()) << at0 << " " << msg(partial.error());
    got = h.delivered(tid, ++events);
    {
        const WireParams &p = got.last().params;
        const std::string at = at0 + " / partial refund";
        EXPECT_EQ(p.value("pay_status"), "REFUND_PART") << at;
        EXPECT_EQ(p.value("payed_fee"), Money::fromFen(e.paidFen - 1000).toString()) << at;
        EXPECT_EQ(p.value("status"), "TRADE_ACTIVE") << at;
        EXPECT_EQ(p.value("logi_no"), "SF1234567890") << at;
        expectOrderFacts(p, e, cod, at);
    }
    const QString lastOid = ordersOf(got.last().params).last().toObject().value("oid").toString();
    const int64_t ret = h.pendingRefund(pf.shop(), tid, lastOid, 500, true);
    auto conv = refunds.convert(kBoss, ret);
    ASSERT_TRUE(conv.ok()) << at0 << " " << msg(conv.error());
    ASSERT_GT(conv->returnOrderId, 0) << at0;
    ASSERT_TRUE(refunds.receiveReturn(kBoss, conv->returnOrderId).ok()) << at0;
    got = h.delivered(tid, ++events);
    {
        const WireParams &p = got.last().params;
        const std::string at = at0 + " / return";
        EXPECT_EQ(p.value("ship_status"), "RESHIP_PART") << at;
        EXPECT_EQ(p.value("pay_status"), "REFUND_PART") << at;
        EXPECT_EQ(p.value("payed_fee"), Money::fromFen(e.paidFen - 1500).toString()) << at;
        EXPECT_EQ(ordersOf(p).last().toObject().value("refund_fee").toString(), "5.00") << at;
        expectOrderFacts(p, e, cod, at);
    }
    pf.reportFinished(tid);
    got = h.delivered(tid, ++events);
    {
        const WireParams &p = got.last().params;
        const std::string at = at0 + " / finish";
        EXPECT_EQ(got.last().method, "store.trade.update") << at;
        EXPECT_EQ(p.value("status"), "TRADE_FINISHED") << at;
        EXPECT_EQ(p.value("logi_no"), "SF1234567890") << at;
        expectOrderFacts(p, e, cod, at);
        EXPECT_EQ(h.scalar(QStringLiteral("SELECT COUNT(*) FROM sales_orders WHERE id = ? AND status = 'completed'"), {v64(orderId)}), 1) << at;
        EXPECT_EQ(h.scalar(QStringLiteral("SELECT COUNT(*) FROM platform_changes WHERE order_id = ? AND kind = 'platform_finished'"), {v64(orderId)}), 1) << at;
        pf.intakeAgain(tid);
        EXPECT_EQ(h.scalar(QStringLiteral("SELECT COUNT(*) FROM crm_outbox WHERE order_id = ? AND event = 'finished'"), {v64(orderId)}), 1) << at;
        // The CRM's callback data is kept on the event.
        auto history = eventHistory(h.t.db(), orderId);
        ASSERT_TRUE(history.ok()) << at;
        ASSERT_EQ(history->size(), events) << at;
        EXPECT_TRUE(history->last().callbackData.contains(tid)) << at << " " << history->last().callbackData.toStdString();
    }

    // --- Y: add (+ pay), full refund. (COD: shipped and paid on delivery first; an unpaid COD order has nothing to refund.)
    Expect ey;
    const QString tidY = pf.newOrder(cod, ey);
    const int64_t orderY = h.convert(pf.shop(), tidY);
    ASSERT_GT(orderY, 0) << at0;
    int eventsY = cod ? 1 : 2;
    if (cod) {
        ASSERT_TRUE(orders.confirm(kBoss, orderY).ok());
        ASSERT_TRUE(orders.ship(kBoss, orderY, QStringLiteral("ZTO"), QStringLiteral("ZT7845120036")).ok());
        pf.reportPaid(tidY);
        eventsY += 2;
    }
    h.delivered(tidY, eventsY);
    const int64_t full = h.pendingRefund(pf.shop(), tidY, QString(), ey.paidFen, false);
    auto fullConv = refunds.convert(kBoss, full);
    ASSERT_TRUE(fullConv.ok()) << at0 << " " << msg(fullConv.error());
    got = h.delivered(tidY, ++eventsY);
    {
        const WireParams &p = got.last().params;
        const std::string at = at0 + " / full refund";
        EXPECT_EQ(p.value("pay_status"), "REFUND_ALL") << at;
        EXPECT_EQ(p.value("payed_fee"), "0.00") << at;
        if (!cod)
            EXPECT_EQ(p.value("status"), "TRADE_CLOSED") << at;
        expectOrderFacts(p, ey, cod, at);
    }

    // --- Z: add (+ pay), cancel.
    Expect ez;
    const QString tidZ = pf.newOrder(cod, ez);
    const int64_t orderZ = h.convert(pf.shop(), tidZ);
    ASSERT_GT(orderZ, 0) << at0;
    int eventsZ = cod ? 1 : 2;
    h.delivered(tidZ, eventsZ);
    ASSERT_TRUE(orders.cancel(kBoss, orderZ, QStringLiteral("买家不要了")).ok()) << at0;
    got = h.delivered(tidZ, ++eventsZ);
    {
        const WireParams &p = got.last().params;
        const std::string at = at0 + " / cancel";
        EXPECT_EQ(p.value("status"), "TRADE_CLOSED") << at;
        expectOrderFacts(p, ez, cod, at);
    }
}

} // namespace

TEST(CrmFullOrder, TopOrderEveryFieldThroughTheLifecycle)
{
    Harness h;
    TopPlatform top(h.t.db());
    h.connectTop(top);
    runLifecycle(
        h, top, false, [&](const QString &tid) { return top.payNo(tid); }, "top");
}

TEST(CrmFullOrder, MallOrderEveryFieldThroughTheLifecycle)
{
    Harness h;
    MallPlatform mall(h.t.db());
    runLifecycle(
        h, mall, false, [](const QString &tid) { return QStringLiteral("HM") + tid; }, "mall");
}

TEST(CrmFullOrder, CashOnDeliveryOrdersArePaidOnceWhenThePlatformSaysSo)
{
    Harness h;
    TopPlatform top(h.t.db());
    h.connectTop(top);
    runLifecycle(
        h, top, true, [&](const QString &tid) { return top.payNo(tid); }, "top cod");
    MallPlatform mall(h.t.db());
    runLifecycle(
        h, mall, true, [](const QString &tid) { return QStringLiteral("HM") + tid; }, "mall cod");
}

TEST(CrmFullOrder, AnOrderTheMallShippedArrivesShippedWithItsTrackingNumber)
{
    Harness h;
    test::TestDb &t = h.t;
    Shop mall;
    mall.code = QStringLiteral("mall-shipped");
    mall.name = QStringLiteral("商城");
    mall.platform = PlatformKind::MallPush;
    auto id = ShopRepository(t.db()).create(mall);
    ASSERT_TRUE(id.ok());
    mall.id = id.value();
    QFile f(QStringLiteral(INTAKE_PUSH_DATA "/mall_shipped.json"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray b = f.readAll();
    nlohmann::json order = nlohmann::json::parse(b.constData(), b.constData() + b.size());
    for (auto &d : order["detail"])
        d["goods_no"] = "G-" + std::to_string(d["goods_id"].get<long long>()); // a merchant code: mapped at conversion
    auto mapped = push::mapMallOrder(order, mall.id);
    ASSERT_TRUE(mapped.ok());
    const QString tid = mapped->trade.tid;
    ASSERT_TRUE(push::PushStore(t.db()).intakeBatch({&mapped.value()}).at(0).ok());
    const int64_t orderId = h.convert(mall, tid);
    ASSERT_GT(orderId, 0);
    QSqlQuery q(t->connection());
    ASSERT_TRUE(
        sql::exec(q, QStringLiteral("SELECT status, ship_status, express_company, tracking_no, shipped_at FROM sales_orders WHERE id = ?"), {v64(orderId)})
            .ok());
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), "shipped");
    EXPECT_EQ(q.value(1).toString(), "shipped");
    EXPECT_EQ(q.value(2).toString(), "中通快递");
    EXPECT_EQ(q.value(3).toString(), "ZT7845120036");
    EXPECT_EQ(q.value(4).toString(), "2025-03-21 09:59:50");
    q.finish();
    const auto got = h.delivered(tid, 3); // add, pay, ship
    ASSERT_EQ(got.size(), 3);
    EXPECT_EQ(got.at(2).params.value("ship_status"), "SHIP_FINISH");
    EXPECT_EQ(got.at(2).params.value("logi_no"), "ZT7845120036");
    EXPECT_EQ(got.at(2).params.value("logi_code"), "ZTO");
    EXPECT_EQ(got.at(2).params.value("logi_company"), "中通快递");
    EXPECT_EQ(got.at(2).params.value("consign_time"), "2025-03-21 09:59:50");
}
