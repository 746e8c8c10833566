#include "intake/scheduler.h"

#include "intake/downloadservice.h"
#include "platforms/registry.h"
#include "storage/shoprepository.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

namespace od::intake {

class SchedulerWorker : public QObject {
public:
    explicit SchedulerWorker(Scheduler &owner) : m_owner(owner) { }
    ~SchedulerWorker() override { releaseLock(); }

    void begin()
    {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, [this] { tick(); });
        m_timer->start(m_owner.m_tickMs);
        tick();
    }

    void tick()
    {
        if (QThread::currentThread()->isInterruptionRequested())
            return; // stopping
        if (!ensureActive())
            return;
        auto list = RunLog(m_owner.m_db).schedules(true);
        if (!list.ok())
            return;
        const QString now = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        for (const Schedule &s : list.value()) {
            auto last = RunLog(m_owner.m_db).lastStarted(s.shopId, s.kind);
            if (!last.ok())
                continue;
            const QDateTime lastAt = QDateTime::fromString(last.value(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            if (lastAt.isValid() && lastAt.addSecs(60LL * std::max(1, s.intervalMin)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) > now)
                continue;
            runOne(s);
        }
    }

    void runNow(int64_t id)
    {
        if (QThread::currentThread()->isInterruptionRequested())
            return; // stopping
        if (!ensureActive()) {
            emit m_owner.runFinished(id, false, QCoreApplication::translate("Scheduler", "Another gateway runs the schedules; this one waits."));
            return;
        }
        auto s = RunLog(m_owner.m_db).schedule(id);
        if (!s.ok() || !s->has_value()) {
            emit m_owner.runFinished(id, false, QCoreApplication::translate("Scheduler", "Schedule %1 no longer exists.").arg(id));
            return;
        }
        runOne(**s);
    }

private:
    void runOne(const Schedule &s)
    {
        ++m_owner.m_runs;
        auto shop = ShopRepository(m_owner.m_db).get(s.shopId);
        if (!shop.ok() || !shop->has_value()) {
            emit m_owner.runFinished(s.id, false, QCoreApplication::translate("Scheduler", "Shop %1 no longer exists.").arg(s.shopId));
            return;
        }
        if (!platforms::platformFor(**shop).capabilities().pullOrders) {
            emit m_owner.runFinished(s.id, false,
                                     QCoreApplication::translate("Scheduler", "Shop %1 pushes its orders; it has nothing to download.").arg((*shop)->name));
            return;
        }
        auto cred = m_owner.m_credentials((**shop));
        if (!cred.ok()) {
            // Recorded like any failed run so staff see it in the shop's history.
            RunLog log(m_owner.m_db);
            if (auto id = log.start(s.shopId, s.kind, QString(), QString()); id.ok()) {
                RunStats st;
                st.runId = id.value();
                st.error = cred.error().message;
                (void)log.finish(st);
            }
            emit m_owner.runFinished(s.id, false, cred.error().message);
            return;
        }
        // Scheduler::stop() ends a run in progress at its next call to the platform: nothing more is
        // asked, the trades stored so far stay, what was listed stays pending for the next run.
        platforms::ClientOptions options = m_owner.m_clientOptions;
        options.cancelled = [outer = options.cancelled] { return QThread::currentThread()->isInterruptionRequested() || (outer && outer()); };
        DownloadService svc(m_owner.m_db, **shop, cred.value(), options);
        const RunStats st = svc.runSchedule(s);
        emit m_owner.runFinished(s.id, st.ok, st.error);
    }

    bool ensureActive()
    {
        if (!m_owner.m_db.isPostgres()) {
            setActive(true);
            return true;
        }
        if (m_lockConn.isEmpty()) {
            if (!m_owner.m_db.open().ok())
                return setActive(false);
            m_lockConn = QStringLiteral("od_sched_lock_") + QUuid::createUuid().toString(QUuid::Id128);
            QSqlDatabase c = QSqlDatabase::cloneDatabase(m_owner.m_db.connection(), m_lockConn);
            if (!c.open()) {
                dropConnection();
                return setActive(false);
            }
        }
        QSqlDatabase c = QSqlDatabase::database(m_lockConn, false);
        QSqlQuery q(c);
        if (m_owner.isActive()) {
            // Still holding it? A lost connection loses the lock too.
            if (q.exec(QStringLiteral("SELECT 1")))
                return true;
            dropConnection();
            return setActive(false);
        }
        ++m_owner.m_attempts;
        if (!q.exec(QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(Scheduler::kLockKey)) || !q.next()) {
            dropConnection();
            return setActive(false);
        }
        return setActive(q.value(0).toBool());
    }

    bool setActive(bool on)
    {
        if (m_owner.m_active.exchange(on) != on)
            emit m_owner.activeChanged(on);
        return on;
    }

    void dropConnection()
    {
        if (m_lockConn.isEmpty())
            return;
        {
            QSqlDatabase c = QSqlDatabase::database(m_lockConn, false);
            c.close();
        }
        QSqlDatabase::removeDatabase(m_lockConn);
        m_lockConn.clear();
    }

    void releaseLock()
    {
        if (!m_lockConn.isEmpty() && m_owner.isActive()) {
            QSqlQuery q(QSqlDatabase::database(m_lockConn, false));
            q.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(Scheduler::kLockKey));
        }
        dropConnection();
        setActive(false);
    }

    Scheduler &m_owner;
    QTimer *m_timer = nullptr;
    QString m_lockConn;
};

Scheduler::Scheduler(Database &db, CredentialsProvider credentials, QObject *parent) : QObject(parent), m_db(db), m_credentials(std::move(credentials))
{
    m_thread.setObjectName(QStringLiteral("od-scheduler"));
}

Scheduler::~Scheduler() { stop(); }

void Scheduler::start()
{
    if (m_worker)
        return;
    m_worker = new SchedulerWorker(*this);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->begin(); }, Qt::QueuedConnection);
}

void Scheduler::stop()
{
    if (!m_worker)
        return;
    // A run in progress stops at its next platform call (see runOne) instead of running on: once the
    // thread is told to quit, its event loops return at once, so the run could not wait for answers
    // any more and would retry every call with back-off, holding this stop (the desktop's exit) for
    // minutes (issue #16).
    m_thread.requestInterruption();
    m_thread.quit(); // the worker (and its lock connection) is deleted in its thread
    m_thread.wait();
    m_worker = nullptr;
}

void Scheduler::runNow(int64_t scheduleId)
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker, scheduleId] { w->runNow(scheduleId); }, Qt::QueuedConnection);
}

} // namespace od::intake
