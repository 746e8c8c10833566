#pragma once
// The part of CrmDispatcher that lives in its thread (internal).
#include "crm/crmstore.h"
#include "crm/dispatcher.h"
#include <QHash>
#include <QObject>
#include <random>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace od::crm {

class DispatchWorker : public QObject {
    Q_OBJECT
public:
    DispatchWorker(Database &db, CrmSettings settings, QString token, DispatcherOptions options);
    DispatcherStats stats() const;

public slots:
    void init();
    void tick();
    void requestTick(); // coalesced tick (wake-ups from any thread)
    void shutdown();

signals:
    void eventSent(qint64 orderId, int seq);
    void eventDone(qint64 orderId, int seq);
    void eventAwaitingCallback(qint64 orderId, int seq);
    void eventRetrying(qint64 orderId, int seq, const QString &error);
    void eventFailed(qint64 orderId, int seq, const QString &error);
    void orderStateChanged(qint64 orderId);
    void progress(qint64 sent, qint64 done, int inFlight);

private:
    void send(const ClaimedEvent &ev);
    void onReply(const ClaimedEvent &ev, QNetworkReply *reply);
    void temporary(const ClaimedEvent &ev, const QString &error);
    void permanent(const ClaimedEvent &ev, const QString &error);
    void scheduleTick();
    void flushDone(); // records the queued successes in one transaction
    qint64 backoffMs(int attempts);

    Database &m_db;
    CrmSettings m_settings;
    QString m_token;
    DispatcherOptions m_options;
    QNetworkAccessManager *m_nam = nullptr;
    QTimer *m_timer = nullptr;
    QHash<qint64, QNetworkReply *> m_inFlight; // outbox id → request
    QList<std::pair<ClaimedEvent, qint64>> m_ready; // claimed, not yet sent (claim time in ms)
    QList<std::pair<ClaimedEvent, QString>> m_succeeded; // answered succ (msg_id), not yet recorded
    int m_commitSubscription = 0; // this process's outbox commits wake the loop (storage/commitnotify.h)
    bool m_tickQueued = false;
    bool m_stopping = false;
    std::mt19937_64 m_rng;
    std::atomic<qint64> m_sent{0}, m_done{0}, m_running{0}, m_temporary{0}, m_permanent{0};
};

} // namespace od::crm
