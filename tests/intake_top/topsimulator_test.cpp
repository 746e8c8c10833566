// The TOP gateway simulator over real loopback HTTP, driven by the real TopClient.
#include "platforms/top/topclient.h"
#include "sim/top/topsimulator.h"

#include <QDateTime>
#include <atomic>
#include <gtest/gtest.h>

using namespace od;
using namespace od::top;
using json = nlohmann::json;

namespace {
const QString kFmt = QStringLiteral("yyyy-MM-dd HH:mm:ss");

struct Gateway {
    TopSimulator sim;
    explicit Gateway(std::shared_ptr<Clock> clock = nullptr)
    {
        if (clock)
            sim.setClock(clock);
        EXPECT_TRUE(sim.start());
        sim.store().addTrades(250, QDateTime::currentDateTime().addSecs(-20 * 3600), QDateTime::currentDateTime().addSecs(-60));
    }
    Credentials cred(const QString &session = QStringLiteral("sim-session"), QByteArray secret = "helloworld", SignMethod m = SignMethod::Md5) const
    {
        return {sim.options().appKey, secret, session, m};
    }
    ClientOptions fast() const
    {
        ClientOptions o;
        o.backoffBaseMs = 10;
        o.backoffMaxMs = 50;
        o.transferTimeoutMs = 5000;
        return o;
    }
};

QString ago(int secs) { return QDateTime::currentDateTime().addSecs(-secs).toString(kFmt); }
} // namespace

TEST(TopSimulator, ListsPagesSortedByModifiedDescending)
{
    Gateway g;
    for (SignMethod m : {SignMethod::Md5, SignMethod::HmacMd5, SignMethod::HmacSha256}) {
        TopClient c(g.sim.url(), QStringLiteral("测试店"), g.cred(QStringLiteral("sim-session"), "helloworld", m), g.fast());
        auto p1 = c.tradesIncrement(ago(86000), ago(0), 1, 100);
        ASSERT_TRUE(p1.ok()) << p1.error().message.toStdString();
        EXPECT_EQ(p1->total, 250);
        ASSERT_EQ(p1->rows.size(), 100u);
        for (size_t i = 1; i < p1->rows.size(); ++i)
            EXPECT_GE(p1->rows[i - 1].modified, p1->rows[i].modified);
        auto p3 = c.tradesIncrement(ago(86000), ago(0), 3, 100, true);
        ASSERT_TRUE(p3.ok());
        EXPECT_EQ(p3->rows.size(), 50u);
        EXPECT_FALSE(p3->hasNext);
        auto empty = c.tradesIncrement(ago(86000), ago(0), 4, 100, true);
        ASSERT_TRUE(empty.ok());
        EXPECT_TRUE(empty->rows.empty());
    }
}

TEST(TopSimulator, EnvelopesAsDocumented)
{
    TopSimulator sim;
    bool drop = false;
    const std::string bad = sim.handle({{QStringLiteral("method"), QStringLiteral("taobao.trade.fullinfo.get")}}, &drop);
    const json e = json::parse(bad);
    ASSERT_TRUE(e.contains("error_response"));
    EXPECT_TRUE(e["error_response"].contains("code"));
    EXPECT_TRUE(e["error_response"].contains("msg"));
    // A signed but wrong-signature call: code 25.
    Params p{{QStringLiteral("method"), QStringLiteral("taobao.trade.fullinfo.get")},
             {QStringLiteral("app_key"), sim.options().appKey},
             {QStringLiteral("session"), QStringLiteral("sim-session")},
             {QStringLiteral("timestamp"), ago(0)},
             {QStringLiteral("sign_method"), QStringLiteral("md5")},
             {QStringLiteral("tid"), QStringLiteral("1")},
             {QStringLiteral("sign"), QStringLiteral("00")}};
    EXPECT_EQ(json::parse(sim.handle(p, &drop))["error_response"]["code"], 25);
    p[QStringLiteral("sign")] = QString::fromLatin1(sign(p, sim.options().secret, SignMethod::Md5));
    // Unknown trade: an isv error, not a crash.
    EXPECT_EQ(json::parse(sim.handle(p, &drop))["error_response"]["sub_code"], "isv.trade-not-exist");
    const QString tid = sim.store().addTrades(1, QDateTime::currentDateTime(), QDateTime::currentDateTime()).first();
    p[QStringLiteral("tid")] = tid;
    p[QStringLiteral("sign")] = QString::fromLatin1(sign(p, sim.options().secret, SignMethod::Md5));
    const json ok = json::parse(sim.handle(p, &drop));
    ASSERT_TRUE(ok.contains("trade_fullinfo_get_response")) << ok.dump();
    EXPECT_TRUE(ok["trade_fullinfo_get_response"]["trade"]["orders"]["order"].is_array());
    EXPECT_TRUE(ok["trade_fullinfo_get_response"]["trade"]["tid"].is_number_unsigned()); // ids as numbers, like the real gateway
}

