#include "workflow/orderrow.h"

#include "storage/sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace od {

namespace {
using sql::v64;
const char *kOpenRefunds = "(SELECT COUNT(*) FROM pending_refunds p WHERE p.shop_id = o.shop_id AND p.tid = o.tid AND p.state = 'pending') + "
                           "(SELECT COUNT(*) FROM return_orders r WHERE r.order_id = o.id AND r.status = 'awaiting_goods')";
} // namespace

OrderFacts OrderRow::facts() const
{
    OrderFacts f;
    f.status = status;
    f.onHold = onHold;
    f.openRefund = openRefunds > 0;
    f.pay = pay;
    f.ship = ship;
    return f;
}

QJsonObject OrderRow::toJson() const
{
    return QJsonObject{{QStringLiteral("status"), toKey(status)},     {QStringLiteral("on_hold"), onHold},
                       {QStringLiteral("pay_status"), toKey(pay)},    {QStringLiteral("ship_status"), toKey(ship)},
                       {QStringLiteral("paid_fen"), double(paidFen)}, {QStringLiteral("refunded_fen"), double(refundedFen)},
                       {QStringLiteral("open_refunds"), openRefunds}, {QStringLiteral("express_company"), expressCompany},
                       {QStringLiteral("tracking_no"), trackingNo},   {QStringLiteral("version"), version}};
}

namespace OrderRows {

Result<OrderRow> lock(Database &db, int64_t orderId)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    const QString sqlText = QStringLiteral("SELECT o.id, o.order_no, o.shop_id, o.trade_id, o.tid, o.status, o.on_hold, o.pay_status, o.ship_status, "
                                           "o.paid_fen, o.refunded_fen, %1, o.version, o.express_company, o.tracking_no "
                                           "FROM sales_orders o WHERE o.id = ?%2")
                                .arg(QLatin1String(kOpenRefunds), sql::forUpdate(db, QStringLiteral("OF o")));
    if (Status st = sql::exec(q, sqlText, {v64(orderId)}); !st.ok())
        return st.error();
    if (!q.next())
        return Error(QStringLiteral("order.not_found"), QCoreApplication::translate("Orders", "Sales order %1 does not exist.").arg(orderId));
    OrderRow r;
    int i = 0;
    r.id = q.value(i++).toLongLong();
    r.orderNo = q.value(i++).toString();
    r.shopId = q.value(i++).toLongLong();
    r.tradeId = q.value(i++).toLongLong();
    r.tid = q.value(i++).toString();
    r.status = fromKey<OrderStatus>(q.value(i++).toString()).value_or(OrderStatus::Unconfirmed);
    r.onHold = q.value(i++).toInt() != 0;
    r.pay = fromKey<PayStatus>(q.value(i++).toString()).value_or(PayStatus::Paid);
    r.ship = fromKey<ShipStatus>(q.value(i++).toString()).value_or(ShipStatus::NotShipped);
    r.paidFen = q.value(i++).toLongLong();
    r.refundedFen = q.value(i++).toLongLong();
    r.openRefunds = q.value(i++).toInt();
    r.version = q.value(i++).toInt();
    r.expressCompany = q.value(i++).toString();
    r.trackingNo = q.value(i++).toString();
    return r;
}

Result<int64_t> idByTid(Database &db, int64_t shopId, const QString &tid)
{
    auto id = sql::scalar(db.connection(), QStringLiteral("SELECT id FROM sales_orders WHERE shop_id = ? AND tid = ?"), {v64(shopId), tid});
    if (!id.ok())
        return id.error();
    return int64_t(id.value());
}

Status refreshOpenRefunds(Database &db, int64_t orderId)
{
    QSqlQuery q(db.connection());
    return sql::exec(
        q,
        QStringLiteral("UPDATE sales_orders SET open_refunds = (SELECT %1 FROM sales_orders o WHERE o.id = ?) WHERE id = ?").arg(QLatin1String(kOpenRefunds)),
        {v64(orderId), v64(orderId)});
}

Status touch(Database &db, int64_t orderId, const QString &extraSets, const QVariantList &extraValues)
{
    QVariantList vals = extraValues;
    vals << sql::nowText() << v64(orderId);
    QSqlQuery q(db.connection());
    return sql::exec(q,
                     QStringLiteral("UPDATE sales_orders SET %1updated_at = ?, version = version + 1 WHERE id = ?")
                         .arg(extraSets.isEmpty() ? QString() : extraSets + QStringLiteral(", ")),
                     vals);
}

} // namespace OrderRows
} // namespace od
