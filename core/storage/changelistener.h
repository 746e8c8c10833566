#pragma once
// Changes made outside this process's own actions, reported to `sink` from a worker thread with its
// own connection (a GUI thread never touches the database):
// - PostgreSQL (other desks, the gateway): LISTEN orderdesk_changes; each NOTIFY's payload is a table.
// - SQLite (this desk's receiver, scheduler and CRM dispatcher, or another process on the same file):
//   `PRAGMA data_version` polled every pollMs; it changes when any other connection commits. SQLite
//   cannot say which table, so every table a list reads is reported (listTables).
#include "storage/database.h"
#include <QObject>
#include <QStringList>
#include <QThread>
#include <functional>

namespace od {

class ChangeListener : public QObject {
    Q_OBJECT
public:
    // `sink` is called on the listener's thread with the tables that changed.
    using Sink = std::function<void(const QStringList &tables)>;
    ChangeListener(Database &db, Sink sink, QObject *parent = nullptr);
    ~ChangeListener() override;
    void start();
    void setPollMs(int ms) { m_pollMs = ms; }
    bool isListening() const { return m_listening.loadAcquire() != 0; }

signals:
    void listening(bool ok, const QString &error);

private:
    Database &m_db;
    Sink m_sink;
    QThread m_thread;
    QAtomicInt m_listening;
    int m_pollMs = 1000;
};

} // namespace od
