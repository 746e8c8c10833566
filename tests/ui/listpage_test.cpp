// The list pages driven as staff drive them: typing into the search box, selecting rows, actions,
// column settings that survive re-creating the page, refresh that keeps the selection.
#include "backend.h"
#include "batchdialog.h"
#include "columnsettings.h"
#include "exporter.h"
#include "filterbar.h"
#include "interfacepages.h"
#include "listmodel.h"
#include "uitestutil.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QAction>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <memory>

using namespace uitest;

namespace {

struct Fixture {
    od::test::TestDb t;
    Backend backend{t.db()};
    int64_t shop = 0;
    std::vector<od::Trade> trades;
    explicit Fixture(int n = 60)
    {
        backend.setSession({QStringLiteral("tester"), QStringLiteral("Tester"), od::Role::Supervisor});
        shop = makeShop(t.db());
        trades = makeTrades(shop, n);
        insertTrades(t.db(), trades);
    }
};

bool loaded(ListPage &p) { return p.model()->hasLoaded() && !p.model()->isLoading() && !p.model()->isCounting(); }

void selectRows(ListPage &p, const QList<int> &rows)
{
    QItemSelection sel;
    for (int r : rows)
        sel.select(p.model()->index(r, 0), p.model()->index(r, p.model()->columnCount() - 1));
    p.view()->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
}

} // namespace

TEST(ListModel, PassesTheModelTesterWhilePaging)
{
    Fixture f(120);
    ListModel model(f.t.db(), od::ListId::PendingImport);
    model.setPageSizes(25, 25);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    ASSERT_TRUE(waitFor([&] { return model.hasLoaded() && !model.isLoading(); }));
    EXPECT_GE(model.rowCount(), 25); // the tester itself may have fetched more
    while (model.canFetchMore({})) {
        model.fetchMore({});
        ASSERT_TRUE(waitFor([&] { return !model.isLoading(); }));
    }
    ASSERT_TRUE(waitFor([&] { return !model.isCounting(); }));
    EXPECT_EQ(model.totalCount(), 120);
    EXPECT_EQ(model.rowCount(), 120);
    QSet<qint64> seen;
    for (int r = 0; r < model.rowCount(); ++r)
        seen.insert(model.rowId(r));
    EXPECT_EQ(seen.size(), 120);
    // Sorting happens in SQL: ascending by paid amount.
    model.sort(model.spec().columnIndex(QStringLiteral("paid_fen")), Qt::AscendingOrder);
    ASSERT_TRUE(waitFor([&] { return !model.isLoading(); }));
    const int paid = model.spec().columnIndex(QStringLiteral("paid_fen"));
    for (int r = 1; r < model.rowCount(); ++r)
        ASSERT_LE(model.rawValue(r - 1, paid).toLongLong(), model.rawValue(r, paid).toLongLong());
    // Display strings are built from the compact values.
    EXPECT_EQ(model.data(model.index(0, paid), Qt::DisplayRole).toString(), od::Money::fromFen(model.rawValue(0, paid).toLongLong()).toString());
}

