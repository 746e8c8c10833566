#include "workflow/audit.h"
#include "workflow/conversionservice.h"
#include "workflow/orderservice.h"
#include "workflow/refundservice.h"
#include "workflowtestutil.h"

#include <thread>

using namespace od;

namespace {
QVariant v64(int64_t x) { return QVariant::fromValue<qint64>(x); }

struct Fixture {
    test::TestDb t;
    int64_t shop = wf::makeShop(t.db());
    RecordingWriteBack writeBack;
    OrderService orders{t.db(), writeBack};
    RefundService refunds{t.db(), writeBack};
    Trade trade;

    int64_t newOrder(int serial, int lines = 3)
    {
        trade = wf::goodTrade(shop, serial);
        while (int(trade.lines.size()) < lines)
            trade.lines.push_back(trade.lines.front());
        trade.lines.resize(lines);
        int64_t goods = 0;
        for (int i = 0; i < lines; ++i) {
            trade.lines[i].oid = trade.tid + QString::number(i + 1);
            goods += trade.lines[i].amount.fen();
        }
        trade.goodsTotal = Money::fromFen(goods);
        trade.freight = Money::fromFen(0);
        trade.discount = Money::fromFen(0);
        trade.paidAmount = Money::fromFen(goods);
        auto id = ConversionService(t.db()).convertOne(wf::kClerk, wf::storeOne(t.db(), trade));
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : wf::msg(id.error()));
        return id.ok() ? id.value() : 0;
    }
    void shipIt(int64_t id)
    {
        ASSERT_TRUE(orders.confirm(wf::kClerk, id).ok());
        ASSERT_TRUE(orders.ship(wf::kClerk, id, QStringLiteral("YTO"), QStringLiteral("YT") + QString::number(id)).ok());
    }
    QStringList events(int64_t orderId)
    {
        QStringList out;
        QSqlQuery q(t->connection());
        EXPECT_TRUE(sql::exec(q, QStringLiteral("SELECT event FROM crm_outbox WHERE order_id = ? ORDER BY seq"), {v64(orderId)}).ok());
        while (q.next())
            out << q.value(0).toString();
        return out;
    }
    qint64 scalar(const QString &s, const QVariantList &v = {}) { return wf::count(t.db(), s, v); }
    // Everything a refusal or partial refund could touch.
    QList<qint64> fingerprint()
    {
        return {scalar(QStringLiteral("SELECT COALESCE(SUM(refunded_fen), 0) FROM sales_orders")),
                scalar(QStringLiteral("SELECT COALESCE(SUM(version), 0) FROM sales_orders")),
                scalar(QStringLiteral("SELECT COUNT(*) FROM refunds")),
                scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")),
                scalar(QStringLiteral("SELECT COUNT(*) FROM crm_outbox")),
                scalar(QStringLiteral("SELECT COUNT(*) FROM pending_refunds WHERE state = 'pending'")),
                qint64(writeBack.calls().size())};
    }
};
} // namespace

TEST(Refunds, ConvertNeedsTheOriginalOrder)
{
    Fixture f;
    const int64_t pr = wf::addPendingRefund(f.t.db(), f.shop, QStringLiteral("NO-SUCH-TID"), {}, 100, false, QStringLiteral("R1"));
    auto r = f.refunds.convert(wf::kClerk, pr);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("refund.no_order"));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("convert the order first")));
    EXPECT_EQ(f.refunds.convert(wf::kClerk, 987654).error().code, QStringLiteral("refund.not_found"));
}

