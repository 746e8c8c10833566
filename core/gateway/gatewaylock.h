#pragma once
// Only one gateway may be active per database. On PostgreSQL (team mode) the active gateway holds a
// session-level pg_try_advisory_lock on a connection of its own; the others retry every few seconds
// and log "waiting: another gateway is active". On SQLite a lock file beside the database does the
// same for gateways on one machine. The holder writes a status row (settings key gateway.active).
#include "storage/database.h"

#include <QLoggingCategory>
#include <QString>
#include <functional>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcGateway)

class QLockFile;
class QTimer;

namespace od::gateway {

inline constexpr qint64 kGatewayLockKey = 7370020;

class GatewayLock {
public:
    explicit GatewayLock(DbConfig config, int retrySeconds = 3);
    ~GatewayLock();
    GatewayLock(const GatewayLock &) = delete;
    GatewayLock &operator=(const GatewayLock &) = delete;

    // One attempt now; true when this process holds the lock (afterwards or already).
    Result<bool> tryAcquire();
    // Tries now and then every retrySeconds (needs the calling thread's event loop); calls
    // onAcquired once it holds the lock, and onLost if the lock connection breaks later.
    void start(std::function<void()> onAcquired, std::function<void(const QString &)> onLost);
    void release();
    bool held() const { return m_held; }
    QString holderDescription() const; // "pid 123 on host since ..."

private:
    void tick();
    Status writeStatusRow();
    DbConfig m_config;
    std::unique_ptr<Database> m_db; // dedicated: its connection carries the session lock
    std::unique_ptr<QLockFile> m_lockFile;
    std::unique_ptr<QTimer> m_timer;
    int m_retrySeconds;
    bool m_held = false;
    bool m_loggedWaiting = false;
    std::function<void()> m_onAcquired;
    std::function<void(const QString &)> m_onLost;
};

} // namespace od::gateway
