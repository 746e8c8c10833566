// Migration 80 moves the raw platform payload out of trades / pending_refunds into side tables: a
// database made by the schema before it keeps every payload byte for byte, read through the code
// that reads payloads (TradeRepository::get, payload::read); new writes are compressed and read back.
#include "storage/migrations.h"
#include "storage/payloads.h"
#include "storage/sql.h"
#include "storage/traderepository.h"
#include "storagetestutil.h"

#include <QSqlQuery>

using namespace od;

namespace {
constexpr int kBeforePayloadMigration = 79;

QStringList samplePayloads()
{
    QString big;
    big.reserve(100 * 1024);
    for (int i = 0; big.toUtf8().size() < 100 * 1024; ++i)
        big += QStringLiteral("{\"line\":%1,\"title\":\"羊毛混纺大衣 \\\"冬季款\\\" 🧥\",\"memo\":\"it's 'quoted' \\\\ back\\\\slash\"},").arg(i);
    return {QStringLiteral("{\"tid\":\"1\",\"receiver_name\":\"上海家汇商贸有限公司\",\"address\":\"浦东新区世纪大道100号\"}"),
            QStringLiteral("{\"memo\":\"送货前请打电话 😀👍🏽 家人们\",\"flag\":\"🇨🇳\"}"),
            QStringLiteral("{\"q\":\"he said \\\"hi\\\" and 'bye'\",\"sql\":\"'); DROP TABLE trades; --\",\"nl\":\"a\\nb\\tc\"}"),
            QStringLiteral("plain text, not JSON: 中文 + emoji 🎉 + \"quotes\" + 'single'\r\nsecond line"), big};
}

qint64 rawShop(Database &db)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(sql::exec(q, QStringLiteral("INSERT INTO shops(platform, code, name, created_at) VALUES ('top', 'old', '老店铺', ?)"), {sql::nowText()}).ok());
    return sql::scalar(db.connection(), QStringLiteral("SELECT id FROM shops WHERE code = 'old'")).value();
}
} // namespace

TEST(Payloads, MigrationMovesEveryPayloadByteForByte)
{
    test::TestDb t(false);
    ASSERT_TRUE(t->migrate(kBeforePayloadMigration).ok());
    ASSERT_LT(t->schemaVersion(), 80);
    const qint64 shop = rawShop(t.db());
    const QStringList payloads = samplePayloads();
    ASSERT_GE(payloads.last().toUtf8().size(), 100 * 1024);
    // Written as the previous program wrote them: the text in trades.raw_payload / pending_refunds.raw_payload.
    std::vector<qint64> tradeIds, refundIds;
    for (int i = 0; i < payloads.size(); ++i) {
        QSqlQuery ins(t->connection());
        ASSERT_TRUE(sql::exec(ins, QStringLiteral("INSERT INTO trades(shop_id, tid, modified, received_at, raw_payload, search_text) VALUES (?,?,?,?,?,?)"),
                              {QVariant::fromValue(shop), QStringLiteral("T%1").arg(i), timeAt(i), sql::nowText(), payloads[i], QStringLiteral("t%1").arg(i)})
                        .ok());
        tradeIds.push_back(sql::scalar(t->connection(), QStringLiteral("SELECT id FROM trades WHERE tid = ?"), {QStringLiteral("T%1").arg(i)}).value());
        QSqlQuery ref(t->connection());
        ASSERT_TRUE(sql::exec(ref, QStringLiteral("INSERT INTO pending_refunds(shop_id, refund_id, tid, received_at, raw_payload) VALUES (?,?,?,?,?)"),
                              {QVariant::fromValue(shop), QStringLiteral("R%1").arg(i), QStringLiteral("T%1").arg(i), sql::nowText(), payloads[i]})
                        .ok());
        refundIds.push_back(
            sql::scalar(t->connection(), QStringLiteral("SELECT id FROM pending_refunds WHERE refund_id = ?"), {QStringLiteral("R%1").arg(i)}).value());
    }
    // One trade without a payload.
    QSqlQuery none(t->connection());
    ASSERT_TRUE(sql::exec(none, QStringLiteral("INSERT INTO trades(shop_id, tid, modified, received_at) VALUES (?, 'EMPTY', ?, ?)"),
                          {QVariant::fromValue(shop), timeAt(99), sql::nowText()})
                    .ok());

    auto reopened = t.another();
    ASSERT_TRUE(reopened->migrate().ok());
    EXPECT_EQ(reopened->schemaVersion(), allMigrations().back().version);
    TradeRepository repo(*reopened);
    for (int i = 0; i < payloads.size(); ++i) {
        auto tr = repo.get(tradeIds[size_t(i)]);
        ASSERT_TRUE(tr.ok()) << tr.error().message.toStdString();
        ASSERT_TRUE(tr->has_value());
        EXPECT_EQ((*tr)->rawPayload.toUtf8(), payloads[i].toUtf8()) << "trade payload " << i;
        auto rf = payload::read(reopened->connection(), payload::Kind::Refund, refundIds[size_t(i)]);
        ASSERT_TRUE(rf.ok()) << rf.error().message.toStdString();
        EXPECT_EQ(rf->toUtf8(), payloads[i].toUtf8()) << "refund payload " << i;
    }
    auto empty = repo.findByTid(shop, QStringLiteral("EMPTY"));
    ASSERT_TRUE(empty.ok() && empty->has_value());
    EXPECT_TRUE((*empty)->rawPayload.isEmpty());
    // The moved rows are stored as they were (codec 0), and the hot rows no longer carry them.
    EXPECT_EQ(sql::scalar(reopened->connection(), QStringLiteral("SELECT COUNT(*) FROM trade_payloads WHERE codec = 0")).value(), payloads.size());
    QSqlQuery gone(reopened->connection());
    EXPECT_FALSE(gone.exec(QStringLiteral("SELECT raw_payload FROM trades")));
}

