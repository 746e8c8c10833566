// The settings page: shops with credentials only in the secret store, role gating, users, the CRM
// link (round trip + restart callback), schedules, the push receiver and the language choice.
#include "auth/userservice.h"
#include "backend.h"
#include "crm/crmmapping.h"
#include "crmsettingsdialog.h"
#include "gateway/gatewayconfig.h"
#include "intake/runlog.h"
#include "receiverdialog.h"
#include "scheduledialog.h"
#include "secrets/secretstore.h"
#include "settingspage.h"
#include "shopdialog.h"
#include "storage/sql.h"
#include "uitestutil.h"
#include "userdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include "statelabels.h"

#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableWidget>
#include <atomic>

using namespace uitest;

namespace {
const Session kAdmin{QStringLiteral("root"), QStringLiteral("管理员"), od::Role::Admin};

void makeAdmin(od::Database &db)
{
    auto r = od::UserService(db).create(od::Session{}, od::StaffUser{0, QStringLiteral("root"), QStringLiteral("管理员"), od::Role::Admin, true},
                                        QStringLiteral("rootpass"));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
}

// Every text cell of every row of `table` that contains `needle` ("table.column").
QStringList cellsContaining(od::Database &db, const QString &table, const QString &needle)
{
    QStringList hits;
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT * FROM %1").arg(table)));
    while (q.next())
        for (int c = 0; c < q.record().count(); ++c)
            if (q.value(c).toString().contains(needle))
                hits << table + QLatin1Char('.') + q.record().fieldName(c);
    return hits;
}

template <typename D> bool closed(const QPointer<D> &d) { return d.isNull() || !d->isVisible(); }

// The audit list shows actions and record kinds in words: every one written so far has a label.
void expectAuditInWords(od::Database &db, int atLeast)
{
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT DISTINCT action, entity FROM audit_log")));
    int n = 0;
    while (q.next()) {
        ++n;
        const QString action = q.value(0).toString(), entity = q.value(1).toString();
        EXPECT_NE(ui::auditActionLabel(action), action) << action.toStdString() << " shown raw";
        EXPECT_NE(ui::stateLabel(od::ListId::Audit, QStringLiteral("entity"), entity), entity) << entity.toStdString() << " shown raw";
    }
    EXPECT_GE(n, atLeast);
}
} // namespace

