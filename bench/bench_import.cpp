// Benchmark 1: 100,000 pushed orders (seed-shaped JSON from the MallSimulator's generator) imported
// through our path — parse + mall mapper + PushStore::intake (one transaction per order, exactly what
// the push receiver does per request) — against the limit: a raw sqlite3 C-API loop inserting the same
// mapped rows (trades + trade_lines) with prepared statements in one transaction.
#include "benchcommon.h"

#include "push/intakebatcher.h"
#include "platforms/mall/mallmapper.h"
#include "sim/mall/mallsimulator.h"
#include "push/pushstore.h"
#include "storage/database.h"
#include "storage/shoprepository.h"
#include "storage/traderepository.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>
#ifdef ORDERDESK_HAVE_SQLITE3_C_API
#include <sqlite3.h>
#endif

namespace {

QString freshDb(const bench::Context &ctx, const QString &name)
{
    const QString path = QDir(ctx.dataDir).filePath(name);
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QString::fromLatin1(suffix));
    return path;
}

int64_t makeShop(od::Database &db)
{
    od::Shop s;
    s.code = QStringLiteral("mall");
    s.name = QStringLiteral("微信商城");
    s.platform = od::PlatformKind::MallPush;
    return od::ShopRepository(db).create(s).value();
}

#ifdef ORDERDESK_HAVE_SQLITE3_C_API
// The limit: the same mapped rows, prepared statements, one transaction, no upsert logic.
double rawInsert(const QString &path, const std::vector<od::Trade> &trades, QString *error)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK) {
        *error = QStringLiteral("open failed");
        return 0;
    }
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", nullptr, nullptr, nullptr);
    const char *tsql = "INSERT INTO trades(shop_id, tid, platform_status, buyer_nick, receiver_name, receiver_mobile, receiver_state, "
                       "receiver_city, receiver_district, receiver_address, created, modified, pay_time, is_paid, is_cod, is_closed, "
                       "goods_fen, freight_fen, discount_fen, paid_fen, buyer_memo, seller_memo, line_count, sku_summary, raw_payload, "
                       "search_text, received_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    const char *lsql = "INSERT INTO trade_lines(trade_id, line_no, oid, item_id, sku_id, outer_sku_id, title, attributes, quantity, "
                       "unit_fen, amount_fen, refund_status) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)";
    sqlite3_stmt *ts = nullptr, *ls = nullptr;
    if (sqlite3_prepare_v2(db, tsql, -1, &ts, nullptr) != SQLITE_OK || sqlite3_prepare_v2(db, lsql, -1, &ls, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return 0;
    }
    auto text = [](sqlite3_stmt *s, int i, const QString &v) {
        const QByteArray b = v.toUtf8();
        sqlite3_bind_text(s, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
    };
    const QString now = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QElapsedTimer t;
    t.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (const od::Trade &tr : trades) {
        int i = 1;
        sqlite3_bind_int64(ts, i++, tr.shopId);
        text(ts, i++, tr.tid);
        text(ts, i++, tr.platformStatus);
        text(ts, i++, tr.buyerNick);
        text(ts, i++, tr.receiverName);
        text(ts, i++, tr.receiverMobile);
        text(ts, i++, tr.receiverState);
        text(ts, i++, tr.receiverCity);
        text(ts, i++, tr.receiverDistrict);
        text(ts, i++, tr.receiverAddress);
        text(ts, i++, tr.created);
        text(ts, i++, tr.modified);
        text(ts, i++, tr.payTime);
        sqlite3_bind_int(ts, i++, tr.paid);
        sqlite3_bind_int(ts, i++, tr.cod);
        sqlite3_bind_int(ts, i++, tr.closed);
        sqlite3_bind_int64(ts, i++, tr.goodsTotal.fen());
        sqlite3_bind_int64(ts, i++, tr.freight.fen());
        sqlite3_bind_int64(ts, i++, tr.discount.fen());
        sqlite3_bind_int64(ts, i++, tr.paidAmount.fen());
        text(ts, i++, tr.buyerMemo);
        text(ts, i++, tr.sellerMemo);
        sqlite3_bind_int(ts, i++, int(tr.lines.size()));
        text(ts, i++, od::TradeRepository::skuSummaryOf(tr));
        text(ts, i++, tr.rawPayload);
        text(ts, i++, od::TradeRepository::searchTextOf(tr));
        text(ts, i++, now);
        if (sqlite3_step(ts) != SQLITE_DONE) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            break;
        }
        sqlite3_reset(ts);
        const sqlite3_int64 id = sqlite3_last_insert_rowid(db);
        int no = 0;
        for (const od::TradeLine &l : tr.lines) {
            int k = 1;
            sqlite3_bind_int64(ls, k++, id);
            sqlite3_bind_int(ls, k++, ++no);
            text(ls, k++, l.oid);
            text(ls, k++, l.itemId);
            text(ls, k++, l.skuId);
            text(ls, k++, l.outerSkuId);
            text(ls, k++, l.title);
            text(ls, k++, l.attributes);
            sqlite3_bind_int(ls, k++, l.quantity);
            sqlite3_bind_int64(ls, k++, l.unitPrice.fen());
            sqlite3_bind_int64(ls, k++, l.amount.fen());
            text(ls, k++, l.refundStatus);
            if (sqlite3_step(ls) != SQLITE_DONE)
                *error = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_reset(ls);
        }
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double ms = bench::msSince(t);
    sqlite3_finalize(ts);
    sqlite3_finalize(ls);
    sqlite3_close(db);
    return ms;
}
#endif

std::vector<bench::Figure> run(const bench::Context &ctx)
{
    const int n = ctx.scaled(100000);
    // The bodies first (deterministic seed), as the mall would send them.
    od::push::MallSimulator sim(20251125);
    std::vector<QByteArray> bodies;
    bodies.reserve(size_t(n));
    qint64 bytes = 0;
    const QDateTime base(QDate(2025, 11, 1), QTime(0, 0));
    for (int i = 1; i <= n; ++i) {
        const std::string s = sim.randomOrder(i, base.addSecs(i).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))).dump();
        bodies.emplace_back(s.data(), qsizetype(s.size()));
        bytes += qint64(s.size());
    }

    // Ours.
    const QString oursPath = freshDb(ctx, QStringLiteral("import-ours.sqlite"));
    od::Database db(od::DbConfig::parse(oursPath).value());
    if (!db.migrate().ok())
        qFatal("migrate failed");
    const int64_t shop = makeShop(db);
    // As the receiver does under load: handler threads parse, verify-free map and hand the order to the
    // group-commit batcher, which writes whatever is waiting in one transaction.
    od::push::IntakeBatcher batcher(db);
    std::atomic<int> next{0}, failed{0};
    QString firstError;
    std::mutex errorMutex;
    const int threads = 8;
    QElapsedTimer t;
    t.start();
    std::vector<std::thread> workers;
    for (int w = 0; w < threads; ++w)
        workers.emplace_back([&] {
            auto fail = [&](const QString &e) {
                ++failed;
                std::lock_guard<std::mutex> g(errorMutex);
                firstError = e;
            };
            for (int i = next++; i < n; i = next++) {
                const QByteArray &body = bodies[size_t(i)];
                auto j = od::push::parsePushBody(body);
                if (!j.ok()) {
                    fail(j.error().code);
                    continue;
                }
                auto m = od::push::mapMallOrder(j.value(), shop, body);
                if (!m.ok()) {
                    fail(m.error().code);
                    continue;
                }
                auto r = batcher.submit(m.value());
                if (!r.ok())
                    fail(r.error().code + QStringLiteral(": ") + r.error().message);
            }
            od::push::IntakeBatcher::releaseThreadState();
        });
    for (std::thread &w : workers)
        w.join();
    const double oursMs = bench::msSince(t);

    bench::Figure f;
    f.id = QStringLiteral("1");
    f.figure = QStringLiteral("import pushed orders (%1, avg %2 KB)").arg(n).arg(double(bytes) / n / 1024.0, 0, 'f', 1);
    f.unit = QStringLiteral("orders/s");
    f.ours = n * 1000.0 / std::max(1.0, oursMs);
    f.target = QStringLiteral("≥ 20,000/s and ≥ 0.5× raw sqlite3");
    const auto stats = batcher.stats();
    f.note = QStringLiteral("ours = parse + mapMallOrder on %1 threads + IntakeBatcher group commit, as the receiver does "
                            "(%2 transactions, %3 orders each on average, largest %4); the limit commits once")
                 .arg(threads)
                 .arg(stats.batches)
                 .arg(double(stats.orders) / std::max<qint64>(1, stats.batches), 0, 'f', 1)
                 .arg(stats.largest);
    if (failed)
        f.note += QStringLiteral("; %1 failed (%2)").arg(failed).arg(firstError);

#ifdef ORDERDESK_HAVE_SQLITE3_C_API
    // The limit: mapping done beforehand (not timed), the same rows into a fresh migrated database.
    std::vector<od::Trade> mapped;
    mapped.reserve(bodies.size());
    {
        const QString rawPath = freshDb(ctx, QStringLiteral("import-raw.sqlite"));
        od::Database rawDb(od::DbConfig::parse(rawPath).value());
        if (!rawDb.migrate().ok())
            qFatal("migrate failed");
        const int64_t rawShop = makeShop(rawDb);
        for (const QByteArray &body : bodies) {
            auto j = od::push::parsePushBody(body);
            if (!j.ok())
                continue;
            auto m = od::push::mapMallOrder(j.value(), rawShop, body);
            if (m.ok())
                mapped.push_back(std::move(m.value().trade));
        }
        QString error;
        const double rawMs = rawInsert(rawPath, mapped, &error);
        if (rawMs > 0)
            f.baseline = double(mapped.size()) * 1000.0 / rawMs;
        if (!error.isEmpty())
            f.note += QStringLiteral("; raw loop error: %1").arg(error);
    }
#endif
    f.met = f.ours >= 20000 && (!f.baseline || f.ours >= 0.5 * *f.baseline);
    return {f};
}

bench::Register reg("1", "import 100,000 pushed orders vs raw sqlite3 inserts", run);

} // namespace
