#include "storage/listrepository.h"
#include "workflow/audit.h"
#include "workflow/conversionservice.h"
#include "workflow/outboxwriter.h"
#include "workflowtestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace od;

namespace {
QString lastError(Database &db, int64_t tradeId)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(sql::exec(q, QStringLiteral("SELECT last_error FROM trades WHERE id = ?"), {QVariant::fromValue<qint64>(tradeId)}).ok());
    return q.next() ? q.value(0).toString() : QString();
}
} // namespace

TEST(Conversion, PaidTradeBecomesOrderWithLinesAuditAndOutbox)
{
    test::TestDb t;
    const int64_t shop = wf::makeShop(t.db());
    Trade tr = wf::goodTrade(shop, 1);
    const int64_t tradeId = wf::storeOne(t.db(), tr);
    ConversionService conv(t.db());
    auto order = conv.convertOne(wf::kClerk, tradeId);
    ASSERT_TRUE(order.ok()) << wf::msg(order.error());

    auto stored = TradeRepository(t.db()).get(tradeId);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ((*stored)->state, TradeState::Converted);
    EXPECT_EQ((*stored)->salesOrderId, order.value());
    EXPECT_EQ((*stored)->convertedBy, QStringLiteral("clerk"));
    EXPECT_FALSE((*stored)->convertedAt.isEmpty());

    QSqlQuery q(t->connection());
    ASSERT_TRUE(sql::exec(q, QStringLiteral("SELECT order_no, status, pay_status, ship_status, paid_fen, trade_id, crm_state FROM sales_orders WHERE id = ?"),
                          {QVariant::fromValue<qint64>(order.value())})
                    .ok());
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), ConversionService::orderNumber(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")), tradeId));
    EXPECT_TRUE(q.value(0).toString().contains(QRegularExpression(QStringLiteral("^SO\\d{8}\\d{6,}$"))));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("unconfirmed"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("paid"));
    EXPECT_EQ(q.value(3).toString(), QStringLiteral("not_shipped"));
    EXPECT_EQ(q.value(4).toLongLong(), tr.paidAmount.fen());
    EXPECT_EQ(q.value(5).toLongLong(), tradeId);
    EXPECT_EQ(q.value(6).toString(), QStringLiteral("pending"));
    q.finish();

    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM sales_order_lines WHERE order_id = ?"), {QVariant::fromValue<qint64>(order.value())}),
              qint64(tr.lines.size()));
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM sales_order_lines WHERE order_id = ? AND sku_code = ?"),
                        {QVariant::fromValue<qint64>(order.value()), tr.lines[0].outerSkuId}),
              qint64(std::count_if(tr.lines.begin(), tr.lines.end(), [&](const TradeLine &l) { return l.outerSkuId == tr.lines[0].outerSkuId; })));
    EXPECT_GE(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM sku_mappings WHERE source = 'auto'")), 1);

    auto timeline = Audit::timeline(t.db(), QStringLiteral("sales_order"), QString::number(order.value()));
    ASSERT_TRUE(timeline.ok());
    ASSERT_EQ(timeline->size(), 1u);
    EXPECT_EQ(timeline->at(0).action, QStringLiteral("trade.convert"));
    EXPECT_EQ(timeline->at(0).user, QStringLiteral("clerk"));
    EXPECT_TRUE(timeline->at(0).before.contains(QStringLiteral("pending")));
    EXPECT_TRUE(timeline->at(0).after.contains(QStringLiteral("SO")));

    QSqlQuery o(t->connection());
    ASSERT_TRUE(sql::exec(o, QStringLiteral("SELECT seq, event, method, task, payload, state FROM crm_outbox WHERE order_id = ? ORDER BY seq"),
                          {QVariant::fromValue<qint64>(order.value())})
                    .ok());
    ASSERT_TRUE(o.next());
    EXPECT_EQ(o.value(0).toInt(), 1);
    EXPECT_EQ(o.value(1).toString(), QStringLiteral("created"));
    EXPECT_EQ(o.value(2).toString(), QStringLiteral("store.trade.add"));
    EXPECT_EQ(o.value(3).toString().size(), 36);
    EXPECT_EQ(o.value(5).toString(), QStringLiteral("pending"));
    const QJsonObject payload = QJsonDocument::fromJson(o.value(4).toString().toUtf8()).object();
    for (const char *key :
         {"order_no",    "tid",         "shop_id",       "created_at",      "updated_at",     "status",        "on_hold",           "pay_status",
          "ship_status", "buyer_nick",  "receiver_name", "receiver_mobile", "receiver_state", "receiver_city", "receiver_district", "receiver_address",
          "goods_fen",   "freight_fen", "discount_fen",  "paid_fen",        "refunded_fen",   "is_cod",        "express_company",   "tracking_no",
          "buyer_memo",  "remarks",     "lines"})
        EXPECT_TRUE(payload.contains(QLatin1String(key))) << key;
    EXPECT_EQ(payload.value(QStringLiteral("tid")).toString(), tr.tid);
    EXPECT_EQ(payload.value(QStringLiteral("paid_fen")).toInteger(), tr.paidAmount.fen());
    EXPECT_EQ(payload.value(QStringLiteral("receiver_city")).toString(), tr.receiverCity);
    EXPECT_EQ(payload.value(QStringLiteral("lines")).toArray().size(), qsizetype(tr.lines.size()));
    EXPECT_TRUE(payload.value(QStringLiteral("lines")).toArray().at(0).toObject().contains(QStringLiteral("sku_code")));
    auto fresh = OutboxWriter::snapshot(t->connection(), order.value());
    ASSERT_TRUE(fresh.ok());
    EXPECT_EQ(payload, fresh.value()) << "the conversion's payload is the order as stored";
    ASSERT_TRUE(o.next());
    EXPECT_EQ(o.value(0).toInt(), 2);
    EXPECT_EQ(o.value(1).toString(), QStringLiteral("paid"));
    EXPECT_EQ(o.value(2).toString(), QStringLiteral("store.trade.update"));
    EXPECT_FALSE(o.next());
}

