// orderdesk-gateway: the headless side of OrderDesk. Receives pushed orders, runs the TOP download
// schedules, desks' requests and the CRM dispatcher against the shared database. Links only orderdesk_core (no Gui).
// See docs/gateway.md.
#include "auth/userservice.h"
#include "domain/threadexit.h"
#include "gateway/gatewayconfig.h"
#include "gateway/gatewaylock.h"
#include "gateway/localservices.h"
#include "secrets/secretstore.h"
#include "setup/connectiontest.h"
#include "stopsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>
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

// --lang X or --lang=X; zh_CN when absent.
QString languageArgument(const QStringList &args)
{
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            return args[i + 1];
        if (args[i].startsWith(QLatin1String("--lang=")))
            return args[i].mid(7);
    }
    return QStringLiteral("zh_CN");
}
void out(const QString &line)
{
    const QByteArray b = (line + QLatin1Char('\n')).toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
    std::fflush(stdout);
}

// --check: the wizard's connection tests, for a gateway configured from its JSON alone.
int runChecks(Database &db, SecretStore &secrets)
{
    auto report = setup::checkAll(db, secrets);
    if (!report.ok()) {
        out(report.error().message);
        return 3;
    }
    for (const QString &line : report->lines)
        out(line);
    return report->failures == 0 ? 0 : 6;
}

// --set-secret <ref>: how an administrator puts a shop's or the CRM's secret where the gateway looks
// (the Windows Credential Manager as OrderDesk/<ref>, without a desk on the machine).
int setSecret(const QString &mode, const QString &secretsFile, const QString &ref)
{
    QString value = qEnvironmentVariable("ORDERDESK_SECRET_VALUE");
    if (value.isEmpty()) {
        QTextStream in(stdin);
        value = in.readLine();
    }
    QString error;
    std::unique_ptr<SecretStore> secrets = makeSecrets(mode == QLatin1String("auto") ? QStringLiteral("keychain") : mode, secretsFile, &error);
    if (!secrets) {
        out(error);
        return 2;
    }
    if (ref.trimmed().isEmpty() || value.isEmpty()) {
        out(QCoreApplication::translate("Gateway", "Give the secret's name (secret_ref) and its value."));
        return 2;
    }
    if (Status st = secrets->set(ref, value); !st.ok()) {
        out(st.error().message);
        return 3;
    }
    out(QCoreApplication::translate("Gateway", "Secret %1 stored (%2).").arg(ref, secrets->name()));
    return 0;
}

