// Liveness of the design: while a long job runs in a worker, the GUI thread keeps turning and the list
// keeps scrolling. A QTimer on the GUI thread (the watchdog) records the largest gap between its ticks,
// and the tests' main records the longest time the GUI thread spent on any one event. Both figures are
// printed; the 100 ms target is measured by benchmark 7 (bench/bench_gui.cpp: the real page during a
// 10,000-trade conversion, against the same conversion on the GUI thread), since tight wall-clock
// limits measure the (shared, loaded) machine as much as the design. What is asserted: the jobs
// complete, the list scrolls and fetches rows while a batch is provably still running, and the GUI
// thread never stood still for long: no gap between the watchdog's ticks over 2 s. That bound is
// generous (20 times the target) yet a design that ran the job on the GUI thread breaks it: the
// import of 10,000 trades or the held batch (which waits for the test) would freeze the watchdog.
#include "backend.h"
#include "batchdialog.h"
#include "interfacepages.h"
#include "uitestutil.h"

#include <QElapsedTimer>
#include <QScrollBar>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QtConcurrent>
#include <atomic>
#include <cstdio>
#include <memory>

using namespace uitest;

namespace {
class GapMeter {
public:
    GapMeter()
    {
        m_clock.start();
        m_last = 0;
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_max = std::max(m_max, now - m_last);
            m_last = now;
            ++m_ticks;
        });
        m_timer.start(5);
    }
    qint64 maxGap() const { return m_max; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_max = 0;
    int m_ticks = 0;
};

// The longest the GUI thread may stand still while the work runs in a worker.
constexpr qint64 kMaxGapMs = 2000;

// Prints the figures (the benchmark judges them finely) and checks the watchdog kept ticking.
void report(const char *what, const GapMeter &meter)
{
    const qint64 busy = maxBusyMs();
    std::printf("[ measure  ] during %s: %d watchdog ticks, largest GUI timer gap %lld ms, longest single GUI event %lld ms (%s)\n", what, meter.ticks(),
                static_cast<long long>(meter.maxGap()), static_cast<long long>(busy), maxBusyWhat().constData());
    std::fflush(stdout);
    EXPECT_GT(meter.ticks(), 0) << "the GUI event loop never turned during " << what;
    EXPECT_GT(meter.maxGap(), 0);
    EXPECT_LT(meter.maxGap(), kMaxGapMs) << "the GUI thread stood still for " << meter.maxGap() << " ms during " << what;
}
} // namespace

TEST(Responsiveness, GuiStaysLiveWhileTenThousandTradesLoadAndPage)
{
    od::test::TestDb t;
    Backend backend(t.db());
    backend.setSession({QStringLiteral("tester"), QString(), od::Role::Supervisor});
    const int64_t shop = makeShop(t.db());
    // A first screenful, painted before measuring: the first paint of Chinese text loads the CJK
    // font once per process, which is start-up cost, not the design under test.
    insertTrades(t.db(), makeTrades(shop, 50, 20000));
    PendingImportPage page(backend);
    page.resize(1200, 700);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.refresh();
    ASSERT_TRUE(waitFor([&] { return page.model()->hasLoaded() && !page.model()->isCounting(); }));
    page.repaint();

    // 10,000 trades imported in a worker, in batches, announcing each batch as the core would.
    auto future = QtConcurrent::run([&] {
        for (int b = 0; b < 20; ++b) {
            auto r = od::TradeRepository(t.db()).upsert(makeTrades(shop, 500, b * 500));
            if (!r.ok())
                return r.error().message;
            backend.notifyChanged({QStringLiteral("trades")});
        }
        return QString();
    });
    GapMeter meter;
    resetBusy();
    ASSERT_TRUE(waitFor([&] { return future.isFinished(); }, 300000));
    EXPECT_TRUE(future.result().isEmpty()) << future.result().toStdString();
    // Then page through the whole list from the view (fetchMore as scrolling does).
    ASSERT_TRUE(waitFor([&] { return page.model()->totalCount() == 10050 && !page.model()->isLoading(); }, 60000));
    while (page.model()->canFetchMore({})) {
        page.view()->scrollToBottom();
        page.model()->fetchMore({});
        ASSERT_TRUE(waitFor([&] { return !page.model()->isLoading(); }, 60000));
    }
    EXPECT_EQ(page.model()->rowCount(), 10050);
    EXPECT_GT(page.view()->verticalScrollBar()->value(), 0);
    report("importing and paging 10,000 trades", meter);
}

TEST(Responsiveness, ListScrollsWhileATenThousandItemBatchRuns)
{
    // A batch of 10,000 items doing real database reads in the worker, held half-way (item 5,000 waits
    // for the test) so that the scrolling below provably happens while it runs.
    od::test::TestDb t;
    Backend backend(t.db());
    backend.setSession({QStringLiteral("tester"), QString(), od::Role::Supervisor});
    const int64_t shop = makeShop(t.db());
    insertTrades(t.db(), makeTrades(shop, 600));
    PendingImportPage page(backend);
    page.resize(1200, 500);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.refresh();
    ASSERT_TRUE(waitFor([&] { return page.model()->hasLoaded() && !page.model()->isLoading() && !page.model()->isCounting(); }));
    page.repaint();

    auto gate = std::make_shared<std::atomic<bool>>(false);
    auto reached = std::make_shared<std::atomic<bool>>(false);
    BatchDialog dlg(QStringLiteral("batch"), BackgroundBatch::perItem([&backend, gate, reached](int64_t id) -> od::Status {
                        if (id == 5000) {
                            reached->store(true);
                            while (!gate->load())
                                QThread::msleep(1);
                        }
                        auto st = od::TradeRepository(backend.db()).state(id % 600 + 1);
                        if (!st.ok())
                            return st.error();
                        return {};
                    }));
    dlg.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dlg));
    dlg.repaint();
    QList<BatchItem> items;
    for (int i = 0; i < 10000; ++i)
        items.append({i, QStringLiteral("T%1").arg(i)});
    GapMeter meter;
    resetBusy();
    dlg.start(items);
    ASSERT_TRUE(waitFor([&] { return reached->load(); }, 300000));

    // The batch is running (held); the list scrolls with the keyboard and fetches its next rows.
    ASSERT_TRUE(dlg.runner()->isRunning());
    const int rowsBefore = page.model()->rowCount();
    page.activateWindow();
    page.view()->setFocus();
    page.view()->setCurrentIndex(page.model()->index(0, 0));
    QScrollBar *bar = page.view()->verticalScrollBar();
    const int start = bar->value();
    for (int i = 0; i < 40; ++i)
        QTest::keyClick(page.view(), Qt::Key_PageDown);
    EXPECT_GT(bar->value(), start);
    page.view()->scrollToBottom();
    ASSERT_TRUE(waitFor([&] { return page.model()->rowCount() > rowsBefore || !page.model()->canFetchMore({}); }, 60000));
    EXPECT_TRUE(dlg.runner()->isRunning()); // still held: all of the above happened during the batch

    gate->store(true);
    ASSERT_TRUE(waitFor([&] { return !dlg.runner()->isRunning() && dlg.okCount() + dlg.failedCount() == 10000; }, 300000));
    EXPECT_EQ(dlg.okCount(), 10000);
    report("a 10,000-item batch while scrolling the list", meter);
}
