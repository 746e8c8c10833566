#include "backend.h"

#include "auth/session.h"
#include "auth/userservice.h"
#include "crm/crmstore.h"
#include "gateway/deskrequests.h"
#include "gateway/gatewaywriteback.h"
#include "gateway/localservices.h"
#include "storage/recordrepository.h"
#include "storage/traderepository.h"
#include "workflow/audit.h"
#include "workflow/conversionservice.h"
#include "workflow/orderservice.h"
#include "workflow/platformwriteback.h"
#include "workflow/refundservice.h"
#include "workflow/skumapping.h"
#include "workflow/tradeactions.h"

#include <QCoreApplication>
#include <map>

namespace {

// Team mode: downloads run on the gateway, not on a desk.
od::Error onGateway(const QString &message) { return od::Error(QStringLiteral("ui.on_gateway"), message); }

const QStringList kOrderTables{QStringLiteral("sales_orders"), QStringLiteral("crm_outbox"), QStringLiteral("audit_log")};

} // namespace

Backend::Backend(od::Database &db, QObject *parent)
    : QObject(parent), m_db(db), m_ownWriteBack(std::make_unique<od::RecordingWriteBack>()), m_writeBack(m_ownWriteBack.get())
{ }

Backend::~Backend() = default;

void Backend::writeBackToPlatforms(int gatewayAnswerTimeoutMs)
{
    if (m_secrets)
        m_platformWriteBack = std::make_unique<od::PlatformsWriteBack>(*m_secrets, *m_ownWriteBack);
    else
        m_platformWriteBack = std::make_unique<od::gateway::GatewayWriteBack>(
            m_db, [this] { return core(); }, *m_ownWriteBack, gatewayAnswerTimeoutMs);
    m_writeBack = m_platformWriteBack.get();
}

void Backend::notifyChanged(const QStringList &tables)
{
    // Queued when called from a worker: receivers live on the GUI thread.
    QMetaObject::invokeMethod(
        this, [this, tables] { emit changed(tables); }, Qt::QueuedConnection);
}

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
    if (od::Status st = od::requireRight(core(), od::Right::Convert); !st.ok())
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
            out[i] =
                od::Error(QStringLiteral("download.refused"),
                          after.value()->lastError.isEmpty() ? QCoreApplication::translate("Backend", "The platform did not return order %1.").arg(rows[i]->tid)
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
    return reported(od::ConversionService(m_db).convertOne(core(), id), {QStringLiteral("trades"), QStringLiteral("sales_orders")});
}

std::vector<od::Status> Backend::convertTrades(const std::vector<int64_t> &ids)
{
    // One chunk of a batch: the core converts it in one transaction with a savepoint per trade.
    od::BatchOptions options;
    options.chunkSize = int(std::max<size_t>(1, ids.size()));
    auto r = od::ConversionService(m_db).convert(core(), ids, options);
    std::vector<od::Status> out(ids.size(),
                                od::Status(od::Error(QStringLiteral("batch.not_reached"), QCoreApplication::translate("Backend", "Not processed."))));
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
    od::Status st = od::TradeActions(m_db).remove(core(), id);
    if (st.ok())
        notifyChanged({QStringLiteral("trades")});
    return st;
}

od::Status Backend::markTradeProcessed(int64_t id)
{
    od::Status st = od::TradeActions(m_db).markProcessed(core(), id);
    if (st.ok())
        notifyChanged({QStringLiteral("trades")});
    return st;
}

namespace {
QStringList refundTables()
{
    return {QStringLiteral("pending_refunds"), QStringLiteral("sales_orders"), QStringLiteral("return_orders"), QStringLiteral("crm_outbox")};
}
} // namespace

od::Status Backend::convertRefund(int64_t id) { return reported(od::RefundService(m_db, *m_writeBack).convert(core(), id), refundTables()); }
od::Status Backend::refuseRefund(int64_t id, const QString &reason)
{
    return reported(od::RefundService(m_db, *m_writeBack).refuse(core(), id, reason), refundTables());
}
od::Status Backend::markRefundProcessed(int64_t id) { return reported(od::RefundService(m_db, *m_writeBack).markProcessed(core(), id), refundTables()); }
od::Status Backend::confirmOrder(int64_t id) { return reported(od::OrderService(m_db, *m_writeBack).confirm(core(), id), kOrderTables); }
od::Status Backend::holdOrder(int64_t id) { return reported(od::OrderService(m_db, *m_writeBack).hold(core(), id), kOrderTables); }
od::Status Backend::releaseOrder(int64_t id) { return reported(od::OrderService(m_db, *m_writeBack).release(core(), id), kOrderTables); }
od::Status Backend::cancelOrder(int64_t id) { return reported(od::OrderService(m_db, *m_writeBack).cancel(core(), id), kOrderTables); }
od::Status Backend::shipOrder(int64_t id, const QString &company, const QString &tracking)
{
    return reported(od::OrderService(m_db, *m_writeBack).ship(core(), id, company, tracking), kOrderTables);
}
od::Status Backend::partialRefund(int64_t id, od::Money amount, const QString &reason)
{
    return reported(od::RefundService(m_db, *m_writeBack).partialRefund(core(), id, amount.fen(), reason), refundTables());
}
od::Status Backend::receiveReturn(int64_t id) { return reported(od::RefundService(m_db, *m_writeBack).receiveReturn(core(), id), refundTables()); }
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
    else // team mode: the gateway's dispatcher would find them at its next poll; ask it to look now
        (void)od::gateway::DeskRequests(m_db).submit(core(), od::gateway::RequestKind::CrmWake, QStringLiteral("{}"));
    notifyChanged({QStringLiteral("crm_outbox"), QStringLiteral("sales_orders")});
    return {};
}

od::Status Backend::runScheduleNow(int64_t shopId)
{
    if (od::Status st = od::requireRight(core(), od::Right::Convert); !st.ok())
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
    return reported(od::SkuMappingService(m_db).setMapping(core(), m.shopId, m.platformItemId, m.platformSkuId, m.skuCode), {QStringLiteral("sku_mappings")});
}

od::Result<std::optional<od::PendingRefund>> Backend::pendingRefund(int64_t id) { return od::RefundService(m_db, *m_writeBack).pending(id); }
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

od::Result<std::vector<ShopHealth>> Backend::shopHealth() { return od::ShopService(m_db).health(); }