TEST(SettingsPage, AddShopStoresTheSecretOnlyInTheSecretStore)
{
    od::test::TestDb t;
    od::MemorySecretStore store;
    Backend backend(t.db());
    backend.setSecretStore(&store);
    backend.setSession(kAdmin);
    SettingsPage page(backend);
    page.show();
    page.reload();
    ASSERT_TRUE(waitFor([&] { return page.hasLoaded(); }));
    EXPECT_TRUE(page.addShopButton()->isEnabled());

    QPointer<ShopDialog> dlg = page.openShopDialog(-1);
    ASSERT_TRUE(dlg);
    EXPECT_EQ(dlg->secretEdit()->echoMode(), QLineEdit::Password);
    EXPECT_EQ(dlg->sessionEdit()->echoMode(), QLineEdit::Password);
    QTest::keyClicks(dlg->codeEdit(), QStringLiteral("tmall01"));
    dlg->nameEdit()->setText(QStringLiteral("天猫旗舰店"));
    dlg->platformBox()->setCurrentIndex(dlg->platformBox()->findData(od::toKey(od::PlatformKind::Top)));
    QTest::keyClicks(dlg->appKeyEdit(), QStringLiteral("12345678"));
    QTest::keyClicks(dlg->endpointEdit(), QStringLiteral("http://127.0.0.1:9/router/rest"));
    // No secret yet: refused with a message, nothing stored.
    dlg->accept();
    EXPECT_TRUE(dlg->isVisible());
    EXPECT_FALSE(dlg->messageLabel()->text().isEmpty());
    EXPECT_FALSE(dlg->saving());

    const QString secret = QStringLiteral("S3cr3t-秘钥-9f8e7d6c5b");
    const QString session = QStringLiteral("6100e1b2SESSIONa9c8");
    dlg->secretEdit()->setText(secret); // QTest::keyClicks cannot type Chinese
    QTest::keyClicks(dlg->sessionEdit(), session);
    dlg->accept();
    ASSERT_TRUE(waitFor([&] { return closed(dlg); })) << (dlg ? dlg->messageLabel()->text().toStdString() : "");
    ASSERT_TRUE(waitFor([&] { return page.shopTable()->rowCount() == 1; }));

    auto shop = od::ShopRepository(t.db()).byCode(QStringLiteral("tmall01"));
    ASSERT_TRUE(shop.ok() && shop.value());
    EXPECT_EQ(shop.value()->name, QStringLiteral("天猫旗舰店"));
    EXPECT_EQ(shop.value()->secretRef, QStringLiteral("shop/tmall01"));
    EXPECT_EQ(shop.value()->endpoint, QStringLiteral("http://127.0.0.1:9/router/rest"));
    EXPECT_EQ(store.get(QStringLiteral("shop/tmall01")).valueOr(QString()), secret);
    EXPECT_EQ(store.get(QStringLiteral("shop/tmall01.session")).valueOr(QString()), session);

    // Neither credential appears in any column of shops, settings or the audit trail.
    for (const QString &table : {QStringLiteral("shops"), QStringLiteral("settings"), QStringLiteral("audit_log")}) {
        EXPECT_TRUE(cellsContaining(t.db(), table, secret).isEmpty()) << cellsContaining(t.db(), table, secret).join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(cellsContaining(t.db(), table, session).isEmpty());
        EXPECT_TRUE(cellsContaining(t.db(), table, QStringLiteral("9f8e7d6c5b")).isEmpty());
    }
    EXPECT_FALSE(cellsContaining(t.db(), QStringLiteral("audit_log"), QStringLiteral("shop.create")).isEmpty());
    EXPECT_TRUE(waitFor([&] { return page.shopTable()->item(0, 5) && page.shopTable()->item(0, 5)->text() == SettingsPage::tr("stored"); }));

    // Editing without retyping the secret keeps it; a duplicate code is refused in the dialog.
    page.shopTable()->selectRow(0);
    QPointer<ShopDialog> edit = page.openShopDialog(0);
    ASSERT_TRUE(edit);
    EXPECT_TRUE(edit->codeEdit()->isReadOnly());
    edit->nameEdit()->setText(QStringLiteral("天猫旗舰店（新）"));
    edit->accept();
    ASSERT_TRUE(waitFor([&] { return closed(edit); }));
    EXPECT_EQ(store.get(QStringLiteral("shop/tmall01")).valueOr(QString()), secret);
    EXPECT_EQ(od::ShopRepository(t.db()).byCode(QStringLiteral("tmall01")).value().value().name, QStringLiteral("天猫旗舰店（新）"));

    QPointer<ShopDialog> dup = page.openShopDialog(-1);
    ASSERT_TRUE(dup);
    dup->codeEdit()->setText(QStringLiteral("tmall01"));
    dup->nameEdit()->setText(QStringLiteral("重复"));
    dup->platformBox()->setCurrentIndex(dup->platformBox()->findData(od::toKey(od::PlatformKind::MallPush)));
    dup->secretEdit()->setText(QStringLiteral("other-secret"));
    dup->accept();
    ASSERT_TRUE(waitFor([&] { return !dup->saving(); }));
    EXPECT_TRUE(dup->isVisible());
    EXPECT_TRUE(dup->messageLabel()->text().contains(QStringLiteral("tmall01"))) << dup->messageLabel()->text().toStdString();
    EXPECT_EQ(store.get(QStringLiteral("shop/tmall01")).valueOr(QString()), secret);
    dup->reject();

    // Disable from the page.
    page.setShopEnabled(0, false);
    ASSERT_TRUE(waitFor([&] { return !od::ShopRepository(t.db()).byCode(QStringLiteral("tmall01")).value().value().enabled; }));
    expectAuditInWords(t.db(), 2); // shop.create, shop.enabled
}

