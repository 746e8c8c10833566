// The push receiver under load (issue 8, "Load"): 10,000 pushes from 200 concurrent connections to
// the real receiver over loopback, valid and invalid mixed, while tricklers send a few bytes every
// 100–500 ms and silent clients connect and send nothing. Every push is answered, every valid order
// lands exactly once, every invalid one is kept with its reason, tricklers are cut by the
// whole-request deadline, and probes sent during the load (fresh connections, as the mall's next
// push would be) answer within 1 s.
#include "amountcheck.h"
#include "pushtestutil.h"
#include "slowclients.h"

#include "push/guardedserver.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QThread>
#include <algorithm>
#include <iostream>
#include <map>
#include <random>

using namespace od;
using namespace od::push;
using nlohmann::json;

namespace {

constexpr int kPushes = 10000;
constexpr int kConnections = 200;
constexpr int kDistinctValid = 6000; // + 1000 identical re-pushes of some of them
constexpr int kRepushes = 1000;
constexpr int kPerInvalidKind = 300; // 10 kinds
constexpr double kRatePerSecond = 250;

struct Kind {
    const char *name;
    const char *code; // stable code kept in push_exceptions.search_text
};
const std::vector<Kind> kInvalid = {
    {"wrong signature", "push.sign_mismatch"},
    {"unknown shop", "push.unknown_shop"},
    {"not JSON", "push.not_json"},
    {"money abc", "push.invalid_field"},
    {"body beyond the limit", "push.too_large"},
    {"truncated JSON", "push.truncated"},
    {"no order_no", "push.missing_field"},
    {"date 2025-13-45", "push.invalid_field"},
    {"disabled shop", "push.shop_disabled"},
    {"empty body", "push.empty"},
};

std::string sign(json j, const QString &secret) { return signedDump(std::move(j), secret); }

} // namespace

