// Issue #19: 设置 → 转单策略 as staff use it. A supervisor writes a rule in the editor, switches
// automatic conversion on, tries a dry run (nothing changes) and applies the rules to the pool; the
// held trade shows its 挂起原因 in 待转入订单, the 只看挂起 filter finds it, and 取消挂起 takes it
// back. An operator sees the rules read-only (the buttons off, the core refuses too).
#include "backend.h"
#include "filterbar.h"
#include "interfacepages.h"
#include "ruledialog.h"
#include "rulespage.h"
#include "storage/sql.h"
#include "uitestutil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QSignalSpy>
#include <QTableWidget>

using namespace uitest;

namespace {
qint64 scalar(od::Database &db, const QString &sql)
{
    auto n = od::sql::scalar(db.connection(), sql);
    EXPECT_TRUE(n.ok());
    return n.ok() ? n.value() : -1;
}
} // namespace

TEST(RulesPage, ASupervisorWritesDryRunsAndAppliesRules)
{
    od::test::TestDb t;
    Backend backend(t.db());
    backend.setSession({QStringLiteral("zhang"), QStringLiteral("张主管"), od::Role::Supervisor});
    const int64_t shop = makeShop(t.db());
    auto trades = makeTrades(shop, 4);
    for (od::Trade &tr : trades) {
        tr.buyerMemo.clear();
        tr.sellerMemo.clear();
    }
    trades[0].buyerMemo = QStringLiteral("请开发票");
    insertTrades(t.db(), trades);

    RulesPage page(backend);
    page.resize(1200, 800);
    page.show();
    ASSERT_TRUE(waitFor([&] { return page.hasLoaded(); }));
    EXPECT_TRUE(page.dryRunButton()->isEnabled());

    // The editor: a hold needs a reason before OK is possible.
    od::rules::Rule fresh;
    RuleDialog editor({{shop, QStringLiteral("店铺")}}, fresh);
    typeText(editor.nameEdit(), QStringLiteral("要发票"));
    editor.outcomeBox()->setCurrentIndex(editor.outcomeBox()->findData(int(od::rules::Outcome::Hold)));
    typeText(editor.memoWordsEdit(), QStringLiteral("发票"));
    EXPECT_FALSE(editor.rule().ok());
    typeText(editor.reasonEdit(), QStringLiteral("需开发票"));
    auto invoiceRule = editor.rule();
    ASSERT_TRUE(invoiceRule.ok()) << invoiceRule.error().message.toStdString();
    page.saveRule(invoiceRule.value());
    ASSERT_TRUE(waitFor([&] { return page.ruleTable()->rowCount() == 1; }));
    od::rules::Rule plain;
    plain.name = QStringLiteral("普通订单");
    plain.outcome = od::rules::Outcome::Convert;
    plain.when.allMapped = od::rules::Tri::Yes;
    page.saveRule(plain);
    ASSERT_TRUE(waitFor([&] { return page.ruleTable()->rowCount() == 2; }));
    EXPECT_EQ(page.ruleTable()->item(0, 1)->text(), QStringLiteral("要发票"));

    QSignalSpy dry(&page, &RulesPage::dryRunDone);
    page.runDryRun();
    ASSERT_TRUE(waitFor([&] { return dry.count() == 1; }));
    EXPECT_EQ(page.lastPreview().convert, 3);
    EXPECT_EQ(page.lastPreview().hold, 1);
    EXPECT_EQ(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM sales_orders")), 0);

    QSignalSpy applied(&page, &RulesPage::applied);
    page.applyNow();
    ASSERT_TRUE(waitFor([&] { return applied.count() == 1; }));
    EXPECT_EQ(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM sales_orders")), 3);
    ASSERT_TRUE(waitFor([&] { return page.ruleTable()->item(1, 6) && page.ruleTable()->item(1, 6)->text() == QStringLiteral("3"); }));
    EXPECT_EQ(page.ruleTable()->item(0, 6)->text(), QStringLiteral("1"));

    // 待转入订单: the held trade with its reason; 只看挂起 finds it; 取消挂起 takes it back.
    PendingImportPage pool(backend);
    pool.resize(1400, 700);
    pool.show();
    ASSERT_TRUE(waitFor([&] { return pool.model()->hasLoaded() && pool.model()->rowCount() == 1; }));
    const int reasonCol = od::listSpec(od::ListId::PendingImport).columnIndex(QStringLiteral("hold_reason"));
    ASSERT_GE(reasonCol, 0);
    EXPECT_EQ(pool.model()->index(0, reasonCol).data().toString(), QStringLiteral("需开发票"));
    ASSERT_NE(pool.filterBar()->heldBox(), nullptr);
    pool.filterBar()->heldBox()->setChecked(true);
    ASSERT_TRUE(waitFor([&] { return !pool.model()->isLoading() && pool.model()->rowCount() == 1; }));
    pool.view()->selectionModel()->select(pool.model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QAction *release = pool.action(ui::ActionId::ReleaseRuleHold);
    ASSERT_NE(release, nullptr);
    ASSERT_TRUE(waitFor([&] { return release->isEnabled(); })) << pool.disabledReason(ui::ActionId::ReleaseRuleHold).toStdString();
    release->trigger();
    ASSERT_TRUE(waitFor([&] { return scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM trades WHERE hold_reason <> ''")) == 0; }));
    ASSERT_TRUE(waitFor([&] { return !pool.model()->isLoading() && pool.model()->rowCount() == 0; }));
}

TEST(RulesPage, AnOperatorSeesTheRulesReadOnly)
{
    od::test::TestDb t;
    Backend boss(t.db());
    boss.setSession({QStringLiteral("zhang"), QStringLiteral("张主管"), od::Role::Supervisor});
    od::rules::Rule r;
    r.name = QStringLiteral("普通订单");
    r.outcome = od::rules::Outcome::Convert;
    ASSERT_TRUE(od::rules::RuleService(t.db()).save(od::Session{QStringLiteral("zhang"), od::Role::Supervisor}, r).ok());

    Backend clerk(t.db());
    clerk.setSession({QStringLiteral("li"), QStringLiteral("小李"), od::Role::Operator});
    RulesPage page(clerk);
    page.show();
    ASSERT_TRUE(waitFor([&] { return page.hasLoaded() && page.ruleTable()->rowCount() == 1; }));
    page.ruleTable()->selectRow(0);
    EXPECT_FALSE(page.autoSwitch()->isEnabled());
    for (QPushButton *b : page.findChildren<QPushButton *>()) {
        if (b != page.dryRunButton() && b != page.applyButton()) {
            EXPECT_FALSE(b->isEnabled()) << b->text().toStdString();
        }
    }
    EXPECT_FALSE(page.autoSwitch()->toolTip().isEmpty());
    // The core refuses as well, whatever the UI shows.
    auto denied = od::rules::RuleService(t.db()).save(od::Session{QStringLiteral("li"), od::Role::Operator}, r);
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, QStringLiteral("auth.denied"));
}
