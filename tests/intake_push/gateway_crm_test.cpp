// The gateway configured from its JSON alone: the CRM link (secret_ref, never the token), events
// delivered by the gateway's dispatcher, and --check running the wizard's connection tests.
#include "auth/userservice.h"
#include "crm/crmmapping.h"
#include "sim/crm/crmsimulator.h"
#include "gateway/gatewayconfig.h"
#include "sim/mall/mallsimulator.h"
#include "pushtestutil.h"
#include "storage/sql.h"
#include "sim/top/topsimulator.h"
#include "workflow/conversionservice.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

using namespace od;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
    return path;
}

struct GatewayRun {
    int code = -1;
    QString output;
};

GatewayRun runGateway(const QStringList &args, const QList<QPair<QString, QString>> &env, int ms = 60000)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const auto &[k, v] : env)
        e.insert(k, v);
    p.setProcessEnvironment(e);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(GATEWAY_BIN), args);
    EXPECT_TRUE(p.waitForFinished(ms));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

QString crmConfig(const QString &crmUrl, const QString &extra = {})
{
    return QStringLiteral(R"({
  "shops": [{"code": "gw", "name": "测试商城", "platform": "mall", "app_key": "GWKEY", "secret_ref": "gw_secret"}],
  "receiver": {"bind": "127.0.0.1", "port": 0},
  "crm": {"gateway_url": "%1", "app_id": "ecos.ome", "certi_id": "c-1", "from_node_id": "od-1", "to_node_id": "crm-1",
          "callback_base": "http://127.0.0.1:9", "secret_ref": "matrix_token"%2}
})")
        .arg(crmUrl, extra);
}

} // namespace

