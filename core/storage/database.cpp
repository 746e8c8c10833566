#include "storage/database.h"

#include "storage/migrations.h"
#include "storage/threadconnections.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadStorage>
#include <QUrl>
#include <QUrlQuery>
#include <atomic>
#include <mutex>
#include <thread>
#include <unordered_map>

Q_LOGGING_CATEGORY(lcDb, "orderdesk.db")

namespace od {

namespace {
std::atomic<quint64> g_nextInstance{1};
std::atomic<quint64> g_nextThread{1};

// Set (under g_exitMutex) when the application object is destroyed. Worker threads of Qt's pool end
// asynchronously and may still be closing their connections while main() returns; after this point
// the SQL module's globals are about to go away, so their connections are left to the operating system.
std::mutex g_exitMutex;
bool g_appGone = false;
void markAppGone()
{
    std::lock_guard<std::mutex> lock(g_exitMutex);
    g_appGone = true;
}

// Connection names opened by one thread (one per Database instance); closed when the thread ends.
//
// Never a thread_local object with a destructor: in the Windows build (MinGW-w64: emutls, winpthreads)
// a thread_local's storage is freed before its destructor runs at thread exit (mingw-w64 bug 527, GCC
// PR 80816), so a destructor walking this map read a freed and often already reused block, and its
// frees corrupted the heap. Every thread that had used the database did that when it ended (the
// receiver's handler threads, the scheduler, the CRM dispatcher, Qt's pool threads), so the desktop
// crashed or hung at exit on Windows (issue #16). The object lives on the heap instead: QThreadStorage
// deletes it when the thread ends (Qt does that inside the ending QThread or pool thread, with its own
// TLS), and threads of our own release it earlier with releaseThreadConnections().
struct ThreadConnections {
    quint64 threadNo = g_nextThread.fetch_add(1);
    std::thread::id owner = std::this_thread::get_id();
    std::unordered_map<quint64, QString> byInstance;
    ThreadConnections()
    {
        static std::once_flag once;
        std::call_once(once, [] { qAddPostRoutine(markAppGone); });
    }
    ~ThreadConnections()
    {
        // Holding the lock keeps the application (and with it the SQL drivers) alive until done.
        std::lock_guard<std::mutex> lock(g_exitMutex);
        if (g_appGone || !QCoreApplication::instance())
            return;
        // Qt may clean up a thread it did not start (a std::thread) from another thread on Windows;
        // a connection can only be closed in its own thread, elsewhere it is only removed.
        const bool ownThread = owner == std::this_thread::get_id();
        for (auto &[instance, name] : byInstance) {
            if (QSqlDatabase::contains(name)) {
                if (ownThread) {
                    QSqlDatabase db = QSqlDatabase::database(name, false);
                    db.close();
                }
                QSqlDatabase::removeDatabase(name);
            }
        }
    }
};

QThreadStorage<ThreadConnections *> &threadConnections()
{
    static QThreadStorage<ThreadConnections *> storage;
    return storage;
}

ThreadConnections &currentConnections()
{
    QThreadStorage<ThreadConnections *> &storage = threadConnections();
    ThreadConnections *c = storage.localData();
    if (!c) {
        c = new ThreadConnections;
        storage.setLocalData(c);
    }
    return *c;
}

} // namespace

void releaseThreadConnections()
{
    if (threadConnections().hasLocalData())
        threadConnections().setLocalData(nullptr); // deletes this thread's list, closing its connections
}

Result<DbConfig> DbConfig::parse(const QString &spec)
{
    DbConfig c;
    const QString s = spec.trimmed();
    if (s.isEmpty())
        return Error(QStringLiteral("db.spec"), QCoreApplication::translate("Database", "No database given."));
    if (s.startsWith(QLatin1String("postgres://")) || s.startsWith(QLatin1String("postgresql://"))) {
        const QUrl url(s);
        if (!url.isValid() || url.host().isEmpty())
            return Error(QStringLiteral("db.spec"),
                         QCoreApplication::translate("Database", "Cannot read the PostgreSQL address \"%1\".").arg(url.toDisplayString(QUrl::RemovePassword)));
        c.dialect = Dialect::Postgres;
        c.host = url.host();
        c.port = url.port(5432);
        c.user = url.userName();
        c.password = url.password();
        c.database = url.path().mid(1);
        if (c.database.isEmpty())
            c.database = QStringLiteral("orderdesk");
        c.options = QUrlQuery(url).query().replace(QLatin1Char('&'), QLatin1Char(';'));
        return c;
    }
    if (s.contains(QLatin1String("dbname=")) || s.contains(QLatin1String("host="))) {
        c.dialect = Dialect::Postgres;
        QStringList extra;
        for (const QString &part : s.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const auto eq = part.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return Error(QStringLiteral("db.spec"), QCoreApplication::translate("Database", "Cannot read the PostgreSQL setting \"%1\".").arg(part));
            const QString k = part.left(eq), v = part.mid(eq + 1);
            if (k == QLatin1String("host"))
                c.host = v;
            else if (k == QLatin1String("port"))
                c.port = v.toInt();
            else if (k == QLatin1String("dbname"))
                c.database = v;
            else if (k == QLatin1String("user"))
                c.user = v;
            else if (k == QLatin1String("password"))
                c.password = v;
            else
                extra << part;
        }
        c.options = extra.join(QLatin1Char(';'));
        if (c.database.isEmpty())
            c.database = QStringLiteral("orderdesk");
        return c;
    }
    c.dialect = Dialect::Sqlite;
    c.sqlitePath = s;
    return c;
}

QString DbConfig::describe() const
{
    if (dialect == Dialect::Sqlite)
        return QStringLiteral("SQLite %1").arg(QDir::toNativeSeparators(sqlitePath));
    return QStringLiteral("PostgreSQL %1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

Database::Database(DbConfig config) : m_config(std::move(config)), m_instance(g_nextInstance.fetch_add(1)) { }

Database::~Database()
{
    // Close the connection of the thread that destroys us; other threads close theirs on exit.
    ThreadConnections *c = threadConnections().localData();
    if (!c)
        return;
    auto it = c->byInstance.find(m_instance);
    if (it != c->byInstance.end()) {
        const QString name = it->second;
        c->byInstance.erase(it);
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QSqlDatabase Database::connection()
{
    ThreadConnections &mine = currentConnections();
    auto it = mine.byInstance.find(m_instance);
    if (it != mine.byInstance.end())
        return QSqlDatabase::database(it->second, false);
    const QString name = QStringLiteral("od%1_t%2").arg(m_instance).arg(mine.threadNo);
    QSqlDatabase db = QSqlDatabase::addDatabase(m_config.dialect == Dialect::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
    mine.byInstance.emplace(m_instance, name);
    if (m_config.dialect == Dialect::Sqlite) {
        db.setDatabaseName(m_config.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    } else {
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setDatabaseName(m_config.database);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password);
        QString opts = m_config.options;
        if (!opts.contains(QLatin1String("connect_timeout")))
            opts += (opts.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("connect_timeout=10");
        db.setConnectOptions(opts);
    }
    if (db.open()) {
        Status st = configure(db);
        if (!st.ok())
            qCWarning(lcDb) << "configuring connection failed:" << st.error().message;
    } else {
        qCWarning(lcDb) << "cannot open" << m_config.describe() << db.lastError().text();
    }
    return db;
}

Status Database::open()
{
    QSqlDatabase db = connection();
    if (db.isOpen())
        return {};
    // A failed open stays failed for this connection object; retry once so a transient failure
    // (PostgreSQL restarting) does not poison the thread.
    if (db.open()) {
        return configure(db);
    }
    return Error(QStringLiteral("db.open"),
                 QCoreApplication::translate("Database", "Cannot open the database %1: %2").arg(m_config.describe(), db.lastError().text()));
}

Status Database::configure(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (m_config.dialect == Dialect::Sqlite) {
        if (m_config.sqlitePath != QLatin1String(":memory:")) {
            if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
                return Error(QStringLiteral("db.pragma"), q.lastError().text());
        }
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        q.exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
        q.exec(QStringLiteral("PRAGMA cache_size=-65536"));
    } else {
        q.exec(QStringLiteral("SET client_encoding TO 'UTF8'"));
        q.exec(QStringLiteral("SET TIME ZONE 'Asia/Shanghai'"));
    }
    return {};
}

Status Database::migrate(int upTo)
{
    if (Status st = open(); !st.ok())
        return st;
    QSqlDatabase db = connection();
    return runMigrations(db, m_config.dialect, upTo);
}

int Database::schemaVersion()
{
    if (!open().ok())
        return -1;
    return currentSchemaVersion(connection());
}

} // namespace od
