// Issue #15: 批量转订单 and the other whole-list actions act on everything the filter matches, across
// all pages (not only the loaded or selected rows), after a confirmation that names the count and the
// filter; the work runs as a chunked batch off the GUI thread.
#include "backend.h"
#include "batchdialog.h"
#include "filterbar.h"
#include "interfacepages.h"
#include "uitestutil.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

using namespace uitest;

namespace {

bool loaded(ListPage &p) { return p.model()->hasLoaded() && !p.model()->isLoading() && !p.model()->isCounting(); }

bool batchDone(BatchDialog *dlg, int n) { return dlg && !dlg->runner()->isRunning() && dlg->okCount() + dlg->failedCount() == n; }

std::vector<int64_t> tradeIds(od::Database &db, int64_t shop, const std::vector<od::Trade> &trades)
{
    std::vector<int64_t> out;
    for (const od::Trade &t : trades) {
        auto found = od::TradeRepository(db).findByTid(shop, t.tid);
        EXPECT_TRUE(found.ok() && found.value());
        if (found.ok() && found.value())
            out.push_back(found.value()->id);
    }
    return out;
}

od::TradeState stateOf(od::Database &db, int64_t id)
{
    auto st = od::TradeRepository(db).state(id);
    EXPECT_TRUE(st.ok());
    return st.ok() ? st.value() : od::TradeState::Pending;
}

} // namespace

TEST(WholeList, BatchConvertConvertsEveryFilteredRowAcrossPagesAfterConfirmingCountAndFilter)
{
    od::test::TestDb t;
    Backend backend(t.db());
    backend.setSession({QStringLiteral("li"), QStringLiteral("李客服"), od::Role::Operator});
    const int64_t shopA = makeShop(t.db(), QStringLiteral("tmall"));
    const int64_t shopB = makeShop(t.db(), QStringLiteral("wx"));
    const auto tradesA = makeTrades(shopA, 70);
    const auto tradesB = makeTrades(shopB, 12, 1000);
    insertTrades(t.db(), tradesA);
    insertTrades(t.db(), tradesB);
    const std::vector<int64_t> idsA = tradeIds(t.db(), shopA, tradesA);
    const std::vector<int64_t> idsB = tradeIds(t.db(), shopB, tradesB);

    PendingImportPage page(backend);
    page.model()->setPageSizes(20, 20); // 70 rows are four pages
    page.resize(1200, 500);
    page.show();
    page.refresh();
    ASSERT_TRUE(waitFor([&] { return loaded(page) && page.filterBar()->shopBox()->count() == 3; }));

    // Filter on shop A: 70 rows match, only the first page is loaded.
    QComboBox *shopBox = page.filterBar()->shopBox();
    shopBox->setCurrentIndex(shopBox->findData(QVariant::fromValue<qint64>(shopA)));
    ASSERT_TRUE(waitFor([&] { return page.model()->filter().shopId == shopA && loaded(page) && page.model()->totalCount() == 70; }));
    ASSERT_LT(page.model()->rowCount(), 70);
    ASSERT_GE(70 / page.model()->rowCount(), 3);
    // One row selected: 批量转订单 still takes the whole filtered list, not the selection.
    page.view()->selectionModel()->select(page.model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    QAction *batch = page.action(ui::ActionId::BatchConvert);
    ASSERT_TRUE(batch->isEnabled()) << page.disabledReason(ui::ActionId::BatchConvert).toStdString();
    batch->trigger();
    ASSERT_TRUE(waitFor([&] { return page.pendingConfirmation() != nullptr && page.pendingConfirmation()->isVisible(); }, 10000));
    QMessageBox *box = page.pendingConfirmation();
    const QString question = box->text();
    EXPECT_TRUE(question.contains(QLocale().toString(qint64(70)))) << question.toStdString();
    EXPECT_TRUE(question.contains(shopBox->itemText(shopBox->findData(QVariant::fromValue<qint64>(shopA))))) << question.toStdString();
    EXPECT_FALSE(question.contains(QStringLiteral("店铺 wx"))) << question.toStdString();
    EXPECT_EQ(page.lastBatchDialog(), nullptr); // nothing runs before the answer
    for (int64_t id : idsA)
        ASSERT_EQ(stateOf(t.db(), id), od::TradeState::Pending);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);

    ASSERT_TRUE(waitFor([&] { return page.lastBatchDialog() != nullptr; }, 5000));
    BatchDialog *dlg = page.lastBatchDialog();
    ASSERT_TRUE(waitFor([&] { return batchDone(dlg, 70); }, 60000));
    EXPECT_EQ(dlg->okCount(), 70);
    // The results name the trades as staff know them: by tid.
    QStringList tidsA;
    for (const od::Trade &tr : tradesA)
        tidsA << tr.tid;
    for (const BatchOutcome &r : dlg->runner()->results())
        EXPECT_TRUE(tidsA.contains(r.label)) << r.label.toStdString();
    for (int64_t id : idsA)
        EXPECT_EQ(stateOf(t.db(), id), od::TradeState::Converted) << id;
    for (int64_t id : idsB)
        EXPECT_EQ(stateOf(t.db(), id), od::TradeState::Pending) << id;
    ASSERT_TRUE(waitFor([&] { return loaded(page) && page.model()->totalCount() == 0; }));
    dlg->close();
}

TEST(WholeList, MarkAllProcessedAsksThroughTheHookAndNoMeansNothing)
{
    od::test::TestDb t;
    Backend backend(t.db());
    backend.setSession({QStringLiteral("li"), QStringLiteral("李客服"), od::Role::Operator});
    const int64_t shop = makeShop(t.db());
    const auto trades = makeTrades(shop, 45);
    insertTrades(t.db(), trades);
    const std::vector<int64_t> ids = tradeIds(t.db(), shop, trades);

    PendingImportPage page(backend);
    page.model()->setPageSizes(10, 10);
    page.resize(1200, 500);
    page.show();
    page.refresh();
    ASSERT_TRUE(waitFor([&] { return loaded(page); }));

    QStringList asked;
    bool answer = false;
    page.confirmHook = [&](const QString &q) {
        asked << q;
        return answer;
    };
    page.action(ui::ActionId::MarkAllProcessed)->trigger();
    ASSERT_TRUE(waitFor([&] { return asked.size() == 1; }, 10000));
    EXPECT_TRUE(asked[0].contains(QStringLiteral("45"))) << asked[0].toStdString();
    EXPECT_TRUE(asked[0].contains(FilterBar(t.db(), od::ListId::PendingImport).describe({}))) << asked[0].toStdString();
    EXPECT_EQ(page.lastBatchDialog(), nullptr);
    for (int64_t id : ids)
        EXPECT_EQ(stateOf(t.db(), id), od::TradeState::Pending);

    answer = true;
    page.action(ui::ActionId::MarkAllProcessed)->trigger();
    ASSERT_TRUE(waitFor([&] { return page.lastBatchDialog() != nullptr; }, 10000));
    BatchDialog *dlg = page.lastBatchDialog();
    ASSERT_TRUE(waitFor([&] { return batchDone(dlg, 45); }, 60000));
    EXPECT_EQ(dlg->okCount(), 45);
    for (int64_t id : ids)
        EXPECT_EQ(stateOf(t.db(), id), od::TradeState::Processed);
    dlg->close();
}