TEST(TopSimulator, RejectsBadSignSessionTimestampWindowAndPageSize)
{
    Gateway g;
    {
        TopClient c(g.sim.url(), QStringLiteral("测试店"), g.cred(QStringLiteral("sim-session"), "wrong-secret"), g.fast());
        auto r = c.tradesIncrement(ago(3600), ago(0), 1, 10);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, QStringLiteral("top.sign"));
    }
    {
        TopClient c(g.sim.url(), QStringLiteral("测试店"), g.cred(QStringLiteral("expired")), g.fast());
        auto r = c.tradesIncrement(ago(3600), ago(0), 1, 10);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, QStringLiteral("top.session"));
        EXPECT_TRUE(r.error().message.contains(QStringLiteral("测试店")));
        EXPECT_TRUE(r.error().message.contains(QStringLiteral("authorise the shop again")));
    }
    TopClient c(g.sim.url(), QStringLiteral("测试店"), g.cred(), g.fast());
    {
        auto r = c.tradesIncrement(ago(2 * 86400), ago(0), 1, 10);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, QStringLiteral("top.isv"));
        EXPECT_TRUE(r.error().message.contains(QStringLiteral("isv.invalid-parameter")));
    }
    {
        auto r = c.tradesIncrement(ago(3600), ago(0), 1, 101);
        ASSERT_FALSE(r.ok());
        EXPECT_TRUE(r.error().message.contains(QStringLiteral("page_size")));
    }
    g.sim.setClockOffsetSecs(11 * 60); // the gateway's clock runs 11 minutes ahead of ours
    {
        auto r = c.tradesIncrement(ago(3600), ago(0), 1, 10);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, QStringLiteral("top.timestamp"));
    }
    g.sim.setClockOffsetSecs(9 * 60);
    EXPECT_TRUE(c.tradesIncrement(ago(3600), ago(0), 1, 10).ok());
}

TEST(TopSimulator, IspErrorsAndDroppedConnectionsAreRetried)
{
    Gateway g;
    TopClient c(g.sim.url(), QStringLiteral("测试店"), g.cred(), g.fast());
    g.sim.failIsp(3);
    g.sim.dropConnections(1);
    auto r = c.tradesIncrement(ago(3600), ago(0), 1, 10);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(g.sim.ispServed(), 3);
    EXPECT_EQ(c.stats().retries, 4);
    // Bounded: a gateway that keeps failing stops the call with the isp error.
    g.sim.failIsp(1000);
    auto bad = c.tradesIncrement(ago(3600), ago(0), 1, 10);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, QStringLiteral("top.isp"));
}

TEST(TopSimulator, CallLimitBanIsWaitedOut)
{
    Gateway g;
    TopClient c(g.sim.url(), QStringLiteral("测试店"), g.cred(), g.fast());
    g.sim.banAfter(0, 1);
    auto r = c.tradesIncrement(ago(3600), ago(0), 1, 10);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(c.stats().bansWaited, 1);
    EXPECT_GE(g.sim.bansServed(), 1);
    EXPECT_EQ(TopClient::banSeconds(QStringLiteral("This ban will last for 37 more seconds.")), 37);
}

