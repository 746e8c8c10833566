// Issue #6, "done when" 1, driven as staff drive the desktop: real pages on a real database, typing,
// selecting, triggering the pages' actions and answering their dialogs; every wait is a condition
// with a deadline.
//   - 待转入订单: filter by search text, select three trades, 转销售单 (confirmed with the count); they
//     leave the list and appear in 历史订单 and 销售订单.
//   - 待转入退单: 拒绝退款 through the refuse dialog; the refund is refused and written back.
//   - 销售订单: 部分退款 over what can still be refunded is refused by the dialog with a message; a valid
//     amount goes through.
#include "backend.h"
#include "batchdialog.h"
#include "interfacepages.h"
#include "orderpages.h"
#include "push/pushstore.h"
#include "refunddialogs.h"
#include "storage/sql.h"
#include "uitestutil.h"
#include "workflow/platformwriteback.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

using namespace uitest;

namespace {

bool loaded(ListPage &p) { return p.model()->hasLoaded() && !p.model()->isLoading() && !p.model()->isCounting(); }

void selectRows(ListPage &p, const QList<int> &rows)
{
    QItemSelection sel;
    for (int r : rows)
        sel.select(p.model()->index(r, 0), p.model()->index(r, p.model()->columnCount() - 1));
    p.view()->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
}

void selectId(ListPage &p, int64_t id)
{
    const int row = p.model()->rowOfId(id);
    ASSERT_GE(row, 0);
    selectRows(p, {row});
}

template <typename Page> void open(Page &page)
{
    page.resize(1200, 700);
    page.show();
    page.refresh();
    ASSERT_TRUE(waitFor([&] { return loaded(page); }));
}

bool batchDone(BatchDialog *dlg, int n) { return dlg && !dlg->runner()->isRunning() && dlg->okCount() + dlg->failedCount() == n; }

struct Desk {
    od::test::TestDb t;
    Backend backend{t.db()};
    od::RecordingWriteBack writeBack;
    int64_t shop = 0;
    Desk()
    {
        backend.setSession({QStringLiteral("zhang"), QStringLiteral("张主管"), od::Role::Supervisor});
        backend.setWriteBack(&writeBack);
        shop = makeShop(t.db());
    }
};

} // namespace

TEST(DeskWorkflow, FilterSelectThreeConvertAndFindThemInHistoryAndSalesOrders)
{
    Desk d;
    // 40 trades; five of them from one buyer the clerk searches for.
    auto trades = makeTrades(d.shop, 40);
    const QString buyer = QStringLiteral("苏州茶客老王");
    for (int i : {4, 9, 17, 23, 31})
        trades[size_t(i)].buyerNick = buyer;
    insertTrades(d.t.db(), trades);

    PendingImportPage pending(d.backend);
    open(pending);
    ASSERT_EQ(pending.model()->totalCount(), 40);

    pending.searchBox()->setFocus();
    typeText(pending.searchBox(), buyer);
    ASSERT_TRUE(waitFor([&] { return pending.model()->filter().text == buyer && loaded(pending) && pending.model()->totalCount() == 5; }))
        << pending.model()->totalCount();
    const int buyerCol = pending.model()->spec().columnIndex(QStringLiteral("buyer_nick"));
    const int tidCol = pending.model()->spec().columnIndex(QStringLiteral("tid"));
    for (int r = 0; r < pending.model()->rowCount(); ++r)
        ASSERT_EQ(pending.model()->rawValue(r, buyerCol).toString(), buyer);

    selectRows(pending, {0, 2, 4});
    const QList<int64_t> chosen = pending.selectedIds();
    ASSERT_EQ(chosen.size(), 3);
    QStringList chosenTids;
    for (int64_t id : chosen)
        chosenTids << pending.model()->rawValue(pending.model()->rowOfId(id), tidCol).toString();
    QAction *convert = pending.action(ui::ActionId::Convert);
    ASSERT_TRUE(convert->isEnabled()) << pending.disabledReason(ui::ActionId::Convert).toStdString();

    // 转销售单 on three rows asks first, with the count; the clerk answers Yes.
    convert->trigger();
    ASSERT_TRUE(waitFor([&] { return pending.pendingConfirmation() != nullptr && pending.pendingConfirmation()->isVisible(); }, 5000));
    QMessageBox *box = pending.pendingConfirmation();
    EXPECT_TRUE(box->text().contains(QStringLiteral("3"))) << box->text().toStdString();
    EXPECT_EQ(pending.lastBatchDialog(), nullptr); // nothing runs before the answer
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return pending.lastBatchDialog() != nullptr; }, 5000));
    BatchDialog *batch = pending.lastBatchDialog();
    ASSERT_TRUE(waitFor([&] { return batchDone(batch, 3); }));
    EXPECT_EQ(batch->okCount(), 3);

    // They leave the (still filtered) pending list ...
    ASSERT_TRUE(waitFor([&] { return loaded(pending) && pending.model()->totalCount() == 2; }));
    for (int64_t id : chosen)
        EXPECT_EQ(pending.model()->rowOfId(id), -1);
    EXPECT_EQ(pending.searchBox()->text(), buyer);
    batch->close();

    // ... and appear in 历史订单 with their sales order number ...
    HistoryPage history(d.backend);
    open(history);
    EXPECT_EQ(history.model()->totalCount(), 3);
    const int orderNoCol = history.model()->spec().columnIndex(QStringLiteral("order_no"));
    QStringList orderNos;
    for (int64_t id : chosen) {
        const int row = history.model()->rowOfId(id);
        ASSERT_GE(row, 0) << "trade " << id << " not in history";
        orderNos << history.model()->rawValue(row, orderNoCol).toString();
        EXPECT_FALSE(orderNos.last().isEmpty());
    }

    // ... and in 销售订单, one per trade.
    SalesOrdersPage orders(d.backend);
    open(orders);
    EXPECT_EQ(orders.model()->totalCount(), 3);
    const int soTid = orders.model()->spec().columnIndex(QStringLiteral("tid"));
    const int soNo = orders.model()->spec().columnIndex(QStringLiteral("order_no"));
    QStringList listedTids, listedNos;
    for (int r = 0; r < orders.model()->rowCount(); ++r) {
        listedTids << orders.model()->rawValue(r, soTid).toString();
        listedNos << orders.model()->rawValue(r, soNo).toString();
    }
    listedTids.sort();
    chosenTids.sort();
    listedNos.sort();
    orderNos.sort();
    EXPECT_EQ(listedTids, chosenTids);
    EXPECT_EQ(listedNos, orderNos);
}

