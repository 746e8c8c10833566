#include "gateway/gatewaylock.h"

#include "storage/sql.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QLockFile>
#include <QSqlQuery>
#include <QTimer>

Q_LOGGING_CATEGORY(lcGateway, "orderdesk.gateway")

namespace od::gateway {

GatewayLock::GatewayLock(DbConfig config, int retrySeconds)
    : m_config(std::move(config)), m_db(std::make_unique<Database>(m_config)), m_retrySeconds(qMax(1, retrySeconds))
{ }

GatewayLock::~GatewayLock() { release(); }

QString GatewayLock::holderDescription() const
{
    return QStringLiteral("pid %1 on %2").arg(QCoreApplication::applicationPid()).arg(QHostInfo::localHostName());
}

Status GatewayLock::writeStatusRow()
{
    QSqlQuery q(m_db->connection());
    const QString value = QStringLiteral("{\"holder\":\"%1\",\"since\":\"%2\"}").arg(holderDescription(), sql::nowText());
    return sql::exec(q,
                     QStringLiteral("INSERT INTO settings(key, value) VALUES ('gateway.active', ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                     {value});
}

Result<bool> GatewayLock::tryAcquire()
{
    if (m_held)
        return true;
    if (!m_db->isPostgres()) {
        if (!m_lockFile) {
            m_lockFile = std::make_unique<QLockFile>(m_config.sqlitePath + QStringLiteral(".gateway.lock"));
            m_lockFile->setStaleLockTime(0); // a crashed holder's lock is detected by its pid instead
        }
        m_held = m_lockFile->tryLock(0);
    } else {
        if (Status st = m_db->open(); !st.ok())
            return st.error();
        QSqlQuery q(m_db->connection());
        if (Status st = sql::exec(q, QStringLiteral("SELECT pg_try_advisory_lock(?)"), {QVariant::fromValue<qint64>(kGatewayLockKey)}); !st.ok())
            return st.error();
        m_held = q.next() && q.value(0).toBool();
    }
    if (m_held) {
        if (Status st = writeStatusRow(); !st.ok())
            qCWarning(lcGateway).noquote() << "could not write the gateway status row:" << st.error().message;
        qCInfo(lcGateway).noquote() << "active: this gateway holds the gateway lock (" + holderDescription() + ")";
    }
    return m_held;
}

void GatewayLock::tick()
{
    if (m_held) {
        if (!m_db->isPostgres())
            return;
        // Still connected? A lost connection is a lost session lock.
        QSqlQuery q(m_db->connection());
        if (!q.exec(QStringLiteral("SELECT 1")) || !q.next()) {
            m_held = false;
            const QString why = QCoreApplication::translate("Gateway", "The connection that holds the gateway lock was lost.");
            qCCritical(lcGateway).noquote() << why;
            if (m_onLost)
                m_onLost(why);
        }
        return;
    }
    auto got = tryAcquire();
    if (!got.ok()) {
        qCWarning(lcGateway).noquote() << "waiting: cannot take the gateway lock:" << got.error().message;
        return;
    }
    if (got.value()) {
        if (m_onAcquired)
            m_onAcquired();
        return;
    }
    if (!m_loggedWaiting) {
        qCInfo(lcGateway).noquote() << "waiting: another gateway is active; retrying every" << m_retrySeconds << "s";
        m_loggedWaiting = true;
    }
}

void GatewayLock::start(std::function<void()> onAcquired, std::function<void(const QString &)> onLost)
{
    m_onAcquired = std::move(onAcquired);
    m_onLost = std::move(onLost);
    m_timer = std::make_unique<QTimer>();
    m_timer->setInterval(m_retrySeconds * 1000);
    QObject::connect(m_timer.get(), &QTimer::timeout, [this] { tick(); });
    m_timer->start();
    QTimer::singleShot(0, m_timer.get(), [this] { tick(); });
}

void GatewayLock::release()
{
    if (m_timer)
        m_timer->stop();
    if (!m_held)
        return;
    m_held = false;
    {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("DELETE FROM settings WHERE key = 'gateway.active'"));
    }
    if (m_lockFile) {
        m_lockFile->unlock();
    } else if (m_db->isPostgres()) {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kGatewayLockKey));
    }
    qCInfo(lcGateway) << "released the gateway lock";
}

} // namespace od::gateway
