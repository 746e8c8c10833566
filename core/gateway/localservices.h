#pragma once
// The background services of one OrderDesk process, composed once for both places that run them:
// the headless gateway (team mode, while it holds the gateway lock) and the desktop in single-desk
// mode (SQLite, no gateway). They are the push receiver (with the CRM callback route), the
// download scheduler (pulling platforms) and the CRM dispatcher. Each runs in its own threads; nothing here blocks the
// caller's thread beyond reading the settings at start().
//
// Secrets come from the given SecretStore: "<shop.secret_ref>" (and "<shop.secret_ref>.session" for
// pulling shops, platforms::Platform::credentials), "crm_token" for the CRM link. They are never logged.
#include "crm/dispatcher.h"
#include "gateway/deskrequests.h"
#include "domain/result.h"
#include "intake/runlog.h"
#include "push/pushreceiver.h"
#include "storage/database.h"
#include "platforms/platform.h"

#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace od {
class SecretStore;
namespace intake {
class Scheduler;
class DownloadService;
} // namespace intake
namespace gateway {
class RequestRunner;
}
namespace rules {
class RuleRunner;
}
} // namespace od

namespace od::gateway {

struct LocalServicesOptions {
    bool receiver = true; // listen when the stored settings enable it
    std::optional<push::ReceiverOptions> receiverOptions; // instead of the stored ones
    bool scheduler = true;
    int schedulerTickMs = 30000;
    platforms::ClientOptions clientOptions; // for the platform clients of pulling shops
    bool crm = true;
    crm::DispatcherOptions dispatcherOptions;
    // Run what desks ask for in desk_requests (the gateway in team mode; a single desk runs its own).
    bool requests = false;
    int requestPollMs = 2000;
    // 自动转单: apply the conversion rules to arriving and changed trades while they are switched on.
    bool rules = true;
    int rulesPollMs = 3000;
};

class LocalServices {
public:
    LocalServices(Database &db, SecretStore &secrets, LocalServicesOptions options = {});
    ~LocalServices();
    LocalServices(const LocalServices &) = delete;
    LocalServices &operator=(const LocalServices &) = delete;

    // Starts what is configured and returns the warnings for what is not (for example "CRM not
    // configured: events stay in the outbox"). An error only when the receiver cannot listen.
    // May be called from any thread; the services' QObjects are handed to the application's thread.
    Result<QStringList> start();
    // Stops in reverse order; each lets a started batch finish. Safe to call twice.
    void stop();
    bool isRunning() const { return m_running; }

    int receiverPort() const; // 0 when not listening
    intake::Scheduler *scheduler() const { return m_scheduler.get(); }
    crm::CrmDispatcher *dispatcher() const { return m_dispatcher.get(); }
    push::PushReceiver *receiver() const { return m_receiver.get(); }
    rules::RuleRunner *ruleRunner() const { return m_rules.get(); }

    // Runs every enabled schedule of the shop now (queued to the scheduler's thread).
    Status runShopNow(int64_t shopId);
    // Fetches the details of the given 待下载订单 rows of a pulling shop now, in the calling thread (call it
    // from a worker thread: it waits on the platform). Empty ids = every pending row of the shop.
    Result<intake::RunStats> fetchPending(int64_t shopId, const std::vector<int64_t> &pendingIds);
    // 下载 on demand (the desk's dialog, or a desk's request in team mode): a list of 交易编号, or a time
    // range (sliced by day, optionally one status). `progress` after every stored page; `cancelled`
    // polled between pages stops the run there ("intake.cancelled"). Blocks: call from a worker thread.
    Result<intake::RunStats> download(const DownloadRequest &request, std::function<void(const intake::RunStats &)> progress = {},
                                      std::function<bool()> cancelled = {});
    // One schedule now, in the calling thread (a desk's 立即执行 in team mode); covered_until advances
    // on success as in a scheduled run.
    Result<intake::RunStats> runSchedule(const intake::Schedule &schedule);
    // A desk's write-back in team mode (gateway/gatewaywriteback.h): sent to the shop's platform with
    // this process's credentials, in the calling thread (it waits on the platform: a worker thread).
    Result<QString> writeBack(const QString &requestParams);
    // The dispatcher looks for due events now (after a retry or a callback). Thread-safe.
    void wakeCrm();
    // (Re)starts the dispatcher with the stored CRM settings, e.g. after an admin changed them.
    // An error (not configured, no token) leaves the events in the outbox.
    Status restartCrm();
    // Listens again with the stored receiver settings (address, port, reply format), e.g. after the
    // first-run wizard or an admin changed them. Not when the options were given to the constructor.
    Status restartReceiver();

private:
    Status startCrm();
    Result<std::unique_ptr<intake::DownloadService>> pullService(int64_t shopId);
    Result<QString> startReceiver(); // a warning (switched off) or empty

    Database &m_db;
    SecretStore &m_secrets;
    LocalServicesOptions m_options;
    std::unique_ptr<push::PushReceiver> m_receiver;
    std::unique_ptr<RequestRunner> m_requests;
    std::unique_ptr<rules::RuleRunner> m_rules;
    std::unique_ptr<intake::Scheduler> m_scheduler;
    std::unique_ptr<crm::CrmDispatcher> m_dispatcher;
    std::atomic<crm::CrmDispatcher *> m_liveDispatcher{nullptr};
    bool m_running = false;
};

} // namespace od::gateway