TEST(DeskWorkflow, ConvertingOneTradeNeedsNoConfirmationAndNoIsNo)
{
    Desk d;
    insertTrades(d.t.db(), makeTrades(d.shop, 4));
    PendingImportPage pending(d.backend);
    open(pending);
    // Two selected, answered No: nothing converted.
    selectRows(pending, {0, 1});
    pending.action(ui::ActionId::Convert)->trigger();
    ASSERT_TRUE(waitFor([&] { return pending.pendingConfirmation() != nullptr; }, 5000));
    QTest::mouseClick(pending.pendingConfirmation()->button(QMessageBox::No), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return pending.pendingConfirmation() == nullptr; }, 5000));
    EXPECT_EQ(pending.lastBatchDialog(), nullptr);
    // One selected: straight to the batch.
    selectRows(pending, {0});
    const int64_t one = pending.selectedIds().value(0);
    pending.action(ui::ActionId::Convert)->trigger();
    EXPECT_EQ(pending.pendingConfirmation(), nullptr);
    ASSERT_NE(pending.lastBatchDialog(), nullptr);
    BatchDialog *batch = pending.lastBatchDialog();
    ASSERT_TRUE(waitFor([&] { return batchDone(batch, 1); }));
    EXPECT_EQ(batch->okCount(), 1);
    auto st = od::TradeRepository(d.t.db()).state(one);
    ASSERT_TRUE(st.ok());
    EXPECT_EQ(st.value(), od::TradeState::Converted);
    ASSERT_TRUE(waitFor([&] { return loaded(pending) && pending.model()->totalCount() == 3; }));
}

