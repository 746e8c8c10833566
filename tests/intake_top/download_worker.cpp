// A separate process that runs one order download, so a test can kill it half-way (kill_test.cpp).
// download_worker --db <spec> --shop <id> --url <gateway> --secret <s> --session <s> --start <t> --end <t>
#include "domain/threadexit.h"
#include "intake/downloadservice.h"
#include "storage/shoprepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    od::avoidQtThreadLocalDestructors(); // MinGW: before Qt runs any regular expression (#16)
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    for (const char *o : {"db", "shop", "url", "secret", "session", "start", "end"})
        p.addOption(QCommandLineOption(QString::fromLatin1(o), QString::fromLatin1(o), QStringLiteral("value")));
    p.process(app);
    auto cfg = od::DbConfig::parse(p.value(QStringLiteral("db")));
    if (!cfg.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(cfg.error().message));
        return 2;
    }
    od::Database db(cfg.value());
    auto shop = od::ShopRepository(db).get(p.value(QStringLiteral("shop")).toLongLong());
    if (!shop.ok() || !shop->has_value()) {
        std::fprintf(stderr, "no shop\n");
        return 2;
    }
    od::Shop s = **shop;
    s.endpoint = p.value(QStringLiteral("url"));
    od::platforms::Credentials cred{s.appKey, p.value(QStringLiteral("secret")).toUtf8(), p.value(QStringLiteral("session")), QString()};
    od::intake::DownloadService svc(db, s, cred);
    const auto r = svc.downloadOrders(p.value(QStringLiteral("start")), p.value(QStringLiteral("end")));
    std::printf("ok=%d seen=%d created=%d updated=%d error=%s\n", int(r.ok), r.seen, r.created, r.updated, qPrintable(r.error));
    return r.ok ? 0 : 1;
}
