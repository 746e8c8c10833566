#pragma once
// Every state of every record, and the transitions allowed between them, in one place.
// Stored as short stable strings (see toKey/fromKey); shown through label(), which is translated.
#include "domain/result.h"
#include <QString>
#include <optional>

namespace od {

// Where a platform trade is: exactly one of these at any time.
enum class TradeState { Pending, Converted, Processed };
// Our sales order's main lifecycle. On hold is a flag beside it (挂起 / 解挂), not a state.
enum class OrderStatus { Unconfirmed, Confirmed, Shipped, Completed, Cancelled };
enum class PayStatus { Unpaid, Paid, PartRefunded, Refunded };
enum class ShipStatus { NotShipped, Shipped, PartReturned, Returned };
enum class RefundState { Pending, Converted, Refused, Processed };
enum class ReturnStatus { AwaitingGoods, Received, Cancelled };
enum class OutboxState { Pending, Running, Done, Failed };
enum class Role { Operator, Supervisor, Admin };

// Actions staff take on a sales order.
enum class OrderAction { Confirm, Hold, Release, Ship, Cancel, Complete, PartialRefund };
// Actions on a pending refund.
enum class RefundAction { Convert, Refuse, MarkProcessed };
// Actions on a trade in the pending-import pool.
enum class TradeAction { Convert, Remove, MarkProcessed };

// Rights: what each role may do. Checked in the core on every action.
enum class Right {
    View,
    Convert,
    Remove,
    MarkProcessed,
    Confirm,
    Ship,
    Hold,
    RefuseRefund,
    PartialRefund,
    CancelOrder,
    ConvertRefund,
    ReceiveReturn,
    ManageShops,
    ManageUsers,
    ManageCrm,
    RetryCrm,
    EditSkuMapping,
    // Buyers' whole mobile numbers (PIPL): lists always show them masked (138****5678); the details
    // and exports show them whole only to staff with this right.
    ViewBuyerContact,
    // 转单策略 and the blacklist (supervisor).
    ManageRules
};
bool roleHas(Role role, Right right);

// A snapshot of what the transition rules need to know about an order.
struct OrderFacts {
    OrderStatus status = OrderStatus::Unconfirmed;
    bool onHold = false;
    bool openRefund = false; // a refund request on this order is not yet settled
    PayStatus pay = PayStatus::Paid;
    ShipStatus ship = ShipStatus::NotShipped;
};

// Why an action is not allowed, or nothing if it is. The same function drives button enabling
// in the UI and the check in the core.
std::optional<Error> checkOrderAction(const OrderFacts &facts, OrderAction action);
// The status after an allowed action (Hold/Release/PartialRefund leave the status unchanged).
OrderStatus orderStatusAfter(OrderStatus from, OrderAction action);

std::optional<Error> checkRefundAction(RefundState state, RefundAction action);
std::optional<Error> checkTradeAction(TradeState state, TradeAction action);
bool outboxTransitionAllowed(OutboxState from, OutboxState to);

// Pay status from amounts (paid and refunded are both in fen).
PayStatus payStatusFor(int64_t paidFen, int64_t refundedFen, bool paid);

// Storage keys (stable; never translated) and translated labels.
QString toKey(TradeState s);
QString toKey(OrderStatus s);
QString toKey(PayStatus s);
QString toKey(ShipStatus s);
QString toKey(RefundState s);
QString toKey(ReturnStatus s);
QString toKey(OutboxState s);
QString toKey(Role r);

template <typename E> std::optional<E> fromKey(const QString &key);

QString label(TradeState s);
QString label(OrderStatus s);
QString label(PayStatus s);
QString label(ShipStatus s);
QString label(RefundState s);
QString label(ReturnStatus s);
QString label(OutboxState s);
QString label(Role r);

} // namespace od
