#include "benchcommon.h"

#include <QFile>
#include <QProcess>
#include <cmath>
#include <ctime>

namespace bench {

double Figure::ratio() const
{
    if (!baseline || *baseline == 0 || ours == 0)
        return 0;
    return higherIsBetter ? ours / *baseline : *baseline / ours;
}

QString sizeLabel(int n)
{
    if (n >= 1000000 && n % 1000000 == 0)
        return QStringLiteral("%1M").arg(n / 1000000);
    if (n >= 1000 && n % 1000 == 0)
        return QStringLiteral("%1k").arg(n / 1000);
    return QString::number(n);
}

std::vector<Registered> &registry()
{
    static std::vector<Registered> r;
    return r;
}

Register::Register(const char *key, const char *title, Benchmark b)
{
    registry().push_back({QString::fromLatin1(key), QString::fromUtf8(title), std::move(b)});
}

namespace {
qint64 g_longestNs = 0;
qint64 g_longestCpuNs = 0;
QString g_longestWhat;
} // namespace

void resetLongestEvent()
{
    g_longestNs = 0;
    g_longestCpuNs = 0;
    g_longestWhat.clear();
}
double longestEventMs() { return g_longestNs / 1e6; }
#ifdef Q_OS_LINUX
double longestEventCpuMs() { return g_longestCpuNs / 1e6; }
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}
#else
double longestEventCpuMs() { return -1; }
qint64 threadCpuNs() { return 0; }
#endif
QString longestEventWhat() { return g_longestWhat; }
void recordEvent(qint64 wallNs, qint64 cpuNs, const QObject *receiver, int type)
{
    g_longestCpuNs = std::max(g_longestCpuNs, cpuNs);
    if (wallNs <= g_longestNs)
        return;
    g_longestNs = wallNs;
    g_longestWhat =
        QStringLiteral("%1 event %2, %3 ms CPU").arg(QString::fromLatin1(receiver->metaObject()->className())).arg(type).arg(cpuNs / 1e6, 0, 'f', 1);
}

double peakRssMb()
{
#ifdef Q_OS_LINUX
    QFile f(QStringLiteral("/proc/self/status"));
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
#endif
    return 0;
}

double msSince(const QElapsedTimer &t) { return t.nsecsElapsed() / 1e6; }

QString runChild(const Context &ctx, const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(ctx.program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace bench
