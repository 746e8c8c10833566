// The first start of a real installation, in Chinese as staff see it: on an empty database the
// first-run wizard creates the administrator, adds a TOP shop (连接测试 fails with a wrong secret and
// says why in Chinese, then passes) and a pushing mall, the receiver, the CRM link (连接测试 against
// the CRM simulator, first with a wrong token) and the schedules; then downloaded and pushed orders
// arrive in the pools. Also: the log-in dialog names the database and explains a forgotten password,
// and Qt's own standard buttons speak Chinese.
#include "appi18n.h"
#include "auth/userservice.h"
#include "backend.h"
#include "crm/crmmapping.h"
#include "sim/crm/crmsimulator.h"
#include "crmsettingsdialog.h"
#include "firstrunwizard.h"
#include "gateway/localservices.h"
#include "logindialog.h"
#include "sim/mall/mallsimulator.h"
#include "receiverdialog.h"
#include "scheduledialog.h"
#include "secrets/secretstore.h"
#include "shopdialog.h"
#include "storage/sql.h"
#include "sim/top/topsimulator.h"
#include "uitestutil.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpServer>

using namespace uitest;

namespace {

void chinese()
{
    static const bool loaded = [] {
        const ui::LoadedTranslations l = ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
        EXPECT_TRUE(l.own) << "the compiled zh_CN catalogue is not in the test's resources";
        EXPECT_TRUE(l.qt) << "qtbase_zh_CN.qm not found (Debian: qt6-translations-l10n)";
        return l.own && l.qt;
    }();
    ASSERT_TRUE(loaded);
}

qint64 count(od::Database &db, const QString &sql)
{
    auto n = od::sql::scalar(db.connection(), sql);
    EXPECT_TRUE(n.ok()) << (n.ok() ? "" : n.error().message.toStdString());
    return n.ok() ? n.value() : -1;
}

// Fills the embedded shop editor.
void fillShop(ShopDialog *d, const QString &platformKey, const QString &code, const QString &name, const QString &appKey, const QString &secret)
{
    d->platformBox()->setCurrentIndex(d->platformBox()->findData(platformKey));
    d->codeEdit()->setText(code);
    d->nameEdit()->setText(name);
    d->appKeyEdit()->setText(appKey);
    d->secretEdit()->setText(secret);
}

// Clicks 连接测试 and waits for its outcome.
QString runCheck(SettingsDialog *d)
{
    EXPECT_TRUE(d->checkButton() && d->checkButton()->isVisible());
    d->checkLabel()->clear();
    QTest::mouseClick(d->checkButton(), Qt::LeftButton);
    EXPECT_TRUE(waitFor([d] { return !d->checking() && !d->checkLabel()->text().isEmpty(); }, 30000));
    return d->checkLabel()->text();
}

bool nextPage(FirstRunWizard &w, int expected)
{
    w.next();
    return waitFor([&] { return w.currentId() == expected; }, 30000);
}

} // namespace

