#include "workflow/outboxwriter.h"

#include "storage/commitnotify.h"
#include "storage/sql.h"
#include "storage/sqlrows.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace od::OutboxWriter {

namespace {
using sql::v64;
} // namespace

void addTradeFacts(QJsonObject &o, const Trade &t)
{
    o[QStringLiteral("receiver_zip")] = t.receiverZip;
    o[QStringLiteral("receiver_phone")] = t.receiverPhone;
    o[QStringLiteral("buyer_id")] = t.buyerId;
    o[QStringLiteral("point_fee")] = double(t.pointFee);
    o[QStringLiteral("obtain_point")] = double(t.obtainPoint);
    o[QStringLiteral("pay_no")] = t.payNo;
    o[QStringLiteral("pay_method")] = t.payMethod;
}

void addLineFacts(QJsonObject &line, const TradeLine &l)
{
    line[QStringLiteral("sku_id")] = l.skuId;
    line[QStringLiteral("iid")] = l.itemId;
    line[QStringLiteral("line_discount_fen")] = double(l.discount.fen());
}

QString methodFor(CrmEvent event) { return event == CrmEvent::Created ? QStringLiteral("store.trade.add") : QStringLiteral("store.trade.update"); }

Result<QJsonObject> snapshot(QSqlDatabase db, int64_t orderId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status st =
            sql::exec(q,
                      QStringLiteral("SELECT o.order_no, o.tid, o.shop_id, o.created_at, o.updated_at, o.status, o.on_hold, o.pay_status, o.ship_status, "
                                     "o.buyer_nick, o.receiver_name, o.receiver_mobile, COALESCE(t.receiver_state, ''), COALESCE(t.receiver_city, ''), "
                                     "COALESCE(t.receiver_district, ''), o.receiver_address, o.goods_fen, o.freight_fen, o.discount_fen, o.paid_fen, "
                                     "o.refunded_fen, COALESCE(t.is_cod, 0), o.express_company, o.tracking_no, COALESCE(t.buyer_memo, ''), o.remarks, "
                                     "COALESCE(t.created, ''), COALESCE(t.modified, ''), COALESCE(t.pay_time, ''), COALESCE(t.buyer_mobile, ''), o.shipped_at, "
                                     "COALESCE(t.receiver_zip, ''), COALESCE(t.receiver_phone, ''), COALESCE(t.buyer_id, ''), COALESCE(t.point_fee, 0), "
                                     "COALESCE(t.obtain_point, 0), COALESCE(t.pay_no, ''), COALESCE(t.pay_method, '') "
                                     "FROM sales_orders o LEFT JOIN trades t ON t.id = o.trade_id WHERE o.id = ?"),
                      {v64(orderId)});
        !st.ok())
        return st.error();
    if (!q.next())
        return Error(QStringLiteral("order.not_found"), QCoreApplication::translate("Orders", "Sales order %1 does not exist.").arg(orderId));
    int i = 0;
    auto s = [&] { return q.value(i++).toString(); };
    auto n = [&] { return q.value(i++).toLongLong(); };
    QJsonObject o;
    o[QStringLiteral("order_no")] = s();
    o[QStringLiteral("tid")] = s();
    o[QStringLiteral("shop_id")] = QString::number(n());
    o[QStringLiteral("created_at")] = s();
    o[QStringLiteral("updated_at")] = s();
    o[QStringLiteral("status")] = s();
    o[QStringLiteral("on_hold")] = n() != 0;
    o[QStringLiteral("pay_status")] = s();
    o[QStringLiteral("ship_status")] = s();
    for (const char *k : {"buyer_nick", "receiver_name", "receiver_mobile", "receiver_state", "receiver_city", "receiver_district", "receiver_address"})
        o[QLatin1String(k)] = s();
    for (const char *k : {"goods_fen", "freight_fen", "discount_fen", "paid_fen", "refunded_fen"})
        o[QLatin1String(k)] = double(n());
    o[QStringLiteral("is_cod")] = n() != 0;
    for (const char *k :
         {"express_company", "tracking_no", "buyer_memo", "remarks", "platform_created", "platform_modified", "pay_time", "buyer_mobile", "shipped_at"})
        o[QLatin1String(k)] = s();
    Trade facts;
    facts.receiverZip = s();
    facts.receiverPhone = s();
    facts.buyerId = s();
    facts.pointFee = n();
    facts.obtainPoint = n();
    facts.payNo = s();
    facts.payMethod = s();
    addTradeFacts(o, facts);
    q.finish();

    QSqlQuery l(db);
    l.setForwardOnly(true);
    // The platform line's ids and discount: the trade line the conversion made this line from.
    if (Status st = sql::exec(l,
                              QStringLiteral("SELECT l.oid, l.sku_code, l.title, l.attributes, l.quantity, l.unit_fen, l.amount_fen, "
                                             "l.cancelled, l.refunded_fen, COALESCE(tl.sku_id, ''), COALESCE(tl.item_id, ''), "
                                             "COALESCE(tl.discount_fen, 0) FROM sales_order_lines l JOIN sales_orders o ON o.id = l.order_id "
                                             "LEFT JOIN trade_lines tl ON tl.trade_id = o.trade_id AND tl.line_no = l.line_no "
                                             "WHERE l.order_id = ? ORDER BY l.line_no"),
                              {v64(orderId)});
        !st.ok())
        return st.error();
    QJsonArray lines;
    while (l.next()) {
        QJsonObject line;
        line[QStringLiteral("oid")] = l.value(0).toString();
        line[QStringLiteral("sku_code")] = l.value(1).toString();
        line[QStringLiteral("title")] = l.value(2).toString();
        line[QStringLiteral("attributes")] = l.value(3).toString();
        line[QStringLiteral("quantity")] = l.value(4).toInt();
        line[QStringLiteral("unit_fen")] = double(l.value(5).toLongLong());
        line[QStringLiteral("amount_fen")] = double(l.value(6).toLongLong());
        line[QStringLiteral("cancelled")] = l.value(7).toInt() != 0;
        line[QStringLiteral("refunded_fen")] = double(l.value(8).toLongLong());
        TradeLine tl;
        tl.skuId = l.value(9).toString();
        tl.itemId = l.value(10).toString();
        tl.discount = Money::fromFen(l.value(11).toLongLong());
        addLineFacts(line, tl);
        lines.append(line);
    }
    o[QStringLiteral("lines")] = lines;
    return o;
}

