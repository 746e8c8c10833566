#include "workflow/refundservice.h"

#include "domain/text.h"
#include "storage/shoprepository.h"
#include "storage/sql.h"
#include "storage/traderepository.h"
#include "workflow/audit.h"
#include "workflow/outboxwriter.h"
#include "workflow/writetransaction.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlQuery>

namespace od {

namespace {
using sql::v64;
QString money(int64_t fen) { return Money::fromFen(fen).toString(); }

Error notFound(int64_t id)
{
    return Error(QStringLiteral("refund.not_found"), QCoreApplication::translate("Refunds", "Refund request %1 no longer exists.").arg(id));
}

Error tooMuch(int64_t amount, const OrderRow &o)
{
    return Error(QStringLiteral("refund.too_much"),
                 QCoreApplication::translate("Refunds", "Refunding %1 would exceed what was paid on order %2: paid %3, already refunded %4, at most %5 left.")
                     .arg(money(amount), o.orderNo, money(o.paidFen), money(o.refundedFen), money(std::max<int64_t>(0, o.paidFen - o.refundedFen))));
}

} // namespace

QString RefundService::returnNumber(const QString &day, int64_t pendingRefundId)
{
    return QStringLiteral("RT%1%2").arg(day).arg(pendingRefundId, 6, 10, QLatin1Char('0'));
}

Result<std::optional<PendingRefund>> RefundService::pending(int64_t id)
{
    if (Status st = m_db.open(); !st.ok())
        return st.error();
    auto r = lockPending(id);
    if (!r.ok()) {
        if (r.error().code == QLatin1String("refund.not_found"))
            return std::optional<PendingRefund>();
        return r.error();
    }
    return std::optional<PendingRefund>(r.value());
}

Result<PendingRefund> RefundService::lockPending(int64_t id)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status st = sql::exec(q,
                              QStringLiteral("SELECT id, shop_id, refund_id, tid, oid, amount_fen, reason, goods_return, platform_status, "
                                             "refund_phase, refund_version, created, modified, state, refuse_reason, platform_answer "
                                             "FROM pending_refunds WHERE id = ?%1")
                                  .arg(sql::forUpdate(m_db)),
                              {v64(id)});
        !st.ok())
        return st.error();
    if (!q.next())
        return notFound(id);
    PendingRefund p;
    int i = 0;
    p.id = q.value(i++).toLongLong();
    p.shopId = q.value(i++).toLongLong();
    p.refundId = q.value(i++).toString();
    p.tid = q.value(i++).toString();
    p.oid = q.value(i++).toString();
    p.amount = Money::fromFen(q.value(i++).toLongLong());
    p.reason = q.value(i++).toString();
    p.goodsReturn = q.value(i++).toInt() != 0;
    p.platformStatus = q.value(i++).toString();
    p.refundPhase = q.value(i++).toString();
    p.refundVersion = q.value(i++).toString();
    p.created = q.value(i++).toString();
    p.modified = q.value(i++).toString();
    p.state = fromKey<RefundState>(q.value(i++).toString()).value_or(RefundState::Pending);
    p.refuseReason = q.value(i++).toString();
    p.platformAnswer = q.value(i++).toString();
    return p;
}

// One conditional statement: two refunds racing on the same order can never exceed what was paid.
Status RefundService::addRefundMoney(const OrderRow &order, int64_t amountFen)
{
    QSqlQuery q(m_db.connection());
    if (Status st = sql::exec(q,
                              QStringLiteral("UPDATE sales_orders SET refunded_fen = refunded_fen + ?, updated_at = ?, version = version + 1 "
                                             "WHERE id = ? AND refunded_fen + ? <= paid_fen"),
                              {v64(amountFen), sql::nowText(), v64(order.id), v64(amountFen)});
        !st.ok())
        return st;
    if (q.numRowsAffected() != 1) {
        auto fresh = OrderRows::lock(m_db, order.id);
        return tooMuch(amountFen, fresh.ok() ? fresh.value() : order);
    }
    auto after = OrderRows::lock(m_db, order.id);
    if (!after.ok())
        return after.error();
    const PayStatus pay = payStatusFor(after->paidFen, after->refundedFen, order.everPaid());
    QSqlQuery up(m_db.connection());
    return sql::exec(up, QStringLiteral("UPDATE sales_orders SET pay_status = ? WHERE id = ?"), {toKey(pay), v64(order.id)});
}

