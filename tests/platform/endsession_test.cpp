// Logging off / shutting down Windows while a batch conversion runs (app/endsession_win.cpp): Windows
// delivers WM_QUERYENDSESSION, then WM_ENDSESSION, and may end the process once that message returns. The
// handler the desk installs stops the batches at a chunk boundary before it returns. Here the messages go
// through the application's native event filters the way Qt's window procedure hands them on; the
// handler does what the desk's does for batches (cancel every BackgroundBatch, wait for the worker pool).
#include "backgroundbatch.h"
#include "endsession.h"
#include "workflow/conversionservice.h"
#include "../workflow/workflowtestutil.h"
#include "testdb.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QThreadPool>
#include <gtest/gtest.h>

#ifdef _WIN32
#include <windows.h>
#endif

using namespace od;
using namespace od::test;
using namespace wf;

TEST(PlatformEndSession, BatchStopsAtAChunkBoundaryWhenTheSessionEnds)
{
#ifndef _WIN32
    GTEST_SKIP() << "session end is a Windows message (endsession_win.cpp); elsewhere the app quits normally";
#else
    TestDb t;
    const int64_t shop = makeShop(t.db());
    std::vector<Trade> trades;
    for (int i = 0; i < 400; ++i)
        trades.push_back(goodTrade(shop, i + 1));
    const std::vector<int64_t> ids = store(t.db(), trades);
    ASSERT_EQ(ids.size(), 400u);

    ::BackgroundBatch runner; // the desk's (ui/backgroundbatch.h)
    QList<BatchItem> items;
    for (int64_t id : ids)
        items.append({id, QString::number(id)});
    constexpr int kChunk = 20;
    std::atomic<int> chunksStarted{0};
    Database &db = t.db();
    runner.start(
        items,
        [&db, &chunksStarted](const std::vector<int64_t> &chunk) {
            ++chunksStarted;
            QThread::msleep(30); // a slower machine: the session ends while chunks remain
            std::vector<Status> out;
            auto r = ConversionService(db).convert(kClerk, chunk);
            for (size_t i = 0; i < chunk.size(); ++i)
                out.push_back(r.ok() ? Status{} : Status(r.error()));
            return out;
        },
        kChunk);

    int handled = 0;
    installEndSessionHandler([&] {
        ++handled;
        runner.cancel(); // what the desk's stopWork does for every runner
        QThreadPool::globalInstance()->waitForDone(); // the chunk in hand completes, then the worker ends
    });
    QElapsedTimer clock;
    clock.start();
    while (chunksStarted < 3 && clock.elapsed() < 30000)
        QThread::msleep(5);
    ASSERT_GE(chunksStarted, 3);

    auto deliver = [](UINT message, WPARAM wParam) {
        MSG msg{};
        msg.message = message;
        msg.wParam = wParam;
        qintptr result = 0;
        return QAbstractEventDispatcher::instance()->filterNativeEvent("windows_generic_MSG", &msg, &result);
    };
    deliver(WM_QUERYENDSESSION, 0); // asking only: nothing stops yet
    deliver(WM_ENDSESSION, FALSE); // someone refused the log-off: the session goes on
    EXPECT_EQ(handled, 0);
    EXPECT_TRUE(runner.isRunning());
    deliver(WM_ENDSESSION, TRUE); // the session ends: when this returns, the work has stopped
    EXPECT_EQ(handled, 1);
    const qint64 converted = count(t.db(), QStringLiteral("SELECT COUNT(*) FROM sales_orders"));
    EXPECT_GT(converted, 0);
    EXPECT_LT(converted, 400); // stopped early ...
    EXPECT_EQ(converted % kChunk, 0); // ... at a chunk boundary: no chunk half-converted
    EXPECT_EQ(converted, qint64(chunksStarted.load()) * kChunk); // every chunk begun was finished
    QThread::msleep(200);
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM sales_orders")), converted); // nothing more
    deliver(WM_ENDSESSION, TRUE); // the message reaches every top-level window: the handler runs once
    EXPECT_EQ(handled, 1);
#endif
}
