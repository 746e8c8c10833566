// Settings as core services: ShopService and SettingsService check the right in the core, on the
// desk's path and on the gateway configuration's alike, and every change commits together with its
// audit entry or not at all.
#include "gateway/gatewayconfig.h"
#include "settings/settingsservice.h"
#include "settings/shopservice.h"
#include "storage/shoprepository.h"
#include "storage/sql.h"
#include "testdb.h"

#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace od;

namespace {
const Session kClerk{QStringLiteral("clerk"), Role::Operator};
const Session kBoss{QStringLiteral("boss"), Role::Supervisor};
const Session kAdmin{QStringLiteral("root"), Role::Admin};

qint64 count(test::TestDb &t, const QString &query) { return sql::scalar(t->connection(), query).valueOr(-1); }
qint64 audits(test::TestDb &t) { return count(t, QStringLiteral("SELECT COUNT(*) FROM audit_log")); }

Shop mallShop(const QString &code)
{
    Shop s;
    s.code = code;
    s.name = QStringLiteral("商城 ") + code;
    s.platform = PlatformKind::MallPush;
    return s;
}

crm::CrmSettings crmLink()
{
    crm::CrmSettings s;
    s.gatewayUrl = QStringLiteral("http://127.0.0.1:9/api");
    s.appId = QStringLiteral("ecos.ome");
    s.toNodeId = QStringLiteral("2222");
    return s;
}

const char *kConfig = R"({
  "shops": [{"code": "gw", "name": "测试商城", "platform": "mall", "app_key": "GWKEY", "secret_ref": "gw_secret"}],
  "schedules": [{"shop": "gw", "kind": "refunds", "interval_min": 7}],
  "receiver": {"bind": "127.0.0.1", "port": 0, "reply_format": "plain"},
  "crm": {"gateway_url": "http://127.0.0.1:9/api", "to_node_id": "3333", "secret_ref": "crm_token"}
})";

// Every INSERT into audit_log fails from now on, as it would on a full disk or a broken audit table.
void breakAudit(test::TestDb &t)
{
    QSqlQuery q(t->connection());
    if (t->isPostgres()) {
        ASSERT_TRUE(
            q.exec(QStringLiteral("CREATE FUNCTION od_test_refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit refused'; END $$ LANGUAGE plpgsql")))
            << q.lastError().text().toStdString();
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TRIGGER od_test_audit_refused BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION od_test_refuse()")))
            << q.lastError().text().toStdString();
    } else {
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TRIGGER od_test_audit_refused BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit refused'); END")))
            << q.lastError().text().toStdString();
    }
}
} // namespace