TEST(SettingsPage, TeamModeHasNoCredentialFields)
{
    od::test::TestDb t;
    Backend backend(t.db()); // no secret store: the secrets live on the gateway's machine
    backend.setSession(kAdmin);
    ShopDialog dlg(backend, std::nullopt);
    EXPECT_FALSE(dlg.secretEdit()->isEnabled());
    EXPECT_FALSE(dlg.sessionEdit()->isEnabled());
    EXPECT_FALSE(dlg.secretEdit()->toolTip().isEmpty());
    od::Shop s;
    s.code = QStringLiteral("m1");
    s.name = QStringLiteral("商城");
    s.platform = od::PlatformKind::MallPush;
    auto r = backend.saveShop(s, QStringLiteral("x-secret"), std::nullopt);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("settings.no_secret_store"));
    EXPECT_TRUE(backend.saveShop(s, std::nullopt, std::nullopt).ok());
}

TEST(SettingsPage, NonAdminsCannotOpenTheEditors)
{
    od::test::TestDb t;
    od::MemorySecretStore store;
    Backend backend(t.db());
    backend.setSecretStore(&store);
    backend.setSession(Session{QStringLiteral("boss"), QStringLiteral("主管"), od::Role::Supervisor});
    makeShop(t.db());
    SettingsPage page(backend);
    page.show();
    page.reload();
    ASSERT_TRUE(waitFor([&] { return page.hasLoaded(); }));
    page.shopTable()->selectRow(0);
    for (QPushButton *b : {page.addShopButton(), page.editShopButton(), page.addUserButton(), page.crmButton(), page.receiverButton()}) {
        EXPECT_FALSE(b->isEnabled()) << b->text().toStdString();
        EXPECT_FALSE(b->toolTip().isEmpty()) << b->text().toStdString();
    }
    EXPECT_EQ(page.openShopDialog(-1), nullptr);
    EXPECT_EQ(page.openShopDialog(0), nullptr);
    EXPECT_EQ(page.openUserDialog(UserDialog::Mode::Add), nullptr);
    EXPECT_EQ(page.openCrmDialog(), nullptr);
    EXPECT_EQ(page.openReceiverDialog(), nullptr);
    // The core refuses too.
    od::Shop s;
    s.code = QStringLiteral("x1");
    s.name = QStringLiteral("X");
    s.platform = od::PlatformKind::MallPush;
    EXPECT_EQ(backend.saveShop(s, QStringLiteral("secret1"), std::nullopt).error().code, QStringLiteral("auth.denied"));
    EXPECT_FALSE(store.get(QStringLiteral("shop/x1")).ok());
    EXPECT_EQ(backend.saveCrmSettings(od::crm::CrmSettings{}, std::nullopt).error().code, QStringLiteral("auth.denied"));
}