TEST(PendingImportPage, SearchSelectMarkProcessedAndRemove)
{
    Fixture f(60);
    PendingImportPage page(f.backend);
    page.resize(1200, 700);
    page.show();
    page.refresh();
    ASSERT_TRUE(waitFor([&] { return loaded(page); }));
    EXPECT_EQ(page.model()->totalCount(), 60);

    // Typing a buyer's nick into the search box narrows the list (debounced, in SQL).
    const QString nick = f.trades[7].buyerNick;
    page.searchBox()->setFocus();
    QTest::keyClicks(page.searchBox(), nick);
    ASSERT_TRUE(waitFor([&] { return page.model()->filter().text == nick && loaded(page); }));
    ASSERT_GE(page.model()->rowCount(), 1);
    const int buyerCol = page.model()->spec().columnIndex(QStringLiteral("buyer_nick"));
    for (int r = 0; r < page.model()->rowCount(); ++r)
        EXPECT_TRUE(page.model()->rawValue(r, buyerCol).toString().contains(nick));
    page.searchBox()->clear();
    ASSERT_TRUE(waitFor([&] { return page.model()->filter().text.isEmpty() && loaded(page) && page.model()->totalCount() == 60; }));

    // Three trades selected: the batch actions are enabled, single-record ones are not.
    selectRows(page, {0, 1, 2});
    EXPECT_TRUE(page.action(ui::ActionId::MarkProcessed)->isEnabled());
    EXPECT_TRUE(page.action(ui::ActionId::BatchConvert)->isEnabled());
    EXPECT_FALSE(page.action(ui::ActionId::Detail)->isEnabled());
    EXPECT_FALSE(page.disabledReason(ui::ActionId::Detail).isEmpty());
    const QList<int64_t> chosen = page.selectedIds();
    ASSERT_EQ(chosen.size(), 3);

    page.action(ui::ActionId::MarkProcessed)->trigger();
    BatchDialog *dlg = page.lastBatchDialog();
    ASSERT_NE(dlg, nullptr);
    ASSERT_TRUE(waitFor([&] { return !dlg->runner()->isRunning() && dlg->okCount() + dlg->failedCount() == 3; }));
    EXPECT_EQ(dlg->okCount(), 3);
    ASSERT_TRUE(waitFor([&] { return loaded(page) && page.model()->totalCount() == 57; }));
    for (int64_t id : chosen)
        EXPECT_EQ(page.model()->rowOfId(id), -1);
    for (int64_t id : chosen) {
        auto st = od::TradeRepository(f.t.db()).state(id);
        ASSERT_TRUE(st.ok());
        EXPECT_EQ(st.value(), od::TradeState::Processed);
    }
    dlg->close();
    ASSERT_TRUE(waitFor([&] { return page.lastBatchDialog() == nullptr; }));

    // Remove with the Delete key on the table.
    page.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    selectRows(page, {0});
    const int64_t removed = page.selectedIds().value(0);
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_Delete);
    ASSERT_TRUE(waitFor([&] { return page.lastBatchDialog() != nullptr; }, 5000));
    dlg = page.lastBatchDialog();
    ASSERT_TRUE(waitFor([&] { return !dlg->runner()->isRunning() && dlg->okCount() == 1; }));
    ASSERT_TRUE(waitFor([&] { return loaded(page) && page.model()->totalCount() == 56; }));
    EXPECT_EQ(page.model()->rowOfId(removed), -1);
    dlg->close();
}

TEST(PendingImportPage, RefreshKeepsSelectionAndScroll)
{
    Fixture f(300);
    PendingImportPage page(f.backend);
    page.resize(1000, 400);
    page.show();
    page.refresh();
    ASSERT_TRUE(waitFor([&] { return loaded(page); }));
    page.view()->scrollTo(page.model()->index(150, 0));
    selectRows(page, {150, 152});
    const QList<int64_t> before = page.selectedIds();
    const int scroll = page.view()->verticalScrollBar()->value();
    ASSERT_GT(scroll, 0);
    page.refresh();
    ASSERT_TRUE(waitFor([&] { return loaded(page); }));
    EXPECT_EQ(page.selectedIds(), before);
    EXPECT_EQ(page.view()->verticalScrollBar()->value(), scroll);
}

TEST(ListPage, ColumnSettingsPersistPerUserAcrossRecreation)
{
    Fixture f(5);
    const int buyer = od::listSpec(od::ListId::History).columnIndex(QStringLiteral("buyer_nick"));
    const int paid = od::listSpec(od::ListId::History).columnIndex(QStringLiteral("paid_fen"));
    {
        HistoryPage page(f.backend);
        QHeaderView *h = page.view()->horizontalHeader();
        h->setSectionHidden(buyer, true);
        h->resizeSection(paid, 211);
        h->moveSection(h->visualIndex(paid), 0);
        page.columnSettings()->save();
    }
    {
        HistoryPage page(f.backend);
        QHeaderView *h = page.view()->horizontalHeader();
        EXPECT_TRUE(h->isSectionHidden(buyer));
        EXPECT_EQ(h->sectionSize(paid), 211);
        EXPECT_EQ(h->visualIndex(paid), 0);
    }
    // Another user keeps the defaults.
    f.backend.setSession({QStringLiteral("other"), QString(), od::Role::Operator});
    {
        HistoryPage page(f.backend);
        EXPECT_FALSE(page.view()->horizontalHeader()->isSectionHidden(buyer));
    }
    EXPECT_NE(ColumnSettings::settingsKey(QStringLiteral("tester"), QStringLiteral("history")),
              ColumnSettings::settingsKey(QStringLiteral("other"), QStringLiteral("history")));
}

