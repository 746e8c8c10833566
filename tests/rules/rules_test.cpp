// 转单策略 on real pools, both databases: a rule set converts, holds and leaves the expected trades;
// the dry run equals the real run; decisions are audited and counted; rights are checked in the
// core; a hand conversion racing the rules converts each trade once; decided trades are not decided
// again until they or the rules change.
#include "rules/rulerunner.h"
#include "rules/ruleservice.h"
#include "workflow/audit.h"
#include "workflow/conversionservice.h"
#include "storage/listrepository.h"
#include "workflowtestutil.h"

#include <QSqlQuery>
#include <set>
#include <thread>

using namespace od;
using namespace od::rules;

namespace {
QVariant v(int64_t x) { return QVariant::fromValue<qint64>(x); }

struct Pool {
    int64_t shop = 0;
    std::map<QString, int64_t> ids; // name → trade id
};

// Seven trades, one per way the rules below should treat them.
Pool makePool(Database &db)
{
    Pool p;
    p.shop = wf::makeShop(db);
    auto trade = [&](const QString &name, int serial, auto edit) {
        Trade t = wf::goodTrade(p.shop, serial);
        t.buyerMemo.clear();
        t.sellerMemo.clear();
        t.receiverState = QStringLiteral("浙江省");
        t.receiverCity = QStringLiteral("杭州市");
        t.receiverDistrict = QStringLiteral("西湖区");
        t.receiverAddress = QStringLiteral("文三路 %1 号").arg(serial);
        t.buyerNick = QStringLiteral("buyer_%1").arg(serial);
        edit(t);
        p.ids[name] = wf::storeOne(db, t);
    };
    trade(QStringLiteral("plain"), 1, [](Trade &) {});
    trade(QStringLiteral("plain2"), 2, [](Trade &) {});
    trade(QStringLiteral("invoice"), 3, [](Trade &t) { t.buyerMemo = QStringLiteral("麻烦开发票，抬头见备注"); });
    trade(QStringLiteral("blacklisted"), 4, [](Trade &t) { t.buyerNick = QStringLiteral("刷单王"); });
    trade(QStringLiteral("cod"), 5, [](Trade &t) {
        t.paid = false;
        t.cod = true;
    });
    trade(QStringLiteral("unmapped"), 6, [](Trade &t) {
        for (TradeLine &l : t.lines)
            l.outerSkuId.clear();
    });
    trade(QStringLiteral("pobox"), 7, [](Trade &t) { t.receiverAddress = QStringLiteral("西湖邮政信箱 12 号"); });
    return p;
}

std::vector<int64_t> ruleSet(RuleService &rules)
{
    auto save = [&rules](const QString &name, Outcome o, Conditions c, const QString &reason = {}) {
        Rule r;
        r.name = name;
        r.outcome = o;
        r.when = std::move(c);
        r.holdReason = reason;
        auto id = rules.save(wf::kBoss, r);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : wf::msg(id.error()));
        return id.ok() ? id.value() : 0;
    };
    Conditions black;
    black.blacklisted = Tri::Yes;
    Conditions invoice;
    invoice.memoWords = {QStringLiteral("发票")};
    Conditions address;
    address.addressProblem = Tri::Yes;
    Conditions plain;
    plain.paid = Tri::Yes;
    plain.buyerMemo = Tri::No;
    plain.sellerMemo = Tri::No;
    plain.openRefund = Tri::No;
    plain.allMapped = Tri::Yes;
    return {save(QStringLiteral("黑名单"), Outcome::Hold, black, QStringLiteral("黑名单买家")),
            save(QStringLiteral("要发票"), Outcome::Hold, invoice, QStringLiteral("需开发票")),
            save(QStringLiteral("地址"), Outcome::Hold, address, QStringLiteral("地址需核对")), save(QStringLiteral("普通订单"), Outcome::Convert, plain)};
}

QString holdReason(Database &db, int64_t id)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(sql::exec(q, QStringLiteral("SELECT hold_reason FROM trades WHERE id = ?"), {v(id)}).ok());
    return q.next() ? q.value(0).toString() : QStringLiteral("<gone>");
}

QString state(Database &db, int64_t id)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(sql::exec(q, QStringLiteral("SELECT state FROM trades WHERE id = ?"), {v(id)}).ok());
    return q.next() ? q.value(0).toString() : QStringLiteral("<gone>");
}
} // namespace

