#include "workflow/orderservice.h"

#include "domain/text.h"
#include "storage/shoprepository.h"
#include "storage/select.h"
#include "storage/sql.h"
#include "workflow/audit.h"
#include "workflow/outboxwriter.h"
#include "workflow/writetransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace od {

namespace {
using sql::v64;
} // namespace

Result<int64_t> OrderService::actInTransaction(const Session &session, int64_t orderId, OrderAction action, const QString &auditAction, const Change &change,
                                               std::optional<CrmEvent> event, const QString &detail)
{
    auto before = OrderRows::lock(m_db, orderId);
    if (!before.ok())
        return before.error();
    if (auto e = checkOrderAction(before->facts(), action))
        return *e;
    if (Status st = change(before.value()); !st.ok())
        return st.error();
    auto after = OrderRows::lock(m_db, orderId);
    if (!after.ok())
        return after.error();
    AuditEntry a;
    a.user = session.login;
    a.action = auditAction;
    a.entity = QStringLiteral("sales_order");
    a.entityId = QString::number(orderId);
    a.before = Audit::json(before->toJson());
    a.after = Audit::json(after->toJson());
    a.detail = detail;
    if (Status st = Audit::append(m_db.connection(), a); !st.ok())
        return st.error();
    if (event) {
        if (auto ev = OutboxWriter::append(m_db.connection(), orderId, *event); !ev.ok())
            return ev.error();
    }
    return orderId;
}

Status OrderService::act(const Session &session, int64_t orderId, OrderAction action, Right right, const QString &auditAction, const Change &change,
                         std::optional<CrmEvent> event, const QString &detail)
{
    return withWriteTransaction(m_db, session, right, [&](QSqlDatabase db) -> Status {
        if (auto r = actInTransaction(session, orderId, action, auditAction, change, event, detail); !r.ok())
            return r.error();
        return Status();
    });
}

Status OrderService::confirm(const Session &session, int64_t orderId)
{
    return act(
        session, orderId, OrderAction::Confirm, Right::Confirm, QStringLiteral("order.confirm"),
        [this](const OrderRow &o) { return OrderRows::touch(m_db, o.id, QStringLiteral("status = 'confirmed'")); }, std::nullopt);
}

Result<BatchSummary> OrderService::confirmMany(const Session &session, const std::vector<int64_t> &orderIds)
{
    if (Status st = requireRight(session, Right::Confirm); !st.ok())
        return st.error();
    BatchRunner runner(m_db, [this, session](int64_t id) {
        return actInTransaction(session, id, OrderAction::Confirm, QStringLiteral("order.confirm"),
                                [this](const OrderRow &o) { return OrderRows::touch(m_db, o.id, QStringLiteral("status = 'confirmed'")); }, std::nullopt, {});
    });
    return runner.run(orderIds);
}

Status OrderService::hold(const Session &session, int64_t orderId, const QString &reason)
{
    if (Status st = requireRight(session, Right::Hold); !st.ok())
        return st;
    if (Status st = checkText(reason, QCoreApplication::translate("Orders", "The reason"), 200); !st.ok())
        return st;
    return act(
        session, orderId, OrderAction::Hold, Right::Hold, QStringLiteral("order.hold"),
        [this](const OrderRow &o) { return OrderRows::touch(m_db, o.id, QStringLiteral("on_hold = 1")); }, std::nullopt, reason);
}

Status OrderService::release(const Session &session, int64_t orderId)
{
    return act(
        session, orderId, OrderAction::Release, Right::Hold, QStringLiteral("order.release"),
        [this](const OrderRow &o) { return OrderRows::touch(m_db, o.id, QStringLiteral("on_hold = 0")); }, std::nullopt);
}

Status OrderService::ship(const Session &session, int64_t orderId, const QString &expressCompany, const QString &trackingNo)
{
    if (Status st = requireRight(session, Right::Ship); !st.ok())
        return st;
    const QString company = expressCompany.trimmed(), tracking = trackingNo.trimmed();
    if (company.isEmpty() || tracking.isEmpty())
        return Error(QStringLiteral("order.ship.tracking"),
                     QCoreApplication::translate("Orders", "Shipping needs the express company and the tracking number."));
    if (Status st = checkText(company, QCoreApplication::translate("Orders", "The express company"), 64); !st.ok())
        return st;
    if (Status st = checkText(tracking, QCoreApplication::translate("Orders", "The tracking number"), 64); !st.ok())
        return st;
    // Check first (no lock held during the platform call), write back, then change under the lock.
    auto current = get(orderId);
    if (!current.ok())
        return current.error();
    if (auto e = checkOrderAction(current->facts(), OrderAction::Ship))
        return *e;
    auto shop = ShopRepository(m_db).get(current->shopId);
    if (!shop.ok())
        return shop.error();
    if (!shop.value())
        return Error(QStringLiteral("shop.not_found"), QCoreApplication::translate("Orders", "The order's shop no longer exists."));
    auto answer = m_writeBack.shipped(*shop.value(), current->tid, company, tracking);
    if (!answer.ok())
        return Error(QStringLiteral("order.ship.writeback"),
                     QCoreApplication::translate("Orders", "The platform did not accept the shipment: %1").arg(answer.error().message));
    return act(
        session, orderId, OrderAction::Ship, Right::Ship, QStringLiteral("order.ship"),
        [&](const OrderRow &o) {
            return OrderRows::touch(m_db, o.id,
                                    QStringLiteral("status = 'shipped', ship_status = 'shipped', express_company = ?, tracking_no = ?, shipped_at = ?"),
                                    {company, tracking, sql::nowText()});
        },
        CrmEvent::Shipped, QCoreApplication::translate("Orders", "Platform answer: %1").arg(answer.value()));
}