TEST(Refunds, NotShippedRefundCancelsTheLine)
{
    Fixture f;
    const int64_t id = f.newOrder(1, 3);
    const TradeLine line = f.trade.lines[1];
    const int64_t pr = wf::addPendingRefund(f.t.db(), f.shop, f.trade.tid, line.oid, line.amount.fen(), false, QStringLiteral("R1"));
    EXPECT_EQ(f.orders.get(id)->openRefunds, 1);
    auto r = f.refunds.convert(wf::kClerk, pr);
    ASSERT_TRUE(r.ok()) << wf::msg(r.error());
    EXPECT_TRUE(r->refundedNow);
    EXPECT_EQ(r->returnOrderId, 0);
    auto o = f.orders.get(id);
    EXPECT_EQ(o->refundedFen, line.amount.fen());
    EXPECT_EQ(o->pay, PayStatus::PartRefunded);
    EXPECT_EQ(o->ship, ShipStatus::NotShipped);
    EXPECT_EQ(o->openRefunds, 0);
    EXPECT_EQ(f.scalar(QStringLiteral("SELECT open_refunds FROM sales_orders WHERE id = ?"), {v64(id)}), 0);
    EXPECT_EQ(f.scalar(QStringLiteral("SELECT COUNT(*) FROM sales_order_lines WHERE order_id = ? AND cancelled = 1"), {v64(id)}), 1);
    EXPECT_EQ(f.scalar(QStringLiteral("SELECT refunded_fen FROM sales_order_lines WHERE order_id = ? AND oid = ?"), {v64(id), line.oid}), line.amount.fen());
    EXPECT_EQ(f.events(id), (QStringList{QStringLiteral("created"), QStringLiteral("paid"), QStringLiteral("refunded")}));
    EXPECT_EQ(f.refunds.convert(wf::kClerk, pr).error().code, QStringLiteral("refund.state"));
    EXPECT_TRUE(f.orders.confirm(wf::kClerk, id).ok()) << "settled: confirm no longer blocked";

    // A whole-order refund (no oid) cancels every line and refunds the rest.
    const int64_t id2 = f.newOrder(2, 2);
    const int64_t pr2 = wf::addPendingRefund(f.t.db(), f.shop, f.trade.tid, {}, f.trade.paidAmount.fen(), false, QStringLiteral("R2"));
    ASSERT_TRUE(f.refunds.convert(wf::kClerk, pr2).ok());
    EXPECT_EQ(f.scalar(QStringLiteral("SELECT COUNT(*) FROM sales_order_lines WHERE order_id = ? AND cancelled = 0"), {v64(id2)}), 0);
    EXPECT_EQ(f.orders.get(id2)->pay, PayStatus::Refunded);
}

