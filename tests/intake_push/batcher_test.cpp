// Group commit of pushed orders: many sender threads, one transaction per burst; every order stored
// once with its own result, and an order that fails inside a batch takes none of the others with it.
#include "pushtestutil.h"

#include "push/intakebatcher.h"
#include "sim/mall/mallsimulator.h"

#include <atomic>
#include <thread>

using namespace od;
using namespace od::push;

namespace {
std::vector<MappedPush> mappedOrders(int64_t shop, int n, int first = 1)
{
    MallSimulator sim(99);
    std::vector<MappedPush> out;
    for (int i = first; i < first + n; ++i) {
        const nlohmann::json j = sim.randomOrder(i, QStringLiteral("2025-03-20 10:00:00"));
        const std::string body = j.dump();
        auto m = mapMallOrder(j, shop, QByteArray::fromStdString(body));
        EXPECT_TRUE(m.ok());
        if (m.ok())
            out.push_back(std::move(m.value()));
    }
    return out;
}
} // namespace

TEST(IntakeBatch, AFailingOrderLeavesTheRestOfTheBatch)
{
    test::TestDb t;
    const int64_t shop = makeMallShop(t.db(), QStringLiteral("mall1"), QStringLiteral("mall1"));
    std::vector<MappedPush> orders = mappedOrders(shop, 5);
    orders[2].trade.shopId = shop + 1000; // no such shop: the foreign key refuses this one
    std::vector<const MappedPush *> batch;
    for (const MappedPush &m : orders)
        batch.push_back(&m);
    TradeRepository repo(t.db());
    const auto results = PushStore(t.db(), &repo).intakeBatch(batch);
    ASSERT_EQ(results.size(), 5u);
    for (size_t i = 0; i < results.size(); ++i) {
        EXPECT_EQ(results[i].ok(), i != 2) << i;
        if (results[i].ok())
            EXPECT_EQ(results[i]->outcome, UpsertOutcome::Created);
    }
    auto n = sql::scalar(t->connection(), QStringLiteral("SELECT COUNT(*) FROM trades"));
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(n.value(), 4);
    auto lines = sql::scalar(t->connection(), QStringLiteral("SELECT COUNT(*) FROM trade_lines WHERE trade_id NOT IN (SELECT id FROM trades)"));
    EXPECT_EQ(lines.value(), 0); // nothing of the refused order was left behind
}

TEST(IntakeBatch, ConcurrentSendersEachGetTheirOwnResultAndEveryOrderIsStoredOnce)
{
    test::TestDb t;
    const int64_t shop = makeMallShop(t.db(), QStringLiteral("mall1"), QStringLiteral("mall1"));
    const int perThread = 60, threads = 12;
    std::vector<MappedPush> orders = mappedOrders(shop, perThread * threads);
    IntakeBatcher batcher(t.db(), 32);
    std::atomic<int> created{0}, unchanged{0}, failed{0};
    std::atomic<bool> go{false};
    std::vector<std::thread> senders;
    for (int w = 0; w < threads; ++w)
        senders.emplace_back([&, w] {
            while (!go.load())
                std::this_thread::yield();
            for (int i = 0; i < perThread; ++i) {
                const MappedPush &m = orders[size_t(w * perThread + i)];
                auto r = batcher.submit(m);
                if (!r.ok())
                    ++failed;
                else if (r->outcome == UpsertOutcome::Created && r->tradeId > 0)
                    ++created;
                // The same order again: already there, unchanged, and its id is the one stored.
                auto again = batcher.submit(m);
                if (r.ok() && again.ok() && again->outcome == UpsertOutcome::Unchanged && again->tradeId == r->tradeId)
                    ++unchanged;
            }
            IntakeBatcher::releaseThreadState();
        });
    go = true;
    for (std::thread &s : senders)
        s.join();
    EXPECT_EQ(failed.load(), 0);
    EXPECT_EQ(created.load(), perThread * threads);
    EXPECT_EQ(unchanged.load(), perThread * threads);
    EXPECT_EQ(sql::scalar(t->connection(), QStringLiteral("SELECT COUNT(*) FROM trades")).value(), perThread * threads);
    EXPECT_EQ(sql::scalar(t->connection(), QStringLiteral("SELECT COUNT(DISTINCT tid) FROM trades")).value(), perThread * threads);
    const auto stats = batcher.stats();
    EXPECT_EQ(stats.orders, 2 * perThread * threads);
    EXPECT_LE(stats.largest, 32);
    EXPECT_GE(stats.batches, 1);
}
