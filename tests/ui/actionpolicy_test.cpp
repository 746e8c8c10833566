// The action policy as a table: list × action × selected rows' states × role → enabled / why not.
#include "actionpolicy.h"
#include "domain/states.h"
#include <gtest/gtest.h>

using ui::ActionId;
using ui::RowState;
using L = od::ListId;

namespace {
RowState order(const char *status, bool hold = false, const char *pay = "paid")
{
    return RowState{{QStringLiteral("status"), QString::fromLatin1(status)},
                    {QStringLiteral("on_hold"), hold ? 1 : 0},
                    {QStringLiteral("pay_status"), QString::fromLatin1(pay)},
                    {QStringLiteral("ship_status"), QStringLiteral("not_shipped")}};
}
// A 待转入订单 row as the list gives it: the status for display, the facts as the platform mapped them.
RowState trade(const char *platformStatus, bool cod = false)
{
    const QString ps = QString::fromLatin1(platformStatus);
    const bool closed = ps.startsWith(QLatin1String("TRADE_CLOSED"));
    const bool paid = !closed && ps != QLatin1String("WAIT_BUYER_PAY") && ps != QLatin1String("TRADE_NO_CREATE_PAY");
    return RowState{{QStringLiteral("platform_status"), ps},
                    {QStringLiteral("is_paid"), paid ? 1 : 0},
                    {QStringLiteral("is_cod"), cod ? 1 : 0},
                    {QStringLiteral("is_closed"), closed ? 1 : 0},
                    {QStringLiteral("line_count"), 1}};
}
RowState outbox(const char *state) { return RowState{{QStringLiteral("state"), QString::fromLatin1(state)}}; }
RowState ret(const char *status) { return RowState{{QStringLiteral("status"), QString::fromLatin1(status)}}; }

struct Case {
    const char *name;
    L list;
    ActionId action;
    std::vector<RowState> rows;
    od::Role role;
    bool enabled;
};
} // namespace

