#include "storage/changelistener.h"

#include "storage/lists.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

namespace od {

namespace {
const char *kChannel = "orderdesk_changes";

// Lives in the listener thread; owns that thread's connection.
class Worker : public QObject {
public:
    Worker(Database &db, ChangeListener::Sink sink, QAtomicInt &flag, ChangeListener *owner) : m_db(db), m_sink(std::move(sink)), m_flag(flag), m_owner(owner)
    { }
    void subscribe()
    {
        QSqlDatabase db = m_db.connection();
        QString error = openError(db);
        if (error.isEmpty() && !db.driver()->subscribeToNotification(QString::fromLatin1(kChannel)))
            error = db.driver()->lastError().text();
        if (error.isEmpty()) {
            connect(db.driver(), &QSqlDriver::notification, this, [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                const QString table = payload.toString();
                m_sink(table.isEmpty() ? QStringList{} : QStringList{table});
            });
        }
        report(error);
    }

    // SQLite: compare PRAGMA data_version on this thread's own connection.
    void poll(int ms)
    {
        const QString error = openError(m_db.connection());
        if (error.isEmpty()) {
            m_version = dataVersion();
            auto *timer = new QTimer(this);
            connect(timer, &QTimer::timeout, this, [this] {
                const qint64 v = dataVersion();
                if (v >= 0 && v != m_version) {
                    m_version = v;
                    m_sink(allListTables());
                }
            });
            timer->start(ms);
        }
        report(error);
    }

private:
    static QString openError(QSqlDatabase db) { return !db.isOpen() && !db.open() ? db.lastError().text() : QString(); }
    void report(const QString &error)
    {
        if (error.isEmpty())
            m_flag.storeRelease(1);
        QMetaObject::invokeMethod(
            m_owner, [o = m_owner, error] { emit o->listening(error.isEmpty(), error); }, Qt::QueuedConnection);
    }
    qint64 dataVersion()
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    static QStringList allListTables()
    {
        QStringList out;
        for (ListId id : allLists())
            for (const QString &t : listTables(id))
                if (!out.contains(t))
                    out << t;
        return out;
    }

    Database &m_db;
    ChangeListener::Sink m_sink;
    QAtomicInt &m_flag;
    ChangeListener *m_owner;
    qint64 m_version = -1;
};
} // namespace

ChangeListener::ChangeListener(Database &db, Sink sink, QObject *parent) : QObject(parent), m_db(db), m_sink(std::move(sink))
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
    auto *worker = new Worker(m_db, m_sink, m_listening, this);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread.start();
    if (m_db.isPostgres())
        QMetaObject::invokeMethod(
            worker, [worker] { worker->subscribe(); }, Qt::QueuedConnection);
    else
        QMetaObject::invokeMethod(
            worker, [worker, ms = m_pollMs] { worker->poll(ms); }, Qt::QueuedConnection);
}

} // namespace od
