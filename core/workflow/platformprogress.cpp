#include "workflow/platformprogress.h"

#include "storage/sql.h"
#include "workflow/audit.h"
#include "workflow/orderrow.h"
#include "workflow/orderservice.h"
#include "workflow/outboxwriter.h"
#include "workflow/platformwriteback.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace od::PlatformProgress {

namespace {
QVariant v64(int64_t x) { return QVariant::fromValue<qint64>(x); }

// Who acts when the platform does: the audit log's user.
const Session kPlatform{QStringLiteral("platform"), Role::Supervisor};

Status recordSeen(Database &db, int64_t orderId, const QString &kind, const QString &detail, const Trade &newer)
{
    QSqlQuery q(db.connection());
    return sql::exec(q,
                     QStringLiteral("INSERT INTO platform_changes(order_id, kind, detail, payload, acknowledged, created_at, platform_modified) "
                                    "VALUES (?,?,?,?,1,?,?)"),
                     {v64(orderId), kind, detail, newer.rawPayload, sql::nowText(), newer.modified});
}

Status markPaid(Database &db, const OrderRow &before, const Trade &newer)
{
    QSqlDatabase c = db.connection();
    const int64_t paid = newer.paidAmount.fen() > 0 ? newer.paidAmount.fen() : before.paidFen;
    if (Status st = OrderRows::touch(db, before.id, QStringLiteral("pay_status = 'paid', paid_fen = ?"), {v64(paid)}); !st.ok())
        return st;
    // The trade keeps the payment the CRM reads (pay_time, the payment's id).
    QSqlQuery t(c);
    if (Status st = sql::exec(t,
                              QStringLiteral("UPDATE trades SET is_paid = 1, pay_time = ?, paid_fen = ?, "
                                             "pay_no = CASE WHEN ? = '' THEN pay_no ELSE ? END WHERE id = ?"),
                              {newer.payTime, v64(paid), newer.payNo, newer.payNo, v64(before.tradeId)});
        !st.ok())
        return st;
    auto after = OrderRows::lock(db, before.id);
    if (!after.ok())
        return after.error();
    const QString detail =
        QCoreApplication::translate("PlatformChanges", "Cash on delivery paid on the platform at %1: %2").arg(newer.payTime, Money::fromFen(paid).toString());
    AuditEntry a;
    a.user = kPlatform.login;
    a.action = QStringLiteral("order.paid_on_platform");
    a.entity = QStringLiteral("sales_order");
    a.entityId = QString::number(before.id);
    a.before = Audit::json(before.toJson());
    a.after = Audit::json(after->toJson());
    a.detail = detail;
    if (Status st = Audit::append(c, a); !st.ok())
        return st;
    if (auto ev = OutboxWriter::append(c, before.id, CrmEvent::Paid); !ev.ok())
        return ev.error();
    return recordSeen(db, before.id, QStringLiteral("platform_paid"), detail, newer);
}
} // namespace

Result<Applied> apply(Database &db, int64_t salesOrderId, const Trade &newer)
{
    Applied out;
    const bool codPaid = newer.cod && newer.paid && !newer.payTime.isEmpty();
    const bool finished = newer.platformStatus == QLatin1String("TRADE_FINISHED");
    if (salesOrderId <= 0 || newer.closed || (!codPaid && !finished))
        return out; // nothing to follow: the order's row is not even read
    auto row = OrderRows::lock(db, salesOrderId);
    if (!row.ok())
        return row.error();
    if (row->status == OrderStatus::Cancelled)
        return out;
    if (codPaid && row->pay == PayStatus::Unpaid) {
        if (Status st = markPaid(db, row.value(), newer); !st.ok())
            return st.error();
        out.paid = true;
    }
    if (finished && row->status == OrderStatus::Shipped) {
        const QString detail = QCoreApplication::translate("PlatformChanges", "Finished on the platform (copy of %1)").arg(newer.modified);
        RecordingWriteBack none; // completing writes nothing back
        if (Status st = OrderService(db, none).completeInTransaction(kPlatform, salesOrderId, detail); !st.ok())
            return st.error();
        if (Status st = recordSeen(db, salesOrderId, QStringLiteral("platform_finished"), detail, newer); !st.ok())
            return st.error();
        out.finished = true;
    }
    return out;
}

} // namespace od::PlatformProgress
