#include "backend.h"

#include "gateway/localservices.h"
#include "crm/crmstore.h"
#include "storage/listrepository.h"
#include "storage/recordrepository.h"
#include "storage/shoprepository.h"
#include "storage/sql.h"
#include "storage/traderepository.h"
#include "auth/session.h"
#include "auth/userservice.h"
#include "workflow/audit.h"
#include "workflow/conversionservice.h"
#include "workflow/orderservice.h"
#include "workflow/platformwriteback.h"
#include "workflow/refundservice.h"
#include "workflow/skumapping.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <map>

namespace {

// Team mode: downloads run on the gateway, not on a desk.
od::Error onGateway(const QString &message) { return od::Error(QStringLiteral("ui.on_gateway"), message); }

od::Session core(const Session &s) { return od::Session{s.login, s.role}; }

template <typename T> od::Status status(const od::Result<T> &r)
{
    if (!r.ok())
        return r.error();
    return {};
}

const QStringList kOrderTables{QStringLiteral("sales_orders"), QStringLiteral("crm_outbox"), QStringLiteral("audit_log")};

} // namespace

Backend::Backend(od::Database &db, QObject *parent)
    : QObject(parent), m_db(db), m_ownWriteBack(std::make_unique<od::RecordingWriteBack>()), m_writeBack(m_ownWriteBack.get())
{
}

Backend::~Backend() = default;

void Backend::notifyChanged(const QStringList &tables)
{
    // Queued when called from a worker: receivers live on the GUI thread.
    QMetaObject::invokeMethod(this, [this, tables] { emit changed(tables); }, Qt::QueuedConnection);
}

bool Backend::authAvailable() const { return true; }
bool Backend::conversionAvailable() const { return true; }

od::Status Backend::downloadPending(int64_t id) { return downloadPending(std::vector<int64_t>{id}).front(); }

std::vector<od::Status> Backend::downloadPending(const std::vector<int64_t> &ids)
{
    std::vector<od::Status> out(ids.size());
    auto failAll = [&](const od::Error &e) {
        std::fill(out.begin(), out.end(), od::Status(e));
        return out;
    };
    if (ids.empty())
        return out;
    if (od::Status st = od::requireRight(core(m_session), od::Right::Convert); !st.ok())
        return failAll(st.error());
    od::gateway::LocalServices *services = m_services.load();
    if (!services)
        return failAll(onGateway(QCoreApplication::translate("Backend",
            "Order details are downloaded by the gateway in team mode (shared database), not by this desk. "
            "The gateway fetches pending orders on its schedule; ask whoever runs it if they stay pending.")));
    // Which shop each row belongs to; rows gone meanwhile are reported as such.
    od::RecordRepository records(m_db);
    std::vector<std::optional<od::PendingDownloadRef>> rows(ids.size());
    std::map<int64_t, std::vector<int64_t>> byShop;
    for (size_t i = 0; i < ids.size(); ++i) {
        auto row = records.pendingDownload(ids[i]);
        if (!row.ok())
            return failAll(row.error());
        rows[i] = row.value();
        if (rows[i])
            byShop[rows[i]->shopId].push_back(ids[i]);
        else
            out[i] = od::Error(QStringLiteral("download.gone"),
                               QCoreApplication::translate("Backend", "This order is no longer waiting for download (downloaded or removed meanwhile)."));
    }
    std::map<int64_t, od::Error> shopErrors;
    for (const auto &[shopId, shopIds] : byShop) {
        auto stats = services->fetchPending(shopId, shopIds);
        if (!stats.ok())
            shopErrors.emplace(shopId, stats.error());
    }
    notifyChanged({QStringLiteral("pending_downloads"), QStringLiteral("trades"), QStringLiteral("schedule_runs")});
    // Downloaded rows leave 待下载; a row the platform refused stays, with its reason.
    for (size_t i = 0; i < ids.size(); ++i) {
        if (!rows[i])
            continue;
        if (auto it = shopErrors.find(rows[i]->shopId); it != shopErrors.end()) {
            out[i] = it->second;
            continue;
        }
        auto after = records.pendingDownload(ids[i]);
        if (!after.ok())
            out[i] = after.error();
        else if (after.value())
            out[i] = od::Error(QStringLiteral("download.refused"),
                               after.value()->lastError.isEmpty()
                                   ? QCoreApplication::translate("Backend", "The platform did not return order %1.").arg(rows[i]->tid)
                                   : after.value()->lastError);
    }
    return out;
}