TEST(SettingsPage, AddUserWithMismatchingPasswordsIsRefused)
{
    od::test::TestDb t;
    makeAdmin(t.db());
    Backend backend(t.db());
    backend.setSession(kAdmin);
    SettingsPage page(backend);
    page.show();
    page.reload();
    ASSERT_TRUE(waitFor([&] { return page.hasLoaded(); }));

    QPointer<UserDialog> dlg = page.openUserDialog(UserDialog::Mode::Add);
    ASSERT_TRUE(dlg);
    EXPECT_EQ(dlg->passwordEdit()->echoMode(), QLineEdit::Password);
    QTest::keyClicks(dlg->loginEdit(), QStringLiteral("xiaoli"));
    dlg->nameEdit()->setText(QStringLiteral("小李"));
    dlg->roleBox()->setCurrentIndex(dlg->roleBox()->findData(od::toKey(od::Role::Supervisor)));
    QTest::keyClicks(dlg->passwordEdit(), QStringLiteral("lipass-1"));
    QTest::keyClicks(dlg->repeatEdit(), QStringLiteral("lipass-2"));
    dlg->accept();
    EXPECT_TRUE(dlg->isVisible());
    EXPECT_FALSE(dlg->saving());
    EXPECT_EQ(dlg->messageLabel()->text(), UserDialog::validatePasswords(QStringLiteral("lipass-1"), QStringLiteral("lipass-2")));
    EXPECT_FALSE(dlg->messageLabel()->text().isEmpty());
    EXPECT_FALSE(od::UserService(t.db()).find(QStringLiteral("xiaoli")).value().has_value());
    EXPECT_FALSE(UserDialog::validatePasswords(QStringLiteral("12345"), QStringLiteral("12345")).isEmpty());

    dlg->repeatEdit()->setText(QStringLiteral("lipass-1"));
    dlg->accept();
    ASSERT_TRUE(waitFor([&] { return closed(dlg); }));
    auto u = od::UserService(t.db()).find(QStringLiteral("xiaoli"));
    ASSERT_TRUE(u.ok() && u.value());
    EXPECT_EQ(u.value()->role, od::Role::Supervisor);
    EXPECT_TRUE(od::UserService(t.db()).authenticate(QStringLiteral("xiaoli"), QStringLiteral("lipass-1")).ok());
    EXPECT_TRUE(cellsContaining(t.db(), QStringLiteral("users"), QStringLiteral("lipass-1")).isEmpty());

    // Role change, password reset and deactivation through the backend the page uses.
    EXPECT_TRUE(backend.changeUserRole(QStringLiteral("xiaoli"), od::Role::Operator).ok());
    EXPECT_TRUE(backend.resetUserPassword(QStringLiteral("xiaoli"), QStringLiteral("newpass-9")).ok());
    EXPECT_TRUE(od::UserService(t.db()).authenticate(QStringLiteral("xiaoli"), QStringLiteral("newpass-9")).ok());
    EXPECT_TRUE(backend.setUserActive(QStringLiteral("xiaoli"), false).ok());
    EXPECT_EQ(od::UserService(t.db()).authenticate(QStringLiteral("xiaoli"), QStringLiteral("newpass-9")).error().code, QStringLiteral("auth.inactive"));
}

TEST(SettingsPage, CrmSettingsRoundTripAndRestartTheLink)
{
    od::test::TestDb t;
    od::MemorySecretStore store;
    Backend backend(t.db());
    backend.setSecretStore(&store);
    backend.setSession(kAdmin);
    std::atomic<int> restarts{0};
    backend.setCrmRestart([&restarts] {
        ++restarts;
        return od::Status();
    });
    SettingsPage page(backend);
    page.show();
    page.reload();
    ASSERT_TRUE(waitFor([&] { return page.hasLoaded(); }));

    QPointer<CrmSettingsDialog> dlg = page.openCrmDialog();
    ASSERT_TRUE(dlg);
    EXPECT_EQ(dlg->tokenEdit()->echoMode(), QLineEdit::Password);
    dlg->gatewayEdit()->setText(QStringLiteral("not a url"));
    dlg->accept();
    EXPECT_TRUE(dlg->isVisible());
    EXPECT_FALSE(dlg->messageLabel()->text().isEmpty());
    EXPECT_EQ(restarts.load(), 0);

    dlg->gatewayEdit()->setText(QStringLiteral("http://127.0.0.1:9/api"));
    dlg->appIdEdit()->setText(QStringLiteral("ecos.ome"));
    dlg->certiEdit()->setText(QStringLiteral("1234567890"));
    dlg->fromNodeEdit()->setText(QStringLiteral("1111"));
    dlg->toNodeEdit()->setText(QStringLiteral("2222"));
    dlg->callbackEdit()->setText(QStringLiteral("http://desk.example.com:8090"));
    const QString token = QStringLiteral("matrix-token-7c6b5a49");
    QTest::keyClicks(dlg->tokenEdit(), token);
    dlg->accept();
    ASSERT_TRUE(waitFor([&] { return closed(dlg); })) << (dlg ? dlg->messageLabel()->text().toStdString() : "");
    EXPECT_EQ(restarts.load(), 1);

    auto s = od::crm::loadCrmSettings(t.db());
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->gatewayUrl, QStringLiteral("http://127.0.0.1:9/api"));
    EXPECT_EQ(s->appId, QStringLiteral("ecos.ome"));
    EXPECT_EQ(s->certiId, QStringLiteral("1234567890"));
    EXPECT_EQ(s->fromNodeId, QStringLiteral("1111"));
    EXPECT_EQ(s->toNodeId, QStringLiteral("2222"));
    EXPECT_EQ(s->callbackBase, QStringLiteral("http://desk.example.com:8090"));
    EXPECT_EQ(store.get(QStringLiteral("crm_token")).valueOr(QString()), token);
    for (const QString &table : {QStringLiteral("settings"), QStringLiteral("audit_log")})
        EXPECT_TRUE(cellsContaining(t.db(), table, token).isEmpty());

    // The dialog opens again with what was saved (round trip through the page).
    ASSERT_TRUE(waitFor([&] { return page.hasLoaded() && page.crmButton()->isEnabled(); }));
    ASSERT_TRUE(waitFor([&] {
        QPointer<CrmSettingsDialog> again = page.openCrmDialog();
        const bool same = again && again->gatewayEdit()->text() == QStringLiteral("http://127.0.0.1:9/api")
            && again->toNodeEdit()->text() == QStringLiteral("2222") && again->tokenEdit()->text().isEmpty();
        if (again)
            again->reject();
        return same;
    }));
    expectAuditInWords(t.db(), 1); // settings.crm
}

