// Benchmark 7 (issue #6, "done when" 3): the GUI thread during a 10,000-trade batch conversion.
// The real 待转入订单 page runs offscreen on a SQLite database of pending, convertible trades; the
// clerk converts everything the filter matches (转换全部匹配, confirmation answered), while the list is
// scrolled a page every 50 ms and refreshes on the core's change notifications. A watchdog QTimer on
// the GUI thread (5 ms) records the largest gap between its ticks from the click to the batch's end:
// the longest the staff would have seen a frozen window.
//   ours     = the page's batch (BackgroundBatch in a worker thread, chunks of 100, results batched back)
//   baseline = the naive approach on the same data: the same chunked Backend::convertTrades calls made
//              on the GUI thread, with the same page shown and the same watchdog and scrolling.
#include "benchcommon.h"

#include "backend.h"
#include "batchdialog.h"
#include "sim/demo/sampledata.h"
#include "interfacepages.h"
#include "listmodel.h"
#include "storage/database.h"
#include "storage/listrepository.h"
#include "storage/shoprepository.h"
#include "storage/traderepository.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QScrollBar>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <memory>

namespace {

// The largest gap between ticks of a 5 ms timer on the GUI thread.
class Watchdog {
public:
    Watchdog()
    {
        m_clock.start();
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_maxNs = std::max(m_maxNs, now - m_lastNs);
            m_lastNs = now;
            ++m_ticks;
        });
        m_timer.start(5);
    }
    double maxGapMs() const { return m_maxNs / 1e6; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_maxNs = 0;
    int m_ticks = 0;
};

od::Trade convertibleTrade(int64_t shop, int serial)
{
    od::sample::Generator gen(11 + quint32(serial));
    od::Trade t = gen.trade(shop, serial, QDateTime(QDate(2025, 11, 11), QTime(0, 0)).addSecs(serial * 7LL).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    t.paid = true;
    t.cod = false;
    t.closed = false;
    t.platformStatus = QStringLiteral("WAIT_SELLER_SEND_GOODS");
    for (od::TradeLine &l : t.lines) {
        l.refundStatus = QStringLiteral("NO_REFUND");
        if (l.outerSkuId.isEmpty())
            l.outerSkuId = QStringLiteral("SKU-%1").arg(l.itemId);
    }
    return t;
}

QString freshDatabase(const bench::Context &ctx, const QString &name, int n, QString *error)
{
    const QString path = QDir(ctx.dataDir).filePath(name);
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QString::fromLatin1(suffix));
    od::Database db(od::DbConfig::parse(path).value());
    if (auto st = db.migrate(); !st.ok()) {
        *error = st.error().message;
        return {};
    }
    od::Shop s;
    s.code = QStringLiteral("tb");
    s.name = QStringLiteral("淘宝旗舰店");
    const int64_t shop = od::ShopRepository(db).create(s).value();
    od::TradeRepository repo(db);
    std::vector<od::Trade> batch;
    for (int i = 1; i <= n; ++i) {
        batch.push_back(convertibleTrade(shop, i));
        if (batch.size() == 1000 || i == n) {
            if (auto r = repo.upsert(batch); !r.ok()) {
                *error = r.error().message;
                return {};
            }
            batch.clear();
        }
    }
    return path;
}

struct Run {
    double maxGapMs = 0;
    double longestEventMs = 0;
    double longestEventCpuMs = 0;
    QString longestEvent;
    double seconds = 0;
    int converted = 0;
    int ticks = 0;
    int scrolls = 0;
    QString error;
};

bool spinUntil(const std::function<bool()> &cond, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!cond()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(1);
    }
    return true;
}

