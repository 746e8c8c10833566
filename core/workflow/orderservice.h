#pragma once
// 销售订单 actions: 审核 confirm, 挂起/解挂 hold/release, 发货 ship, 作废 cancel, 完成 complete,
// and the platform-change warnings recorded against converted orders.
#include "auth/session.h"
#include "jobs/batchrunner.h"
#include "workflow/orderrow.h"
#include "workflow/platformwriteback.h"

namespace od {

struct PlatformChange {
    int64_t id = 0;
    int64_t orderId = 0;
    QString kind;
    QString detail;
    QString payload;
    bool acknowledged = false;
    QString createdAt;
};

class OrderService {
public:
    OrderService(Database &db, PlatformWriteBack &writeBack) : m_db(db), m_writeBack(writeBack) { }

    Status confirm(const Session &session, int64_t orderId);
    Status hold(const Session &session, int64_t orderId, const QString &reason = {});
    Status release(const Session &session, int64_t orderId);
    // Writes the shipment back to the platform first; the order changes only if the platform agreed.
    Status ship(const Session &session, int64_t orderId, const QString &expressCompany, const QString &trackingNo);
    Status cancel(const Session &session, int64_t orderId, const QString &reason = {});
    Status complete(const Session &session, int64_t orderId);
    // The same 完成 inside the caller's transaction, when the platform reports the trade finished
    // (intake, workflow/platformprogress.h): no right check (the platform is not staff), `detail`
    // names the platform's word in the audit entry.
    Status completeInTransaction(const Session &session, int64_t orderId, const QString &detail);
    // Batch 审核 over many orders (chunked, per-item results).
    Result<BatchSummary> confirmMany(const Session &session, const std::vector<int64_t> &orderIds);

    Result<OrderRow> get(int64_t orderId);

    // Platform changes recorded after conversion (unacknowledged first).
    Result<std::vector<PlatformChange>> warnings(int64_t orderId);
    // Marks all of an order's changes as seen and clears its warning flag.
    Status acknowledgeWarnings(const Session &session, int64_t orderId);
    // Records a platform change against an order inside the caller's transaction (used by intake).
    static Status recordPlatformChange(Database &db, int64_t orderId, const QString &kind, const QString &detail, const QString &payload = {});

private:
    using Change = std::function<Status(const OrderRow &before)>;
    Result<int64_t> actInTransaction(const Session &session, int64_t orderId, OrderAction action, const QString &auditAction, const Change &change,
                                     std::optional<CrmEvent> event, const QString &detail);
    Status act(const Session &session, int64_t orderId, OrderAction action, Right right, const QString &auditAction, const Change &change,
               std::optional<CrmEvent> event, const QString &detail = {});
    Database &m_db;
    PlatformWriteBack &m_writeBack;
};

} // namespace od
