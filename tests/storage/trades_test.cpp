#include "storage/sql.h"
#include "storage/traderepository.h"
#include "storagetestutil.h"

using namespace od;

TEST(TradeUpsert, NewerCopyUpdatesInPlaceNeverDuplicates)
{
    test::TestDb t;
    const int64_t shop = makeShop(t.db());
    sample::Generator gen(5);
    Trade tr = gen.trade(shop, 1, timeAt(10));
    TradeRepository repo(t.db());
    auto r = repo.upsert({tr});
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->at(0).outcome, UpsertOutcome::Created);

    EXPECT_EQ(repo.upsert({tr})->at(0).outcome, UpsertOutcome::Unchanged);

    Trade older = tr;
    older.modified = timeAt(5);
    older.receiverName = QStringLiteral("旧名字");
    EXPECT_EQ(repo.upsert({older})->at(0).outcome, UpsertOutcome::Unchanged);

    Trade newer = tr;
    newer.modified = timeAt(20);
    newer.receiverName = QStringLiteral("新收货人");
    newer.lines.resize(1);
    newer.lines[0].quantity = 9;
    EXPECT_EQ(repo.upsert({newer})->at(0).outcome, UpsertOutcome::Updated);

    EXPECT_EQ(sql::scalar(t->connection(), QStringLiteral("SELECT COUNT(*) FROM trades")).value(), 1);
    auto stored = repo.get(r->at(0).tradeId);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ((*stored)->receiverName, QStringLiteral("新收货人"));
    ASSERT_EQ((*stored)->lines.size(), 1u);
    EXPECT_EQ((*stored)->lines[0].quantity, 9);
    EXPECT_EQ((*stored)->paidAmount, tr.paidAmount);
    EXPECT_EQ((*stored)->tid, tr.tid);
}

TEST(TradeUpsert, LargePlatformIdsStayExact)
{
    test::TestDb t;
    const int64_t shop = makeShop(t.db());
    sample::Generator gen(5);
    Trade tr = gen.trade(shop, 1, timeAt(10));
    tr.tid = QStringLiteral("98765432109876543210"); // > 2^64
    tr.lines[0].oid = QStringLiteral("9007199254740993"); // 2^53 + 1
    TradeRepository repo(t.db());
    auto r = repo.upsert({tr});
    ASSERT_TRUE(r.ok());
    auto stored = repo.findByTid(shop, QStringLiteral("98765432109876543210"));
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ((*stored)->lines[0].oid, QStringLiteral("9007199254740993"));
}

TEST(TradePool, RemoveComesBackProcessedNeverDoes)
{
    test::TestDb t;
    const int64_t shop = makeShop(t.db());
    sample::Generator gen(5);
    Trade a = gen.trade(shop, 1, timeAt(1));
    Trade b = gen.trade(shop, 2, timeAt(2));
    TradeRepository repo(t.db());
    auto r = repo.upsert({a, b});
    ASSERT_TRUE(r.ok());

    ASSERT_TRUE(repo.remove(r->at(0).tradeId).ok());
    EXPECT_EQ(repo.upsert({a})->at(0).outcome, UpsertOutcome::Created) << "a removed trade comes back on the next download";

    ASSERT_TRUE(repo.markProcessed(r->at(1).tradeId, QStringLiteral("clerk")).ok());
    Trade newerB = b;
    newerB.modified = timeAt(50);
    EXPECT_EQ(repo.upsert({newerB})->at(0).outcome, UpsertOutcome::Tombstoned);
    EXPECT_EQ(repo.state(r->at(1).tradeId).value(), TradeState::Processed);
    auto again = repo.markProcessed(r->at(1).tradeId, QStringLiteral("clerk"));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, QStringLiteral("trade.processed"));

    PendingDownload d;
    d.shopId = shop;
    d.tid = b.tid;
    d.modified = timeAt(60);
    EXPECT_FALSE(repo.upsertPendingDownload(d).value()) << "tombstoned trades are not listed for download again";
    EXPECT_EQ(sql::scalar(t->connection(), QStringLiteral("SELECT COUNT(*) FROM pending_downloads")).value(), 0);
}

TEST(TradePool, DetailsMovePendingDownloadToImport)
{
    test::TestDb t;
    const int64_t shop = makeShop(t.db());
    sample::Generator gen(8);
    Trade tr = gen.trade(shop, 1, timeAt(1));
    TradeRepository repo(t.db());
    PendingDownload d;
    d.shopId = shop;
    d.tid = tr.tid;
    d.buyerNick = tr.buyerNick;
    d.modified = tr.modified;
    EXPECT_TRUE(repo.upsertPendingDownload(d).value());
    EXPECT_FALSE(repo.upsertPendingDownload(d).value()) << "listed twice, kept once";
    EXPECT_EQ(repo.pendingDownloads(shop, 10)->size(), 1u);
    ASSERT_TRUE(repo.upsert({tr}).ok());
    EXPECT_EQ(repo.pendingDownloads(shop, 10)->size(), 0u);
}
