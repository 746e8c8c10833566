#include "sim/crm/crmsimulator.h"

#include "crm/crmmapping.h"
#include "crm/matrixsign.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <httplib.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

namespace od::crm {

using Clock = std::chrono::steady_clock;

struct CrmSimulator::Impl {
    QString token;
    mutable std::mutex mu;
    std::condition_variable cv; // wakes slow handlers and the callback thread
    bool shutdown = false;

    Mode mode = Mode::Up;
    double flakyRate = 0.3;
    int slowDelayMs = 3000;
    int callbackDelayMs = 50;
    QSet<QString> failing;
    std::mt19937_64 rng;

    struct Answer {
        QByteArray body;
        bool running = false;
        QString callbackUrl, msgId, tid;
    };
    QMap<QString, Answer> answers; // task → the answer given when it was applied
    QMap<QString, QList<Received>> byTid;
    qint64 applied = 0, requests = 0, duplicates = 0, refused = 0, delivered = 0, nextMsg = 0;

    struct PendingCallback {
        Clock::time_point due;
        QString url;
        WireParams form;
        int tries = 0;
    };
    std::deque<PendingCallback> callbacks;
    std::vector<std::thread> callbackThreads; // a few, like the matrix's own workers

    std::unique_ptr<httplib::Server> server;
    std::thread serverThread;
    int port = 0;

    explicit Impl(const QString &t, quint64 seed) : token(t), rng(seed) { }

