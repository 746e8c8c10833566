// A headless CRM dispatcher process for the kill-and-restart test:
//   crm_dispatch_worker --db <spec> --crm-url <gateway> [--callback-base <url>] [--poll-ms N]
//       [--transfer-timeout-ms N] [--callback-timeout-ms N] [--backoff-base-ms N] [--backoff-cap-ms N]
//       [--max-in-flight N]
// The matrix token comes from the environment (ORDERDESK_CRM_TOKEN), never from the command line.
// Prints "ready" once the dispatcher runs; runs until killed.
#include "domain/threadexit.h"
#include "crm/dispatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

using namespace od;

int main(int argc, char **argv)
{
    od::avoidQtThreadLocalDestructors(); // MinGW: before Qt runs any regular expression (#16)
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    const QStringList intOpts{"poll-ms", "transfer-timeout-ms", "callback-timeout-ms", "backoff-base-ms", "backoff-cap-ms", "max-in-flight"};
    p.addOption({"db", "database", "spec"});
    p.addOption({"crm-url", "matrix gateway", "url"});
    p.addOption({"callback-base", "callback base URL", "url"});
    for (const QString &o : intOpts)
        p.addOption({o, o, "n"});
    p.process(app);

    auto cfg = DbConfig::parse(p.value("db"));
    if (!cfg) {
        std::fprintf(stderr, "bad --db: %s\n", qPrintable(cfg.error().message));
        return 2;
    }
    Database db(cfg.value());
    if (auto st = db.open(); !st) {
        std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(st.error().message));
        return 2;
    }
    crm::CrmSettings settings;
    settings.gatewayUrl = p.value("crm-url");
    settings.callbackBase = p.value("callback-base");
    crm::DispatcherOptions o;
    auto num = [&](const char *name, int &field) {
        if (p.isSet(name))
            field = p.value(name).toInt();
    };
    num("poll-ms", o.pollMs);
    num("transfer-timeout-ms", o.transferTimeoutMs);
    num("callback-timeout-ms", o.callbackTimeoutMs);
    num("backoff-base-ms", o.backoffBaseMs);
    num("backoff-cap-ms", o.backoffCapMs);
    num("max-in-flight", o.maxInFlight);

    crm::CrmDispatcher dispatcher(db, settings, qEnvironmentVariable("ORDERDESK_CRM_TOKEN"), o);
    dispatcher.start();
    std::printf("ready\n");
    std::fflush(stdout);
    return app.exec();
}