TEST(FirstRun, EmptyDatabaseToTheFirstDownloadedAndPushedOrders)
{
    chinese();
    od::test::TestDb t;
    od::MemorySecretStore secrets;
    od::top::TopSimulator top;
    ASSERT_TRUE(top.start());
    const QDateTime now = QDateTime::currentDateTime();
    top.store().addTrades(12, now.addSecs(-3600), now.addSecs(-120));
    od::crm::CrmSimulator crm(QStringLiteral("matrix-token"));
    ASSERT_TRUE(crm.start());

    // The desk as main() composes it on SQLite: its own services run before anybody logs in.
    Backend backend(t.db());
    backend.setSecretStore(&secrets);
    od::gateway::LocalServicesOptions so;
    od::push::ReceiverOptions ro;
    ro.port = 0;
    so.receiverOptions = ro;
    so.schedulerTickMs = 200;
    so.dispatcherOptions.pollMs = 200;
    od::gateway::LocalServices services(t.db(), secrets, so);
    ASSERT_TRUE(services.start().ok());
    backend.setServices(&services);
    backend.setCrmRestart([&services] { return services.restartCrm(); });
    ASSERT_GT(services.receiverPort(), 0);

    FirstRunWizard wizard(backend);
    wizard.show();
    ASSERT_EQ(wizard.currentId(), FirstRunWizard::Admin);
    EXPECT_EQ(wizard.button(QWizard::CancelButton)->text(), QStringLiteral("取消"));

    // 1. The administrator: the two passwords must match; the strength shows; then it is created.
    auto *admin = wizard.adminPage();
    admin->loginEdit()->setText(QStringLiteral("boss"));
    admin->nameEdit()->setText(QStringLiteral("店长"));
    typeText(admin->passwordEdit(), QStringLiteral("Shop-2026!x"));
    EXPECT_GE(admin->strengthBar()->value(), 3);
    admin->repeatEdit()->setText(QStringLiteral("Shop-2026?x"));
    wizard.next();
    ASSERT_TRUE(waitFor([&] { return !admin->busy(); }));
    EXPECT_EQ(wizard.currentId(), FirstRunWizard::Admin);
    EXPECT_TRUE(admin->messageLabel()->text().contains(QStringLiteral("两次"))) << admin->messageLabel()->text().toStdString();
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM users")), 0);
    admin->repeatEdit()->setText(QStringLiteral("Shop-2026!x"));
    ASSERT_TRUE(nextPage(wizard, FirstRunWizard::Shops)) << admin->messageLabel()->text().toStdString();
    EXPECT_TRUE(od::UserService(t.db()).authenticate(QStringLiteral("boss"), QStringLiteral("Shop-2026!x")).ok());
    EXPECT_EQ(backend.session().role, od::Role::Admin);

    // 2. A TOP shop: a wrong secret fails the connection test with the reason in Chinese; the right one passes.
    auto *shops = wizard.shopPage();
    ShopDialog *tb = shops->editor();
    fillShop(tb, od::toKey(od::PlatformKind::Top), QStringLiteral("tb1"), QStringLiteral("淘宝旗舰店"), top.options().appKey, QStringLiteral("wrong-secret"));
    tb->endpointEdit()->setText(top.url());
    tb->sessionEdit()->setText(top.options().sessions.first());
    const QString failed = runCheck(tb);
    EXPECT_TRUE(failed.contains(QStringLiteral("签名"))) << failed.toStdString();
    EXPECT_TRUE(tb->checkLabel()->styleSheet().contains(QStringLiteral("#b00020")));
    tb->secretEdit()->setText(QString::fromUtf8(top.options().secret));
    const QString passed = runCheck(tb);
    EXPECT_TRUE(tb->checkLabel()->styleSheet().contains(QStringLiteral("#1b7f3b"))) << passed.toStdString();
    QTest::mouseClick(shops->addAnotherButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return shops->shops().size() == 1 && shops->editor() != tb; }));

    // ... and a pushing mall (no call to make: its address is shown at the end).
    fillShop(shops->editor(), od::toKey(od::PlatformKind::MallPush), QStringLiteral("wx1"), QStringLiteral("微信商城"), QStringLiteral("WXKEY"),
             QStringLiteral("mall-secret"));
    ASSERT_TRUE(nextPage(wizard, FirstRunWizard::Receiver));
    ASSERT_EQ(shops->shops().size(), 2u);
    EXPECT_EQ(secrets.get(QStringLiteral("shop/wx1")).valueOr(QString()), QStringLiteral("mall-secret"));
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM settings WHERE value LIKE '%mall-secret%'")), 0);

    // 3. The receiver: this desk listens on loopback here.
    auto *receiver = wizard.receiverPage()->editor();
    receiver->addressEdit()->setText(QStringLiteral("127.0.0.1"));
    receiver->portBox()->setValue(services.receiverPort());
    ASSERT_TRUE(nextPage(wizard, FirstRunWizard::Crm));

    // 4. The CRM link: a wrong token is refused with the reason in Chinese; the right one passes.
    CrmSettingsDialog *c = wizard.crmPage()->editor();
    ASSERT_TRUE(c);
    EXPECT_TRUE(c->callbackEdit()->text().endsWith(QStringLiteral(":%1").arg(services.receiverPort()))) << c->callbackEdit()->text().toStdString();
    c->callbackEdit()->setText(QStringLiteral("http://127.0.0.1:%1").arg(services.receiverPort()));
    c->gatewayEdit()->setText(crm.url());
    c->certiEdit()->setText(QStringLiteral("c-1"));
    c->fromNodeEdit()->setText(QStringLiteral("od-1"));
    c->toNodeEdit()->setText(QStringLiteral("crm-1"));
    c->tokenEdit()->setText(QStringLiteral("not-the-token"));
    const QString crmFailed = runCheck(c);
    EXPECT_TRUE(crmFailed.contains(QStringLiteral("签名"))) << crmFailed.toStdString();
    c->tokenEdit()->setText(QStringLiteral("matrix-token"));
    runCheck(c);
    EXPECT_TRUE(c->checkLabel()->styleSheet().contains(QStringLiteral("#1b7f3b"))) << c->checkLabel()->text().toStdString();
    EXPECT_EQ(crm.appliedCount(), 0); // the test calls recorded nothing at the CRM
    ASSERT_TRUE(nextPage(wizard, FirstRunWizard::Schedules));
    EXPECT_EQ(secrets.get(QStringLiteral("crm_token")).valueOr(QString()), QStringLiteral("matrix-token"));

    // 5. Schedules: one editor, for the TOP shop; every minute.
    ASSERT_EQ(wizard.schedulePage()->editors().size(), 1u);
    ScheduleDialog *sched = wizard.schedulePage()->editors().front();
    sched->intervalBox(0)->setValue(1);
    ASSERT_TRUE(nextPage(wizard, FirstRunWizard::Done));

    // 6. Done: the mall's address and app key, waiting for its first push; then it arrives.
    auto *done = wizard.donePage();
    const QString address = QStringLiteral("http://127.0.0.1:%1/push/wx1").arg(services.receiverPort());
    ASSERT_TRUE(waitFor([&] { return done->pushStatusLabel()->text().contains(address); })) << done->pushStatusLabel()->text().toStdString();
    EXPECT_TRUE(done->pushStatusLabel()->text().contains(QStringLiteral("WXKEY")));
    od::push::MallSimulator mall(5);
    od::push::MallSimulator::SendOptions send;
    send.port = services.receiverPort();
    send.path = QStringLiteral("/push/wx1");
    send.secret = QStringLiteral("mall-secret");
    auto report = od::push::MallSimulator::send(
        {mall.randomOrder(1, QStringLiteral("2026-12-01 10:00:00")), mall.randomOrder(2, QStringLiteral("2026-12-01 10:01:00"))}, send);
    EXPECT_EQ(report.accepted, 2);
    EXPECT_TRUE(waitFor([&] { return done->pushStatusLabel()->text().contains(QStringLiteral("✔")); }, 30000)) << done->pushStatusLabel()->text().toStdString();
    wizard.accept();
    EXPECT_EQ(wizard.session().login, QStringLiteral("boss"));
    EXPECT_EQ(wizard.startPage(), QStringLiteral("pending_download"));

    // The scheduler downloads the TOP shop's orders with the wizard's credentials and schedule.
    EXPECT_TRUE(waitFor(
        [&] { return count(t.db(), QStringLiteral("SELECT COUNT(*) FROM trades t JOIN shops s ON s.id = t.shop_id WHERE s.code = 'tb1'")) == 12; }, 60000));
    EXPECT_EQ(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM trades t JOIN shops s ON s.id = t.shop_id WHERE s.code = 'wx1'")), 2);
    // The settings were audited as done by the new administrator.
    EXPECT_GE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE user_login = 'boss'")), 3);
    services.stop();
}

