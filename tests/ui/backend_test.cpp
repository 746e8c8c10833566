// The Backend operations behind the detail dialog, printing, the exceptions, settings and sync pages:
// a sales order with its lines, a refused push's raw body, the staff list, CRM retry (also through
// the CRM page), and 下载 / 立即执行 — through LocalServices against the TOP simulator on loopback when
// this desk runs them, refused with a message when the gateway does (team mode).
#include "auth/userservice.h"
#include "backend.h"
#include "batchdialog.h"
#include "crm/crmstore.h"
#include "gateway/localservices.h"
#include "intake/runlog.h"
#include "orderdetaildialog.h"
#include "push/pushstore.h"
#include "secrets/secretstore.h"
#include "storage/sql.h"
#include "syncpages.h"
#include "timelinedialog.h"
#include "statelabels.h"
#include "sim/top/topsimulator.h"
#include "uitestutil.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

using namespace uitest;

namespace {

qint64 scalar(od::Database &db, const QString &sql, const QVariantList &values = {})
{
    auto n = od::sql::scalar(db.connection(), sql, values);
    EXPECT_TRUE(n.ok()) << (n.ok() ? "" : n.error().message.toStdString());
    return n.ok() ? n.value() : -1;
}

struct Desk {
    od::test::TestDb t;
    Backend backend{t.db()};
    int64_t shop = 0;
    Desk()
    {
        backend.setSession({QStringLiteral("zhang"), QStringLiteral("张主管"), od::Role::Supervisor});
        shop = makeShop(t.db());
    }
    // Converts `n` fresh trades; returns their sales order ids.
    std::vector<int64_t> orders(int n, int firstSerial = 0)
    {
        auto trades = makeTrades(shop, n, firstSerial);
        insertTrades(t.db(), trades);
        std::vector<int64_t> out;
        for (const od::Trade &tr : trades) {
            auto found = od::TradeRepository(t.db()).findByTid(shop, tr.tid);
            EXPECT_TRUE(found.ok() && found.value());
            EXPECT_TRUE(backend.convertTrade(found.value()->id).ok());
            out.push_back(scalar(t.db(), QStringLiteral("SELECT sales_order_id FROM trades WHERE id = ?"), {QVariant::fromValue<qint64>(found.value()->id)}));
        }
        return out;
    }
};

bool loaded(ListPage &p) { return p.model()->hasLoaded() && !p.model()->isLoading() && !p.model()->isCounting(); }

} // namespace

TEST(BackendRecords, SalesOrderWithItsLines)
{
    Desk d;
    auto trades = makeTrades(d.shop, 1);
    trades[0].rawPayload = QStringLiteral("{\"tid\":\"%1\",\"note\":\"原始报文\"}").arg(trades[0].tid);
    insertTrades(d.t.db(), trades);
    auto found = od::TradeRepository(d.t.db()).findByTid(d.shop, trades[0].tid);
    ASSERT_TRUE(found.ok() && found.value());
    ASSERT_TRUE(d.backend.convertTrade(found.value()->id).ok());
    const int64_t orderId = scalar(d.t.db(), QStringLiteral("SELECT id FROM sales_orders WHERE tid = ?"), {trades[0].tid});

    auto o = d.backend.order(orderId);
    ASSERT_TRUE(o.ok()) << o.error().message.toStdString();
    ASSERT_TRUE(o.value().has_value());
    const od::SalesOrder &so = *o.value();
    EXPECT_EQ(so.id, orderId);
    EXPECT_EQ(so.tid, trades[0].tid);
    EXPECT_EQ(so.tradeId, found.value()->id);
    EXPECT_EQ(so.shopId, d.shop);
    EXPECT_FALSE(so.orderNo.isEmpty());
    EXPECT_EQ(so.paidAmount.fen(), trades[0].paidAmount.fen());
    EXPECT_EQ(so.receiverName, trades[0].receiverName);
    EXPECT_EQ(so.status, od::OrderStatus::Unconfirmed);
    EXPECT_EQ(so.createdBy, QStringLiteral("zhang"));
    ASSERT_EQ(so.lines.size(), trades[0].lines.size());
    for (size_t i = 0; i < so.lines.size(); ++i) {
        EXPECT_EQ(so.lines[i].title, trades[0].lines[i].title);
        EXPECT_EQ(so.lines[i].quantity, trades[0].lines[i].quantity);
        EXPECT_EQ(so.lines[i].amount.fen(), trades[0].lines[i].amount.fen());
        EXPECT_FALSE(so.lines[i].skuCode.isEmpty());
        EXPECT_FALSE(so.lines[i].cancelled);
        if (i > 0)
            EXPECT_LT(so.lines[i - 1].lineNo, so.lines[i].lineNo);
    }

    auto none = d.backend.order(orderId + 1000);
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none.value().has_value());

    // The detail dialog shows it, lines and the trade's raw payload.
    OrderDetailDialog dlg(d.backend, orderId);
    ASSERT_TRUE(waitFor([&] { return dlg.isLoaded(); }));
    EXPECT_TRUE(dlg.headerText().contains(so.orderNo)) << dlg.headerText().toStdString();
    EXPECT_TRUE(dlg.headerText().contains(od::label(od::OrderStatus::Unconfirmed)));
    EXPECT_TRUE(dlg.amountsText().contains(so.paidAmount.toString()));
    EXPECT_EQ(dlg.lines()->rowCount(), int(so.lines.size()));
    EXPECT_EQ(dlg.lines()->item(0, 2)->text(), so.lines[0].title);
    EXPECT_TRUE(dlg.raw()->toPlainText().contains(QStringLiteral("原始报文")));
}

