#include "sim/demo/demoenvironment.h"

#include "auth/userservice.h"
#include "crm/crmmapping.h"
#include "sim/crm/crmsimulator.h"
#include "gateway/localservices.h"
#include "intake/runlog.h"
#include "intake/scheduler.h"
#include "sim/mall/mallsimulator.h"
#include "secrets/secretstore.h"
#include "storage/select.h"
#include "storage/shoprepository.h"
#include "storage/sql.h"
#include "sim/top/topsimulator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace od::demo {

namespace {

// Long and distinctive, so a search of the files the demo wrote cannot match by accident.
const QString kTopSecret = QStringLiteral("demo-top-secret-5b1f0c9e7a2d4e3f");
const QString kTopSession = QStringLiteral("demo-top-session-61d2aa7c0f3e4b58");
const QString kMallSecret = QStringLiteral("demo-mall-secret-c7e94f1a2b6d0835");
const QString kCrmToken = QStringLiteral("demo-crm-token-0e8b3d5f9a7c1246");
const QString kPassword = QStringLiteral("demo-password-8f2c");
const QString kTopShop = QStringLiteral("tb-flagship");
const QString kMallShop = QStringLiteral("wx-mall");
const QString kFmt = QStringLiteral("yyyy-MM-dd HH:mm:ss");
} // namespace

struct DemoEnvironment::Impl {
    Database &db;
    DemoOptions options;
    MemorySecretStore secrets;
    std::unique_ptr<top::TopSimulator> top;
    std::unique_ptr<crm::CrmSimulator> crm;
    std::unique_ptr<gateway::LocalServices> services;
    QString mallPath;
    std::vector<int64_t> topSchedules;

    std::thread driver;
    mutable std::mutex mutex;
    std::condition_variable wakeUp;
    bool stopping = false;
    DemoCounters counters;

    Impl(Database &d, DemoOptions o) : db(d), options(o) { }
    Status configure();
    Status adoptSeeded(int64_t topShopId);
    void drive();
    void pushOne(push::MallSimulator &mall, int serial, std::vector<nlohmann::json> &sent, QRandomGenerator &rng);
};

DemoEnvironment::DemoEnvironment(Database &db, DemoOptions options) : d(std::make_unique<Impl>(db, options)) { }

DemoEnvironment::~DemoEnvironment() { stop(); }

QStringList DemoEnvironment::demoLogins() { return {QStringLiteral("admin"), QStringLiteral("kefu"), QStringLiteral("zuzhang")}; }
QString DemoEnvironment::demoPassword() { return kPassword; }
QStringList DemoEnvironment::knownSecrets() { return {kTopSecret, kTopSession, kMallSecret, kCrmToken, kPassword}; }

Status DemoEnvironment::Impl::configure()
{
    ShopRepository shops(db);
    auto topShop = shops.byCode(kTopShop);
    auto mallShop = shops.byCode(kMallShop);
    if (!topShop.ok())
        return topShop.error();
    if (!mallShop.ok())
        return mallShop.error();
    if (!topShop->has_value() || !mallShop->has_value())
        return Error(QStringLiteral("demo.not_seeded"), QCoreApplication::translate("Demo", "The demo shops are missing: seed the demo database first."));
    Shop t = **topShop;
    t.endpoint = top->url();
    t.appKey = top->options().appKey;
    if (Status st = shops.update(t); !st.ok())
        return st;
    (void)secrets.set(t.secretRef, kTopSecret);
    (void)secrets.set(t.secretRef + QStringLiteral(".session"), kTopSession);
    (void)secrets.set((*mallShop)->secretRef, kMallSecret);
    (void)secrets.set(QStringLiteral("crm_token"), kCrmToken);
    mallPath = QStringLiteral("/push/") + (*mallShop)->code;
    if (Status st = adoptSeeded(t.id); !st.ok())
        return st;

    intake::RunLog runs(db);
    for (const char *kind : {"orders", "refunds"}) {
        intake::Schedule s;
        s.shopId = t.id;
        s.kind = QString::fromLatin1(kind);
        s.intervalMin = 1;
        s.lookbackMin = 3 * 24 * 60;
        auto id = runs.upsertSchedule(s);
        if (!id.ok())
            return id.error();
        topSchedules.push_back(id.value());
    }

    // Demo staff, one per role (the first one bootstraps as admin).
    UserService users(db);
    const Session admin{QStringLiteral("admin"), Role::Admin};
    const struct {
        const char *login;
        const char *name;
        Role role;
    } staff[] = {{"admin", "主管", Role::Admin}, {"kefu", "客服小王", Role::Operator}, {"zuzhang", "组长李娜", Role::Supervisor}};
    for (const auto &s : staff) {
        auto existing = users.find(QString::fromLatin1(s.login));
        if (!existing.ok())
            return existing.error();
        if (existing->has_value())
            continue;
        StaffUser u;
        u.login = QString::fromLatin1(s.login);
        u.displayName = QString::fromUtf8(s.name);
        u.role = s.role;
        if (auto id = users.create(admin, u, kPassword); !id.ok())
            return id.error();
    }
    return {};
}

