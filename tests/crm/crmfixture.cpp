#include "crmfixture.h"

#include "sim/crm/crmsimulator.h"
#include "storage/shoprepository.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <gtest/gtest.h>
#include <httplib.h>
#include <thread>

namespace od::test {

const QList<LifecycleStep> &lifecycle()
{
    static const QList<LifecycleStep> steps = {
        {CrmEvent::Created, "unconfirmed", "unpaid", "not_shipped", "TRADE_ACTIVE", "PAY_NO", "SHIP_NO"},
        {CrmEvent::Paid, "confirmed", "paid", "not_shipped", "TRADE_ACTIVE", "PAY_FINISH", "SHIP_NO"},
        {CrmEvent::Shipped, "shipped", "paid", "shipped", "TRADE_ACTIVE", "PAY_FINISH", "SHIP_FINISH"},
        {CrmEvent::Refunded, "shipped", "part_refunded", "shipped", "TRADE_ACTIVE", "REFUND_PART", "SHIP_FINISH"},
        {CrmEvent::Finished, "completed", "part_refunded", "shipped", "TRADE_FINISHED", "REFUND_PART", "SHIP_FINISH"},
    };
    return steps;
}

QJsonObject lifecycleSnapshot(const FixtureOrder &o, int n, int step)
{
    const LifecycleStep &s = lifecycle().at(step);
    const qint64 unit = 1990 + (n % 7) * 100;
    const qint64 goods = unit * 2;
    const qint64 paid = step >= 1 ? goods + 800 - 300 : 0;
    const qint64 refunded = step >= 3 ? unit : 0;
    QJsonObject line{{"oid", o.tid + "01"},
                     {"sku_code", QStringLiteral("SKU-%1").arg(n % 50)},
                     {"title", QStringLiteral("纯棉T恤 %1").arg(n)},
                     {"attributes", "颜色:白色;尺码:L"},
                     {"quantity", 2},
                     {"unit_fen", unit},
                     {"amount_fen", goods},
                     {"cancelled", false},
                     {"refunded_fen", refunded}};
    return QJsonObject{{"order_no", o.orderNo},
                       {"tid", o.tid},
                       {"shop_id", "1"},
                       {"created_at", "2025-03-20 10:00:00"},
                       {"updated_at", QStringLiteral("2025-03-20 1%1:00:00").arg(step)},
                       {"status", s.status},
                       {"on_hold", false},
                       {"pay_status", s.pay},
                       {"ship_status", s.ship},
                       {"buyer_nick", QStringLiteral("买家%1").arg(n)},
                       {"receiver_name", "张三"},
                       {"receiver_mobile", "13800138000"},
                       {"receiver_state", "浙江省"},
                       {"receiver_city", "杭州市"},
                       {"receiver_district", "西湖区"},
                       {"receiver_address", "文三路 100 号"},
                       {"goods_fen", goods},
                       {"freight_fen", 800},
                       {"discount_fen", 300},
                       {"paid_fen", paid},
                       {"refunded_fen", refunded},
                       {"is_cod", false},
                       {"express_company", step >= 2 ? "SF" : ""},
                       {"tracking_no", step >= 2 ? QStringLiteral("SF%1").arg(n) : QString()},
                       {"buyer_memo", ""},
                       {"remarks", ""},
                       {"lines", QJsonArray{line}}};
}

CrmFixture::CrmFixture(Database &db) : m_db(db)
{
    Shop s;
    s.code = QStringLiteral("crm-shop");
    s.name = QStringLiteral("CRM 测试店");
    s.platform = PlatformKind::Top;
    auto id = ShopRepository(db).create(s);
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message.toStdString());
    m_shop = id.valueOr(0);
}

