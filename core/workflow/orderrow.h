#pragma once
// A sales order's header as the workflow needs it, read and locked inside a transaction
// (SELECT ... FOR UPDATE on PostgreSQL; SQLite transactions already hold the write lock).
#include "domain/types.h"
#include "storage/database.h"
#include <QJsonObject>

namespace od {

struct OrderRow {
    int64_t id = 0;
    QString orderNo;
    int64_t shopId = 0;
    int64_t tradeId = 0;
    QString tid;
    OrderStatus status = OrderStatus::Unconfirmed;
    bool onHold = false;
    PayStatus pay = PayStatus::Paid;
    ShipStatus ship = ShipStatus::NotShipped;
    int64_t paidFen = 0;
    int64_t refundedFen = 0;
    int openRefunds = 0; // pending refund requests + return orders awaiting goods, counted now
    int version = 0;
    QString expressCompany, trackingNo;

    OrderFacts facts() const;
    bool everPaid() const { return pay != PayStatus::Unpaid; }
    QJsonObject toJson() const; // for audit before / after
};

namespace OrderRows {
// Reads the order and locks its row for this transaction. "order.not_found" if missing.
Result<OrderRow> lock(Database &db, int64_t orderId);
// The sales order of a platform trade, or 0.
Result<int64_t> idByTid(Database &db, int64_t shopId, const QString &tid);
// Recomputes sales_orders.open_refunds from the pending refunds and the awaiting return orders.
Status refreshOpenRefunds(Database &db, int64_t orderId);
// Bumps version and updated_at; every change to an order goes through here.
Status touch(Database &db, int64_t orderId, const QString &extraSets = {}, const QVariantList &extraValues = {});
} // namespace OrderRows

} // namespace od