TEST(GatewayCrmConfig, ParsedValidatedAndTheTokenRefused)
{
    auto ok = gateway::GatewayConfig::parse(crmConfig(QStringLiteral("http://crm.example/api")).toUtf8());
    ASSERT_TRUE(ok.ok()) << ok.error().message.toStdString();
    ASSERT_TRUE(ok->crm.has_value());
    EXPECT_EQ(ok->crm->gatewayUrl, QStringLiteral("http://crm.example/api"));
    EXPECT_EQ(ok->crm->toNodeId, QStringLiteral("crm-1"));
    EXPECT_EQ(ok->crm->tokenRef, QStringLiteral("matrix_token"));

    auto token = gateway::GatewayConfig::parse(crmConfig(QStringLiteral("http://crm.example/api"), QStringLiteral(R"(, "token": "abc")")).toUtf8());
    ASSERT_FALSE(token.ok());
    EXPECT_EQ(token.error().code, QStringLiteral("gateway.config_secret"));

    auto badUrl = gateway::GatewayConfig::parse(crmConfig(QStringLiteral("ftp://crm.example")).toUtf8());
    ASSERT_FALSE(badUrl.ok());
    EXPECT_EQ(badUrl.error().code, QStringLiteral("gateway.config_field"));
    EXPECT_TRUE(badUrl.error().message.contains(QStringLiteral("crm.gateway_url"))) << badUrl.error().message.toStdString();

    auto noRef = gateway::GatewayConfig::parse(R"({"crm": {"gateway_url": "http://crm.example/api"}})");
    ASSERT_FALSE(noRef.ok());
    EXPECT_TRUE(noRef.error().message.contains(QStringLiteral("crm.secret_ref"))) << noRef.error().message.toStdString();

    auto empty = gateway::GatewayConfig::parse(R"({"crm": {}})");
    ASSERT_TRUE(empty.ok());
    EXPECT_FALSE(empty->crm.has_value());
}

TEST(GatewayCrmConfig, ConfiguredFromJsonAloneDeliversAnEvent)
{
    test::TestDb t;
    crm::CrmSimulator crmSim(QStringLiteral("the-matrix-token"));
    ASSERT_TRUE(crmSim.start());
    QTemporaryDir dir;
    const QString config = writeFile(dir, QStringLiteral("gateway.json"), crmConfig(crmSim.url()));
    const QList<QPair<QString, QString>> env{{QStringLiteral("ORDERDESK_SECRET_GW_SECRET"), QStringLiteral("gw-secret")},
                                             {QStringLiteral("ORDERDESK_SECRET_MATRIX_TOKEN"), QStringLiteral("the-matrix-token")}};
    GatewayRun load = runGateway({QStringLiteral("--db"), t.spec(), QStringLiteral("--load-config"), config}, env);
    ASSERT_EQ(load.code, 0) << load.output.toStdString();
    auto stored = crm::loadCrmSettings(t.db());
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->gatewayUrl, crmSim.url());
    EXPECT_EQ(stored->certiId, QStringLiteral("c-1"));
    EXPECT_EQ(stored->tokenRef, QStringLiteral("matrix_token"));
    EXPECT_EQ(sql::scalar(t->connection(), QStringLiteral("SELECT COUNT(*) FROM settings WHERE value LIKE '%the-matrix-token%'")).value(), 0);

    // The gateway runs; a pushed order is converted at a desk; the gateway's dispatcher delivers the event.
    QProcess gw;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const auto &[k, v] : env)
        e.insert(k, v);
    gw.setProcessEnvironment(e);
    gw.setProcessChannelMode(QProcess::MergedChannels);
    gw.start(QStringLiteral(GATEWAY_BIN), {QStringLiteral("--db"), t.spec(), QStringLiteral("--secret-store"), QStringLiteral("env")});
    ASSERT_TRUE(gw.waitForStarted());
    QString out;
    QDeadlineTimer listening(30000);
    QRegularExpression portRe(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    int port = 0;
    while (!listening.hasExpired() && port == 0) {
        gw.waitForReadyRead(100);
        out += QString::fromUtf8(gw.readAll());
        if (auto m = portRe.match(out); m.hasMatch())
            port = m.captured(1).toInt();
    }
    ASSERT_GT(port, 0) << out.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("CRM not configured"))) << out.toStdString();
    push::MallSimulator mall(7);
    push::MallSimulator::SendOptions send;
    send.port = port;
    send.path = QStringLiteral("/push/gw");
    send.secret = QStringLiteral("gw-secret");
    push::MallOrderOptions plain;
    plain.lines = 1;
    auto report = push::MallSimulator::send({mall.order(1, QStringLiteral("2026-11-30 10:00:00"), plain)}, send);
    ASSERT_EQ(report.accepted, 1);
    auto tradeId = sql::scalar(t->connection(), QStringLiteral("SELECT id FROM trades"));
    ASSERT_TRUE(tradeId.ok() && tradeId.value() > 0);
    auto conv = ConversionService(t.db()).convertOne(Session{QStringLiteral("desk"), Role::Supervisor}, tradeId.value());
    ASSERT_TRUE(conv.ok()) << conv.error().message.toStdString();
    const QString tid = push::MallSimulator::orderNo(1);
    QDeadlineTimer delivered(60000);
    while (!delivered.hasExpired() && !crmSim.received().contains(tid)) {
        gw.waitForReadyRead(100);
        out += QString::fromUtf8(gw.readAll());
    }
    EXPECT_TRUE(crmSim.received().contains(tid)) << out.toStdString();
    gw.terminate();
    EXPECT_TRUE(gw.waitForFinished(30000));
}