TEST(ListPage, FilterBarOffersShopsAndTranslatedStatuses)
{
    Fixture f(5);
    PendingImportPage page(f.backend);
    page.refresh();
    ASSERT_TRUE(waitFor([&] { return loaded(page) && page.filterBar()->shopBox()->count() == 2; }));
    page.filterBar()->shopBox()->setCurrentIndex(1);
    ASSERT_TRUE(waitFor([&] { return page.model()->filter().shopId == f.shop && loaded(page); }));
    const int closed = page.filterBar()->statusBox()->findData(QStringLiteral("TRADE_CLOSED"));
    ASSERT_GT(closed, 0);
    page.filterBar()->statusBox()->setCurrentIndex(closed);
    ASSERT_TRUE(waitFor([&] { return page.model()->filter().status == QLatin1String("TRADE_CLOSED") && loaded(page); }));
    EXPECT_EQ(page.model()->rowCount(), 0); // every test trade is paid and open
    page.filterBar()->rangeBox()->setCurrentIndex(page.filterBar()->rangeBox()->findData(7));
    ASSERT_TRUE(waitFor([&] { return !page.model()->filter().timeFrom.isEmpty() && loaded(page); }));
    EXPECT_FALSE(page.model()->filter().timeTo.isEmpty());
}

TEST(Export, WritesEveryMatchingRowToXlsx)
{
    Fixture f(250);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.xlsx"));
    od::ListFilter filter;
    const ExportResult r = exportList(f.t.db(), od::ListId::PendingImport, filter, QStringLiteral("modified"), true, {}, path);
    EXPECT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    EXPECT_EQ(r.rows, 250);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.read(2), QByteArray("PK")); // a zip container
}

#include "storage/changelistener.h"

TEST(ChangeListener, AnotherConnectionsCommitReachesTheLists)
{
    // PostgreSQL: LISTEN/NOTIFY. SQLite: PRAGMA data_version polling — before, nothing on SQLite, so
    // orders taken in by this desk's own receiver or scheduler never showed until a manual refresh.
    Fixture f(1);
    od::ChangeListener listener(f.backend.db(), [&](const QStringList &tables) { f.backend.notifyChanged(tables); });
    listener.setPollMs(100);
    bool ok = false;
    QObject::connect(&listener, &od::ChangeListener::listening, [&](bool good, const QString &) { ok = good; });
    QStringList seen;
    QObject::connect(&f.backend, &Backend::changed, [&](const QStringList &tables) { seen += tables; });
    listener.start();
    ASSERT_TRUE(waitFor([&] { return ok; }));
    // Another desk (another connection) inserts a trade.
    auto other = f.t.another();
    insertTrades(*other, makeTrades(f.shop, 1, 500));
    ASSERT_TRUE(waitFor([&] { return seen.contains(QStringLiteral("trades")); }));
}

TEST(ListPage, AChangeReloadsAVisiblePageNowAndAHiddenOneWhenShown)
{
    Fixture f(3);
    PendingImportPage page(f.backend);
    page.resize(1200, 700);
    page.show();
    ASSERT_TRUE(waitFor([&] { return page.model()->hasLoaded() && !page.model()->isLoading() && page.model()->rowCount() == 3; }));
    auto other = f.t.another();
    insertTrades(*other, makeTrades(f.shop, 2, 900));
    f.backend.notifyChanged({QStringLiteral("trades")});
    ASSERT_TRUE(waitFor([&] { return page.model()->rowCount() == 5; }));

    page.hide();
    insertTrades(*other, makeTrades(f.shop, 4, 1900));
    f.backend.notifyChanged({QStringLiteral("trades")});
    QTest::qWait(700); // the debounce (300 ms) has fired while hidden: no reload
    EXPECT_EQ(page.model()->rowCount(), 5);
    page.show();
    ASSERT_TRUE(waitFor([&] { return page.model()->rowCount() == 9; }));
}