TEST(Refunds, ShippedWithGoodsBackMakesAReturnThatCompletesOnReceipt)
{
    Fixture f;
    const int64_t id = f.newOrder(1, 2);
    f.shipIt(id);
    const TradeLine line = f.trade.lines[0];
    const int64_t pr = wf::addPendingRefund(f.t.db(), f.shop, f.trade.tid, line.oid, line.amount.fen(), true, QStringLiteral("R1"));
    auto r = f.refunds.convert(wf::kClerk, pr);
    ASSERT_TRUE(r.ok()) << wf::msg(r.error());
    ASSERT_GT(r->returnOrderId, 0);
    EXPECT_FALSE(r->refundedNow);
    EXPECT_EQ(f.orders.get(id)->refundedFen, 0) << "money goes back when the goods arrive";
    EXPECT_EQ(f.orders.get(id)->openRefunds, 1) << "an awaiting return is an open refund";
    QSqlQuery q(f.t->connection());
    ASSERT_TRUE(sql::exec(q, QStringLiteral("SELECT return_no, status FROM return_orders WHERE id = ?"), {v64(r->returnOrderId)}).ok());
    ASSERT_TRUE(q.next());
    EXPECT_TRUE(q.value(0).toString().startsWith(QStringLiteral("RT")));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("awaiting_goods"));
    q.finish();

    ASSERT_TRUE(f.refunds.receiveReturn(wf::kClerk, r->returnOrderId).ok());
    EXPECT_EQ(f.refunds.receiveReturn(wf::kClerk, r->returnOrderId).error().code, QStringLiteral("return.state"));
    EXPECT_EQ(f.refunds.receiveReturn(wf::kClerk, 987654).error().code, QStringLiteral("return.not_found"));
    auto o = f.orders.get(id);
    EXPECT_EQ(o->refundedFen, line.amount.fen());
    EXPECT_EQ(o->ship, ShipStatus::PartReturned);
    EXPECT_EQ(o->pay, PayStatus::PartRefunded);
    EXPECT_EQ(o->openRefunds, 0);
    EXPECT_EQ(f.events(id), (QStringList{QStringLiteral("created"), QStringLiteral("paid"), QStringLiteral("shipped"), QStringLiteral("returned")}));
    QStringList actions;
    const auto timeline = Audit::timeline(f.t.db(), QStringLiteral("sales_order"), QString::number(id));
    for (const AuditEntry &e : timeline.value())
        actions << e.action;
    EXPECT_TRUE(actions.contains(QStringLiteral("refund.return_created")));
    EXPECT_TRUE(actions.contains(QStringLiteral("return.receive")));

    // The rest comes back too: returned, refunded.
    const int64_t pr2 = wf::addPendingRefund(f.t.db(), f.shop, f.trade.tid, f.trade.lines[1].oid, f.trade.lines[1].amount.fen(), true, QStringLiteral("R2"));
    auto r2 = f.refunds.convert(wf::kClerk, pr2);
    ASSERT_TRUE(r2.ok());
    ASSERT_TRUE(f.refunds.receiveReturn(wf::kClerk, r2->returnOrderId).ok());
    EXPECT_EQ(f.orders.get(id)->ship, ShipStatus::Returned);
    EXPECT_EQ(f.orders.get(id)->pay, PayStatus::Refunded);
}

TEST(Refunds, ShippedWithoutGoodsIsRefundOnly)
{
    Fixture f;
    const int64_t id = f.newOrder(1, 2);
    f.shipIt(id);
    const int64_t pr = wf::addPendingRefund(f.t.db(), f.shop, f.trade.tid, f.trade.lines[0].oid, 300, false, QStringLiteral("R1"));
    auto r = f.refunds.convert(wf::kClerk, pr);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->refundedNow);
    EXPECT_EQ(f.scalar(QStringLiteral("SELECT COUNT(*) FROM return_orders")), 0);
    EXPECT_EQ(f.orders.get(id)->refundedFen, 300);
    EXPECT_EQ(f.orders.get(id)->ship, ShipStatus::Shipped);
    EXPECT_EQ(f.scalar(QStringLiteral("SELECT COUNT(*) FROM sales_order_lines WHERE order_id = ? AND cancelled = 1"), {v64(id)}), 0);
    EXPECT_EQ(f.events(id).last(), QStringLiteral("refunded"));

    // More than what is left is refused with the figures.
    const int64_t big = wf::addPendingRefund(f.t.db(), f.shop, f.trade.tid, {}, f.trade.paidAmount.fen(), false, QStringLiteral("R2"));
    auto tooMuch = f.refunds.convert(wf::kClerk, big);
    ASSERT_FALSE(tooMuch.ok());
    EXPECT_EQ(tooMuch.error().code, QStringLiteral("refund.too_much"));
}

TEST(Refunds, BatchConvertGoesOnPastFailures)
{
    Fixture f;
    const int64_t id = f.newOrder(1, 2);
    const int64_t good = wf::addPendingRefund(f.t.db(), f.shop, f.trade.tid, f.trade.lines[0].oid, 100, false, QStringLiteral("R1"));
    const int64_t orphan = wf::addPendingRefund(f.t.db(), f.shop, QStringLiteral("NOPE"), {}, 100, false, QStringLiteral("R2"));
    auto r = f.refunds.convertMany(wf::kClerk, {orphan, good});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->results[0].code, QStringLiteral("refund.no_order"));
    EXPECT_TRUE(r->results[1].ok);
    EXPECT_EQ(r->results[1].resultId, id);
}