TEST(BackendRecords, OrderTimelineShowsTranslatedActions)
{
    Desk d;
    const int64_t orderId = d.orders(1).front();
    ASSERT_TRUE(d.backend.confirmOrder(orderId).ok());
    ASSERT_TRUE(d.backend.holdOrder(orderId).ok());
    TimelineDialog dlg(d.backend, orderId, QStringLiteral("SO"));
    bool done = false;
    QObject::connect(&dlg, &TimelineDialog::loaded, [&] { done = true; });
    ASSERT_TRUE(waitFor([&] { return done; }));
    ASSERT_EQ(dlg.entries()->topLevelItemCount(), 3);
    const QStringList keys{QStringLiteral("trade.convert"), QStringLiteral("order.confirm"), QStringLiteral("order.hold")};
    for (int i = 0; i < 3; ++i) {
        QTreeWidgetItem *item = dlg.entries()->topLevelItem(i);
        EXPECT_EQ(item->data(2, Qt::UserRole).toString(), keys[i]);
        EXPECT_EQ(item->text(2), ui::auditActionLabel(keys[i]));
        EXPECT_NE(item->text(2), keys[i]) << "raw key shown";
    }
    // The audit list shows the same labels, and offers them as its filter.
    EXPECT_EQ(ui::stateLabel(od::ListId::Audit, QStringLiteral("action"), QStringLiteral("trade.convert")),
              ui::auditActionLabel(QStringLiteral("trade.convert")));
    EXPECT_EQ(ui::statusChoices(od::ListId::Audit).size(), ui::auditActionKeys().size());
}

TEST(BackendRecords, EveryAuditActionTheCoreWritesHasALabel)
{
    // Every key written so far by the workflow above and these: all in the table.
    Desk d;
    const auto ids = d.orders(2);
    ASSERT_TRUE(d.backend.confirmOrder(ids[0]).ok());
    ASSERT_TRUE(d.backend.holdOrder(ids[0]).ok());
    ASSERT_TRUE(d.backend.releaseOrder(ids[0]).ok());
    ASSERT_TRUE(d.backend.shipOrder(ids[0], QStringLiteral("SF"), QStringLiteral("SF1234567890")).ok());
    ASSERT_TRUE(d.backend.partialRefund(ids[0], od::Money::fromFen(100), QStringLiteral("破损补偿")).ok());
    ASSERT_TRUE(d.backend.cancelOrder(ids[1]).ok());
    // 移除 and 已处理 on the pending pool are audited too.
    auto pool = makeTrades(d.shop, 2, 100);
    insertTrades(d.t.db(), pool);
    const int64_t first = od::TradeRepository(d.t.db()).findByTid(d.shop, pool[0].tid).value().value().id;
    const int64_t second = od::TradeRepository(d.t.db()).findByTid(d.shop, pool[1].tid).value().value().id;
    ASSERT_TRUE(d.backend.removeTrade(first).ok());
    ASSERT_TRUE(d.backend.markTradeProcessed(second).ok());
    QSqlQuery q(d.t.db().connection());
    ASSERT_TRUE(od::sql::exec(q, QStringLiteral("SELECT DISTINCT action FROM audit_log")).ok());
    int n = 0;
    while (q.next()) {
        ++n;
        const QString key = q.value(0).toString();
        EXPECT_TRUE(ui::auditActionKeys().contains(key)) << key.toStdString() << " has no label";
    }
    EXPECT_GE(n, 8);
    // The 记录 column names the kind of record in words, not the table key.
    ASSERT_TRUE(od::sql::exec(q, QStringLiteral("SELECT DISTINCT entity FROM audit_log")).ok());
    int kinds = 0;
    while (q.next()) {
        ++kinds;
        const QString key = q.value(0).toString();
        EXPECT_NE(ui::stateLabel(od::ListId::Audit, QStringLiteral("entity"), key), key) << key.toStdString() << " shown raw";
    }
    EXPECT_GE(kinds, 2); // sales_order, trade
}