Status OrderService::cancel(const Session &session, int64_t orderId, const QString &reason)
{
    if (Status st = requireRight(session, Right::CancelOrder); !st.ok())
        return st;
    if (Status st = checkText(reason, QCoreApplication::translate("Orders", "The reason"), 200); !st.ok())
        return st;
    return act(
        session, orderId, OrderAction::Cancel, Right::CancelOrder, QStringLiteral("order.cancel"),
        [this](const OrderRow &o) { return OrderRows::touch(m_db, o.id, QStringLiteral("status = 'cancelled', on_hold = 0")); }, CrmEvent::Cancelled, reason);
}

Status OrderService::complete(const Session &session, int64_t orderId)
{
    return act(
        session, orderId, OrderAction::Complete, Right::Ship, QStringLiteral("order.complete"),
        [this](const OrderRow &o) { return OrderRows::touch(m_db, o.id, QStringLiteral("status = 'completed'")); }, CrmEvent::Finished);
}

Status OrderService::completeInTransaction(const Session &session, int64_t orderId, const QString &detail)
{
    auto r = actInTransaction(
        session, orderId, OrderAction::Complete, QStringLiteral("order.complete"),
        [this](const OrderRow &o) { return OrderRows::touch(m_db, o.id, QStringLiteral("status = 'completed'")); }, CrmEvent::Finished, detail);
    if (!r.ok())
        return r.error();
    return {};
}

Result<OrderRow> OrderService::get(int64_t orderId)
{
    if (Status st = m_db.open(); !st.ok())
        return st.error();
    // Outside a transaction FOR UPDATE is harmless on PostgreSQL (released at once).
    return OrderRows::lock(m_db, orderId);
}

Result<std::vector<PlatformChange>> OrderService::warnings(int64_t orderId)
{
    return sql::selectAll(m_db,
                          QStringLiteral("SELECT id, order_id, kind, detail, payload, acknowledged, created_at FROM platform_changes "
                                         "WHERE order_id = ? ORDER BY acknowledged, id"),
                          {v64(orderId)}, [](const QSqlQuery &q) {
                              return PlatformChange{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                                                    q.value(4).toString(),   q.value(5).toInt() != 0, q.value(6).toString()};
                          });
}

Status OrderService::acknowledgeWarnings(const Session &session, int64_t orderId)
{
    return withWriteTransaction(m_db, session, Right::View, [&](QSqlDatabase db) -> Status {
        auto row = OrderRows::lock(m_db, orderId);
        if (!row.ok())
            return row.error();
        QSqlQuery q(db);
        if (Status st = sql::exec(q, QStringLiteral("UPDATE platform_changes SET acknowledged = 1 WHERE order_id = ? AND acknowledged = 0"), {v64(orderId)});
            !st.ok())
            return st;
        const int n = q.numRowsAffected();
        if (Status st = OrderRows::touch(m_db, orderId, QStringLiteral("has_warning = 0")); !st.ok())
            return st;
        AuditEntry a;
        a.user = session.login;
        a.action = QStringLiteral("order.acknowledge_warnings");
        a.entity = QStringLiteral("sales_order");
        a.entityId = QString::number(orderId);
        a.detail = QCoreApplication::translate("Orders", "%n platform change(s) acknowledged", nullptr, n);
        return Audit::append(db, a);
    });
}

Status OrderService::recordPlatformChange(Database &db, int64_t orderId, const QString &kind, const QString &detail, const QString &payload)
{
    QSqlQuery q(db.connection());
    if (Status st = sql::exec(q, QStringLiteral("INSERT INTO platform_changes(order_id, kind, detail, payload, acknowledged, created_at) VALUES (?,?,?,?,0,?)"),
                              {v64(orderId), kind, detail, payload, sql::nowText()});
        !st.ok())
        return st;
    QSqlQuery up(db.connection());
    return sql::exec(up, QStringLiteral("UPDATE sales_orders SET has_warning = 1 WHERE id = ?"), {v64(orderId)});
}

} // namespace od