TEST(Refunds, RefuseIsSupervisorOnlyAndRecordsThePlatformAnswer)
{
    Fixture f;
    const int64_t id = f.newOrder(1, 2);
    const int64_t pr = wf::addPendingRefund(f.t.db(), f.shop, f.trade.tid, {}, 100, false, QStringLiteral("R1"));
    const auto before = f.fingerprint();
    auto denied = f.refunds.refuse(wf::kClerk, pr, QStringLiteral("商品已发出"));
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, QStringLiteral("auth.denied"));
    EXPECT_TRUE(denied.error().message.startsWith(QStringLiteral("Refusing a refund needs a supervisor; you are logged in as operator")))
        << denied.error().message.toStdString();
    EXPECT_EQ(f.fingerprint(), before) << "nothing changed, nothing written back";

    EXPECT_EQ(f.refunds.refuse(wf::kBoss, pr, QStringLiteral("x")).error().code, QStringLiteral("refund.reason"));
    EXPECT_EQ(f.refunds.refuse(wf::kBoss, pr, QString(201, QLatin1Char('x'))).error().code, QStringLiteral("refund.reason"));
    EXPECT_EQ(f.fingerprint(), before);

    f.writeBack.failNextWith(Error(QStringLiteral("top.error"), QStringLiteral("refund already closed")));
    EXPECT_EQ(f.refunds.refuse(wf::kBoss, pr, QStringLiteral("商品已发出")).error().code, QStringLiteral("refund.writeback"));
    EXPECT_EQ(f.refunds.pending(pr).value()->state, RefundState::Pending);
    EXPECT_EQ(f.refunds.pending(pr).value()->platformAnswer, QStringLiteral("refund already closed"));

    ASSERT_TRUE(f.refunds.refuse(wf::kBoss, pr, QStringLiteral("商品已发出")).ok());
    auto stored = f.refunds.pending(pr).value();
    EXPECT_EQ(stored->state, RefundState::Refused);
    EXPECT_EQ(stored->refuseReason, QStringLiteral("商品已发出"));
    EXPECT_TRUE(stored->platformAnswer.contains(QStringLiteral("Recorded locally")));
    ASSERT_EQ(f.writeBack.calls().size(), 1u);
    EXPECT_EQ(f.writeBack.calls()[0].companyOrRefundId, QStringLiteral("R1"));
    EXPECT_EQ(f.refunds.refuse(wf::kBoss, pr, QStringLiteral("再次")).error().code, QStringLiteral("refund.state"));
    EXPECT_EQ(f.orders.get(id)->openRefunds, 0);
    auto tl = Audit::timeline(f.t.db(), QStringLiteral("pending_refund"), QString::number(pr)).value();
    ASSERT_EQ(tl.size(), 1u);
    EXPECT_EQ(tl[0].action, QStringLiteral("refund.refuse"));
    EXPECT_EQ(tl[0].user, QStringLiteral("boss"));
}

TEST(Refunds, MarkProcessedLeavesATombstone)
{
    Fixture f;
    const int64_t pr = wf::addPendingRefund(f.t.db(), f.shop, QStringLiteral("T1"), {}, 100, false, QStringLiteral("R-77"));
    ASSERT_TRUE(f.refunds.markProcessed(wf::kClerk, pr).ok());
    EXPECT_EQ(f.refunds.pending(pr).value()->state, RefundState::Processed);
    EXPECT_TRUE(TradeRepository(f.t.db()).isTombstoned(f.shop, QStringLiteral("refund"), QStringLiteral("R-77")).value());
    EXPECT_EQ(f.refunds.markProcessed(wf::kClerk, pr).error().code, QStringLiteral("refund.state"));
}