TEST(Rules, OnlyASupervisorChangesRulesAndTheBlacklist)
{
    test::TestDb t;
    RuleService rules(t.db());
    Rule r;
    r.name = QStringLiteral("x");
    r.outcome = Outcome::Convert;
    auto denied = rules.save(wf::kClerk, r);
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, QStringLiteral("auth.denied"));
    EXPECT_EQ(rules.addToBlacklist(wf::kClerk, QStringLiteral("buyer"), QStringLiteral("x"), {}).error().code, QStringLiteral("auth.denied"));
    EXPECT_EQ(rules.setAutoEnabled(wf::kClerk, true).error().code, QStringLiteral("auth.denied"));
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM convert_rules")), 0);
    auto ok = rules.save(wf::kBoss, r);
    ASSERT_TRUE(ok.ok()) << wf::msg(ok.error());
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'rule.save' AND user_login = 'boss'")), 1);
    ASSERT_TRUE(rules.setAutoEnabled(wf::kBoss, true).ok());
    EXPECT_TRUE(rules.autoEnabled().value());
}

TEST(Rules, ARuleSetConvertsHoldsAndLeavesAndTheDryRunSaysTheSame)
{
    test::TestDb t;
    Pool p = makePool(t.db());
    RuleService rules(t.db());
    const std::vector<int64_t> ruleIds = ruleSet(rules);
    ASSERT_TRUE(rules.addToBlacklist(wf::kBoss, QStringLiteral("buyer"), QStringLiteral("刷单王"), QStringLiteral("刷单")).ok());

    auto preview = rules.dryRun();
    ASSERT_TRUE(preview.ok()) << wf::msg(preview.error());
    EXPECT_EQ(preview->items.size(), 7u);
    std::map<int64_t, Decision> expected;
    for (const PreviewItem &i : preview->items)
        expected[i.facts.tradeId] = i.decision;
    EXPECT_EQ(expected[p.ids["plain"]].outcome, Outcome::Convert);
    EXPECT_EQ(expected[p.ids["plain2"]].outcome, Outcome::Convert);
    EXPECT_EQ(expected[p.ids["invoice"]].reason, QStringLiteral("需开发票"));
    EXPECT_EQ(expected[p.ids["blacklisted"]].reason, QStringLiteral("黑名单买家"));
    EXPECT_EQ(expected[p.ids["pobox"]].reason, QStringLiteral("地址需核对"));
    EXPECT_EQ(expected[p.ids["cod"]].outcome, Outcome::Leave);
    EXPECT_EQ(expected[p.ids["unmapped"]].outcome, Outcome::Leave);
    EXPECT_EQ(preview->convert, 2);
    EXPECT_EQ(preview->hold, 3);
    EXPECT_EQ(preview->leave, 2);
    // A dry run writes nothing.
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM sales_orders")), 0);
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM rule_decisions")), 0);

    auto applied = rules.apply(RuleService::automaticSession());
    ASSERT_TRUE(applied.ok()) << wf::msg(applied.error());
    EXPECT_EQ(applied->converted, preview->convert);
    EXPECT_EQ(applied->held, preview->hold);
    EXPECT_EQ(applied->left, preview->leave);
    EXPECT_EQ(applied->failed, 0);
    // The real run did what the dry run said, trade by trade.
    for (const auto &[id, d] : expected) {
        EXPECT_EQ(state(t.db(), id), d.outcome == Outcome::Convert ? QStringLiteral("converted") : QStringLiteral("pending")) << id;
        EXPECT_EQ(holdReason(t.db(), id), d.outcome == Outcome::Hold ? d.reason : QString()) << id;
    }
    // Audited with the rule that made each decision: a conversion on the order's timeline.
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(sql::exec(q, QStringLiteral("SELECT id FROM sales_orders WHERE trade_id = ?"), {v(p.ids["plain"])}).ok());
    ASSERT_TRUE(q.next());
    const QString orderId = q.value(0).toString();
    q.finish();
    auto timeline = Audit::timeline(t.db(), QStringLiteral("sales_order"), orderId);
    ASSERT_TRUE(timeline.ok());
    bool byRule = false;
    for (const AuditEntry &a : timeline.value())
        byRule |= a.action == QStringLiteral("rule.convert") && a.detail.contains(QStringLiteral("普通订单")) && a.user == QStringLiteral("auto-rules");
    EXPECT_TRUE(byRule);
    auto holdTimeline = Audit::timeline(t.db(), QStringLiteral("trade"), QString::number(p.ids["invoice"]));
    ASSERT_TRUE(holdTimeline.ok());
    ASSERT_FALSE(holdTimeline->empty());
    EXPECT_EQ(holdTimeline->back().action, QStringLiteral("rule.hold"));
    EXPECT_TRUE(holdTimeline->back().detail.contains(QStringLiteral("要发票")));
    // Counted per rule on the rules page.
    auto counts = rules.counts();
    ASSERT_TRUE(counts.ok());
    std::map<int64_t, RuleCount> byRuleId;
    for (const RuleCount &c : counts.value())
        byRuleId[c.ruleId] = c;
    EXPECT_EQ(byRuleId[ruleIds[3]].today, 2);
    EXPECT_EQ(byRuleId[ruleIds[3]].week, 2);
    EXPECT_EQ(byRuleId[ruleIds[0]].today, 1);
    EXPECT_EQ(byRuleId[ruleIds[1]].today, 1);
}

