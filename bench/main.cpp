// orderdesk_bench: runs the registered benchmarks, prints one table (figure, ours, baseline, ratio,
// target) and writes it as JSON and Markdown to the --out folder.
#include "benchcommon.h"
#include "childmodes.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QThread>
#include <cstdio>

namespace {

QString machine()
{
    QString cpu;
#ifdef Q_OS_LINUX
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
#endif
    return QStringLiteral("%1, %2 logical cores, %3")
        .arg(cpu.isEmpty() ? QStringLiteral("unknown CPU") : cpu)
        .arg(QThread::idealThreadCount())
        .arg(QSysInfo::prettyProductName());
}

QString num(double v)
{
    if (v == 0)
        return QStringLiteral("0");
    if (std::abs(v) >= 100)
        return QString::number(v, 'f', 0);
    if (std::abs(v) >= 10)
        return QString::number(v, 'f', 1);
    return QString::number(v, 'f', 2);
}

// Times every outermost event handled on the GUI thread (see bench::longestEventMs).
class BenchApp : public QApplication {
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        if (m_depth++ > 0) {
            const bool r = QApplication::notify(receiver, event);
            --m_depth;
            return r;
        }
        QElapsedTimer t;
        t.start();
        const qint64 cpu0 = bench::threadCpuNs();
        const bool r = QApplication::notify(receiver, event);
        --m_depth;
        bench::recordEvent(t.nsecsElapsed(), bench::threadCpuNs() - cpu0, receiver, int(event->type()));
        return r;
    }

private:
    int m_depth = 0;
};

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 3 && QByteArray(argv[1]) == "--child") {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return bench::runChildMode(QApplication::arguments().mid(2));
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    BenchApp app(argc, argv);
    QStringList args = QApplication::arguments();
    QString out = QStringLiteral("bench/results");
    QStringList only;
    bool full = false;
    QStringList sizes;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--out") && i + 1 < args.size())
            out = args[++i];
        else if (args[i] == QLatin1String("--full"))
            full = true; // the 3M-trade figures too (opt-in: generating 3M trades takes a while)
        else if (args[i] == QLatin1String("--sizes") && i + 1 < args.size())
            sizes = args[++i].split(QLatin1Char(','));
        else if (args[i] == QLatin1String("--only") && i + 1 < args.size())
            only = args[++i].split(QLatin1Char(','));
    }
    bench::Context ctx;
    ctx.program = QApplication::applicationFilePath();
    ctx.dataDir = QDir(QApplication::applicationDirPath()).filePath(QStringLiteral("bench-data"));
    QDir().mkpath(ctx.dataDir);
    ctx.scale = qEnvironmentVariableIsSet("ORDERDESK_BENCH_SCALE") ? qEnvironmentVariableIntValue("ORDERDESK_BENCH_SCALE") : 100;
    if (sizes.isEmpty())
        sizes = full ? QStringList{QStringLiteral("100000"), QStringLiteral("1000000"), QStringLiteral("3000000")}
                     : QStringList{QStringLiteral("100000"), QStringLiteral("1000000")};
    for (const QString &s : sizes)
        if (s.toInt() > 0)
            ctx.sizes.push_back(ctx.scaled(s.toInt()));

    std::vector<bench::Figure> all;
    for (const auto &b : bench::registry()) {
        if (!only.isEmpty() && !only.contains(b.key))
            continue;
        fprintf(stderr, "== %s\n", qPrintable(b.title));
        for (auto &f : b.run(ctx)) {
            fprintf(stderr, "   %s %s: %s %s\n", qPrintable(f.id), qPrintable(f.figure), qPrintable(num(f.ours)), qPrintable(f.unit));
            all.push_back(f);
        }
    }
    std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.id < b.id; });

    QJsonArray arr;
    QString md = QStringLiteral("# OrderDesk benchmark results\n\nMachine: %1  \nDate: %2  \nScale: %3%%4\n\n"
                                "| # | Figure | Unit | Ours | Baseline | Ratio | Target | Met |\n|---|---|---|---|---|---|---|---|\n")
                     .arg(machine(), QDateTime::currentDateTime().toString(Qt::ISODate))
                     .arg(ctx.scale)
                     .arg(QStringLiteral(", table sizes %1").arg(sizes.join(QLatin1Char('/'))));
    printf("\n%-4s %-58s %-10s %12s %12s %8s  %-34s %s\n", "#", "figure", "unit", "ours", "baseline", "ratio", "target", "met");
    for (const auto &f : all) {
        QJsonObject o{{QStringLiteral("id"), f.id},     {QStringLiteral("figure"), f.figure}, {QStringLiteral("unit"), f.unit},
                      {QStringLiteral("ours"), f.ours}, {QStringLiteral("target"), f.target}, {QStringLiteral("met"), f.met}};
        o.insert(QStringLiteral("baseline"), f.baseline ? QJsonValue(*f.baseline) : QJsonValue());
        o.insert(QStringLiteral("ratio"), f.baseline ? QJsonValue(f.ratio()) : QJsonValue());
        if (!f.note.isEmpty())
            o.insert(QStringLiteral("note"), f.note);
        arr.append(o);
        const QString base = f.baseline ? num(*f.baseline) : QStringLiteral("—");
        const QString ratio = f.baseline ? num(f.ratio()) + QStringLiteral("×") : QStringLiteral("—");
        printf("%-4s %-58s %-10s %12s %12s %8s  %-34s %s\n", qPrintable(f.id), qPrintable(f.figure.left(58)), qPrintable(f.unit), qPrintable(num(f.ours)),
               qPrintable(base), qPrintable(ratio), qPrintable(f.target.left(34)), f.met ? "yes" : "NO");
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                  .arg(f.id, f.figure, f.unit, num(f.ours), base, ratio, f.target, f.met ? QStringLiteral("yes") : QStringLiteral("**no**"));
        if (!f.note.isEmpty())
            md += QStringLiteral("|  | ↳ %1 |  |  |  |  |  |  |\n").arg(f.note);
    }
    QDir().mkpath(out);
    QFile j(QDir(out).filePath(QStringLiteral("latest.json")));
    if (j.open(QIODevice::WriteOnly))
        j.write(QJsonDocument(arr).toJson());
    QFile m(QDir(out).filePath(QStringLiteral("latest.md")));
    if (m.open(QIODevice::WriteOnly))
        m.write(md.toUtf8());
    printf("\nwritten: %s/latest.json, latest.md\n", qPrintable(out));
    return 0;
}