TEST(Payloads, NewPayloadsAreCompressedReplacedAndRemovedWithTheirTrade)
{
    test::TestDb t;
    const int64_t shop = makeShop(t.db());
    od::sample::Generator gen(11);
    Trade tr = gen.trade(shop, 1, timeAt(1));
    tr.rawPayload = samplePayloads().last();
    TradeRepository repo(t.db());
    auto up = repo.upsert({tr});
    ASSERT_TRUE(up.ok()) << up.error().message.toStdString();
    const int64_t id = up->front().tradeId;
    const QVariantList idv{QVariant::fromValue<qint64>(id)};
    EXPECT_EQ(sql::scalar(t->connection(), QStringLiteral("SELECT codec FROM trade_payloads WHERE trade_id = ?"), idv).value(), int(payload::writeCodec()));
    const qint64 stored = sql::scalar(t->connection(), QStringLiteral("SELECT LENGTH(body) FROM trade_payloads WHERE trade_id = ?"), idv).value();
    EXPECT_LT(stored, tr.rawPayload.toUtf8().size() / 4) << "a repetitive 100 KB payload compresses";
    EXPECT_EQ(repo.get(id).value()->rawPayload, tr.rawPayload);

    // A newer copy replaces it; one without a payload removes it.
    tr.modified = timeAt(2);
    tr.rawPayload = QStringLiteral("{\"v\":2,\"名\":\"新\"}");
    ASSERT_TRUE(repo.upsert({tr}).ok());
    EXPECT_EQ(repo.get(id).value()->rawPayload, tr.rawPayload);
    tr.modified = timeAt(3);
    tr.rawPayload.clear();
    ASSERT_TRUE(repo.upsert({tr}).ok());
    EXPECT_TRUE(repo.get(id).value()->rawPayload.isEmpty());
    EXPECT_EQ(sql::scalar(t->connection(), QStringLiteral("SELECT COUNT(*) FROM trade_payloads WHERE trade_id = ?"), idv).value(), 0);

    tr.modified = timeAt(4);
    tr.rawPayload = QStringLiteral("{\"v\":4}");
    ASSERT_TRUE(repo.upsert({tr}).ok());
    ASSERT_TRUE(repo.remove(id).ok());
    EXPECT_EQ(sql::scalar(t->connection(), QStringLiteral("SELECT COUNT(*) FROM trade_payloads WHERE trade_id = ?"), idv).value(), 0);
}

TEST(Payloads, DamagedOrUnknownBodiesAreErrorsNotGuesses)
{
    EXPECT_FALSE(payload::decode(1, QByteArray("not zlib at all")).ok());
    EXPECT_FALSE(payload::decode(7, QByteArray("x")).ok());
    const auto s = payload::encode(QStringLiteral("中文😀"), payload::Codec::Zlib);
    EXPECT_EQ(payload::decode(int(s.codec), s.body).value(), QStringLiteral("中文😀"));
    const auto p = payload::encode(QStringLiteral("中文😀"), payload::Codec::Plain);
    EXPECT_EQ(p.body, QStringLiteral("中文😀").toUtf8());
}

TEST(Payloads, ListSortIndexesArePartialPerPool)
{
    test::TestDb t;
    const QStringList stmts = listSortIndexes();
    EXPECT_TRUE(stmts.contains(QStringLiteral("CREATE INDEX trades_pending_paid_fen ON trades(paid_fen, id) WHERE state = 'pending'")));
    EXPECT_TRUE(stmts.contains(QStringLiteral("CREATE INDEX trades_converted_converted_at ON trades(converted_at, id) WHERE state = 'converted'")));
    if (test::wantPostgres()) {
        EXPECT_EQ(sql::scalar(t->connection(), QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE tablename = 'trades' AND indexname LIKE 'trades_state_%'"))
                      .value(),
                  0);
        EXPECT_EQ(sql::scalar(t->connection(), QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'trades_pending_modified'")).value(), 1);
        return;
    }
    EXPECT_EQ(sql::scalar(t->connection(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'trades_state_%'")).value(),
              0);
    // The pending list sorted by amount walks its pool's index instead of sorting.
    QSqlQuery q(t->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT t.id FROM trades t JOIN shops s ON s.id = t.shop_id WHERE t.state = 'pending' "
                                      "ORDER BY t.paid_fen DESC, t.id DESC LIMIT 201")));
    QString plan;
    while (q.next())
        plan += q.value(3).toString() + QLatin1Char('\n');
    EXPECT_TRUE(plan.contains(QLatin1String("trades_pending_paid_fen"))) << plan.toStdString();
    EXPECT_FALSE(plan.contains(QLatin1String("TEMP B-TREE"))) << plan.toStdString();
}
