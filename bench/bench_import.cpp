// Benchmark 1: 100,000 pushed orders (seed-shaped JSON from the MallSimulator's generator) imported
// through our path — parse + mall mapper + payload encoding on handler threads, IntakeBatcher group
// commit, exactly what the push receiver does — against the limit: a raw sqlite3 C-API loop inserting
// the same mapped rows (trades + trade_payloads + trade_lines, same schema) with prepared statements
// in one transaction. Ours runs once per payload codec (zlib / uncompressed). Then the import rate
// into tables already holding each of the bench sizes (Context::sizes: 100k, 1M, and 3M with --full).
#include "benchcommon.h"

#include "push/intakebatcher.h"
#include "platforms/mall/mallmapper.h"
#include "sim/mall/mallsimulator.h"
#include "push/pushstore.h"
#include "storage/database.h"
#include "storage/payloads.h"
#include "storage/shoprepository.h"
#include "storage/sql.h"
#include "benchdata.h"
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

constexpr int kThreads = 8;

int64_t makeShop(od::Database &db)
{
    od::Shop s;
    s.code = QStringLiteral("mall");
    s.name = QStringLiteral("微信商城");
    s.platform = od::PlatformKind::MallPush;
    return od::ShopRepository(db).create(s).value();
}

#ifdef ORDERDESK_HAVE_SQLITE3_C_API
// The limit: the same mapped rows (TradeRepository::rowColumns/rowValues: every column ours writes),
// their lines and their payload rows (encoded as ours stores them), prepared statements, one
// transaction, no upsert logic (no tombstone / existing-row lookups).
double rawInsert(const QString &path, const std::vector<od::Trade> &trades, const std::vector<od::payload::Stored> &payloads, QString *error)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK) {
        *error = QStringLiteral("open failed");
        return 0;
    }
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536;", nullptr, nullptr, nullptr);
    const QString cols = od::TradeRepository::rowColumns();
    const int ncols = int(cols.count(QLatin1Char(',')) + 1);
    const QByteArray tsql =
        QStringLiteral("INSERT INTO trades(shop_id, tid, %1, received_at) VALUES (?,?,%2?)").arg(cols, QStringLiteral("?,").repeated(ncols)).toUtf8();
    const char *lsql = "INSERT INTO trade_lines(trade_id, line_no, oid, item_id, sku_id, outer_sku_id, title, attributes, quantity, "
                       "unit_fen, amount_fen, refund_status, discount_fen) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)";
    const char *psql = "INSERT INTO trade_payloads(trade_id, codec, body) VALUES (?,?,?)";
    sqlite3_stmt *ts = nullptr, *ls = nullptr, *ps = nullptr;
    if (sqlite3_prepare_v2(db, tsql.constData(), -1, &ts, nullptr) != SQLITE_OK || sqlite3_prepare_v2(db, lsql, -1, &ls, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(db, psql, -1, &ps, nullptr) != SQLITE_OK) {
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
    for (size_t n = 0; n < trades.size(); ++n) {
        const od::Trade &tr = trades[n];
        int i = 1;
        sqlite3_bind_int64(ts, i++, tr.shopId);
        text(ts, i++, tr.tid);
        for (const QVariant &v : od::TradeRepository::rowValues(tr)) {
            if (v.typeId() == QMetaType::QString)
                text(ts, i++, v.toString());
            else
                sqlite3_bind_int64(ts, i++, v.toLongLong());
        }
        text(ts, i++, now);
        if (sqlite3_step(ts) != SQLITE_DONE) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            break;
        }
        sqlite3_reset(ts);
        const sqlite3_int64 id = sqlite3_last_insert_rowid(db);
        if (!payloads[n].body.isEmpty()) {
            sqlite3_bind_int64(ps, 1, id);
            sqlite3_bind_int(ps, 2, int(payloads[n].codec));
            sqlite3_bind_blob(ps, 3, payloads[n].body.constData(), int(payloads[n].body.size()), SQLITE_STATIC);
            if (sqlite3_step(ps) != SQLITE_DONE)
                *error = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_reset(ps);
        }
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
            sqlite3_bind_int64(ls, k++, l.discount.fen());
            if (sqlite3_step(ls) != SQLITE_DONE)
                *error = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_reset(ls);
        }
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double ms = bench::msSince(t);
    sqlite3_finalize(ts);
    sqlite3_finalize(ls);
    sqlite3_finalize(ps);
    sqlite3_close(db);
    return ms;
}
#endif