TEST(Rules, DecidedTradesWaitForAChangeOfTheTradeOrOfTheRules)
{
    test::TestDb t;
    Pool p = makePool(t.db());
    RuleService rules(t.db());
    ruleSet(rules);
    const Session automatic = RuleService::automaticSession();
    ASSERT_TRUE(rules.apply(automatic, std::nullopt, true).ok());
    // Nothing new: the runner's pass decides nothing again.
    auto again = rules.apply(automatic, std::nullopt, true);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->converted + again->held + again->left + again->failed, 0);
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM rule_decisions")), 5);

    // Staff release a hold: the rules leave that trade alone ...
    ASSERT_TRUE(rules.release(wf::kClerk, p.ids["invoice"]).ok());
    EXPECT_EQ(holdReason(t.db(), p.ids["invoice"]), QString());
    again = rules.apply(automatic, std::nullopt, true);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->held, 0);
    EXPECT_EQ(holdReason(t.db(), p.ids["invoice"]), QString());

    // ... until the rules change: the blacklist grows, the pool is decided again.
    ASSERT_TRUE(rules.addToBlacklist(wf::kBoss, QStringLiteral("mobile"), QStringLiteral("13800000000"), {}).ok());
    again = rules.apply(automatic, std::nullopt, true);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->held, 2); // the released trade is held again, with the post-office box
    EXPECT_EQ(holdReason(t.db(), p.ids["invoice"]), QStringLiteral("需开发票"));
}

TEST(Rules, AHandConversionRacingTheRulesConvertsEachTradeOnce)
{
    test::TestDb t;
    const int64_t shop = wf::makeShop(t.db());
    std::vector<Trade> trades;
    for (int i = 0; i < 300; ++i) {
        Trade tr = wf::goodTrade(shop, 100 + i);
        tr.buyerMemo.clear();
        tr.sellerMemo.clear();
        trades.push_back(tr);
    }
    const std::vector<int64_t> ids = wf::store(t.db(), trades);
    RuleService setup(t.db());
    Rule all;
    all.name = QStringLiteral("全部转单");
    all.outcome = Outcome::Convert;
    ASSERT_TRUE(setup.save(wf::kBoss, all).ok());

    auto handDb = t.another();
    auto rulesDb = t.another();
    std::atomic<int> handOk{0};
    std::thread hand([&] {
        auto r = ConversionService(*handDb).convert(wf::kClerk, ids);
        if (r.ok())
            for (const auto &item : r->results)
                handOk += item.ok ? 1 : 0;
    });
    ApplySummary byRules;
    std::thread automatic([&] {
        auto r = RuleService(*rulesDb).apply(RuleService::automaticSession());
        if (r.ok())
            byRules = r.value();
    });
    hand.join();
    automatic.join();
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM sales_orders")), 300);
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(DISTINCT trade_id) FROM sales_orders")), 300);
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM trades WHERE state = 'pending'")), 0);
    EXPECT_EQ(handOk.load() + byRules.converted, 300) << "hand " << handOk.load() << ", rules " << byRules.converted;
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM rule_decisions")), byRules.converted);
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM crm_outbox WHERE event = 'created'")), 300);
}

