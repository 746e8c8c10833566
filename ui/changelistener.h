#pragma once
// Changes made outside this desk's own actions, forwarded to Backend::notifyChanged from a worker
// thread with its own connection (the GUI thread never touches the database):
// - PostgreSQL (other desks, the gateway): LISTEN orderdesk_changes; each NOTIFY's payload is a table.
// - SQLite (this desk's receiver, scheduler and CRM dispatcher, or another process on the same file):
//   `PRAGMA data_version` polled every pollMs; it changes when any other connection commits. SQLite
//   cannot say which table, so every list table is reported and visible pages refresh (hidden pages
//   refresh when shown, see ListPage).
#include <QObject>
#include <QThread>

class Backend;

class ChangeListener : public QObject {
    Q_OBJECT
public:
    explicit ChangeListener(Backend &backend, QObject *parent = nullptr);
    ~ChangeListener() override;
    void start();
    void setPollMs(int ms) { m_pollMs = ms; }
    bool isListening() const { return m_listening.loadAcquire() != 0; }

signals:
    void listening(bool ok, const QString &error);

private:
    Backend &m_backend;
    QThread m_thread;
    QAtomicInt m_listening;
    int m_pollMs = 1000;
};
