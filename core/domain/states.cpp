#include "domain/states.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace od {

namespace {
QString translated(const char *s) { return QCoreApplication::translate("States", s); }
Error notAllowed(const char *code, const char *msg) { return Error(QString::fromLatin1(code), translated(msg)); }

template <typename E, size_t N> std::optional<E> lookup(const std::array<std::pair<E, const char *>, N> &table, const QString &key)
{
    for (const auto &[e, k] : table)
        if (key == QLatin1String(k))
            return e;
    return std::nullopt;
}
template <typename E, size_t N> QString keyOf(const std::array<std::pair<E, const char *>, N> &table, E e)
{
    for (const auto &[v, k] : table)
        if (v == e)
            return QString::fromLatin1(k);
    return {};
}

constexpr std::array<std::pair<TradeState, const char *>, 3> kTrade{
    {{TradeState::Pending, "pending"}, {TradeState::Converted, "converted"}, {TradeState::Processed, "processed"}}};
constexpr std::array<std::pair<OrderStatus, const char *>, 5> kOrder{{{OrderStatus::Unconfirmed, "unconfirmed"},
                                                                      {OrderStatus::Confirmed, "confirmed"},
                                                                      {OrderStatus::Shipped, "shipped"},
                                                                      {OrderStatus::Completed, "completed"},
                                                                      {OrderStatus::Cancelled, "cancelled"}}};
constexpr std::array<std::pair<PayStatus, const char *>, 4> kPay{
    {{PayStatus::Unpaid, "unpaid"}, {PayStatus::Paid, "paid"}, {PayStatus::PartRefunded, "part_refunded"}, {PayStatus::Refunded, "refunded"}}};
constexpr std::array<std::pair<ShipStatus, const char *>, 4> kShip{{{ShipStatus::NotShipped, "not_shipped"},
                                                                    {ShipStatus::Shipped, "shipped"},
                                                                    {ShipStatus::PartReturned, "part_returned"},
                                                                    {ShipStatus::Returned, "returned"}}};
constexpr std::array<std::pair<RefundState, const char *>, 4> kRefund{
    {{RefundState::Pending, "pending"}, {RefundState::Converted, "converted"}, {RefundState::Refused, "refused"}, {RefundState::Processed, "processed"}}};
constexpr std::array<std::pair<ReturnStatus, const char *>, 3> kReturn{
    {{ReturnStatus::AwaitingGoods, "awaiting_goods"}, {ReturnStatus::Received, "received"}, {ReturnStatus::Cancelled, "cancelled"}}};
constexpr std::array<std::pair<OutboxState, const char *>, 4> kOutbox{
    {{OutboxState::Pending, "pending"}, {OutboxState::Running, "running"}, {OutboxState::Done, "done"}, {OutboxState::Failed, "failed"}}};
constexpr std::array<std::pair<Role, const char *>, 3> kRole{{{Role::Operator, "operator"}, {Role::Supervisor, "supervisor"}, {Role::Admin, "admin"}}};
} // namespace

bool roleHas(Role role, Right right)
{
    switch (right) {
    case Right::View:
    case Right::Convert:
    case Right::Remove:
    case Right::MarkProcessed:
    case Right::Confirm:
    case Right::Ship:
    case Right::Hold:
    case Right::ConvertRefund:
    case Right::ReceiveReturn:
    case Right::EditSkuMapping:
        return true;
    case Right::RefuseRefund:
    case Right::PartialRefund:
    case Right::CancelOrder:
    case Right::RetryCrm:
    case Right::ViewBuyerContact:
    case Right::ManageRules:
        return role == Role::Supervisor || role == Role::Admin;
    case Right::ManageShops:
    case Right::ManageUsers:
    case Right::ManageCrm:
        return role == Role::Admin;
    }
    return false;
}

