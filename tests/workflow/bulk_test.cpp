// 10,000 trades in one batch: chunked transactions (no giant transaction, no fsync per trade).
#include "invariants.h"
#include "workflow/conversionservice.h"

#include <QElapsedTimer>

using namespace od;

TEST(Bulk, TenThousandTradesConvertInChunks)
{
    test::TestDb t;
    const int64_t shop = wf::makeShop(t.db());
    constexpr int kTrades = 10000;
    std::vector<Trade> trades;
    trades.reserve(kTrades);
    for (int i = 1; i <= kTrades; ++i)
        trades.push_back(wf::goodTrade(shop, i));
    QElapsedTimer seedClock;
    seedClock.start();
    auto ids = wf::store(t.db(), trades);
    ASSERT_EQ(ids.size(), size_t(kTrades));
    const qint64 seedMs = seedClock.elapsed();

    ConversionService conv(t.db());
    int reports = 0;
    QElapsedTimer clock;
    clock.start();
    auto r = conv.convert(wf::kClerk, ids, BatchOptions{}, [&](int, int) { ++reports; });
    const qint64 ms = std::max<qint64>(1, clock.elapsed());
    ASSERT_TRUE(r.ok()) << wf::msg(r.error());
    EXPECT_EQ(r->succeeded(), kTrades);
    EXPECT_EQ(reports, kTrades / 200) << "one transaction per chunk of 200";
    const wf::Figures f = wf::checkExactlyOnce(t.db());
    EXPECT_EQ(f.converted, kTrades);
    const double rate = kTrades * 1000.0 / double(ms);
    std::printf("[ figures  ] %s: seeded %d trades in %lld ms; converted in %lld ms = %.0f trades/s\n", qPrintable(test::backendName()), kTrades,
                static_cast<long long>(seedMs), static_cast<long long>(ms), rate);
    RecordProperty("trades_per_second", int(rate));
}
