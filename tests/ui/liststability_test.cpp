// Issue #15, "a list that holds still": new rows arriving while a clerk works (another desk, the
// gateway, a push) must not move the rows on screen. Rows are inserted above the viewport during a
// selection; after the refresh the same ids are selected and sit at the same screen positions, and
// the page says how many arrived above.
#include "backend.h"
#include "interfacepages.h"
#include "uitestutil.h"

#include <QItemSelectionModel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>

using namespace uitest;

namespace {
bool loaded(ListPage &p) { return p.model()->hasLoaded() && !p.model()->isLoading() && !p.model()->isCounting(); }

int screenY(ListPage &p, int64_t id)
{
    const int row = p.model()->rowOfId(id);
    if (row < 0)
        return INT_MIN;
    return p.view()->visualRect(p.model()->index(row, 0)).top();
}
} // namespace

TEST(ListStability, RowsInsertedAboveTheViewportDuringASelectionDoNotMoveWhatIsOnScreen)
{
    od::test::TestDb t;
    Backend backend(t.db());
    backend.setSession({QStringLiteral("li"), QStringLiteral("李客服"), od::Role::Operator});
    const int64_t shop = makeShop(t.db());
    insertTrades(t.db(), makeTrades(shop, 300));

    PendingImportPage page(backend);
    page.resize(1000, 420);
    page.show();
    page.refresh();
    ASSERT_TRUE(waitFor([&] { return loaded(page); }));

    // The clerk has scrolled into the list and selected two rows (Ctrl+click), the current one between.
    QTableView *view = page.view();
    view->scrollTo(page.model()->index(150, 0), QAbstractItemView::PositionAtCenter);
    QItemSelection sel;
    for (int r : {149, 152})
        sel.select(page.model()->index(r, 0), page.model()->index(r, page.model()->columnCount() - 1));
    view->selectionModel()->setCurrentIndex(page.model()->index(150, 0), QItemSelectionModel::NoUpdate);
    view->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
    const QList<int64_t> selected = page.selectedIds();
    ASSERT_EQ(selected.size(), 2);
    const int64_t currentId = page.model()->rowId(150);
    // Every row on screen, by id, with its height.
    QList<QPair<int64_t, int>> onScreen;
    for (int r = view->rowAt(0); r >= 0 && r < page.model()->rowCount() && screenY(page, page.model()->rowId(r)) < view->viewport()->height(); ++r)
        onScreen.append({page.model()->rowId(r), screenY(page, page.model()->rowId(r))});
    ASSERT_GE(onScreen.size(), 8);
    ASSERT_GT(view->verticalScrollBar()->value(), 0);
    EXPECT_FALSE(page.newRowsButton()->isVisible());

    // 25 newer trades arrive (another connection, as from the gateway); newest first, so they sort
    // above everything on screen.
    const auto newer = makeTrades(shop, 25, 5000);
    {
        auto other = t.another();
        insertTrades(*other, newer);
    }
    backend.notifyChanged({QStringLiteral("trades")});
    auto newestId = [&]() -> int64_t {
        auto found = od::TradeRepository(t.db()).findByTid(shop, newer.back().tid);
        return found.ok() && found.value() ? found.value()->id : 0;
    };
    const int64_t newest = newestId();
    ASSERT_NE(newest, 0);
    ASSERT_TRUE(waitFor([&] { return loaded(page) && page.model()->rowOfId(newest) >= 0; }));
    ASSERT_LT(page.model()->rowOfId(newest), 25); // they really are above

    EXPECT_EQ(page.selectedIds(), selected);
    EXPECT_EQ(page.model()->rowId(view->currentIndex().row()), currentId);
    for (const auto &[id, y] : onScreen)
        EXPECT_EQ(screenY(page, id), y) << "row " << id << " moved";
    EXPECT_TRUE(page.newRowsButton()->isVisible());
    EXPECT_TRUE(page.newRowsButton()->text().contains(QStringLiteral("25"))) << page.newRowsButton()->text().toStdString();

    // Clicking the notice goes to the top, where the new rows are.
    QTest::mouseClick(page.newRowsButton(), Qt::LeftButton);
    EXPECT_EQ(view->verticalScrollBar()->value(), 0);
    EXPECT_FALSE(page.newRowsButton()->isVisible());
    EXPECT_EQ(view->rowAt(0), 0);
}
