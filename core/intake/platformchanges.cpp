#include "intake/platformchanges.h"

#include "storage/sql.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <algorithm>
#include <array>
#include <map>

namespace od::intake {

namespace {
QVariant v64(int64_t x) { return QVariant::fromValue<qint64>(x); }

constexpr std::array<std::pair<ChangeKind, const char *>, 9> kKinds{{{ChangeKind::Deleted, "platform_delete"},
                                                                     {ChangeKind::Closed, "buyer_cancel"},
                                                                     {ChangeKind::RefundOpened, "line_refund"},
                                                                     {ChangeKind::Updated, "platform_update"},
                                                                     {ChangeKind::Finished, "finished"},
                                                                     {ChangeKind::AddressChanged, "address_changed"},
                                                                     {ChangeKind::AmountChanged, "amount_changed"},
                                                                     {ChangeKind::Paid, "paid"},
                                                                     {ChangeKind::StatusChanged, "status_changed"}}};
} // namespace

QString toKey(ChangeKind kind)
{
    for (const auto &[k, key] : kKinds)
        if (k == kind)
            return QString::fromLatin1(key);
    return QStringLiteral("platform_update");
}

std::optional<ChangeKind> changeKindFromKey(const QString &key)
{
    for (const auto &[k, text] : kKinds)
        if (key == QLatin1String(text))
            return k;
    return std::nullopt;
}

QString label(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Deleted:
        return QCoreApplication::translate("PlatformChanges", "Deleted on the platform");
    case ChangeKind::Closed:
        return QCoreApplication::translate("PlatformChanges", "Closed or cancelled");
    case ChangeKind::RefundOpened:
        return QCoreApplication::translate("PlatformChanges", "Line refund");
    case ChangeKind::Finished:
        return QCoreApplication::translate("PlatformChanges", "Finished on the platform");
    case ChangeKind::AddressChanged:
        return QCoreApplication::translate("PlatformChanges", "Receiver changed");
    case ChangeKind::AmountChanged:
        return QCoreApplication::translate("PlatformChanges", "Amount changed");
    case ChangeKind::Paid:
        return QCoreApplication::translate("PlatformChanges", "Paid");
    case ChangeKind::StatusChanged:
        return QCoreApplication::translate("PlatformChanges", "Status changed");
    case ChangeKind::Updated:
        return QCoreApplication::translate("PlatformChanges", "Changed on the platform");
    }
    return {};
}

ChangeReport describeChange(const Trade &before, const Trade &after, bool deleted, const std::vector<PendingRefund> &refunds)
{
    ChangeReport r;
    QStringList lines;
    auto add = [&](ChangeKind k, const QString &line) {
        if (std::find(r.kinds.begin(), r.kinds.end(), k) == r.kinds.end())
            r.kinds.push_back(k);
        lines << line;
    };
    if (deleted)
        add(ChangeKind::Deleted, QCoreApplication::translate("PlatformChanges", "deleted on the platform (or moved to its recycle bin)"));
    if (after.closed && !before.closed)
        add(ChangeKind::Closed, QCoreApplication::translate("PlatformChanges", "closed or cancelled on the platform (status %1)").arg(after.platformStatus));
    std::map<QString, QString> refundBefore;
    for (const TradeLine &l : before.lines)
        refundBefore[l.oid] = l.refundStatus;
    for (const TradeLine &l : after.lines)
        if (l.underRefund() && refundBefore[l.oid] != l.refundStatus)
            add(ChangeKind::RefundOpened, QCoreApplication::translate("PlatformChanges", "line %1 (%2) refund: %3").arg(l.oid, l.title, l.refundStatus));
    for (const PendingRefund &x : refunds)
        add(ChangeKind::RefundOpened,
            QCoreApplication::translate("PlatformChanges", "refund %1 of line %2: %3, status %4")
                .arg(x.refundId, x.oid, x.amount.toString(), x.platformStatus));
    if (after.platformStatus == QLatin1String("TRADE_FINISHED") && before.platformStatus != after.platformStatus)
        add(ChangeKind::Finished, QCoreApplication::translate("PlatformChanges", "finished on the platform"));
    if (before.receiverName != after.receiverName || before.receiverMobile != after.receiverMobile || before.receiverAddress != after.receiverAddress)
        add(ChangeKind::AddressChanged,
            QCoreApplication::translate("PlatformChanges", "receiver changed: %1 %2 %3").arg(after.receiverName, after.receiverMobile, after.receiverAddress));
    if (before.paidAmount != after.paidAmount)
        add(ChangeKind::AmountChanged,
            QCoreApplication::translate("PlatformChanges", "paid amount %1 → %2").arg(before.paidAmount.toString(), after.paidAmount.toString()));
    if (!before.paid && after.paid)
        add(ChangeKind::Paid, QCoreApplication::translate("PlatformChanges", "paid"));
    if (before.platformStatus != after.platformStatus)
        add(ChangeKind::StatusChanged, QCoreApplication::translate("PlatformChanges", "status %1 → %2").arg(before.platformStatus, after.platformStatus));
    if (r.kinds.empty())
        add(ChangeKind::Updated, QCoreApplication::translate("PlatformChanges", "changed on the platform"));
    r.kind = *std::min_element(r.kinds.begin(), r.kinds.end()); // the enum is ordered by significance
    r.detail = QCoreApplication::translate("PlatformChanges", "Platform copy of %1:").arg(after.modified) + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    return r;
}

Result<std::optional<ChangeKind>> PlatformChanges::record(TradeRepository &repo, int64_t tradeId, int64_t salesOrderId, const Trade &newer, bool deleted,
                                                          const std::vector<PendingRefund> &refunds)
{
    QSqlDatabase db = m_db.connection();
    if (salesOrderId == 0) {
        auto id = sql::scalar(db, QStringLiteral("SELECT id FROM sales_orders WHERE trade_id = ?"), {v64(tradeId)});
        if (!id.ok())
            return id.error();
        salesOrderId = id.value();
        if (salesOrderId == 0)
            return std::optional<ChangeKind>(); // converted without an order row: nothing to warn on
    }
    auto stored = repo.get(tradeId);
    if (!stored.ok())
        return stored.error();
    if (!stored->has_value() || newer.modified.isEmpty() || newer.modified <= (*stored)->modified)
        return std::optional<ChangeKind>();
    // Already recorded for this platform copy or a newer one (any kind, either path)?
    auto done = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM platform_changes WHERE order_id = ? AND platform_modified >= ?"),
                            {v64(salesOrderId), newer.modified});
    if (!done.ok())
        return done.error();
    if (done.value() > 0)
        return std::optional<ChangeKind>();
    const ChangeReport report = describeChange(**stored, newer, deleted, refunds);
    QSqlQuery q(db);
    if (Status st = sql::exec(q,
                              QStringLiteral("INSERT INTO platform_changes(order_id, kind, detail, payload, created_at, platform_modified) "
                                             "VALUES (?, ?, ?, ?, ?, ?)"),
                              {v64(salesOrderId), toKey(report.kind), report.detail, newer.rawPayload, sql::nowText(), newer.modified});
        !st.ok())
        return st.error();
    QSqlQuery w(db);
    if (Status st = sql::exec(w, QStringLiteral("UPDATE sales_orders SET has_warning = 1 WHERE id = ?"), {v64(salesOrderId)}); !st.ok())
        return st.error();
    return std::optional<ChangeKind>(report.kind);
}

} // namespace od::intake
