#pragma once
// Test fixture for the CRM link: sales orders and crm_outbox rows written directly with SQL,
// following the outbox contract (briefs/outbox.md): seq 1, 2, 3… per order, a UUID task, the
// method by event, the payload a JSON snapshot of the order right after the change.
#include "domain/types.h"
#include "storage/database.h"
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <functional>

namespace httplib {
class Server;
}
namespace od::crm {
class CrmSimulator;
}

namespace od::test {

struct FixtureOrder {
    qint64 id = 0;
    QString tid, orderNo;
};

// The five steps of the lifecycle used by the tests: created, paid, shipped, refunded, finished.
struct LifecycleStep {
    CrmEvent event;
    const char *status, *pay, *ship;
    const char *wireStatus, *wirePay, *wireShip;
};
const QList<LifecycleStep> &lifecycle();

// The snapshot after `step` (0-based) of order number `n`.
QJsonObject lifecycleSnapshot(const FixtureOrder &o, int n, int step);

class CrmFixture {
public:
    explicit CrmFixture(Database &db);
    qint64 shopId() const { return m_shop; }

    // Creates `count` orders (numbered from `first`) each with the whole lifecycle in the outbox
    // (`steps` events, at most 5), all in one transaction. Tids are "T<n>".
    QList<FixtureOrder> addOrders(int count, int first = 1, int steps = 5);
    FixtureOrder addOrder(const QString &tid);
    // Appends the next event of `order` (seq = current max + 1). Returns the task.
    QString addEvent(qint64 orderId, CrmEvent event, const QJsonObject &payload);

    qint64 count(const QString &where = QString()); // crm_outbox rows matching `where`

private:
    Database &m_db;
    qint64 m_shop = 0;
};

// A loopback httplib server (port 0) running in a std::thread, stopped on destruction.
class LoopbackServer {
public:
    explicit LoopbackServer(const std::function<void(httplib::Server &)> &install);
    ~LoopbackServer();
    int port() const { return m_port; }
    QString base() const;

private:
    struct Impl;
    Impl *d;
    int m_port = 0;
};

// Every outbox row done, and the simulator applied each task exactly once, per order in seq order,
// with the statuses of the lifecycle snapshots (`steps` events per order).
void expectCrmExactlyOnceInOrder(Database &db, const crm::CrmSimulator &sim, const QList<FixtureOrder> &orders, int steps);

// Starts the crm_dispatch_worker process (the matrix token in its environment) with short poll,
// timeout and back-off settings, and waits for its "ready".
void startDispatchWorker(QProcess &p, const QString &workerPath, const QString &spec, const QString &crmUrl, const QString &token);

// Polls `cond` until it holds or `timeoutMs` passes (processing Qt events meanwhile).
bool waitFor(const std::function<bool()> &cond, int timeoutMs = 120000);

} // namespace od::test