TEST(TopSimulator, WriteBacksRecordedAndValidated)
{
    Gateway g;
    TopClient c(g.sim.url(), QStringLiteral("测试店"), g.cred(), g.fast());
    QString tid, refundId;
    for (const Trade &t : g.sim.store().trades()) {
        if (t.paid && !t.closed && t.platformStatus == QLatin1String("WAIT_SELLER_SEND_GOODS")) {
            if (tid.isEmpty())
                tid = t.tid;
            else if (auto id = g.sim.store().refundLine(t.tid)) {
                refundId = *id;
                break;
            }
        }
    }
    ASSERT_FALSE(tid.isEmpty());
    ASSERT_FALSE(refundId.isEmpty());
    auto shipped = c.logisticsOfflineSend(tid, QStringLiteral("SF"), QStringLiteral("SF1234567890"));
    ASSERT_TRUE(shipped.ok()) << shipped.error().message.toStdString();
    ASSERT_EQ(g.sim.store().shipments().size(), 1u);
    EXPECT_EQ(g.sim.store().shipments()[0].outSid, QStringLiteral("SF1234567890"));

    auto rf = c.refund(refundId);
    ASSERT_TRUE(rf.ok()) << rf.error().message.toStdString();
    EXPECT_EQ(rf->refundId, refundId);
    auto tooShort = c.refundRefuse(refundId, rf->tid, rf->oid, QStringLiteral("x"), rf->refundPhase, rf->refundVersion);
    ASSERT_FALSE(tooShort.ok());
    EXPECT_TRUE(tooShort.error().message.contains(QStringLiteral("refuse_message")));
    auto refused = c.refundRefuse(refundId, rf->tid, rf->oid, QStringLiteral("商品已发出，请收货后再申请"), rf->refundPhase, rf->refundVersion);
    ASSERT_TRUE(refused.ok()) << refused.error().message.toStdString();
    EXPECT_EQ(g.sim.store().refund(refundId)->status, QStringLiteral("SELLER_REFUSE_BUYER"));
    EXPECT_EQ(g.sim.store().refund(refundId)->refuseMessage, QStringLiteral("商品已发出，请收货后再申请"));
}

// Issue #19: the seller memo and its flag (旗帜) written back with taobao.trade.memo.update, signed,
// over loopback; the simulator checks the public parameters (tid, memo, flag 0–5, reset) as TOP
// documents them, and a later detail download carries the new memo.
TEST(TopSimulator, TradeMemoUpdateSetsMemoAndFlagAndResetClears)
{
    Gateway g;
    TopClient c(g.sim.url(), QStringLiteral("测试店"), g.cred(), g.fast());
    const QString tid = g.sim.store().trades().at(0).tid;
    auto r = c.tradeMemoUpdate(tid, QStringLiteral("已电话确认地址，发顺丰"), 1);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_TRUE(r->contains(tid)) << r->toStdString();
    EXPECT_EQ(g.sim.store().sellerFlag(tid), 1);
    auto full = c.fullinfo(tid);
    ASSERT_TRUE(full.ok()) << full.error().message.toStdString();
    EXPECT_EQ(full->sellerMemo, QStringLiteral("已电话确认地址，发顺丰"));

    // An empty memo clears it (reset=true); the flag changes with it.
    ASSERT_TRUE(c.tradeMemoUpdate(tid, QString(), 3).ok());
    EXPECT_EQ(g.sim.store().sellerFlag(tid), 3);
    EXPECT_TRUE(c.fullinfo(tid)->sellerMemo.isEmpty());

    // Refused: a flag outside 0–5 (by the client before sending), an unknown trade, a wrong signature.
    EXPECT_FALSE(c.tradeMemoUpdate(tid, QStringLiteral("x"), 6).ok());
    auto unknown = c.tradeMemoUpdate(QStringLiteral("1"), QStringLiteral("x"), 0);
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("trade-not-exist"))) << unknown.error().message.toStdString();
    TopClient wrong(g.sim.url(), QStringLiteral("测试店"), g.cred(QStringLiteral("sim-session"), "wrong-secret"), g.fast());
    EXPECT_FALSE(wrong.tradeMemoUpdate(tid, QStringLiteral("y"), 2).ok());
    EXPECT_EQ(g.sim.store().sellerFlag(tid), 3);
}