static FixtureOrder insertOrder(QSqlQuery &q, qint64 shop, const QString &tid)
{
    FixtureOrder o;
    o.tid = tid;
    o.orderNo = QStringLiteral("SO") + tid;
    const QString now = sql::nowText();
    auto st =
        sql::exec(q, QStringLiteral("INSERT INTO trades (shop_id, tid, state, received_at) VALUES (?, ?, 'converted', ?) RETURNING id"), {shop, tid, now});
    EXPECT_TRUE(st.ok()) << (st.ok() ? "" : st.error().message.toStdString());
    if (!q.next())
        return o;
    const qint64 trade = q.value(0).toLongLong();
    st = sql::exec(q,
                   QStringLiteral("INSERT INTO sales_orders (order_no, shop_id, trade_id, tid, created_at, updated_at, crm_state) "
                                  "VALUES (?, ?, ?, ?, ?, ?, 'pending') RETURNING id"),
                   {o.orderNo, shop, trade, tid, now, now});
    EXPECT_TRUE(st.ok()) << (st.ok() ? "" : st.error().message.toStdString());
    if (q.next())
        o.id = q.value(0).toLongLong();
    return o;
}

static QString insertEvent(QSqlQuery &q, qint64 orderId, int seq, CrmEvent event, const QJsonObject &payload)
{
    const QString task = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString method = event == CrmEvent::Created ? QStringLiteral("store.trade.add") : QStringLiteral("store.trade.update");
    auto st = sql::exec(q,
                        QStringLiteral("INSERT INTO crm_outbox (order_id, seq, event, task, method, payload, state, created_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, 'pending', ?)"),
                        {orderId, seq, toKey(event), task, method, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), sql::nowText()});
    EXPECT_TRUE(st.ok()) << (st.ok() ? "" : st.error().message.toStdString());
    return task;
}

QList<FixtureOrder> CrmFixture::addOrders(int count, int first, int steps)
{
    QList<FixtureOrder> out;
    QSqlDatabase c = m_db.connection();
    sql::Transaction tx(c, m_db.dialect());
    EXPECT_TRUE(tx.begin().ok());
    QSqlQuery q(c);
    for (int n = first; n < first + count; ++n)
        out << insertOrder(q, m_shop, QStringLiteral("T%1").arg(n));
    // Events are appended step by step across orders, as the changes would happen over a day;
    // written 200 rows per statement (a round trip per row is slow on PostgreSQL).
    QVariantList rows;
    auto flush = [&] {
        if (rows.isEmpty())
            return;
        QStringList values;
        for (int i = 0; i < rows.size() / 7; ++i)
            values << QStringLiteral("(?, ?, ?, ?, ?, ?, 'pending', ?)");
        auto st = sql::exec(q,
                            QStringLiteral("INSERT INTO crm_outbox (order_id, seq, event, task, method, payload, state, created_at) VALUES ")
                                + values.join(QLatin1Char(',')),
                            rows);
        EXPECT_TRUE(st.ok()) << (st.ok() ? "" : st.error().message.toStdString());
        rows.clear();
    };
    const QString now = sql::nowText();
    for (int step = 0; step < steps; ++step) {
        const CrmEvent event = lifecycle().at(step).event;
        for (int i = 0; i < out.size(); ++i) {
            rows << out[i].id << step + 1 << toKey(event) << QUuid::createUuid().toString(QUuid::WithoutBraces)
                 << (event == CrmEvent::Created ? QStringLiteral("store.trade.add") : QStringLiteral("store.trade.update"))
                 << QString::fromUtf8(QJsonDocument(lifecycleSnapshot(out[i], first + i, step)).toJson(QJsonDocument::Compact)) << now;
            if (rows.size() >= 200 * 7)
                flush();
        }
    }
    flush();
    EXPECT_TRUE(tx.commit().ok());
    return out;
}

FixtureOrder CrmFixture::addOrder(const QString &tid)
{
    QSqlQuery q(m_db.connection());
    return insertOrder(q, m_shop, tid);
}

