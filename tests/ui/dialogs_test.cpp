// The dialogs: refuse-refund and partial-refund validation shown in the dialog, ship, trade detail
// loaded off the GUI thread, the batch dialog's retry and export, printing to PDF.
#include "backend.h"
#include "batchdialog.h"
#include "printing.h"
#include "refunddialogs.h"
#include "shipdialog.h"
#include "rules/ruleservice.h"
#include "tradedetaildialog.h"
#include "uitestutil.h"

#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace uitest;

TEST(RefuseRefundDialog, ReasonMustBe2To200Characters)
{
    RefuseRefundDialog dlg(QStringLiteral("R1001"));
    dlg.show();
    EXPECT_FALSE(dlg.okButton()->isEnabled());
    QTest::keyClicks(dlg.reasonEdit(), QStringLiteral("x"));
    EXPECT_FALSE(dlg.okButton()->isEnabled());
    EXPECT_FALSE(dlg.messageLabel()->text().isEmpty());
    QTest::keyClicks(dlg.reasonEdit(), QStringLiteral("y"));
    EXPECT_TRUE(dlg.okButton()->isEnabled());
    EXPECT_TRUE(dlg.messageLabel()->text().isEmpty());
    dlg.reasonEdit()->setPlainText(QString(201, QChar(0x6587)));
    EXPECT_FALSE(dlg.okButton()->isEnabled());
    EXPECT_TRUE(dlg.messageLabel()->text().contains(QStringLiteral("200")));
    dlg.accept();
    EXPECT_TRUE(dlg.isVisible()); // refused: stays open
    dlg.reasonEdit()->setPlainText(QStringLiteral("商品已发出，请拒收后申请"));
    dlg.accept();
    EXPECT_EQ(dlg.result(), QDialog::Accepted);
    EXPECT_EQ(dlg.reason(), QStringLiteral("商品已发出，请拒收后申请"));
}

TEST(PartialRefundDialog, OverTheLimitIsRefusedWithAMessage)
{
    // Paid 100.00, refunded 30.00: at most 70.00.
    PartialRefundDialog dlg(QStringLiteral("SO1"), od::Money::fromFen(10000), od::Money::fromFen(3000));
    dlg.show();
    QTest::keyClicks(dlg.amountEdit(), QStringLiteral("70.01"));
    dlg.reasonEdit()->setPlainText(QStringLiteral("运输破损补偿"));
    EXPECT_FALSE(dlg.okButton()->isEnabled());
    EXPECT_TRUE(dlg.messageLabel()->text().contains(QStringLiteral("70.00"))) << dlg.messageLabel()->text().toStdString();
    dlg.accept();
    EXPECT_TRUE(dlg.isVisible());
    EXPECT_NE(dlg.result(), QDialog::Accepted);

    dlg.amountEdit()->setText(QStringLiteral("1e3"));
    EXPECT_FALSE(dlg.okButton()->isEnabled());
    dlg.amountEdit()->setText(QStringLiteral("70.001"));
    EXPECT_FALSE(dlg.okButton()->isEnabled());
    dlg.amountEdit()->setText(QStringLiteral("70.00"));
    EXPECT_TRUE(dlg.okButton()->isEnabled()) << dlg.messageLabel()->text().toStdString();
    dlg.reasonEdit()->clear();
    EXPECT_FALSE(dlg.okButton()->isEnabled());
    dlg.reasonEdit()->setPlainText(QStringLiteral("运输破损补偿"));
    dlg.accept();
    EXPECT_EQ(dlg.result(), QDialog::Accepted);
    EXPECT_EQ(dlg.amount().fen(), 7000);
}

TEST(ShipDialog, NeedsATrackingNumber)
{
    EXPECT_FALSE(ShipDialog::validate(QStringLiteral("SF"), QString()).isEmpty());
    EXPECT_FALSE(ShipDialog::validate(QStringLiteral("SF"), QStringLiteral("12 34")).isEmpty());
    EXPECT_TRUE(ShipDialog::validate(QStringLiteral("SF"), QStringLiteral("SF1234567890")).isEmpty());
    ShipDialog dlg(QStringLiteral("SO1"));
    QTest::keyClicks(dlg.trackingEdit(), QStringLiteral("SF1234567890"));
    EXPECT_EQ(dlg.trackingNo(), QStringLiteral("SF1234567890"));
    EXPECT_EQ(dlg.company(), QStringLiteral("SF"));
}

