#pragma once
// A ShopEx-style CRM behind the matrix, on loopback, for tests and the sandbox: verifies the matrix
// sign, dedups on `task`, records what it applied per order, answers `succ` or `running` (then posts
// a signed callback from its own thread), and can be switched to down, slow, flaky or permanently
// failing for chosen tids. All accessors are thread-safe.
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <memory>

namespace od::crm {

class CrmSimulator {
public:
    enum class Mode {
        Up, // answer succ
        Down, // not listening: connection refused
        Slow, // apply, then answer after slowDelayMs (longer than the client's timeout)
        Flaky, // a fraction of requests get 4007 or HTTP 500 (seeded RNG), the rest succ
        Running, // answer running, post the result to callback_url after callbackDelayMs
    };
    struct Received {
        QString task, method, status, payStatus, shipStatus;
        qint64 index = 0; // order of application across all tids
        QMap<QString, QString> params; // every parameter of the request as received (tests read them)
    };

    explicit CrmSimulator(const QString &token, quint64 seed = 1);
    ~CrmSimulator();
    CrmSimulator(const CrmSimulator &) = delete;
    CrmSimulator &operator=(const CrmSimulator &) = delete;

    bool start(); // listens on 127.0.0.1, a free port (kept across down/up)
    void stop();
    int port() const;
    QString url() const; // http://127.0.0.1:<port>/api

    void setMode(Mode mode); // Down stops listening; any other mode listens again
    Mode mode() const;
    void setFlakyRate(double fraction);
    void setSlowDelayMs(int ms);
    void setCallbackDelayMs(int ms);
    void setFailingTids(const QSet<QString> &tids); // these get 4003 (not applied)

    QMap<QString, QList<Received>> received() const; // tid → applied events in order
    qint64 appliedCount() const;
    qint64 requestCount() const;
    qint64 duplicateCount() const; // requests whose task was already applied
    qint64 refusedCount() const; // 4003 / 4001 / 4007 / HTTP 500 answers
    qint64 callbacksDelivered() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace od::crm