// The page shown with its first rows painted; `convert` starts the conversion (from a GUI event).
Run measure(const QString &path, int n, bool onGuiThread)
{
    Run out;
    od::Database db(od::DbConfig::parse(path).value());
    if (auto st = db.migrate(); !st.ok()) {
        out.error = st.error().message;
        return out;
    }
    Backend backend(db);
    backend.setSession({QStringLiteral("bench"), QStringLiteral("bench"), od::Role::Operator});
    PendingImportPage page(backend);
    page.resize(1400, 800);
    page.show();
    page.refresh();
    if (!spinUntil([&] { return page.model()->hasLoaded() && !page.model()->isLoading() && !page.model()->isCounting(); }, 60000)) {
        out.error = QStringLiteral("the list did not load");
        return out;
    }
    page.repaint(); // first paint (fonts) before measuring

    // The clerk scrolls a page every 50 ms while the batch runs.
    QTimer scroller;
    QObject::connect(&scroller, &QTimer::timeout, [&] {
        QScrollBar *bar = page.view()->verticalScrollBar();
        bar->setValue(bar->value() >= bar->maximum() ? 0 : bar->value() + bar->pageStep());
        ++out.scrolls;
    });
    scroller.start(50);

    std::vector<int64_t> ids;
    bool started = false, finished = false;
    QElapsedTimer clock;
    auto watchdog = std::make_unique<Watchdog>();
    bench::resetLongestEvent();
    if (onGuiThread) {
        // Naive: the button handler itself loops over the chunks.
        auto r = od::ListRepository(db).ids(od::listSpec(od::ListId::PendingImport), page.model()->filter());
        if (!r.ok()) {
            out.error = r.error().message;
            return out;
        }
        ids = r.value();
        QTimer::singleShot(0, &page, [&] {
            started = true;
            clock.start();
            for (size_t i = 0; i < ids.size(); i += 100) {
                const std::vector<int64_t> chunk(ids.begin() + i, ids.begin() + std::min(ids.size(), i + 100));
                for (const od::Status &st : backend.convertTrades(chunk))
                    out.converted += st.ok() ? 1 : 0;
            }
            finished = true;
        });
    } else {
        page.confirmHook = [](const QString &) { return true; };
        QTimer::singleShot(0, &page, [&] {
            started = true;
            clock.start();
            page.convertAllMatching();
        });
    }
    const bool done = spinUntil(
        [&] {
            if (onGuiThread)
                return finished;
            BatchDialog *dlg = page.lastBatchDialog();
            return started && dlg && !dlg->runner()->isRunning() && dlg->okCount() + dlg->failedCount() == n;
        },
        1800000);
    out.seconds = clock.isValid() ? bench::msSince(clock) / 1000.0 : 0;
    // One more tick, so a stall that lasted until the end (the baseline's) is counted too.
    const int ticksAtEnd = watchdog->ticks();
    spinUntil([&] { return watchdog->ticks() > ticksAtEnd; }, 10000);
    out.maxGapMs = watchdog->maxGapMs();
    out.longestEventMs = bench::longestEventMs();
    out.longestEventCpuMs = bench::longestEventCpuMs();
    out.longestEvent = bench::longestEventWhat();
    out.ticks = watchdog->ticks();
    watchdog.reset();
    scroller.stop();
    if (!onGuiThread) {
        if (BatchDialog *dlg = page.lastBatchDialog()) {
            out.converted = dlg->okCount();
            dlg->close();
        }
    }
    if (!done)
        out.error = QStringLiteral("did not finish");
    // Let the last refreshes land before the database goes away.
    spinUntil([&] { return !page.model()->isLoading() && !page.model()->isCounting(); }, 60000);
    return out;
}

std::vector<bench::Figure> run(const bench::Context &ctx)
{
    const int n = ctx.scaled(10000);
    bench::Figure f;
    f.id = QStringLiteral("7");
    f.figure = QStringLiteral("GUI stall: max event-loop gap, batch convert %1 trades (page)").arg(n);
    f.unit = QStringLiteral("ms");
    f.higherIsBetter = false;
    f.target = QStringLiteral("≤ 100 ms");
    QString error;
    const QString oursDb = freshDatabase(ctx, QStringLiteral("gui-ours.sqlite"), n, &error);
    const QString baseDb = error.isEmpty() ? freshDatabase(ctx, QStringLiteral("gui-base.sqlite"), n, &error) : QString();
    if (!error.isEmpty()) {
        f.note = QStringLiteral("setup failed: %1").arg(error);
        return {f};
    }
    const Run ours = measure(oursDb, n, false);
    const Run base = measure(baseDb, n, true);
    f.ours = ours.maxGapMs;
    f.baseline = base.maxGapMs;
    f.met = ours.error.isEmpty() && ours.converted == n && ours.maxGapMs <= 100;
    f.note =
        QStringLiteral(
            "ours: worker batch, %1 of %2 converted in %3 s, %4 watchdog ticks, list scrolled %5×, longest GUI event %6 ms (%7), most GUI CPU in one event %8 ms%9; "
            "baseline: same chunks on the GUI thread, %10 converted in %11 s")
            .arg(ours.converted)
            .arg(n)
            .arg(ours.seconds, 0, 'f', 1)
            .arg(ours.ticks)
            .arg(ours.scrolls)
            .arg(ours.longestEventMs, 0, 'f', 1)
            .arg(ours.longestEvent)
            .arg(ours.longestEventCpuMs, 0, 'f', 1)
            .arg(ours.error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(ours.error))
            .arg(base.converted)
            .arg(base.seconds, 0, 'f', 1)
        + (base.error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(base.error));
    for (const QString &p : {oursDb, baseDb})
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(p + QString::fromLatin1(suffix));
    return {f};
}

bench::Register reg("7", "GUI event loop during a batch conversion on the pending-import page", run);

} // namespace