Result<RefundConversion> RefundService::convertInTransaction(const Session &session, int64_t id)
{
    // Public (a batch item): checked here too, not only by the batch entry points.
    if (Status st = requireRight(session, Right::ConvertRefund); !st.ok())
        return st.error();
    QSqlDatabase db = m_db.connection();
    auto pr = lockPending(id);
    if (!pr.ok())
        return pr.error();
    if (auto e = checkRefundAction(pr->state, RefundAction::Convert))
        return *e;
    auto orderId = OrderRows::idByTid(m_db, pr->shopId, pr->tid);
    if (!orderId.ok())
        return orderId.error();
    if (orderId.value() == 0)
        return Error(QStringLiteral("refund.no_order"),
                     QCoreApplication::translate("Refunds", "Trade %1 has no sales order yet; convert the order first.").arg(pr->tid));
    auto before = OrderRows::lock(m_db, orderId.value());
    if (!before.ok())
        return before.error();
    const OrderRow &o = before.value();
    const int64_t amount = pr->amount.fen();
    if (amount < 0)
        return Error(QStringLiteral("refund.amount"), QCoreApplication::translate("Refunds", "The refund amount must not be negative."));
    if (o.refundedFen + amount > o.paidFen)
        return tooMuch(amount, o);
    const bool shipped = o.ship != ShipStatus::NotShipped || o.status == OrderStatus::Shipped || o.status == OrderStatus::Completed;
    const QString now = sql::nowText();
    QSqlQuery claim(db);
    if (Status st = sql::exec(claim,
                              QStringLiteral("UPDATE pending_refunds SET state = 'converted', handled_by = ?, handled_at = ? "
                                             "WHERE id = ? AND state = 'pending'"),
                              {session.login, now, v64(id)});
        !st.ok())
        return st.error();
    if (claim.numRowsAffected() != 1)
        return *checkRefundAction(RefundState::Converted, RefundAction::Convert);

    RefundConversion out;
    out.orderId = o.id;
    QString action, detail;
    if (shipped && pr->goodsReturn) {
        const QString returnNo = returnNumber(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")), id);
        QSqlQuery ins(db);
        if (Status st = sql::exec(ins,
                                  QStringLiteral("INSERT INTO return_orders(return_no, order_id, pending_refund_id, amount_fen, status, created_at) "
                                                 "VALUES (?,?,?,?,'awaiting_goods',?) RETURNING id"),
                                  {returnNo, v64(o.id), v64(id), v64(amount), now});
            !st.ok())
            return st.error();
        if (!ins.next())
            return Error(QStringLiteral("db.error"), QCoreApplication::translate("Refunds", "The return order got no id."));
        out.returnOrderId = ins.value(0).toLongLong();
        ins.finish();
        if (Status st = OrderRows::touch(m_db, o.id); !st.ok())
            return st.error();
        action = QStringLiteral("refund.return_created");
        detail = QCoreApplication::translate("Refunds", "Refund %1: return order %2 awaits the goods (%3)").arg(pr->refundId, returnNo, money(amount));
    } else {
        if (Status st = addRefundMoney(o, amount); !st.ok())
            return st.error();
        QSqlQuery lines(db);
        Status st;
        if (!shipped && pr->oid.isEmpty())
            st = sql::exec(lines, QStringLiteral("UPDATE sales_order_lines SET cancelled = 1 WHERE order_id = ?"), {v64(o.id)});
        else if (!shipped)
            st = sql::exec(lines, QStringLiteral("UPDATE sales_order_lines SET cancelled = 1, refunded_fen = refunded_fen + ? WHERE order_id = ? AND oid = ?"),
                           {v64(amount), v64(o.id), pr->oid});
        else if (!pr->oid.isEmpty())
            st = sql::exec(lines, QStringLiteral("UPDATE sales_order_lines SET refunded_fen = refunded_fen + ? WHERE order_id = ? AND oid = ?"),
                           {v64(amount), v64(o.id), pr->oid});
        if (!st.ok())
            return st.error();
        QSqlQuery rec(db);
        if (Status st2 = sql::exec(rec,
                                   QStringLiteral("INSERT INTO refunds(order_id, pending_refund_id, kind, amount_fen, reason, created_by, created_at) "
                                                  "VALUES (?,?,'refund',?,?,?,?)"),
                                   {v64(o.id), v64(id), v64(amount), pr->reason, session.login, now});
            !st2.ok())
            return st2.error();
        out.refundedNow = true;
        action = QStringLiteral("refund.convert");
        detail = shipped ? QCoreApplication::translate("Refunds", "Refund %1 of %2 (shipped, no goods back)").arg(pr->refundId, money(amount))
                         : QCoreApplication::translate("Refunds", "Refund %1 of %2; refunded lines cancelled").arg(pr->refundId, money(amount));
    }
    if (Status st = OrderRows::refreshOpenRefunds(m_db, o.id); !st.ok())
        return st.error();
    auto after = OrderRows::lock(m_db, o.id);
    if (!after.ok())
        return after.error();
    if (Status st = Audit::record(db, session, action, QStringLiteral("sales_order"), o.id, o.toJson(), after->toJson(), detail); !st.ok())
        return st.error();
    if (Status st = Audit::record(db, session, QStringLiteral("refund.convert"), QStringLiteral("pending_refund"), id,
                                  {{QStringLiteral("state"), toKey(RefundState::Pending)}}, {{QStringLiteral("state"), toKey(RefundState::Converted)}}, detail);
        !st.ok())
        return st.error();
    if (out.refundedNow) {
        if (auto ev = OutboxWriter::append(db, o.id, CrmEvent::Refunded); !ev.ok())
            return ev.error();
    }
    return out;
}

Result<RefundConversion> RefundService::convert(const Session &session, int64_t id)
{
    return withWriteTransaction(m_db, session, Right::ConvertRefund,
                                [&](QSqlDatabase) -> Result<RefundConversion> { return convertInTransaction(session, id); });
}

Result<BatchSummary> RefundService::convertMany(const Session &session, const std::vector<int64_t> &ids, BatchOptions options)
{
    if (Status st = requireRight(session, Right::ConvertRefund); !st.ok())
        return st.error();
    BatchRunner runner(
        m_db,
        [this, session](int64_t id) -> Result<int64_t> {
            auto r = convertInTransaction(session, id);
            if (!r.ok())
                return r.error();
            return r->orderId;
        },
        options);
    return runner.run(ids);
}

Status RefundService::refuse(const Session &session, int64_t id, const QString &reasonIn)
{
    if (Status st = requireRight(session, Right::RefuseRefund); !st.ok())
        return st;
    const QString reason = reasonIn.trimmed();
    if (Status st = checkText(reason, QCoreApplication::translate("Refunds", "The reason")); !st.ok())
        return st;
    if (reason.size() < 2 || reason.size() > 200)
        return Error(QStringLiteral("refund.reason"), QCoreApplication::translate("Refunds", "Give a reason of 2 to 200 characters for refusing the refund."));
    auto pr = pending(id);
    if (!pr.ok())
        return pr.error();
    if (!pr.value())
        return notFound(id);
    if (auto e = checkRefundAction(pr.value()->state, RefundAction::Refuse))
        return *e;
    auto shop = ShopRepository(m_db).get(pr.value()->shopId);
    if (!shop.ok())
        return shop.error();
    if (!shop.value())
        return Error(QStringLiteral("shop.not_found"), QCoreApplication::translate("Refunds", "The refund's shop no longer exists."));
    QSqlDatabase db = m_db.connection();
    auto answer = m_writeBack.refuseRefund(*shop.value(), *pr.value(), reason);
    if (!answer.ok()) {
        QSqlQuery q(db);
        (void)sql::exec(q, QStringLiteral("UPDATE pending_refunds SET platform_answer = ? WHERE id = ? AND state = 'pending'"),
                        {answer.error().message, v64(id)});
        return Error(QStringLiteral("refund.writeback"),
                     QCoreApplication::translate("Refunds", "The platform did not accept the refusal: %1").arg(answer.error().message));
    }
    return withWriteTransaction(m_db, session, Right::RefuseRefund, [&](QSqlDatabase db) -> Status {
        QSqlQuery q(db);
        if (Status st = sql::exec(q,
                                  QStringLiteral("UPDATE pending_refunds SET state = 'refused', refuse_reason = ?, platform_answer = ?, handled_by = ?, "
                                                 "handled_at = ? WHERE id = ? AND state = 'pending'"),
                                  {reason, answer.value(), session.login, sql::nowText(), v64(id)});
            !st.ok())
            return st;
        if (q.numRowsAffected() != 1)
            return *checkRefundAction(RefundState::Refused, RefundAction::Refuse);
        auto orderId = OrderRows::idByTid(m_db, pr.value()->shopId, pr.value()->tid);
        if (!orderId.ok())
            return orderId.error();
        if (orderId.value() != 0) {
            if (Status st = OrderRows::refreshOpenRefunds(m_db, orderId.value()); !st.ok())
                return st;
        }
        if (Status st = Audit::record(db, session, QStringLiteral("refund.refuse"), QStringLiteral("pending_refund"), id,
                                      {{QStringLiteral("state"), toKey(RefundState::Pending)}},
                                      {{QStringLiteral("state"), toKey(RefundState::Refused)}, {QStringLiteral("platform_answer"), answer.value()}}, reason);
            !st.ok())
            return st;
        return Status();
    });
}

Status RefundService::markProcessed(const Session &session, int64_t id)
{
    return withWriteTransaction(m_db, session, Right::MarkProcessed, [&](QSqlDatabase db) -> Status {
        auto pr = lockPending(id);
        if (!pr.ok())
            return pr.error();
        if (auto e = checkRefundAction(pr->state, RefundAction::MarkProcessed))
            return *e;
        QSqlQuery q(db);
        if (Status st = sql::exec(
                q, QStringLiteral("UPDATE pending_refunds SET state = 'processed', handled_by = ?, handled_at = ? WHERE id = ? AND state = 'pending'"),
                {session.login, sql::nowText(), v64(id)});
            !st.ok())
            return st;
        if (q.numRowsAffected() != 1)
            return *checkRefundAction(RefundState::Processed, RefundAction::MarkProcessed);
        if (Status st = TradeRepository(m_db).addTombstone(pr->shopId, QStringLiteral("refund"), pr->refundId, session.login); !st.ok())
            return st;
        auto orderId = OrderRows::idByTid(m_db, pr->shopId, pr->tid);
        if (!orderId.ok())
            return orderId.error();
        if (orderId.value() != 0) {
            if (Status st = OrderRows::refreshOpenRefunds(m_db, orderId.value()); !st.ok())
                return st;
        }
        if (Status st = Audit::record(db, session, QStringLiteral("refund.processed"), QStringLiteral("pending_refund"), id,
                                      {{QStringLiteral("state"), toKey(RefundState::Pending)}}, {{QStringLiteral("state"), toKey(RefundState::Processed)}}, {});
            !st.ok())
            return st;
        return Status();
    });
}

Result<int64_t> RefundService::partialRefund(const Session &session, int64_t orderId, int64_t amountFen, const QString &reasonIn)
{
    if (Status st = requireRight(session, Right::PartialRefund); !st.ok())
        return st.error();
    const QString reason = reasonIn.trimmed();
    if (Status st = checkText(reason, QCoreApplication::translate("Refunds", "The reason")); !st.ok())
        return st.error();
    if (amountFen <= 0)
        return Error(QStringLiteral("refund.amount"), QCoreApplication::translate("Refunds", "The refund amount must be more than zero."));
    if (reason.isEmpty() || reason.size() > 200)
        return Error(QStringLiteral("refund.reason"), QCoreApplication::translate("Refunds", "Give a reason (up to 200 characters) for the partial refund."));
    return withWriteTransaction(m_db, session, Right::PartialRefund, [&](QSqlDatabase db) -> Result<int64_t> {
        auto before = OrderRows::lock(m_db, orderId);
        if (!before.ok())
            return before.error();
        if (auto e = checkOrderAction(before->facts(), OrderAction::PartialRefund))
            return *e;
        if (Status st = addRefundMoney(before.value(), amountFen); !st.ok())
            return st.error();
        const QString now = sql::nowText();
        QSqlQuery rec(db);
        if (Status st = sql::exec(rec,
                                  QStringLiteral("INSERT INTO refunds(order_id, kind, amount_fen, reason, created_by, created_at) "
                                                 "VALUES (?,'partial',?,?,?,?) RETURNING id"),
                                  {v64(orderId), v64(amountFen), reason, session.login, now});
            !st.ok())
            return st.error();
        if (!rec.next())
            return Error(QStringLiteral("db.error"), QCoreApplication::translate("Refunds", "The refund got no id."));
        const int64_t refundId = rec.value(0).toLongLong();
        rec.finish();
        auto after = OrderRows::lock(m_db, orderId);
        if (!after.ok())
            return after.error();
        if (Status st = Audit::record(db, session, QStringLiteral("order.partial_refund"), QStringLiteral("sales_order"), orderId, before->toJson(),
                                      after->toJson(), QCoreApplication::translate("Refunds", "Partial refund of %1: %2").arg(money(amountFen), reason));
            !st.ok())
            return st.error();
        if (auto ev = OutboxWriter::append(db, orderId, CrmEvent::Refunded); !ev.ok())
            return ev.error();
        return refundId;
    });
}

Status RefundService::receiveReturn(const Session &session, int64_t returnId)
{
    return withWriteTransaction(m_db, session, Right::ReceiveReturn, [&](QSqlDatabase db) -> Status {
        QSqlQuery r(db);
        if (Status st = sql::exec(r,
                                  QStringLiteral("SELECT r.order_id, r.amount_fen, r.return_no, COALESCE(p.oid, ''), COALESCE(p.id, 0), COALESCE(p.reason, '') "
                                                 "FROM return_orders r LEFT JOIN pending_refunds p ON p.id = r.pending_refund_id WHERE r.id = ?"),
                                  {v64(returnId)});
            !st.ok())
            return st;
        if (!r.next())
            return Error(QStringLiteral("return.not_found"), QCoreApplication::translate("Refunds", "Return order %1 does not exist.").arg(returnId));
        const int64_t orderId = r.value(0).toLongLong();
        const int64_t amount = r.value(1).toLongLong();
        const QString returnNo = r.value(2).toString();
        const QString oid = r.value(3).toString();
        const int64_t pendingId = r.value(4).toLongLong();
        const QString reason = r.value(5).toString();
        r.finish();
        auto before = OrderRows::lock(m_db, orderId);
        if (!before.ok())
            return before.error();
        const QString now = sql::nowText();
        QSqlQuery claim(db);
        if (Status st =
                sql::exec(claim, QStringLiteral("UPDATE return_orders SET status = 'received', received_at = ? WHERE id = ? AND status = 'awaiting_goods'"),
                          {now, v64(returnId)});
            !st.ok())
            return st;
        if (claim.numRowsAffected() != 1)
            return Error(QStringLiteral("return.state"), QCoreApplication::translate("Refunds", "Return order %1 is not awaiting goods.").arg(returnNo));
        if (Status st = addRefundMoney(before.value(), amount); !st.ok())
            return st;
        if (!oid.isEmpty()) {
            QSqlQuery l(db);
            if (Status st = sql::exec(l, QStringLiteral("UPDATE sales_order_lines SET refunded_fen = refunded_fen + ? WHERE order_id = ? AND oid = ?"),
                                      {v64(amount), v64(orderId), oid});
                !st.ok())
                return st;
        }
        auto mid = OrderRows::lock(m_db, orderId);
        if (!mid.ok())
            return mid.error();
        const ShipStatus ship = (oid.isEmpty() || mid->refundedFen >= mid->paidFen) ? ShipStatus::Returned : ShipStatus::PartReturned;
        QSqlQuery up(db);
        if (Status st = sql::exec(up, QStringLiteral("UPDATE sales_orders SET ship_status = ? WHERE id = ?"), {toKey(ship), v64(orderId)}); !st.ok())
            return st;
        QSqlQuery rec(db);
        if (Status st = sql::exec(rec,
                                  QStringLiteral("INSERT INTO refunds(order_id, pending_refund_id, kind, amount_fen, reason, created_by, created_at) "
                                                 "VALUES (?,?,'return',?,?,?,?)"),
                                  {v64(orderId), pendingId ? v64(pendingId) : QVariant(), v64(amount), reason, session.login, now});
            !st.ok())
            return st;
        if (Status st = OrderRows::refreshOpenRefunds(m_db, orderId); !st.ok())
            return st;
        auto after = OrderRows::lock(m_db, orderId);
        if (!after.ok())
            return after.error();
        if (Status st = Audit::record(db, session, QStringLiteral("return.receive"), QStringLiteral("sales_order"), orderId, before->toJson(), after->toJson(),
                                      QCoreApplication::translate("Refunds", "Goods of return order %1 received; %2 refunded").arg(returnNo, money(amount)));
            !st.ok())
            return st;
        if (auto ev = OutboxWriter::append(db, orderId, CrmEvent::Returned); !ev.ok())
            return ev.error();
        return Status();
    });
}

} // namespace od
