// Benchmark 4: signed pushes accepted over loopback by the PushReceiver (default options, as the
// gateway runs it) from 32 concurrent senders, each on its own keep-alive connection: orders/s and
// the p99 latency of one push (request sent → reply read); baseline: the same senders against a plain
// HTTP server that answers at once (what loopback HTTP alone costs here).
#include "benchcommon.h"

#include "sim/mall/mallsimulator.h"
#include "push/pushreceiver.h"
#include "push/pushsign.h"
#include "secrets/secretstore.h"
#include "storage/database.h"
#include "storage/shoprepository.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <httplib.h>
#include <mutex>
#include <thread>

namespace {

constexpr int kSenders = 32;

struct SendResult {
    double perSecond = 0;
    int accepted = 0, failed = 0;
    std::vector<double> latencies; // sorted, ms
    double at(double q) const { return latencies.empty() ? 0 : latencies[std::min(latencies.size() - 1, size_t(double(latencies.size()) * q))]; }
};

// kSenders threads, each on its own keep-alive connection, post the bodies in turn.
SendResult send(int port, const QString &path, const std::vector<std::string> &bodies)
{
    const int n = int(bodies.size());
    std::atomic<int> next{0}, accepted{0}, failed{0};
    std::mutex mu;
    SendResult out;
    out.latencies.reserve(size_t(n));
    QElapsedTimer t;
    t.start();
    std::vector<std::thread> senders;
    for (int k = 0; k < kSenders; ++k)
        senders.emplace_back([&] {
            httplib::Client cli("127.0.0.1", port);
            cli.set_keep_alive(true);
            cli.set_connection_timeout(30);
            cli.set_read_timeout(30);
            std::vector<double> mine;
            for (int i = next++; i < n; i = next++) {
                QElapsedTimer one;
                one.start();
                auto res = cli.Post(path.toStdString(), bodies[size_t(i)], "application/json");
                mine.push_back(one.nsecsElapsed() / 1e6);
                if (res && res->status == 200 && nlohmann::json::parse(res->body, nullptr, false).value("code", -1) == 0)
                    ++accepted;
                else
                    ++failed;
            }
            std::lock_guard<std::mutex> lock(mu);
            out.latencies.insert(out.latencies.end(), mine.begin(), mine.end());
        });
    for (auto &th : senders)
        th.join();
    const double ms = bench::msSince(t);
    std::sort(out.latencies.begin(), out.latencies.end());
    out.accepted = accepted;
    out.failed = failed;
    out.perSecond = accepted * 1000.0 / std::max(1.0, ms);
    return out;
}

// The limit of HTTP on this machine: a plain cpp-httplib server that reads each body and answers
// {"code":0} at once, one worker thread per sender connection (cpp-httplib serves a keep-alive
// connection on one worker), the same senders.
SendResult plainHttp(const std::vector<std::string> &bodies)
{
    httplib::Server srv;
    srv.new_task_queue = [] { return new httplib::ThreadPool(kSenders + 8); };
    srv.Post("/push/bench", [](const httplib::Request &req, httplib::Response &res) {
        res.set_content(req.body.empty() ? "{\"code\":1}" : "{\"code\":0}", "application/json");
    });
    const int port = srv.bind_to_any_port("127.0.0.1");
    std::thread th([&] { srv.listen_after_bind(); });
    while (!srv.is_running())
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    SendResult r = send(port, QStringLiteral("/push/bench"), bodies);
    srv.stop();
    th.join();
    return r;
}

std::vector<bench::Figure> run(const bench::Context &ctx)
{
    const int n = ctx.scaled(20000);
    const QString secret = QStringLiteral("bench-push-secret");
    const QString path = QDir(ctx.dataDir).filePath(QStringLiteral("push.sqlite"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QString::fromLatin1(suffix));
    od::Database db(od::DbConfig::parse(path).value());
    if (!db.migrate().ok())
        qFatal("migrate failed");
    od::MemorySecretStore secrets;
    (void)secrets.set(QStringLiteral("bench"), secret);
    od::Shop s;
    s.code = QStringLiteral("bench");
    s.name = QStringLiteral("商城 bench");
    s.platform = od::PlatformKind::MallPush;
    s.secretRef = QStringLiteral("bench");
    s.signScheme = QStringLiteral("top_md5");
    (void)od::ShopRepository(db).create(s);

    // Signed bodies first.
    od::push::MallSimulator sim(4242);
    std::vector<std::string> bodies;
    bodies.reserve(size_t(n));
    const QDateTime base(QDate(2025, 11, 1), QTime(0, 0));
    for (int i = 1; i <= n; ++i) {
        nlohmann::json j = sim.randomOrder(i, base.addSecs(i).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        (void)od::push::signBody(j, QStringLiteral("top_md5"), secret);
        bodies.push_back(j.dump());
    }

    od::push::PushReceiver receiver(db, secrets);
    auto port = receiver.start();
    bench::Figure rate, p99;
    rate.id = QStringLiteral("4a");
    rate.figure = QStringLiteral("signed pushes accepted, %1 senders (%2 orders)").arg(kSenders).arg(n);
    rate.unit = QStringLiteral("orders/s");
    rate.target = QStringLiteral("≥ 3,000/s");
    p99.id = QStringLiteral("4b");
    p99.figure = QStringLiteral("push latency p99, %1 senders").arg(kSenders);
    p99.unit = QStringLiteral("ms");
    p99.higherIsBetter = false;
    p99.target = QStringLiteral("≤ 50 ms");
    if (!port.ok()) {
        rate.note = port.error().message;
        return {rate, p99};
    }

    const SendResult r = send(port.value(), QStringLiteral("/push/bench"), bodies);
    receiver.stop();
    const SendResult plain = plainHttp(bodies);

    rate.ours = r.perSecond;
    rate.baseline = plain.perSecond;
    rate.met = rate.ours >= 3000 && r.failed == 0;
    rate.note = QStringLiteral("%1 accepted, %2 not; receiver default options (8 handler threads); baseline: plain cpp-httplib server answering at once "
                               "(%3 answered, p99 %4 ms); senders share the 2 cores with the receiver")
                    .arg(r.accepted)
                    .arg(r.failed)
                    .arg(plain.accepted)
                    .arg(plain.at(0.99), 0, 'f', 1);
    p99.ours = r.at(0.99);
    p99.baseline = plain.at(0.99);
    p99.met = p99.ours <= 50 && r.failed == 0;
    p99.note = QStringLiteral("p50 %1 ms, max %2 ms").arg(r.at(0.5), 0, 'f', 1).arg(r.latencies.empty() ? 0 : r.latencies.back(), 0, 'f', 1);
    return {rate, p99};
}

bench::Register reg("4", "signed pushes over loopback, 32 concurrent senders", run);

} // namespace
