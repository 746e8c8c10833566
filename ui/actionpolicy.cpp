#include "actionpolicy.h"

#include "domain/convertibility.h"

#include <QCoreApplication>

namespace ui {
namespace {

Verdict yes() { return {true, {}}; }
Verdict no(const QString &why) { return {false, why}; }

QString str(const RowState &r, const char *key) { return r.value(QString::fromLatin1(key)).toString(); }

od::OrderFacts orderFacts(const RowState &r)
{
    od::OrderFacts f;
    f.status = od::fromKey<od::OrderStatus>(str(r, "status")).value_or(od::OrderStatus::Unconfirmed);
    f.onHold = r.value(QStringLiteral("on_hold")).toInt() != 0;
    f.pay = od::fromKey<od::PayStatus>(str(r, "pay_status")).value_or(od::PayStatus::Paid);
    f.ship = od::fromKey<od::ShipStatus>(str(r, "ship_status")).value_or(od::ShipStatus::NotShipped);
    f.openRefund = r.value(QStringLiteral("open_refunds")).toInt() > 0;
    return f;
}

od::TradeFacts tradeFacts(const RowState &r)
{
    od::TradeFacts f; // a row of 待转入订单: pending
    f.paid = r.value(QStringLiteral("is_paid")).toInt() != 0;
    f.cod = r.value(QStringLiteral("is_cod")).toInt() != 0;
    f.closed = r.value(QStringLiteral("is_closed")).toInt() != 0;
    if (r.contains(QStringLiteral("line_count")))
        f.lineCount = r.value(QStringLiteral("line_count")).toInt();
    return f;
}

std::optional<od::OrderAction> orderActionOf(ActionId a)
{
    switch (a) {
    case ActionId::Confirm:
        return od::OrderAction::Confirm;
    case ActionId::Hold:
        return od::OrderAction::Hold;
    case ActionId::Release:
        return od::OrderAction::Release;
    case ActionId::Ship:
        return od::OrderAction::Ship;
    case ActionId::Cancel:
        return od::OrderAction::Cancel;
    case ActionId::PartialRefund:
        return od::OrderAction::PartialRefund;
    default:
        return std::nullopt;
    }
}

// Per-row check: nothing = allowed.
std::optional<QString> rowCheck(od::ListId list, ActionId a, const RowState &r)
{
    using L = od::ListId;
    switch (list) {
    case L::SalesOrders:
        if (auto oa = orderActionOf(a)) {
            if (auto e = od::checkOrderAction(orderFacts(r), *oa))
                return e->message;
        }
        return std::nullopt;
    case L::PendingRefunds: {
        // 部分退款 is an extra refund on the sales order of the refund's trade: it needs one.
        if (a == ActionId::PartialRefund) {
            if (str(r, "order_no").isEmpty())
                return QCoreApplication::translate("ActionPolicy", "The trade has no sales order yet; convert it to a sales order first.");
            return std::nullopt;
        }
        // The list only holds pending refunds; a row that changed under us is refused by the core.
        const auto st = od::fromKey<od::RefundState>(r.value(QStringLiteral("state"), QStringLiteral("pending")).toString());
        const od::RefundAction ra = a == ActionId::RefuseRefund ? od::RefundAction::Refuse
            : a == ActionId::MarkRefundProcessed                ? od::RefundAction::MarkProcessed
                                                                : od::RefundAction::Convert;
        if (auto e = od::checkRefundAction(st.value_or(od::RefundState::Pending), ra))
            return e->message;
        return std::nullopt;
    }
    case L::PendingImport: {
        if (a == ActionId::ReleaseRuleHold && str(r, "hold_reason").isEmpty())
            return QCoreApplication::translate("ActionPolicy", "The trade is not held by a conversion rule.");
        // The core's rule (domain/convertibility.h) over the facts the row carries; what the row does
        // not know (line refunds) the conversion checks when it runs.
        if (a == ActionId::Convert) {
            if (auto e = od::checkConvertible(tradeFacts(r)))
                return e->message;
        }
        return std::nullopt;
    }
    case L::ReturnOrders:
        if (a == ActionId::ReceiveReturn && str(r, "status") != od::toKey(od::ReturnStatus::AwaitingGoods))
            return QCoreApplication::translate("ActionPolicy", "Only a return order awaiting goods can be received.");
        return std::nullopt;
    case L::CrmOutbox:
        if (a == ActionId::RetryCrm && str(r, "state") != od::toKey(od::OutboxState::Failed))
            return QCoreApplication::translate("ActionPolicy", "Only failed events can be retried.");
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

bool listHas(od::ListId list, ActionId a)
{
    using L = od::ListId;
    using A = ActionId;
    if (a == A::Refresh || a == A::Export)
        return true;
    switch (list) {
    case L::PendingDownload:
        return a == A::Download || a == A::DownloadAll || a == A::RemoveDownload || a == A::DownloadQuery;
    case L::PendingImport:
        return a == A::Detail || a == A::Convert || a == A::BatchConvert || a == A::RemoveTrade || a == A::MarkProcessed || a == A::RemoveAllMatching
            || a == A::MarkAllProcessed || a == A::EditSkuMapping || a == A::ReleaseRuleHold;
    case L::History:
        return a == A::Detail;
    case L::PendingRefunds:
        return a == A::ViewRefund || a == A::ConvertRefund || a == A::BatchConvertRefund || a == A::RefuseRefund || a == A::MarkRefundProcessed
            || a == A::MarkAllRefundsProcessed || a == A::PartialRefund;
    case L::SalesOrders:
        return a == A::Detail || a == A::Confirm || a == A::Hold || a == A::Release || a == A::Ship || a == A::Cancel || a == A::PartialRefund
            || a == A::Timeline || a == A::PrintPicking || a == A::PrintDelivery;
    case L::ReturnOrders:
        return a == A::ReceiveReturn;
    case L::ScheduleRuns:
        return a == A::RunNow || a == A::DownloadQuery || a == A::GatewayRequests;
    case L::CrmOutbox:
        return a == A::RetryCrm;
    case L::Exceptions:
        return a == A::ViewBody;
    case L::SkuMappings:
        return a == A::AddSkuMapping || a == A::EditSkuMappingRow || a == A::RemoveSkuMapping || a == A::ImportSkuMappings;
    case L::Audit:
        return false;
    }
    return false;
}

// Actions that act on the list as a whole, not on the selection.
bool needsNoSelection(ActionId a)
{
    switch (a) {
    case ActionId::Refresh:
    case ActionId::Export:
    case ActionId::DownloadAll:
    case ActionId::RunNow:
    case ActionId::BatchConvert:
    case ActionId::RemoveAllMatching:
    case ActionId::MarkAllProcessed:
    case ActionId::BatchConvertRefund:
    case ActionId::MarkAllRefundsProcessed:
    case ActionId::AddSkuMapping:
    case ActionId::DownloadQuery:
    case ActionId::GatewayRequests:
    case ActionId::ImportSkuMappings:
        return true;
    default:
        return false;
    }
}

} // namespace

bool isSingleRecord(ActionId a)
{
    switch (a) {
    case ActionId::Detail:
    case ActionId::EditSkuMapping:
    case ActionId::ViewRefund:
    case ActionId::RefuseRefund:
    case ActionId::Ship:
    case ActionId::PartialRefund:
    case ActionId::Timeline:
    case ActionId::ViewBody:
    case ActionId::PrintDelivery:
    case ActionId::EditSkuMappingRow:
        return true;
    default:
        return false;
    }
}

od::Right rightFor(ActionId a)
{
    using A = ActionId;
    using R = od::Right;
    switch (a) {
    case A::Download:
    case A::DownloadAll:
    case A::Convert:
    case A::BatchConvert:
        return R::Convert;
    case A::ReleaseRuleHold:
        return R::Convert;
    case A::RemoveDownload:
    case A::RemoveTrade:
    case A::RemoveAllMatching:
        return R::Remove;
    case A::MarkProcessed:
    case A::MarkRefundProcessed:
    case A::MarkAllProcessed:
    case A::MarkAllRefundsProcessed:
        return R::MarkProcessed;
    case A::EditSkuMapping:
    case A::AddSkuMapping:
    case A::EditSkuMappingRow:
    case A::RemoveSkuMapping:
    case A::ImportSkuMappings:
        return R::EditSkuMapping;
    case A::ConvertRefund:
    case A::BatchConvertRefund:
        return R::ConvertRefund;
    case A::RefuseRefund:
        return R::RefuseRefund;
    case A::Confirm:
        return R::Confirm;
    case A::Hold:
    case A::Release:
        return R::Hold;
    case A::Ship:
        return R::Ship;
    case A::Cancel:
        return R::CancelOrder;
    case A::PartialRefund:
        return R::PartialRefund;
    case A::ReceiveReturn:
        return R::ReceiveReturn;
    case A::RetryCrm:
        return R::RetryCrm;
    case A::RunNow:
    case A::DownloadQuery:
        return R::Convert;
    default:
        return R::View;
    }
}

Verdict actionVerdict(od::ListId list, ActionId action, const std::vector<RowState> &rows, od::Role role)
{
    if (!listHas(list, action))
        return no(QCoreApplication::translate("ActionPolicy", "This list has no such action."));
    if (!od::roleHas(role, rightFor(action)))
        return no(QCoreApplication::translate("ActionPolicy", "Your role is not allowed to do this."));
    if (needsNoSelection(action))
        return yes();
    if (rows.empty())
        return no(QCoreApplication::translate("ActionPolicy", "Select a row first."));
    if (isSingleRecord(action) && rows.size() != 1)
        return no(QCoreApplication::translate("ActionPolicy", "Select exactly one row."));
    QString firstReason;
    for (const RowState &r : rows) {
        auto why = rowCheck(list, action, r);
        if (!why)
            return yes();
        if (firstReason.isEmpty())
            firstReason = *why;
    }
    return no(firstReason);
}

} // namespace ui