    static QByteArray fail(const char *res, const char *msg)
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("rsp"), QStringLiteral("fail")},
                                         {QStringLiteral("res"), QLatin1String(res)},
                                         {QStringLiteral("err_msg"), QLatin1String(msg)},
                                         {QStringLiteral("data"), QString()}})
            .toJson(QJsonDocument::Compact);
    }

    void scheduleCallback(const Answer &a) // mu held
    {
        WireParams f;
        f[QStringLiteral("rsp")] = QStringLiteral("succ");
        f[QStringLiteral("res")] = QString();
        f[QStringLiteral("msg_id")] = a.msgId;
        f[QStringLiteral("data")] = QStringLiteral("{\"tid\":\"%1\"}").arg(a.tid);
        f[QStringLiteral("err_msg")] = QString();
        signRequest(f, token);
        callbacks.push_back({Clock::now() + std::chrono::milliseconds(callbackDelayMs), a.callbackUrl, f, 0});
        cv.notify_all();
    }

    void handle(const httplib::Request &req, httplib::Response &res)
    {
        const WireParams p = formDecode(QByteArray::fromStdString(req.body));
        std::unique_lock lock(mu);
        ++requests;
        auto refuse = [&](int http, const QByteArray &body) {
            ++refused;
            res.status = http;
            res.set_content(body.toStdString(), "application/json");
        };
        if (mode == Mode::Flaky && std::uniform_real_distribution<double>(0, 1)(rng) < flakyRate) {
            if (rng() % 2)
                return refuse(500, "internal server error");
            return refuse(200, fail("4007", "server busy, try again later"));
        }
        if (!matrixVerify(p, token))
            return refuse(200, fail("4003", "sign error"));
        const QString method = p.value(QStringLiteral("method"));
        if (method != QLatin1String("store.trade.add") && method != QLatin1String("store.trade.update"))
            return refuse(200, fail("4001", "unknown method"));
        const QString tid = p.value(QStringLiteral("tid"));
        if (tid.isEmpty()) // nothing to apply a trade event to (also what the 连接测试 call relies on)
            return refuse(200, fail("4002", "missing required parameter: tid"));
        if (failing.contains(tid))
            return refuse(200, fail("4003", "sign error: node certificate does not match this shop"));
        const QString task = p.value(QStringLiteral("task"));
        Answer answer;
        if (auto it = answers.constFind(task); it != answers.cend()) {
            ++duplicates;
            answer = *it;
            if (answer.running)
                scheduleCallback(answer); // the matrix answers a repeat with the same result
        } else {
            const QString msgId = QStringLiteral("sim-%1").arg(++nextMsg);
            answer.running = mode == Mode::Running;
            answer.msgId = msgId;
            answer.tid = tid;
            answer.callbackUrl = p.value(QStringLiteral("callback_url"));
            QJsonObject o{{QStringLiteral("rsp"), answer.running ? QStringLiteral("running") : QStringLiteral("succ")}, {QStringLiteral("msg_id"), msgId}};
            if (!answer.running)
                o.insert(QStringLiteral("data"), QJsonObject{{QStringLiteral("tid"), tid}});
            answer.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            answers.insert(task, answer);
            byTid[tid].append(Received{task, method, p.value(QStringLiteral("status")), p.value(QStringLiteral("pay_status")),
                                       p.value(QStringLiteral("ship_status")), ++applied, p});
            if (answer.running)
                scheduleCallback(answer);
        }
        if (mode == Mode::Slow)
            cv.wait_for(lock, std::chrono::milliseconds(slowDelayMs), [&] { return shutdown; });
        res.status = 200;
        res.set_content(answer.body.toStdString(), "application/json");
    }

    void callbackLoop()
    {
        std::unique_lock lock(mu);
        while (!shutdown) {
            if (callbacks.empty()) {
                cv.wait(lock);
                continue;
            }
            auto earliest = std::min_element(callbacks.begin(), callbacks.end(), [](const auto &a, const auto &b) { return a.due < b.due; });
            if (earliest->due > Clock::now()) {
                cv.wait_until(lock, earliest->due);
                continue;
            }
            PendingCallback cb = *earliest;
            callbacks.erase(earliest);
            lock.unlock();
            const bool ok = post(cb);
            lock.lock();
            if (ok) {
                ++delivered;
            } else if (++cb.tries < 5) {
                cb.due = Clock::now() + std::chrono::milliseconds(100 * cb.tries);
                callbacks.push_back(cb);
            }
        }
    }

    static bool post(const PendingCallback &cb)
    {
        const QUrl url(cb.url);
        if (!url.isValid() || url.host().isEmpty())
            return false;
        httplib::Client client(url.host().toStdString(), url.port(80));
        client.set_connection_timeout(2);
        client.set_read_timeout(5);
        const std::string path = url.path(QUrl::FullyEncoded).toStdString();
        auto r = client.Post(path.c_str(), formEncode(cb.form).toStdString(), "application/x-www-form-urlencoded");
        return r && r->status == 200 && r->body.find("\"succ\"") != std::string::npos;
    }

    bool listen()
    {
        auto s = std::make_unique<httplib::Server>();
        s->set_payload_max_length(4 * 1024 * 1024);
        s->set_read_timeout(10, 0);
        s->set_write_timeout(10, 0);
        s->set_keep_alive_timeout(1);
        s->set_tcp_nodelay(true);
        s->Post(R"(/.*)", [this](const httplib::Request &req, httplib::Response &res) { handle(req, res); });
        if (port == 0) {
            port = s->bind_to_any_port("127.0.0.1");
            if (port <= 0)
                return false;
        } else {
            bool bound = false;
            for (int i = 0; i < 50 && !bound; ++i) {
                bound = s->bind_to_port("127.0.0.1", port);
                if (!bound)
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
            if (!bound)
                return false;
        }
        server = std::move(s);
        serverThread = std::thread([srv = server.get()] { srv->listen_after_bind(); });
        // stop() before the loop runs would be lost (and join() would hang): wait until it runs.
        for (int i = 0; i < 500 && !server->is_running(); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        return true;
    }

    void unlisten()
    {
        if (!server)
            return;
        server->stop();
        if (serverThread.joinable())
            serverThread.join();
        server.reset();
    }
};

CrmSimulator::CrmSimulator(const QString &token, quint64 seed) : d(std::make_unique<Impl>(token, seed)) { }

CrmSimulator::~CrmSimulator() { stop(); }

bool CrmSimulator::start()
{
    if (d->callbackThreads.empty())
        for (int i = 0; i < 4; ++i)
            d->callbackThreads.emplace_back([this] { d->callbackLoop(); });
    return d->listen();
}

void CrmSimulator::stop()
{
    {
        std::lock_guard lock(d->mu);
        d->shutdown = true;
        d->cv.notify_all();
    }
    d->unlisten();
    for (std::thread &t : d->callbackThreads)
        if (t.joinable())
            t.join();
    d->callbackThreads.clear();
}

int CrmSimulator::port() const { return d->port; }
QString CrmSimulator::url() const { return QStringLiteral("http://127.0.0.1:%1/api").arg(d->port); }

void CrmSimulator::setMode(Mode mode)
{
    Mode old;
    {
        std::lock_guard lock(d->mu);
        old = d->mode;
        d->mode = mode;
        d->cv.notify_all();
    }
    if (mode == Mode::Down && old != Mode::Down)
        d->unlisten();
    else if (mode != Mode::Down && old == Mode::Down)
        d->listen();
}

CrmSimulator::Mode CrmSimulator::mode() const
{
    std::lock_guard l(d->mu);
    return d->mode;
}
void CrmSimulator::setFlakyRate(double f)
{
    std::lock_guard l(d->mu);
    d->flakyRate = f;
}
void CrmSimulator::setSlowDelayMs(int ms)
{
    std::lock_guard l(d->mu);
    d->slowDelayMs = ms;
}
void CrmSimulator::setCallbackDelayMs(int ms)
{
    std::lock_guard l(d->mu);
    d->callbackDelayMs = ms;
}
void CrmSimulator::setFailingTids(const QSet<QString> &tids)
{
    std::lock_guard l(d->mu);
    d->failing = tids;
}
QMap<QString, QList<CrmSimulator::Received>> CrmSimulator::received() const
{
    std::lock_guard l(d->mu);
    return d->byTid;
}
qint64 CrmSimulator::appliedCount() const
{
    std::lock_guard l(d->mu);
    return d->applied;
}
qint64 CrmSimulator::requestCount() const
{
    std::lock_guard l(d->mu);
    return d->requests;
}
qint64 CrmSimulator::duplicateCount() const
{
    std::lock_guard l(d->mu);
    return d->duplicates;
}
qint64 CrmSimulator::refusedCount() const
{
    std::lock_guard l(d->mu);
    return d->refused;
}
qint64 CrmSimulator::callbacksDelivered() const
{
    std::lock_guard l(d->mu);
    return d->delivered;
}

} // namespace od::crm
