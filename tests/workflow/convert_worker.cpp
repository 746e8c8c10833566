// Test helper process: converts a selection of trades through ConversionService and exits.
//   convert_worker --db <spec> [--ids <file with one id per line> | --seed N --count M | --all]
//                  [--user login] [--chunk N]
// Prints "converted=<n> failed=<m> total=<t>" on success. Used by the multi-process and kill tests.
#include "domain/threadexit.h"
#include "storage/sql.h"
#include "workflow/conversionservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

using namespace od;

int main(int argc, char **argv)
{
    od::avoidQtThreadLocalDestructors(); // MinGW: before Qt runs any regular expression (#16)
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), QStringLiteral("database spec"), QStringLiteral("spec")});
    p.addOption({QStringLiteral("ids"), QStringLiteral("file of trade ids"), QStringLiteral("file")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("random selection seed"), QStringLiteral("n")});
    p.addOption({QStringLiteral("count"), QStringLiteral("random selection size"), QStringLiteral("n")});
    p.addOption({QStringLiteral("all"), QStringLiteral("every trade")});
    p.addOption({QStringLiteral("user"), QStringLiteral("login"), QStringLiteral("login"), QStringLiteral("worker")});
    p.addOption({QStringLiteral("chunk"), QStringLiteral("chunk size"), QStringLiteral("n"), QStringLiteral("200")});
    p.process(app);

    auto cfg = DbConfig::parse(p.value(QStringLiteral("db")));
    if (!cfg.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(cfg.error().message));
        return 2;
    }
    Database db(cfg.value());
    if (Status st = db.open(); !st.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error().message));
        return 2;
    }
    std::vector<int64_t> ids;
    if (p.isSet(QStringLiteral("ids"))) {
        QFile f(p.value(QStringLiteral("ids")));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(f.fileName()));
            return 2;
        }
        QTextStream in(&f);
        while (!in.atEnd()) {
            bool ok = false;
            const qint64 id = in.readLine().trimmed().toLongLong(&ok);
            if (ok)
                ids.push_back(id);
        }
    } else {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id FROM trades ORDER BY id"))) {
            std::fprintf(stderr, "cannot list trades\n");
            return 2;
        }
        while (q.next())
            ids.push_back(q.value(0).toLongLong());
        if (!p.isSet(QStringLiteral("all"))) {
            QRandomGenerator rng(p.value(QStringLiteral("seed")).toUInt());
            std::shuffle(ids.begin(), ids.end(), rng);
            ids.resize(std::min(ids.size(), size_t(p.value(QStringLiteral("count")).toLongLong())));
        }
    }
    ConversionService conv(db);
    const Session session{p.value(QStringLiteral("user")), Role::Operator};
    auto r = conv.convert(session, ids, BatchOptions{p.value(QStringLiteral("chunk")).toInt(), 8});
    if (!r.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        return 1;
    }
    int unexpected = 0;
    for (const BatchItemResult &res : r->results) {
        if (!res.ok && !res.code.startsWith(QLatin1String("convert.")) && !res.code.startsWith(QLatin1String("trade."))) {
            ++unexpected;
            std::fprintf(stderr, "trade %lld: %s %s\n", static_cast<long long>(res.id), qPrintable(res.code), qPrintable(res.reason));
        }
    }
    std::printf("converted=%d failed=%d total=%d\n", r->succeeded(), r->failed(), r->total);
    return unexpected == 0 ? 0 : 3;
}