TEST(GatewayCrmConfig, CheckRunsTheConnectionTestsAndFailsOnAWrongSecret)
{
    test::TestDb t;
    crm::CrmSimulator crmSim(QStringLiteral("the-matrix-token"));
    ASSERT_TRUE(crmSim.start());
    top::TopSimulator top;
    ASSERT_TRUE(top.start());
    QTemporaryDir dir;
    const QString config = writeFile(dir, QStringLiteral("gateway.json"),
                                     QStringLiteral(R"({
  "shops": [{"code": "tb", "name": "淘宝店", "platform": "top", "app_key": "%1", "secret_ref": "tb_secret", "endpoint": "%2"}],
  "crm": {"gateway_url": "%3", "secret_ref": "matrix_token"}
})")
                                         .arg(top.options().appKey, top.url(), crmSim.url()));
    ASSERT_EQ(runGateway({QStringLiteral("--db"), t.spec(), QStringLiteral("--load-config"), config}, {}).code, 0);
    const QStringList args{QStringLiteral("--db"), t.spec(), QStringLiteral("--secret-store"), QStringLiteral("env"), QStringLiteral("--check")};
    const QList<QPair<QString, QString>> right{{QStringLiteral("ORDERDESK_SECRET_TB_SECRET"), QString::fromUtf8(top.options().secret)},
                                               {QStringLiteral("ORDERDESK_SECRET_TB_SECRET_SESSION"), top.options().sessions.first()},
                                               {QStringLiteral("ORDERDESK_SECRET_MATRIX_TOKEN"), QStringLiteral("the-matrix-token")}};
    GatewayRun good = runGateway(args, right);
    EXPECT_EQ(good.code, 0) << good.output.toStdString();
    EXPECT_EQ(good.output.count(QStringLiteral("ok: ")), 2) << good.output.toStdString();
    EXPECT_EQ(crmSim.appliedCount(), 0); // the CRM test call records nothing

    auto wrong = right;
    wrong[0].second = QStringLiteral("not-the-secret");
    wrong[2].second = QStringLiteral("not-the-token");
    GatewayRun bad = runGateway(args + QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN")}, wrong);
    EXPECT_EQ(bad.code, 6) << bad.output.toStdString();
    EXPECT_EQ(bad.output.count(QStringLiteral("FAIL")), 2) << bad.output.toStdString();
    EXPECT_TRUE(bad.output.contains(QStringLiteral("签名"))) << bad.output.toStdString(); // said in Chinese: the signature
}

// The last administrator's way back in: on the machine, audited, and the account usable again.
TEST(GatewayProgram, ResetPasswordOnTheMachineIsAudited)
{
    test::TestDb t;
    UserService users(t.db());
    ASSERT_TRUE(users.create(Session{}, StaffUser{0, QStringLiteral("boss"), QStringLiteral("店长"), Role::Admin, true}, QStringLiteral("forgotten1")).ok());
    GatewayRun tooShort = runGateway({QStringLiteral("--db"), t.spec(), QStringLiteral("--reset-password"), QStringLiteral("boss")},
                                     {{QStringLiteral("ORDERDESK_NEW_PASSWORD"), QStringLiteral("abc")}});
    EXPECT_EQ(tooShort.code, 3) << tooShort.output.toStdString();
    GatewayRun unknown = runGateway({QStringLiteral("--db"), t.spec(), QStringLiteral("--reset-password"), QStringLiteral("nobody")},
                                    {{QStringLiteral("ORDERDESK_NEW_PASSWORD"), QStringLiteral("new-secret-2")}});
    EXPECT_EQ(unknown.code, 3) << unknown.output.toStdString();
    GatewayRun reset = runGateway({QStringLiteral("--db"), t.spec(), QStringLiteral("--reset-password"), QStringLiteral("boss")},
                                  {{QStringLiteral("ORDERDESK_NEW_PASSWORD"), QStringLiteral("new-secret-2")},
                                   {QStringLiteral("USER"), QStringLiteral("itstaff")},
                                   {QStringLiteral("USERNAME"), QStringLiteral("itstaff")}});
    EXPECT_EQ(reset.code, 0) << reset.output.toStdString();
    EXPECT_FALSE(users.authenticate(QStringLiteral("boss"), QStringLiteral("forgotten1")).ok());
    EXPECT_TRUE(users.authenticate(QStringLiteral("boss"), QStringLiteral("new-secret-2")).ok());
    EXPECT_EQ(sql::scalar(t->connection(),
                          QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'user.password_reset' "
                                         "AND user_login = 'cli:itstaff' AND entity_id = 'boss'"))
                  .value(),
              1);
}
