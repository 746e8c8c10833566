// The orderdesk-gateway program: --load-config stores the configuration; a running gateway takes
// pushes and stops cleanly on SIGTERM; two gateways on one database: only one is active.
#include "gateway/gatewayconfig.h"
#include "pushtestutil.h"
#include "sim/top/topsimulator.h"

#include <QDateTime>
#include <QDir>
#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <thread>

using namespace od;
using namespace od::push;

namespace {

// A gateway child process whose stdout we read line by line.
struct GatewayProcess {
    QProcess proc;
    QString output;

    void start(const QStringList &args, const QString &secret = QStringLiteral("gw-secret"), const QList<QPair<QString, QString>> &moreEnv = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ORDERDESK_SECRET_GW_SECRET"), secret);
        for (const auto &[k, v] : moreEnv)
            env.insert(k, v);
        proc.setProcessEnvironment(env);
        proc.setProcessChannelMode(QProcess::MergedChannels);
        proc.start(QStringLiteral(GATEWAY_BIN), args);
        ASSERT_TRUE(proc.waitForStarted(10000)) << proc.errorString().toStdString();
    }
    // Waits until the output matches; returns the first capture (or the whole match).
    QString waitFor(const QString &pattern, int ms = 30000)
    {
        const QRegularExpression re(pattern);
        QDeadlineTimer deadline(ms);
        for (;;) {
            const auto m = re.match(output);
            if (m.hasMatch())
                return m.lastCapturedIndex() >= 1 ? m.captured(1) : m.captured(0);
            if (deadline.hasExpired() || proc.state() == QProcess::NotRunning) {
                output += QString::fromUtf8(proc.readAll());
                const auto late = re.match(output);
                if (late.hasMatch())
                    return late.lastCapturedIndex() >= 1 ? late.captured(1) : late.captured(0);
                ADD_FAILURE() << "no \"" << pattern.toStdString() << "\" in the gateway's output:\n" << output.toStdString();
                return {};
            }
            proc.waitForReadyRead(100);
            output += QString::fromUtf8(proc.readAll());
        }
    }
    int stop()
    {
        if (proc.state() == QProcess::NotRunning)
            return proc.exitCode();
        proc.terminate(); // SIGTERM
        EXPECT_TRUE(proc.waitForFinished(30000)) << output.toStdString();
        output += QString::fromUtf8(proc.readAll());
        return proc.exitStatus() == QProcess::NormalExit ? proc.exitCode() : -1;
    }
    ~GatewayProcess()
    {
        if (proc.state() != QProcess::NotRunning) {
            proc.kill();
            proc.waitForFinished(5000);
        }
    }
};

QString writeConfig(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("gateway.json"));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({
  "shops": [
    {"code": "gw", "name": "测试商城", "platform": "mall", "app_key": "GWKEY", "secret_ref": "gw_secret", "sign_scheme": "top_md5"},
    {"code": "tb", "name": "淘宝店", "platform": "top", "app_key": "12345678", "secret_ref": "tb_secret",
     "endpoint": "https://gw.api.taobao.com/router/rest"}
  ],
  "receiver": {"bind": "127.0.0.1", "port": 0, "max_body": 1048576, "threads": 4},
  "schedules": [{"shop": "tb", "kind": "trades", "interval_min": 5, "lookback_min": 30}],
  "crm": {"enabled": false}
})");
    return path;
}

} // namespace

TEST(Gateway, ConfigRefusesSecrets)
{
    auto bad = gateway::GatewayConfig::parse(R"({"shops":[{"code":"x","platform":"mall","secret":"plain"}]})");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, QStringLiteral("gateway.config_secret"));
    auto scheme = gateway::GatewayConfig::parse(R"({"shops":[{"code":"x","platform":"mall","sign_scheme":"rot13"}]})");
    ASSERT_FALSE(scheme.ok());
    EXPECT_TRUE(scheme.error().message.contains(QStringLiteral("shops[0].sign_scheme")));
}

TEST(Gateway, ReplyFormatIsCheckedStoredAndReadBack)
{
    auto bad = gateway::GatewayConfig::parse(R"({"receiver":{"reply_format":"xml"}})");
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("receiver.reply_format"))) << bad.error().message.toStdString();
    auto good = gateway::GatewayConfig::parse(R"({"receiver":{"port":8123,"reply_format":"plain"}})");
    ASSERT_TRUE(good.ok()) << good.error().message.toStdString();
    EXPECT_EQ(good->receiver.replyFormat, QStringLiteral("plain"));
    test::TestDb t;
    ASSERT_TRUE(gateway::storeConfig(t.db(), good.value(), gateway::configSession(QStringLiteral("test"))).ok());
    auto stored = gateway::storedReceiverOptions(t.db());
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->first.port, 8123);
    EXPECT_EQ(stored->first.replyFormat, QStringLiteral("plain")); // used to be dropped by the rewrite
}