TEST(SettingsPage, SchedulesReceiverAndLanguage)
{
    od::test::TestDb t;
    Backend backend(t.db());
    backend.setSession(kAdmin);
    const int64_t shopId = makeShop(t.db());

    QPointer<ScheduleDialog> sched = new ScheduleDialog(backend, shopId, QStringLiteral("店铺 s1"), {});
    sched->setAttribute(Qt::WA_DeleteOnClose);
    sched->show();
    sched->enabledBox(0)->setChecked(true);
    sched->intervalBox(0)->setValue(3);
    sched->lookbackBox(0)->setValue(15);
    sched->enabledBox(2)->setChecked(true);
    sched->accept();
    ASSERT_TRUE(waitFor([&] { return closed(sched); }));
    auto all = backend.shopSchedules(shopId);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 3u);
    for (const od::intake::Schedule &s : all.value()) {
        if (s.kind == QLatin1String("orders")) {
            EXPECT_TRUE(s.enabled);
            EXPECT_EQ(s.intervalMin, 3);
            EXPECT_EQ(s.lookbackMin, 15);
        } else if (s.kind == QLatin1String("refunds")) {
            EXPECT_FALSE(s.enabled);
        } else {
            EXPECT_EQ(s.kind, QStringLiteral("gapfill"));
            EXPECT_TRUE(s.enabled);
        }
    }

    ReceiverSettings current;
    QPointer<ReceiverDialog> rec = new ReceiverDialog(backend, current);
    rec->setAttribute(Qt::WA_DeleteOnClose);
    rec->show();
    rec->addressEdit()->setText(QStringLiteral("999.1.1.1"));
    rec->accept();
    EXPECT_TRUE(rec->isVisible());
    EXPECT_FALSE(rec->messageLabel()->text().isEmpty());
    rec->addressEdit()->setText(QStringLiteral("127.0.0.1"));
    rec->portBox()->setValue(9123);
    rec->replyBox()->setCurrentIndex(rec->replyBox()->findData(QStringLiteral("rsp")));
    rec->accept();
    ASSERT_TRUE(waitFor([&] { return closed(rec); }));
    auto stored = od::gateway::storedReceiverOptions(t.db());
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->first.port, 9123);
    EXPECT_EQ(stored->first.bindAddress, QStringLiteral("127.0.0.1"));
    EXPECT_EQ(stored->first.replyFormat, QStringLiteral("rsp")); // what the receiver answers with
    EXPECT_EQ(backend.receiverSettings()->replyFormat, QStringLiteral("rsp"));

    SettingsPage page(backend);
    page.saveLanguage(QStringLiteral("en"));
    EXPECT_EQ(QSettings().value(SettingsPage::languageKey()).toString(), QStringLiteral("en"));
    EXPECT_EQ(SettingsPage::languageKey(), QStringLiteral("ui/language"));
    expectAuditInWords(t.db(), 2); // shop.schedules, settings.receiver
}
