#pragma once
// Runs the due download schedules (table `schedules`) of every enabled shop in a worker thread, plus
// "run now". In team mode (PostgreSQL) only one process may run schedules: the worker holds a
// session-level advisory lock on a dedicated connection; a second gateway that cannot take it waits
// and retries every tick instead of downloading twice. In single-desk mode (SQLite) it just runs.
#include "domain/types.h"
#include "intake/runlog.h"
#include "storage/database.h"
#include "platforms/platform.h"
#include <QObject>
#include <QThread>
#include <atomic>
#include <functional>

namespace od::intake {

class SchedulerWorker;

class Scheduler : public QObject {
    Q_OBJECT
public:
    using CredentialsProvider = std::function<Result<platforms::Credentials>(const Shop &)>;
    static constexpr qint64 kLockKey = 0x4F44494E54414B45LL; // "ODINTAKE"

    Scheduler(Database &db, CredentialsProvider credentials, QObject *parent = nullptr);
    ~Scheduler() override;

    void setTickMs(int ms) { m_tickMs = ms; }
    void setClientOptions(const platforms::ClientOptions &o) { m_clientOptions = o; }
    void start();
    void stop();
    // True while this process holds the right to run schedules.
    bool isActive() const { return m_active.load(); }
    // Runs one schedule now (queued to the worker thread), whether due or not.
    void runNow(int64_t scheduleId);
    int runsStarted() const { return m_runs.load(); }
    // How many times this process has tried to become the active one (team mode).
    int lockAttempts() const { return m_attempts.load(); }

signals:
    void activeChanged(bool active);
    void runFinished(qint64 scheduleId, bool ok, const QString &error);

private:
    friend class SchedulerWorker;
    Database &m_db;
    CredentialsProvider m_credentials;
    platforms::ClientOptions m_clientOptions;
    int m_tickMs = 30000;
    std::atomic<bool> m_active{false};
    std::atomic<int> m_runs{0};
    std::atomic<int> m_attempts{0};
    QThread m_thread;
    SchedulerWorker *m_worker = nullptr;
};

} // namespace od::intake
