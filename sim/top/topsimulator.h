#pragma once
// A TOP gateway on loopback for tests and demo mode (protocols.md §1): POST /router/rest, checks the
// timestamp window, app key, sign (25) and session (27), serves a SimStore, and can inject faults:
// call-limit bans (code 7), slow answers, isp errors (code 15) and dropped connections.
#include "platforms/clock.h"
#include "platforms/top/topsign.h"
#include "sim/top/topsimstore.h"
#include <QString>
#include <QStringList>
#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace httplib {
class Server;
}

namespace od::top {

class TopSimulator {
public:
    struct Options {
        QString appKey = QStringLiteral("12345678");
        QByteArray secret = "helloworld";
        QStringList sessions{QStringLiteral("sim-session")};
        quint32 seed = 1;
    };
    explicit TopSimulator(Options options);
    TopSimulator() : TopSimulator(Options{}) { }
    ~TopSimulator();
    TopSimulator(const TopSimulator &) = delete;
    TopSimulator &operator=(const TopSimulator &) = delete;

    // Listens on 127.0.0.1 (port 0 = any free port). False if it could not bind.
    bool start(int port = 0);
    void stop();
    int port() const { return m_port; }
    QString url() const; // http://127.0.0.1:<port>/router/rest

    SimStore &store() { return m_store; }
    const Options &options() const { return m_opts; }
    void setClockOffsetSecs(qint64 secs) { m_store.setClockOffsetSecs(secs); }

    // The clock bans are timed with (default: the system clock); set before start().
    void setClock(std::shared_ptr<platforms::Clock> clock) { m_clock = std::move(clock); }
    // Faults. After `afterCalls` more calls, the gateway bans the app for `seconds` (code 7): every
    // call during the ban is refused (and counted by bansServed) with the seconds left.
    void banAfter(int afterCalls, int seconds);
    void setDelayMs(int ms) { m_delayMs = ms; }
    // The next `count` calls fail with code 15 / `subCode`; and/or each call fails with `probability`.
    void failIsp(int count, double probability = 0.0, const QString &subCode = QStringLiteral("isp.remote-service-error"));
    // The next `count` calls lose their connection half-way through the answer.
    void dropConnections(int count) { m_drops = count; }
    void revokeSession(const QString &session);

    int calls() const { return m_calls.load(); }
    int calls(const QString &method) const;
    int bansServed() const { return m_bansServed.load(); }
    int ispServed() const { return m_ispServed.load(); }

    // Answers one request (form parameters); the HTTP layer wraps this. Public for in-process use.
    std::string handle(const Params &params, bool *drop);

private:
    std::string dispatch(const Params &p);
    std::string error(int code, const std::string &msg, const std::string &subCode = {}, const std::string &subMsg = {});

    Options m_opts;
    SimStore m_store;
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
    int m_port = 0;
    mutable std::mutex m_mu;
    std::map<QString, int> m_callsByMethod;
    std::shared_ptr<platforms::Clock> m_clock = platforms::Clock::system();
    QStringList m_revoked;
    std::atomic<int> m_calls{0};
    std::atomic<int> m_banAfter{-1};
    std::atomic<int> m_banSeconds{0};
    std::atomic<qint64> m_bannedUntilMs{0};
    std::atomic<int> m_bansServed{0};
    std::atomic<int> m_delayMs{0};
    std::atomic<int> m_ispCount{0};
    std::atomic<int> m_ispServed{0};
    std::atomic<int> m_drops{0};
    double m_ispProbability = 0.0;
    QString m_ispSubCode = QStringLiteral("isp.remote-service-error");
    std::atomic<quint64> m_requestSerial{0};
};

} // namespace od::top
