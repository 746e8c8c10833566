#include "changelistener.h"

#include "backend.h"
#include "storage/lists.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

namespace {
const char *kChannel = "orderdesk_changes";

// Lives in the listener thread; owns that thread's connection.
class Worker : public QObject {
public:
    Worker(Backend &backend, QAtomicInt &flag, ChangeListener *owner)
        : m_backend(backend), m_flag(flag), m_owner(owner) {}
    void subscribe()
    {
        QSqlDatabase db = m_backend.db().connection();
        QString error;
        if (!db.isOpen() && !db.open())
            error = db.lastError().text();
        else if (!db.driver()->subscribeToNotification(QString::fromLatin1(kChannel)))
            error = db.driver()->lastError().text();
        if (error.isEmpty()) {
            connect(db.driver(), &QSqlDriver::notification, this,
                    [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                        const QString table = payload.toString();
                        m_backend.notifyChanged(table.isEmpty() ? QStringList{} : QStringList{table});
                    });
            m_flag.storeRelease(1);
        }
        QMetaObject::invokeMethod(m_owner, [o = m_owner, error] { emit o->listening(error.isEmpty(), error); },
                                  Qt::QueuedConnection);
    }

    // SQLite: compare PRAGMA data_version on this thread's own connection.
    void poll(int ms)
    {
        QSqlDatabase db = m_backend.db().connection();
        QString error;
        if (!db.isOpen() && !db.open())
            error = db.lastError().text();
        if (error.isEmpty()) {
            m_version = dataVersion();
            auto *timer = new QTimer(this);
            connect(timer, &QTimer::timeout, this, [this] {
                const qint64 v = dataVersion();
                if (v >= 0 && v != m_version) {
                    m_version = v;
                    m_backend.notifyChanged(allListTables());
                }
            });
            timer->start(ms);
            m_flag.storeRelease(1);
        }
        QMetaObject::invokeMethod(m_owner, [o = m_owner, error] { emit o->listening(error.isEmpty(), error); },
                                  Qt::QueuedConnection);
    }

private:
    qint64 dataVersion()
    {
        QSqlQuery q(m_backend.db().connection());
        if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    static QStringList allListTables()
    {
        QStringList out;
        for (int id = 0; id <= int(od::ListId::SkuMappings); ++id)
            for (const QString &t : tablesOfList(id))
                if (!out.contains(t))
                    out << t;
        return out;
    }

    Backend &m_backend;
    QAtomicInt &m_flag;
    ChangeListener *m_owner;
    qint64 m_version = -1;
};
} // namespace

ChangeListener::ChangeListener(Backend &backend, QObject *parent) : QObject(parent), m_backend(backend)
{
    m_thread.setObjectName(QStringLiteral("orderdesk-listen"));
}

ChangeListener::~ChangeListener()
{
    m_thread.quit();
    m_thread.wait();
}

void ChangeListener::start()
{
    if (m_thread.isRunning())
        return;
    auto *worker = new Worker(m_backend, m_listening, this);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread.start();
    if (m_backend.db().isPostgres())
        QMetaObject::invokeMethod(worker, [worker] { worker->subscribe(); }, Qt::QueuedConnection);
    else
        QMetaObject::invokeMethod(worker, [worker, ms = m_pollMs] { worker->poll(ms); }, Qt::QueuedConnection);
}