TEST(TradeDetailDialog, ShowsHeaderLinesAndRawPayload)
{
    od::test::TestDb t;
    Backend backend(t.db());
    const int64_t shop = makeShop(t.db());
    auto trades = makeTrades(shop, 1);
    trades[0].rawPayload = QStringLiteral("{\"tid\":\"%1\"}").arg(trades[0].tid);
    insertTrades(t.db(), trades);
    auto found = od::TradeRepository(t.db()).findByTid(shop, trades[0].tid);
    ASSERT_TRUE(found.ok() && found.value());
    TradeDetailDialog dlg(backend, found.value()->id);
    ASSERT_TRUE(waitFor([&] { return dlg.isLoaded(); }));
    EXPECT_TRUE(dlg.headerText().contains(trades[0].tid));
    EXPECT_EQ(dlg.lines()->rowCount(), int(trades[0].lines.size()));
    EXPECT_EQ(dlg.lines()->item(0, 1)->text(), trades[0].lines[0].title);
    EXPECT_TRUE(dlg.raw()->isReadOnly());
    EXPECT_TRUE(dlg.raw()->toPlainText().contains(trades[0].tid));
}

// The amounts of a discounted trade, the discount broken down, and — for one whose platform amounts
// do not add up — the difference, shown rather than hidden.
TEST(TradeDetailDialog, ShowsTheDiscountBreakdownAndAnAmountDifference)
{
    od::test::TestDb t;
    Backend backend(t.db());
    const int64_t shop = makeShop(t.db());
    auto trades = makeTrades(shop, 2);
    for (od::Trade &tr : trades) {
        tr.goodsTotal = od::Money::fromFen(5900);
        tr.discount = od::Money::fromFen(1200);
        tr.freight = od::Money::fromFen(800);
        tr.paidAmount = od::Money::fromFen(5500);
        tr.discountDetail = QStringLiteral("{\"coupon\":1000,\"member\":200}");
    }
    trades[1].paidAmount = od::Money::fromFen(5000);
    trades[1].expressCompany = QStringLiteral("中通快递");
    trades[1].trackingNo = QStringLiteral("ZT7845120036");
    insertTrades(t.db(), trades);
    auto good = od::TradeRepository(t.db()).findByTid(shop, trades[0].tid);
    auto bad = od::TradeRepository(t.db()).findByTid(shop, trades[1].tid);
    ASSERT_TRUE(good.ok() && good.value() && bad.ok() && bad.value());
    TradeDetailDialog ok(backend, good.value()->id);
    ASSERT_TRUE(waitFor([&] { return ok.isLoaded(); }));
    EXPECT_TRUE(ok.amountsText().contains(QStringLiteral("59.00"))) << ok.amountsText().toStdString();
    EXPECT_TRUE(ok.amountsText().contains(QStringLiteral("coupon 10.00"))) << ok.amountsText().toStdString();
    EXPECT_TRUE(ok.amountsText().contains(QStringLiteral("member 2.00"))) << ok.amountsText().toStdString();
    EXPECT_EQ(ok.checkText(), QString());
    TradeDetailDialog off(backend, bad.value()->id);
    ASSERT_TRUE(waitFor([&] { return off.isLoaded(); }));
    EXPECT_TRUE(off.checkText().contains(QStringLiteral("5.00"))) << off.checkText().toStdString();
    EXPECT_TRUE(off.findChild<QLabel *>(QStringLiteral("amountCheck"))->isVisibleTo(&off));
}

// Issue #19: the detail warns about a blacklisted buyer and an address couriers refuse (the same
// checks the conversion rules can act on); a plain trade shows no warning.
TEST(TradeDetailDialog, WarnsAboutTheBlacklistAndTheAddress)
{
    od::test::TestDb t;
    Backend backend(t.db());
    const int64_t shop = makeShop(t.db());
    auto trades = makeTrades(shop, 2);
    for (od::Trade &tr : trades) {
        tr.receiverState = QStringLiteral("浙江省");
        tr.receiverCity = QStringLiteral("杭州市");
        tr.receiverDistrict = QStringLiteral("西湖区");
        tr.receiverAddress = QStringLiteral("文三路 90 号");
    }
    trades[1].buyerNick = QStringLiteral("刷单王");
    trades[1].receiverAddress = QStringLiteral("西湖邮政信箱 12 号");
    insertTrades(t.db(), trades);
    const od::Session boss{QStringLiteral("boss"), od::Role::Admin};
    ASSERT_TRUE(od::rules::RuleService(t.db()).addToBlacklist(boss, QStringLiteral("buyer"), QStringLiteral("刷单王"), QStringLiteral("刷单")).ok());
    auto plain = od::TradeRepository(t.db()).findByTid(shop, trades[0].tid);
    auto bad = od::TradeRepository(t.db()).findByTid(shop, trades[1].tid);
    ASSERT_TRUE(plain.ok() && plain.value() && bad.ok() && bad.value());
    TradeDetailDialog ok(backend, plain.value()->id);
    ASSERT_TRUE(waitFor([&] { return ok.isLoaded(); }));
    EXPECT_EQ(ok.warningsText(), QString());
    TradeDetailDialog warn(backend, bad.value()->id);
    ASSERT_TRUE(waitFor([&] { return warn.isLoaded(); }));
    EXPECT_TRUE(warn.warningsText().contains(QStringLiteral("刷单王"))) << warn.warningsText().toStdString();
    EXPECT_TRUE(warn.warningsText().contains(QStringLiteral("post-office box"))) << warn.warningsText().toStdString();
    EXPECT_TRUE(warn.findChild<QLabel *>(QStringLiteral("tradeWarnings"))->isVisibleTo(&warn));
}

