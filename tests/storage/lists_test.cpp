#include "storage/listrepository.h"
#include "storage/sql.h"
#include "storage/traderepository.h"
#include "storagetestutil.h"

#include <QSet>
#include <atomic>
#include <thread>

using namespace od;

namespace {
std::vector<Trade> makeTrades(int64_t shop, int n, int firstSerial = 0, quint32 seed = 1)
{
    sample::Generator gen(seed);
    std::vector<Trade> out;
    for (int i = 0; i < n; ++i)
        out.push_back(gen.trade(shop, firstSerial + i, timeAt(firstSerial + i)));
    return out;
}

QStringList tidsOf(const ListPage &p)
{
    QStringList out;
    for (const auto &r : p.rows)
        out << r.values[0].toString();
    return out;
}
} // namespace

TEST(ListSearch, FindsChineseNameByMiddleFragment)
{
    test::TestDb t;
    const int64_t shop = makeShop(t.db());
    auto trades = makeTrades(shop, 50);
    trades[17].receiverName = QStringLiteral("上海家汇商贸");
    trades[30].receiverName = QStringLiteral("北京家电城");
    ASSERT_TRUE(TradeRepository(t.db()).upsert(trades).ok());
    ListRepository lists(t.db());
    const ListSpec &spec = listSpec(ListId::PendingImport);

    ListFilter f;
    f.text = QStringLiteral("家汇"); // two characters: shorter than a trigram
    auto p = lists.page(spec, ListRequest{f});
    ASSERT_TRUE(p.ok()) << p.error().message.toStdString();
    EXPECT_EQ(tidsOf(p.value()), QStringList{trades[17].tid});

    f.text = QStringLiteral("家汇商"); // through the trigram index
    p = lists.page(spec, ListRequest{f});
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(tidsOf(p.value()), QStringList{trades[17].tid});
    EXPECT_EQ(lists.count(spec, f).value(), 1);

    f.text = QStringLiteral("家");
    EXPECT_EQ(lists.count(spec, f).value(), lists.count(spec, f).value());
    EXPECT_GE(lists.count(spec, f).value(), 2);
}

TEST(ListSearch, MatchesTidMobileAndSkuFragments)
{
    test::TestDb t;
    const int64_t shop = makeShop(t.db());
    auto trades = makeTrades(shop, 20);
    trades[5].receiverMobile = QStringLiteral("13912345678");
    trades[6].lines[0].outerSkuId = QStringLiteral("ABC-Special-9");
    ASSERT_TRUE(TradeRepository(t.db()).upsert(trades).ok());
    ListRepository lists(t.db());
    const ListSpec &spec = listSpec(ListId::PendingImport);
    ListFilter f;
    f.text = QStringLiteral("12345");
    EXPECT_EQ(tidsOf(lists.page(spec, ListRequest{f}).value()), QStringList{trades[5].tid});
    f.text = QStringLiteral("special"); // case-insensitive
    EXPECT_EQ(tidsOf(lists.page(spec, ListRequest{f}).value()), QStringList{trades[6].tid});
    f.text = trades[9].tid.mid(4, 9);
    EXPECT_TRUE(tidsOf(lists.page(spec, ListRequest{f}).value()).contains(trades[9].tid));
}

TEST(ListSearch, MetacharactersAreLiteral)
{
    test::TestDb t;
    const int64_t shop = makeShop(t.db());
    auto trades = makeTrades(shop, 10);
    trades[2].receiverName = QStringLiteral("100%_纯棉\"店'");
    ASSERT_TRUE(TradeRepository(t.db()).upsert(trades).ok());
    ListRepository lists(t.db());
    const ListSpec &spec = listSpec(ListId::PendingImport);
    for (const QString &q : {QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("0%_"), QStringLiteral("\"店'"), QStringLiteral("' OR 1=1 --"),
                             QStringLiteral("\") OR (\""), QStringLiteral("*")}) {
        ListFilter f;
        f.text = q;
        auto p = lists.page(spec, ListRequest{f});
        ASSERT_TRUE(p.ok()) << q.toStdString() << ": " << p.error().message.toStdString();
        QStringList found = tidsOf(p.value());
        QStringList expected;
        for (const Trade &x : trades)
            if (TradeRepository::searchTextOf(x).contains(q.toLower()))
                expected << x.tid;
        found.sort();
        expected.sort();
        EXPECT_EQ(found, expected) << q.toStdString();
        if (q == QLatin1String("0%_"))
            EXPECT_EQ(found, QStringList{trades[2].tid});
    }
}

