#include "storage/recordrepository.h"

#include "storage/select.h"
#include "storage/sql.h"

#include <QSqlQuery>

namespace od {

namespace {
using sql::v64;
Money fen(const QVariant &v) { return Money::fromFen(v.toLongLong()); }

const char *kUserColumns = "id, login, display_name, role, active";
StaffUser readUser(const QSqlQuery &q)
{
    StaffUser u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = fromKey<Role>(q.value(3).toString()).value_or(Role::Operator);
    u.active = q.value(4).toInt() != 0;
    return u;
}
} // namespace

Result<std::optional<SalesOrder>> RecordRepository::salesOrder(int64_t id)
{
    if (Status st = m_db.open(); !st.ok())
        return st.error();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status st = sql::exec(
            q,
            QStringLiteral("SELECT id, order_no, shop_id, trade_id, tid, buyer_nick, receiver_name, receiver_mobile, receiver_address, "
                           "goods_fen, freight_fen, discount_fen, paid_fen, refunded_fen, remarks, status, on_hold, pay_status, "
                           "ship_status, express_company, tracking_no, has_warning, created_at, created_by, amount_diff_fen FROM sales_orders WHERE id = ?"),
            {v64(id)});
        !st.ok())
        return st.error();
    if (!q.next())
        return std::optional<SalesOrder>();
    SalesOrder o;
    o.id = q.value(0).toLongLong();
    o.orderNo = q.value(1).toString();
    o.shopId = q.value(2).toLongLong();
    o.tradeId = q.value(3).toLongLong();
    o.tid = q.value(4).toString();
    o.buyerNick = q.value(5).toString();
    o.receiverName = q.value(6).toString();
    o.receiverMobile = q.value(7).toString();
    o.receiverAddress = q.value(8).toString();
    o.goodsTotal = fen(q.value(9));
    o.freight = fen(q.value(10));
    o.discount = fen(q.value(11));
    o.paidAmount = fen(q.value(12));
    o.refundedAmount = fen(q.value(13));
    o.remarks = q.value(14).toString();
    o.status = fromKey<OrderStatus>(q.value(15).toString()).value_or(OrderStatus::Unconfirmed);
    o.onHold = q.value(16).toInt() != 0;
    o.payStatus = fromKey<PayStatus>(q.value(17).toString()).value_or(PayStatus::Paid);
    o.shipStatus = fromKey<ShipStatus>(q.value(18).toString()).value_or(ShipStatus::NotShipped);
    o.expressCompany = q.value(19).toString();
    o.trackingNo = q.value(20).toString();
    o.hasWarning = q.value(21).toInt() != 0;
    o.createdAt = q.value(22).toString();
    o.createdBy = q.value(23).toString();
    o.amountDiffFen = q.value(24).toLongLong();
    q.finish();
    if (Status st = sql::exec(q,
                              QStringLiteral("SELECT line_no, oid, sku_code, title, attributes, quantity, unit_fen, amount_fen, "
                                             "cancelled, refunded_fen FROM sales_order_lines WHERE order_id = ? ORDER BY line_no"),
                              {v64(id)});
        !st.ok())
        return st.error();
    while (q.next()) {
        SalesOrderLine l;
        l.lineNo = q.value(0).toInt();
        l.oid = q.value(1).toString();
        l.skuCode = q.value(2).toString();
        l.title = q.value(3).toString();
        l.attributes = q.value(4).toString();
        l.quantity = q.value(5).toInt();
        l.unitPrice = fen(q.value(6));
        l.amount = fen(q.value(7));
        l.cancelled = q.value(8).toInt() != 0;
        l.refunded = fen(q.value(9));
        o.lines.push_back(std::move(l));
    }
    return std::optional<SalesOrder>(std::move(o));
}

Result<std::optional<QByteArray>> RecordRepository::exceptionBody(int64_t id)
{
    return sql::selectOne(m_db, QStringLiteral("SELECT body FROM push_exceptions WHERE id = ?"), {v64(id)},
                          [](const QSqlQuery &q) { return q.value(0).toByteArray(); });
}

Result<std::vector<StaffUser>> RecordRepository::users()
{
    return sql::selectAll(m_db, QStringLiteral("SELECT %1 FROM users ORDER BY login").arg(QLatin1String(kUserColumns)), {}, readUser);
}

Result<std::optional<StaffUser>> RecordRepository::user(const QString &login)
{
    return sql::selectOne(m_db, QStringLiteral("SELECT %1 FROM users WHERE login = ?").arg(QLatin1String(kUserColumns)), {login}, readUser);
}

Result<std::optional<PendingDownloadRef>> RecordRepository::pendingDownload(int64_t id)
{
    return sql::selectOne(m_db, QStringLiteral("SELECT id, shop_id, tid, last_error FROM pending_downloads WHERE id = ?"), {v64(id)}, [](const QSqlQuery &q) {
        return PendingDownloadRef{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()};
    });
}

Result<std::optional<CrmEventRef>> RecordRepository::crmEvent(int64_t outboxId)
{
    return sql::selectOne(m_db, QStringLiteral("SELECT id, order_id, state FROM crm_outbox WHERE id = ?"), {v64(outboxId)}, [](const QSqlQuery &q) {
        CrmEventRef r;
        r.id = q.value(0).toLongLong();
        r.orderId = q.value(1).toLongLong();
        r.stateKey = q.value(2).toString();
        r.state = fromKey<OutboxState>(r.stateKey).value_or(OutboxState::Pending);
        return r;
    });
}

} // namespace od