TEST(Gateway, LoadConfigThenReceivePushesAndStopCleanly)
{
    test::TestDb t;
    QTemporaryDir dir;
    const QString config = writeConfig(dir);
    {
        GatewayProcess load;
        load.start({QStringLiteral("--db"), t.spec(), QStringLiteral("--load-config"), config});
        ASSERT_TRUE(load.proc.waitForFinished(60000));
        load.output += QString::fromUtf8(load.proc.readAll());
        ASSERT_EQ(load.proc.exitCode(), 0) << load.output.toStdString();
    }
    auto shop = ShopRepository(t.db()).byCode(QStringLiteral("gw"));
    ASSERT_TRUE(shop.ok() && shop->has_value());
    EXPECT_EQ((*shop)->secretRef, QStringLiteral("gw_secret"));
    EXPECT_EQ((*shop)->platform, PlatformKind::MallPush);
    EXPECT_EQ(sql::scalar(t->connection(), QStringLiteral("SELECT interval_min FROM schedules")).value(), 5);
    EXPECT_EQ(sql::scalar(t->connection(), QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'gateway.receiver' AND value LIKE '%1048576%'")).value(),
              1);
    // The secret never reached the database.
    EXPECT_EQ(sql::scalar(t->connection(), QStringLiteral("SELECT COUNT(*) FROM settings WHERE value LIKE '%gw-secret%'")).value(), 0);

    GatewayProcess gw;
    gw.start({QStringLiteral("--db"), t.spec(), QStringLiteral("--secret-store"), QStringLiteral("env")});
    const int port = gw.waitFor(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)")).toInt();
    ASSERT_GT(port, 0);
    MallSimulator sim(3);
    std::vector<nlohmann::json> orders;
    for (int i = 1; i <= 200; ++i)
        orders.push_back(sim.randomOrder(i, QStringLiteral("2025-03-20 10:00:00")));
    MallSimulator::SendOptions send;
    send.retries = 0;
    send.port = port;
    send.path = QStringLiteral("/push/gw");
    send.secret = QStringLiteral("gw-secret");
    send.senders = 8;
    // Stop while pushes are in flight: every push the gateway answered as accepted is stored.
    std::atomic<bool> sent{false};
    MallSimulator::SendReport report;
    std::thread pusher([&] {
        report = MallSimulator::send(orders, send);
        sent = true;
    });
    QDeadlineTimer firstStored(30000);
    while (sql::scalar(t->connection(), QStringLiteral("SELECT COUNT(*) FROM trades")).value() < 20 && !firstStored.hasExpired())
        QThread::msleep(5);
    EXPECT_EQ(gw.stop(), 0);
    pusher.join();
    EXPECT_TRUE(gw.output.contains(QStringLiteral("stopped"))) << gw.output.toStdString();
    EXPECT_GE(report.accepted, 20);
    EXPECT_EQ(report.accepted + report.refused + report.failed, 200);
    EXPECT_EQ(sql::scalar(t->connection(), QStringLiteral("SELECT COUNT(*) FROM trades")).value(), report.accepted);
}

TEST(Gateway, TwoGatewaysOnOneDatabaseOnlyOneIsActive)
{
    test::TestDb t;
    QTemporaryDir dir;
    const QStringList args{QStringLiteral("--db"),           t.spec(),
                           QStringLiteral("--config"),       writeConfig(dir),
                           QStringLiteral("--secret-store"), QStringLiteral("env"),
                           QStringLiteral("--lock-retry"),   QStringLiteral("1")};
    GatewayProcess a;
    a.start(args);
    a.waitFor(QStringLiteral("active: this gateway holds the gateway lock"));
    a.waitFor(QStringLiteral("listening on"));
    GatewayProcess b;
    b.start(args);
    b.waitFor(QStringLiteral("waiting: another gateway is active"));
    EXPECT_FALSE(b.output.contains(QStringLiteral("listening on")));
    QSqlQuery q(t->connection());
    ASSERT_TRUE(sql::exec(q, QStringLiteral("SELECT value FROM settings WHERE key = 'gateway.active'")).ok());
    ASSERT_TRUE(q.next());
    EXPECT_TRUE(q.value(0).toString().contains(QStringLiteral("pid %1 ").arg(a.proc.processId()))) << q.value(0).toString().toStdString();
    q.finish();

    // The active one stops: the waiting one takes over.
    EXPECT_EQ(a.stop(), 0);
    b.waitFor(QStringLiteral("active: this gateway holds the gateway lock"));
    const int port = b.waitFor(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)")).toInt();
    EXPECT_GT(port, 0);
    ASSERT_TRUE(sql::exec(q, QStringLiteral("SELECT value FROM settings WHERE key = 'gateway.active'")).ok());
    ASSERT_TRUE(q.next());
    EXPECT_TRUE(q.value(0).toString().contains(QStringLiteral("pid %1 ").arg(b.proc.processId())));
    q.finish();
    EXPECT_EQ(b.stop(), 0);
}

// The active gateway runs the TOP scheduler: a TOP shop pointing at an in-test simulator gets its
// trades downloaded into 待转入 (pending) with the secret and session from the secret store.
TEST(Gateway, RunsTheTopSchedulerIntoPendingImport)
{
    test::TestDb t;
    top::TopSimulator sim;
    ASSERT_TRUE(sim.start());
    const QDateTime now = QDateTime::currentDateTime();
    sim.store().addTrades(25, now.addSecs(-20 * 60), now.addSecs(-60));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gateway.json"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        const QString json = QStringLiteral(R"({
  "shops": [{"code": "tbsim", "name": "淘宝模拟店", "platform": "top", "app_key": "%1", "secret_ref": "tbsim_secret", "endpoint": "%2"}],
  "receiver": {"bind": "127.0.0.1", "port": 0},
  "schedules": [{"shop": "tbsim", "kind": "trades", "interval_min": 1, "lookback_min": 60}]
})")
                                 .arg(sim.options().appKey, sim.url());
        f.write(json.toUtf8());
    }
    GatewayProcess gw;
    gw.start({QStringLiteral("--db"), t.spec(), QStringLiteral("--config"), path, QStringLiteral("--secret-store"), QStringLiteral("env")},
             QStringLiteral("gw-secret"),
             {{QStringLiteral("ORDERDESK_SECRET_TBSIM_SECRET"), QString::fromUtf8(sim.options().secret)},
              {QStringLiteral("ORDERDESK_SECRET_TBSIM_SECRET_SESSION"), sim.options().sessions.first()}});
    gw.waitFor(QStringLiteral("running"));
    QDeadlineTimer deadline(120000);
    qint64 pending = 0;
    while (!deadline.hasExpired()) {
        auto n = sql::scalar(t->connection(), QStringLiteral("SELECT COUNT(*) FROM trades WHERE state = 'pending'"));
        pending = n.ok() ? n.value() : 0;
        if (pending >= 25)
            break;
        QThread::msleep(200);
        gw.proc.waitForReadyRead(1);
        gw.output += QString::fromUtf8(gw.proc.readAll());
    }
    EXPECT_EQ(pending, 25) << gw.output.toStdString();
    EXPECT_GT(sim.calls(), 0);
    EXPECT_EQ(gw.stop(), 0) << gw.output.toStdString();
}

