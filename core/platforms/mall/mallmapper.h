#pragma once
// The pushing mall's order JSON (seed 001, protocols.md §2; every field and its source in
// docs/protocols/mall.md) → od::Trade with lines, plus a pending refund for each line with an
// after-sale (refund_status 1 in progress, 2 ended: SUCCESS with is_refund 1, CLOSED without).
//
// Amounts: see platforms/mall/mallamounts.h (goods before discounts, the discount the mall took off broken
// down, freight, paid; a difference is kept, never forced away).
// Platform status we give such a trade:
//   cancel_status 1          → TRADE_CLOSED (closed = true)
//   is_confirm 1             → TRADE_FINISHED
//   is_send 1                → WAIT_BUYER_CONFIRM_GOODS, with express / express_no / send_time
//   is_pay 1 or pay_type 2   → WAIT_SELLER_SEND_GOODS (pay_type 2 = cash on delivery: cod = true)
//   otherwise                → WAIT_BUYER_PAY
// is_delete 1 or is_recycle 1 (in the mall's recycle bin) → deleted: such an order does not enter
// 待转入订单, and one converted already gets a platform change.
// Notes added to the seller memo: cash on delivery, self-pickup (send_type 1), same-city delivery
// (send_type 2), cancel requested (cancel_status 2), held by the mall (status 0), a merchant's order.
#include "domain/types.h"
#include "platforms/platform.h"
#include <QByteArray>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <vector>

namespace od::push {

// MappedPush (the trade, its line refunds, deleted) is the platform layer's: platforms/platform.h.
using od::MappedPush;

// Parses the exact bytes. Errors: push.empty, push.not_json, push.truncated, push.not_object.
Result<nlohmann::json> parsePushBody(const QByteArray &body);

// Maps a parsed order. Required: order_no, updated_at, detail (non-empty), total_pay_price.
// Errors: push.missing_field / push.invalid_field, each naming the field.
Result<MappedPush> mapMallOrder(const nlohmann::json &order, int64_t shopId, const QByteArray &rawBody = {});

// The line refund status we keep for the mall's refund_status / is_refund ("" = nothing open).
QString lineRefundStatus(int mallRefundStatus, int isRefund);

} // namespace od::push
