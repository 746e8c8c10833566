#include "backend.h"

#include "gateway/deskrequests.h"

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
#include "workflow/tradeactions.h"

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
    od::Status st = od::TradeActions(m_db).remove(core(m_session), id);
    if (st.ok())
        notifyChanged({QStringLiteral("trades")});
    return st;
}

od::Status Backend::markTradeProcessed(int64_t id)
{
    od::Status st = od::TradeActions(m_db).markProcessed(core(m_session), id);
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
    else  // team mode: the gateway's dispatcher would find them at its next poll; ask it to look now
        (void)od::gateway::DeskRequests(m_db).submit(core(m_session), od::gateway::RequestKind::CrmWake, QStringLiteral("{}"));
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

// ===== Settings additions: shops, schedules, push receiver, CRM link, users =====
#include "auth/session.h"
#include "crm/crmmapping.h"
#include "gateway/gatewayconfig.h"
#include "intake/runlog.h"
#include "push/pushsign.h"
#include "secrets/secretstore.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <nlohmann/json.hpp>

namespace {
od::Error settingsError(const char *code, const QString &message) { return od::Error(QString::fromLatin1(code), message); }

QJsonObject shopJson(const od::Shop &s)
{
    // Never the secret: only its name.
    return QJsonObject{{QStringLiteral("code"), s.code}, {QStringLiteral("name"), s.name},
                       {QStringLiteral("platform"), od::toKey(s.platform)}, {QStringLiteral("app_key"), s.appKey},
                       {QStringLiteral("secret_ref"), s.secretRef}, {QStringLiteral("endpoint"), s.endpoint},
                       {QStringLiteral("sign_scheme"), s.signScheme}, {QStringLiteral("enabled"), s.enabled}};
}

od::Status validateShop(const od::Shop &s)
{
    static const QRegularExpression codeRe(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    if (!codeRe.match(s.code).hasMatch())
        return settingsError("settings.shop_code", QCoreApplication::translate("Backend", "The shop code needs 1 to 32 letters, digits, '-' or '_' (it is part of the push address)."));
    if (s.name.trimmed().isEmpty() || s.name.size() > 64)
        return settingsError("settings.shop_name", QCoreApplication::translate("Backend", "The shop name needs 1 to 64 characters."));
    if (s.platform == od::PlatformKind::Top) {
        if (s.appKey.trimmed().isEmpty())
            return settingsError("settings.shop_app_key", QCoreApplication::translate("Backend", "A TOP shop needs its app key."));
        const QUrl url(s.endpoint, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
            return settingsError("settings.shop_endpoint", QCoreApplication::translate("Backend", "The TOP endpoint must be an http:// or https:// address, e.g. https://eco.taobao.com/router/rest."));
    } else if (!od::push::isKnownScheme(s.signScheme)) {
        return settingsError("settings.shop_scheme", QCoreApplication::translate("Backend", "Unknown push sign scheme \"%1\".").arg(s.signScheme));
    }
    return {};
}
} // namespace

bool Backend::may(od::Right right) const { return m_session.valid() && od::roleHas(m_session.role, right); }

QString Backend::whyNot(od::Right right) const
{
    if (may(right))
        return {};
    const od::Status st = od::requireRight(core(m_session), right);
    return st.ok() ? QString() : st.error().message;
}

od::Status Backend::auditSettings(const QString &action, const QString &entity, const QString &entityId,
                                  const QString &before, const QString &after)
{
    od::AuditEntry a;
    a.user = m_session.login;
    a.action = action;
    a.entity = entity;
    a.entityId = entityId;
    a.before = before;
    a.after = after;
    return od::Audit::append(m_db.connection(), a);
}

od::Result<int64_t> Backend::saveShop(const od::Shop &in, const std::optional<QString> &appSecret, const std::optional<QString> &topSession)
{
    if (od::Status st = od::requireRight(core(m_session), od::Right::ManageShops); !st.ok())
        return st.error();
    od::Shop shop = in;
    shop.code = shop.code.trimmed();
    shop.name = shop.name.trimmed();
    shop.appKey = shop.appKey.trimmed();
    shop.endpoint = shop.endpoint.trimmed();
    if (shop.platform == od::PlatformKind::Top || shop.signScheme.isEmpty())
        shop.signScheme = QString::fromLatin1(od::push::kDefaultScheme);
    if (shop.platform != od::PlatformKind::Top)
        shop.endpoint.clear();
    if (od::Status st = validateShop(shop); !st.ok())
        return st.error();
    const bool wantsSecret = (appSecret && !appSecret->isEmpty()) || (topSession && !topSession->isEmpty());
    if (wantsSecret && !m_secrets)
        return settingsError("settings.no_secret_store",
                             QCoreApplication::translate("Backend", "This desk has no secret store: credentials are kept on the gateway's machine."));
    if (od::Status st = m_db.open(); !st.ok())
        return st.error();
    QSqlDatabase conn = m_db.connection();
    od::ShopRepository repo(m_db);
    QString before;
    {
        od::sql::Transaction tx(conn, m_db.dialect());
        if (od::Status st = tx.begin(); !st.ok())
            return st.error();
        auto same = repo.byCode(shop.code);
        if (!same.ok())
            return same.error();
        if (shop.id == 0) {
            if (same.value())
                return settingsError("settings.shop_code_taken", QCoreApplication::translate("Backend", "The shop code \"%1\" is already used.").arg(shop.code));
            shop.secretRef = QStringLiteral("shop/") + shop.code;
            auto id = repo.create(shop);
            if (!id.ok())
                return id.error();
            shop.id = id.value();
        } else {
            auto old = repo.get(shop.id);
            if (!old.ok())
                return old.error();
            if (!old.value())
                return settingsError("settings.no_shop", QCoreApplication::translate("Backend", "The shop no longer exists."));
            if (same.value() && same.value()->id != shop.id)
                return settingsError("settings.shop_code_taken", QCoreApplication::translate("Backend", "The shop code \"%1\" is already used.").arg(shop.code));
            before = od::Audit::json(shopJson(*old.value()));
            shop.secretRef = old.value()->secretRef.isEmpty() ? QStringLiteral("shop/") + shop.code : old.value()->secretRef;
            if (od::Status st = repo.update(shop); !st.ok())
                return st.error();
        }
        QJsonObject after = shopJson(shop);
        after.insert(QStringLiteral("secret_changed"), bool(appSecret && !appSecret->isEmpty()));
        after.insert(QStringLiteral("session_changed"), bool(topSession && !topSession->isEmpty()));
        if (od::Status st = auditSettings(before.isEmpty() ? QStringLiteral("shop.create") : QStringLiteral("shop.update"),
                                          QStringLiteral("shop"), shop.code, before, od::Audit::json(after));
            !st.ok())
            return st.error();
        if (od::Status st = tx.commit(); !st.ok())
            return st.error();
    }
    notifyChanged({QStringLiteral("shops")});
    // The secrets go to the store only (never the database): after the row exists, so a refused
    // duplicate code can never overwrite another shop's secret.
    const auto failed = [](const od::Error &e) {
        return od::Error(QStringLiteral("settings.secret_failed"),
                         QCoreApplication::translate("Backend", "The shop was saved, but its credentials could not be stored: %1 Open the shop again and re-enter them.").arg(e.message));
    };
    if (appSecret && !appSecret->isEmpty())
        if (od::Status st = m_secrets->set(shop.secretRef, *appSecret); !st.ok())
            return failed(st.error());
    if (topSession && !topSession->isEmpty())
        if (od::Status st = m_secrets->set(shop.secretRef + QStringLiteral(".session"), *topSession); !st.ok())
            return failed(st.error());
    return shop.id;
}

od::Status Backend::setShopEnabled(int64_t shopId, bool enabled)
{
    if (od::Status st = od::requireRight(core(m_session), od::Right::ManageShops); !st.ok())
        return st;
    if (od::Status st = m_db.open(); !st.ok())
        return st;
    QSqlDatabase conn = m_db.connection();
    od::sql::Transaction tx(conn, m_db.dialect());
    if (od::Status st = tx.begin(); !st.ok())
        return st;
    auto shop = od::ShopRepository(m_db).get(shopId);
    if (!shop.ok())
        return shop.error();
    if (!shop.value())
        return settingsError("settings.no_shop", QCoreApplication::translate("Backend", "The shop no longer exists."));
    od::Shop s = *shop.value();
    const bool before = s.enabled;
    s.enabled = enabled;
    if (od::Status st = od::ShopRepository(m_db).update(s); !st.ok())
        return st;
    if (od::Status st = auditSettings(QStringLiteral("shop.enabled"), QStringLiteral("shop"), s.code,
                                      od::Audit::json(QJsonObject{{QStringLiteral("enabled"), before}}),
                                      od::Audit::json(QJsonObject{{QStringLiteral("enabled"), enabled}}));
        !st.ok())
        return st;
    if (od::Status st = tx.commit(); !st.ok())
        return st;
    notifyChanged({QStringLiteral("shops")});
    return {};
}

od::Result<bool> Backend::hasSecret(const QString &ref)
{
    if (!m_secrets || ref.isEmpty())
        return false;
    auto r = m_secrets->get(ref);
    return r.ok() && !r.value().isEmpty();
}

od::Result<std::vector<od::intake::Schedule>> Backend::shopSchedules(int64_t shopId)
{
    auto all = od::intake::RunLog(m_db).schedules(false);
    if (!all.ok())
        return all.error();
    std::vector<od::intake::Schedule> out;
    for (const od::intake::Schedule &s : all.value())
        if (s.shopId == shopId)
            out.push_back(s);
    return out;
}

od::Status Backend::saveSchedules(int64_t shopId, const std::vector<od::intake::Schedule> &schedules)
{
    if (od::Status st = od::requireRight(core(m_session), od::Right::ManageShops); !st.ok())
        return st;
    static const QStringList kinds{QStringLiteral("orders"), QStringLiteral("refunds"), QStringLiteral("gapfill")};
    for (const od::intake::Schedule &s : schedules) {
        if (!kinds.contains(s.kind))
            return settingsError("settings.schedule_kind", QCoreApplication::translate("Backend", "Unknown schedule kind \"%1\".").arg(s.kind));
        if (s.intervalMin < 1 || s.intervalMin > 1440)
            return settingsError("settings.schedule_interval", QCoreApplication::translate("Backend", "The interval must be 1 to 1440 minutes."));
        if (s.lookbackMin < 0 || s.lookbackMin > 43200)
            return settingsError("settings.schedule_lookback", QCoreApplication::translate("Backend", "The look-back must be 0 to 43200 minutes (30 days)."));
    }
    if (od::Status st = m_db.open(); !st.ok())
        return st;
    QSqlDatabase conn = m_db.connection();
    od::sql::Transaction tx(conn, m_db.dialect());
    if (od::Status st = tx.begin(); !st.ok())
        return st;
    auto shop = od::ShopRepository(m_db).get(shopId);
    if (!shop.ok())
        return shop.error();
    if (!shop.value())
        return settingsError("settings.no_shop", QCoreApplication::translate("Backend", "The shop no longer exists."));
    QJsonObject after;
    for (od::intake::Schedule s : schedules) {
        s.shopId = shopId;
        if (auto id = od::intake::RunLog(m_db).upsertSchedule(s); !id.ok())
            return id.error();
        after.insert(s.kind, QJsonObject{{QStringLiteral("interval_min"), s.intervalMin}, {QStringLiteral("lookback_min"), s.lookbackMin},
                                         {QStringLiteral("enabled"), s.enabled}});
    }
    if (od::Status st = auditSettings(QStringLiteral("shop.schedules"), QStringLiteral("shop"), shop.value()->code, {}, od::Audit::json(after));
        !st.ok())
        return st;
    if (od::Status st = tx.commit(); !st.ok())
        return st;
    notifyChanged({QStringLiteral("schedules")});
    return {};
}

od::Result<ReceiverSettings> Backend::receiverSettings()
{
    auto stored = od::gateway::storedReceiverOptions(m_db);
    if (!stored.ok())
        return stored.error();
    ReceiverSettings r;
    r.bindAddress = stored.value().first.bindAddress;
    r.port = stored.value().first.port;
    r.enabled = stored.value().second;
    r.replyFormat = stored.value().first.replyFormat;
    return r;
}

od::Status Backend::saveReceiverSettings(const ReceiverSettings &r)
{
    if (od::Status st = od::requireRight(core(m_session), od::Right::ManageShops); !st.ok())
        return st;
    if (r.port < 1 || r.port > 65535)
        return settingsError("settings.receiver_port", QCoreApplication::translate("Backend", "The port must be a number from 1 to 65535."));
    static const QRegularExpression ipv4(QStringLiteral("^(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}$"));
    if (!ipv4.match(r.bindAddress.trimmed()).hasMatch() && r.bindAddress.trimmed() != QLatin1String("::"))
        return settingsError("settings.receiver_address", QCoreApplication::translate("Backend", "The address must be an IPv4 address such as 0.0.0.0 (all interfaces) or 127.0.0.1."));
    if (!od::push::replyFormats().contains(r.replyFormat))
        return settingsError("settings.receiver_reply", QCoreApplication::translate("Backend", "Unknown reply format \"%1\".").arg(r.replyFormat));
    auto stored = od::gateway::storedReceiverOptions(m_db);
    if (!stored.ok())
        return stored.error();
    od::push::ReceiverOptions o = stored.value().first;  // keeps limits and timeouts
    o.bindAddress = r.bindAddress.trimmed();
    o.port = r.port;
    o.replyFormat = r.replyFormat;
    const nlohmann::json j = od::gateway::receiverToJson(o, r.enabled);
    QSqlDatabase conn = m_db.connection();
    od::sql::Transaction tx(conn, m_db.dialect());
    if (od::Status st = tx.begin(); !st.ok())
        return st;
    QSqlQuery q(conn);
    const QString before = QString::fromStdString(od::gateway::receiverToJson(stored.value().first, stored.value().second).dump());
    if (od::Status st = od::sql::exec(q, QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                      {QStringLiteral("gateway.receiver"), QString::fromStdString(j.dump())});
        !st.ok())
        return st;
    if (od::Status st = auditSettings(QStringLiteral("settings.receiver"), QStringLiteral("settings"), QStringLiteral("gateway.receiver"), before,
                                      QString::fromStdString(j.dump()));
        !st.ok())
        return st;
    return tx.commit();
}

od::Result<od::crm::CrmSettings> Backend::crmSettings() { return od::crm::loadCrmSettings(m_db); }

od::Status Backend::saveCrmSettings(const od::crm::CrmSettings &in, const std::optional<QString> &token)
{
    if (od::Status st = od::requireRight(core(m_session), od::Right::ManageCrm); !st.ok())
        return st;
    od::crm::CrmSettings s = in;
    if (od::Status st = od::crm::normalizeCrmSettings(s); !st.ok())
        return st;
    if (token && !token->isEmpty() && !m_secrets)
        return settingsError("settings.no_secret_store",
                             QCoreApplication::translate("Backend", "This desk has no secret store: the matrix token is kept on the gateway's machine."));
    if (od::Status st = od::crm::saveCrmSettings(m_db, s); !st.ok())
        return st;
    {
        QSqlDatabase conn = m_db.connection();
        od::sql::Transaction tx(conn, m_db.dialect());
        if (od::Status st = tx.begin(); !st.ok())
            return st;
        const QJsonObject after{{QStringLiteral("gateway_url"), s.gatewayUrl}, {QStringLiteral("app_id"), s.appId},
                                {QStringLiteral("certi_id"), s.certiId}, {QStringLiteral("from_node_id"), s.fromNodeId},
                                {QStringLiteral("to_node_id"), s.toNodeId}, {QStringLiteral("callback_base"), s.callbackBase},
                                {QStringLiteral("v"), s.version}, {QStringLiteral("token_changed"), bool(token && !token->isEmpty())}};
        if (od::Status st = auditSettings(QStringLiteral("settings.crm"), QStringLiteral("settings"), QStringLiteral("crm"), {}, od::Audit::json(after));
            !st.ok())
            return st;
        if (od::Status st = tx.commit(); !st.ok())
            return st;
    }
    if (token && !token->isEmpty())
        if (od::Status st = m_secrets->set(s.tokenRef, *token); !st.ok())
            return st;
    if (m_crmRestart)
        return m_crmRestart();
    return {};
}

od::Status Backend::createUser(const od::StaffUser &user, const QString &password)
{
    auto r = od::UserService(m_db).create(core(m_session), user, password);
    if (r.ok())
        notifyChanged({QStringLiteral("users")});
    return status(r);
}

od::Status Backend::changeUserRole(const QString &login, od::Role role)
{
    od::Status st = od::UserService(m_db).changeRole(core(m_session), login, role);
    if (st.ok())
        notifyChanged({QStringLiteral("users")});
    return st;
}

od::Status Backend::resetUserPassword(const QString &login, const QString &password)
{
    return od::UserService(m_db).changePassword(core(m_session), login, password);
}

od::Status Backend::setUserActive(const QString &login, bool active)
{
    od::Status st = od::UserService(m_db).setActive(core(m_session), login, active);
    if (st.ok())
        notifyChanged({QStringLiteral("users")});
    return st;
}
