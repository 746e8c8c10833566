#include "statelabels.h"

#include "domain/states.h"
#include "domain/types.h"

#include <QCoreApplication>

namespace ui {
namespace {

QString tr(const char *s) { return QCoreApplication::translate("StateLabels", s); }

// Platform trade / refund statuses (TOP names; pushing platforms are mapped to these by intake).
struct Pair {
    const char *key;
    const char *label;
};
const Pair kPlatform[] = {
    {"WAIT_BUYER_PAY", QT_TRANSLATE_NOOP("StateLabels", "Awaiting payment")},
    {"WAIT_SELLER_SEND_GOODS", QT_TRANSLATE_NOOP("StateLabels", "Paid, awaiting shipment")},
    {"SELLER_CONSIGNED_PART", QT_TRANSLATE_NOOP("StateLabels", "Partly shipped")},
    {"WAIT_BUYER_CONFIRM_GOODS", QT_TRANSLATE_NOOP("StateLabels", "Shipped")},
    {"TRADE_BUYER_SIGNED", QT_TRANSLATE_NOOP("StateLabels", "Signed for")},
    {"TRADE_FINISHED", QT_TRANSLATE_NOOP("StateLabels", "Finished")},
    {"TRADE_CLOSED", QT_TRANSLATE_NOOP("StateLabels", "Closed")},
    {"TRADE_CLOSED_BY_TAOBAO", QT_TRANSLATE_NOOP("StateLabels", "Cancelled")},
    {"TRADE_NO_CREATE_PAY", QT_TRANSLATE_NOOP("StateLabels", "No payment created")},
    {"PAID_FORBID_CONSIGN", QT_TRANSLATE_NOOP("StateLabels", "Paid, shipping blocked")},
};
const Pair kRefundPlatform[] = {
    {"WAIT_SELLER_AGREE", QT_TRANSLATE_NOOP("StateLabels", "Awaiting seller")},
    {"WAIT_BUYER_RETURN_GOODS", QT_TRANSLATE_NOOP("StateLabels", "Awaiting return")},
    {"WAIT_SELLER_CONFIRM_GOODS", QT_TRANSLATE_NOOP("StateLabels", "Goods returned")},
    {"SELLER_REFUSE_BUYER", QT_TRANSLATE_NOOP("StateLabels", "Refused by seller")},
    {"CLOSED", QT_TRANSLATE_NOOP("StateLabels", "Refund closed")},
    {"SUCCESS", QT_TRANSLATE_NOOP("StateLabels", "Refunded")},
};
const Pair kScheduleKinds[] = {
    {"orders", QT_TRANSLATE_NOOP("StateLabels", "Order download")},
    {"gapfill", QT_TRANSLATE_NOOP("StateLabels", "Gap fill")},
    {"refunds", QT_TRANSLATE_NOOP("StateLabels", "Refund download")},
    {"details", QT_TRANSLATE_NOOP("StateLabels", "Detail download")},
};
const Pair kCrmEvents[] = {
    {"created", QT_TRANSLATE_NOOP("StateLabels", "Created")},   {"paid", QT_TRANSLATE_NOOP("StateLabels", "Paid")},
    {"shipped", QT_TRANSLATE_NOOP("StateLabels", "Shipped")},   {"refunded", QT_TRANSLATE_NOOP("StateLabels", "Refunded")},
    {"returned", QT_TRANSLATE_NOOP("StateLabels", "Returned")}, {"cancelled", QT_TRANSLATE_NOOP("StateLabels", "Cancelled")},
    {"finished", QT_TRANSLATE_NOOP("StateLabels", "Finished")},
};
const Pair kSkuSource[] = {
    {"manual", QT_TRANSLATE_NOOP("StateLabels", "Manual")},
    {"outer_id", QT_TRANSLATE_NOOP("StateLabels", "Merchant code")},
    {"auto", QT_TRANSLATE_NOOP("StateLabels", "Automatic")},
};

// Audit trail actions (audit_log.action), written by the core services. The one table both the
// audit list and the order timeline show.
const Pair kAuditActions[] = {
    {"trade.convert", QT_TRANSLATE_NOOP("StateLabels", "Converted to sales order")},
    {"trade.remove", QT_TRANSLATE_NOOP("StateLabels", "Trade removed")},
    {"trade.processed", QT_TRANSLATE_NOOP("StateLabels", "Trade marked processed")},
    {"order.confirm", QT_TRANSLATE_NOOP("StateLabels", "Order confirmed")},
    {"order.hold", QT_TRANSLATE_NOOP("StateLabels", "Order held")},
    {"order.release", QT_TRANSLATE_NOOP("StateLabels", "Order released")},
    {"order.ship", QT_TRANSLATE_NOOP("StateLabels", "Order shipped")},
    {"order.cancel", QT_TRANSLATE_NOOP("StateLabels", "Order cancelled")},
    {"order.complete", QT_TRANSLATE_NOOP("StateLabels", "Order completed")},
    {"order.paid_on_platform", QT_TRANSLATE_NOOP("StateLabels", "Paid on the platform (cash on delivery)")},
    {"order.acknowledge_warnings", QT_TRANSLATE_NOOP("StateLabels", "Warnings acknowledged")},
    {"order.partial_refund", QT_TRANSLATE_NOOP("StateLabels", "Partial refund")},
    {"refund.convert", QT_TRANSLATE_NOOP("StateLabels", "Refund converted")},
    {"refund.return_created", QT_TRANSLATE_NOOP("StateLabels", "Return order created")},
    {"refund.refuse", QT_TRANSLATE_NOOP("StateLabels", "Refund refused")},
    {"refund.processed", QT_TRANSLATE_NOOP("StateLabels", "Refund marked processed")},
    {"return.receive", QT_TRANSLATE_NOOP("StateLabels", "Returned goods received")},
    {"mapping.set", QT_TRANSLATE_NOOP("StateLabels", "Goods mapping set")},
    {"mapping.remove", QT_TRANSLATE_NOOP("StateLabels", "Goods mapping removed")},
    {"user.create", QT_TRANSLATE_NOOP("StateLabels", "User created")},
    {"user.role", QT_TRANSLATE_NOOP("StateLabels", "Role changed")},
    {"user.password", QT_TRANSLATE_NOOP("StateLabels", "Password changed")},
    {"user.password_reset", QT_TRANSLATE_NOOP("StateLabels", "Administrator password reset on the machine")},
    {"user.active", QT_TRANSLATE_NOOP("StateLabels", "Account enabled or disabled")},
    {"user.name", QT_TRANSLATE_NOOP("StateLabels", "Display name changed")},
    {"shop.create", QT_TRANSLATE_NOOP("StateLabels", "Shop added")},
    {"shop.update", QT_TRANSLATE_NOOP("StateLabels", "Shop changed")},
    {"shop.enabled", QT_TRANSLATE_NOOP("StateLabels", "Shop enabled or disabled")},
    {"shop.schedules", QT_TRANSLATE_NOOP("StateLabels", "Schedules changed")},
    {"settings.receiver", QT_TRANSLATE_NOOP("StateLabels", "Push receiver settings changed")},
    {"settings.crm", QT_TRANSLATE_NOOP("StateLabels", "CRM settings changed")},
};
// The kinds of record an audit entry is about (audit_log.entity).
const Pair kAuditEntities[] = {
    {"trade", QT_TRANSLATE_NOOP("StateLabels", "Trade")},
    {"sales_order", QT_TRANSLATE_NOOP("StateLabels", "Sales order")},
    {"pending_refund", QT_TRANSLATE_NOOP("StateLabels", "Refund request")},
    {"sku_mapping", QT_TRANSLATE_NOOP("StateLabels", "Goods mapping")},
    {"user", QT_TRANSLATE_NOOP("StateLabels", "User")},
    {"shop", QT_TRANSLATE_NOOP("StateLabels", "Shop")},
    {"settings", QT_TRANSLATE_NOOP("StateLabels", "Settings")},
};

template <size_t N> QString find(const Pair (&table)[N], const QString &v)
{
    for (const Pair &p : table)
        if (v == QLatin1String(p.key))
            return tr(p.label);
    return {};
}
template <size_t N> QList<QPair<QString, QString>> choices(const Pair (&table)[N])
{
    QList<QPair<QString, QString>> out;
    for (const Pair &p : table)
        out.append({QString::fromLatin1(p.key), tr(p.label)});
    return out;
}
template <typename E> QList<QPair<QString, QString>> enumChoices(std::initializer_list<E> values)
{
    QList<QPair<QString, QString>> out;
    for (E e : values)
        out.append({od::toKey(e), od::label(e)});
    return out;
}
template <typename E> QString enumLabel(const QString &v)
{
    if (auto e = od::fromKey<E>(v))
        return od::label(*e);
    return {};
}

} // namespace

QString stateLabel(od::ListId list, const QString &key, const QString &value)
{
    using L = od::ListId;
    QString out;
    if (key == QLatin1String("platform_status"))
        out = list == L::PendingRefunds ? find(kRefundPlatform, value) : find(kPlatform, value);
    else if (list == L::SalesOrders && key == QLatin1String("status"))
        out = enumLabel<od::OrderStatus>(value);
    else if (key == QLatin1String("pay_status"))
        out = enumLabel<od::PayStatus>(value);
    else if (key == QLatin1String("ship_status"))
        out = enumLabel<od::ShipStatus>(value);
    else if (list == L::ReturnOrders && key == QLatin1String("status"))
        out = enumLabel<od::ReturnStatus>(value);
    else if (list == L::CrmOutbox && key == QLatin1String("state"))
        out = enumLabel<od::OutboxState>(value);
    else if (key == QLatin1String("crm_state"))
        out = enumLabel<od::OutboxState>(value);
    else if (list == L::CrmOutbox && key == QLatin1String("event"))
        out = find(kCrmEvents, value);
    else if (list == L::ScheduleRuns && key == QLatin1String("kind"))
        out = find(kScheduleKinds, value);
    else if (list == L::SkuMappings && key == QLatin1String("source"))
        out = find(kSkuSource, value);
    else if (list == L::Audit && key == QLatin1String("action"))
        return auditActionLabel(value);
    else if (list == L::Audit && key == QLatin1String("entity"))
        out = find(kAuditEntities, value);
    return out.isEmpty() ? value : out;
}

QString auditActionLabel(const QString &action)
{
    const QString label = find(kAuditActions, action);
    return label.isEmpty() ? action : label;
}

QStringList auditActionKeys()
{
    QStringList out;
    for (const Pair &p : kAuditActions)
        out << QString::fromLatin1(p.key);
    return out;
}

QList<QPair<QString, QString>> statusChoices(od::ListId list)
{
    using L = od::ListId;
    switch (list) {
    case L::PendingDownload:
    case L::PendingImport:
    case L::History:
        return choices(kPlatform);
    case L::PendingRefunds:
        return choices(kRefundPlatform);
    case L::SalesOrders:
        return enumChoices(
            {od::OrderStatus::Unconfirmed, od::OrderStatus::Confirmed, od::OrderStatus::Shipped, od::OrderStatus::Completed, od::OrderStatus::Cancelled});
    case L::ReturnOrders:
        return enumChoices({od::ReturnStatus::AwaitingGoods, od::ReturnStatus::Received, od::ReturnStatus::Cancelled});
    case L::CrmOutbox:
        return enumChoices({od::OutboxState::Pending, od::OutboxState::Running, od::OutboxState::Done, od::OutboxState::Failed});
    case L::ScheduleRuns:
        return choices(kScheduleKinds);
    case L::SkuMappings:
        return choices(kSkuSource);
    case L::Exceptions:
        return {{QStringLiteral("push"), QCoreApplication::translate("StateLabels", "Pushed order")},
                {QStringLiteral("callback"), QCoreApplication::translate("StateLabels", "CRM callback")}};
    case L::Audit:
        return choices(kAuditActions);
    }
    return {};
}

} // namespace ui
