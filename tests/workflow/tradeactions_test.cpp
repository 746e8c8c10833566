// 移除 and 已处理 on the pending-import pool go through od::TradeActions: a session is required, the
// state is checked, and the change commits with an audit entry that keeps the trade's key facts.
#include "storage/traderepository.h"
#include "workflow/audit.h"
#include "workflow/conversionservice.h"
#include "workflow/tradeactions.h"
#include "workflowtestutil.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace od;

TEST(TradeActions, RemoveDeletesTheTradeAndAuditsWhatItWas)
{
    test::TestDb t;
    const int64_t shop = wf::makeShop(t.db());
    Trade tr = wf::goodTrade(shop, 1);
    const int64_t id = wf::storeOne(t.db(), tr);
    ASSERT_TRUE(TradeActions(t.db()).remove(wf::kClerk, id).ok());
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM trades WHERE id = ?"), {QVariant::fromValue<qint64>(id)}), 0);

    auto entries = Audit::timeline(t.db(), QStringLiteral("trade"), QString::number(id));
    ASSERT_TRUE(entries.ok()) << wf::msg(entries.error());
    ASSERT_EQ(entries->size(), 1u);
    const AuditEntry &a = entries->front();
    EXPECT_EQ(a.action, QStringLiteral("trade.remove"));
    EXPECT_EQ(a.user, QStringLiteral("clerk"));
    const QJsonObject before = QJsonDocument::fromJson(a.before.toUtf8()).object();
    EXPECT_EQ(before.value(QStringLiteral("tid")).toString(), tr.tid);
    EXPECT_EQ(before.value(QStringLiteral("paid_fen")).toString(), QString::number(tr.paidAmount.fen()));
    EXPECT_TRUE(a.detail.contains(tr.tid)) << a.detail.toStdString();

    // Gone: a second remove says so, and writes nothing.
    auto again = TradeActions(t.db()).remove(wf::kClerk, id);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'trade.remove'")), 1);
}

TEST(TradeActions, MarkProcessedLeavesATombstoneAndAnAuditEntry)
{
    test::TestDb t;
    const int64_t shop = wf::makeShop(t.db());
    const int64_t id = wf::storeOne(t.db(), wf::goodTrade(shop, 2));
    ASSERT_TRUE(TradeActions(t.db()).markProcessed(wf::kClerk, id).ok());
    auto st = TradeRepository(t.db()).state(id);
    ASSERT_TRUE(st.ok());
    EXPECT_EQ(st.value(), TradeState::Processed);
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'trade.processed' AND entity = 'trade' AND entity_id = ?"),
                        {QString::number(id)}),
              1);
    // Processed trades cannot be removed or processed again; nothing more is audited.
    EXPECT_FALSE(TradeActions(t.db()).remove(wf::kClerk, id).ok());
    EXPECT_FALSE(TradeActions(t.db()).markProcessed(wf::kClerk, id).ok());
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), 1);
}

TEST(TradeActions, NeedASessionAndAPendingTrade)
{
    test::TestDb t;
    const int64_t shop = wf::makeShop(t.db());
    const int64_t id = wf::storeOne(t.db(), wf::goodTrade(shop, 3));
    const Session nobody;
    auto r = TradeActions(t.db()).remove(nobody, id);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("auth.no_session"));
    auto p = TradeActions(t.db()).markProcessed(nobody, id);
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().code, QStringLiteral("auth.no_session"));
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM trades WHERE id = ? AND state = 'pending'"), {QVariant::fromValue<qint64>(id)}), 1);

    // A converted trade is out of the pool: neither action applies.
    ASSERT_TRUE(ConversionService(t.db()).convertOne(wf::kClerk, id).ok());
    EXPECT_FALSE(TradeActions(t.db()).remove(wf::kClerk, id).ok());
    EXPECT_FALSE(TradeActions(t.db()).markProcessed(wf::kClerk, id).ok());
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM trades WHERE id = ? AND state = 'converted'"), {QVariant::fromValue<qint64>(id)}), 1);
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'trade'")), 0);
}
