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
#include <QProcess>
#include <QThread>
#include <QThreadPool>
#include <gtest/gtest.h>
#include <iostream>

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

#ifdef _WIN32
namespace {
struct ChildWindows {
    DWORD pid = 0;
    std::vector<HWND> windows;
    QStringList others; // for the failure message
};
BOOL CALLBACK collectChildWindow(HWND hwnd, LPARAM data)
{
    auto *c = reinterpret_cast<ChildWindows *>(data);
    DWORD pid = 0;
    GetWindowThreadProcessId(hwnd, &pid);
    if (pid == c->pid)
        c->windows.push_back(hwnd);
    else
        c->others << QStringLiteral("%1 (process %2)").arg(quintptr(hwnd)).arg(pid);
    return TRUE;
}
} // namespace
#endif

// The same from outside, as Windows does it: a desk process (platform_endsession_child: a real top-level
// window, the desk's handler, a batch conversion running) gets WM_QUERYENDSESSION and WM_ENDSESSION on its
// windows from another process, and is ended (TerminateProcess) the moment WM_ENDSESSION has returned, as
// Windows may do (wine's `wineboot --end-session` does exactly this). What the next start finds in the
// database: whole chunks converted, the rest still waiting, nothing half-written.
TEST(PlatformEndSession, ProcessEndedAfterTheSessionEndMessagesLeavesWholeChunks)
{
#ifndef _WIN32
    GTEST_SKIP() << "session end is a Windows message (endsession_win.cpp); elsewhere the app quits normally";
#elif !defined(ENDSESSION_CHILD)
    FAIL() << "built without ENDSESSION_CHILD (tests/platform/CMakeLists.txt)";
#else
    TestDb t;
    const int64_t shop = makeShop(t.db());
    std::vector<Trade> trades;
    for (int i = 0; i < 400; ++i)
        trades.push_back(goodTrade(shop, i + 1));
    const std::vector<int64_t> ids = store(t.db(), trades);
    ASSERT_EQ(ids.size(), 400u);
    QStringList idText;
    for (int64_t id : ids)
        idText << QString::number(id);
    constexpr int kChunk = 20;

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("windows")); // real windows, not offscreen
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QStringLiteral(ENDSESSION_CHILD), {t.spec(), QString::number(kChunk), idText.join(QLatin1Char(','))});
    ASSERT_TRUE(child.waitForStarted(30000));
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    while (!out.contains("chunk 3\n") && clock.elapsed() < 60000 && child.state() == QProcess::Running) {
        child.waitForReadyRead(100);
        out += child.readAllStandardOutput().replace('\r', ""); // the child's stdout is in text mode
    }
    ASSERT_TRUE(out.contains("chunk 3\n")) << out.constData();

    ChildWindows found;
    found.pid = DWORD(child.processId());
    EnumWindows(collectChildWindow, LPARAM(&found));
    ASSERT_FALSE(found.windows.empty()) << "no top-level window of process " << found.pid << "; child said: " << out.constData()
                                        << "; other windows: " << found.others.join(QStringLiteral(", ")).toStdString();
    for (HWND w : found.windows) { // Windows asks first: the desk does not refuse
        DWORD_PTR answer = 0;
        ASSERT_NE(SendMessageTimeoutW(w, WM_QUERYENDSESSION, 0, ENDSESSION_LOGOFF, SMTO_NORMAL, 20000, &answer), 0);
        EXPECT_NE(answer, 0u);
    }
    QElapsedTimer stopping;
    stopping.start();
    int delivered = 0;
    for (HWND w : found.windows) { // (a window the application closed meanwhile is skipped, as Windows does)
        DWORD_PTR answer = 0;
        if (SendMessageTimeoutW(w, WM_ENDSESSION, TRUE, ENDSESSION_LOGOFF, SMTO_NORMAL, 20000, &answer) != 0)
            ++delivered;
        else
            EXPECT_FALSE(IsWindow(w)) << "WM_ENDSESSION not delivered to a window that still exists";
    }
    EXPECT_GT(delivered, 0);
    const qint64 stopMs = stopping.elapsed();
    child.kill(); // TerminateProcess, as Windows may do once WM_ENDSESSION has returned
    ASSERT_TRUE(child.waitForFinished(30000));
    out += child.readAllStandardOutput().replace('\r', "");

    const int at = out.indexOf("stopped ");
    ASSERT_GE(at, 0) << "the handler did not finish before WM_ENDSESSION returned: " << out.constData();
    const int chunksStarted = out.mid(at + 8, out.indexOf('\n', at) - at - 8).toInt();
    const qint64 converted = count(t.db(), QStringLiteral("SELECT COUNT(*) FROM sales_orders"));
    std::cout << "[ figures  ] session ended after " << chunksStarted << " chunks; handler took " << stopMs << " ms; " << converted << " of 400 converted\n";
    EXPECT_GT(converted, 0);
    EXPECT_LT(converted, 400); // stopped early ...
    EXPECT_EQ(converted % kChunk, 0); // ... at a chunk boundary: no chunk half-converted
    EXPECT_EQ(converted, qint64(chunksStarted) * kChunk); // every chunk begun was finished
    EXPECT_LT(stopMs, 5000) << "Windows ends a process that takes longer than about 5 s";
#endif
}
