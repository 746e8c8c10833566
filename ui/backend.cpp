#include "backend.h"

#include "storage/listrepository.h"
#include "storage/shoprepository.h"
#include "storage/sql.h"
#include "storage/traderepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace {

QString tr(const char *s) { return QCoreApplication::translate("Backend", s); }

od::Error unavailable()
{
    return od::Error(QStringLiteral("ui.unavailable"), tr("This function is not available in this build yet."));
}

} // namespace

Backend::Backend(od::Database &db, QObject *parent) : QObject(parent), m_db(db) {}

void Backend::notifyChanged(const QStringList &tables)
{
    // Queued when called from a worker: receivers live on the GUI thread.
    QMetaObject::invokeMethod(this, [this, tables] { emit changed(tables); }, Qt::QueuedConnection);
}

bool Backend::authAvailable() const { return false; }
bool Backend::conversionAvailable() const { return false; }

od::Status Backend::downloadPending(int64_t) { return unavailable(); }

od::Status Backend::removePendingDownload(int64_t id)
{
    od::Status st = od::TradeRepository(m_db).removePendingDownload(id);
    if (st.ok())
        notifyChanged({QStringLiteral("pending_downloads")});
    return st;
}

od::Status Backend::convertTrade(int64_t) { return unavailable(); }

std::vector<od::Status> Backend::convertTrades(const std::vector<int64_t> &ids)
{
    std::vector<od::Status> out;
    out.reserve(ids.size());
    for (int64_t id : ids)
        out.push_back(convertTrade(id));
    return out;
}

od::Status Backend::removeTrade(int64_t id)
{
    od::Status st = od::TradeRepository(m_db).remove(id);
    if (st.ok())
        notifyChanged({QStringLiteral("trades")});
    return st;
}

od::Status Backend::markTradeProcessed(int64_t id)
{
    od::Status st = od::TradeRepository(m_db).markProcessed(id, m_session.login);
    if (st.ok())
        notifyChanged({QStringLiteral("trades")});
    return st;
}

od::Status Backend::convertRefund(int64_t) { return unavailable(); }
od::Status Backend::refuseRefund(int64_t, const QString &) { return unavailable(); }
od::Status Backend::markRefundProcessed(int64_t) { return unavailable(); }
od::Status Backend::confirmOrder(int64_t) { return unavailable(); }
od::Status Backend::holdOrder(int64_t) { return unavailable(); }
od::Status Backend::releaseOrder(int64_t) { return unavailable(); }
od::Status Backend::cancelOrder(int64_t) { return unavailable(); }
od::Status Backend::shipOrder(int64_t, const QString &, const QString &) { return unavailable(); }
od::Status Backend::partialRefund(int64_t, od::Money, const QString &) { return unavailable(); }
od::Status Backend::receiveReturn(int64_t) { return unavailable(); }
od::Status Backend::retryCrm(int64_t) { return unavailable(); }
od::Status Backend::runScheduleNow(int64_t) { return unavailable(); }
od::Status Backend::saveSkuMapping(const od::SkuMapping &) { return unavailable(); }

od::Result<std::optional<od::Trade>> Backend::trade(int64_t id) { return od::TradeRepository(m_db).get(id); }
od::Result<std::optional<od::SalesOrder>> Backend::order(int64_t) { return unavailable(); }
od::Result<std::optional<od::PendingRefund>> Backend::pendingRefund(int64_t) { return unavailable(); }
od::Result<std::vector<od::AuditEntry>> Backend::orderTimeline(int64_t) { return unavailable(); }
od::Result<QByteArray> Backend::exceptionBody(int64_t) { return unavailable(); }
od::Result<std::vector<od::StaffUser>> Backend::users() { return unavailable(); }
od::Result<Session> Backend::login(const QString &, const QString &) { return unavailable(); }

od::Result<std::vector<ShopHealth>> Backend::shopHealth()
{
    // From the runs list itself (newest first per shop): no SQL of our own.
    auto shops = od::ShopRepository(m_db).all();
    if (!shops.ok())
        return shops.error();
    const od::ListSpec &spec = od::listSpec(od::ListId::ScheduleRuns);
    const int okCol = spec.columnIndex(QStringLiteral("ok"));
    const int errCol = spec.columnIndex(QStringLiteral("error"));
    const int endCol = spec.columnIndex(QStringLiteral("window_end"));
    const int startCol = spec.columnIndex(QStringLiteral("started_at"));
    od::ListRepository repo(m_db);
    std::vector<ShopHealth> out;
    const QDateTime now = QDateTime::currentDateTime();
    for (const od::Shop &s : shops.value()) {
        ShopHealth h;
        h.shopId = s.id;
        h.shopName = s.name;
        od::ListRequest req;
        req.filter.shopId = s.id;
        req.sortKey = QStringLiteral("started_at");
        req.descending = true;
        req.limit = 100;
        auto page = repo.page(spec, req);
        if (!page.ok())
            return page.error();
        for (const od::ListRow &r : page.value().rows) {
            if (h.lastRun.isEmpty())
                h.lastRun = r.values.value(startCol).toString();
            if (r.values.value(okCol).toInt() && h.lastSuccess.isEmpty())
                h.lastSuccess = r.values.value(endCol).toString();
            if (!r.values.value(okCol).toInt() && h.lastError.isEmpty() && h.lastSuccess.isEmpty())
                h.lastError = r.values.value(errCol).toString();
        }
        if (!h.lastSuccess.isEmpty()) {
            const QDateTime t = QDateTime::fromString(h.lastSuccess, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            if (t.isValid())
                h.lagMinutes = std::max<qint64>(0, t.secsTo(now) / 60);
        }
        out.push_back(h);
    }
    return out;
}

QStringList tablesOfList(int listId)
{
    using L = od::ListId;
    switch (L(listId)) {
    case L::PendingDownload: return {QStringLiteral("pending_downloads")};
    case L::PendingImport:
    case L::History: return {QStringLiteral("trades"), QStringLiteral("sales_orders")};
    case L::PendingRefunds: return {QStringLiteral("pending_refunds")};
    case L::SalesOrders: return {QStringLiteral("sales_orders")};
    case L::ReturnOrders: return {QStringLiteral("return_orders"), QStringLiteral("sales_orders")};
    case L::Exceptions: return {QStringLiteral("push_exceptions")};
    case L::ScheduleRuns: return {QStringLiteral("schedule_runs")};
    case L::CrmOutbox: return {QStringLiteral("crm_outbox")};
    case L::Audit: return {QStringLiteral("audit_log")};
    case L::SkuMappings: return {QStringLiteral("sku_mappings")};
    }
    return {};
}