// The TOP shop's seeded trades and refund requests exist only in the database: the simulator learns
// them, so a shipment or a refusal done in the demo desk is written back to it as any other.
Status DemoEnvironment::Impl::adoptSeeded(int64_t topShopId)
{
    auto trades = sql::selectAll(db, QStringLiteral("SELECT tid, platform_status, created, modified FROM trades WHERE shop_id = ?"), {sql::v64(topShopId)},
                                 [](const QSqlQuery &q) {
                                     Trade t;
                                     t.tid = q.value(0).toString();
                                     t.platformStatus = q.value(1).toString();
                                     t.created = q.value(2).toString();
                                     t.modified = q.value(3).toString();
                                     return t;
                                 });
    if (!trades.ok())
        return trades.error();
    auto refunds = sql::selectAll(db,
                                  QStringLiteral("SELECT refund_id, tid, oid, platform_status, refund_phase, refund_version, created, modified "
                                                 "FROM pending_refunds WHERE shop_id = ?"),
                                  {sql::v64(topShopId)}, [](const QSqlQuery &q) {
                                      top::SimRefund r;
                                      r.refundId = q.value(0).toString();
                                      r.tid = q.value(1).toString();
                                      r.oid = q.value(2).toString();
                                      r.status = q.value(3).toString();
                                      r.phase = q.value(4).toString();
                                      r.version = q.value(5).toString().toInt();
                                      r.created = q.value(6).toString();
                                      r.modified = q.value(7).toString();
                                      return r;
                                  });
    if (!refunds.ok())
        return refunds.error();
    top->store().adopt(trades.value(), refunds.value());
    return {};
}

Result<QStringList> DemoEnvironment::start()
{
    if (d->services)
        return QStringList();
    top::TopSimulator::Options topOptions;
    topOptions.secret = kTopSecret.toUtf8();
    topOptions.sessions = QStringList{kTopSession};
    topOptions.seed = d->options.seed;
    d->top = std::make_unique<top::TopSimulator>(topOptions);
    if (!d->top->start())
        return Error(QStringLiteral("demo.top_sim"), QCoreApplication::translate("Demo", "The TOP simulator could not listen on 127.0.0.1."));
    const QDateTime now = QDateTime::currentDateTime();
    d->top->store().addTrades(d->options.initialTopTrades, now.addDays(-2), now.addSecs(-120));
    d->top->store().mutate(d->options.initialTopTrades / 6);

    d->crm = std::make_unique<crm::CrmSimulator>(kCrmToken, d->options.seed);
    if (!d->crm->start())
        return Error(QStringLiteral("demo.crm_sim"), QCoreApplication::translate("Demo", "The CRM simulator could not listen on 127.0.0.1."));
    d->crm->setCallbackDelayMs(800);

    if (Status st = d->configure(); !st.ok())
        return st.error();

    gateway::LocalServicesOptions so;
    push::ReceiverOptions ro;
    ro.port = 0; // any free port on loopback
    so.receiverOptions = ro;
    so.schedulerTickMs = d->options.schedulerTickMs;
    so.crm = false; // started below, once the receiver's port (the callback address) is known
    so.dispatcherOptions.pollMs = 1000;
    so.dispatcherOptions.callbackTimeoutMs = 20000;
    so.dispatcherOptions.transferTimeoutMs = 10000;
    so.dispatcherOptions.backoffCapMs = 10000;
    d->services = std::make_unique<gateway::LocalServices>(d->db, d->secrets, so);
    auto started = d->services->start();
    if (!started.ok())
        return started.error();
    QStringList warnings = started.value();

    crm::CrmSettings cs;
    cs.gatewayUrl = d->crm->url();
    cs.certiId = QStringLiteral("demo-certi");
    cs.fromNodeId = QStringLiteral("orderdesk-demo");
    cs.toNodeId = QStringLiteral("crm-demo");
    cs.callbackBase = QStringLiteral("http://127.0.0.1:%1").arg(d->services->receiverPort());
    if (Status st = crm::saveCrmSettings(d->db, cs); !st.ok())
        return st.error();
    if (Status st = d->services->restartCrm(); !st.ok())
        warnings << st.error().message;

    {
        std::lock_guard<std::mutex> lock(d->mutex);
        d->stopping = false;
    }
    d->driver = std::thread([this] { d->drive(); });
    return warnings;
}

