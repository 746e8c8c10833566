#pragma once
// Writes CRM outbox events (see the outbox contract) inside the caller's transaction: the event row
// and the order change commit together or not at all.
#include "domain/types.h"
#include "storage/database.h"
#include <QJsonObject>

namespace od::OutboxWriter {

// The commit topic (storage/commitnotify.h) every append marks: the CRM dispatcher of this process
// subscribes to it and is woken when the events commit.
inline constexpr const char *kOutboxTopic = "crm_outbox";

// Appends the next event of `orderId` (seq = last seq + 1, task = new UUID, payload = a snapshot of
// the order as it is now in this transaction) and sets sales_orders.crm_state = 'pending'.
// The caller holds the order's row (FOR UPDATE / BEGIN IMMEDIATE), so seq cannot race; UNIQUE(order_id,
// seq) backs that up. Returns the new event's id.
Result<int64_t> append(QSqlDatabase db, int64_t orderId, CrmEvent event);
// Several events of one change (e.g. created + paid at conversion), in order, sharing one snapshot.
Status appendAll(QSqlDatabase db, int64_t orderId, const std::vector<CrmEvent> &events);
// For a brand-new order (no events yet) whose snapshot the caller already built, e.g. the
// conversion: writes events with seq 1, 2, ... in one statement.
Status appendFirst(QSqlDatabase db, int64_t orderId, const std::vector<CrmEvent> &events, const QJsonObject &snapshot);
// The first events of many brand-new orders (a set-based conversion chunk), in one statement.
struct FirstEvents {
    int64_t orderId = 0;
    std::vector<CrmEvent> events;
    QJsonObject snapshot;
};
Status appendFirstMany(QSqlDatabase db, const std::vector<FirstEvents> &orders);
// The payload snapshot alone (also used by tests and the order's detail view).
Result<QJsonObject> snapshot(QSqlDatabase db, int64_t orderId);
// The trade's facts the CRM order carries beyond the sales order (receiver_zip, receiver_phone, buyer_id,
// point_fee, obtain_point, pay_no, pay_method) and a line's (sku_id, iid, line_discount_fen): the same keys
// in the snapshot and in the conversion's snapshot.
void addTradeFacts(QJsonObject &snapshot, const Trade &trade);
void addLineFacts(QJsonObject &line, const TradeLine &tradeLine);
// "store.trade.add" for created, else "store.trade.update".
QString methodFor(CrmEvent event);

} // namespace od::OutboxWriter