std::optional<Error> checkOrderAction(const OrderFacts &f, OrderAction action)
{
    const bool beforeShipping = f.status == OrderStatus::Unconfirmed || f.status == OrderStatus::Confirmed;
    switch (action) {
    case OrderAction::Confirm:
        if (f.status != OrderStatus::Unconfirmed)
            return notAllowed("order.confirm.state", QT_TRANSLATE_NOOP("States", "Only an unconfirmed order can be confirmed."));
        if (f.onHold)
            return notAllowed("order.on_hold", QT_TRANSLATE_NOOP("States", "The order is on hold; release it first."));
        if (f.openRefund)
            return notAllowed("order.open_refund", QT_TRANSLATE_NOOP("States", "The order has an open refund request; settle it first."));
        return std::nullopt;
    case OrderAction::Hold:
        if (!beforeShipping)
            return notAllowed("order.hold.state", QT_TRANSLATE_NOOP("States", "Only an order that has not been shipped can be put on hold."));
        if (f.onHold)
            return notAllowed("order.hold.already", QT_TRANSLATE_NOOP("States", "The order is already on hold."));
        return std::nullopt;
    case OrderAction::Release:
        if (!f.onHold)
            return notAllowed("order.release.not_held", QT_TRANSLATE_NOOP("States", "The order is not on hold."));
        return std::nullopt;
    case OrderAction::Ship:
        if (f.status != OrderStatus::Confirmed)
            return notAllowed("order.ship.state", QT_TRANSLATE_NOOP("States", "Only a confirmed order can be shipped."));
        if (f.onHold)
            return notAllowed("order.on_hold", QT_TRANSLATE_NOOP("States", "The order is on hold; release it first."));
        if (f.openRefund)
            return notAllowed("order.open_refund", QT_TRANSLATE_NOOP("States", "The order has an open refund request; settle it first."));
        if (f.pay == PayStatus::Refunded)
            return notAllowed("order.ship.refunded", QT_TRANSLATE_NOOP("States", "The order has been refunded in full."));
        return std::nullopt;
    case OrderAction::Cancel:
        if (!beforeShipping)
            return notAllowed("order.cancel.state", QT_TRANSLATE_NOOP("States", "Only an order that has not been shipped can be cancelled."));
        return std::nullopt;
    case OrderAction::Complete:
        if (f.status != OrderStatus::Shipped)
            return notAllowed("order.complete.state", QT_TRANSLATE_NOOP("States", "Only a shipped order can be completed."));
        return std::nullopt;
    case OrderAction::PartialRefund:
        if (f.status == OrderStatus::Cancelled)
            return notAllowed("order.refund.cancelled", QT_TRANSLATE_NOOP("States", "The order is cancelled."));
        if (f.pay == PayStatus::Unpaid || f.pay == PayStatus::Refunded)
            return notAllowed("order.refund.nothing", QT_TRANSLATE_NOOP("States", "Nothing paid is left to refund on this order."));
        return std::nullopt;
    }
    return std::nullopt;
}

OrderStatus orderStatusAfter(OrderStatus from, OrderAction action)
{
    switch (action) {
    case OrderAction::Confirm:
        return OrderStatus::Confirmed;
    case OrderAction::Ship:
        return OrderStatus::Shipped;
    case OrderAction::Cancel:
        return OrderStatus::Cancelled;
    case OrderAction::Complete:
        return OrderStatus::Completed;
    case OrderAction::Hold:
    case OrderAction::Release:
    case OrderAction::PartialRefund:
        return from;
    }
    return from;
}

std::optional<Error> checkRefundAction(RefundState state, RefundAction)
{
    if (state != RefundState::Pending)
        return notAllowed("refund.state", QT_TRANSLATE_NOOP("States", "This refund request has already been handled."));
    return std::nullopt;
}

std::optional<Error> checkTradeAction(TradeState state, TradeAction action)
{
    if (state == TradeState::Converted)
        return notAllowed("trade.converted", QT_TRANSLATE_NOOP("States", "The trade has already been converted to a sales order."));
    if (state == TradeState::Processed)
        return notAllowed("trade.processed", QT_TRANSLATE_NOOP("States", "The trade has been marked as processed."));
    return std::nullopt;
}

bool outboxTransitionAllowed(OutboxState from, OutboxState to)
{
    switch (from) {
    case OutboxState::Pending:
        return to == OutboxState::Running || to == OutboxState::Done || to == OutboxState::Failed;
    case OutboxState::Running:
        return to == OutboxState::Done || to == OutboxState::Failed || to == OutboxState::Pending;
    case OutboxState::Failed:
        return to == OutboxState::Pending; // retried by staff after a fix
    case OutboxState::Done:
        return false;
    }
    return false;
}

PayStatus payStatusFor(int64_t paidFen, int64_t refundedFen, bool paid)
{
    if (!paid)
        return PayStatus::Unpaid;
    if (refundedFen <= 0)
        return PayStatus::Paid;
    if (refundedFen >= paidFen)
        return PayStatus::Refunded;
    return PayStatus::PartRefunded;
}

