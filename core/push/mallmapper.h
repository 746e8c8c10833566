#pragma once
// The pushing mall's order JSON (seed 001, protocols.md §2) → od::Trade with lines, plus a pending
// refund for each line whose refund_status is 1 (in progress) or 2 (finished).
//
// Platform status we give such a trade:
//   cancel_status 1          → TRADE_CLOSED (closed = true)
//   is_confirm 1             → TRADE_FINISHED
//   is_send 1                → WAIT_BUYER_CONFIRM_GOODS
//   is_pay 1 or pay_type 2   → WAIT_SELLER_SEND_GOODS (pay_type 2 = cash on delivery: cod = true)
//   otherwise                → WAIT_BUYER_PAY
// Notes added to the seller memo: cash on delivery, self-pickup (send_type 1), same-city delivery
// (send_type 2), cancel requested (cancel_status 2), held by the mall (status 0).
#include "domain/types.h"
#include <QByteArray>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <vector>

namespace od::push {

struct MappedPush {
    Trade trade;
    std::vector<PendingRefund> refunds;  // lines with refund_status 1/2
    QString method;                      // "order_list" in the seed
    QStringList warnings;                // lenient problems (bad nested JSON, ...) that did not refuse the order
};

// Parses the exact bytes. Errors: push.empty, push.not_json, push.truncated, push.not_object.
Result<nlohmann::json> parsePushBody(const QByteArray &body);

// Maps a parsed order. Required: order_no, updated_at, detail (non-empty), total_pay_price.
// Errors: push.missing_field / push.invalid_field, each naming the field.
Result<MappedPush> mapMallOrder(const nlohmann::json &order, int64_t shopId, const QByteArray &rawBody = {});

// Line refund status strings used for the mall's refund_status.
QString lineRefundStatus(int mallRefundStatus);

} // namespace od::push
