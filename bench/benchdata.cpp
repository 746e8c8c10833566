#include "benchdata.h"

#include "sim/demo/sampledata.h"
#include "storage/database.h"
#include "storage/shoprepository.h"
#include "storage/sql.h"
#include "storage/traderepository.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <cstdio>

namespace bench {

QString ensureTradeDatabase(const Context &ctx, int count)
{
    const QString path = QDir(ctx.dataDir).filePath(QStringLiteral("trades-%1.sqlite").arg(count));
    {
        od::Database db(od::DbConfig::parse(path).value());
        if (QFile::exists(path) && db.migrate().ok()) {
            auto n = od::sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM trades WHERE state = 'pending'"));
            if (n.ok() && n.value() == count)
                return path;
        }
    }
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QString::fromLatin1(suffix));
    od::Database db(od::DbConfig::parse(path).value());
    if (!db.migrate().ok())
        qFatal("cannot create %s", qPrintable(path));
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
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    q.exec(QStringLiteral("ANALYZE"));
    return path;
}

} // namespace bench