od::Status Backend::removePendingDownload(int64_t id)
{
    od::Status st = od::TradeRepository(m_db).removePendingDownload(id);
    if (st.ok())
        notifyChanged({QStringLiteral("pending_downloads")});
    return st;
}

od::Status Backend::convertTrade(int64_t id)
{
    od::Status st = status(od::ConversionService(m_db).convertOne(core(m_session), id));
    notifyChanged({QStringLiteral("trades"), QStringLiteral("sales_orders")});
    return st;
}

std::vector<od::Status> Backend::convertTrades(const std::vector<int64_t> &ids)
{
    // One chunk of a batch: the core converts it in one transaction with a savepoint per trade.
    od::BatchOptions options;
    options.chunkSize = int(std::max<size_t>(1, ids.size()));
    auto r = od::ConversionService(m_db).convert(core(m_session), ids, options);
    std::vector<od::Status> out(ids.size(), od::Status(od::Error(QStringLiteral("batch.not_reached"), QCoreApplication::translate("Backend", "Not processed."))));
    if (!r.ok()) {
        std::fill(out.begin(), out.end(), od::Status(r.error()));
        return out;
    }
    std::map<int64_t, od::Status> byId;
    for (const od::BatchItemResult &item : r.value().results)
        byId[item.id] = item.ok ? od::Status() : od::Status(od::Error(item.code, item.reason));
    for (size_t i = 0; i < ids.size(); ++i)
        if (auto it = byId.find(ids[i]); it != byId.end())
            out[i] = it->second;
    notifyChanged({QStringLiteral("trades"), QStringLiteral("sales_orders")});
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

namespace {
QStringList refundTables()
{
    return {QStringLiteral("pending_refunds"), QStringLiteral("sales_orders"), QStringLiteral("return_orders"),
            QStringLiteral("crm_outbox")};
}
} // namespace

od::Status Backend::convertRefund(int64_t id)
{
    od::Status st = status(od::RefundService(m_db, *m_writeBack).convert(core(m_session), id));
    notifyChanged(refundTables());
    return st;
}
od::Status Backend::refuseRefund(int64_t id, const QString &reason)
{
    od::Status st = od::RefundService(m_db, *m_writeBack).refuse(core(m_session), id, reason);
    notifyChanged(refundTables());
    return st;
}
od::Status Backend::markRefundProcessed(int64_t id)
{
    od::Status st = od::RefundService(m_db, *m_writeBack).markProcessed(core(m_session), id);
    notifyChanged(refundTables());
    return st;
}
od::Status Backend::confirmOrder(int64_t id)
{
    od::Status st = od::OrderService(m_db, *m_writeBack).confirm(core(m_session), id);
    notifyChanged(kOrderTables);
    return st;
}
od::Status Backend::holdOrder(int64_t id)
{
    od::Status st = od::OrderService(m_db, *m_writeBack).hold(core(m_session), id);
    notifyChanged(kOrderTables);
    return st;
}
od::Status Backend::releaseOrder(int64_t id)
{
    od::Status st = od::OrderService(m_db, *m_writeBack).release(core(m_session), id);
    notifyChanged(kOrderTables);
    return st;
}
od::Status Backend::cancelOrder(int64_t id)
{
    od::Status st = od::OrderService(m_db, *m_writeBack).cancel(core(m_session), id);
    notifyChanged(kOrderTables);
    return st;
}
od::Status Backend::shipOrder(int64_t id, const QString &company, const QString &tracking)
{
    od::Status st = od::OrderService(m_db, *m_writeBack).ship(core(m_session), id, company, tracking);
    notifyChanged(kOrderTables);
    return st;
}
od::Status Backend::partialRefund(int64_t id, od::Money amount, const QString &reason)
{
    od::Status st = status(od::RefundService(m_db, *m_writeBack).partialRefund(core(m_session), id, amount.fen(), reason));
    notifyChanged(refundTables());
    return st;
}
od::Status Backend::receiveReturn(int64_t id)
{
    od::Status st = od::RefundService(m_db, *m_writeBack).receiveReturn(core(m_session), id);
    notifyChanged(refundTables());
    return st;
}
od::Status Backend::retryCrm(int64_t outboxId)
{
    auto event = od::RecordRepository(m_db).crmEvent(outboxId);
    if (!event.ok())
        return event.error();
    if (!event.value())
        return od::Error(QStringLiteral("crm.no_event"), QCoreApplication::translate("Backend", "This CRM event no longer exists."));
    const od::CrmEventRef &e = *event.value();
    if (e.state != od::OutboxState::Failed) {
        // Another event of the same order, retried just before in the same batch, took it along.
        if (e.state == od::OutboxState::Pending)
            return {};
        return od::Error(QStringLiteral("crm.not_failed"),
                         QCoreApplication::translate("Backend", "Only failed events can be retried; this one is %1.").arg(od::label(e.state)));
    }
    auto n = od::crm::retryFailed(m_db, m_session.role, e.orderId);
    if (!n.ok())
        return n.error();
    if (od::gateway::LocalServices *services = m_services.load())
        services->wakeCrm();
    notifyChanged({QStringLiteral("crm_outbox"), QStringLiteral("sales_orders")});
    return {};
}

od::Status Backend::runScheduleNow(int64_t shopId)
{
    if (od::Status st = od::requireRight(core(m_session), od::Right::Convert); !st.ok())
        return st;
    od::gateway::LocalServices *services = m_services.load();
    if (!services || !services->scheduler())
        return onGateway(QCoreApplication::translate("Backend",
            "Download schedules run on the gateway in team mode (shared database), not on this desk. "
            "Start the run on the gateway, or wait for its next scheduled run."));
    od::Status st = services->runShopNow(shopId);
    if (st.ok())
        notifyChanged({QStringLiteral("schedule_runs")});
    return st;
}
od::Status Backend::saveSkuMapping(const od::SkuMapping &m)
{
    od::Status st = od::SkuMappingService(m_db).setMapping(core(m_session), m.shopId, m.platformItemId, m.platformSkuId, m.skuCode);
    notifyChanged({QStringLiteral("sku_mappings")});
    return st;
}

od::Result<std::optional<od::Trade>> Backend::trade(int64_t id) { return od::TradeRepository(m_db).get(id); }
od::Result<std::optional<od::SalesOrder>> Backend::order(int64_t id) { return od::RecordRepository(m_db).salesOrder(id); }
od::Result<std::optional<od::PendingRefund>> Backend::pendingRefund(int64_t id)
{
    return od::RefundService(m_db, *m_writeBack).pending(id);
}
od::Result<std::vector<od::AuditEntry>> Backend::orderTimeline(int64_t orderId)
{
    return od::Audit::timeline(m_db, QStringLiteral("sales_order"), QString::number(orderId));
}
od::Result<QByteArray> Backend::exceptionBody(int64_t id)
{
    auto body = od::RecordRepository(m_db).exceptionBody(id);
    if (!body.ok())
        return body.error();
    if (!body.value())
        return od::Error(QStringLiteral("exception.gone"), QCoreApplication::translate("Backend", "This exception record no longer exists."));
    return *body.value();
}
od::Result<std::vector<od::StaffUser>> Backend::users() { return od::RecordRepository(m_db).users(); }
od::Result<Session> Backend::login(const QString &login, const QString &password)
{
    auto r = od::UserService(m_db).authenticate(login, password);
    if (!r.ok())
        return r.error();
    Session s{r.value().login, r.value().login, r.value().role};
    if (auto u = od::UserService(m_db).find(login); u.ok() && u.value() && !u.value()->displayName.isEmpty())
        s.displayName = u.value()->displayName;
    return s;
}

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
