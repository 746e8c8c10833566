// Demo mode as the desktop runs it, without the desktop: the TOP simulator changes over time, the mall
// pushes (and now and then sends a bad push), the CRM simulator answers `succ` or `running` + callback,
// and this process's own receiver, scheduler and CRM dispatcher carry it all into the database.
#include "auth/userservice.h"
#include "crm/crmsimulator.h"
#include "demo/demoenvironment.h"
#include "demo/demoseed.h"
#include "gateway/localservices.h"
#include "storage/shoprepository.h"
#include "storage/sql.h"
#include "testdb.h"
#include "top/topsimulator.h"
#include "workflow/conversionservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QThread>
#include <functional>
#include <gtest/gtest.h>
#include <set>

using namespace od;

namespace {

bool waitFor(const std::function<bool()> &cond, int timeoutMs)
{
    const qint64 until = QDateTime::currentMSecsSinceEpoch() + timeoutMs;
    while (QDateTime::currentMSecsSinceEpoch() < until) {
        if (cond())
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(20);
    }
    return cond();
}

qint64 count(Database &db, const QString &sqlText, const QVariantList &args = {})
{
    QSqlQuery q(db.connection());
    auto st = sql::exec(q, sqlText, args);
    if (!st.ok() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

std::set<QString> tidsOfShop(Database &db, int64_t shopId)
{
    std::set<QString> out;
    QSqlQuery q(db.connection());
    if (sql::exec(q, QStringLiteral("SELECT tid FROM trades WHERE shop_id = ?"), {qint64(shopId)}).ok())
        while (q.next())
            out.insert(q.value(0).toString());
    return out;
}

demo::DemoOptions fast()
{
    demo::DemoOptions o;
    o.mallEveryMs = 100;
    o.topEveryMs = 300;
    o.runEveryMs = 1000;
    o.schedulerTickMs = 200;
    o.initialTopTrades = 40;
    return o;
}

} // namespace

TEST(DemoEnvironment, OrdersArriveFromBothPlatformsAndReachTheCrm)
{
    test::TestDb t;
    ASSERT_TRUE(demo::seed(t.db()).ok());
    const int64_t topShop = ShopRepository(t.db()).byCode(QStringLiteral("tb-flagship")).value()->id;
    const int64_t mallShop = ShopRepository(t.db()).byCode(QStringLiteral("wx-mall")).value()->id;
    const auto seededTop = tidsOfShop(t.db(), topShop);
    const qint64 seededMall = count(t.db(), QStringLiteral("SELECT COUNT(*) FROM trades WHERE shop_id = ?"), {qint64(mallShop)});

    demo::DemoEnvironment env(t.db(), fast());
    auto started = env.start();
    ASSERT_TRUE(started.ok()) << started.error().message.toStdString();
    EXPECT_TRUE(started->isEmpty()) << started->join(QLatin1Char('\n')).toStdString();
    ASSERT_GT(env.receiverPort(), 0);

    // TOP: every trade the simulator held at the start reaches the database through the scheduler.
    std::set<QString> atStart;
    for (const Trade &tr : env.topSimulator().store().trades())
        atStart.insert(tr.tid);
    ASSERT_EQ(atStart.size(), 40u);
    ASSERT_TRUE(waitFor([&] {
        const auto have = tidsOfShop(t.db(), topShop);
        return std::includes(have.begin(), have.end(), atStart.begin(), atStart.end());
    }, 60000)) << "the TOP trades never arrived";
    EXPECT_GT(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM schedule_runs WHERE shop_id = ? AND ok = 1"), {qint64(topShop)}), 0);

    // The mall: pushed orders land, and the occasional bad push is refused and kept.
    ASSERT_TRUE(waitFor([&] {
        return count(t.db(), QStringLiteral("SELECT COUNT(*) FROM trades WHERE shop_id = ?"), {qint64(mallShop)}) >= seededMall + 10 &&
               env.counters().pushesRefused >= 1;
    }, 60000)) << "pushes: sent " << env.counters().pushesSent << ", accepted " << env.counters().pushesAccepted;
    EXPECT_GE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM push_exceptions")), qint64(env.counters().pushesRefused));
    EXPECT_EQ(env.counters().pushesSent, env.counters().pushesAccepted + env.counters().pushesRefused);

    // The TOP simulator keeps changing: trades it adds later arrive too.
    ASSERT_TRUE(waitFor([&] {
        const auto have = tidsOfShop(t.db(), topShop);
        int fresh = 0;
        for (const QString &tid : have)
            fresh += (seededTop.count(tid) == 0 && atStart.count(tid) == 0) ? 1 : 0;
        return fresh >= 3;
    }, 60000)) << "no trade created after the start arrived";

    // CRM: converting paid trades writes events; the desk's dispatcher delivers them, first with
    // `succ`, then in `running` mode where the CRM's signed callback completes them.
    auto convertSome = [&](int n) {
        QSqlQuery q(t.db().connection());
        std::vector<int64_t> ids;
        EXPECT_TRUE(sql::exec(q, QStringLiteral("SELECT id FROM trades WHERE state = 'pending' AND platform_status = 'WAIT_SELLER_SEND_GOODS' "
                                                "ORDER BY id DESC LIMIT ?"), {n}).ok());
        while (q.next())
            ids.push_back(q.value(0).toLongLong());
        auto r = ConversionService(t.db()).convert(Session{QStringLiteral("admin"), Role::Admin}, ids);
        EXPECT_TRUE(r.ok());
        return r.ok() ? int(std::count_if(r->results.begin(), r->results.end(), [](const auto &x) { return x.ok; })) : 0;
    };
    const int first = convertSome(5);
    ASSERT_GT(first, 0);
    ASSERT_TRUE(waitFor([&] { return count(t.db(), QStringLiteral("SELECT COUNT(*) FROM crm_outbox WHERE state <> 'done'")) == 0; }, 60000))
        << "CRM events not delivered";
    const qint64 appliedBefore = env.crmSimulator().appliedCount();
    EXPECT_GE(appliedBefore, first);

    env.crmSimulator().setMode(crm::CrmSimulator::Mode::Running);
    const int second = convertSome(5);
    ASSERT_GT(second, 0);
    ASSERT_TRUE(waitFor([&] { return count(t.db(), QStringLiteral("SELECT COUNT(*) FROM crm_outbox WHERE state <> 'done'")) == 0; }, 60000))
        << "CRM events in running mode never completed by callback";
    EXPECT_GE(env.crmSimulator().callbacksDelivered(), second);
    EXPECT_EQ(env.crmSimulator().duplicateCount(), 0);
    EXPECT_EQ(env.crmSimulator().appliedCount(), count(t.db(), QStringLiteral("SELECT COUNT(*) FROM crm_outbox")));

    // Demo staff exist, one per role.
    auto kefu = UserService(t.db()).authenticate(QStringLiteral("kefu"), demo::DemoEnvironment::demoPassword());
    ASSERT_TRUE(kefu.ok());
    EXPECT_EQ(kefu->role, Role::Operator);

    env.stop();
    const int sent = env.counters().pushesSent;
    QThread::msleep(300);  // not a timing assertion: after stop() nothing may be sent any more
    EXPECT_EQ(env.counters().pushesSent, sent);
}