TEST(BackendRecords, ExceptionBodyAsStoredEvenBinary)
{
    Desk d;
    od::push::PushException e;
    e.shopCode = QStringLiteral("mall1");
    e.remote = QStringLiteral("127.0.0.1");
    e.reason = QStringLiteral("签名不符");
    e.errorCode = QStringLiteral("push.sign_mismatch");
    e.body = QByteArray("{\"order_no\":\"M1\",\"x\":\"", 22) + QByteArray("\x00\xff\xfe\x01", 4) + QByteArray("\"}");
    ASSERT_TRUE(od::push::PushStore(d.t.db()).recordException(e).ok());
    const int64_t id = scalar(d.t.db(), QStringLiteral("SELECT MAX(id) FROM push_exceptions"));
    auto body = d.backend.exceptionBody(id);
    ASSERT_TRUE(body.ok()) << body.error().message.toStdString();
    EXPECT_EQ(body.value(), e.body);
    auto gone = d.backend.exceptionBody(id + 1);
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().code, QStringLiteral("exception.gone"));
    EXPECT_FALSE(gone.error().message.isEmpty());
}

TEST(BackendRecords, UsersWithRolesAndNoPasswords)
{
    Desk d;
    od::UserService users(d.t.db());
    const od::StaffUser root{0, QStringLiteral("admin"), QStringLiteral("系统管理员"), od::Role::Admin, true};
    ASSERT_TRUE(users.create(od::Session{}, root, QStringLiteral("rootpass")).ok());
    auto admin = users.authenticate(QStringLiteral("admin"), QStringLiteral("rootpass"));
    ASSERT_TRUE(admin.ok());
    ASSERT_TRUE(users.create(admin.value(), {0, QStringLiteral("wang"), QStringLiteral("王客服"), od::Role::Operator, true}, QStringLiteral("wangpass")).ok());
    auto list = d.backend.users();
    ASSERT_TRUE(list.ok()) << list.error().message.toStdString();
    ASSERT_EQ(list.value().size(), 2u);
    EXPECT_EQ(list.value()[0].login, QStringLiteral("admin"));
    EXPECT_EQ(list.value()[0].role, od::Role::Admin);
    EXPECT_EQ(list.value()[0].displayName, QStringLiteral("系统管理员"));
    EXPECT_EQ(list.value()[1].login, QStringLiteral("wang"));
    EXPECT_EQ(list.value()[1].role, od::Role::Operator);
    EXPECT_TRUE(list.value()[1].active);
}

