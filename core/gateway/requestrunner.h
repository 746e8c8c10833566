#pragma once
// The active gateway's side of desk requests (gateway/deskrequests.h): wakes on the database's change
// notification for `desk_requests` (PostgreSQL LISTEN orderdesk_changes) and, as a fallback, polls;
// runs the queued requests one after the other on a worker thread through LocalServices; writes
// progress and the result back. Lives in the application's thread.
#include "domain/result.h"
#include "gateway/deskrequests.h"
#include "storage/database.h"

#include <QFuture>
#include <QObject>
#include <atomic>

class QTimer;

namespace od::gateway {

class LocalServices;

class RequestRunner : public QObject {
    Q_OBJECT
public:
    RequestRunner(Database &db, LocalServices &services, int pollMs = 2000, QObject *parent = nullptr);
    ~RequestRunner() override;
    void start();
    // Lets the request in hand stop at its next page boundary and waits for it.
    void stop();
    QString name() const { return m_name; }

    // One request, in the calling thread (public for tests): returns the result text written back.
    Result<QString> execute(const DeskRequest &request);

private:
    void wake();
    void drain();
    Database &m_db;
    LocalServices &m_services;
    QString m_name;
    QTimer *m_timer;
    QFuture<void> m_worker;
    std::atomic_bool m_stopping{false};
    std::atomic_bool m_again{false};
    bool m_subscribed = false;
};

// "新增 3，更新 1，…" for staff.
QString describeRun(int seen, int created, int updated, int refused);

} // namespace od::gateway