TEST(ListFilter, ShopStatusAndTimeRange)
{
    test::TestDb t;
    const int64_t a = makeShop(t.db(), QStringLiteral("a"));
    const int64_t b = makeShop(t.db(), QStringLiteral("b"));
    auto ta = makeTrades(a, 30, 0, 1);
    auto tb = makeTrades(b, 20, 100, 2);
    TradeRepository repo(t.db());
    ASSERT_TRUE(repo.upsert(ta).ok());
    ASSERT_TRUE(repo.upsert(tb).ok());
    ListRepository lists(t.db());
    const ListSpec &spec = listSpec(ListId::PendingImport);
    ListFilter f;
    f.shopId = b;
    EXPECT_EQ(lists.count(spec, f).value(), 20);
    f = {};
    f.timeFrom = timeAt(10);
    f.timeTo = timeAt(19);
    EXPECT_EQ(lists.count(spec, f).value(), 10);
    f = {};
    f.status = QStringLiteral("TRADE_CLOSED");
    int closed = 0;
    for (const auto &x : ta)
        closed += x.platformStatus == QLatin1String("TRADE_CLOSED");
    for (const auto &x : tb)
        closed += x.platformStatus == QLatin1String("TRADE_CLOSED");
    EXPECT_EQ(lists.count(spec, f).value(), closed);
}

TEST(ListSort, EverySortableColumnOrdersRows)
{
    test::TestDb t;
    const int64_t shop = makeShop(t.db());
    ASSERT_TRUE(TradeRepository(t.db()).upsert(makeTrades(shop, 120)).ok());
    ListRepository lists(t.db());
    const ListSpec &spec = listSpec(ListId::PendingImport);
    for (size_t c = 0; c < spec.columns.size(); ++c) {
        if (!spec.columns[c].sortable)
            continue;
        for (bool desc : {false, true}) {
            ListRequest req;
            req.sortKey = spec.columns[c].key;
            req.descending = desc;
            req.limit = 1000;
            auto p = lists.page(spec, req);
            ASSERT_TRUE(p.ok());
            ASSERT_EQ(p->rows.size(), 120u);
            for (size_t i = 1; i < p->rows.size(); ++i) {
                const QVariant &x = p->rows[i - 1].values[int(c)], &y = p->rows[i].values[int(c)];
                const int cmp = QVariant::compare(x, y) == QPartialOrdering::Less ? -1 : QVariant::compare(x, y) == QPartialOrdering::Greater ? 1 : 0;
                EXPECT_TRUE(desc ? cmp >= 0 : cmp <= 0) << spec.columns[c].key.toStdString() << " row " << i;
            }
        }
    }
}

TEST(ListPaging, KeyPagingVisitsEveryRowOnceWhileRowsAreInserted)
{
    test::TestDb t;
    const int64_t shop = makeShop(t.db());
    const int initial = 1500;
    // Existing rows every other minute; concurrent inserts land in the gaps, before and after the cursor.
    sample::Generator gen(3);
    std::vector<Trade> rows;
    for (int i = 0; i < initial; ++i)
        rows.push_back(gen.trade(shop, i, timeAt(2 * i)));
    ASSERT_TRUE(TradeRepository(t.db()).upsert(rows).ok());
    QSet<QString> original;
    for (const auto &r : rows)
        original.insert(r.tid);

    std::atomic<bool> stop{false};
    std::atomic<int> inserted{0};
    const QString spec = t.spec();
    std::thread writer([&] {
        Database db(DbConfig::parse(spec).value());
        sample::Generator g(99);
        TradeRepository repo(db);
        for (int i = 0; !stop && i < 3000; ++i) {
            Trade x = g.trade(shop, 100000 + i, timeAt(2 * int(g.rng().bounded(initial)) + 1));
            if (repo.upsert({x}).ok())
                ++inserted;
        }
    });

    ListRepository lists(t.db());
    for (bool desc : {false, true}) {
        QStringList seen;
        ListRequest req;
        req.sortKey = QStringLiteral("modified");
        req.descending = desc;
        req.limit = 37;
        int pages = 0;
        for (;;) {
            auto p = lists.page(listSpec(ListId::PendingImport), req);
            ASSERT_TRUE(p.ok()) << p.error().message.toStdString();
            seen << tidsOf(p.value());
            ++pages;
            if (!p->hasMore)
                break;
            req.after = p->last;
        }
        EXPECT_GT(pages, initial / 37);
        QSet<QString> unique(seen.begin(), seen.end());
        EXPECT_EQ(unique.size(), seen.size()) << "a row came back twice";
        for (const QString &tid : original)
            EXPECT_TRUE(unique.contains(tid)) << "row " << tid.toStdString() << " was skipped";
    }
    stop = true;
    writer.join();
    EXPECT_GT(inserted.load(), 0) << "the writer never ran alongside the reader";
}

