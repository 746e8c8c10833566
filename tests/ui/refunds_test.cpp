// Issue #15: 待转入退单 is where refunds are handled. 部分退款 is a row action there, limited by what the
// order and the refunded line allow, written through the same core RefundService as on 销售订单 (the
// refund row and its CRM event); 查看 opens the real detail: the refund, the original trade with the
// refunded line marked, and the sales order with its state.
#include "backend.h"
#include "interfacepages.h"
#include "push/pushstore.h"
#include "refunddetaildialog.h"
#include "refunddialogs.h"
#include "storage/sql.h"
#include "uitestutil.h"
#include "workflow/platformwriteback.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

using namespace uitest;

namespace {

bool loaded(ListPage &p) { return p.model()->hasLoaded() && !p.model()->isLoading() && !p.model()->isCounting(); }

void selectId(ListPage &p, int64_t id)
{
    const int row = p.model()->rowOfId(id);
    ASSERT_GE(row, 0);
    p.view()->selectionModel()->select(p.model()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

qint64 count(od::Database &db, const QString &sql, const QVariantList &args)
{
    auto n = od::sql::scalar(db.connection(), sql, args);
    EXPECT_TRUE(n.ok()) << (n.ok() ? "" : n.error().message.toStdString());
    return n.ok() ? n.value() : -1;
}

struct RefundDesk {
    od::test::TestDb t;
    Backend backend{t.db()};
    od::RecordingWriteBack writeBack;
    int64_t shop = 0;
    od::Trade trade;
    int64_t orderId = 0;
    int64_t refundRow = 0; // the refund of line 2 (converted trade)
    int64_t orphanRefundRow = 0; // a refund of a trade not converted yet

    RefundDesk()
    {
        backend.setSession({QStringLiteral("zhang"), QStringLiteral("张主管"), od::Role::Supervisor});
        backend.setWriteBack(&writeBack);
        shop = makeShop(t.db());
        auto trades = makeTrades(shop, 2);
        trade = trades[0];
        const od::TradeLine first = trade.lines[0];
        trade.lines.assign(2, first);
        const int64_t fen[] = {3000, 1990};
        for (int i = 0; i < 2; ++i) {
            od::TradeLine &l = trade.lines[size_t(i)];
            l.oid = trade.tid + QString::number(i + 1);
            l.title = i == 0 ? QStringLiteral("纯棉T恤") : QStringLiteral("帆布包");
            l.outerSkuId = QStringLiteral("SKU-T%1").arg(i);
            l.quantity = 1;
            l.unitPrice = l.amount = od::Money::fromFen(fen[i]);
        }
        trade.goodsTotal = trade.paidAmount = od::Money::fromFen(4990);
        trade.freight = trade.discount = od::Money();
        trades[0] = trade;
        insertTrades(t.db(), trades);
        auto found = od::TradeRepository(t.db()).findByTid(shop, trade.tid);
        EXPECT_TRUE(found.ok() && found.value());
        EXPECT_TRUE(backend.convertTrade(found.value()->id).ok());
        auto converted = od::TradeRepository(t.db()).findByTid(shop, trade.tid);
        orderId = converted.value()->salesOrderId;
        EXPECT_NE(orderId, 0);
        refundRow = addRefund(QStringLiteral("RF-A"), trade.tid, trade.lines[1].oid, 1990);
        orphanRefundRow = addRefund(QStringLiteral("RF-B"), trades[1].tid, trades[1].lines[0].oid, 500);
    }
    int64_t addRefund(const QString &refundId, const QString &tid, const QString &oid, int64_t fen)
    {
        od::PendingRefund r;
        r.shopId = shop;
        r.refundId = refundId;
        r.tid = tid;
        r.oid = oid;
        r.amount = od::Money::fromFen(fen);
        r.reason = QStringLiteral("包装破损");
        r.goodsReturn = false;
        r.platformStatus = QStringLiteral("WAIT_SELLER_AGREE");
        r.refundPhase = QStringLiteral("aftersale");
        r.refundVersion = QStringLiteral("1700000000001");
        r.created = r.modified = QStringLiteral("2026-11-20 10:00:00");
        od::sql::Transaction tx(t.db().connection(), t.db().dialect());
        EXPECT_TRUE(tx.begin().ok());
        EXPECT_TRUE(od::push::PushStore(t.db()).upsertPendingRefund(r).ok());
        EXPECT_TRUE(tx.commit().ok());
        auto id = od::sql::scalar(t.db().connection(), QStringLiteral("SELECT id FROM pending_refunds WHERE refund_id = ?"), {refundId});
        EXPECT_TRUE(id.ok());
        return id.ok() ? id.value() : 0;
    }
};

} // namespace

TEST(PendingRefunds, PartialRefundFromTheRefundRowWritesTheRefundAndItsCrmEvent)
{
    RefundDesk d;
    PendingRefundsPage page(d.backend);
    page.resize(1300, 600);
    page.show();
    page.refresh();
    ASSERT_TRUE(waitFor([&] { return loaded(page) && page.model()->totalCount() == 2; }));

    // A refund whose trade has no sales order yet: 部分退款 is off, with the reason.
    selectId(page, d.orphanRefundRow);
    page.updateActions();
    EXPECT_FALSE(page.action(ui::ActionId::PartialRefund)->isEnabled());
    EXPECT_FALSE(page.disabledReason(ui::ActionId::PartialRefund).isEmpty());

    selectId(page, d.refundRow);
    page.updateActions();
    ASSERT_TRUE(page.action(ui::ActionId::PartialRefund)->isEnabled()) << page.disabledReason(ui::ActionId::PartialRefund).toStdString();
    const qint64 eventsBefore =
        count(d.t.db(), QStringLiteral("SELECT COUNT(*) FROM crm_outbox WHERE order_id = ? AND event = 'refunded'"), {QVariant::fromValue<qint64>(d.orderId)});
    EXPECT_EQ(eventsBefore, 0);
    page.action(ui::ActionId::PartialRefund)->trigger();
    ASSERT_TRUE(waitFor([&] { return page.lastPartialRefundDialog() != nullptr && page.lastPartialRefundDialog()->isVisible(); }, 10000));
    PartialRefundDialog *dlg = page.lastPartialRefundDialog();

    // More than the refunded line (19.90) but less than the order (49.90): refused by the line limit.
    QTest::keyClicks(dlg->amountEdit(), QStringLiteral("19.91"));
    typeText(dlg->reasonEdit(), QStringLiteral("运输破损补偿"));
    EXPECT_FALSE(dlg->okButton()->isEnabled());
    EXPECT_TRUE(dlg->messageLabel()->text().contains(QStringLiteral("19.90"))) << dlg->messageLabel()->text().toStdString();
    dlg->amountEdit()->clear();
    QTest::keyClicks(dlg->amountEdit(), QStringLiteral("5.00"));
    ASSERT_TRUE(dlg->okButton()->isEnabled()) << dlg->messageLabel()->text().toStdString();
    QTest::mouseClick(dlg->okButton(), Qt::LeftButton);

    const QVariant order = QVariant::fromValue<qint64>(d.orderId);
    ASSERT_TRUE(waitFor([&] {
        return count(d.t.db(), QStringLiteral("SELECT COUNT(*) FROM refunds WHERE order_id = ? AND kind = 'partial' AND amount_fen = 500"), {order}) == 1;
    }));
    EXPECT_EQ(count(d.t.db(), QStringLiteral("SELECT COUNT(*) FROM refunds WHERE order_id = ? AND reason = ? AND created_by = 'zhang'"),
                    {order, QStringLiteral("运输破损补偿")}),
              1);
    EXPECT_EQ(count(d.t.db(), QStringLiteral("SELECT COUNT(*) FROM crm_outbox WHERE order_id = ? AND event = 'refunded'"), {order}), 1);
    auto o = d.backend.order(d.orderId);
    ASSERT_TRUE(o.ok() && o.value());
    EXPECT_EQ(o.value()->refundedAmount.fen(), 500);
    EXPECT_EQ(o.value()->payStatus, od::PayStatus::PartRefunded);
    // The refund request itself stays to be handled (转退单 / 拒绝退款).
    EXPECT_EQ(page.model()->totalCount(), 2);
}

TEST(PendingRefunds, ViewShowsTheRefundTheTradeWithTheRefundedLineAndTheSalesOrder)
{
    RefundDesk d;
    PendingRefundsPage page(d.backend);
    page.resize(1300, 600);
    page.show();
    page.refresh();
    ASSERT_TRUE(waitFor([&] { return loaded(page) && page.model()->totalCount() == 2; }));
    const int orderCol = page.model()->spec().columnIndex(QStringLiteral("order_no"));
    ASSERT_GE(orderCol, 0);
    auto o = d.backend.order(d.orderId);
    ASSERT_TRUE(o.ok() && o.value());
    EXPECT_EQ(page.model()->rawValue(page.model()->rowOfId(d.refundRow), orderCol).toString(), o.value()->orderNo);

    selectId(page, d.refundRow);
    page.action(ui::ActionId::ViewRefund)->trigger();
    ASSERT_TRUE(waitFor([&] { return page.lastDetail() != nullptr && page.lastDetail()->isLoaded(); }, 10000));
    RefundDetailDialog *dlg = page.lastDetail();
    EXPECT_TRUE(dlg->refundText().contains(QStringLiteral("RF-A")));
    EXPECT_TRUE(dlg->refundText().contains(QStringLiteral("包装破损")));
    EXPECT_TRUE(dlg->refundText().contains(QStringLiteral("19.90")));
    EXPECT_TRUE(dlg->refundText().contains(QStringLiteral("1700000000001"))); // the refund version
    EXPECT_TRUE(dlg->tradeText().contains(d.trade.tid));
    EXPECT_TRUE(dlg->orderText().contains(o.value()->orderNo)) << dlg->orderText().toStdString();
    ASSERT_EQ(dlg->lines()->rowCount(), 2);
    ASSERT_EQ(dlg->refundedLineRow(), 1);
    EXPECT_EQ(dlg->lines()->item(1, 0)->text(), d.trade.lines[1].oid);
    EXPECT_FALSE(dlg->lines()->item(1, 6)->text().isEmpty());
    EXPECT_TRUE(dlg->lines()->item(0, 6)->text().isEmpty());
    dlg->close();
    ASSERT_TRUE(waitFor([&] { return page.lastDetail() == nullptr; }, 5000));

    // Without a sales order the detail says so.
    selectId(page, d.orphanRefundRow);
    page.action(ui::ActionId::ViewRefund)->trigger();
    ASSERT_TRUE(waitFor([&] { return page.lastDetail() != nullptr && page.lastDetail()->isLoaded(); }, 10000));
    EXPECT_TRUE(page.lastDetail()->orderText().contains(QStringLiteral("No sales order"))) << page.lastDetail()->orderText().toStdString();
}
