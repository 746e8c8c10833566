#pragma once
// Demo mode, live: the TOP gateway simulator with trades that keep changing, the pushing mall sending
// signed orders (and now and then a bad one), the CRM simulator answering `succ` or `running` + a
// signed callback, and this process's own services (receiver, scheduler, CRM dispatcher) wired to
// them over loopback — so orders arrive while staff watch. Headless: the desktop starts it in demo
// mode, tests drive it directly.
//
// start() expects a migrated database seeded by od::demo::seed() (the shops tb-flagship and wx-mall).
// The simulators' secrets live in an in-memory secret store only; knownSecrets() lists them so a test
// can search every file the demo wrote for them.
#include "domain/result.h"
#include "storage/database.h"

#include <QStringList>
#include <memory>

namespace od {
class SecretStore;
}
namespace od::top {
class TopSimulator;
}
namespace od::crm {
class CrmSimulator;
}
namespace od::gateway {
class LocalServices;
}

namespace od::demo {

struct DemoOptions {
    int mallEveryMs = 4000; // one pushed order (new, updated, cancelled or, every tenth, refused)
    int topEveryMs = 7000; // new trades and changes at the TOP simulator
    int runEveryMs = 20000; // ask the scheduler for a TOP run (besides its own schedule)
    int schedulerTickMs = 2000;
    int initialTopTrades = 60; // at the simulator before the first run, over the last two days
    quint32 seed = 20261125;
};

struct DemoCounters {
    int pushesSent = 0, pushesAccepted = 0, pushesRefused = 0, topChanges = 0, runsRequested = 0;
};

class DemoEnvironment {
public:
    explicit DemoEnvironment(Database &db, DemoOptions options = {});
    ~DemoEnvironment();
    DemoEnvironment(const DemoEnvironment &) = delete;
    DemoEnvironment &operator=(const DemoEnvironment &) = delete;

    // Starts the simulators, points the demo shops, schedules and CRM link at them, starts the
    // services and the driver thread. Returns the services' warnings (none expected).
    Result<QStringList> start();
    void stop();

    gateway::LocalServices *services(); // null until start() succeeded
    top::TopSimulator &topSimulator();
    crm::CrmSimulator &crmSimulator();
    DemoCounters counters() const;
    // The in-memory secret store the demo's services read (the desktop's settings write to it in demo).
    SecretStore &secrets();
    int receiverPort() const;

    // The demo users (login / password) created by start(): 主管 admin, 客服 operator, 组长 supervisor.
    static QStringList demoLogins();
    static QString demoPassword();
    // Every secret the demo uses (TOP app secret and session, mall secret, CRM token, passwords).
    static QStringList knownSecrets();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace od::demo