TEST(Conversion, EveryRuleHasItsCodeAndReasonStaysOnTheTrade)
{
    test::TestDb t;
    const int64_t shop = wf::makeShop(t.db());
    ConversionService conv(t.db());

    Trade unpaid = wf::goodTrade(shop, 1);
    unpaid.paid = false;
    Trade closed = wf::goodTrade(shop, 2);
    closed.closed = true;
    Trade refund = wf::goodTrade(shop, 3);
    refund.lines[0].refundStatus = QStringLiteral("WAIT_SELLER_AGREE");
    Trade noSku = wf::goodTrade(shop, 4);
    noSku.lines[0].outerSkuId.clear();
    noSku.lines[0].title = QStringLiteral("神秘商品");
    noSku.lines[0].itemId = QStringLiteral("9990001");
    noSku.lines[0].skuId = QStringLiteral("9990001-红");
    Trade cod = wf::goodTrade(shop, 5);
    cod.paid = false;
    cod.cod = true;
    Trade processed = wf::goodTrade(shop, 6);

    const int64_t idUnpaid = wf::storeOne(t.db(), unpaid), idClosed = wf::storeOne(t.db(), closed), idRefund = wf::storeOne(t.db(), refund),
                  idNoSku = wf::storeOne(t.db(), noSku), idCod = wf::storeOne(t.db(), cod), idProcessed = wf::storeOne(t.db(), processed);
    ASSERT_TRUE(TradeRepository(t.db()).markProcessed(idProcessed, QStringLiteral("clerk")).ok());

    EXPECT_EQ(conv.convertOne(wf::kClerk, idUnpaid).error().code, QStringLiteral("convert.unpaid"));
    EXPECT_EQ(conv.convertOne(wf::kClerk, idClosed).error().code, QStringLiteral("convert.closed"));
    EXPECT_EQ(conv.convertOne(wf::kClerk, idRefund).error().code, QStringLiteral("convert.line_refund"));
    auto sku = conv.convertOne(wf::kClerk, idNoSku);
    ASSERT_FALSE(sku.ok());
    EXPECT_EQ(sku.error().code, QStringLiteral("convert.no_sku"));
    EXPECT_TRUE(sku.error().message.contains(QStringLiteral("神秘商品")));
    EXPECT_TRUE(sku.error().message.contains(QStringLiteral("9990001")));
    EXPECT_TRUE(sku.error().message.contains(QStringLiteral("9990001-红")));
    EXPECT_EQ(conv.convertOne(wf::kClerk, idProcessed).error().code, QStringLiteral("trade.processed"));
    EXPECT_EQ(conv.convertOne(wf::kClerk, 987654).error().code, QStringLiteral("trade.not_found"));

    // Reasons are kept on the pending trade for the list; nothing was created.
    EXPECT_EQ(lastError(t.db(), idUnpaid), conv.convertOne(wf::kClerk, idUnpaid).error().message);
    EXPECT_TRUE(lastError(t.db(), idNoSku).contains(QStringLiteral("神秘商品")));
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM sales_orders")), 0);
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM crm_outbox")), 0);
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM trades WHERE state = 'pending'")), 5);

    // Cash on delivery converts unpaid: created only, no paid event.
    auto codOrder = conv.convertOne(wf::kClerk, idCod);
    ASSERT_TRUE(codOrder.ok()) << wf::msg(codOrder.error());
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM sales_orders WHERE pay_status = 'unpaid'")), 1);
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM crm_outbox WHERE order_id = ?"), {QVariant::fromValue<qint64>(codOrder.value())}), 1);
    // Twice: the second time is refused with trade.converted, one order only.
    EXPECT_EQ(conv.convertOne(wf::kClerk, idCod).error().code, QStringLiteral("trade.converted"));
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM sales_orders")), 1);
    EXPECT_EQ(lastError(t.db(), idCod), QString()) << "a converted trade keeps a clean record";
}