TEST(ListPaging, FromEndGivesTheLastRows)
{
    test::TestDb t;
    const int64_t shop = makeShop(t.db());
    auto trades = makeTrades(shop, 300);
    ASSERT_TRUE(TradeRepository(t.db()).upsert(trades).ok());
    ListRequest req;
    req.sortKey = QStringLiteral("modified");
    req.descending = false;
    req.fromEnd = true;
    req.limit = 5;
    auto p = ListRepository(t.db()).page(listSpec(ListId::PendingImport), req);
    ASSERT_TRUE(p.ok());
    QStringList expected;
    for (int i = 295; i < 300; ++i)
        expected << trades[size_t(i)].tid;
    EXPECT_EQ(tidsOf(p.value()), expected);
}

TEST(ListSpecs, EveryListQueriesOnThisDatabase)
{
    test::TestDb t;
    ListRepository lists(t.db());
    for (ListId id : {ListId::PendingDownload, ListId::PendingImport, ListId::History, ListId::PendingRefunds, ListId::SalesOrders, ListId::ReturnOrders,
                      ListId::Exceptions, ListId::ScheduleRuns, ListId::CrmOutbox, ListId::Audit, ListId::SkuMappings}) {
        const ListSpec &spec = listSpec(id);
        for (const ColumnSpec &c : spec.columns) {
            ListRequest req;
            req.sortKey = c.key;
            req.filter.text = QStringLiteral("家汇商");
            req.filter.shopId = 1;
            req.filter.status = QStringLiteral("x");
            req.filter.timeFrom = timeAt(0);
            auto p = lists.page(spec, req);
            EXPECT_TRUE(p.ok()) << listTitle(id).toStdString() << " / " << c.key.toStdString() << ": " << (p.ok() ? "" : p.error().message.toStdString());
        }
        EXPECT_TRUE(lists.count(spec, {}).ok());
    }
}

TEST(ListSpecs, EachListWatchesTheTablesItsQueryReads)
{
    // Derived from the specs, not kept by hand: a list refreshes when any table of its FROM changes.
    EXPECT_EQ(listTables(ListId::PendingImport), (QStringList{QStringLiteral("trades"), QStringLiteral("shops")}));
    EXPECT_EQ(listTables(ListId::History), (QStringList{QStringLiteral("trades"), QStringLiteral("shops"), QStringLiteral("sales_orders")}));
    EXPECT_EQ(listTables(ListId::Audit), QStringList{QStringLiteral("audit_log")});
    EXPECT_EQ(allLists().size(), size_t(int(ListId::SkuMappings) + 1));
    test::TestDb t;
    for (ListId id : allLists()) {
        const QStringList tables = listTables(id);
        ASSERT_FALSE(tables.isEmpty()) << listTitle(id).toStdString();
        for (const QString &table : tables) {
            // Every watched table exists, and on PostgreSQL tells other desks of its changes (NOTIFY).
            EXPECT_TRUE(t->connection().tables().contains(table)) << table.toStdString();
            if (t->isPostgres())
                EXPECT_EQ(sql::scalar(t->connection(), QStringLiteral("SELECT COUNT(*) FROM pg_trigger WHERE tgname = ?"),
                                      {QString(table + QStringLiteral("_notify"))})
                              .valueOr(0),
                          1)
                    << table.toStdString() << " has no change notification";
        }
    }
}
