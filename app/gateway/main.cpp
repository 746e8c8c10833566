// orderdesk-gateway: the headless side of OrderDesk. Receives pushed orders (and, once merged, runs
// the TOP download scheduler) against the shared database. Links only orderdesk_core (no Gui).
// See docs/gateway.md.
#include "crm/callbackhandler.h"
#include "crm/dispatcher.h"
#include "gateway/gatewayconfig.h"
#include "gateway/gatewaylock.h"
#include "gateway/gatewayservice.h"
#include "intake/scheduler.h"
#include "push/pushreceiver.h"
#include "secrets/secretstore.h"
#include "stopsignals.h"
#include "top/topwriteback.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>
#include <atomic>
#include <cstdio>
#include <memory>
#include <vector>

using namespace od;

namespace {

void logToStdout(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    const QByteArray line = qFormatLogMessage(type, ctx, msg).toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

std::unique_ptr<SecretStore> makeSecrets(const QString &mode, const QString &secretsFile, QString *error)
{
    auto chain = std::make_unique<ChainSecretStore>();
    const bool all = mode == QLatin1String("auto");
    if ((all || mode == QLatin1String("keychain")) && keychainAvailable())
        chain->add(makeKeychainSecretStore());
    if ((all || mode == QLatin1String("file")) && !secretsFile.isEmpty()) {
        auto file = std::make_unique<FileSecretStore>(secretsFile);
        if (Status st = file->checkPermissions(); !st.ok()) {
            *error = st.error().message;
            return nullptr;
        }
        chain->add(std::move(file));
    }
    if (all || mode == QLatin1String("env"))
        chain->add(std::make_unique<EnvSecretStore>());
    return chain;
}

// The TOP download scheduler: credentials per shop from the secret store (secret_ref and
// "<secret_ref>.session"). It takes its own advisory lock as well, so two gateways never download twice.
class SchedulerService : public gateway::GatewayService {
public:
    SchedulerService(Database &db, SecretStore &secrets) : m_scheduler(db, top::secretStoreCredentials(secrets)) {}
    QString name() const override { return QStringLiteral("top-scheduler"); }
    Status start() override
    {
        m_scheduler.start();
        return {};
    }
    void stop() override { m_scheduler.stop(); }

private:
    intake::Scheduler m_scheduler;
};

// The CRM dispatcher: the crm.* settings from the database, the matrix token from the secret store
// (ref "crm_token"). Not configured = not started (a warning, the rest of the gateway runs).
class CrmService : public gateway::GatewayService {
public:
    CrmService(Database &db, std::function<QString()> token) : m_db(db), m_token(std::move(token)) {}
    ~CrmService() override { stop(); }
    QString name() const override { return QStringLiteral("crm-dispatcher"); }
    Status start() override
    {
        auto settings = crm::loadCrmSettings(m_db);
        if (!settings.ok())
            return settings.error();
        if (!settings->isComplete())
            return Error(QStringLiteral("gateway.crm_settings"), QCoreApplication::translate("Gateway", "CRM not configured: events stay in the outbox."));
        const QString token = m_token();
        if (token.isEmpty())
            return Error(QStringLiteral("gateway.crm_token"), QCoreApplication::translate("Gateway", "No CRM token (secret crm_token): events stay in the outbox."));
        m_dispatcher = std::make_unique<crm::CrmDispatcher>(m_db, settings.value(), token);
        m_dispatcher->start();
        m_live.store(m_dispatcher.get());
        return {};
    }
    void stop() override
    {
        m_live.store(nullptr);
        if (m_dispatcher)
            m_dispatcher->stop();
    }
    // From the receiver's threads when a callback changed an event: look for the order's next one now.
    void wake()
    {
        if (crm::CrmDispatcher *d = m_live.load())
            QMetaObject::invokeMethod(d, "wake", Qt::QueuedConnection);
    }

private:
    Database &m_db;
    std::function<QString()> m_token;
    std::unique_ptr<crm::CrmDispatcher> m_dispatcher;
    std::atomic<crm::CrmDispatcher *> m_live{nullptr};
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("orderdesk-gateway"));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-dd HH:mm:ss.zzz} %{if-debug}D%{endif}%{if-info}I%{endif}%{if-warning}W%{endif}"
                                      "%{if-critical}E%{endif}%{if-fatal}F%{endif} %{category}: %{message}"));
    qInstallMessageHandler(logToStdout);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("orderdesk.*.debug=false\norderdesk.*.info=true"));

    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("Gateway", "OrderDesk gateway: receives pushed orders and runs scheduled downloads."));
    p.addHelpOption();
    QCommandLineOption dbOpt(QStringLiteral("db"), QCoreApplication::translate("Gateway", "SQLite file or postgresql:// URL."), QStringLiteral("spec"));
    QCommandLineOption configOpt(QStringLiteral("config"), QCoreApplication::translate("Gateway", "Configuration JSON: stored in the database, then used for this run."), QStringLiteral("json"));
    QCommandLineOption loadOpt(QStringLiteral("load-config"), QCoreApplication::translate("Gateway", "Store the configuration JSON in the database and exit."), QStringLiteral("json"));
    QCommandLineOption secretsFileOpt(QStringLiteral("secrets-file"), QCoreApplication::translate("Gateway", "JSON file of secrets (mode 0600)."), QStringLiteral("file"));
    QCommandLineOption secretStoreOpt(QStringLiteral("secret-store"), QCoreApplication::translate("Gateway", "auto (keychain, file, env), keychain, file or env."), QStringLiteral("mode"), QStringLiteral("auto"));
    QCommandLineOption portOpt(QStringLiteral("port"), QCoreApplication::translate("Gateway", "Receiver port (overrides the configuration; 0 = any free port)."), QStringLiteral("port"));
    QCommandLineOption lockRetryOpt(QStringLiteral("lock-retry"), QCoreApplication::translate("Gateway", "Seconds between attempts to become the active gateway."), QStringLiteral("s"), QStringLiteral("3"));
    p.addOptions({dbOpt, configOpt, loadOpt, secretsFileOpt, secretStoreOpt, portOpt, lockRetryOpt});
    p.process(app);

    const QString spec = p.isSet(dbOpt) ? p.value(dbOpt) : qEnvironmentVariable("ORDERDESK_DB");
    if (spec.isEmpty()) {
        qCCritical(lcGateway) << "no database: give --db <sqlite file | postgresql://...>";
        return 2;
    }
    auto cfg = DbConfig::parse(spec);
    if (!cfg.ok()) {
        qCCritical(lcGateway).noquote() << cfg.error().message;
        return 2;
    }
    Database db(cfg.value());
    if (Status st = db.migrate(); !st.ok()) {
        qCCritical(lcGateway).noquote() << "database" << cfg->describe() << ":" << st.error().message;
        return 3;
    }
    qCInfo(lcGateway).noquote() << "database" << cfg->describe();

    // Configuration: --load-config stores and exits; --config stores and runs; neither = what is stored.
    const QString configPath = p.isSet(loadOpt) ? p.value(loadOpt) : p.value(configOpt);
    if (!configPath.isEmpty()) {
        auto config = gateway::GatewayConfig::load(configPath);
        if (!config.ok()) {
            qCCritical(lcGateway).noquote() << config.error().message;
            return 2;
        }
        if (Status st = gateway::storeConfig(db, config.value()); !st.ok()) {
            qCCritical(lcGateway).noquote() << st.error().message;
            return 3;
        }
        qCInfo(lcGateway).noquote() << "configuration stored:" << config->shops.size() << "shops," << config->schedules.size() << "schedules";
        if (p.isSet(loadOpt))
            return 0;
    }
    auto receiverCfg = gateway::storedReceiverOptions(db);
    if (!receiverCfg.ok()) {
        qCCritical(lcGateway).noquote() << receiverCfg.error().message;
        return 2;
    }
    push::ReceiverOptions receiverOptions = receiverCfg->first;
    const bool receiverEnabled = receiverCfg->second;
    if (p.isSet(portOpt))
        receiverOptions.port = p.value(portOpt).toInt();

    QString secretError;
    std::unique_ptr<SecretStore> secrets = makeSecrets(p.value(secretStoreOpt), p.value(secretsFileOpt), &secretError);
    if (!secrets) {
        qCCritical(lcGateway).noquote() << secretError;
        return 2;
    }
    qCInfo(lcGateway).noquote() << "secrets from" << secrets->name();

    SecretStore *secretStore = secrets.get();
    auto crmToken = [secretStore] {
        auto t = secretStore->get(QStringLiteral("crm_token"));
        return t.ok() ? t.value() : QString();
    };
    auto crmService = std::make_unique<CrmService>(db, crmToken);
    CrmService *crmPtr = crmService.get();
    push::PushReceiver receiver(db, *secrets, receiverOptions);
    if (Status st = receiver.addPostRoute(crm::kCrmCallbackPattern, crm::crmCallbackHandler(db, crmToken, [crmPtr] { crmPtr->wake(); }));
        !st.ok()) {
        qCCritical(lcGateway).noquote() << st.error().message;
        return 2;
    }
    // Run only by the active gateway (the one holding the lock); stopped in reverse order.
    std::vector<std::unique_ptr<gateway::GatewayService>> services;
    services.push_back(std::make_unique<SchedulerService>(db, *secrets));
    services.push_back(std::move(crmService));

    gateway::GatewayLock lock(cfg.value(), qMax(1, p.value(lockRetryOpt).toInt()));
    bool stopping = false;
    auto shutdown = [&](int code) {
        if (stopping)
            return;
        stopping = true;
        qCInfo(lcGateway) << "stopping: finishing work in progress";
        for (auto it = services.rbegin(); it != services.rend(); ++it)
            (*it)->stop();  // each lets a started batch finish
        receiver.stop();    // stops accepting; requests being handled complete first
        lock.release();
        qCInfo(lcGateway) << "stopped";
        QCoreApplication::exit(code);
    };
    gateway::installStopHandlers([&] { shutdown(0); });

    lock.start(
        [&] {
            if (stopping)
                return;
            if (receiverEnabled) {
                auto port = receiver.start();
                if (!port.ok()) {
                    qCCritical(lcGateway).noquote() << port.error().message;
                    shutdown(4);
                    return;
                }
                qCInfo(lcGateway).noquote() << "listening on" << receiverOptions.bindAddress + QLatin1Char(':') + QString::number(port.value());
            }
            for (auto &s : services) {
                if (Status st = s->start(); !st.ok())
                    qCWarning(lcGateway).noquote() << s->name() << ":" << st.error().message;
            }
            qCInfo(lcGateway) << "running";
        },
        [&](const QString &why) {
            qCCritical(lcGateway).noquote() << "stopping:" << why;
            shutdown(5);
        });
    return app.exec();
}