// Who runs the gateway on its machine: the actor of --reset-password and --config in the audit log.
QString machineUser() { return qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER", QStringLiteral("unknown"))); }

// --reset-password <login>: the last administrator's way back in (docs/gateway.md).
int resetPassword(Database &db, const QString &login)
{
    QString password = qEnvironmentVariable("ORDERDESK_NEW_PASSWORD");
    if (password.isEmpty()) {
        QTextStream in(stdin);
        password = in.readLine();
    }
    if (Status st = UserService(db).resetOnMachine(login, password, machineUser()); !st.ok()) {
        out(st.error().message);
        return 3;
    }
    out(QCoreApplication::translate("Gateway", "The password of %1 was reset; the account is an active administrator. The audit log records it.").arg(login));
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    od::avoidQtThreadLocalDestructors(); // MinGW: before Qt runs any regular expression (#16)
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("orderdesk-gateway"));
    // Declared before the database and the services, so destroyed after them: a console close on Windows
    // waits for this before the process may end (stopsignals.h).
    struct StopDone {
        ~StopDone() { od::gateway::stopFinished(); }
    } stopDone;
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-dd HH:mm:ss.zzz} %{if-debug}D%{endif}%{if-info}I%{endif}%{if-warning}W%{endif}"
                                      "%{if-critical}E%{endif}%{if-fatal}F%{endif} %{category}: %{message}"));
    qInstallMessageHandler(logToStdout);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("orderdesk.*.debug=false\norderdesk.*.info=true"));

    // The language of what the gateway writes for staff to read (refusal reasons in 异常, platform
    // changes, run errors) and of its help: zh_CN unless --lang en. Read before the parser so the help
    // text itself is translated.
    const QString lang = languageArgument(app.arguments());
    if (lang != QLatin1String("zh_CN") && lang != QLatin1String("en")) {
        std::fprintf(stderr, "Unknown language \"%s\": use zh_CN or en.\n", qPrintable(lang));
        return 2;
    }
    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/orderdesk_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("Gateway", "OrderDesk gateway: receives pushed orders and runs scheduled downloads."));
    p.addHelpOption();
    QCommandLineOption dbOpt(QStringLiteral("db"), QCoreApplication::translate("Gateway", "SQLite file or postgresql:// URL."), QStringLiteral("spec"));
    QCommandLineOption configOpt(QStringLiteral("config"),
                                 QCoreApplication::translate("Gateway", "Configuration JSON: stored in the database, then used for this run."),
                                 QStringLiteral("json"));
    QCommandLineOption loadOpt(QStringLiteral("load-config"), QCoreApplication::translate("Gateway", "Store the configuration JSON in the database and exit."),
                               QStringLiteral("json"));
    QCommandLineOption secretsFileOpt(QStringLiteral("secrets-file"), QCoreApplication::translate("Gateway", "JSON file of secrets (mode 0600)."),
                                      QStringLiteral("file"));
    QCommandLineOption secretStoreOpt(QStringLiteral("secret-store"),
                                      QCoreApplication::translate("Gateway", "auto (keychain, file, env), keychain, file or env."), QStringLiteral("mode"),
                                      QStringLiteral("auto"));
    QCommandLineOption portOpt(QStringLiteral("port"),
                               QCoreApplication::translate("Gateway", "Receiver port (overrides the configuration; 0 = any free port)."),
                               QStringLiteral("port"));
    QCommandLineOption langOpt(QStringLiteral("lang"),
                               QCoreApplication::translate("Gateway", "Language of the texts written for staff: zh_CN (default) or en."),
                               QStringLiteral("lang"), QStringLiteral("zh_CN"));
    QCommandLineOption lockRetryOpt(QStringLiteral("lock-retry"),
                                    QCoreApplication::translate("Gateway", "Seconds between attempts to become the active gateway."), QStringLiteral("s"),
                                    QStringLiteral("3"));
    QCommandLineOption checkOpt(
        QStringLiteral("check"),
        QCoreApplication::translate("Gateway",
                                    "Test every configured link (shops, CRM) with one signed call each, print the results and exit (non-zero if one fails)."));
    QCommandLineOption setSecretOpt(
        QStringLiteral("set-secret"),
        QCoreApplication::translate(
            "Gateway",
            "Store the secret named by this secret_ref in the secret store (keychain unless --secret-store says otherwise); the value is read from standard input (or ORDERDESK_SECRET_VALUE). Then exit."),
        QStringLiteral("ref"));
    QCommandLineOption resetOpt(
        QStringLiteral("reset-password"),
        QCoreApplication::translate(
            "Gateway",
            "Set a new password for this user (read from standard input, or ORDERDESK_NEW_PASSWORD), make it an active administrator, audit it, and exit."),
        QStringLiteral("login"));
    p.addOptions({dbOpt, configOpt, loadOpt, secretsFileOpt, secretStoreOpt, portOpt, langOpt, lockRetryOpt, checkOpt, resetOpt, setSecretOpt});
    // Not p.process(): on Windows, QCommandLineParser shows --help and errors in a message box when
    // the process has no console window (a service, a scheduled task, wine without a terminal), and
    // the gateway would hang there. A headless program writes them to its output and exits.
    if (!p.parse(app.arguments())) {
        std::fprintf(stderr, "%s\n", qPrintable(p.errorText()));
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        const QByteArray help = p.helpText().toUtf8();
        std::fwrite(help.constData(), 1, size_t(help.size()), stdout);
        std::fflush(stdout);
        return 0;
    }

    if (p.isSet(setSecretOpt))
        return setSecret(p.value(secretStoreOpt), p.value(secretsFileOpt), p.value(setSecretOpt));

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
        if (Status st = gateway::storeConfig(db, config.value(), gateway::configSession(machineUser())); !st.ok()) {
            qCCritical(lcGateway).noquote() << st.error().message;
            return 3;
        }
        qCInfo(lcGateway).noquote() << "configuration stored:" << config->shops.size() << "shops," << config->schedules.size() << "schedules";
        if (p.isSet(loadOpt))
            return 0;
    }
    if (p.isSet(resetOpt))
        return resetPassword(db, p.value(resetOpt));
    QString secretError;
    std::unique_ptr<SecretStore> secrets = makeSecrets(p.value(secretStoreOpt), p.value(secretsFileOpt), &secretError);
    if (!secrets) {
        qCCritical(lcGateway).noquote() << secretError;
        return 2;
    }
    qCInfo(lcGateway).noquote() << "secrets from" << secrets->name();
    if (p.isSet(checkOpt))
        return runChecks(db, *secrets);

    // Receiver (with the CRM callback route), TOP scheduler and CRM dispatcher: run only by the active
    // gateway (the one holding the lock), stopped in reverse order.
    gateway::LocalServicesOptions serviceOptions;
    serviceOptions.requests = true; // what desks ask for (下载, 立即执行, CRM 重试) runs here
    if (p.isSet(portOpt)) {
        auto stored = gateway::storedReceiverOptions(db);
        if (!stored.ok()) {
            qCCritical(lcGateway).noquote() << stored.error().message;
            return 2;
        }
        serviceOptions.receiverOptions = stored->first;
        serviceOptions.receiverOptions->port = p.value(portOpt).toInt();
    }
    gateway::LocalServices services(db, *secrets, serviceOptions);

    gateway::GatewayLock lock(cfg.value(), qMax(1, p.value(lockRetryOpt).toInt()));
    bool stopping = false;
    auto shutdown = [&](int code) {
        if (stopping)
            return;
        stopping = true;
        qCInfo(lcGateway) << "stopping: finishing work in progress";
        services.stop(); // each lets a started batch finish; the receiver completes requests in hand
        lock.release();
        qCInfo(lcGateway) << "stopped";
        QCoreApplication::exit(code);
    };
    gateway::installStopHandlers([&] { shutdown(0); });

    lock.start(
        [&] {
            if (stopping)
                return;
            auto started = services.start();
            if (!started.ok()) {
                qCCritical(lcGateway).noquote() << started.error().message;
                shutdown(4);
                return;
            }
            for (const QString &w : started.value())
                qCWarning(lcGateway).noquote() << w;
            if (const int port = services.receiverPort())
                qCInfo(lcGateway).noquote() << "listening on" << services.receiver()->options().bindAddress + QLatin1Char(':') + QString::number(port);
            qCInfo(lcGateway) << "running";
        },
        [&](const QString &why) {
            qCCritical(lcGateway).noquote() << "stopping:" << why;
            shutdown(5);
        });
    return app.exec();
}
