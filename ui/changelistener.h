#pragma once
// Other desks' changes on a shared PostgreSQL: LISTEN orderdesk_changes on a dedicated connection in
// a worker thread (the GUI thread never touches the database); each NOTIFY's payload (a table name)
// is forwarded to Backend::notifyChanged. Not used on SQLite (one desk; in-process signals suffice).
#include <QObject>
#include <QThread>

class Backend;

class ChangeListener : public QObject {
    Q_OBJECT
public:
    explicit ChangeListener(Backend &backend, QObject *parent = nullptr);
    ~ChangeListener() override;
    void start();
    bool isListening() const { return m_listening.loadAcquire() != 0; }

signals:
    void listening(bool ok, const QString &error);

private:
    Backend &m_backend;
    QThread m_thread;
    QAtomicInt m_listening;
};
