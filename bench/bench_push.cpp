// Benchmark 4: signed pushes accepted over loopback by the PushReceiver (default options, as the
// gateway runs it) from 32 concurrent senders, each on its own keep-alive connection: orders/s and
// the p99 latency of one push (request sent → reply read).
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
#include <httplib.h>
#include <mutex>
#include <thread>

namespace {

std::vector<bench::Figure> run(const bench::Context &ctx)
{
    const int n = ctx.scaled(20000);
    constexpr int kSenders = 32;
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
    rate.target = QStringLiteral("≥ 2,000/s");
    p99.id = QStringLiteral("4b");
    p99.figure = QStringLiteral("push latency p99, %1 senders").arg(kSenders);
    p99.unit = QStringLiteral("ms");
    p99.higherIsBetter = false;
    p99.target = QStringLiteral("≤ 50 ms");
    if (!port.ok()) {
        rate.note = port.error().message;
        return {rate, p99};
    }

    std::atomic<int> next{0}, accepted{0}, failed{0};
    std::mutex mu;
    std::vector<double> latencies;
    latencies.reserve(size_t(n));
    QElapsedTimer t;
    t.start();
    std::vector<std::thread> senders;
    for (int k = 0; k < kSenders; ++k)
        senders.emplace_back([&] {
            httplib::Client cli("127.0.0.1", port.value());
            cli.set_keep_alive(true);
            cli.set_connection_timeout(30);
            cli.set_read_timeout(30);
            std::vector<double> mine;
            for (int i = next++; i < n; i = next++) {
                QElapsedTimer one;
                one.start();
                auto res = cli.Post("/push/bench", bodies[size_t(i)], "application/json");
                mine.push_back(one.nsecsElapsed() / 1e6);
                if (res && res->status == 200 && nlohmann::json::parse(res->body, nullptr, false).value("code", -1) == 0)
                    ++accepted;
                else
                    ++failed;
            }
            std::lock_guard<std::mutex> lock(mu);
            latencies.insert(latencies.end(), mine.begin(), mine.end());
        });
    for (auto &th : senders)
        th.join();
    const double ms = bench::msSince(t);
    receiver.stop();

    std::sort(latencies.begin(), latencies.end());
    const double p = latencies.empty() ? 0 : latencies[std::min(latencies.size() - 1, size_t(latencies.size() * 0.99))];
    const double p50 = latencies.empty() ? 0 : latencies[latencies.size() / 2];
    rate.ours = accepted * 1000.0 / std::max(1.0, ms);
    rate.met = rate.ours >= 2000 && failed == 0;
    rate.note = QStringLiteral("%1 accepted, %2 not; receiver default options (8 handler threads)").arg(accepted.load()).arg(failed.load());
    p99.ours = p;
    p99.met = p <= 50 && failed == 0;
    p99.note = QStringLiteral("p50 %1 ms, max %2 ms").arg(p50, 0, 'f', 1).arg(latencies.empty() ? 0 : latencies.back(), 0, 'f', 1);
    return {rate, p99};
}

bench::Register reg("4", "signed pushes over loopback, 32 concurrent senders", run);

} // namespace