TEST(BackendCrm, RetryThroughTheCrmPageMovesFailedEventsBackToPending)
{
    Desk d;
    const auto ids = d.orders(3);
    // The dispatcher gave up on two orders' first events (permanent errors).
    auto claimed = od::crm::claimDue(d.t.db(), 10, 60000);
    ASSERT_TRUE(claimed.ok());
    ASSERT_GE(claimed.value().size(), 3);
    std::vector<int64_t> failed;
    for (const od::crm::ClaimedEvent &e : claimed.value()) {
        if (e.orderId == ids[0] || e.orderId == ids[1]) {
            ASSERT_TRUE(od::crm::markPermanent(d.t.db(), e.id, e.lease, QStringLiteral("会员不存在")).value());
            failed.push_back(e.id);
        } else {
            ASSERT_TRUE(od::crm::releaseClaim(d.t.db(), e.id, e.lease).ok());
        }
    }
    ASSERT_EQ(failed.size(), 2u);
    EXPECT_EQ(scalar(d.t.db(), QStringLiteral("SELECT COUNT(*) FROM crm_outbox WHERE state = 'failed'")), 2);

    CrmPage page(d.backend);
    page.resize(1200, 700);
    page.show();
    page.refresh();
    ASSERT_TRUE(waitFor([&] { return loaded(page); }));
    QItemSelection sel;
    for (int64_t id : failed) {
        const int row = page.model()->rowOfId(id);
        ASSERT_GE(row, 0);
        sel.select(page.model()->index(row, 0), page.model()->index(row, page.model()->columnCount() - 1));
    }
    page.view()->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
    QAction *retry = page.action(ui::ActionId::RetryCrm);
    ASSERT_TRUE(retry->isEnabled()) << page.disabledReason(ui::ActionId::RetryCrm).toStdString();
    retry->trigger();
    BatchDialog *batch = page.lastBatchDialog();
    ASSERT_NE(batch, nullptr);
    ASSERT_TRUE(waitFor([&] { return !batch->runner()->isRunning() && batch->okCount() + batch->failedCount() == 2; }));
    EXPECT_EQ(batch->okCount(), 2);
    for (int64_t id : failed) {
        EXPECT_EQ(scalar(d.t.db(), QStringLiteral("SELECT COUNT(*) FROM crm_outbox WHERE id = ? AND state = 'pending' AND attempts = 0"),
                         {QVariant::fromValue<qint64>(id)}),
                  1);
    }
    EXPECT_EQ(scalar(d.t.db(), QStringLiteral("SELECT COUNT(*) FROM crm_outbox WHERE state = 'failed'")), 0);
    EXPECT_EQ(scalar(d.t.db(), QStringLiteral("SELECT COUNT(*) FROM sales_orders WHERE crm_state = 'failed'")), 0);
    // The list shows them pending after its refresh.
    const int stateCol = page.model()->spec().columnIndex(QStringLiteral("state"));
    ASSERT_TRUE(
        waitFor([&] { return loaded(page) && page.model()->rawValue(page.model()->rowOfId(failed[0]), stateCol).toString() == QLatin1String("pending"); }));

    // Not failed (any more): nothing to retry, said so; an operator may not retry.
    auto again = d.backend.retryCrm(failed[0]);
    EXPECT_TRUE(again.ok()); // pending: already waiting to be sent
    EXPECT_EQ(d.backend.retryCrm(failed[0] + 100000).error().code, QStringLiteral("crm.no_event"));
    auto claim2 = od::crm::claimDue(d.t.db(), 10, 60000);
    ASSERT_TRUE(claim2.ok());
    ASSERT_FALSE(claim2.value().isEmpty());
    const od::crm::ClaimedEvent e = claim2.value().front();
    ASSERT_TRUE(od::crm::markPermanent(d.t.db(), e.id, e.lease, QStringLiteral("x")).value());
    d.backend.setSession({QStringLiteral("wang"), QString(), od::Role::Operator});
    auto denied = d.backend.retryCrm(e.id);
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, QStringLiteral("crm.forbidden"));
}

TEST(BackendServices, WithoutServicesDownloadsAndRunsAreTheGatewaysJob)
{
    Desk d;
    od::PendingDownload p;
    p.shopId = d.shop;
    p.tid = QStringLiteral("3004000000000099");
    ASSERT_TRUE(od::TradeRepository(d.t.db()).upsertPendingDownload(p).ok());
    const int64_t pid = scalar(d.t.db(), QStringLiteral("SELECT id FROM pending_downloads"));
    auto dl = d.backend.downloadPending(pid);
    ASSERT_FALSE(dl.ok());
    EXPECT_EQ(dl.error().code, QStringLiteral("ui.on_gateway"));
    EXPECT_TRUE(dl.error().message.contains(QStringLiteral("gateway"))) << dl.error().message.toStdString();
    auto run = d.backend.runScheduleNow(d.shop);
    ASSERT_FALSE(run.ok());
    EXPECT_EQ(run.error().code, QStringLiteral("ui.on_gateway"));
    EXPECT_NE(run.error().message, dl.error().message);
    EXPECT_EQ(scalar(d.t.db(), QStringLiteral("SELECT COUNT(*) FROM pending_downloads")), 1);
}