TEST(TopClientParse, IdsExactMoneyStrict)
{
    json j = json::parse(R"({"tid": 98765432109876543, "status":"WAIT_SELLER_SEND_GOODS", "modified":"2025-03-20 10:00:00",
        "pay_time":"2025-03-20 09:00:00", "payment":"12.30", "orders":{"order":[{"oid": 9007199254740993, "num": 2,
        "price":"6.15", "total_fee":"12.30"}]}})");
    auto t = TopClient::parseTrade(j);
    ASSERT_TRUE(t.ok()) << t.error().message.toStdString();
    EXPECT_EQ(t->tid, QStringLiteral("98765432109876543"));
    EXPECT_EQ(t->lines.at(0).oid, QStringLiteral("9007199254740993"));
    EXPECT_EQ(t->paidAmount.fen(), 1230);
    EXPECT_TRUE(t->paid);
    j["payment"] = "12.3x";
    auto bad = TopClient::parseTrade(j);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, QStringLiteral("top.bad_data"));
    j["payment"] = "12.30";
    j["modified"] = "2025-13-40 99:00:00";
    EXPECT_FALSE(TopClient::parseTrade(j).ok());
    j["modified"] = "0000-00-00 00:00:00";
    EXPECT_TRUE(TopClient::parseTrade(j).ok());
}

TEST(TopClientParse, HostileErrorShapesAreClassifiedNotThrown)
{
    // Before, a code sent as text or an error_response that was not an object made value() throw
    // and ended the download worker. Now every shape has an outcome and a message.
    using O = TopClient::Outcome;
    const QString m = QStringLiteral("taobao.trades.sold.get");
    struct Case {
        const char *body;
        O outcome;
        const char *code;
    };
    const Case cases[] = {
        {R"({"error_response":{"code":"7","sub_msg":"This ban will last for 3 more seconds."}})", O::Ban, "top.call_limit"},
        {R"({"error_response":{"code":"27","msg":"Invalid session"}})", O::Stop, "top.session"},
        {R"({"error_response":5})", O::Retry, "top.bad_answer"},
        {R"({"error_response":{"code":[1,2],"msg":{"a":1}}})", O::Stop, "top.isv"},
        {R"({"error_response":{"code":1e999}})", O::Retry, "top.bad_answer"},
        {R"({"trades_sold_get_response":[]})", O::Stop, "top.bad_answer"},
        {"\xff\xfe{", O::Retry, "top.bad_answer"},
    };
    for (const Case &c : cases) {
        nlohmann::json body;
        Error error;
        int ban = -1;
        const O o = TopClient::interpretBody(QByteArray(c.body), m, QStringLiteral("店铺"), &body, &error, &ban);
        EXPECT_EQ(int(o), int(c.outcome)) << c.body;
        EXPECT_EQ(error.code, QString::fromLatin1(c.code)) << c.body;
        EXPECT_TRUE(error.message.contains(QStringLiteral("店铺"))) << c.body;
    }
    nlohmann::json body;
    Error error;
    int ban = -1;
    EXPECT_EQ(int(TopClient::interpretBody(R"({"trades_sold_get_response":{"total_results":0}})", m, QStringLiteral("x"), &body, &error, &ban)), int(O::Ok));
    EXPECT_EQ(body.value("total_results", -1), 0);
}

// Call limits (protocols.md §1), timed on a manual clock shared by the gateway and the clients, so
// that waiting out a ban takes no real time and "during the ban" is exact.
namespace {
// Each manual clock starts on its own day in 2001: the bans it records (on the process-wide board)
// are long over for the system clock and for every other manual clock, whatever port they share.
std::shared_ptr<ManualClock> manualClock()
{
    static std::atomic<int> n{0};
    return std::make_shared<ManualClock>(1000000000000LL + qint64(++n) * 86400000LL);
}

QStringList someTids(TopSimulator &sim, int n)
{
    QStringList tids;
    for (const Trade &t : sim.store().trades()) {
        tids << t.tid;
        if (tids.size() == n)
            break;
    }
    return tids;
}
} // namespace