TEST(Conversion, MixedBatchTheOthersGoOn)
{
    test::TestDb t;
    const int64_t shop = wf::makeShop(t.db());
    std::vector<Trade> trades;
    for (int i = 1; i <= 30; ++i) {
        Trade tr = wf::goodTrade(shop, i);
        if (i % 10 == 3)
            tr.paid = false;
        if (i % 10 == 7)
            tr.lines.back().refundStatus = QStringLiteral("REFUND_SUCCESS");
        trades.push_back(tr);
    }
    auto ids = wf::store(t.db(), trades);
    ConversionService conv(t.db());
    std::vector<int> progress;
    auto r = conv.convert(wf::kClerk, ids, BatchOptions{7, 3}, [&](int done, int total) {
        EXPECT_EQ(total, 30);
        progress.push_back(done);
    });
    ASSERT_TRUE(r.ok()) << wf::msg(r.error());
    EXPECT_EQ(r->results.size(), 30u);
    EXPECT_EQ(r->succeeded(), 24);
    EXPECT_EQ(r->failed(), 6);
    EXPECT_FALSE(r->cancelled);
    ASSERT_FALSE(progress.empty());
    EXPECT_EQ(progress.back(), 30);
    EXPECT_EQ(progress.size(), 5u) << "chunks of 7";
    for (const BatchItemResult &res : r->results) {
        const int serial = int(std::find(ids.begin(), ids.end(), res.id) - ids.begin()) + 1;
        if (serial % 10 == 3)
            EXPECT_EQ(res.code, QStringLiteral("convert.unpaid"));
        else if (serial % 10 == 7)
            EXPECT_EQ(res.code, QStringLiteral("convert.line_refund"));
        else
            EXPECT_TRUE(res.ok && res.resultId > 0) << serial << " " << res.reason.toStdString();
    }
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM sales_orders")), 24);
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM trades WHERE state = 'pending' AND last_error <> ''")), 6);
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'trade.convert'")), 24);

    // Retry the failed ones after the shop fixed them: they convert, nothing twice.
    QSqlQuery fix(t->connection());
    ASSERT_TRUE(fix.exec(QStringLiteral("UPDATE trades SET is_paid = 1")));
    ASSERT_TRUE(fix.exec(QStringLiteral("UPDATE trade_lines SET refund_status = 'NO_REFUND'")));
    auto again = conv.convert(wf::kClerk, r->failedIds());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->succeeded(), 6);
    auto all = conv.convert(wf::kClerk, ids);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->succeeded(), 0);
    for (const auto &res : all->results)
        EXPECT_EQ(res.code, QStringLiteral("trade.converted"));
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM sales_orders")), 30);
}