QString toKey(TradeState s) { return keyOf(kTrade, s); }
QString toKey(OrderStatus s) { return keyOf(kOrder, s); }
QString toKey(PayStatus s) { return keyOf(kPay, s); }
QString toKey(ShipStatus s) { return keyOf(kShip, s); }
QString toKey(RefundState s) { return keyOf(kRefund, s); }
QString toKey(ReturnStatus s) { return keyOf(kReturn, s); }
QString toKey(OutboxState s) { return keyOf(kOutbox, s); }
QString toKey(Role r) { return keyOf(kRole, r); }

template <> std::optional<TradeState> fromKey(const QString &k) { return lookup(kTrade, k); }
template <> std::optional<OrderStatus> fromKey(const QString &k) { return lookup(kOrder, k); }
template <> std::optional<PayStatus> fromKey(const QString &k) { return lookup(kPay, k); }
template <> std::optional<ShipStatus> fromKey(const QString &k) { return lookup(kShip, k); }
template <> std::optional<RefundState> fromKey(const QString &k) { return lookup(kRefund, k); }
template <> std::optional<ReturnStatus> fromKey(const QString &k) { return lookup(kReturn, k); }
template <> std::optional<OutboxState> fromKey(const QString &k) { return lookup(kOutbox, k); }
template <> std::optional<Role> fromKey(const QString &k) { return lookup(kRole, k); }

QString label(TradeState s)
{
    switch (s) {
    case TradeState::Pending:
        return QCoreApplication::translate("States", "Pending");
    case TradeState::Converted:
        return QCoreApplication::translate("States", "Converted");
    case TradeState::Processed:
        return QCoreApplication::translate("States", "Processed");
    }
    return {};
}
QString label(OrderStatus s)
{
    switch (s) {
    case OrderStatus::Unconfirmed:
        return QCoreApplication::translate("States", "Unconfirmed");
    case OrderStatus::Confirmed:
        return QCoreApplication::translate("States", "Confirmed");
    case OrderStatus::Shipped:
        return QCoreApplication::translate("States", "Shipped");
    case OrderStatus::Completed:
        return QCoreApplication::translate("States", "Completed");
    case OrderStatus::Cancelled:
        return QCoreApplication::translate("States", "Cancelled");
    }
    return {};
}
QString label(PayStatus s)
{
    switch (s) {
    case PayStatus::Unpaid:
        return QCoreApplication::translate("States", "Unpaid");
    case PayStatus::Paid:
        return QCoreApplication::translate("States", "Paid");
    case PayStatus::PartRefunded:
        return QCoreApplication::translate("States", "Partly refunded");
    case PayStatus::Refunded:
        return QCoreApplication::translate("States", "Refunded");
    }
    return {};
}
QString label(ShipStatus s)
{
    switch (s) {
    case ShipStatus::NotShipped:
        return QCoreApplication::translate("States", "Not shipped");
    case ShipStatus::Shipped:
        return QCoreApplication::translate("States", "Shipped");
    case ShipStatus::PartReturned:
        return QCoreApplication::translate("States", "Partly returned");
    case ShipStatus::Returned:
        return QCoreApplication::translate("States", "Returned");
    }
    return {};
}
QString label(RefundState s)
{
    switch (s) {
    case RefundState::Pending:
        return QCoreApplication::translate("States", "Pending");
    case RefundState::Converted:
        return QCoreApplication::translate("States", "Converted");
    case RefundState::Refused:
        return QCoreApplication::translate("States", "Refused");
    case RefundState::Processed:
        return QCoreApplication::translate("States", "Processed");
    }
    return {};
}
QString label(ReturnStatus s)
{
    switch (s) {
    case ReturnStatus::AwaitingGoods:
        return QCoreApplication::translate("States", "Awaiting goods");
    case ReturnStatus::Received:
        return QCoreApplication::translate("States", "Received");
    case ReturnStatus::Cancelled:
        return QCoreApplication::translate("States", "Cancelled");
    }
    return {};
}
QString label(OutboxState s)
{
    switch (s) {
    case OutboxState::Pending:
        return QCoreApplication::translate("States", "Pending");
    case OutboxState::Running:
        return QCoreApplication::translate("States", "Awaiting callback");
    case OutboxState::Done:
        return QCoreApplication::translate("States", "Delivered");
    case OutboxState::Failed:
        return QCoreApplication::translate("States", "Failed");
    }
    return {};
}
QString label(Role r)
{
    switch (r) {
    case Role::Operator:
        return QCoreApplication::translate("States", "Operator");
    case Role::Supervisor:
        return QCoreApplication::translate("States", "Supervisor");
    case Role::Admin:
        return QCoreApplication::translate("States", "Administrator");
    }
    return {};
}

} // namespace od
