// Benchmark 5: CRM events (the outbox of converted orders, five lifecycle steps each) dispatched to
// the CrmSimulator (answering succ) by CrmDispatcher, against sequential blocking sends of the same
// events (one at a time, each waiting for its answer) to a second simulator.
#include "benchcommon.h"

#include "crm/crmmapping.h"
#include "sim/crm/crmsimulator.h"
#include "crm/dispatcher.h"
#include "domain/states.h"
#include "storage/database.h"
#include "storage/shoprepository.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>
#include <httplib.h>

namespace {

const QString kToken = QStringLiteral("bench-matrix-token");

struct Step {
    od::CrmEvent event;
    const char *status, *pay, *ship;
};
const Step kSteps[] = {{od::CrmEvent::Created, "unconfirmed", "unpaid", "not_shipped"},
                       {od::CrmEvent::Paid, "confirmed", "paid", "not_shipped"},
                       {od::CrmEvent::Shipped, "shipped", "paid", "shipped"},
                       {od::CrmEvent::Refunded, "shipped", "part_refunded", "shipped"},
                       {od::CrmEvent::Finished, "completed", "part_refunded", "shipped"}};

QJsonObject snapshot(const QString &tid, int n, int step)
{
    const Step &s = kSteps[step];
    const qint64 unit = 1990 + (n % 7) * 100, goods = unit * 2, paid = step >= 1 ? goods + 500 : 0, refunded = step >= 3 ? unit : 0;
    QJsonObject line{{"oid", tid + "01"},
                     {"sku_code", QStringLiteral("SKU-%1").arg(n % 50)},
                     {"title", QStringLiteral("纯棉T恤 %1").arg(n)},
                     {"attributes", "颜色:白色;尺码:L"},
                     {"quantity", 2},
                     {"unit_fen", unit},
                     {"amount_fen", goods},
                     {"cancelled", false},
                     {"refunded_fen", refunded}};
    return QJsonObject{{"order_no", QStringLiteral("SO") + tid},
                       {"tid", tid},
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

struct Event {
    QString method, task, payload;
};

// Orders and their outbox rows, written directly (as the conversion/order services would leave them).
std::vector<Event> seedOutbox(od::Database &db, int orders)
{
    std::vector<Event> events;
    od::Shop s;
    s.code = QStringLiteral("crm-shop");
    s.name = QStringLiteral("CRM 店");
    const qint64 shop = od::ShopRepository(db).create(s).value();
    QSqlDatabase c = db.connection();
    od::sql::Transaction tx(c, db.dialect());
    (void)tx.begin();
    QSqlQuery q(c);
    const QString now = od::sql::nowText();
    std::vector<std::pair<qint64, QString>> ids;
    for (int n = 1; n <= orders; ++n) {
        const QString tid = QStringLiteral("T%1").arg(n);
        (void)od::sql::exec(q, QStringLiteral("INSERT INTO trades (shop_id, tid, state, received_at) VALUES (?, ?, 'converted', ?) RETURNING id"),
                            {shop, tid, now});
        q.next();
        const qint64 trade = q.value(0).toLongLong();
        (void)od::sql::exec(q,
                            QStringLiteral("INSERT INTO sales_orders (order_no, shop_id, trade_id, tid, created_at, updated_at, crm_state) "
                                           "VALUES (?, ?, ?, ?, ?, ?, 'pending') RETURNING id"),
                            {QStringLiteral("SO") + tid, shop, trade, tid, now, now});
        q.next();
        ids.emplace_back(q.value(0).toLongLong(), tid);
    }
    for (int step = 0; step < 5; ++step)
        for (int i = 0; i < orders; ++i) {
            Event e;
            e.method = step == 0 ? QStringLiteral("store.trade.add") : QStringLiteral("store.trade.update");
            e.task = QUuid::createUuid().toString(QUuid::WithoutBraces);
            e.payload = QString::fromUtf8(QJsonDocument(snapshot(ids[size_t(i)].second, i + 1, step)).toJson(QJsonDocument::Compact));
            (void)od::sql::exec(q,
                                QStringLiteral("INSERT INTO crm_outbox (order_id, seq, event, task, method, payload, state, created_at) "
                                               "VALUES (?, ?, ?, ?, ?, ?, 'pending', ?)"),
                                {ids[size_t(i)].first, step + 1, od::toKey(kSteps[step].event), e.task, e.method, e.payload, now});
            events.push_back(e);
        }
    (void)tx.commit();
    return events;
}

od::crm::CrmSettings settingsFor(const od::crm::CrmSimulator &sim)
{
    od::crm::CrmSettings s;
    s.gatewayUrl = sim.url();
    s.certiId = QStringLiteral("1234567");
    s.fromNodeId = QStringLiteral("1001");
    s.toNodeId = QStringLiteral("2002");
    s.callbackBase = QStringLiteral("http://127.0.0.1:1");
    return s;
}

std::vector<bench::Figure> run(const bench::Context &ctx)
{
    const int orders = std::max(1, ctx.scaled(10000) / 5);
    const int total = orders * 5;
    const QString path = QDir(ctx.dataDir).filePath(QStringLiteral("crm.sqlite"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QString::fromLatin1(suffix));
    od::Database db(od::DbConfig::parse(path).value());
    if (!db.migrate().ok())
        qFatal("migrate failed");
    const std::vector<Event> events = seedOutbox(db, orders);

    bench::Figure f;
    f.id = QStringLiteral("5");
    f.figure = QStringLiteral("CRM events dispatched (%1 events, %2 orders)").arg(total).arg(orders);
    f.unit = QStringLiteral("events/s");
    f.target = QStringLiteral("≥ 3,000/s and ≥ 0.9× the sequential client");

    od::crm::CrmSimulator sim(kToken, 1);
    if (!sim.start()) {
        f.note = QStringLiteral("simulator did not start");
        return {f};
    }
    od::crm::DispatcherOptions o;
    o.pollMs = 50;
    od::crm::CrmDispatcher dispatcher(db, settingsFor(sim), kToken, o);
    QElapsedTimer t;
    t.start();
    dispatcher.start();
    qint64 done = 0;
    while (bench::msSince(t) < 600000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(20);
        done = od::sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM crm_outbox WHERE state = 'done'")).valueOr(0);
        if (done >= total)
            break;
    }
    const double ms = bench::msSince(t);
    dispatcher.stop();
    f.ours = done * 1000.0 / std::max(1.0, ms);
    f.note = QStringLiteral("maxInFlight %1, pollMs %2; simulator applied %3, duplicates %4")
                 .arg(o.maxInFlight)
                 .arg(o.pollMs)
                 .arg(sim.appliedCount())
                 .arg(sim.duplicateCount());
    if (done < total)
        f.note += QStringLiteral("; only %1 of %2 done").arg(done).arg(total);

    // Baseline: the same events, one blocking request at a time.
    od::crm::CrmSimulator sim2(kToken, 2);
    if (sim2.start()) {
        const od::crm::CrmSettings s2 = settingsFor(sim2);
        httplib::Client cli("127.0.0.1", sim2.port());
        cli.set_keep_alive(true);
        cli.set_tcp_nodelay(true); // as the dispatcher's client: else Nagle + delayed ACK, ~40 ms a request
        const std::string apiPath = QUrl(sim2.url()).path().toStdString();
        int ok = 0;
        QElapsedTimer b;
        b.start();
        for (const Event &e : events) {
            auto params = od::crm::buildRequest(s2, e.method, e.task, e.payload, od::sql::nowText());
            if (!params.ok())
                continue;
            od::crm::WireParams p = params.value();
            od::crm::signRequest(p, kToken);
            const QByteArray body = od::crm::formEncode(p);
            auto res = cli.Post(apiPath, body.constData(), size_t(body.size()), "application/x-www-form-urlencoded; charset=utf-8");
            if (res && res->status == 200 && res->body.find("succ") != std::string::npos)
                ++ok;
        }
        const double bms = bench::msSince(b);
        f.baseline = ok * 1000.0 / std::max(1.0, bms);
        f.note += QStringLiteral("; baseline: %1 of %2 answered succ (keep-alive httplib::Client)").arg(ok).arg(events.size());
        sim2.stop();
    }
    sim.stop();
    f.met = f.ours >= 3000 && f.baseline && f.ours >= 0.9 * *f.baseline && done >= total;
    return {f};
}

bench::Register reg("5", "CRM events dispatched by CrmDispatcher vs sequential blocking sends", run);

} // namespace