TEST(Conversion, MappingAddedUnblocksTrade)
{
    test::TestDb t;
    const int64_t shop = wf::makeShop(t.db());
    Trade tr = wf::goodTrade(shop, 1);
    tr.lines.resize(2);
    tr.lines[0].outerSkuId.clear();
    tr.lines[1].outerSkuId.clear();
    tr.lines[0].itemId = QStringLiteral("111");
    tr.lines[0].skuId = QStringLiteral("111-A");
    tr.lines[1].itemId = QStringLiteral("222");
    tr.lines[1].skuId = QStringLiteral("222-B");
    const int64_t id = wf::storeOne(t.db(), tr);
    ConversionService conv(t.db());
    SkuMappingService map(t.db());
    EXPECT_EQ(conv.convertOne(wf::kClerk, id).error().code, QStringLiteral("convert.no_sku"));

    EXPECT_EQ(map.setMapping(wf::kClerk, shop, QString(), QString(), QStringLiteral("X")).error().code, QStringLiteral("mapping.invalid"));
    ASSERT_TRUE(map.setMapping(wf::kClerk, shop, QStringLiteral("111"), QStringLiteral("111-A"), QStringLiteral("G-111A")).ok());
    auto still = conv.convertOne(wf::kClerk, id);
    ASSERT_FALSE(still.ok());
    EXPECT_EQ(still.error().code, QStringLiteral("convert.no_sku"));
    EXPECT_TRUE(still.error().message.contains(QStringLiteral("222"))) << "names the line still missing";
    // An item-level mapping (empty sku) covers every sku of the item.
    ASSERT_TRUE(map.setMapping(wf::kClerk, shop, QStringLiteral("222"), QString(), QStringLiteral("G-222")).ok());
    auto order = conv.convertOne(wf::kClerk, id);
    ASSERT_TRUE(order.ok()) << wf::msg(order.error());
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM sales_order_lines WHERE sku_code IN ('G-111A', 'G-222')")), 2);
    EXPECT_EQ(Audit::timeline(t.db(), QStringLiteral("sku_mapping"), QStringLiteral("%1/111/111-A").arg(shop))->size(), 1u);

    // An explicit mapping wins over the merchant code.
    Trade other = wf::goodTrade(shop, 2);
    other.lines.resize(1);
    ASSERT_TRUE(map.setMapping(wf::kClerk, shop, other.lines[0].itemId, other.lines[0].skuId, QStringLiteral("OURS-1")).ok());
    auto o2 = conv.convertOne(wf::kClerk, wf::storeOne(t.db(), other));
    ASSERT_TRUE(o2.ok());
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM sales_order_lines WHERE order_id = ? AND sku_code = 'OURS-1'"),
                        {QVariant::fromValue<qint64>(o2.value())}),
              1);
}

TEST(Conversion, EverythingTheFilterMatches)
{
    test::TestDb t;
    const int64_t s1 = wf::makeShop(t.db(), QStringLiteral("s1"));
    const int64_t s2 = wf::makeShop(t.db(), QStringLiteral("s2"));
    std::vector<Trade> trades;
    for (int i = 1; i <= 6; ++i)
        trades.push_back(wf::goodTrade(i <= 4 ? s1 : s2, i));
    wf::store(t.db(), trades);
    ConversionService conv(t.db());
    ListFilter f;
    f.shopId = s1;
    auto r = conv.convertMatching(wf::kClerk, f);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->succeeded(), 4);
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM trades WHERE state = 'pending'")), 2);
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM sales_orders WHERE shop_id = ?"), {QVariant::fromValue<qint64>(s2)}), 0);
}