TEST(ReliabilityLoad, TenThousandPushesFrom200ConnectionsWithTricklersAndProbes)
{
    QLoggingCategory::setFilterRules(QStringLiteral("orderdesk.push.debug=false\norderdesk.push.info=false"));
    ReceiverOptions options;
    options.threads = 24; // 200 connections share them; tricklers and silent ones hold a few
    options.readTimeoutSec = 2; // a silent connection is closed after this
    options.requestTimeoutSec = 6; // a trickler is cut after this
    options.maxBody = 64 * 1024; // the oversized bodies are refused without storing megabytes
    ReceiverFixture f(options);
    const QString secret = QStringLiteral("load-secret");
    ASSERT_TRUE(f.secrets.set(QStringLiteral("load"), secret).ok());
    const int64_t shop = makeMallShop(f.t.db(), QStringLiteral("load"), QStringLiteral("load"));
    const int64_t probeShop = makeMallShop(f.t.db(), QStringLiteral("probe"), QStringLiteral("load"));
    makeMallShop(f.t.db(), QStringLiteral("off"), QStringLiteral("load"), QStringLiteral("top_md5"), QString(), false);
    f.start();

    // The pushes: valid orders, identical re-pushes, ten kinds of invalid ones; shuffled.
    QElapsedTimer prep;
    prep.start();
    MallSimulator sim(20260401);
    std::vector<MallSimulator::RawPush> pushes;
    std::vector<int> kindOf; // -1 valid, else index into kInvalid
    const QString at = QStringLiteral("2025-03-20 10:00:00");
    // Generated and signed on two threads (each its own simulator over half the serials).
    std::vector<std::string> validBodies(kDistinctValid);
    {
        std::vector<std::thread> gen;
        for (int part = 0; part < 2; ++part)
            gen.emplace_back([&, part] {
                MallSimulator partSim(20260401 + quint32(part));
                for (int i = 1 + part; i <= kDistinctValid; i += 2)
                    validBodies[size_t(i - 1)] = sign(partSim.randomOrder(i, at), secret);
            });
        for (auto &t : gen)
            t.join();
    }
    for (const std::string &b : validBodies) {
        pushes.push_back({QStringLiteral("/push/load"), b});
        kindOf.push_back(-1);
    }
    std::mt19937 rng(99);
    for (int i = 0; i < kRepushes; ++i) {
        pushes.push_back({QStringLiteral("/push/load"), validBodies[rng() % validBodies.size()]});
        kindOf.push_back(-1);
    }
    for (int k = 0; k < int(kInvalid.size()); ++k) {
        for (int i = 0; i < kPerInvalidKind; ++i) {
            json j = sim.order(100000 + k * 1000 + i, at, MallOrderOptions{});
            QString path = QStringLiteral("/push/load");
            std::string body;
            switch (k) {
            case 0:
                body = sign(j, QStringLiteral("not-the-secret"));
                break;
            case 1:
                path = QStringLiteral("/push/nosuchshop");
                body = sign(j, secret);
                break;
            case 2:
                body = "order_no=" + j["order_no"].get<std::string>() + "&total=3.00";
                break;
            case 3:
                j["total_pay_price"] = "abc";
                body = sign(j, secret);
                break;
            case 4:
                body = sign(j, secret);
                body.insert(1, "\"pad\":\"" + std::string(100 * 1024, 'p') + "\",");
                break;
            case 5:
                body = sign(j, secret);
                body.resize(body.size() - 30);
                break;
            case 6:
                j.erase("order_no");
                body = sign(j, secret);
                break;
            case 7:
                j["pay_time"] = "2025-13-45";
                body = sign(j, secret);
                break;
            case 8:
                path = QStringLiteral("/push/off");
                body = sign(j, secret);
                break;
            case 9:
                body = "";
                break;
            }
            pushes.push_back({path, body});
            kindOf.push_back(k);
        }
    }
    ASSERT_EQ(int(pushes.size()), kPushes);
    std::vector<size_t> order(pushes.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::shuffle(order.begin(), order.end(), rng);
    std::vector<MallSimulator::RawPush> shuffled;
    std::vector<int> shuffledKind;
    for (size_t i : order) {
        shuffled.push_back(pushes[i]);
        shuffledKind.push_back(kindOf[i]);
    }

    const qint64 prepMs = prep.elapsed();

    // Slow clients for the whole run: 3 trickling headers, 3 trickling bodies, 4 silent.
    std::atomic<bool> stop{false};
    rel::SlowFigures trickle, silent;
    std::vector<std::thread> slow;
    for (int i = 0; i < 6; ++i)
        slow.push_back(rel::repeatUntil(stop, [&, i](int n) { rel::trickleOnce(f.port, i < 3, quint32(i * 1000 + n), trickle); }));
    for (int i = 0; i < 4; ++i)
        slow.push_back(rel::repeatUntil(stop, [&](int) { rel::silentOnce(f.port, silent); }));

    // Probes: a valid push of another shop on a fresh connection, five times spread over the run.
    std::vector<qint64> probeMs;
    std::vector<int> probeStatus;
    std::thread prober([&] {
        for (int p = 1; p <= 5; ++p) {
            const qint64 due = qint64(p) * kPushes / 6;
            while (f.receiver->counters().accepted + f.receiver->counters().refused < due && !stop.load())
                QThread::msleep(20);
            json j = sim.order(900000 + p, at, MallOrderOptions{});
            const std::string body = sign(j, secret);
            QElapsedTimer t;
            t.start();
            auto r = f.post(QStringLiteral("/push/probe"), body);
            probeMs.push_back(t.elapsed());
            probeStatus.push_back(r.first == 200 && replyOf(r).value("code", -1) == 0 ? 0 : (r.first ? r.first : -1));
        }
    });

    MallSimulator::SendOptions send;
    send.port = f.port;
    send.senders = kConnections;
    send.ratePerSecond = kRatePerSecond;
    send.retries = 3;
    QElapsedTimer run;
    run.start();
    const auto report = MallSimulator::sendRaw(shuffled, send);
    const qint64 runMs = run.elapsed();
    prober.join();
    stop = true;
    for (auto &t : slow)
        t.join();

    // Every request answered (a push that got no answer at all was retried, as the mall does).
    EXPECT_EQ(report.failed, 0) << report.firstErrors.join(QLatin1Char('\n')).toStdString();
    std::map<int, int> refusedByKind;
    int validAccepted = 0, invalidAccepted = 0;
    for (size_t i = 0; i < shuffled.size(); ++i) {
        EXPECT_NE(report.statuses[i], 0) << "push " << i << " got no answer";
        if (shuffledKind[i] < 0) {
            validAccepted += report.statuses[i] == 200 ? 1 : 0;
        } else {
            invalidAccepted += report.statuses[i] == 200 ? 1 : 0;
            refusedByKind[shuffledKind[i]] += report.statuses[i] >= 400 ? 1 : 0;
        }
    }
    EXPECT_EQ(validAccepted, kDistinctValid + kRepushes);
    EXPECT_EQ(invalidAccepted, 0);
    EXPECT_EQ(report.accepted, kDistinctValid + kRepushes);
    EXPECT_EQ(report.refused, kPerInvalidKind * int(kInvalid.size()));

    // Every valid order exactly once (by order number); the probes too; nothing invalid landed.
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM trades WHERE shop_id = ?"), {QVariant::fromValue<qint64>(shop)}), kDistinctValid);
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(DISTINCT tid) FROM trades WHERE shop_id = ?"), {QVariant::fromValue<qint64>(shop)}), kDistinctValid);
    EXPECT_EQ(
        f.count(QStringLiteral("SELECT COUNT(*) FROM trades WHERE tid >= ? AND tid <= ?"), {MallSimulator::orderNo(1), MallSimulator::orderNo(kDistinctValid)}),
        kDistinctValid);
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM trades WHERE shop_id = ?"), {QVariant::fromValue<qint64>(probeShop)}), 5);
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM trades")), kDistinctValid + 5);
    EXPECT_TRUE(od::test::amountsReconcile(f.t.db()));
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM trades t WHERE t.line_count <> (SELECT COUNT(*) FROM trade_lines l WHERE l.trade_id = t.id)")), 0);

    // Every invalid push kept with its reason; the cut tricklers too.
    for (int k = 0; k < int(kInvalid.size()); ++k)
        EXPECT_EQ(refusedByKind[k], kPerInvalidKind) << kInvalid[size_t(k)].name;
    std::map<std::string, int> expectedByCode;
    for (const Kind &k : kInvalid)
        expectedByCode[k.code] += kPerInvalidKind;
    for (const auto &[code, n] : expectedByCode)
        EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM push_exceptions WHERE search_text LIKE ?"),
                          {QStringLiteral("%") + QString::fromLatin1(code) + QStringLiteral("%")}),
                  n)
            << code;
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM push_exceptions WHERE reason = '' OR search_text = ''")), 0);
    EXPECT_EQ(f.count(QStringLiteral("SELECT COUNT(*) FROM push_exceptions WHERE search_text LIKE '%push.too_slow%'")), trickle.attempts.load());
    const qint64 kept = f.count(QStringLiteral("SELECT COUNT(*) FROM push_exceptions"));
    EXPECT_EQ(kept, kPerInvalidKind * int(kInvalid.size()) + trickle.attempts.load());
    if (kept != kPerInvalidKind * int(kInvalid.size()) + trickle.attempts.load()) {
        for (const char *code : {"push.too_slow", "push.incomplete", "push.bad_request", "push.sign_mismatch", "push.unknown_shop", "push.not_json",
                                 "push.invalid_field", "push.too_large", "push.truncated", "push.missing_field", "push.shop_disabled", "push.empty"})
            ADD_FAILURE() << code << ": "
                          << f.count(QStringLiteral("SELECT COUNT(*) FROM push_exceptions WHERE search_text LIKE ?"),
                                     {QStringLiteral("%") + QLatin1String(code) + QStringLiteral("%")});
        QSqlQuery q(f.t->connection());
        q.exec(QStringLiteral("SELECT shop_code, remote, reason, body_size, received_at FROM push_exceptions WHERE search_text LIKE '%push.bad_request%'"));
        while (q.next())
            ADD_FAILURE() << q.value(0).toString().toStdString() << " " << q.value(1).toString().toStdString() << " " << q.value(2).toString().toStdString()
                          << " " << q.value(3).toLongLong() << " " << q.value(4).toString().toStdString();
    }

    // Tricklers were cut by the deadline (answered 408 where the answer could still be read); the
    // silent connections were closed; the receiver is still up.
    EXPECT_GE(trickle.attempts.load(), 6);
    EXPECT_EQ(trickle.cut.load(), trickle.attempts.load()) << "every trickling request was cut by the server";
    EXPECT_GT(trickle.answered408.load(), 0);
    EXPECT_GE(silent.attempts.load(), 4);
    EXPECT_EQ(silent.cut.load(), silent.attempts.load()) << "every silent connection was closed by the server";
    EXPECT_TRUE(f.receiver->running());
    EXPECT_EQ(replyOf(f.post(QStringLiteral("/push/probe"), sign(sim.order(990000, at, MallOrderOptions{}), secret))).value("code", -1), 0);

    // The probes answered within 1 s, each of them.
    ASSERT_EQ(probeMs.size(), 5u);
    for (size_t p = 0; p < probeMs.size(); ++p) {
        EXPECT_EQ(probeStatus[p], 0) << "probe " << p + 1;
        EXPECT_LT(probeMs[p], 1000) << "probe " << p + 1 << " took " << probeMs[p] << " ms";
    }

    std::vector<int> lat = report.latenciesMs;
    std::sort(lat.begin(), lat.end());
    const auto &st = f.receiver->server().stats();
    std::cout << "[ figures  ] " << test::backendName().toStdString() << ": " << report.sent << " pushes from " << kConnections << " connections in " << runMs
              << " ms after " << prepMs << " ms preparing them (" << (qint64(report.sent) * 1000 / qMax<qint64>(1, runMs)) << "/s paced at " << kRatePerSecond
              << "/s): accepted " << report.accepted << ", refused " << report.refused << ", no answer " << report.failed << ", retried " << report.retried
              << "; latency p50 " << lat[lat.size() / 2] << " ms, p99 " << lat[lat.size() * 99 / 100] << " ms, max " << lat.back() << " ms\n"
              << "[ figures  ] probes (ms): ";
    for (qint64 ms : probeMs)
        std::cout << ms << ' ';
    std::cout << "max " << *std::max_element(probeMs.begin(), probeMs.end()) << " ms; tricklers " << trickle.attempts.load() << " requests ("
              << trickle.bytesSent.load() << " bytes), all cut (" << trickle.answered408.load() << " answered 408); silent connections "
              << silent.attempts.load() << ", all closed; server: connections " << st.connections.load() << ", cut " << st.cut.load() << ", yielded "
              << st.yielded.load() << "\n";
}
