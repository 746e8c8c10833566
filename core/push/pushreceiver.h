#pragma once
// The HTTP endpoint the pushing mall calls: POST /push/<shop_code>. Runs a cpp-httplib server (with
// the guards of guardedserver.h: whole-request deadline, fair use of the threads) on its own thread
// with a fixed pool of handler threads; each handler thread uses its own database connection. Other parts (the CRM callback) can mount routes on the same server with addPostRoute().
#include "push/intakebatcher.h"
#include "push/pushstore.h"
#include "secrets/secretstore.h"
#include "storage/database.h"

#include <QLoggingCategory>
#include <QMutex>
#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <thread>

Q_DECLARE_LOGGING_CATEGORY(lcPush)

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace od::push {

class GuardedServer;

struct ReceiverOptions {
    QString bindAddress = QStringLiteral("127.0.0.1");
    int port = 0; // 0 = any free port (see PushReceiver::port())
    qint64 maxBody = 2 * 1024 * 1024; // larger bodies are refused (and kept cut to 64 KiB)
    qint64 hardLimit = 64 * 1024 * 1024; // httplib's payload limit: above it the connection is refused outright
    int readTimeoutSec = 15; // longest wait for the next bytes of a request
    int writeTimeoutSec = 15;
    int requestTimeoutSec = 30; // a whole request (headers and body) must arrive within this
    int threads = 16; // handler threads (each with its own database connection)
    int keepAliveMaxCount = 100;
    int keepAliveTimeoutSec = 5; // idle keep-alive connections are closed earlier when others wait
    // What the mall gets back (protocols.md §2: its expected reply is not public, so it is a setting):
    // "code_msg" {"code":0,"msg":"success"} / {"code":1,"msg":reason}; "rsp" {"rsp":"succ"} /
    // {"rsp":"fail","res":reason}; "plain" text "success" / "fail: reason".
    QString replyFormat = QStringLiteral("code_msg");
};

// The reply formats ReceiverOptions::replyFormat accepts.
const QStringList &replyFormats();

class PushReceiver {
public:
    using Handler = std::function<void(const httplib::Request &, httplib::Response &)>;

    PushReceiver(Database &db, SecretStore &secrets, ReceiverOptions options = {});
    ~PushReceiver();
    PushReceiver(const PushReceiver &) = delete;
    PushReceiver &operator=(const PushReceiver &) = delete;

    // Mounts another POST route (an httplib regex pattern) on this server. Before start() only.
    Status addPostRoute(const std::string &pattern, Handler handler);

    // Binds and starts serving; returns the bound port.
    Result<int> start();
    // Stops accepting, lets requests in progress finish, joins the threads.
    void stop();
    int port() const { return m_port; }
    const ReceiverOptions &options() const { return m_options; }
    bool running() const;

    // The answer body the mall gets. One place, so the format can become a per-shop setting.
    // The reply body and its content type in `format` (one of replyFormats(); others answer as code_msg).
    static std::pair<std::string, std::string> replyBody(const QString &format, bool accepted, const QString &message);

    struct Counters {
        std::atomic<qint64> accepted{0};
        std::atomic<qint64> refused{0};
    };
    // Connection-level figures of the server (requests cut by the deadline, connections that gave
    // their thread to others, ...).
    const GuardedServer &server() const { return *m_server; }
    const Counters &counters() const { return m_counters; }
    IntakeBatcher::Stats batchStats() const { return m_batcher->stats(); }

private:
    void reply(httplib::Response &res, bool accepted, const QString &message) const;
    struct Outcome {
        bool accepted = false;
        int httpStatus = 200;
        QString message;
    };
    Outcome handlePush(const QString &shopCode, const QString &appKeyParam, const QByteArray &body, qint64 fullSize, const QString &remote);
    Outcome refuse(const QString &shopCode, const QString &remote, const Error &error, const QByteArray &body, qint64 fullSize, int httpStatus = 200);
    // A request httplib could not read (malformed, headers beyond the limits, too slow): kept too.
    bool refuseUnreadable(const httplib::Request &req, httplib::Response &res);
    Result<QString> secretFor(const QString &ref);

    Database &m_db;
    SecretStore &m_secrets;
    ReceiverOptions m_options;
    std::unique_ptr<GuardedServer> m_server;
    std::unique_ptr<IntakeBatcher> m_batcher; // group commit of accepted orders
    std::thread m_thread;
    int m_port = 0;
    bool m_started = false;
    Counters m_counters;
    QMutex m_secretMutex;
    struct CachedSecret {
        QString value;
        qint64 fetchedMs = 0;
    };
    QHash<QString, CachedSecret> m_secretCache;
};

} // namespace od::push