std::vector<QByteArray> makeBodies(int n, int firstNo, qint64 *bytes)
{
    // The bodies first (deterministic seed), as the mall would send them.
    od::push::MallSimulator sim(20251125);
    std::vector<QByteArray> bodies;
    bodies.reserve(size_t(n));
    const QDateTime base(QDate(2025, 11, 1), QTime(0, 0));
    for (int i = firstNo; i < firstNo + n; ++i) {
        const std::string s = sim.randomOrder(i, base.addSecs(i).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))).dump();
        bodies.emplace_back(s.data(), qsizetype(s.size()));
        *bytes += qint64(s.size());
    }
    return bodies;
}

struct OursRun {
    double perSecond = 0;
    od::push::IntakeBatcher::Stats stats;
    int failed = 0;
    QString firstError;
    qint64 payloadBytes = 0; // stored payload bytes (trade_payloads.body)
};

// As the receiver does under load: handler threads parse, verify-free map, encode the payload and
// hand the order to the group-commit batcher, which writes whatever is waiting in one transaction.
OursRun importOurs(const QString &path, const std::vector<QByteArray> &bodies, int64_t shop)
{
    od::Database db(od::DbConfig::parse(path).value());
    if (!db.open().ok())
        qFatal("open failed");
    if (shop == 0)
        shop = od::sql::scalar(db.connection(), QStringLiteral("SELECT MIN(id) FROM shops")).value();
    od::push::IntakeBatcher batcher(db);
    std::atomic<int> next{0}, failed{0};
    OursRun out;
    std::mutex errorMutex;
    const int n = int(bodies.size());
    QElapsedTimer t;
    t.start();
    std::vector<std::thread> workers;
    for (int w = 0; w < kThreads; ++w)
        workers.emplace_back([&] {
            auto fail = [&](const QString &e) {
                ++failed;
                std::lock_guard<std::mutex> g(errorMutex);
                out.firstError = e;
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
    out.perSecond = n * 1000.0 / std::max(1.0, bench::msSince(t));
    out.stats = batcher.stats();
    out.failed = failed;
    out.payloadBytes = od::sql::scalar(db.connection(), QStringLiteral("SELECT COALESCE(SUM(LENGTH(body)), 0) FROM trade_payloads")).value();
    return out;
}

QString freshMigrated(const bench::Context &ctx, const QString &name, int64_t *shop)
{
    const QString path = freshDb(ctx, name);
    od::Database db(od::DbConfig::parse(path).value());
    if (!db.migrate().ok())
        qFatal("migrate failed");
    *shop = makeShop(db);
    return path;
}

std::vector<bench::Figure> run(const bench::Context &ctx)
{
    const int n = ctx.scaled(100000);
    qint64 bytes = 0;
    const std::vector<QByteArray> bodies = makeBodies(n, 1, &bytes);

    // Ours, once per payload codec (the comparison the codec was chosen by), the chosen one last.
    const od::payload::Codec chosen = od::payload::writeCodec();
    const od::payload::Codec other = chosen == od::payload::Codec::Zlib ? od::payload::Codec::Plain : od::payload::Codec::Zlib;
    int64_t shop = 0;
    od::payload::setWriteCodec(other);
    const OursRun otherRun = importOurs(freshMigrated(ctx, QStringLiteral("import-ours-other.sqlite"), &shop), bodies, shop);
    od::payload::setWriteCodec(chosen);
    const QString oursPath = freshMigrated(ctx, QStringLiteral("import-ours.sqlite"), &shop);
    const OursRun ours = importOurs(oursPath, bodies, shop);
    auto codecName = [](od::payload::Codec c) { return c == od::payload::Codec::Zlib ? QStringLiteral("zlib") : QStringLiteral("uncompressed"); };

    bench::Figure f;
    f.id = QStringLiteral("1");
    f.figure = QStringLiteral("import pushed orders (%1, avg %2 KB)").arg(n).arg(double(bytes) / n / 1024.0, 0, 'f', 1);
    f.unit = QStringLiteral("orders/s");
    f.ours = ours.perSecond;
    f.target = QStringLiteral("≥ 10,000/s and ≥ 0.7× raw sqlite3");
    f.note = QStringLiteral("ours = parse + mapMallOrder + payload encode on %1 threads + IntakeBatcher group commit, as the receiver does "
                            "(%2 transactions, %3 orders each on average, largest %4); the limit commits once. Payload %5: %6 B/order stored; "
                            "%7: %8 orders/s, %9 B/order stored")
                 .arg(kThreads)
                 .arg(ours.stats.batches)
                 .arg(double(ours.stats.orders) / std::max<qint64>(1, ours.stats.batches), 0, 'f', 1)
                 .arg(ours.stats.largest)
                 .arg(codecName(chosen))
                 .arg(ours.payloadBytes / std::max(1, n))
                 .arg(codecName(other))
                 .arg(otherRun.perSecond, 0, 'f', 0)
                 .arg(otherRun.payloadBytes / std::max(1, n));
    if (ours.failed)
        f.note += QStringLiteral("; %1 failed (%2)").arg(ours.failed).arg(ours.firstError);

#ifdef ORDERDESK_HAVE_SQLITE3_C_API
    // The limit: mapping and encoding done beforehand (not timed), the same rows into a fresh migrated database.
    std::vector<od::Trade> mapped;
    std::vector<od::payload::Stored> payloads;
    mapped.reserve(bodies.size());
    payloads.reserve(bodies.size());
    {
        int64_t rawShop = 0;
        const QString rawPath = freshMigrated(ctx, QStringLiteral("import-raw.sqlite"), &rawShop);
        for (const QByteArray &body : bodies) {
            auto j = od::push::parsePushBody(body);
            if (!j.ok())
                continue;
            auto m = od::push::mapMallOrder(j.value(), rawShop, body);
            if (m.ok()) {
                payloads.push_back(od::payload::encode(m.value().trade.rawPayload));
                mapped.push_back(std::move(m.value().trade));
            }
        }
        QString error;
        const double rawMs = rawInsert(rawPath, mapped, payloads, &error);
        if (rawMs > 0)
            f.baseline = double(mapped.size()) * 1000.0 / rawMs;
        if (!error.isEmpty())
            f.note += QStringLiteral("; raw loop error: %1").arg(error);
    }
#endif
    f.met = f.ours >= 10000 && (!f.baseline || f.ours >= 0.7 * *f.baseline);
    std::vector<bench::Figure> out{f};

    // How the import rate grows with the table: the same path importing new orders into a copy of
    // the list bench's database holding `size` trades.
    const int m = ctx.scaled(20000);
    qint64 moreBytes = 0;
    const std::vector<QByteArray> more = makeBodies(m, 50000000, &moreBytes);
    for (int size : ctx.sizes) {
        const QString src = bench::ensureTradeDatabase(ctx, size);
        const QString copy = freshDb(ctx, QStringLiteral("import-into-%1.sqlite").arg(size));
        if (!QFile::copy(src, copy)) {
            fprintf(stderr, "   cannot copy %s\n", qPrintable(src));
            continue;
        }
        const OursRun r = importOurs(copy, more, 0);
        bench::Figure g;
        g.id = QStringLiteral("1-%1").arg(bench::sizeLabel(size));
        g.figure = QStringLiteral("import %1 pushed orders into a table of %2 trades").arg(m).arg(size);
        g.unit = QStringLiteral("orders/s");
        g.ours = r.perSecond;
        g.baseline = ours.perSecond;
        g.target = QStringLiteral("growth (baseline: into an empty table)");
        g.met = true;
        g.note = QStringLiteral("%1 transactions, largest %2").arg(r.stats.batches).arg(r.stats.largest);
        if (r.failed)
            g.note += QStringLiteral("; %1 failed (%2)").arg(r.failed).arg(r.firstError);
        out.push_back(g);
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(copy + QString::fromLatin1(suffix));
    }
    return out;
}

bench::Register reg("1", "import 100,000 pushed orders vs raw sqlite3 inserts; import rate by table size", run);

} // namespace