TEST(TopCallLimits, SinglePathWaitsTheAnnouncedBanAndNoRequestOfTheShopIsSentMeanwhile)
{
    auto clock = manualClock();
    Gateway g(clock);
    ClientOptions o = g.fast();
    o.clock = clock;
    TopClient a(g.sim.url(), QStringLiteral("测试店"), g.cred(), o);
    g.sim.banAfter(0, 30);
    const qint64 start = clock->nowMs();
    auto r = a.tradesIncrement(ago(3600), ago(0), 1, 10);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(g.sim.bansServed(), 1); // only the call that started the ban
    EXPECT_EQ(g.sim.calls(), 2); // that one, then one after the ban
    EXPECT_GE(clock->nowMs() - start, 31000); // N + 1 seconds
    EXPECT_EQ(a.stats().bansWaited, 1);

    // A client that gives up on long bans meets a 20 s ban: it stops at once, but records the ban ...
    ClientOptions impatient = o;
    impatient.maxBanWaitSecs = 10;
    TopClient quick(g.sim.url(), QStringLiteral("测试店"), g.cred(), impatient);
    g.sim.banAfter(0, 20);
    const QString tid = someTids(g.sim, 1).value(0);
    auto refused = quick.fullinfo(tid);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("top.call_limit"));
    EXPECT_EQ(g.sim.bansServed(), 2);
    // ... so another client of the same shop sends nothing until it is over, then goes on.
    const int callsBefore = g.sim.calls();
    const qint64 banned = clock->nowMs();
    TopClient b(g.sim.url(), QStringLiteral("测试店"), g.cred(), o);
    auto got = b.fullinfo(tid);
    ASSERT_TRUE(got.ok()) << got.error().message.toStdString();
    EXPECT_EQ(g.sim.calls(), callsBefore + 1); // the one call after the ban
    EXPECT_EQ(g.sim.bansServed(), 2); // none reached the gateway during the ban
    EXPECT_GE(clock->nowMs() - banned, 21000);
    EXPECT_EQ(b.stats().bansWaited, 1);
    // A different shop (another session) is not held up.
    EXPECT_EQ(BanBoard::bannedUntil(BanBoard::key(g.sim.url(), g.sim.options().appKey, QStringLiteral("other"))), 0);
}

TEST(TopCallLimits, ParallelDetailFetchStopsAtTheFirstBanAnswer)
{
    auto clock = manualClock();
    Gateway g(clock);
    ClientOptions o = g.fast();
    o.clock = clock;
    TopClient c(g.sim.url(), QStringLiteral("测试店"), g.cred(), o);
    const QStringList tids = someTids(g.sim, 20);
    ASSERT_EQ(tids.size(), 20);
    g.sim.banAfter(3, 30); // the 4th call starts a 30 s ban
    const qint64 start = clock->nowMs();
    const auto results = c.fullinfoMany(tids, 4);
    ASSERT_EQ(results.size(), 20u);
    for (int i = 0; i < 20; ++i) {
        ASSERT_TRUE(results[size_t(i)].ok()) << i << ": " << results[size_t(i)].error().message.toStdString();
        EXPECT_EQ(results[size_t(i)]->tid, tids[i]);
    }
    // Refused: only requests already in flight when the first ban answer came (at most 4); nothing
    // new was sent until the ban was over, and every trade was then fetched once.
    EXPECT_GE(g.sim.bansServed(), 1);
    EXPECT_LE(g.sim.bansServed(), 4);
    EXPECT_EQ(g.sim.calls(QStringLiteral("taobao.trade.fullinfo.get")), 20 + g.sim.bansServed());
    EXPECT_GE(clock->nowMs() - start, 31000);
}

TEST(TopCallLimits, ParallelDetailFetchOfABannedShopSendsNothingUntilTheBanEnds)
{
    auto clock = manualClock();
    Gateway g(clock);
    ClientOptions o = g.fast();
    o.clock = clock;
    ClientOptions impatient = o;
    impatient.maxBanWaitSecs = 10;
    TopClient quick(g.sim.url(), QStringLiteral("测试店"), g.cred(), impatient);
    g.sim.banAfter(0, 40);
    ASSERT_FALSE(quick.tradesIncrement(ago(3600), ago(0), 1, 10).ok());
    ASSERT_EQ(g.sim.bansServed(), 1);
    const int before = g.sim.calls();
    const qint64 banned = clock->nowMs();
    TopClient c(g.sim.url(), QStringLiteral("测试店"), g.cred(), o);
    const QStringList tids = someTids(g.sim, 12);
    const auto results = c.fullinfoMany(tids, 4);
    for (const auto &r : results)
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(g.sim.bansServed(), 1); // zero calls during the ban
    EXPECT_EQ(g.sim.calls(), before + 12); // each trade once, after it
    EXPECT_GE(clock->nowMs() - banned, 41000);
}