namespace {
Result<int64_t> insertEvent(QSqlDatabase db, int64_t orderId, int seq, CrmEvent event, const QString &payload)
{
    const QString task = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(db);
    if (Status st = sql::exec(q,
                              QStringLiteral("INSERT INTO crm_outbox(order_id, seq, event, task, method, payload, state, created_at) "
                                             "VALUES (?,?,?,?,?,?,'pending',?) RETURNING id"),
                              {v64(orderId), seq, toKey(event), task, methodFor(event), payload, sql::nowText()});
        !st.ok())
        return st.error();
    if (!q.next())
        return Error(QStringLiteral("db.error"), QCoreApplication::translate("Orders", "The outbox event got no id."));
    return int64_t(q.value(0).toLongLong());
}

Result<int64_t> appendEvents(QSqlDatabase db, int64_t orderId, const std::vector<CrmEvent> &events)
{
    auto snap = snapshot(db, orderId);
    if (!snap.ok())
        return snap.error();
    auto last = sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM crm_outbox WHERE order_id = ?"), {v64(orderId)});
    if (!last.ok())
        return last.error();
    const QString payload = QString::fromUtf8(QJsonDocument(snap.value()).toJson(QJsonDocument::Compact));
    int64_t id = 0;
    int seq = int(last.value());
    for (CrmEvent e : events) {
        auto r = insertEvent(db, orderId, ++seq, e, payload);
        if (!r.ok())
            return r.error();
        id = r.value();
    }
    QSqlQuery up(db);
    if (Status st = sql::exec(up, QStringLiteral("UPDATE sales_orders SET crm_state = 'pending' WHERE id = ?"), {v64(orderId)}); !st.ok())
        return st.error();
    sql::notifyOnCommit(db, QString::fromLatin1(kOutboxTopic));
    return id;
}
} // namespace

Result<int64_t> append(QSqlDatabase db, int64_t orderId, CrmEvent event) { return appendEvents(db, orderId, {event}); }

Status appendFirst(QSqlDatabase db, int64_t orderId, const std::vector<CrmEvent> &events, const QJsonObject &snap)
{
    return appendFirstMany(db, {FirstEvents{orderId, events, snap}});
}

Status appendFirstMany(QSqlDatabase db, const std::vector<FirstEvents> &orders)
{
    const QString now = sql::nowText();
    QVariantList vals;
    for (const FirstEvents &o : orders) {
        const QString payload = QString::fromUtf8(QJsonDocument(o.snapshot).toJson(QJsonDocument::Compact));
        int seq = 0;
        for (CrmEvent e : o.events)
            vals << v64(o.orderId) << ++seq << toKey(e) << QUuid::createUuid().toString(QUuid::WithoutBraces) << methodFor(e) << payload << now;
    }
    // sales_orders.crm_state starts as 'pending'.
    if (Status st = sql::insertRows(db, QStringLiteral("INSERT INTO crm_outbox(order_id, seq, event, task, method, payload, state, created_at) VALUES"),
                                    QStringLiteral("(?,?,?,?,?,?,'pending',?)"), vals);
        !st.ok())
        return st;
    sql::notifyOnCommit(db, QString::fromLatin1(kOutboxTopic));
    return {};
}

Status appendAll(QSqlDatabase db, int64_t orderId, const std::vector<CrmEvent> &events)
{
    auto r = appendEvents(db, orderId, events);
    if (!r.ok())
        return r.error();
    return {};
}

} // namespace od::OutboxWriter