TEST(SettingsServices, AnOperatorIsRefusedInTheCoreOnTheDeskPath)
{
    test::TestDb t;
    ShopService shops(t.db());
    SettingsService settings(t.db());
    auto created = shops.save(kClerk, mallShop(QStringLiteral("m1")));
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().code, QStringLiteral("auth.denied"));
    EXPECT_EQ(count(t, QStringLiteral("SELECT COUNT(*) FROM shops")), 0);

    auto id = shops.save(kAdmin, mallShop(QStringLiteral("m1")));
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    const qint64 before = audits(t);
    for (const Session &who : {kClerk, kBoss}) {
        EXPECT_EQ(shops.setEnabled(who, id.value(), false).error().code, QStringLiteral("auth.denied"));
        EXPECT_EQ(shops.saveSchedules(who, id.value(), {intake::Schedule{0, 0, QStringLiteral("orders"), 5, 0, true, {}}}).error().code,
                  QStringLiteral("auth.denied"));
        EXPECT_EQ(settings.saveReceiver(who, ReceiverSettings{}).error().code, QStringLiteral("auth.denied"));
        EXPECT_EQ(settings.saveCrm(who, crmLink()).error().code, QStringLiteral("auth.denied"));
    }
    EXPECT_TRUE(ShopRepository(t.db()).get(id.value()).value()->enabled);
    EXPECT_EQ(count(t, QStringLiteral("SELECT COUNT(*) FROM schedules")), 0);
    EXPECT_EQ(count(t, QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'gateway.receiver' OR key LIKE 'crm.%'")), 0);
    EXPECT_EQ(audits(t), before);
}

TEST(SettingsServices, AnOperatorIsRefusedInTheCoreOnTheGatewayConfigPath)
{
    test::TestDb t;
    auto config = gateway::GatewayConfig::parse(kConfig);
    ASSERT_TRUE(config.ok()) << config.error().message.toStdString();
    Status refused = gateway::storeConfig(t.db(), config.value(), Session{QStringLiteral("cli:intern"), Role::Operator});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("auth.denied"));
    EXPECT_EQ(count(t, QStringLiteral("SELECT COUNT(*) FROM shops")), 0);
    EXPECT_EQ(count(t, QStringLiteral("SELECT COUNT(*) FROM settings")), 0);
    EXPECT_EQ(audits(t), 0);

    // The gateway's own session (like --reset-password: "cli:<machine user>") applies it, audited.
    ASSERT_TRUE(gateway::storeConfig(t.db(), config.value(), gateway::configSession(QStringLiteral("itstaff"))).ok());
    EXPECT_EQ(count(t, QStringLiteral("SELECT COUNT(*) FROM shops WHERE code = 'gw' AND secret_ref = 'gw_secret'")), 1);
    EXPECT_EQ(count(t, QStringLiteral("SELECT interval_min FROM schedules WHERE kind = 'refunds'")), 7);
    EXPECT_EQ(SettingsService(t.db()).crm().value().toNodeId, QStringLiteral("3333"));
    for (const char *action : {"shop.create", "shop.schedules", "settings.receiver", "settings.crm"})
        EXPECT_EQ(count(t, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = '%1' AND user_login = 'cli:itstaff'").arg(QLatin1String(action))), 1)
            << action;
}

TEST(SettingsServices, TheGatewayConfigAppliesWholeOrNotAtAll)
{
    test::TestDb t;
    auto config = gateway::GatewayConfig::parse(R"({
      "shops": [{"code": "gw", "platform": "mall"}],
      "schedules": [{"shop": "gw", "kind": "orders"}, {"shop": "nosuch", "kind": "orders"}]})");
    ASSERT_TRUE(config.ok());
    Status st = gateway::storeConfig(t.db(), config.value(), gateway::configSession(QStringLiteral("itstaff")));
    ASSERT_FALSE(st.ok());
    EXPECT_TRUE(st.error().message.contains(QStringLiteral("nosuch"))) << st.error().message.toStdString();
    // The shop and the first schedule were written (in savepoints) before the unknown shop: gone too.
    EXPECT_EQ(count(t, QStringLiteral("SELECT COUNT(*) FROM shops")), 0);
    EXPECT_EQ(count(t, QStringLiteral("SELECT COUNT(*) FROM schedules")), 0);
    EXPECT_EQ(audits(t), 0);
    // The connection is usable afterwards (no transaction or savepoint left open).
    EXPECT_TRUE(ShopService(t.db()).save(kAdmin, mallShop(QStringLiteral("m2"))).ok());
    EXPECT_EQ(count(t, QStringLiteral("SELECT COUNT(*) FROM shops")), 1);
}

TEST(SettingsServices, AFailingAuditRollsTheSettingBackWithIt)
{
    test::TestDb t;
    ShopService shops(t.db());
    SettingsService settings(t.db());
    auto id = shops.save(kAdmin, mallShop(QStringLiteral("m1")));
    ASSERT_TRUE(id.ok());
    breakAudit(t);

    Shop renamed = mallShop(QStringLiteral("m1"));
    renamed.id = id.value();
    renamed.name = QStringLiteral("改名");
    EXPECT_FALSE(shops.save(kAdmin, renamed).ok());
    EXPECT_FALSE(shops.save(kAdmin, mallShop(QStringLiteral("m2"))).ok());
    EXPECT_FALSE(shops.setEnabled(kAdmin, id.value(), false).ok());
    EXPECT_FALSE(shops.saveSchedules(kAdmin, id.value(), {intake::Schedule{0, 0, QStringLiteral("orders"), 5, 0, true, {}}}).ok());
    EXPECT_FALSE(settings.saveReceiver(kAdmin, ReceiverSettings{true, QStringLiteral("127.0.0.1"), 8123, QStringLiteral("plain")}).ok());
    // The CRM link and its audit entry used to commit in two transactions: the link stayed changed.
    EXPECT_FALSE(settings.saveCrm(kAdmin, crmLink()).ok());
    auto config = gateway::GatewayConfig::parse(kConfig);
    ASSERT_TRUE(config.ok());
    EXPECT_FALSE(gateway::storeConfig(t.db(), config.value(), gateway::configSession(QStringLiteral("itstaff"))).ok());

    auto shop = ShopRepository(t.db()).get(id.value());
    ASSERT_TRUE(shop.ok() && shop.value());
    EXPECT_EQ(shop.value()->name, QStringLiteral("商城 m1"));
    EXPECT_TRUE(shop.value()->enabled);
    EXPECT_EQ(count(t, QStringLiteral("SELECT COUNT(*) FROM shops")), 1);
    EXPECT_EQ(count(t, QStringLiteral("SELECT COUNT(*) FROM schedules")), 0);
    EXPECT_EQ(count(t, QStringLiteral("SELECT COUNT(*) FROM settings")), 0);
    EXPECT_EQ(audits(t), 1); // the shop's creation, before the audit broke
}

TEST(SettingsServices, AnAdministratorsChangeWritesTheSettingAndItsAudit)
{
    test::TestDb t;
    ShopService shops(t.db());
    SettingsService settings(t.db());
    auto id = shops.save(kAdmin, mallShop(QStringLiteral("m1")));
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(shops.setEnabled(kAdmin, id.value(), false).ok());
    ASSERT_TRUE(shops.saveSchedules(kAdmin, id.value(), {intake::Schedule{0, 0, QStringLiteral("gapfill"), 30, 60, true, {}}}).ok());
    ASSERT_TRUE(settings.saveReceiver(kAdmin, ReceiverSettings{true, QStringLiteral("127.0.0.1"), 8123, QStringLiteral("plain")}).ok());
    ASSERT_TRUE(settings.saveCrm(kAdmin, crmLink()).ok());

    EXPECT_FALSE(ShopRepository(t.db()).get(id.value()).value()->enabled);
    EXPECT_EQ(count(t, QStringLiteral("SELECT lookback_min FROM schedules WHERE kind = 'gapfill'")), 60);
    EXPECT_EQ(settings.receiver().value().port, 8123);
    EXPECT_EQ(settings.crm().value().toNodeId, QStringLiteral("2222"));
    for (const char *action : {"shop.create", "shop.enabled", "shop.schedules", "settings.receiver", "settings.crm"})
        EXPECT_EQ(count(t, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = '%1' AND user_login = 'root'").arg(QLatin1String(action))), 1)
            << action;
    // A supervisor may not either: settings are the administrator's.
    EXPECT_EQ(shops.save(kBoss, mallShop(QStringLiteral("m3"))).error().code, QStringLiteral("auth.denied"));
}
