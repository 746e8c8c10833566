// The desk's side of a real session end (endsession_test.cpp, Windows only): a GUI process with a
// top-level window (the windows platform plugin, not offscreen), the desk's end-session handler and a
// batch conversion running in chunks, as on a clerk's desk when Windows logs off. The test sends it
// WM_QUERYENDSESSION and WM_ENDSESSION from outside, as Windows (or wine's `wineboot --end-session`)
// does, then ends the process the moment WM_ENDSESSION has returned.
//   platform_endsession_child <db spec> <chunk size> <trade id>,<trade id>,...
// Prints "chunk <n>" when chunk n starts and "stopped <chunks started>" once the handler has stopped the
// batch (before WM_ENDSESSION returns).
#include "auth/session.h"
#include "backgroundbatch.h"
#include "domain/threadexit.h"
#include "endsession.h"
#include "storage/database.h"
#include "workflow/conversionservice.h"

#include <QApplication>
#include <QThread>
#include <QThreadPool>
#include <QWidget>
#include <atomic>
#include <cstdio>

int main(int argc, char **argv)
{
    od::avoidQtThreadLocalDestructors(); // MinGW: before Qt runs any regular expression (#16)
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: platform_endsession_child <db spec> <chunk size> <ids>\n");
        return 2;
    }
    auto cfg = od::DbConfig::parse(args.at(1));
    if (!cfg) {
        std::fprintf(stderr, "bad db spec: %s\n", qPrintable(cfg.error().message));
        return 2;
    }
    od::Database db(cfg.value());
    if (auto st = db.open(); !st) {
        std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(st.error().message));
        return 2;
    }
    QList<BatchItem> items;
    for (const QString &id : args.at(3).split(QLatin1Char(','), Qt::SkipEmptyParts))
        items.append({id.toLongLong(), id});

    QWidget window; // a real top-level window: the session-end messages go to top-level windows
    window.setWindowTitle(QStringLiteral("OrderDesk end-session test"));
    window.resize(320, 120);
    window.show();
    std::printf("window %llu\n", static_cast<unsigned long long>(window.winId()));
    std::fflush(stdout);

    BackgroundBatch runner; // the desk's (ui/backgroundbatch.h)
    std::atomic<int> chunks{0};
    const od::Session clerk{QStringLiteral("clerk"), od::Role::Operator};
    runner.start(
        items,
        [&db, &chunks, clerk](const std::vector<int64_t> &chunk) {
            std::printf("chunk %d\n", ++chunks);
            std::fflush(stdout);
            QThread::msleep(150); // a slower machine: the session ends while chunks remain
            std::vector<od::Status> out;
            auto r = od::ConversionService(db).convert(clerk, chunk);
            for (size_t i = 0; i < chunk.size(); ++i)
                out.push_back(r.ok() ? od::Status{} : od::Status(r.error()));
            return out;
        },
        args.at(2).toInt());

    // What the desk's handler does for batches (app/main.cpp, stopWork): cancel, then wait for the chunk
    // in hand; when this returns, Windows may end the process at once.
    installEndSessionHandler([&] {
        runner.cancel();
        QThreadPool::globalInstance()->waitForDone();
        std::printf("stopped %d\n", chunks.load());
        std::fflush(stdout);
    });
    return app.exec();
}