TEST(BatchDialog, ReportsPerItemResultsRetriesFailedAndExports)
{
    // Odd ids fail the first time, then succeed.
    auto attempts = std::make_shared<std::map<int64_t, int>>();
    auto mutex = std::make_shared<std::mutex>();
    BatchDialog dlg(QStringLiteral("test"), BackgroundBatch::perItem([attempts, mutex](int64_t id) -> od::Status {
                        std::lock_guard lock(*mutex);
                        if (id % 2 && (*attempts)[id]++ == 0)
                            return od::Error(QStringLiteral("t.fail"), QStringLiteral("odd id %1").arg(id));
                        return {};
                    }));
    QList<BatchItem> items;
    for (int i = 1; i <= 250; ++i)
        items.append({i, QStringLiteral("T%1").arg(i)});
    dlg.show();
    dlg.start(items);
    ASSERT_TRUE(waitFor([&] { return !dlg.runner()->isRunning() && dlg.okCount() + dlg.failedCount() == 250; }));
    EXPECT_EQ(dlg.okCount(), 125);
    EXPECT_EQ(dlg.failedCount(), 125);
    EXPECT_EQ(dlg.resultList()->topLevelItemCount(), 250);
    EXPECT_TRUE(dlg.retryButton()->isEnabled());
    QTemporaryDir dir;
    EXPECT_TRUE(dlg.exportResults(dir.filePath(QStringLiteral("r.xlsx"))).isEmpty());
    EXPECT_GT(QFileInfo(dir.filePath(QStringLiteral("r.xlsx"))).size(), 0);
    QTest::mouseClick(dlg.retryButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return !dlg.runner()->isRunning() && dlg.okCount() == 125; }));
    EXPECT_EQ(dlg.failedCount(), 0);
    EXPECT_EQ(dlg.resultList()->topLevelItemCount(), 125);
}

TEST(BatchDialog, CancelStopsBetweenChunks)
{
    std::atomic<int> calls{0};
    BatchDialog dlg(QStringLiteral("test"), BackgroundBatch::perItem([&calls](int64_t) -> od::Status {
                        ++calls;
                        QThread::msleep(2);
                        return {};
                    }));
    QList<BatchItem> items;
    for (int i = 1; i <= 5000; ++i)
        items.append({i, QString::number(i)});
    dlg.start(items);
    ASSERT_TRUE(waitFor([&] { return calls.load() > 0; }));
    QTest::mouseClick(dlg.cancelButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return !dlg.runner()->isRunning(); }));
    EXPECT_LT(dlg.okCount(), 5000);
}

TEST(Printing, PickingListAndDeliveryNoteRenderToPdf)
{
    od::SalesOrder o;
    o.orderNo = QStringLiteral("SO20261125000001");
    o.tid = QStringLiteral("3004000000000001");
    o.receiverName = QStringLiteral("张三");
    o.receiverAddress = QStringLiteral("浙江省杭州市西湖区文三路 1 号");
    od::SalesOrderLine l;
    l.skuCode = QStringLiteral("TEA-250");
    l.title = QStringLiteral("有机绿茶 250g");
    l.quantity = 2;
    l.unitPrice = od::Money::fromFen(6800);
    l.amount = od::Money::fromFen(13600);
    o.lines = {l, l};
    const QString picking = pickingListHtml({o, o});
    EXPECT_TRUE(picking.contains(QStringLiteral(">8<"))); // 2 lines × 2 × 2 orders, summed per goods code
    QTemporaryDir dir;
    EXPECT_TRUE(printToPdf(picking, dir.filePath(QStringLiteral("p.pdf"))));
    EXPECT_TRUE(printToPdf(deliveryNoteHtml(o, QStringLiteral("淘宝旗舰店")), dir.filePath(QStringLiteral("d.pdf"))));
}
