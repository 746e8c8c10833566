#include "workflow/conversionservice.h"

#include "domain/convertibility.h"

#include "storage/sql.h"
#include "storage/traderepository.h"
#include "workflow/audit.h"
#include "workflow/outboxwriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QSqlQuery>

namespace od {

namespace {
using sql::v64;

} // namespace

QString ConversionService::orderNumber(const QString &day, int64_t tradeId) { return QStringLiteral("SO%1%2").arg(day).arg(tradeId, 6, 10, QLatin1Char('0')); }

namespace {
// The trade and its lines in one statement (the hot path of a 10,000-trade batch).
Result<std::optional<Trade>> loadTrade(QSqlDatabase db, int64_t tradeId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status st = sql::exec(
            q,
            QStringLiteral("SELECT t.shop_id, t.tid, t.state, t.buyer_nick, t.receiver_name, t.receiver_mobile, t.receiver_state, t.receiver_city, "
                           "t.receiver_district, t.receiver_address, t.is_paid, t.is_cod, t.is_closed, t.goods_fen, t.freight_fen, t.discount_fen, "
                           "t.paid_fen, t.buyer_memo, t.seller_memo, t.created, t.modified, t.pay_time, t.buyer_mobile, t.express_company, t.tracking_no, "
                           "t.consign_time, t.receiver_zip, t.receiver_phone, t.buyer_id, t.point_fee, t.obtain_point, t.pay_no, t.pay_method, "
                           "l.line_no, l.oid, l.item_id, l.sku_id, l.outer_sku_id, l.title, l.attributes, "
                           "l.quantity, l.unit_fen, l.amount_fen, l.refund_status, l.discount_fen "
                           "FROM trades t LEFT JOIN trade_lines l ON l.trade_id = t.id WHERE t.id = ? ORDER BY l.line_no"),
            {v64(tradeId)});
        !st.ok())
        return st.error();
    std::optional<Trade> out;
    while (q.next()) {
        if (!out) {
            Trade t;
            int i = 0;
            t.id = tradeId;
            t.shopId = q.value(i++).toLongLong();
            t.tid = q.value(i++).toString();
            t.state = fromKey<TradeState>(q.value(i++).toString()).value_or(TradeState::Pending);
            t.buyerNick = q.value(i++).toString();
            t.receiverName = q.value(i++).toString();
            t.receiverMobile = q.value(i++).toString();
            t.receiverState = q.value(i++).toString();
            t.receiverCity = q.value(i++).toString();
            t.receiverDistrict = q.value(i++).toString();
            t.receiverAddress = q.value(i++).toString();
            t.paid = q.value(i++).toInt() != 0;
            t.cod = q.value(i++).toInt() != 0;
            t.closed = q.value(i++).toInt() != 0;
            t.goodsTotal = Money::fromFen(q.value(i++).toLongLong());
            t.freight = Money::fromFen(q.value(i++).toLongLong());
            t.discount = Money::fromFen(q.value(i++).toLongLong());
            t.paidAmount = Money::fromFen(q.value(i++).toLongLong());
            t.buyerMemo = q.value(i++).toString();
            t.sellerMemo = q.value(i++).toString();
            t.created = q.value(i++).toString();
            t.modified = q.value(i++).toString();
            t.payTime = q.value(i++).toString();
            t.buyerMobile = q.value(i++).toString();
            t.expressCompany = q.value(i++).toString();
            t.trackingNo = q.value(i++).toString();
            t.consignTime = q.value(i++).toString();
            t.receiverZip = q.value(i++).toString();
            t.receiverPhone = q.value(i++).toString();
            t.buyerId = q.value(i++).toString();
            t.pointFee = q.value(i++).toLongLong();
            t.obtainPoint = q.value(i++).toLongLong();
            t.payNo = q.value(i++).toString();
            t.payMethod = q.value(i++).toString();
            out = std::move(t);
        }
        constexpr int kLineCol = 33;
        if (q.value(kLineCol).isNull())
            continue; // no lines
        TradeLine l;
        int i = kLineCol + 1;
        l.oid = q.value(i++).toString();
        l.itemId = q.value(i++).toString();
        l.skuId = q.value(i++).toString();
        l.outerSkuId = q.value(i++).toString();
        l.title = q.value(i++).toString();
        l.attributes = q.value(i++).toString();
        l.quantity = q.value(i++).toInt();
        l.unitPrice = Money::fromFen(q.value(i++).toLongLong());
        l.amount = Money::fromFen(q.value(i++).toLongLong());
        l.refundStatus = q.value(i++).toString();
        l.discount = Money::fromFen(q.value(i++).toLongLong());
        out->lines.push_back(std::move(l));
    }
    return out;
}

QString fullAddress(const Trade &t)
{
    // A municipality is its own city ("北京市" twice): written once.
    const QString region = t.receiverState + (t.receiverCity == t.receiverState ? QString() : t.receiverCity) + t.receiverDistrict;
    return t.receiverAddress.startsWith(region) ? t.receiverAddress : region + t.receiverAddress;
}

// An order the platform shipped already (the mall's express / express_no / send_time) is converted
// shipped, with its carrier and tracking number.
struct Shipment {
    QString company, trackingNo, at;
    bool shipped() const { return !trackingNo.isEmpty(); }
};

Shipment platformShipment(const Trade &t, const QString &now)
{
    if (t.trackingNo.trimmed().isEmpty())
        return {};
    return {t.expressCompany.trimmed(), t.trackingNo.trimmed(), t.consignTime.isEmpty() ? now : t.consignTime};
}

// The outbox payload of a just-converted order, from what the conversion wrote (the same shape as
// OutboxWriter::snapshot, which the tests compare it with).
QJsonObject newOrderSnapshot(const Trade &t, const QString &orderNo, const QString &now, PayStatus pay, const Shipment &ship)
{
    QJsonObject o;
    o[QStringLiteral("order_no")] = orderNo;
    o[QStringLiteral("tid")] = t.tid;
    o[QStringLiteral("shop_id")] = QString::number(t.shopId);
    o[QStringLiteral("created_at")] = now;
    o[QStringLiteral("updated_at")] = now;
    o[QStringLiteral("status")] = toKey(ship.shipped() ? OrderStatus::Shipped : OrderStatus::Unconfirmed);
    o[QStringLiteral("on_hold")] = false;
    o[QStringLiteral("pay_status")] = toKey(pay);
    o[QStringLiteral("ship_status")] = toKey(ship.shipped() ? ShipStatus::Shipped : ShipStatus::NotShipped);
    o[QStringLiteral("buyer_nick")] = t.buyerNick;
    o[QStringLiteral("receiver_name")] = t.receiverName;
    o[QStringLiteral("receiver_mobile")] = t.receiverMobile;
    o[QStringLiteral("receiver_state")] = t.receiverState;
    o[QStringLiteral("receiver_city")] = t.receiverCity;
    o[QStringLiteral("receiver_district")] = t.receiverDistrict;
    o[QStringLiteral("receiver_address")] = fullAddress(t);
    o[QStringLiteral("goods_fen")] = double(t.goodsTotal.fen());
    o[QStringLiteral("freight_fen")] = double(t.freight.fen());
    o[QStringLiteral("discount_fen")] = double(t.discount.fen());
    o[QStringLiteral("paid_fen")] = double(t.paidAmount.fen());
    o[QStringLiteral("refunded_fen")] = 0.0;
    o[QStringLiteral("is_cod")] = t.cod;
    o[QStringLiteral("express_company")] = ship.company;
    o[QStringLiteral("tracking_no")] = ship.trackingNo;
    o[QStringLiteral("buyer_memo")] = t.buyerMemo;
    o[QStringLiteral("remarks")] = t.sellerMemo;
    o[QStringLiteral("platform_created")] = t.created;
    o[QStringLiteral("platform_modified")] = t.modified;
    o[QStringLiteral("pay_time")] = t.payTime;
    o[QStringLiteral("buyer_mobile")] = t.buyerMobile;
    o[QStringLiteral("shipped_at")] = ship.at;
    OutboxWriter::addTradeFacts(o, t);
    QJsonArray lines;
    for (const TradeLine &l : t.lines) {
        QJsonObject line;
        line[QStringLiteral("oid")] = l.oid;
        line[QStringLiteral("sku_code")] = l.skuCode;
        line[QStringLiteral("title")] = l.title;
        line[QStringLiteral("attributes")] = l.attributes;
        line[QStringLiteral("quantity")] = l.quantity;
        line[QStringLiteral("unit_fen")] = double(l.unitPrice.fen());
        line[QStringLiteral("amount_fen")] = double(l.amount.fen());
        line[QStringLiteral("cancelled")] = false;
        line[QStringLiteral("refunded_fen")] = 0.0;
        OutboxWriter::addLineFacts(line, l);
        lines.append(line);
    }
    o[QStringLiteral("lines")] = lines;
    return o;
}
} // namespace