TEST(Refunds, PartialRefundRulesAndRights)
{
    Fixture f;
    const int64_t id = f.newOrder(1, 2);
    const int64_t paid = f.trade.paidAmount.fen();
    const auto before = f.fingerprint();
    auto denied = f.refunds.partialRefund(wf::kClerk, id, 100, QStringLiteral("破损补偿"));
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, QStringLiteral("auth.denied"));
    EXPECT_TRUE(denied.error().message.contains(QStringLiteral("supervisor")));
    EXPECT_EQ(f.refunds.partialRefund(wf::kBoss, id, 0, QStringLiteral("破损补偿")).error().code, QStringLiteral("refund.amount"));
    EXPECT_EQ(f.refunds.partialRefund(wf::kBoss, id, 100, QStringLiteral("  ")).error().code, QStringLiteral("refund.reason"));
    EXPECT_EQ(f.refunds.partialRefund(wf::kBoss, id, paid + 1, QStringLiteral("破损补偿")).error().code, QStringLiteral("refund.too_much"));
    EXPECT_EQ(f.fingerprint(), before);

    auto r = f.refunds.partialRefund(wf::kBoss, id, 500, QStringLiteral("破损补偿"));
    ASSERT_TRUE(r.ok()) << wf::msg(r.error());
    EXPECT_EQ(f.orders.get(id)->refundedFen, 500);
    EXPECT_EQ(f.orders.get(id)->pay, PayStatus::PartRefunded);
    auto rest = f.refunds.partialRefund(wf::kBoss, id, paid - 500, QStringLiteral("全部退"));
    ASSERT_TRUE(rest.ok());
    EXPECT_EQ(f.orders.get(id)->pay, PayStatus::Refunded);
    EXPECT_EQ(f.refunds.partialRefund(wf::kBoss, id, 1, QStringLiteral("再退")).error().code, QStringLiteral("order.refund.nothing"));
    EXPECT_EQ(f.events(id), (QStringList{QStringLiteral("created"), QStringLiteral("paid"), QStringLiteral("refunded"), QStringLiteral("refunded")}));
    EXPECT_EQ(f.scalar(QStringLiteral("SELECT COUNT(*) FROM refunds WHERE kind = 'partial'")), 2);
}

TEST(Refunds, ConcurrentPartialRefundsNeverExceedWhatWasPaid)
{
    Fixture f;
    const int64_t id = f.newOrder(1, 2);
    const int64_t paid = f.trade.paidAmount.fen();
    const int64_t step = paid / 7 + 1; // 7 fit, the 8th never
    std::atomic_int ok{0}, tooMuch{0}, other{0};
    auto worker = [&](std::unique_ptr<Database> db) {
        RecordingWriteBack wb;
        RefundService service(*db, wb);
        for (int i = 0; i < 8; ++i) {
            auto r = service.partialRefund(wf::kBoss, id, step, QStringLiteral("并发补偿"));
            if (r.ok())
                ++ok;
            else if (r.error().code == QLatin1String("refund.too_much") || r.error().code == QLatin1String("order.refund.nothing"))
                ++tooMuch;
            else {
                ++other;
                ADD_FAILURE() << wf::msg(r.error());
            }
        }
    };
    std::thread a(worker, f.t.another());
    std::thread b(worker, f.t.another());
    a.join();
    b.join();
    EXPECT_EQ(other.load(), 0);
    EXPECT_EQ(ok.load(), int(paid / step));
    EXPECT_EQ(ok.load() + tooMuch.load(), 16);
    const qint64 refunded = f.scalar(QStringLiteral("SELECT refunded_fen FROM sales_orders WHERE id = ?"), {v64(id)});
    EXPECT_LE(refunded, paid);
    EXPECT_EQ(refunded, ok.load() * step);
    EXPECT_EQ(f.scalar(QStringLiteral("SELECT COALESCE(SUM(amount_fen), 0) FROM refunds WHERE order_id = ?"), {v64(id)}), refunded);
    EXPECT_EQ(f.scalar(QStringLiteral("SELECT COUNT(*) FROM crm_outbox WHERE order_id = ? AND event = 'refunded'"), {v64(id)}), ok.load());
}