TEST(DeskWorkflow, RefuseARefundThroughTheDialog)
{
    Desk d;
    auto trades = makeTrades(d.shop, 1);
    insertTrades(d.t.db(), trades);
    int64_t refundRow = 0;
    {
        od::PendingRefund r;
        r.shopId = d.shop;
        r.refundId = QStringLiteral("RF20261125001");
        r.tid = trades[0].tid;
        r.amount = od::Money::fromFen(1990);
        r.reason = QStringLiteral("七天无理由");
        r.platformStatus = QStringLiteral("WAIT_SELLER_AGREE");
        r.created = r.modified = QStringLiteral("2026-11-20 10:00:00");
        od::sql::Transaction tx(d.t.db().connection(), d.t.db().dialect());
        ASSERT_TRUE(tx.begin().ok());
        ASSERT_TRUE(od::push::PushStore(d.t.db()).upsertPendingRefund(r).ok());
        ASSERT_TRUE(tx.commit().ok());
        auto id = od::sql::scalar(d.t.db().connection(), QStringLiteral("SELECT id FROM pending_refunds WHERE refund_id = ?"), {r.refundId});
        ASSERT_TRUE(id.ok());
        refundRow = id.value();
    }

    PendingRefundsPage page(d.backend);
    open(page);
    ASSERT_EQ(page.model()->totalCount(), 1);
    selectId(page, refundRow);
    ASSERT_TRUE(page.action(ui::ActionId::RefuseRefund)->isEnabled()) << page.disabledReason(ui::ActionId::RefuseRefund).toStdString();
    page.action(ui::ActionId::RefuseRefund)->trigger();
    ASSERT_TRUE(waitFor([&] { return page.lastRefuseDialog() != nullptr && page.lastRefuseDialog()->isVisible(); }, 5000));
    RefuseRefundDialog *dlg = page.lastRefuseDialog();
    EXPECT_FALSE(dlg->okButton()->isEnabled()); // no reason yet
    const QString reason = QStringLiteral("商品已发出，请买家拒收后再申请");
    dlg->reasonEdit()->setFocus();
    typeText(dlg->reasonEdit(), reason);
    ASSERT_TRUE(dlg->okButton()->isEnabled()) << dlg->messageLabel()->text().toStdString();
    QTest::mouseClick(dlg->okButton(), Qt::LeftButton);

    // Refused in the database, written back to the platform, gone from the pending list.
    ASSERT_TRUE(waitFor([&] {
        auto r = d.backend.pendingRefund(refundRow);
        return r.ok() && r.value() && r.value()->state == od::RefundState::Refused;
    }));
    auto refused = d.backend.pendingRefund(refundRow);
    EXPECT_EQ(refused.value()->refuseReason, reason);
    const auto calls = d.writeBack.calls();
    ASSERT_EQ(calls.size(), 1u);
    EXPECT_EQ(calls[0].kind, QStringLiteral("refuse_refund"));
    EXPECT_EQ(calls[0].shopId, d.shop);
    EXPECT_EQ(calls[0].companyOrRefundId, QStringLiteral("RF20261125001"));
    EXPECT_EQ(calls[0].trackingOrReason, reason);
    EXPECT_FALSE(refused.value()->platformAnswer.isEmpty());
    ASSERT_TRUE(waitFor([&] { return loaded(page) && page.model()->totalCount() == 0; }));
    auto audited = od::sql::scalar(d.t.db().connection(),
                                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'refund.refuse' AND entity_id = ? AND user_login = 'zhang'"),
                                   {QString::number(refundRow)});
    ASSERT_TRUE(audited.ok());
    EXPECT_EQ(audited.value(), 1);
}

TEST(DeskWorkflow, PartialRefundOverTheLimitIsRefusedByTheDialog)
{
    Desk d;
    auto trades = makeTrades(d.shop, 1);
    insertTrades(d.t.db(), trades);
    auto found = od::TradeRepository(d.t.db()).findByTid(d.shop, trades[0].tid);
    ASSERT_TRUE(found.ok() && found.value());
    ASSERT_TRUE(d.backend.convertTrade(found.value()->id).ok());
    const od::Money paid = trades[0].paidAmount;
    ASSERT_GT(paid.fen(), 100);

    SalesOrdersPage page(d.backend);
    open(page);
    ASSERT_EQ(page.model()->totalCount(), 1);
    const int64_t orderId = page.model()->rowId(0);
    selectRows(page, {0});
    ASSERT_TRUE(page.action(ui::ActionId::PartialRefund)->isEnabled()) << page.disabledReason(ui::ActionId::PartialRefund).toStdString();
    page.action(ui::ActionId::PartialRefund)->trigger();
    ASSERT_TRUE(waitFor([&] { return page.lastPartialRefundDialog() != nullptr && page.lastPartialRefundDialog()->isVisible(); }, 5000));
    PartialRefundDialog *dlg = page.lastPartialRefundDialog();

    // One fen more than was paid: OK stays off, the message names the limit, accepting is refused.
    const od::Money over = od::Money::fromFen(paid.fen() + 1);
    QTest::keyClicks(dlg->amountEdit(), over.toString());
    typeText(dlg->reasonEdit(), QStringLiteral("运输破损补偿"));
    EXPECT_FALSE(dlg->okButton()->isEnabled());
    EXPECT_TRUE(dlg->messageLabel()->text().contains(paid.toString())) << dlg->messageLabel()->text().toStdString();
    QTest::mouseClick(dlg->okButton(), Qt::LeftButton);
    dlg->accept(); // even forced, it stays open
    EXPECT_TRUE(dlg->isVisible());

    // A valid amount goes through and is recorded on the order.
    dlg->amountEdit()->clear();
    QTest::keyClicks(dlg->amountEdit(), QStringLiteral("1.00"));
    ASSERT_TRUE(dlg->okButton()->isEnabled()) << dlg->messageLabel()->text().toStdString();
    QTest::mouseClick(dlg->okButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] {
        auto o = d.backend.order(orderId);
        return o.ok() && o.value() && o.value()->refundedAmount.fen() == 100;
    }));
    EXPECT_EQ(d.backend.order(orderId).value()->payStatus, od::PayStatus::PartRefunded);
    // The list shows it after its refresh.
    const int refundedCol = page.model()->spec().columnIndex(QStringLiteral("refunded_fen"));
    ASSERT_TRUE(waitFor([&] { return loaded(page) && page.model()->rawValue(page.model()->rowOfId(orderId), refundedCol).toLongLong() == 100; }));
}