QString CrmFixture::addEvent(qint64 orderId, CrmEvent event, const QJsonObject &payload)
{
    QSqlDatabase c = m_db.connection();
    const int seq = int(sql::scalar(c, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM crm_outbox WHERE order_id = ?"), {orderId}).valueOr(0)) + 1;
    QSqlQuery q(c);
    const QString task = insertEvent(q, orderId, seq, event, payload);
    sql::exec(q, QStringLiteral("UPDATE sales_orders SET crm_state = CASE WHEN crm_state = 'failed' THEN 'failed' ELSE 'pending' END WHERE id = ?"), {orderId});
    return task;
}

qint64 CrmFixture::count(const QString &where)
{
    return sql::scalar(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM crm_outbox") + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where))
        .valueOr(-1);
}

struct LoopbackServer::Impl {
    httplib::Server server;
    std::thread thread;
};

LoopbackServer::LoopbackServer(const std::function<void(httplib::Server &)> &install) : d(new Impl)
{
    d->server.set_payload_max_length(1 << 20);
    d->server.set_read_timeout(10, 0);
    d->server.set_write_timeout(10, 0);
    d->server.set_keep_alive_timeout(1);
    d->server.set_tcp_nodelay(true);
    install(d->server);
    m_port = d->server.bind_to_any_port("127.0.0.1");
    EXPECT_GT(m_port, 0);
    d->thread = std::thread([this] { d->server.listen_after_bind(); });
    waitFor([this] { return d->server.is_running(); }, 10000);
}

LoopbackServer::~LoopbackServer()
{
    d->server.stop();
    if (d->thread.joinable())
        d->thread.join();
    delete d;
}

QString LoopbackServer::base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

bool waitFor(const std::function<bool()> &cond, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!cond()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(10);
    }
    return true;
}

// Every outbox row done, and the simulator applied each task exactly once, per order in seq order,
// with the statuses of the lifecycle snapshots.
void expectCrmExactlyOnceInOrder(Database &db, const crm::CrmSimulator &sim, const QList<FixtureOrder> &orders, int steps)
{
    EXPECT_EQ(sql::scalar(db.connection(), "SELECT COUNT(*) FROM crm_outbox WHERE state <> 'done'").value(), 0);
    EXPECT_EQ(sql::scalar(db.connection(), "SELECT COUNT(*) FROM sales_orders WHERE crm_state <> 'synced'").value(), 0);
    const auto received = sim.received();
    EXPECT_EQ(sim.appliedCount(), qint64(orders.size()) * steps);
    EXPECT_EQ(received.size(), orders.size());
    QSqlQuery q(db.connection());
    int bad = 0;
    for (const FixtureOrder &o : orders) {
        ASSERT_TRUE(sql::exec(q, "SELECT task FROM crm_outbox WHERE order_id = ? ORDER BY seq", {o.id}).ok());
        QStringList tasks;
        while (q.next())
            tasks << q.value(0).toString();
        const auto got = received.value(o.tid);
        QStringList gotTasks;
        for (const auto &r : got)
            gotTasks << r.task;
        if (gotTasks != tasks && ++bad <= 5)
            ADD_FAILURE() << "order " << o.tid.toStdString() << " applied " << gotTasks.join(',').toStdString() << " expected "
                          << tasks.join(',').toStdString();
        for (int i = 0; i < got.size() && i < steps; ++i) {
            const auto &step = lifecycle().at(i);
            if (got[i].status != step.wireStatus || got[i].payStatus != step.wirePay || got[i].shipStatus != step.wireShip) {
                if (++bad <= 5)
                    ADD_FAILURE() << "order " << o.tid.toStdString() << " step " << i << " statuses " << got[i].status.toStdString() << "/"
                                  << got[i].payStatus.toStdString() << "/" << got[i].shipStatus.toStdString();
            }
            if (i > 0 && got[i].index <= got[i - 1].index && ++bad <= 5)
                ADD_FAILURE() << "order " << o.tid.toStdString() << " applied out of order";
        }
    }
    EXPECT_EQ(bad, 0);
}

void startDispatchWorker(QProcess &p, const QString &workerPath, const QString &spec, const QString &crmUrl, const QString &token)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("ORDERDESK_CRM_TOKEN", token);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(workerPath,
            {"--db", spec, "--crm-url", crmUrl, "--callback-base", "http://127.0.0.1:1", "--poll-ms", "50", "--transfer-timeout-ms", "1000",
             "--callback-timeout-ms", "1500", "--backoff-base-ms", "20", "--backoff-cap-ms", "300"});
    ASSERT_TRUE(p.waitForStarted(10000));
    ASSERT_TRUE(waitFor([&] { return p.canReadLine() || p.waitForReadyRead(10); }, 30000));
}

} // namespace od::test
