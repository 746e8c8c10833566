#pragma once
// 待转入退单 and refunds: 转退单 / 批量转退单, 拒绝退款, 已处理, 部分退款, and 退单 收货入库.
#include "auth/session.h"
#include "jobs/batchrunner.h"
#include "workflow/orderrow.h"
#include "workflow/platformwriteback.h"

namespace od {

struct RefundConversion {
    int64_t orderId = 0;
    int64_t returnOrderId = 0; // set when goods come back (a 退单 awaiting the goods)
    bool refundedNow = false; // money refunded on the order right away
};

class RefundService {
public:
    RefundService(Database &db, PlatformWriteBack &writeBack) : m_db(db), m_writeBack(writeBack) { }

    Result<RefundConversion> convert(const Session &session, int64_t pendingRefundId);
    Result<BatchSummary> convertMany(const Session &session, const std::vector<int64_t> &pendingRefundIds, BatchOptions options = {});
    // Inside the caller's transaction (a batch item).
    Result<RefundConversion> convertInTransaction(const Session &session, int64_t pendingRefundId);

    // Supervisor. Reason 2–200 characters. Written back to the platform first; its answer is kept.
    Status refuse(const Session &session, int64_t pendingRefundId, const QString &reason);
    // Off the list for good (tombstone kind 'refund').
    Status markProcessed(const Session &session, int64_t pendingRefundId);
    // Supervisor. An extra refund of part of what was paid; safe under concurrency. Returns the
    // refunds row id.
    Result<int64_t> partialRefund(const Session &session, int64_t orderId, int64_t amountFen, const QString &reason);
    // 收货入库: the goods of a return order arrived; completes its refund.
    Status receiveReturn(const Session &session, int64_t returnOrderId);

    Result<std::optional<PendingRefund>> pending(int64_t pendingRefundId);
    static QString returnNumber(const QString &day, int64_t pendingRefundId);

private:
    Result<PendingRefund> lockPending(int64_t id);
    Status addRefundMoney(const OrderRow &order, int64_t amountFen);
    Database &m_db;
    PlatformWriteBack &m_writeBack;
};

} // namespace od