TEST(ActionPolicy, Table)
{
    const auto Op = od::Role::Operator, Sup = od::Role::Supervisor;
    const std::vector<Case> cases = {
        {"refresh without selection", L::PendingImport, ActionId::Refresh, {}, Op, true},
        {"export without selection", L::SalesOrders, ActionId::Export, {}, Op, true},
        {"convert needs a row", L::PendingImport, ActionId::Convert, {}, Op, false},
        {"convert paid trade", L::PendingImport, ActionId::Convert, {trade("WAIT_SELLER_SEND_GOODS")}, Op, true},
        {"convert unpaid trade", L::PendingImport, ActionId::Convert, {trade("WAIT_BUYER_PAY")}, Op, false},
        {"convert closed trade", L::PendingImport, ActionId::Convert, {trade("TRADE_CLOSED")}, Op, false},
        {"convert unpaid cash-on-delivery trade", L::PendingImport, ActionId::Convert, {trade("WAIT_BUYER_PAY", true)}, Op, true},
        {"convert a status the policy never heard of, paid", L::PendingImport, ActionId::Convert, {trade("PDD_WAIT_SHIP")}, Op, true},
        {"convert several selected (confirmed with the count)",
         L::PendingImport,
         ActionId::Convert,
         {trade("WAIT_SELLER_SEND_GOODS"), trade("WAIT_SELLER_SEND_GOODS")},
         Op,
         true},
        {"convert selection all closed", L::PendingImport, ActionId::Convert, {trade("TRADE_CLOSED"), trade("TRADE_CLOSED")}, Op, false},
        {"order detail of one", L::SalesOrders, ActionId::Detail, {order("shipped")}, Op, true},
        {"order detail needs exactly one", L::SalesOrders, ActionId::Detail, {order("shipped"), order("confirmed")}, Op, false},
        {"convert selection with one good row", L::PendingImport, ActionId::Convert, {trade("TRADE_CLOSED"), trade("WAIT_SELLER_SEND_GOODS")}, Op, true},
        {"convert selection all bad", L::PendingImport, ActionId::Convert, {trade("TRADE_CLOSED"), trade("WAIT_BUYER_PAY")}, Op, false},
        {"batch convert (whole list) needs no selection", L::PendingImport, ActionId::BatchConvert, {}, Op, true},
        {"remove all matching needs no selection", L::PendingImport, ActionId::RemoveAllMatching, {}, Op, true},
        {"mark all processed needs no selection", L::PendingImport, ActionId::MarkAllProcessed, {}, Op, true},
        {"batch convert refunds (whole list) needs no selection", L::PendingRefunds, ActionId::BatchConvertRefund, {}, Op, true},
        {"convert selected refunds", L::PendingRefunds, ActionId::ConvertRefund, {RowState{}, RowState{}}, Op, true},
        {"convert refunds needs a row", L::PendingRefunds, ActionId::ConvertRefund, {}, Op, false},
        {"partial refund from a refund whose trade was converted",
         L::PendingRefunds,
         ActionId::PartialRefund,
         {RowState{{QStringLiteral("order_no"), QStringLiteral("SO1")}}},
         Sup,
         true},
        {"partial refund from a refund without sales order",
         L::PendingRefunds,
         ActionId::PartialRefund,
         {RowState{{QStringLiteral("order_no"), QString()}}},
         Sup,
         false},
        {"partial refund from refunds is a supervisor right",
         L::PendingRefunds,
         ActionId::PartialRefund,
         {RowState{{QStringLiteral("order_no"), QStringLiteral("SO1")}}},
         Op,
         false},
        {"detail of one", L::PendingImport, ActionId::Detail, {trade("TRADE_CLOSED")}, Op, true},
        {"remove closed trade", L::PendingImport, ActionId::RemoveTrade, {trade("TRADE_CLOSED")}, Op, true},
        {"no confirm on pending import", L::PendingImport, ActionId::Confirm, {trade("TRADE_CLOSED")}, Op, false},
        {"confirm unconfirmed", L::SalesOrders, ActionId::Confirm, {order("unconfirmed")}, Op, true},
        {"confirm held", L::SalesOrders, ActionId::Confirm, {order("unconfirmed", true)}, Op, false},
        {"confirm confirmed", L::SalesOrders, ActionId::Confirm, {order("confirmed")}, Op, false},
        {"hold unconfirmed", L::SalesOrders, ActionId::Hold, {order("unconfirmed")}, Op, true},
        {"hold shipped", L::SalesOrders, ActionId::Hold, {order("shipped")}, Op, false},
        {"release held", L::SalesOrders, ActionId::Release, {order("confirmed", true)}, Op, true},
        {"release not held", L::SalesOrders, ActionId::Release, {order("confirmed")}, Op, false},
        {"ship confirmed", L::SalesOrders, ActionId::Ship, {order("confirmed")}, Op, true},
        {"ship unconfirmed", L::SalesOrders, ActionId::Ship, {order("unconfirmed")}, Op, false},
        {"cancel is supervisor", L::SalesOrders, ActionId::Cancel, {order("unconfirmed")}, Op, false},
        {"cancel as supervisor", L::SalesOrders, ActionId::Cancel, {order("unconfirmed")}, Sup, true},
        {"cancel shipped", L::SalesOrders, ActionId::Cancel, {order("shipped")}, Sup, false},
        {"partial refund operator", L::SalesOrders, ActionId::PartialRefund, {order("shipped")}, Op, false},
        {"partial refund supervisor", L::SalesOrders, ActionId::PartialRefund, {order("shipped")}, Sup, true},
        {"partial refund fully refunded", L::SalesOrders, ActionId::PartialRefund, {order("shipped", false, "refunded")}, Sup, false},
        {"timeline of one", L::SalesOrders, ActionId::Timeline, {order("cancelled")}, Op, true},
        {"refuse refund operator", L::PendingRefunds, ActionId::RefuseRefund, {RowState{}}, Op, false},
        {"refuse refund supervisor", L::PendingRefunds, ActionId::RefuseRefund, {RowState{}}, Sup, true},
        {"refuse two refunds", L::PendingRefunds, ActionId::RefuseRefund, {RowState{}, RowState{}}, Sup, false},
        {"convert refund", L::PendingRefunds, ActionId::BatchConvertRefund, {RowState{}, RowState{}}, Op, true},
        {"receive awaiting return", L::ReturnOrders, ActionId::ReceiveReturn, {ret("awaiting_goods")}, Op, true},
        {"receive received return", L::ReturnOrders, ActionId::ReceiveReturn, {ret("received")}, Op, false},
        {"retry failed crm event", L::CrmOutbox, ActionId::RetryCrm, {outbox("failed")}, Sup, true},
        {"retry done crm event", L::CrmOutbox, ActionId::RetryCrm, {outbox("done")}, Sup, false},
        {"retry crm as operator", L::CrmOutbox, ActionId::RetryCrm, {outbox("failed")}, Op, false},
        {"view exception body", L::Exceptions, ActionId::ViewBody, {RowState{}}, Op, true},
        {"download selected", L::PendingDownload, ActionId::Download, {RowState{}}, Op, true},
    };
    for (const Case &c : cases) {
        const ui::Verdict v = ui::actionVerdict(c.list, c.action, c.rows, c.role);
        EXPECT_EQ(v.enabled, c.enabled) << c.name << ": " << v.reason.toStdString();
        if (!v.enabled)
            EXPECT_FALSE(v.reason.isEmpty()) << c.name << " gives no reason";
        else
            EXPECT_TRUE(v.reason.isEmpty()) << c.name;
    }
}

TEST(ActionPolicy, ReasonsComeFromTheDomainRules)
{
    const ui::Verdict v = ui::actionVerdict(L::SalesOrders, ActionId::Confirm, {order("unconfirmed", true)}, od::Role::Operator);
    ASSERT_FALSE(v.enabled);
    const auto expected = od::checkOrderAction(od::OrderFacts{od::OrderStatus::Unconfirmed, true}, od::OrderAction::Confirm);
    ASSERT_TRUE(expected.has_value());
    EXPECT_EQ(v.reason, expected->message);
}
