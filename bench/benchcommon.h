#pragma once
// The benchmark harness: every benchmark produces figures with our value, the baseline measured in
// the same run, the ratio and the target; main() prints them as one table and writes
// bench/results/latest.json and latest.md.
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace bench {

struct Figure {
    QString id; // "1", "3a", ...
    QString figure; // what is measured
    QString unit; // "orders/s", "ms", "MB"
    double ours = 0;
    std::optional<double> baseline;
    bool higherIsBetter = true;
    QString target; // human-readable target
    bool met = false;
    QString note;
    double ratio() const; // ours relative to the baseline, >1 means better
};

struct Context {
    QString dataDir; // cached generated databases
    QString program; // argv[0], for child processes
    int scale = 100; // percent of the full sizes (ORDERDESK_BENCH_SCALE), for quick runs
    int scaled(int n) const { return std::max(1, int(qint64(n) * scale / 100)); }
    // Table sizes for the figures of how cost grows (list figures, import rate), already scaled:
    // 100k and 1M; 3M too with --full (or --sizes a,b,c).
    std::vector<int> sizes;
};
// "100k", "1M", "3M" (or the plain number).
QString sizeLabel(int n);

using Benchmark = std::function<std::vector<Figure>(const Context &)>;
struct Registered {
    QString key;
    QString title;
    Benchmark run;
};
std::vector<Registered> &registry();
struct Register {
    Register(const char *key, const char *title, Benchmark b);
};

// The longest time the GUI thread spent handling one event since resetLongestEvent() (timed in the
// bench's QApplication::notify), wall clock and CPU time of the GUI thread, and what it was. A long
// wall time with little CPU time is time the OS gave to other threads or processes.
void resetLongestEvent();
double longestEventMs();
double longestEventCpuMs(); // the most GUI-thread CPU time one event used (-1: not measured here)
QString longestEventWhat();
void recordEvent(qint64 wallNs, qint64 cpuNs, const QObject *receiver, int type);
qint64 threadCpuNs(); // CPU time of the calling thread (Linux), else 0

double peakRssMb(); // this process's peak resident set (Linux), 0 where unknown
double msSince(const QElapsedTimer &t);
// Runs this program again with `args` and returns its stdout (for figures that need a fresh process).
QString runChild(const Context &ctx, const QStringList &args, int timeoutMs = 600000);

} // namespace bench