void DemoEnvironment::stop()
{
    if (!d)
        return;
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        d->stopping = true;
    }
    d->wakeUp.notify_all();
    if (d->driver.joinable())
        d->driver.join();
    if (d->services)
        d->services->stop();
    if (d->crm)
        d->crm->stop();
    if (d->top)
        d->top->stop();
}

void DemoEnvironment::Impl::pushOne(push::MallSimulator &mall, int serial, std::vector<nlohmann::json> &sent, QRandomGenerator &rng)
{
    const QString nowText = QDateTime::currentDateTime().toString(kFmt);
    push::MallSimulator::SendOptions so;
    so.port = services->receiverPort();
    so.path = mallPath;
    so.secret = kMallSecret;
    so.senders = 1;
    so.timeoutSec = 10;
    so.retries = 1;
    nlohmann::json body;
    const int roll = int(rng.bounded(20));
    if (roll == 0) {
        so.secret = QStringLiteral("a-wrong-secret"); // refused (wrong sign) and kept in 异常
        body = mall.randomOrder(serial, nowText);
    } else if (roll <= 3 && !sent.empty()) {
        // A later version of an order already sent: cancelled, or a line refunded.
        const nlohmann::json &old = sent[size_t(rng.bounded(int(sent.size())))];
        body = push::MallSimulator::changed(old, nowText, roll == 1, roll == 2 ? 0 : -1);
    } else {
        body = mall.randomOrder(serial, nowText);
        sent.push_back(body);
    }
    const auto report = push::MallSimulator::send({body}, so);
    std::lock_guard<std::mutex> lock(mutex);
    counters.pushesSent += report.sent;
    counters.pushesAccepted += report.accepted;
    counters.pushesRefused += report.refused;
}

void DemoEnvironment::Impl::drive()
{
    push::MallSimulator mall(options.seed);
    QRandomGenerator rng(options.seed);
    std::vector<nlohmann::json> sent;
    using Clock = std::chrono::steady_clock;
    auto nextMall = Clock::now() + std::chrono::milliseconds(500);
    auto nextTop = Clock::now() + std::chrono::milliseconds(options.topEveryMs);
    auto nextRun = Clock::now() + std::chrono::milliseconds(options.runEveryMs);
    int serial = 1;
    for (;;) {
        {
            std::unique_lock<std::mutex> lock(mutex);
            const auto until = std::min({nextMall, nextTop, nextRun});
            if (wakeUp.wait_until(lock, until, [this] { return stopping; }))
                return;
        }
        const auto now = Clock::now();
        if (now >= nextMall) {
            pushOne(mall, serial++, sent, rng);
            nextMall = Clock::now() + std::chrono::milliseconds(options.mallEveryMs);
        }
        if (now >= nextTop) {
            const QDateTime t = top->store().now();
            top->store().addTrades(1 + int(rng.bounded(3)), t.addSecs(-30), t.addSecs(-1));
            const int changed = top->store().mutate(1);
            std::lock_guard<std::mutex> lock(mutex);
            counters.topChanges += 1 + changed;
            nextTop = Clock::now() + std::chrono::milliseconds(options.topEveryMs);
        }
        if (now >= nextRun) {
            for (int64_t id : topSchedules)
                if (services->scheduler())
                    services->scheduler()->runNow(id);
            std::lock_guard<std::mutex> lock(mutex);
            ++counters.runsRequested;
            nextRun = Clock::now() + std::chrono::milliseconds(options.runEveryMs);
        }
    }
}

gateway::LocalServices *DemoEnvironment::services() { return d->services.get(); }
top::TopSimulator &DemoEnvironment::topSimulator() { return *d->top; }
crm::CrmSimulator &DemoEnvironment::crmSimulator() { return *d->crm; }
SecretStore &DemoEnvironment::secrets() { return d->secrets; }
int DemoEnvironment::receiverPort() const { return d->services ? d->services->receiverPort() : 0; }

DemoCounters DemoEnvironment::counters() const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    return d->counters;
}

} // namespace od::demo
