#pragma once
// CrmDispatcher: delivers crm_outbox events to the ShopEx matrix. Runs in its own QThread with an
// event loop, its own database connection (Database gives each thread one) and its own
// QNetworkAccessManager with a transfer timeout.
//
// Each round claims due events (see crmstore.h claimDue: only the first not-done event of each
// order, so one order's events go strictly in seq order; different orders in parallel, at most
// maxInFlight requests at once), sends them, and records the outcome:
//   succ → done (msg_id, done_at; order crm_state 'synced' when it was its last event)
//   running → stays 'running' awaiting the callback; no callback within callbackTimeoutMs → re-sent
//             with the SAME task (the CRM dedups on it)
//   (which `res` codes are temporary and which permanent: crm/matrixcodes.h, shared with the
//   callback handler)
//   temporary (HTTP error, timeout, 4007) → pending, attempts+1, next try after
//             random(0, min(cap, base·2^attempts)) ms (full jitter)
//   permanent (4003 sign error, 4001 unknown method, other fail codes, malformed reply, bad
//             snapshot) → 'failed' with the message, order crm_state 'failed'; that order's queue
//             stops until retryFailed(); other orders continue.
// Two dispatchers on one PostgreSQL database never send the same event concurrently (FOR UPDATE
// SKIP LOCKED + the claim's lease). On SQLite run ONE dispatcher per database file.
#include "crm/crmmapping.h"
#include "domain/result.h"
#include "domain/states.h"
#include "storage/database.h"
#include <QObject>
#include <QString>
#include <atomic>

class QThread;

namespace od::crm {

class DispatchWorker;

struct DispatcherOptions {
    int maxInFlight = 8;
    int pollMs = 2000; // look for due events this often (plus wake())
    int transferTimeoutMs = 15000; // per request
    int callbackTimeoutMs = 120000; // running without a callback → re-send (must exceed transferTimeoutMs)
    int backoffBaseMs = 1000;
    int backoffCapMs = 5 * 60 * 1000;
    int claimBatch = 64; // events claimed per query (queued locally, sent maxInFlight at a time)
};

struct DispatcherStats {
    qint64 sent = 0, done = 0, running = 0, temporary = 0, permanent = 0;
};

class CrmDispatcher : public QObject {
    Q_OBJECT
public:
    // The token is the matrix secret: kept in memory only, never logged.
    CrmDispatcher(Database &db, CrmSettings settings, QString token, DispatcherOptions options = {}, QObject *parent = nullptr);
    ~CrmDispatcher() override;

    void start();
    void stop(); // aborts requests in flight (they are retried later with the same task)
    bool isRunning() const;
    DispatcherStats stats() const;

    // Failed events back to pending (Right::RetryCrm), then wakes the loop. orderId 0 = all.
    Result<int> retryFailed(Role role, qint64 orderId = 0);

public slots:
    void wake();

signals:
    void eventSent(qint64 orderId, int seq);
    void eventDone(qint64 orderId, int seq);
    void eventAwaitingCallback(qint64 orderId, int seq);
    void eventRetrying(qint64 orderId, int seq, const QString &error);
    void eventFailed(qint64 orderId, int seq, const QString &error);
    void orderStateChanged(qint64 orderId);
    void progress(qint64 sent, qint64 done, int inFlight);

private:
    Database &m_db;
    CrmSettings m_settings;
    QString m_token;
    DispatcherOptions m_options;
    QThread *m_thread = nullptr;
    DispatchWorker *m_worker = nullptr;
};

} // namespace od::crm
