// Benchmark 2: batch conversion of 10,000 pending trades with ConversionService (sales order, lines,
// audit, outbox; chunked transactions of 200 trades, each chunk set-based: one statement per table) on SQLite and, when ORDERDESK_BENCH_PG is set, on a
// fresh database of that PostgreSQL server.
#include "benchcommon.h"

#include "auth/session.h"
#include "sim/demo/sampledata.h"
#include "storage/database.h"
#include "storage/shoprepository.h"
#include "storage/traderepository.h"
#include "workflow/conversionservice.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QUuid>

namespace {

od::Trade convertibleTrade(int64_t shop, int serial)
{
    od::sample::Generator gen(7 + quint32(serial));
    od::Trade t = gen.trade(shop, serial, QDateTime(QDate(2025, 3, 20), QTime(0, 0)).addSecs(serial * 60LL).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    t.paid = true;
    t.cod = false;
    t.closed = false;
    t.platformStatus = QStringLiteral("WAIT_SELLER_SEND_GOODS");
    for (od::TradeLine &l : t.lines)
        l.refundStatus = QStringLiteral("NO_REFUND");
    return t;
}

struct Outcome {
    double perSecond = 0;
    double cpuSeconds = 0; // the converting thread's CPU time (SQLite: all of the work; PostgreSQL: the client's part)
    int succeeded = 0;
    QString error;
};

Outcome convertOn(const QString &spec, int n)
{
    Outcome out;
    od::Database db(od::DbConfig::parse(spec).value());
    if (auto st = db.migrate(); !st.ok()) {
        out.error = st.error().message;
        return out;
    }
    od::Shop s;
    s.code = QStringLiteral("s1");
    s.name = QStringLiteral("店铺 s1");
    const int64_t shop = od::ShopRepository(db).create(s).value();
    std::vector<int64_t> ids;
    od::TradeRepository repo(db);
    std::vector<od::Trade> batch;
    for (int i = 1; i <= n; ++i) {
        batch.push_back(convertibleTrade(shop, i));
        if (batch.size() == 1000 || i == n) {
            auto r = repo.upsert(batch);
            if (!r.ok()) {
                out.error = r.error().message;
                return out;
            }
            for (const auto &u : r.value())
                ids.push_back(u.tradeId);
            batch.clear();
        }
    }
    od::ConversionService conv(db);
    const od::Session clerk{QStringLiteral("clerk"), od::Role::Operator};
    QElapsedTimer t;
    t.start();
    const qint64 cpu0 = bench::threadCpuNs();
    auto r = conv.convert(clerk, ids);
    const double ms = bench::msSince(t);
    out.cpuSeconds = (bench::threadCpuNs() - cpu0) / 1e9;
    if (!r.ok()) {
        out.error = r.error().message;
        return out;
    }
    out.succeeded = r->succeeded();
    out.perSecond = out.succeeded * 1000.0 / std::max(1.0, ms);
    if (r->failed())
        out.error = QStringLiteral("%1 failed").arg(r->failed());
    return out;
}

void pgAdmin(const QString &spec, const QString &sqlText)
{
    od::Database admin(od::DbConfig::parse(spec).value());
    if (admin.open().ok()) {
        QSqlQuery q(admin.connection());
        q.exec(sqlText);
    }
}

std::vector<bench::Figure> run(const bench::Context &ctx)
{
    const int n = ctx.scaled(10000);
    std::vector<bench::Figure> out;
    const QString path = QDir(ctx.dataDir).filePath(QStringLiteral("convert.sqlite"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QString::fromLatin1(suffix));
    const Outcome sq = convertOn(path, n);
    bench::Figure f;
    f.id = QStringLiteral("2a");
    f.figure = QStringLiteral("batch convert %1 pending trades, SQLite").arg(n);
    f.unit = QStringLiteral("trades/s");
    f.ours = sq.perSecond;
    f.target = QStringLiteral("≥ 5,000/s");
    f.met = sq.perSecond >= 5000 && sq.succeeded == n;
    f.note = QStringLiteral("chunks of 200, one statement per table and chunk; converting thread's CPU %1 s (%2 trades per CPU-second)")
                 .arg(sq.cpuSeconds, 0, 'f', 2)
                 .arg(sq.cpuSeconds > 0 ? sq.succeeded / sq.cpuSeconds : 0, 0, 'f', 0);
    if (!sq.error.isEmpty())
        f.note += QStringLiteral("; ") + sq.error;
    out.push_back(f);

    bench::Figure p;
    p.id = QStringLiteral("2b");
    p.figure = QStringLiteral("batch convert %1 pending trades, PostgreSQL").arg(n);
    p.unit = QStringLiteral("trades/s");
    p.target = QStringLiteral("≥ 3,000/s");
    const QString admin = qEnvironmentVariable("ORDERDESK_BENCH_PG");
    if (admin.isEmpty()) {
        p.note = QStringLiteral("skipped: ORDERDESK_BENCH_PG not set");
    } else {
        const QString name = QStringLiteral("odbench_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
        pgAdmin(admin, QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(name));
        const Outcome pg = convertOn(admin.left(admin.lastIndexOf(QLatin1Char('/')) + 1) + name, n);
        pgAdmin(admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        p.ours = pg.perSecond;
        p.met = pg.perSecond >= 3000 && pg.succeeded == n;
        p.note = QStringLiteral("chunks of 200, ~10 statements a chunk (QPSQL: prepare + execute each, no pipelining); client thread's CPU %1 s")
                     .arg(pg.cpuSeconds, 0, 'f', 2);
        if (!pg.error.isEmpty())
            p.note += QStringLiteral("; ") + pg.error;
    }
    out.push_back(p);
    return out;
}

bench::Register reg("2", "batch conversion of pending trades (SQLite, PostgreSQL)", run);

} // namespace
