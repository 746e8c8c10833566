#include "benchdata.h"

#include "sim/demo/sampledata.h"
#include "storage/database.h"
#include "storage/shoprepository.h"
#include "storage/sql.h"
#include "storage/traderepository.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <cstdio>

namespace bench {

namespace {

qint64 pendingCount(od::Database &db)
{
    auto n = od::sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM trades WHERE state = 'pending'"));
    return n.ok() ? n.value() : -1;
}

// Fills a freshly migrated database with `count` pending trades (fixed seed), 5,000 per transaction.
void generate(od::Database &db, int count)
{
    od::Shop a, b;
    a.code = QStringLiteral("tb");
    a.name = QStringLiteral("淘宝旗舰店");
    b.code = QStringLiteral("wx");
    b.name = QStringLiteral("微信商城");
    b.platform = od::PlatformKind::MallPush;
    const int64_t shopA = od::ShopRepository(db).create(a).value();
    const int64_t shopB = od::ShopRepository(db).create(b).value();
    od::sample::Generator gen(424242);
    od::TradeRepository repo(db);
    const QDateTime base(QDate(2025, 11, 1), QTime(0, 0));
    QElapsedTimer t;
    t.start();
    std::vector<od::Trade> batch;
    for (int i = 0; i < count; ++i) {
        batch.push_back(gen.trade(i % 3 ? shopA : shopB, i, base.addSecs(i * 2).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        if (batch.size() == 5000 || i == count - 1) {
            if (auto r = repo.upsert(batch); !r.ok())
                qFatal("generating: %s", qPrintable(r.error().message));
            batch.clear();
            if ((i + 1) % 100000 == 0)
                fprintf(stderr, "   generated %d trades (%.0f s)\n", i + 1, t.elapsed() / 1000.0);
        }
    }
}

} // namespace

QString ensureTradeDatabase(const Context &ctx, int count)
{
    const QString path = QDir(ctx.dataDir).filePath(QStringLiteral("trades-%1.sqlite").arg(count));
    {
        od::Database db(od::DbConfig::parse(path).value());
        if (QFile::exists(path) && db.migrate().ok() && pendingCount(db) == count)
            return path;
    }
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QString::fromLatin1(suffix));
    od::Database db(od::DbConfig::parse(path).value());
    if (!db.migrate().ok())
        qFatal("cannot create %s", qPrintable(path));
    generate(db, count);
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    q.exec(QStringLiteral("ANALYZE"));
    return path;
}

QString ensurePgTradeDatabase(const Context &ctx, int count, QString *why)
{
    Q_UNUSED(ctx);
    const QString admin = qEnvironmentVariable("ORDERDESK_BENCH_PG");
    if (admin.isEmpty()) {
        *why = QStringLiteral("ORDERDESK_BENCH_PG not set");
        return {};
    }
    const QString name = QStringLiteral("orderdesk_bench_trades_%1").arg(count);
    const QString spec = admin.left(admin.lastIndexOf(QLatin1Char('/')) + 1) + name;
    {
        auto cfg = od::DbConfig::parse(spec);
        if (!cfg.ok()) {
            *why = cfg.error().message;
            return {};
        }
        od::Database db(cfg.value());
        if (db.open().ok() && db.migrate().ok() && pendingCount(db) == count)
            return spec;
    }
    {
        od::Database adminDb(od::DbConfig::parse(admin).value());
        if (od::Status st = adminDb.open(); !st.ok()) {
            *why = st.error().message;
            return {};
        }
        QSqlQuery q(adminDb.connection());
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        if (!q.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'").arg(name))) {
            *why = q.lastError().text();
            return {};
        }
    }
    od::Database db(od::DbConfig::parse(spec).value());
    if (od::Status st = db.migrate(); !st.ok()) {
        *why = st.error().message;
        return {};
    }
    fprintf(stderr, "   generating %d trades on PostgreSQL (kept as %s)\n", count, qPrintable(name));
    generate(db, count);
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("VACUUM ANALYZE"));
    return spec;
}

} // namespace bench