TEST(Rules, TheRunnerConvertsArrivingTradesOnlyWhileSwitchedOn)
{
    test::TestDb t;
    const int64_t shop = wf::makeShop(t.db());
    RuleService rules(t.db());
    Rule all;
    all.name = QStringLiteral("全部转单");
    all.outcome = Outcome::Convert;
    ASSERT_TRUE(rules.save(wf::kBoss, all).ok());
    auto waitFor = [&](const std::function<bool()> &done) {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while (!done() && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        return done();
    };
    auto runnerDb = t.another();
    RuleRunner runner(*runnerDb, 50);
    runner.start();
    wf::storeOne(t.db(), wf::goodTrade(shop, 1));
    // Switched off: the runner passes without deciding anything.
    const int looked = runner.looks();
    runner.wake();
    ASSERT_TRUE(waitFor([&] { return runner.looks() >= looked + 2; }));
    EXPECT_EQ(runner.passes(), 0);
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM sales_orders")), 0);
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM rule_decisions")), 0);

    ASSERT_TRUE(rules.setAutoEnabled(wf::kBoss, true).ok());
    runner.wake();
    ASSERT_TRUE(waitFor([&] { return wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM sales_orders")) == 1; })) << runner.lastError().toStdString();
    wf::storeOne(t.db(), wf::goodTrade(shop, 2));
    runner.wake();
    ASSERT_TRUE(waitFor([&] { return wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM sales_orders")) == 2; })) << runner.lastError().toStdString();
    runner.stop();
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM rule_decisions")), 2);
    EXPECT_TRUE(runner.lastError().isEmpty()) << runner.lastError().toStdString();
}

// Blacklist and address checks as visible warnings: 待转入订单's 黑名单 / 地址问题 columns and the
// trade's detail (RuleService::warnings) flag the same trades the rule conditions act on, whether
// the rules run or not — a buyer nick or a receiver mobile on the blacklist, a missing district, a
// post-office box (信箱 or P.O. Box).
TEST(Rules, BlacklistAndAddressWarningsInTheListAndTheDetail)
{
    test::TestDb t;
    Pool p = makePool(t.db());
    auto edit = [&](const QString &name, int serial, auto fn) {
        Trade tr = wf::goodTrade(p.shop, serial);
        tr.receiverState = QStringLiteral("浙江省");
        tr.receiverCity = QStringLiteral("杭州市");
        tr.receiverDistrict = QStringLiteral("西湖区");
        tr.receiverAddress = QStringLiteral("文三路 1 号");
        tr.buyerNick = QStringLiteral("buyer_%1").arg(serial);
        fn(tr);
        p.ids[name] = wf::storeOne(t.db(), tr);
    };
    edit(QStringLiteral("nodistrict"), 8, [](Trade &tr) { tr.receiverDistrict.clear(); });
    edit(QStringLiteral("pobox_en"), 9, [](Trade &tr) { tr.receiverAddress = QStringLiteral("P.O. Box 1024"); });
    edit(QStringLiteral("mobile"), 10, [](Trade &tr) { tr.receiverMobile = QStringLiteral("13900001111"); });
    RuleService rules(t.db());
    ASSERT_TRUE(rules.addToBlacklist(wf::kBoss, QStringLiteral("buyer"), QStringLiteral("刷单王"), QStringLiteral("刷单")).ok());
    ASSERT_TRUE(rules.addToBlacklist(wf::kBoss, QStringLiteral("mobile"), QStringLiteral("13900001111"), QString()).ok());

    const ListSpec &spec = listSpec(ListId::PendingImport);
    ListRequest req;
    req.limit = 100;
    auto page = ListRepository(t.db()).page(spec, req);
    ASSERT_TRUE(page.ok());
    std::map<QString, std::pair<bool, bool>> flags; // tid → (blacklisted, address problem)
    for (const auto &row : page->rows)
        flags[row.values[spec.columnIndex(QStringLiteral("tid"))].toString()] = {row.values[spec.columnIndex(QStringLiteral("blacklisted"))].toInt() != 0,
                                                                                 row.values[spec.columnIndex(QStringLiteral("address_problem"))].toInt() != 0};
    const std::set<QString> black{QStringLiteral("blacklisted"), QStringLiteral("mobile")};
    const std::set<QString> address{QStringLiteral("pobox"), QStringLiteral("pobox_en"), QStringLiteral("nodistrict")};
    ASSERT_EQ(p.ids.size(), 10u);
    for (const auto &[name, id] : p.ids) {
        SCOPED_TRACE(name.toStdString());
        QSqlQuery q(t.db().connection());
        ASSERT_TRUE(sql::exec(q, QStringLiteral("SELECT tid FROM trades WHERE id = ?"), {v(id)}).ok());
        ASSERT_TRUE(q.next());
        const QString tid = q.value(0).toString();
        q.finish();
        ASSERT_TRUE(flags.count(tid));
        EXPECT_EQ(flags[tid].first, black.count(name) == 1);
        EXPECT_EQ(flags[tid].second, address.count(name) == 1);
        auto w = rules.warnings(id);
        ASSERT_TRUE(w.ok());
        EXPECT_EQ(!w->blacklisted.empty(), black.count(name) == 1);
        EXPECT_EQ(!w->addressProblem.isEmpty(), address.count(name) == 1);
        EXPECT_TRUE(w->holdReason.isEmpty());
    }
    EXPECT_EQ(rules.warnings(p.ids[QStringLiteral("mobile")])->blacklisted.at(0).kind, QStringLiteral("mobile"));

    // The rules act on the same facts: the blacklisted trades are held with the reason.
    ruleSet(rules);
    ASSERT_TRUE(rules.apply(wf::kBoss).ok());
    for (const QString &name : black) {
        EXPECT_EQ(holdReason(t.db(), p.ids[name]), QStringLiteral("黑名单买家")) << name.toStdString();
        EXPECT_EQ(rules.warnings(p.ids[name])->holdReason, QStringLiteral("黑名单买家"));
    }
}
