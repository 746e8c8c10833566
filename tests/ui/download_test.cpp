// 下载 on demand, as E3 staff use it: a time range and a status, or pasted 交易编号 — the manual's
// "移除, then download again by 交易编号" brings a removed trade back. In team mode the desk writes a
// request; a running gateway (LocalServices with requests on) executes it and the desk's dialog shows
// queued → running → done with the result; before a gateway runs, the dialog says so.
#include "backend.h"
#include "downloaddialog.h"
#include "gateway/deskrequests.h"
#include "gateway/localservices.h"
#include "secrets/secretstore.h"
#include "storage/shoprepository.h"
#include "storage/sql.h"
#include "sim/top/topsimulator.h"
#include "uitestutil.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>

using namespace uitest;

namespace {

const Session kStaff{QStringLiteral("kefu"), QStringLiteral("客服"), od::Role::Supervisor};

qint64 count(od::Database &db, const QString &sql)
{
    auto n = od::sql::scalar(db.connection(), sql);
    return n.ok() ? n.value() : -1;
}

struct Platform {
    od::top::TopSimulator top;
    od::MemorySecretStore secrets;
    int64_t shopId = 0;

    explicit Platform(od::Database &db, int trades)
    {
        EXPECT_TRUE(top.start());
        const QDateTime now = QDateTime::currentDateTime();
        top.store().addTrades(trades, now.addSecs(-5 * 3600), now.addSecs(-60));
        od::Shop s;
        s.code = QStringLiteral("tb1");
        s.name = QStringLiteral("淘宝旗舰店");
        s.platform = od::PlatformKind::Top;
        s.appKey = top.options().appKey;
        s.endpoint = top.url();
        s.secretRef = QStringLiteral("shop/tb1");
        auto id = od::ShopRepository(db).create(s);
        EXPECT_TRUE(id.ok());
        shopId = id.ok() ? id.value() : 0;
        (void)secrets.set(s.secretRef, QString::fromUtf8(top.options().secret));
        (void)secrets.set(s.secretRef + QStringLiteral(".session"), top.options().sessions.first());
    }
};

od::gateway::LocalServicesOptions quiet()
{
    od::gateway::LocalServicesOptions o;
    o.receiver = false;
    o.scheduler = false;
    o.crm = false;
    return o;
}

void startAndWait(DownloadDialog &d)
{
    ASSERT_TRUE(waitFor([&] { return d.shopsLoaded(); }));
    ASSERT_TRUE(d.startButton()->isEnabled()) << d.stateLabel()->text().toStdString();
    QTest::mouseClick(d.startButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return !d.running(); }, 60000)) << d.stateLabel()->text().toStdString();
}

} // namespace

