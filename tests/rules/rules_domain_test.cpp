// The rule model alone: conditions, the first-match decision, stored JSON, address checks.
#include "rules/rules.h"

#include <gtest/gtest.h>

using namespace od;
using namespace od::rules;

namespace {
Facts plain()
{
    Facts f;
    f.tradeId = 1;
    f.shopId = 7;
    f.platformStatus = QStringLiteral("WAIT_SELLER_SEND_GOODS");
    f.paid = true;
    f.allMapped = true;
    f.paidFen = 5900;
    f.receiverState = QStringLiteral("浙江省");
    f.receiverCity = QStringLiteral("杭州市");
    f.receiverDistrict = QStringLiteral("西湖区");
    f.receiverAddress = QStringLiteral("文三路 90 号");
    f.created = QStringLiteral("2026-12-07 23:15:00");
    return f;
}

Rule rule(int64_t id, int position, Outcome outcome, Conditions c, const QString &reason = {})
{
    Rule r;
    r.id = id;
    r.position = position;
    r.name = QStringLiteral("rule %1").arg(id);
    r.outcome = outcome;
    r.when = std::move(c);
    r.holdReason = reason;
    return r;
}
} // namespace

TEST(RuleConditions, EachConditionCanRefuseAPlainTrade)
{
    const Facts f = plain();
    EXPECT_TRUE(matches(Conditions{}, f));
    auto refuses = [&f](auto edit) {
        Conditions c;
        edit(c);
        return !matches(c, f);
    };
    EXPECT_TRUE(refuses([](Conditions &c) { c.shopIds = {8}; }));
    EXPECT_TRUE(refuses([](Conditions &c) { c.platformStatuses = {QStringLiteral("TRADE_FINISHED")}; }));
    EXPECT_TRUE(refuses([](Conditions &c) { c.paid = Tri::No; }));
    EXPECT_TRUE(refuses([](Conditions &c) { c.buyerMemo = Tri::Yes; }));
    EXPECT_TRUE(refuses([](Conditions &c) { c.memoWords = {QStringLiteral("发票")}; }));
    EXPECT_TRUE(refuses([](Conditions &c) { c.openRefund = Tri::Yes; }));
    EXPECT_TRUE(refuses([](Conditions &c) { c.allMapped = Tri::No; }));
    EXPECT_TRUE(refuses([](Conditions &c) { c.minPaidFen = 5901; }));
    EXPECT_TRUE(refuses([](Conditions &c) { c.maxPaidFen = 5899; }));
    EXPECT_TRUE(refuses([](Conditions &c) { c.regions = {QStringLiteral("新疆")}; }));
    EXPECT_TRUE(refuses([](Conditions &c) { c.blacklisted = Tri::Yes; }));
    EXPECT_TRUE(refuses([](Conditions &c) { c.addressProblem = Tri::Yes; }));
    EXPECT_TRUE(refuses([](Conditions &c) {
        c.createdFrom = QStringLiteral("08:00");
        c.createdTo = QStringLiteral("22:00");
    }));
    // ... and the same conditions the other way round accept it.
    Conditions all;
    all.shopIds = {7, 8};
    all.platformStatuses = {QStringLiteral("WAIT_SELLER_SEND_GOODS")};
    all.paid = Tri::Yes;
    all.buyerMemo = Tri::No;
    all.sellerMemo = Tri::No;
    all.openRefund = Tri::No;
    all.allMapped = Tri::Yes;
    all.minPaidFen = 5900;
    all.maxPaidFen = 5900;
    all.regions = {QStringLiteral("浙江省杭州")};
    all.blacklisted = Tri::No;
    all.addressProblem = Tri::No;
    all.createdFrom = QStringLiteral("22:00"); // wraps midnight
    all.createdTo = QStringLiteral("06:00");
    EXPECT_TRUE(matches(all, f));
}

TEST(RuleConditions, CashOnDeliveryIsNotPaidOnline)
{
    Facts f = plain();
    f.paid = false;
    f.cod = true;
    Conditions online;
    online.paid = Tri::Yes;
    Conditions cod;
    cod.paid = Tri::No;
    EXPECT_FALSE(matches(online, f));
    EXPECT_TRUE(matches(cod, f));
    f.cod = false; // neither paid nor COD: no payment condition holds
    EXPECT_FALSE(matches(online, f));
    EXPECT_FALSE(matches(cod, f));
}