TEST(GatewayProgram, HelpAndBadFlagsAnswerOnTheConsoleAndExit)
{
    // Before, --help went through QCommandLineParser::process(), which on Windows shows a message box
    // when there is no console window: under wine (and as a service) the gateway hung there.
    GatewayProcess help;
    help.start({QStringLiteral("--help")});
    ASSERT_TRUE(help.proc.waitForFinished(30000));
    help.output += QString::fromUtf8(help.proc.readAll());
    EXPECT_EQ(help.proc.exitCode(), 0);
    EXPECT_TRUE(help.output.contains(QStringLiteral("--db"))) << help.output.toStdString();

    GatewayProcess bad;
    bad.start({QStringLiteral("--no-such-flag")});
    ASSERT_TRUE(bad.proc.waitForFinished(30000));
    bad.output += QString::fromUtf8(bad.proc.readAll());
    EXPECT_EQ(bad.proc.exitCode(), 2);
    EXPECT_TRUE(bad.output.contains(QStringLiteral("no-such-flag"))) << bad.output.toStdString();
}

TEST(GatewayProgram, WritesForStaffInChineseUnlessToldOtherwise)
{
    // What the gateway writes for staff (here: why a configuration is refused; in service, refusal
    // reasons in 异常 and platform changes) is in their language: zh_CN by default, en on request.
    test::TestDb t;
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("bad.json"));
    QFile f(config);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("[1, 2, 3]");
    f.close();
    const QRegularExpression chinese(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));

    GatewayProcess zh;
    zh.start({QStringLiteral("--db"), t.spec(), QStringLiteral("--load-config"), config});
    ASSERT_TRUE(zh.proc.waitForFinished(60000));
    zh.output += QString::fromUtf8(zh.proc.readAll());
    EXPECT_EQ(zh.proc.exitCode(), 2);
    EXPECT_TRUE(zh.output.contains(chinese)) << zh.output.toStdString();

    GatewayProcess en;
    en.start({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), t.spec(), QStringLiteral("--load-config"), config});
    ASSERT_TRUE(en.proc.waitForFinished(60000));
    en.output += QString::fromUtf8(en.proc.readAll());
    EXPECT_EQ(en.proc.exitCode(), 2);
    EXPECT_TRUE(en.output.contains(QStringLiteral("not a JSON object"))) << en.output.toStdString();
    // (the paths it names may hold Chinese themselves: a user folder such as C:\users\测试 用户 on Windows)
    QString enText = en.output;
    enText.remove(QDir::toNativeSeparators(QDir::tempPath())).remove(QDir::tempPath());
    EXPECT_FALSE(enText.contains(chinese)) << en.output.toStdString();

    GatewayProcess unknown;
    unknown.start({QStringLiteral("--lang=fr"), QStringLiteral("--help")});
    ASSERT_TRUE(unknown.proc.waitForFinished(30000));
    EXPECT_EQ(unknown.proc.exitCode(), 2);
}
