// Platform changes of converted orders are recorded by one function (intake::PlatformChanges::record)
// from both intake paths: a pushed order (PushStore, through the receiver) and a pulled one (the
// download service's store step), with the same kinds and translated details, once per copy.
#include "intake/platformchanges.h"
#include "pushtestutil.h"
#include "storage/sql.h"
#include "storage/traderepository.h"

#include <QSqlQuery>

using json = nlohmann::json;
using od::push::MallSimulator;

namespace {
const QString kSecret = QStringLiteral("pc-secret");

QStringList changes(od::Database &db, int64_t orderId)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(
        od::sql::exec(q, QStringLiteral("SELECT kind, detail FROM platform_changes WHERE order_id = ? ORDER BY id"), {QVariant::fromValue<qint64>(orderId)})
            .ok());
    QStringList out;
    while (q.next())
        out << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString();
    return out;
}
} // namespace

TEST(PlatformChanges, PushedAndPulledCopiesAreRecordedTheSameWay)
{
    ReceiverFixture f;
    ASSERT_TRUE(f.secrets.set(QStringLiteral("pc"), kSecret).ok());
    const int64_t shop = makeMallShop(f.t.db(), QStringLiteral("pc"), QStringLiteral("pc"));
    f.start();
    const QString tid = QStringLiteral("20250320165809904355");
    json v1 = seedJson();
    ASSERT_EQ(replyOf(f.post(QStringLiteral("/push/pc"), signedDump(v1, kSecret)))["code"], 0);
    const int64_t orderId = convertTrade(f.t.db(), shop, tid);

    // Pushed: the receiver's address changes on the mall.
    json v2 = v1;
    v2["updated_at"] = "2025-03-21 09:00:00";
    v2["address"] = "新地址 88 号";
    ASSERT_EQ(replyOf(f.post(QStringLiteral("/push/pc"), signedDump(v2, kSecret)))["code"], 0);
    QStringList rows = changes(f.t.db(), orderId);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_TRUE(rows[0].startsWith(QStringLiteral("address_changed|"))) << rows[0].toStdString();
    EXPECT_TRUE(rows[0].contains(QStringLiteral("新地址 88 号"))) << rows[0].toStdString();
    EXPECT_TRUE(rows[0].contains(QStringLiteral("2025-03-21 09:00:00")));

    // Pulled: a newer copy of the same converted trade, stored as the download service does.
    auto tradeId =
        od::sql::scalar(f.t->connection(), QStringLiteral("SELECT id FROM trades WHERE shop_id = ? AND tid = ?"), {QVariant::fromValue<qint64>(shop), tid});
    ASSERT_TRUE(tradeId.ok());
    od::TradeRepository repo(f.t.db());
    auto stored = repo.get(tradeId.value());
    ASSERT_TRUE(stored.ok() && stored->has_value());
    od::Trade pulled = **stored;
    pulled.modified = QStringLiteral("2025-03-21 10:00:00");
    pulled.closed = true;
    pulled.platformStatus = QStringLiteral("TRADE_CLOSED");
    od::intake::PlatformChanges pc(f.t.db());
    {
        od::sql::Transaction tx(f.t->connection(), f.t.db().dialect());
        ASSERT_TRUE(tx.begin().ok());
        auto up = repo.upsertInTransaction(pulled);
        ASSERT_TRUE(up.ok());
        ASSERT_EQ(up->outcome, od::UpsertOutcome::AlreadyConverted);
        auto kind = pc.record(repo, up->tradeId, up->salesOrderId, pulled);
        ASSERT_TRUE(kind.ok()) << kind.error().message.toStdString();
        ASSERT_TRUE(kind->has_value());
        EXPECT_EQ(**kind, od::intake::ChangeKind::Closed);
        // The same copy again (from either path): nothing new.
        auto again = pc.record(repo, up->tradeId, up->salesOrderId, pulled);
        ASSERT_TRUE(again.ok());
        EXPECT_FALSE(again->has_value());
        ASSERT_TRUE(tx.commit().ok());
    }
    // An older pushed copy after the pulled one: nothing new either.
    json older = v2;
    older["updated_at"] = "2025-03-21 09:30:00";
    older["cancel_status"] = 1;
    ASSERT_EQ(replyOf(f.post(QStringLiteral("/push/pc"), signedDump(older, kSecret)))["code"], 0);
    rows = changes(f.t.db(), orderId);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_TRUE(rows[1].startsWith(QStringLiteral("buyer_cancel|"))) << rows[1].toStdString();
    EXPECT_TRUE(rows[1].contains(QStringLiteral("TRADE_CLOSED")));
    EXPECT_EQ(f.count(QStringLiteral("SELECT has_warning FROM sales_orders WHERE id = ?"), {QVariant::fromValue<qint64>(orderId)}), 1);
}
