#include "domain/states.h"
#include "domain/types.h"

#include "qtprint.h"
#include <gtest/gtest.h>

using namespace od;

TEST(OrderTransitions, LifecycleFollowsTheRules)
{
    OrderFacts f;
    EXPECT_FALSE(checkOrderAction(f, OrderAction::Confirm));
    EXPECT_TRUE(checkOrderAction(f, OrderAction::Ship)) << "unconfirmed orders cannot ship";
    EXPECT_TRUE(checkOrderAction(f, OrderAction::Complete));
    f.status = orderStatusAfter(f.status, OrderAction::Confirm);
    EXPECT_EQ(f.status, OrderStatus::Confirmed);
    EXPECT_TRUE(checkOrderAction(f, OrderAction::Confirm));
    EXPECT_FALSE(checkOrderAction(f, OrderAction::Ship));
    EXPECT_FALSE(checkOrderAction(f, OrderAction::Cancel));
    f.status = orderStatusAfter(f.status, OrderAction::Ship);
    EXPECT_EQ(f.status, OrderStatus::Shipped);
    EXPECT_EQ(checkOrderAction(f, OrderAction::Cancel)->code, QStringLiteral("order.cancel.state"));
    EXPECT_EQ(checkOrderAction(f, OrderAction::Hold)->code, QStringLiteral("order.hold.state"));
    EXPECT_FALSE(checkOrderAction(f, OrderAction::Complete));
    EXPECT_EQ(orderStatusAfter(f.status, OrderAction::Complete), OrderStatus::Completed);
}

TEST(OrderTransitions, HoldAndOpenRefundBlockWithAReason)
{
    OrderFacts f;
    f.onHold = true;
    EXPECT_EQ(checkOrderAction(f, OrderAction::Confirm)->code, QStringLiteral("order.on_hold"));
    EXPECT_EQ(checkOrderAction(f, OrderAction::Hold)->code, QStringLiteral("order.hold.already"));
    EXPECT_FALSE(checkOrderAction(f, OrderAction::Release));
    f.onHold = false;
    EXPECT_EQ(checkOrderAction(f, OrderAction::Release)->code, QStringLiteral("order.release.not_held"));
    f.openRefund = true;
    auto e = checkOrderAction(f, OrderAction::Confirm);
    ASSERT_TRUE(e);
    EXPECT_EQ(e->code, QStringLiteral("order.open_refund"));
    EXPECT_FALSE(e->message.isEmpty());
    f.status = OrderStatus::Confirmed;
    EXPECT_EQ(checkOrderAction(f, OrderAction::Ship)->code, QStringLiteral("order.open_refund"));
}

TEST(OrderTransitions, PartialRefundNeedsMoneyLeft)
{
    OrderFacts f;
    EXPECT_FALSE(checkOrderAction(f, OrderAction::PartialRefund));
    f.pay = PayStatus::Refunded;
    EXPECT_TRUE(checkOrderAction(f, OrderAction::PartialRefund));
    f.pay = PayStatus::Unpaid;
    EXPECT_TRUE(checkOrderAction(f, OrderAction::PartialRefund));
    f.pay = PayStatus::PartRefunded;
    f.status = OrderStatus::Cancelled;
    EXPECT_TRUE(checkOrderAction(f, OrderAction::PartialRefund));
}

TEST(PayStatus, FollowsAmounts)
{
    EXPECT_EQ(payStatusFor(1000, 0, false), PayStatus::Unpaid);
    EXPECT_EQ(payStatusFor(1000, 0, true), PayStatus::Paid);
    EXPECT_EQ(payStatusFor(1000, 1, true), PayStatus::PartRefunded);
    EXPECT_EQ(payStatusFor(1000, 1000, true), PayStatus::Refunded);
}

TEST(Rights, SupervisorMoneyDecisionsAndAdminSetup)
{
    EXPECT_FALSE(roleHas(Role::Operator, Right::RefuseRefund));
    EXPECT_FALSE(roleHas(Role::Operator, Right::PartialRefund));
    EXPECT_FALSE(roleHas(Role::Operator, Right::CancelOrder));
    EXPECT_TRUE(roleHas(Role::Operator, Right::Convert));
    EXPECT_TRUE(roleHas(Role::Supervisor, Right::RefuseRefund));
    EXPECT_FALSE(roleHas(Role::Supervisor, Right::ManageShops));
    EXPECT_TRUE(roleHas(Role::Admin, Right::ManageUsers));
    EXPECT_TRUE(roleHas(Role::Admin, Right::PartialRefund));
}

TEST(OtherTransitions, HandledRecordsStayHandled)
{
    EXPECT_FALSE(checkRefundAction(RefundState::Pending, RefundAction::Refuse));
    EXPECT_TRUE(checkRefundAction(RefundState::Refused, RefundAction::Convert));
    EXPECT_TRUE(checkRefundAction(RefundState::Converted, RefundAction::Refuse));
    EXPECT_FALSE(checkTradeAction(TradeState::Pending, TradeAction::Convert));
    EXPECT_EQ(checkTradeAction(TradeState::Converted, TradeAction::Convert)->code, QStringLiteral("trade.converted"));
    EXPECT_EQ(checkTradeAction(TradeState::Processed, TradeAction::Remove)->code, QStringLiteral("trade.processed"));
    EXPECT_TRUE(outboxTransitionAllowed(OutboxState::Pending, OutboxState::Running));
    EXPECT_TRUE(outboxTransitionAllowed(OutboxState::Failed, OutboxState::Pending));
    EXPECT_FALSE(outboxTransitionAllowed(OutboxState::Done, OutboxState::Pending));
}

TEST(Keys, RoundTripEveryState)
{
    for (auto s : {OrderStatus::Unconfirmed, OrderStatus::Confirmed, OrderStatus::Shipped, OrderStatus::Completed, OrderStatus::Cancelled})
        EXPECT_EQ(fromKey<OrderStatus>(toKey(s)), s);
    for (auto s : {PayStatus::Unpaid, PayStatus::Paid, PayStatus::PartRefunded, PayStatus::Refunded})
        EXPECT_EQ(fromKey<PayStatus>(toKey(s)), s);
    for (auto s : {ShipStatus::NotShipped, ShipStatus::Shipped, ShipStatus::PartReturned, ShipStatus::Returned})
        EXPECT_EQ(fromKey<ShipStatus>(toKey(s)), s);
    for (auto r : {Role::Operator, Role::Supervisor, Role::Admin})
        EXPECT_EQ(fromKey<Role>(toKey(r)), r);
    EXPECT_EQ(fromKey<OrderStatus>(QStringLiteral("bogus")), std::nullopt);
    EXPECT_EQ(crmEventFromKey(toKey(CrmEvent::Returned)), CrmEvent::Returned);
}
