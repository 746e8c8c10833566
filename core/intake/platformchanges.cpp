#include "intake/platformchanges.h"

#include "storage/sql.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <map>

namespace od::intake {

namespace {
QVariant v64(int64_t x) { return QVariant::fromValue<qint64>(x); }
} // namespace

QString PlatformChanges::describe(const Trade &before, const Trade &after)
{
    QStringList parts;
    if (before.platformStatus != after.platformStatus)
        parts << QCoreApplication::translate("PlatformChanges", "status %1 → %2").arg(before.platformStatus, after.platformStatus);
    if (!before.closed && after.closed)
        parts << QCoreApplication::translate("PlatformChanges", "closed or cancelled by the buyer");
    if (!before.paid && after.paid)
        parts << QCoreApplication::translate("PlatformChanges", "paid");
    std::map<QString, QString> refundBefore;
    for (const TradeLine &l : before.lines)
        refundBefore[l.oid] = l.refundStatus;
    for (const TradeLine &l : after.lines)
        if (l.underRefund() && refundBefore[l.oid] != l.refundStatus)
            parts << QCoreApplication::translate("PlatformChanges", "line %1 (%2) refund: %3").arg(l.oid, l.title, l.refundStatus);
    if (before.receiverName != after.receiverName || before.receiverMobile != after.receiverMobile
        || before.receiverAddress != after.receiverAddress)
        parts << QCoreApplication::translate("PlatformChanges", "receiver changed: %1 %2 %3").arg(after.receiverName, after.receiverMobile, after.receiverAddress);
    if (before.paidAmount != after.paidAmount)
        parts << QCoreApplication::translate("PlatformChanges", "paid amount %1 → %2").arg(before.paidAmount.toString(), after.paidAmount.toString());
    return parts.join(QStringLiteral("; "));
}

Result<bool> PlatformChanges::recordIfChanged(TradeRepository &repo, int64_t tradeId, int64_t salesOrderId, const Trade &newer)
{
    QSqlDatabase db = m_db.connection();
    if (salesOrderId == 0) {
        auto id = sql::scalar(db, QStringLiteral("SELECT id FROM sales_orders WHERE trade_id = ?"), {v64(tradeId)});
        if (!id.ok())
            return id.error();
        salesOrderId = id.value();
        if (salesOrderId == 0)
            return false;  // converted without an order row: nothing to warn on
    }
    auto stored = repo.get(tradeId);
    if (!stored.ok())
        return stored.error();
    if (!stored->has_value() || newer.modified.isEmpty() || newer.modified <= (*stored)->modified)
        return false;
    // Already recorded for this platform copy or a newer one?
    auto done = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM platform_changes WHERE order_id = ? AND kind = 'platform_update' "
                                               "AND platform_modified >= ?"),
                            {v64(salesOrderId), newer.modified});
    if (!done.ok())
        return done.error();
    if (done.value() > 0)
        return false;
    QString detail = describe(**stored, newer);
    if (detail.isEmpty())
        detail = QCoreApplication::translate("PlatformChanges", "changed on the platform");
    detail = QCoreApplication::translate("PlatformChanges", "Platform copy of %1: %2").arg(newer.modified, detail);
    QSqlQuery q(db);
    if (Status st = sql::exec(q, QStringLiteral("INSERT INTO platform_changes(order_id, kind, detail, payload, created_at, platform_modified) "
                                                "VALUES (?, 'platform_update', ?, ?, ?, ?)"),
                              {v64(salesOrderId), detail, newer.rawPayload, sql::nowText(), newer.modified});
        !st.ok())
        return st.error();
    QSqlQuery w(db);
    if (Status st = sql::exec(w, QStringLiteral("UPDATE sales_orders SET has_warning = 1 WHERE id = ?"), {v64(salesOrderId)}); !st.ok())
        return st.error();
    return true;
}

} // namespace od::intake
