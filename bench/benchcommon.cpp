#include "benchcommon.h"

#include <QFile>
#include <QProcess>
#include <cmath>

namespace bench {

double Figure::ratio() const
{
    if (!baseline || *baseline == 0 || ours == 0)
        return 0;
    return higherIsBetter ? ours / *baseline : *baseline / ours;
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
