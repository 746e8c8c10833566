#include "changelistener.h"

#include "backend.h"

#include <QSqlDatabase>
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

private:
    Backend &m_backend;
    QAtomicInt &m_flag;
    ChangeListener *m_owner;
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
    if (!m_backend.db().isPostgres() || m_thread.isRunning())
        return;
    auto *worker = new Worker(m_backend, m_listening, this);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(worker, [worker] { worker->subscribe(); }, Qt::QueuedConnection);
}