TEST(BackendServices, DownloadPendingAndRunNowThroughLocalServices)
{
    od::test::TestDb t;
    Backend backend(t.db());
    backend.setSession({QStringLiteral("wang"), QString(), od::Role::Operator});
    od::top::TopSimulator sim;
    ASSERT_TRUE(sim.start());
    const QStringList tids = sim.store().addTrades(5, QDateTime::currentDateTime().addSecs(-3 * 3600), QDateTime::currentDateTime().addSecs(-120));
    od::Shop s;
    s.code = QStringLiteral("tbsim");
    s.name = QStringLiteral("淘宝模拟店");
    s.platform = od::PlatformKind::Top;
    s.appKey = sim.options().appKey;
    s.endpoint = sim.url();
    s.secretRef = QStringLiteral("tbsim_secret");
    auto shopId = od::ShopRepository(t.db()).create(s);
    ASSERT_TRUE(shopId.ok());
    od::MemorySecretStore secrets;
    ASSERT_TRUE(secrets.set(QStringLiteral("tbsim_secret"), QString::fromUtf8(sim.options().secret)).ok());
    ASSERT_TRUE(secrets.set(QStringLiteral("tbsim_secret.session"), sim.options().sessions.first()).ok());

    od::gateway::LocalServicesOptions options;
    options.receiver = false;
    options.crm = false;
    options.schedulerTickMs = 3600 * 1000; // runs only when asked
    options.clientOptions.backoffBaseMs = 10;
    options.clientOptions.backoffMaxMs = 100;
    od::gateway::LocalServices services(t.db(), secrets, options);
    ASSERT_TRUE(services.start().ok());
    backend.setServices(&services);

    // 下载 of two listed rows: they become pending trades; an unknown tid stays with its reason.
    od::TradeRepository repo(t.db());
    for (const QString &tid : {tids[0], tids[1], QStringLiteral("999")}) {
        od::PendingDownload p;
        p.shopId = shopId.value();
        p.tid = tid;
        ASSERT_TRUE(repo.upsertPendingDownload(p).ok());
    }
    auto pid = [&](const QString &tid) { return scalar(t.db(), QStringLiteral("SELECT id FROM pending_downloads WHERE tid = ?"), {tid}); };
    const int64_t p0 = pid(tids[0]), p1 = pid(tids[1]), bad = pid(QStringLiteral("999"));
    EXPECT_TRUE(backend.downloadPending(p0).ok()); // one row (the 下载 of a single selection)
    const std::vector<od::Status> chunk = backend.downloadPending(std::vector<int64_t>{p1, bad}); // a batch chunk
    ASSERT_EQ(chunk.size(), 2u);
    EXPECT_TRUE(chunk[0].ok()) << (chunk[0].ok() ? std::string() : chunk[0].error().message.toStdString());
    ASSERT_FALSE(chunk[1].ok());
    EXPECT_EQ(chunk[1].error().code, QStringLiteral("download.refused"));
    EXPECT_FALSE(chunk[1].error().message.isEmpty());
    EXPECT_EQ(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM trades WHERE state = 'pending' AND tid IN (?, ?)"), {tids[0], tids[1]}), 2);
    EXPECT_EQ(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM pending_downloads")), 1);
    EXPECT_EQ(backend.downloadPending(p0).error().code, QStringLiteral("download.gone"));

    // 立即执行: the shop's schedule runs now on the scheduler's thread.
    EXPECT_EQ(backend.runScheduleNow(shopId.value()).error().code, QStringLiteral("gateway.no_schedule"));
    od::intake::Schedule sched;
    sched.shopId = shopId.value();
    sched.kind = QStringLiteral("orders");
    sched.intervalMin = 60;
    sched.lookbackMin = 6 * 60;
    ASSERT_TRUE(od::intake::RunLog(t.db()).upsertSchedule(sched).ok());
    const qint64 runsBefore = scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM schedule_runs WHERE kind = 'orders'"));
    ASSERT_TRUE(backend.runScheduleNow(shopId.value()).ok());
    ASSERT_TRUE(waitFor(
        [&] { return scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM schedule_runs WHERE kind = 'orders' AND finished_at <> ''")) > runsBefore; }, 60000));
    EXPECT_GE(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM schedule_runs WHERE kind = 'orders' AND ok = 1")), 1);
    EXPECT_EQ(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM trades WHERE state = 'pending'")), 5);
    backend.setServices(nullptr);
    services.stop();
}
