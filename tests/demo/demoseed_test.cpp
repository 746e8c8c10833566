// Issue #15: the demo's seeded orders look like their platform's: TOP trades carry TOP tids and tb_
// nicks, the WeChat mall's carry the mall's order numbers (date + serial) and member nicknames.
#include "rules/ruleservice.h"
#include "sim/demo/demoseed.h"
#include "storage/shoprepository.h"
#include "storage/sql.h"
#include "testdb.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace od;

TEST(DemoSeed, EachShopsTradesCarryThatPlatformsIdsAndBuyerNames)
{
    test::TestDb t;
    ASSERT_TRUE(demo::seed(t.db()).ok());
    auto shops = ShopRepository(t.db()).all();
    ASSERT_TRUE(shops.ok());
    int mall = 0, top = 0;
    for (const Shop &s : shops.value()) {
        QSqlQuery q(t.db().connection());
        ASSERT_TRUE(sql::exec(q, QStringLiteral("SELECT tid, buyer_nick FROM trades WHERE shop_id = ?"), {QVariant::fromValue<qint64>(s.id)}).ok());
        while (q.next()) {
            const QString tid = q.value(0).toString(), nick = q.value(1).toString();
            if (s.platform == PlatformKind::MallPush) {
                ++mall;
                EXPECT_TRUE(QRegularExpression(QStringLiteral("^20\\d{6}\\d{12}$")).match(tid).hasMatch()) << tid.toStdString();
                EXPECT_FALSE(nick.startsWith(QLatin1String("tb_"))) << nick.toStdString();
                EXPECT_TRUE(nick.startsWith(QStringLiteral("会员"))) << nick.toStdString();
            } else {
                ++top;
                EXPECT_TRUE(QRegularExpression(QStringLiteral("^3\\d{18}$")).match(tid).hasMatch()) << tid.toStdString();
                EXPECT_TRUE(nick.startsWith(QLatin1String("tb_"))) << nick.toStdString();
            }
        }
    }
    EXPECT_GT(mall, 50);
    EXPECT_GT(top, 100);
}

// A refund request waits on 待转入退单 from the start (./dev screenshots grabs its detail), for a line
// of a seeded trade of the same shop.
TEST(DemoSeed, OnePendingRefundWaitsForASeededTradesLine)
{
    test::TestDb t;
    ASSERT_TRUE(demo::seed(t.db()).ok());
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(sql::exec(q,
                          QStringLiteral("SELECT r.amount_fen, l.amount_fen FROM pending_refunds r JOIN trades t ON t.shop_id = r.shop_id "
                                         "AND t.tid = r.tid JOIN trade_lines l ON l.trade_id = t.id AND l.oid = r.oid WHERE r.state = 'pending'"))
                    .ok());
    ASSERT_TRUE(q.next());
    EXPECT_GT(q.value(0).toLongLong(), 0);
    EXPECT_LE(q.value(0).toLongLong(), q.value(1).toLongLong());
}

// Issue #19: the demo starts with a rule set on 设置 → 转单策略, switched on (the demo's services apply
// it as trades arrive); over the seeded pool it converts the plain orders and holds the rest with
// reasons, the blacklisted buyer's trade among them.
TEST(DemoSeed, ARuleSetSwitchedOnThatConvertsAndHolds)
{
    test::TestDb t;
    ASSERT_TRUE(demo::seed(t.db()).ok());
    rules::RuleService rules(t.db());
    auto all = rules.rules();
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 5u);
    EXPECT_TRUE(rules.autoEnabled().value());
    ASSERT_EQ(rules.blacklist()->size(), 1u);
    const QString blacklisted = rules.blacklist()->front().value;
    auto preview = rules.dryRun();
    ASSERT_TRUE(preview.ok());
    EXPECT_GT(preview->convert, 0);
    EXPECT_GT(preview->hold, 0);
    int blackHeld = 0;
    for (const rules::PreviewItem &i : preview->items) {
        if (i.decision.outcome == rules::Outcome::Hold) {
            EXPECT_FALSE(i.decision.reason.isEmpty()) << i.facts.tid.toStdString();
        }
        if (i.facts.blacklisted) {
            EXPECT_EQ(i.decision.outcome, rules::Outcome::Hold) << i.facts.tid.toStdString();
            EXPECT_EQ(i.decision.reason, QStringLiteral("买家在黑名单上，请主管确认"));
            ++blackHeld;
        }
    }
    EXPECT_GE(blackHeld, 1) << blacklisted.toStdString();

    // What the demo's services do: apply them; the dry run and the real run agree.
    auto applied = rules.apply(rules::RuleService::automaticSession(), std::nullopt, true);
    ASSERT_TRUE(applied.ok());
    EXPECT_EQ(applied->converted + applied->failed, preview->convert);
    EXPECT_GT(applied->converted, 0);
    EXPECT_EQ(applied->held, preview->hold);
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(sql::exec(q, QStringLiteral("SELECT hold_reason FROM trades WHERE state = 'pending' AND buyer_nick = ?"), {blacklisted}).ok());
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("买家在黑名单上，请主管确认"));
}