TEST(RuleDecision, FirstEnabledRuleInPositionOrderDecides)
{
    Conditions big;
    big.minPaidFen = 5000;
    Conditions cod;
    cod.paid = Tri::No;
    std::vector<Rule> rules{rule(1, 2, Outcome::Convert, {}), rule(2, 1, Outcome::Hold, big, QStringLiteral("大额订单")),
                            rule(3, 0, Outcome::Hold, cod, QStringLiteral("货到付款"))};
    Decision d = decide(rules, plain());
    EXPECT_EQ(d.ruleId, 2);
    EXPECT_EQ(d.outcome, Outcome::Hold);
    EXPECT_EQ(d.reason, QStringLiteral("大额订单"));
    rules[1].enabled = false;
    d = decide(rules, plain());
    EXPECT_EQ(d.ruleId, 1);
    EXPECT_EQ(d.outcome, Outcome::Convert);
    rules[0].enabled = false;
    d = decide(rules, plain());
    EXPECT_EQ(d.ruleId, 0);
    EXPECT_EQ(d.outcome, Outcome::Leave);
}

TEST(RuleJson, ConditionsRoundTripAndBadTypesAreRefused)
{
    Conditions c;
    c.shopIds = {3, 9007199254740993LL}; // beyond 2^53: kept as text
    c.platformStatuses = {QStringLiteral("WAIT_SELLER_SEND_GOODS")};
    c.paid = Tri::No;
    c.memoWords = {QStringLiteral("加急"), QStringLiteral("发票")};
    c.allMapped = Tri::Yes;
    c.minPaidFen = 100;
    c.regions = {QStringLiteral("北京")};
    c.addressProblem = Tri::No;
    c.createdFrom = QStringLiteral("22:00");
    auto back = conditionsFromJson(toJson(c));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value(), c);
    EXPECT_FALSE(conditionsFromJson(QJsonObject{{QStringLiteral("paid"), QStringLiteral("yes")}}).ok());
    EXPECT_FALSE(conditionsFromJson(QJsonObject{{QStringLiteral("shops"), QStringLiteral("3")}}).ok());
    EXPECT_FALSE(conditionsFromJson(QJsonObject{{QStringLiteral("min_paid_fen"), 1.5}}).ok());
}

TEST(RuleValidation, NamesReasonsAmountsAndTimes)
{
    Rule r = rule(0, 0, Outcome::Hold, {}, QString());
    EXPECT_FALSE(validate(r).ok()); // a hold needs a reason
    r.holdReason = QStringLiteral("人工审核");
    EXPECT_TRUE(validate(r).ok());
    r.name = QStringLiteral("  ");
    EXPECT_FALSE(validate(r).ok());
    r.name = QStringLiteral("ok");
    r.when.minPaidFen = 500;
    r.when.maxPaidFen = 100;
    EXPECT_FALSE(validate(r).ok());
    r.when.maxPaidFen = 600;
    r.when.createdTo = QStringLiteral("25:00");
    EXPECT_FALSE(validate(r).ok());
}

TEST(AddressCheck, MissingPartsAndPostOfficeBoxes)
{
    EXPECT_TRUE(addressProblem(QStringLiteral("浙江省"), QStringLiteral("杭州市"), QStringLiteral("西湖区"), QStringLiteral("文三路 90 号")).isEmpty());
    EXPECT_FALSE(addressProblem(QString(), QStringLiteral("杭州市"), QStringLiteral("西湖区"), QStringLiteral("文三路")).isEmpty());
    EXPECT_FALSE(addressProblem(QStringLiteral("浙江省"), QStringLiteral("杭州市"), QString(), QStringLiteral("文三路")).isEmpty());
    EXPECT_FALSE(addressProblem(QStringLiteral("浙江省"), QStringLiteral("杭州市"), QStringLiteral("西湖区"), QStringLiteral("西湖邮政信箱 12 号")).isEmpty());
    EXPECT_FALSE(addressProblem(QStringLiteral("浙江省"), QStringLiteral("杭州市"), QStringLiteral("西湖区"), QStringLiteral("P.O. Box 88")).isEmpty());
}