TEST(DownloadDialog, RangeThenRemovedTradeBackByPastedTradeNumber)
{
    od::test::TestDb t;
    Platform p(t.db(), 30);
    od::gateway::LocalServices services(t.db(), p.secrets, quiet());
    ASSERT_TRUE(services.start().ok());
    Backend backend(t.db());
    backend.setSession(kStaff);
    backend.setServices(&services);
    ASSERT_FALSE(backend.teamMode());

    // A time range covering every trade, only those paid and awaiting shipment.
    qint64 paid = 0;
    for (const od::Trade &tr : p.top.store().trades())
        paid += tr.platformStatus == QLatin1String("WAIT_SELLER_SEND_GOODS") ? 1 : 0;
    ASSERT_GT(paid, 0);
    {
        DownloadDialog d(backend);
        d.show();
        d.fromEdit()->setDateTime(QDateTime::currentDateTime().addSecs(-6 * 3600));
        d.statusBox()->setCurrentIndex(d.statusBox()->findData(QStringLiteral("WAIT_SELLER_SEND_GOODS")));
        startAndWait(d);
        EXPECT_TRUE(d.resultLabel()->styleSheet().contains(QStringLiteral("#1b7f3b"))) << d.resultLabel()->text().toStdString();
    }
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM trades")), paid);
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM trades WHERE platform_status <> 'WAIT_SELLER_SEND_GOODS'")), 0);

    // 移除 one, then download it again by its 交易编号.
    auto row = od::sql::scalar(t->connection(), QStringLiteral("SELECT MIN(id) FROM trades"));
    ASSERT_TRUE(row.ok());
    QSqlQuery q(t->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT tid FROM trades WHERE id = %1").arg(row.value())) && q.next());
    const QString tid = q.value(0).toString();
    q.finish(); // an open SQLite statement would keep this connection on its old snapshot
    ASSERT_TRUE(backend.removeTrade(row.value()).ok());
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM trades WHERE tid = '%1'").arg(tid)), 0);
    {
        DownloadDialog d(backend);
        d.show();
        d.tidsEdit()->setPlainText(QStringLiteral("  %1  \n\n").arg(tid));
        EXPECT_EQ(d.request().tids, QStringList{tid});
        startAndWait(d);
        EXPECT_TRUE(d.resultLabel()->text().contains(QStringLiteral("1"))) << d.resultLabel()->text().toStdString();
    }
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM trades WHERE tid = '%1' AND state = 'pending'").arg(tid)), 1);

    // Not a trade number: refused before anything is sent.
    DownloadDialog bad(backend);
    bad.show();
    ASSERT_TRUE(waitFor([&] { return bad.shopsLoaded(); }));
    bad.tidsEdit()->setPlainText(QStringLiteral("12345\nabc"));
    const int calls = p.top.calls();
    QTest::mouseClick(bad.startButton(), Qt::LeftButton);
    EXPECT_FALSE(bad.running());
    EXPECT_TRUE(bad.resultLabel()->text().contains(QStringLiteral("abc")));
    EXPECT_EQ(p.top.calls(), calls);
    services.stop();
}

TEST(DownloadDialog, TeamModeRequestRunByTheGatewayAndFollowedByTheDesk)
{
    od::test::TestDb t;
    Platform p(t.db(), 12);
    Backend desk(t.db()); // team mode: no services on this desk
    desk.setSession(kStaff);
    ASSERT_TRUE(desk.teamMode());

    DownloadDialog d(desk);
    d.show();
    ASSERT_TRUE(waitFor([&] { return d.shopsLoaded(); }));
    d.fromEdit()->setDateTime(QDateTime::currentDateTime().addSecs(-6 * 3600));
    QTest::mouseClick(d.startButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return d.requestId() > 0; }));
    if (t->isPostgres()) { // nobody holds the gateway lock yet: the desk says so
        EXPECT_TRUE(waitFor([&] { return d.resultLabel()->text().contains(QStringLiteral("gateway")); })) << d.resultLabel()->text().toStdString();
    }
    EXPECT_TRUE(waitFor([&] { return d.stateLabel()->text().contains(od::gateway::requestStateLabel(QStringLiteral("queued"))); }));
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM desk_requests WHERE state = 'queued' AND requested_by = 'kefu'")), 1);

    // The gateway starts (on PostgreSQL it holds the gateway lock, as orderdesk-gateway does) and runs it.
    std::unique_ptr<od::Database> lockConnection = t.another();
    if (t->isPostgres()) {
        QSqlQuery lock(lockConnection->connection());
        ASSERT_TRUE(lock.exec(QStringLiteral("SELECT pg_try_advisory_lock(7370020)")) && lock.next() && lock.value(0).toBool());
        EXPECT_TRUE(desk.gatewayActive().valueOr(false));
    }
    auto options = quiet();
    options.requests = true;
    options.requestPollMs = 200;
    od::gateway::LocalServices gateway(t.db(), p.secrets, options);
    ASSERT_TRUE(gateway.start().ok());
    ASSERT_TRUE(waitFor([&] { return !d.running(); }, 60000)) << d.stateLabel()->text().toStdString();
    EXPECT_TRUE(d.stateLabel()->text().contains(od::gateway::requestStateLabel(QStringLiteral("done")))) << d.stateLabel()->text().toStdString();
    EXPECT_TRUE(d.resultLabel()->text().contains(QStringLiteral("12"))) << d.resultLabel()->text().toStdString();
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM trades")), 12);
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM desk_requests WHERE state = 'done' AND gateway <> ''")), 1);

    // The requests list shows it, with who asked.
    RequestsDialog list(desk);
    list.show();
    ASSERT_TRUE(waitFor([&] { return list.loaded() && list.table()->rowCount() == 1; }));
    EXPECT_EQ(list.table()->item(0, 2)->text(), QStringLiteral("kefu"));
    EXPECT_EQ(list.table()->item(0, 4)->text(), od::gateway::requestStateLabel(QStringLiteral("done")));
    gateway.stop();
}
