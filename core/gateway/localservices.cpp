#include "gateway/localservices.h"
#include "rules/rulerunner.h"

#include "crm/callbackhandler.h"
#include "crm/crmmapping.h"
#include "gateway/gatewayconfig.h"
#include "gateway/gatewaywriteback.h"
#include "intake/downloadservice.h"
#include "intake/scheduler.h"
#include "gateway/deskrequests.h"
#include "gateway/requestrunner.h"
#include "secrets/secretstore.h"
#include "storage/shoprepository.h"
#include "platforms/registry.h"

#include <QCoreApplication>
#include <QThread>
#include <mutex>

namespace od::gateway {

namespace {

// wakeCrm() runs on the receiver's handler threads (CRM callbacks) and worker threads while stop() or
// restartCrm() may be deleting the dispatcher: loading the pointer and calling it must not straddle
// the deletion, so both hold this lock (one for all instances: wake-ups are rare and short).
std::mutex g_wakeMutex;

void setLive(std::atomic<crm::CrmDispatcher *> &live, crm::CrmDispatcher *d)
{
    std::lock_guard<std::mutex> lock(g_wakeMutex);
    live.store(d);
}

// QObjects made in a worker thread would live in a thread without an event loop; hand them to the
// application's thread (pushing from the current thread is allowed).
void adopt(QObject *o)
{
    if (auto *app = QCoreApplication::instance(); app && o->thread() != app->thread())
        o->moveToThread(app->thread());
}
} // namespace

LocalServices::LocalServices(Database &db, SecretStore &secrets, LocalServicesOptions options) : m_db(db), m_secrets(secrets), m_options(std::move(options)) { }

LocalServices::~LocalServices() { stop(); }

Result<QStringList> LocalServices::start()
{
    if (m_running)
        return QStringList();
    QStringList warnings;
    if (m_options.receiver) {
        auto warning = startReceiver();
        if (!warning.ok())
            return warning.error();
        if (!warning->isEmpty())
            warnings << warning.value();
    }
    if (m_options.scheduler) {
        SecretStore *secrets = &m_secrets;
        m_scheduler =
            std::make_unique<intake::Scheduler>(m_db, [secrets](const Shop &shop) { return platforms::platformFor(shop).credentials(shop, *secrets); });
        adopt(m_scheduler.get());
        m_scheduler->setTickMs(m_options.schedulerTickMs);
        m_scheduler->setClientOptions(m_options.clientOptions);
        m_scheduler->start();
    }
    if (m_options.crm) {
        if (Status st = startCrm(); !st.ok())
            warnings << st.error().message;
    }
    if (m_options.requests) {
        m_requests = std::make_unique<RequestRunner>(m_db, *this, m_options.requestPollMs);
        adopt(m_requests.get());
        QMetaObject::invokeMethod(m_requests.get(), &RequestRunner::start, Qt::AutoConnection);
    }
    if (m_options.rules) {
        m_rules = std::make_unique<rules::RuleRunner>(m_db, m_options.rulesPollMs);
        m_rules->start();
    }
    m_running = true;
    return warnings;
}

Status LocalServices::startCrm()
{
    auto settings = crm::loadCrmSettings(m_db);
    if (!settings.ok())
        return settings.error();
    if (!settings->isComplete())
        return Error(QStringLiteral("gateway.crm_settings"), QCoreApplication::translate("Gateway", "CRM not configured: events stay in the outbox."));
    auto token = m_secrets.get(settings->tokenRef);
    if (!token.ok() || token->isEmpty())
        return Error(QStringLiteral("gateway.crm_token"),
                     QCoreApplication::translate("Gateway", "No CRM token (secret %1): events stay in the outbox.").arg(settings->tokenRef));
    m_dispatcher = std::make_unique<crm::CrmDispatcher>(m_db, settings.value(), token.value(), m_options.dispatcherOptions);
    adopt(m_dispatcher.get());
    m_dispatcher->start();
    setLive(m_liveDispatcher, m_dispatcher.get());
    return {};
}

void LocalServices::stop()
{
    if (m_rules)
        m_rules->stop(); // the trade in hand is decided (or not) whole
    m_rules.reset();
    if (m_requests)
        m_requests->stop(); // the request in hand stops at a page boundary, its state written
    m_requests.reset();
    setLive(m_liveDispatcher, nullptr); // no wake-up in progress or to come
    if (m_dispatcher)
        m_dispatcher->stop(); // requests in flight are re-sent later with the same task
    if (m_scheduler)
        m_scheduler->stop(); // lets a started run finish
    if (m_receiver)
        m_receiver->stop(); // requests being handled complete first
    m_dispatcher.reset();
    m_scheduler.reset();
    m_receiver.reset();
    m_running = false;
}

int LocalServices::receiverPort() const { return m_receiver && m_receiver->running() ? m_receiver->port() : 0; }

Status LocalServices::runShopNow(int64_t shopId)
{
    if (!m_scheduler)
        return Error(QStringLiteral("gateway.no_scheduler"),
                     QCoreApplication::translate("Gateway", "Scheduled downloads run on the gateway, not on this desk: start the run there."));
    auto schedules = intake::RunLog(m_db).schedules(true);
    if (!schedules.ok())
        return schedules.error();
    int n = 0;
    for (const intake::Schedule &s : schedules.value()) {
        if (s.shopId == shopId) {
            m_scheduler->runNow(s.id);
            ++n;
        }
    }
    if (n == 0)
        return Error(QStringLiteral("gateway.no_schedule"), QCoreApplication::translate("Gateway", "This shop has no enabled download schedule."));
    return {};
}

Result<std::unique_ptr<intake::DownloadService>> LocalServices::pullService(int64_t shopId)
{
    auto shop = ShopRepository(m_db).get(shopId);
    if (!shop.ok())
        return shop.error();
    if (!shop->has_value())
        return Error(QStringLiteral("gateway.no_shop"), QCoreApplication::translate("Gateway", "The shop no longer exists."));
    if (!platforms::platformFor(**shop).capabilities().pullOrders)
        return Error(QStringLiteral("gateway.not_pull"),
                     QCoreApplication::translate("Gateway", "Only shops whose orders are downloaded from their platform have orders to download."));
    auto client = platforms::connectShop(**shop, m_secrets, m_options.clientOptions);
    if (!client.ok())
        return client.error();
    return std::make_unique<intake::DownloadService>(m_db, **shop, std::move(client).value());
}

Result<QString> LocalServices::writeBack(const QString &requestParams)
{
    RecordingWriteBack none;
    PlatformsWriteBack platforms(m_secrets, none, m_options.clientOptions);
    return runWriteBackRequest(m_db, requestParams, platforms);
}

Result<intake::RunStats> LocalServices::fetchPending(int64_t shopId, const std::vector<int64_t> &pendingIds)
{
    auto service = pullService(shopId);
    if (!service.ok())
        return service.error();
    intake::RunStats stats = service.value()->fetchPending(pendingIds);
    if (!stats.ok)
        return Error(stats.errorCode.isEmpty() ? QStringLiteral("gateway.fetch") : stats.errorCode, stats.error);
    return stats;
}

Result<intake::RunStats> LocalServices::download(const DownloadRequest &request, std::function<void(const intake::RunStats &)> progress,
                                                 std::function<bool()> cancelled)
{
    if (Status st = request.validate(); !st.ok())
        return st.error();
    auto service = pullService(request.shopId);
    if (!service.ok())
        return service.error();
    intake::DownloadService &d = *service.value();
    d.setStatusFilter(request.status);
    if (progress)
        d.setProgressHook(std::move(progress));
    if (cancelled)
        d.setCancel(std::move(cancelled));
    intake::RunStats stats = request.tids.isEmpty() ? d.downloadOrders(request.start, request.end, QStringLiteral("manual")) : d.downloadTids(request.tids);
    if (!stats.ok)
        return Error(stats.errorCode.isEmpty() ? QStringLiteral("gateway.fetch") : stats.errorCode, stats.error);
    return stats;
}

Result<intake::RunStats> LocalServices::runSchedule(const intake::Schedule &schedule)
{
    auto service = pullService(schedule.shopId);
    if (!service.ok())
        return service.error();
    intake::RunStats stats = service.value()->runSchedule(schedule);
    if (!stats.ok)
        return Error(stats.errorCode.isEmpty() ? QStringLiteral("gateway.fetch") : stats.errorCode, stats.error);
    return stats;
}

Result<QString> LocalServices::startReceiver()
{
    push::ReceiverOptions receiverOptions;
    bool enabled = true;
    if (m_options.receiverOptions) {
        receiverOptions = *m_options.receiverOptions;
    } else {
        auto stored = storedReceiverOptions(m_db);
        if (!stored.ok())
            return stored.error();
        receiverOptions = stored->first;
        enabled = stored->second;
    }
    if (!enabled)
        return QCoreApplication::translate("Gateway", "The push receiver is switched off in the settings.");
    m_receiver = std::make_unique<push::PushReceiver>(m_db, m_secrets, receiverOptions);
    SecretStore *secrets = &m_secrets;
    Database *db = &m_db;
    auto token = [secrets, db] {
        auto settings = crm::loadCrmSettings(*db);
        auto t = secrets->get(settings.ok() ? settings->tokenRef : QStringLiteral("crm_token"));
        return t.ok() ? t.value() : QString();
    };
    if (Status st = m_receiver->addPostRoute(crm::kCrmCallbackPattern, crm::crmCallbackHandler(m_db, token, [this] { wakeCrm(); })); !st.ok())
        return st.error();
    auto port = m_receiver->start();
    if (!port.ok()) {
        m_receiver.reset();
        return port.error();
    }
    return QString();
}

Status LocalServices::restartReceiver()
{
    if (!m_running || !m_options.receiver || m_options.receiverOptions)
        return {}; // not running, or the caller fixed the options (demo, tests): nothing stored to re-read
    if (m_receiver) {
        m_receiver->stop(); // requests being handled complete first
        m_receiver.reset();
    }
    auto warning = startReceiver();
    if (!warning.ok())
        return warning.error();
    return {};
}

Status LocalServices::restartCrm()
{
    setLive(m_liveDispatcher, nullptr); // no wake-up in progress or to come
    if (m_dispatcher) {
        m_dispatcher->stop();
        m_dispatcher.reset();
    }
    return startCrm();
}

void LocalServices::wakeCrm()
{
    std::lock_guard<std::mutex> lock(g_wakeMutex);
    if (crm::CrmDispatcher *d = m_liveDispatcher.load())
        d->wake();
}

} // namespace od::gateway