Result<int64_t> ConversionService::convertInTransaction(const Session &session, int64_t tradeId)
{
    // Public (a batch item): checked here too, not only by the batch entry points.
    if (Status st = requireRight(session, Right::Convert); !st.ok())
        return st.error();
    QSqlDatabase db = m_db.connection();
    auto loaded = loadTrade(db, tradeId);
    if (!loaded.ok())
        return loaded.error();
    if (!loaded.value())
        return Error(QStringLiteral("trade.not_found"),
                     QCoreApplication::translate("Conversion", "Trade %1 no longer exists (removed by someone else?).").arg(tradeId));
    Trade t = std::move(*loaded.value());
    if (auto e = checkConvertible(tradeFacts(t)))
        return *e;
    auto codes = m_mapping.lookupAll(t.shopId, t.lines);
    if (!codes.ok())
        return codes.error();
    for (size_t i = 0; i < t.lines.size(); ++i) {
        const TradeLine &l = t.lines[i];
        if (!codes.value()[i])
            return Error(QStringLiteral("convert.no_sku"),
                         QCoreApplication::translate("Conversion", "The line \"%1\" (platform item %2, sku %3) has no goods code; add it under goods mapping.")
                             .arg(l.title, l.itemId.isEmpty() ? QStringLiteral("-") : l.itemId, l.skuId.isEmpty() ? QStringLiteral("-") : l.skuId));
        t.lines[i].skuCode = *codes.value()[i];
    }

    // The claim: only one converter wins, however many try at once.
    const QString now = sql::nowText();
    QSqlQuery claim(db);
    if (Status st = sql::exec(claim,
                              QStringLiteral("UPDATE trades SET state = 'converted', converted_by = ?, converted_at = ?, last_error = '' "
                                             "WHERE id = ? AND state = 'pending'"),
                              {session.login, now, v64(tradeId)});
        !st.ok())
        return st.error();
    if (claim.numRowsAffected() != 1) {
        auto s = TradeRepository(m_db).state(tradeId);
        if (!s.ok())
            return s.error();
        if (auto e = checkTradeAction(s.value(), TradeAction::Convert))
            return *e;
        return Error(QStringLiteral("trade.converted"), QCoreApplication::translate("Conversion", "The trade has already been converted to a sales order."));
    }

    const QString orderNo = orderNumber(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")), tradeId);
    const PayStatus pay = payStatusFor(t.paidAmount.fen(), 0, t.paid);
    const Shipment ship = platformShipment(t, now);
    const QString search = buildSearchText({orderNo, t.tid, t.buyerNick, t.receiverName, t.receiverMobile});
    QSqlQuery ins(db);
    if (Status st =
            sql::exec(ins,
                      QStringLiteral("INSERT INTO sales_orders(order_no, shop_id, trade_id, tid, buyer_nick, receiver_name, receiver_mobile, receiver_address, "
                                     "goods_fen, freight_fen, discount_fen, paid_fen, refunded_fen, remarks, status, on_hold, pay_status, ship_status, "
                                     "created_at, created_by, updated_at, version, search_text, amount_diff_fen, express_company, tracking_no, shipped_at) "
                                     "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,0,?,?,0,?,?,?,?,?,1,?,?,?,?,?) RETURNING id"),
                      {orderNo,
                       v64(t.shopId),
                       v64(tradeId),
                       t.tid,
                       t.buyerNick,
                       t.receiverName,
                       t.receiverMobile,
                       fullAddress(t),
                       v64(t.goodsTotal.fen()),
                       v64(t.freight.fen()),
                       v64(t.discount.fen()),
                       v64(t.paidAmount.fen()),
                       t.sellerMemo,
                       toKey(ship.shipped() ? OrderStatus::Shipped : OrderStatus::Unconfirmed),
                       toKey(pay),
                       toKey(ship.shipped() ? ShipStatus::Shipped : ShipStatus::NotShipped),
                       now,
                       session.login,
                       now,
                       search,
                       v64(amountDifferenceFen(t)),
                       ship.company,
                       ship.trackingNo,
                       ship.at});
        !st.ok()) {
        if (st.error().code == QLatin1String("db.unique"))
            return Error(QStringLiteral("trade.converted"),
                         QCoreApplication::translate("Conversion", "The trade has already been converted to a sales order."));
        return st.error();
    }
    if (!ins.next())
        return Error(QStringLiteral("db.error"), QCoreApplication::translate("Conversion", "The new sales order got no id."));
    const int64_t orderId = ins.value(0).toLongLong();
    ins.finish();

    // All lines in one statement.
    QStringList rows;
    QVariantList vals;
    int no = 0;
    for (const TradeLine &l : t.lines) {
        rows << QStringLiteral("(?,?,?,?,?,?,?,?,?)");
        vals << v64(orderId) << ++no << l.oid << l.skuCode << l.title << l.attributes << l.quantity << v64(l.unitPrice.fen()) << v64(l.amount.fen());
    }
    QSqlQuery line(db);
    if (Status st = sql::exec(line,
                              QStringLiteral("INSERT INTO sales_order_lines(order_id, line_no, oid, sku_code, title, attributes, quantity, "
                                             "unit_fen, amount_fen) VALUES %1")
                                  .arg(rows.join(QLatin1Char(','))),
                              vals);
        !st.ok())
        return st.error();
    QSqlQuery link(db);
    if (Status st = sql::exec(link, QStringLiteral("UPDATE trades SET sales_order_id = ? WHERE id = ?"), {v64(orderId), v64(tradeId)}); !st.ok())
        return st.error();

    AuditEntry a;
    a.at = now;
    a.user = session.login;
    a.action = QStringLiteral("trade.convert");
    a.entity = QStringLiteral("sales_order");
    a.entityId = QString::number(orderId);
    a.before = Audit::json(QJsonObject{
        {QStringLiteral("trade_id"), QString::number(tradeId)}, {QStringLiteral("tid"), t.tid}, {QStringLiteral("state"), toKey(TradeState::Pending)}});
    a.after = Audit::json(QJsonObject{{QStringLiteral("order_no"), orderNo},
                                      {QStringLiteral("status"), toKey(ship.shipped() ? OrderStatus::Shipped : OrderStatus::Unconfirmed)},
                                      {QStringLiteral("pay_status"), toKey(pay)},
                                      {QStringLiteral("paid_fen"), double(t.paidAmount.fen())},
                                      {QStringLiteral("trade_state"), toKey(TradeState::Converted)}});
    a.detail = QCoreApplication::translate("Conversion", "Trade %1 converted to sales order %2").arg(t.tid, orderNo);
    if (Status st = Audit::append(db, a); !st.ok())
        return st.error();
    std::vector<CrmEvent> events{CrmEvent::Created};
    if (t.paid)
        events.push_back(CrmEvent::Paid);
    if (ship.shipped())
        events.push_back(CrmEvent::Shipped);
    if (Status st = OutboxWriter::appendFirst(db, orderId, events, newOrderSnapshot(t, orderNo, now, pay, ship)); !st.ok())
        return st.error();
    return orderId;
}

void ConversionService::recordFailure(int64_t tradeId, const Error &error)
{
    if (error.code == QLatin1String("trade.not_found"))
        return;
    QSqlQuery q(m_db.connection());
    // Only the pool rows show last_error; a converted trade keeps its clean record.
    (void)sql::exec(q, QStringLiteral("UPDATE trades SET last_error = ? WHERE id = ? AND state = 'pending'"), {error.message, v64(tradeId)});
}

Result<int64_t> ConversionService::convertOne(const Session &session, int64_t tradeId)
{
    auto summary = convert(session, {tradeId}, BatchOptions{1, 6});
    if (!summary.ok())
        return summary.error();
    const BatchItemResult &r = summary->results.at(0);
    if (!r.ok)
        return Error(r.code, r.reason);
    return r.resultId;
}

Result<BatchSummary> ConversionService::convert(const Session &session, const std::vector<int64_t> &tradeIds, BatchOptions options,
                                                const BatchProgressFn &progress, const std::atomic_bool *cancel)
{
    if (Status st = requireRight(session, Right::Convert); !st.ok())
        return st.error();
    if (Status st = m_db.open(); !st.ok())
        return st.error();
    // Merchant codes become mappings up front, in key order, so conversions of overlapping
    // selections by several desks do not contend on the mapping rows.
    if (auto filled = m_mapping.autoFill(tradeIds); !filled.ok())
        return filled.error();
    // Ascending ids: concurrent batches lock trade rows in the same order.
    std::vector<int64_t> ids = tradeIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    BatchRunner runner(
        m_db, [this, session](int64_t id) { return convertInTransaction(session, id); }, options);
    runner.setFailureHandler([this](int64_t id, const Error &e) { recordFailure(id, e); });
    return runner.run(ids, progress, cancel);
}

Result<BatchSummary> ConversionService::convertMatching(const Session &session, const ListFilter &filter, BatchOptions options)
{
    if (Status st = requireRight(session, Right::Convert); !st.ok())
        return st.error();
    auto ids = ListRepository(m_db).ids(listSpec(ListId::PendingImport), filter);
    if (!ids.ok())
        return ids.error();
    return convert(session, ids.value(), options);
}

} // namespace od