TEST(FirstRun, LoginDialogNamesTheDatabaseAndExplainsAForgottenPassword)
{
    chinese();
    od::test::TestDb t;
    Backend backend(t.db());
    LoginDialog login(backend);
    login.show();
    auto *where = login.findChild<QLabel *>(QStringLiteral("databaseLabel"));
    ASSERT_TRUE(where);
    EXPECT_TRUE(where->text().contains(t.db().config().describe())) << where->text().toStdString();
    auto *help = login.findChild<QLabel *>(QStringLiteral("forgotPasswordHelp"));
    ASSERT_TRUE(help);
    EXPECT_FALSE(help->isVisible());
    QTest::mouseClick(login.findChild<QPushButton *>(QStringLiteral("forgotPassword")), Qt::LeftButton);
    EXPECT_TRUE(help->isVisible());
    EXPECT_TRUE(help->text().contains(QStringLiteral("--reset-password")));
    EXPECT_TRUE(help->text().contains(QStringLiteral("管理员"))) << help->text().toStdString();
    auto *box = login.findChild<QDialogButtonBox *>();
    ASSERT_TRUE(box);
    EXPECT_EQ(box->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
}

TEST(FirstRun, QtStandardButtonsAreChinese)
{
    chinese();
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Yes | QDialogButtonBox::No | QDialogButtonBox::Close
                         | QDialogButtonBox::Save);
    const std::pair<QDialogButtonBox::StandardButton, const char *> expected[] = {{QDialogButtonBox::Ok, "确定"},    {QDialogButtonBox::Cancel, "取消"},
                                                                                  {QDialogButtonBox::Yes, "是"},     {QDialogButtonBox::No, "否"},
                                                                                  {QDialogButtonBox::Close, "关闭"}, {QDialogButtonBox::Save, "保存"}};
    for (const auto &[button, text] : expected) {
        const QString shown = box.button(button)->text().remove(QLatin1Char('&'));
        EXPECT_TRUE(shown.startsWith(QString::fromUtf8(text))) << shown.toStdString() << " instead of " << text;
    }
}

TEST(FirstRun, PasswordStrengthGrowsWithLengthAndVariety)
{
    EXPECT_EQ(firstrun::passwordStrength(QString()), 0);
    EXPECT_EQ(firstrun::passwordStrength(QStringLiteral("abc")), 1);
    EXPECT_EQ(firstrun::passwordStrength(QStringLiteral("abcdef")), 1);
    EXPECT_EQ(firstrun::passwordStrength(QStringLiteral("abcdef12")), 2);
    EXPECT_EQ(firstrun::passwordStrength(QStringLiteral("Abcdef12!x")), 3);
    EXPECT_EQ(firstrun::passwordStrength(QStringLiteral("Abcdef12!xyz")), 4);
}
