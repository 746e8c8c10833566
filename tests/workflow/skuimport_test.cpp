// 商品对应 import in the core: the header words it understands (Chinese, English, the list's own
// export), the rows it refuses before writing (empty, unknown shop, duplicate, too long), and the write
// through SkuMappingService: added / updated / unchanged, audited, counted, refused rows kept.
#include "storage/sql.h"
#include "workflow/skumappingimport.h"
#include "workflowtestutil.h"

#include <QCoreApplication>

using O = od::SkuImportRow::Outcome;

namespace {

od::io::Table table(const std::vector<QStringList> &rows)
{
    od::io::Table t;
    int n = 0;
    for (const QStringList &r : rows)
        t.rows.push_back({++n, r});
    return t;
}

std::vector<od::Shop> shops(od::Database &db)
{
    auto r = od::ShopRepository(db).all();
    EXPECT_TRUE(r.ok());
    return r.ok() ? r.value() : std::vector<od::Shop>{};
}

} // namespace

TEST(SkuImport, HeaderWordsInChineseAndEnglish)
{
    od::test::TestDb t;
    const int64_t shop = wf::makeShop(t.db(), QStringLiteral("tb"));
    for (const QStringList &header : {QStringList{"平台商品编码", "平台规格ID", "商家编码"}, QStringList{"Item ID", "SKU_ID", "Outer ID"},
                                      QStringList{"num_iid", "sku id", "outer_sku_id"}, QStringList{"Platform item", "Platform SKU", "Goods code"}}) {
        auto plan = od::planSkuImport(table({header, {"6001", "6001-XL", "TS-1"}}), shops(t.db()), shop);
        ASSERT_TRUE(plan.ok()) << header.join(',').toStdString();
        ASSERT_EQ(plan->rows.size(), 1u);
        EXPECT_EQ(plan->rows[0].itemId, QStringLiteral("6001"));
        EXPECT_EQ(plan->rows[0].skuId, QStringLiteral("6001-XL"));
        EXPECT_EQ(plan->rows[0].skuCode, QStringLiteral("TS-1"));
        EXPECT_EQ(plan->rows[0].outcome, O::Ready);
    }
    // A title line above the header is passed over; no header at all is an error naming the columns.
    auto titled = od::planSkuImport(table({{"商品对应 2026-12"}, {"商品ID", "商品编码"}, {"1", "A"}}), shops(t.db()), shop);
    ASSERT_TRUE(titled.ok());
    EXPECT_EQ(titled->headerRow, 2);
    auto none = od::planSkuImport(table({{"a", "b"}, {"1", "2"}}), shops(t.db()), shop);
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.error().message.contains(QStringLiteral("商品编码")));
}

TEST(SkuImport, RowsAreCheckedBeforeAnythingIsWritten)
{
    od::test::TestDb t;
    wf::makeShop(t.db(), QStringLiteral("tb")); // 店铺 tb
    const int64_t wx = wf::makeShop(t.db(), QStringLiteral("wx"));
    auto plan = od::planSkuImport(table({{"店铺", "平台商品ID", "平台SKU ID", "商品编码"},
                                         {"店铺 tb", "1", "", "A"},
                                         {"", "2", "", "B"}, // default shop (wx)
                                         {"无此店铺", "3", "", "C"}, // unknown shop
                                         {"店铺 tb", "", "x", "D"}, // no item
                                         {"店铺 tb", "4", "", ""}, // no goods code
                                         {"TB", "1", "", "E"}, // the shop by its code: duplicate of row 2
                                         {"店铺 tb", "5", "", QString(200, QLatin1Char('x'))}}),
                                  shops(t.db()), wx);
    ASSERT_TRUE(plan.ok());
    const auto &rows = plan->rows;
    ASSERT_EQ(rows.size(), 7u);
    EXPECT_EQ(rows[0].outcome, O::Ready);
    EXPECT_EQ(rows[1].outcome, O::Ready);
    EXPECT_EQ(rows[1].shopId, wx);
    for (size_t i = 2; i < rows.size(); ++i)
        EXPECT_EQ(rows[i].outcome, O::Refused) << i;
    EXPECT_TRUE(rows[2].reason.contains(QStringLiteral("无此店铺")));
    EXPECT_TRUE(rows[5].reason.contains(QStringLiteral("row 2"))) << rows[5].reason.toStdString();
    EXPECT_EQ(rows[5].sheetRow, 7);
    // Without a default shop, the row without one is refused too.
    od::SkuImportPlan again = plan.value();
    od::checkSkuImport(again, shops(t.db()), 0);
    EXPECT_EQ(again.rows[1].outcome, O::Refused);
    EXPECT_EQ(again.rows[0].outcome, O::Ready);
}

TEST(SkuImport, WritesAddsUpdatesAndAuditsInOneGo)
{
    od::test::TestDb t;
    const int64_t shop = wf::makeShop(t.db(), QStringLiteral("tb"));
    od::SkuMappingService svc(t.db());
    ASSERT_TRUE(svc.setMapping(wf::kClerk, shop, QStringLiteral("1"), QString(), QStringLiteral("OLD")).ok());
    ASSERT_TRUE(svc.setMapping(wf::kClerk, shop, QStringLiteral("2"), QString(), QStringLiteral("SAME")).ok());
    auto plan =
        od::planSkuImport(table({{"平台商品ID", "商品编码"}, {"1", "NEW"}, {"2", "SAME"}, {"3", "ADDED"}, {"3", "AGAIN"}, {"", "X"}}), shops(t.db()), shop);
    ASSERT_TRUE(plan.ok());
    std::vector<od::SkuImportRow> rows = plan->rows;
    auto r = svc.importMappings(wf::kClerk, rows);
    ASSERT_TRUE(r.ok()) << wf::msg(r.error());
    EXPECT_EQ(r->added, 1);
    EXPECT_EQ(r->updated, 1);
    EXPECT_EQ(r->unchanged, 1);
    EXPECT_EQ(r->refused, 2);
    EXPECT_EQ(rows[0].outcome, O::Updated);
    EXPECT_EQ(rows[1].outcome, O::Unchanged);
    EXPECT_EQ(rows[2].outcome, O::Added);
    EXPECT_EQ(rows[3].outcome, O::Refused);
    EXPECT_EQ(rows[4].outcome, O::Refused);
    const QString summary = r->summary(rows);
    EXPECT_TRUE(summary.startsWith(QStringLiteral("1 added, 1 updated, 1 unchanged, 2 refused ("))) << summary.toStdString();
    auto all = svc.mappings(shop);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 3u);
    EXPECT_EQ(all.value()[0].skuCode, QStringLiteral("NEW"));
    EXPECT_EQ(all.value()[2].skuCode, QStringLiteral("ADDED"));
    auto imported =
        od::sql::scalar(t.db().connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'mapping.set' AND after_json LIKE '%import%'"));
    ASSERT_TRUE(imported.ok()) << wf::msg(imported.error());
    EXPECT_EQ(imported.value(), 2); // the added and the updated row, not the unchanged one

    // A shop removed between preview and import: the row is refused by the service, the rest written.
    std::vector<od::SkuImportRow> late = {rows[2]};
    late[0].outcome = O::Ready;
    late[0].shopId = shop + 1000;
    auto r2 = svc.importMappings(wf::kClerk, late);
    ASSERT_TRUE(r2.ok());
    EXPECT_EQ(r2->refused, 1);
    EXPECT_EQ(late[0].outcome, O::Refused);
    EXPECT_FALSE(late[0].reason.isEmpty());
}