TEST(Conversion, ATradeTheSetPathCannotPlaceFailsAloneTheRestOfItsChunkConverts)
{
    test::TestDb t;
    const int64_t shop = wf::makeShop(t.db());
    std::vector<Trade> trades;
    for (int i = 1; i <= 6; ++i)
        trades.push_back(wf::goodTrade(shop, i));
    auto ids = wf::store(t.db(), trades);
    ConversionService conv(t.db());
    auto first = conv.convertOne(wf::kClerk, ids[0]);
    ASSERT_TRUE(first.ok()) << wf::msg(first.error());
    // An older order already carries the number the third trade's order would get: the chunk's one
    // INSERT of sales orders meets a unique clash.
    const QString clash = ConversionService::orderNumber(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")), ids[2]);
    QSqlQuery q(t->connection());
    ASSERT_TRUE(sql::exec(q, QStringLiteral("UPDATE sales_orders SET order_no = ? WHERE id = ?"), {clash, QVariant::fromValue<qint64>(first.value())}).ok());
    q.finish();

    const std::vector<int64_t> rest(ids.begin() + 1, ids.end());
    auto r = conv.convert(wf::kClerk, rest, BatchOptions{10, 2});
    ASSERT_TRUE(r.ok()) << wf::msg(r.error());
    ASSERT_EQ(r->results.size(), 5u);
    for (const BatchItemResult &res : r->results) {
        if (res.id == ids[2]) {
            EXPECT_FALSE(res.ok);
            EXPECT_FALSE(res.reason.isEmpty());
        } else {
            EXPECT_TRUE(res.ok && res.resultId > 0) << res.id << " " << res.reason.toStdString();
        }
    }
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM sales_orders")), 5);
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM trades WHERE state = 'pending'")), 1);
    EXPECT_FALSE(lastError(t.db(), ids[2]).isEmpty());
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'trade.convert'")), 5);
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM crm_outbox WHERE seq = 1")), 5);
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM trades t JOIN sales_orders o ON o.id = t.sales_order_id AND o.trade_id = t.id")), 5)
        << "each converted trade linked to its own order";
}

TEST(Conversion, AChunkOfManyTradesWritesOneOrderPerTradeWithItsOwnLinesAndEvents)
{
    test::TestDb t;
    const int64_t shop = wf::makeShop(t.db());
    std::vector<Trade> trades;
    qint64 lines = 0;
    for (int i = 1; i <= 250; ++i) {
        Trade tr = wf::goodTrade(shop, i, quint32(100 + i));
        lines += qint64(tr.lines.size());
        trades.push_back(tr);
    }
    auto ids = wf::store(t.db(), trades);
    auto r = ConversionService(t.db()).convert(wf::kClerk, ids, BatchOptions{200, 3});
    ASSERT_TRUE(r.ok()) << wf::msg(r.error());
    EXPECT_EQ(r->succeeded(), 250);
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM sales_order_lines")), lines);
    // Every order's lines are its own trade's (count and amounts), and its events start at seq 1.
    EXPECT_EQ(wf::count(t.db(),
                        QStringLiteral("SELECT COUNT(*) FROM sales_orders o WHERE (SELECT COUNT(*) FROM sales_order_lines l WHERE l.order_id = o.id) "
                                       "<> (SELECT COUNT(*) FROM trade_lines tl WHERE tl.trade_id = o.trade_id)")),
              0);
    EXPECT_EQ(wf::count(t.db(),
                        QStringLiteral("SELECT COUNT(*) FROM sales_order_lines l JOIN sales_orders o ON o.id = l.order_id JOIN trade_lines tl "
                                       "ON tl.trade_id = o.trade_id AND tl.line_no = l.line_no WHERE tl.amount_fen <> l.amount_fen OR tl.oid <> l.oid")),
              0);
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM crm_outbox WHERE seq = 1 AND event = 'created'")), 250);
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(DISTINCT entity_id) FROM audit_log WHERE action = 'trade.convert'")), 250);
    for (const BatchItemResult &res : r->results) {
        auto snap = OutboxWriter::snapshot(t->connection(), res.resultId);
        ASSERT_TRUE(snap.ok());
        QSqlQuery q(t->connection());
        ASSERT_TRUE(
            sql::exec(q, QStringLiteral("SELECT payload FROM crm_outbox WHERE order_id = ? AND seq = 1"), {QVariant::fromValue<qint64>(res.resultId)}).ok());
        ASSERT_TRUE(q.next());
        const QJsonObject written = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        EXPECT_EQ(written.value(QStringLiteral("tid")), snap->value(QStringLiteral("tid")));
        EXPECT_EQ(written.value(QStringLiteral("lines")), snap->value(QStringLiteral("lines")));
        EXPECT_EQ(written.value(QStringLiteral("paid_fen")), snap->value(QStringLiteral("paid_fen")));
    }
}
