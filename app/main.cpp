// OrderDesk desktop: the composition root. Builds the core services, logs the user in and shows the
// main window. The database is opened, migrated (and in demo mode seeded) off the GUI thread.
#include "appi18n.h"
#include "appoptions.h"
#include "backend.h"
#include "auth/userservice.h"
#include "backgroundbatch.h"
#include "storage/changelistener.h"
#include "endsession.h"
#include "firstrunwizard.h"
#include "selfcheck.h"
#include "sim/demo/demoenvironment.h"
#include "downloaddialog.h"
#include "refunddetaildialog.h"
#include "rulespage.h"
#include "tradedetaildialog.h"
#include "exporter.h"
#include "skumappingimportdialog.h"
#include "skumappingspage.h"
#include "sim/demo/demoseed.h"
#include "domain/threadexit.h"
#include "gateway/localservices.h"
#include "secrets/secretstore.h"
#include "listpage.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "settingspage.h"
#include "uifont.h"
#include "storage/database.h"
#include "storage/listrepository.h"
#include "workflow/conversionservice.h"
#include "workflow/orderservice.h"
#include "workflow/platformwriteback.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QSettings>
#include <QTimer>
#include <QTranslator>
#include <QtConcurrent>
#include <memory>

namespace {

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("orderdesk.sqlite"));
}

bool pageReady(QWidget *p)
{
    if (auto *lp = qobject_cast<ListPage *>(p))
        return lp->model()->hasLoaded() && !lp->model()->isLoading() && !lp->model()->isCounting();
    if (auto *sp = qobject_cast<SettingsPage *>(p))
        return sp->hasLoaded();
    if (auto *rp = qobject_cast<RulesPage *>(p))
        return rp->hasLoaded();
    return true;
}

// The dialogs staff open from the lists, grabbed once loaded: 下载 (download_dialog), 网关请求
// (gateway_requests), the detail of the first refund request (refund_detail) and the 商品对应 import
// of a small workbook with one bad row (sku_import) and the detail of a trade a conversion rule holds
// (held_trade).
void grabDialogs(Backend &backend, MainWindow *w, const QString &dir, std::function<void()> then)
{
    auto *shots = new std::vector<std::pair<QDialog *, QString>>();
    auto *download = new DownloadDialog(backend, w);
    shots->push_back({download, QStringLiteral("download_dialog")});
    auto *requests = new RequestsDialog(backend, w);
    shots->push_back({requests, QStringLiteral("gateway_requests")});
    RefundDetailDialog *refund = nullptr;
    if (auto *lp = w->listPage(QStringLiteral("pending_refunds")); lp && lp->model()->rowCount() > 0) {
        refund = new RefundDetailDialog(backend, lp->model()->rowId(0), w);
        shots->push_back({refund, QStringLiteral("refund_detail")});
    }
    TradeDetailDialog *held = nullptr;
    if (auto *lp = w->listPage(QStringLiteral("pending_import")))
        for (int row = 0; row < lp->model()->rowCount() && !held; ++row)
            if (!lp->model()->rowState(row).value(QStringLiteral("hold_reason")).toString().isEmpty()) {
                held = new TradeDetailDialog(backend, lp->model()->rowId(row), w);
                shots->push_back({held, QStringLiteral("held_trade")});
            }
    SkuImportDialog *import = nullptr;
    if (auto *mp = qobject_cast<SkuMappingsPage *>(w->page(QStringLiteral("sku_mappings")))) {
        auto *tmp = new QTemporaryDir;
        QObject::connect(w, &QObject::destroyed, [tmp] { delete tmp; });
        const QString file = tmp->filePath(QObject::tr("goods mapping") + QStringLiteral(".xlsx"));
        const QString err = writeXlsx(
            file, QStringLiteral("Sheet1"), {QStringLiteral("店铺"), QStringLiteral("平台商品ID"), QStringLiteral("平台SKU ID"), QStringLiteral("商家编码")},
            {{QStringLiteral("淘宝旗舰店"), QStringLiteral("600000000123"), QStringLiteral("600000000123-BK-XL"), QStringLiteral("TS-001-BK-XL")},
             {QStringLiteral("微信商城"), QStringLiteral("8801"), QString(), QStringLiteral("CUP-350-WH")},
             {QStringLiteral("京东专营店"), QStringLiteral("100012345678"), QString(), QStringLiteral("TS-002")},
             {QStringLiteral("淘宝旗舰店"), QStringLiteral("600000000123"), QStringLiteral("600000000123-BK-XL"), QStringLiteral("TS-003")}});
        if (err.isEmpty()) {
            import = mp->importFile(file);
            shots->push_back({import, QStringLiteral("sku_import")});
        }
    }
    for (auto &[d, name] : *shots)
        d->show();
    auto *poll = new QTimer(w);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QObject::connect(poll, &QTimer::timeout, w, [=] {
        const bool ready =
            download->shopsLoaded() && requests->loaded() && (!refund || refund->isLoaded()) && (!import || import->isLoaded()) && (!held || held->isLoaded());
        if (!ready && clock->elapsed() < 20000)
            return;
        poll->deleteLater();
        QApplication::processEvents();
        for (auto &[d, name] : *shots) {
            d->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
            d->deleteLater();
        }
        delete shots;
        then();
    });
    poll->start(50);
}

// Shows every page, waits until its list has loaded, grabs it, then the dialogs, then quits.
void takeScreenshots(Backend &backend, MainWindow *w, const QString &dir)
{
    QDir().mkpath(dir);
    auto keys = std::make_shared<QStringList>(w->pageKeys());
    auto next = std::make_shared<std::function<void()>>();
    *next = [&backend, w, dir, keys, next] {
        if (keys->isEmpty()) {
            grabDialogs(backend, w, dir, [] { QApplication::quit(); });
            return;
        }
        const QString key = keys->takeFirst();
        w->showPage(key);
        auto *poll = new QTimer(w);
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        QObject::connect(poll, &QTimer::timeout, w, [w, dir, key, next, poll, clock] {
            if (!pageReady(w->page(key)) && clock->elapsed() < 20000)
                return;
            poll->deleteLater();
            if (auto *lp = w->listPage(key)) // a selected row shows the actions enabled
                if (lp->model()->rowCount() > 0)
                    lp->view()->selectRow(0);
            QApplication::processEvents();
            w->grab().save(QDir(dir).filePath(key + QStringLiteral(".png")));
            (*next)();
        });
        poll->start(50);
    };
    (*next)();
}

// --screenshots on an empty database: every page of the first-run wizard, filled as a shop would,
// without saving anything (the pages are shown, not passed), then the wizard closes.
void grabWizardPages(FirstRunWizard *wizard, const QString &dir)
{
    QDir().mkpath(dir);
    auto *admin = wizard->adminPage();
    admin->nameEdit()->setText(QObject::tr("Store manager"));
    admin->passwordEdit()->setText(QStringLiteral("Shop-2026!"));
    admin->repeatEdit()->setText(QStringLiteral("Shop-2026!"));
    const std::pair<int, const char *> pages[] = {{FirstRunWizard::Admin, "wizard_1_admin"},        {FirstRunWizard::Shops, "wizard_2_shop"},
                                                  {FirstRunWizard::Receiver, "wizard_3_receiver"},  {FirstRunWizard::Crm, "wizard_4_crm"},
                                                  {FirstRunWizard::Schedules, "wizard_5_schedule"}, {FirstRunWizard::Done, "wizard_6_done"}};
    for (const auto &[id, name] : pages) {
        // Shown through QWizard's own history-free path: restart at the page, initialise it, grab.
        wizard->setStartId(id);
        wizard->restart();
        QApplication::processEvents();
        wizard->grab().save(QDir(dir).filePath(QString::fromLatin1(name) + QStringLiteral(".png")));
    }
    wizard->reject();
}

} // namespace

int main(int argc, char *argv[])
{
    od::avoidQtThreadLocalDestructors(); // MinGW: before Qt runs any regular expression (#16)
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OrderDesk"));
    QApplication::setApplicationName(QStringLiteral("OrderDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    AppOptions opts = parseAppOptions(QApplication::arguments());
    // --lang wins; else the language chosen in 设置 (applies at the next start); else Chinese.
    QString lang = opts.lang;
    if (lang.isEmpty())
        lang = QSettings().value(QStringLiteral("ui/language")).toString();
    if (lang != QLatin1String("en"))
        lang = QStringLiteral("zh_CN");
    ui::installTranslations(app, lang);
    if (!opts.error.isEmpty()) {
        fprintf(stderr, "%s\n", qPrintable(opts.error));
        return 2;
    }
    if (opts.selfCheck)
        return runSelfCheck(opts.selfCheckReport);

    std::unique_ptr<QTemporaryDir> demoDir;
    QString spec = opts.db;
    if (opts.demo && spec.isEmpty()) {
        demoDir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("orderdesk-demo-XXXXXX")));
        spec = demoDir->filePath(QStringLiteral("demo.sqlite"));
    }
    if (spec.isEmpty())
        spec = defaultDatabasePath();
    auto config = od::DbConfig::parse(spec);
    if (!config.ok()) {
        fprintf(stderr, "%s\n", qPrintable(config.error().message));
        return 2;
    }
    od::Database db(config.value());
    Backend backend(db);
    // Background services of this desk. Demo: simulators + services on loopback. Single-desk (SQLite):
    // this desk runs the receiver, the scheduled downloads and the CRM dispatcher itself. Team mode
    // (PostgreSQL): the gateway runs them; the desk only reads and acts.
    std::unique_ptr<od::demo::DemoEnvironment> demoEnv;
    std::unique_ptr<od::ChainSecretStore> secrets;
    std::unique_ptr<od::gateway::LocalServices> services;
    if (opts.demo) {
        demoEnv = std::make_unique<od::demo::DemoEnvironment>(db);
    } else if (!db.isPostgres()) {
        secrets = std::make_unique<od::ChainSecretStore>();
        if (od::keychainAvailable())
            secrets->add(od::makeKeychainSecretStore());
        services = std::make_unique<od::gateway::LocalServices>(db, *secrets);
    }
    od::ChangeListener listener(db, [&backend](const QStringList &tables) { backend.notifyChanged(tables); });
    std::unique_ptr<MainWindow> window;

    QLabel splash(QObject::tr("Opening %1…").arg(db.config().describe()));
    splash.setWindowTitle(QObject::tr("OrderDesk"));
    splash.setMargin(24);
    splash.show();

    // Opening, migrating and seeding happen off the GUI thread; then log in and show the window.
    // The worker's answer: an error, or whether the database has no user yet (the first-run wizard).
    struct Opened {
        QString error;
        bool firstRun = false;
    };
    auto *watcher = new QFutureWatcher<Opened>(&app);
    const bool demo = opts.demo;
    const QString shots = opts.screenshotDir;
    const int quitAfter = opts.quitAfterSecs;
    QObject::connect(watcher, &QFutureWatcher<Opened>::finished, &app, [&, watcher, demo, shots, quitAfter] {
        const Opened opened = watcher->result();
        const QString &error = opened.error;
        splash.hide();
        if (!error.isEmpty()) {
            QMessageBox::critical(nullptr, QObject::tr("OrderDesk"), error);
            QApplication::exit(1);
            return;
        }
        // Run-now, download and CRM retry go through this desk's services (none in team mode).
        backend.setServices(demoEnv ? demoEnv->services() : services.get());
        // Settings write credentials to the secret store this desk's services read (none in team mode:
        // the secrets live on the gateway's machine), and restart the CRM dispatcher after a change.
        backend.setSecretStore(demoEnv ? &demoEnv->secrets() : secrets.get());
        // Shipments and refused refunds go to the platforms: with this store's credentials (demo: the
        // simulators), or through the gateway in team mode.
        backend.writeBackToPlatforms();
        od::gateway::LocalServices *ls = demoEnv ? demoEnv->services() : services.get();
        if (ls)
            backend.setCrmRestart([ls] { return ls->restartCrm(); });
        QString startPage;
        if (demo) {
            backend.setSession({QStringLiteral("admin"), QObject::tr("Demo supervisor"), od::Role::Admin}); // everything can be tried, settings too
        } else if (opened.firstRun) {
            // An empty database: nobody could log in. The wizard creates the administrator and, step by
            // step (each can be skipped), the shops, the receiver, the CRM link and the schedules.
            FirstRunWizard wizard(backend);
            if (!shots.isEmpty())
                QTimer::singleShot(0, &wizard, [&wizard, shots] { grabWizardPages(&wizard, shots); });
            wizard.exec();
            if (!wizard.session().valid()) {
                QApplication::exit(0);
                return;
            }
            backend.setSession(wizard.session());
            startPage = wizard.startPage();
            if (ls && wizard.receiverChanged())
                (void)QtConcurrent::run([ls] {
                    if (od::Status st = ls->restartReceiver(); !st.ok())
                        qWarning().noquote() << "push receiver:" << st.error().message;
                });
        } else {
            LoginDialog login(backend);
            if (login.exec() != QDialog::Accepted) {
                QApplication::exit(0);
                return;
            }
            backend.setSession(login.session());
        }
        window = std::make_unique<MainWindow>(backend);
        window->show();
        if (!startPage.isEmpty())
            window->showPage(startPage);
        window->setDatabaseReady(true, db.config().describe());
        listener.start();
        if (!shots.isEmpty())
            takeScreenshots(backend, window.get(), shots);
        if (quitAfter > 0)
            QTimer::singleShot(quitAfter * 1000, &app, &QApplication::quit);
    });
    watcher->setFuture(QtConcurrent::run([&db, demo, &demoEnv, &services]() -> Opened {
        od::Status st = db.migrate();
        if (!st.ok())
            return {st.error().message};
        Opened opened;
        if (demo) {
            st = od::demo::seed(db);
            if (!st.ok())
                return {st.error().message};
            // Some history and sales orders to look at: convert the oldest paid trades, confirm a few.
            const od::Session demoUser{QStringLiteral("demo"), od::Role::Supervisor};
            od::ListFilter paid;
            paid.status = QStringLiteral("WAIT_SELLER_SEND_GOODS");
            auto ids = od::ListRepository(db).ids(od::listSpec(od::ListId::PendingImport), paid, 80);
            if (ids.ok()) {
                auto conv = od::ConversionService(db).convert(demoUser, ids.value());
                od::RecordingWriteBack wb;
                od::OrderService orders(db, wb);
                int n = 0;
                if (conv.ok())
                    for (const auto &r : conv.value().results)
                        if (r.ok && r.resultId && n++ % 3 == 0)
                            (void)orders.confirm(demoUser, r.resultId);
            }
        }
        // Started here, off the GUI thread; problems are logged, the desk works without them.
        auto started = demoEnv ? demoEnv->start() : services ? services->start() : od::Result<QStringList>(QStringList());
        if (!started.ok())
            qWarning().noquote() << "background services:" << started.error().message;
        else
            for (const QString &w : started.value())
                qWarning().noquote() << "background services:" << w;
        if (!demo) {
            auto users = od::UserService(db).count();
            if (!users.ok())
                return {users.error().message};
            opened.firstRun = users.value() == 0;
        }
        return opened;
    }));

    // Background work ends before anything it uses goes: batches stop at their next chunk boundary
    // (the chunk in hand completes), the services stop (requests in hand complete, a download ends at
    // its next platform call), then the pool's tasks finish. Safe to run twice.
    auto stopWork = [&] {
        int batches = 0;
        for (QWidget *w : QApplication::topLevelWidgets())
            for (BackgroundBatch *r : w->findChildren<BackgroundBatch *>()) {
                batches += r->isRunning() ? 1 : 0;
                r->cancel();
            }
        backend.setServices(nullptr);
        if (demoEnv)
            demoEnv->stop();
        if (services)
            services->stop();
        QThreadPool::globalInstance()->waitForDone();
        return batches;
    };
    // Windows may end the process right after the session-end message: stop the work there already.
    installEndSessionHandler([&] {
        qInfo("session ends: stopping batches and background services");
        const int batches = stopWork();
        qInfo("session ends: stopped (%d batch(es) stopped at a chunk boundary, background services stopped)", batches);
    });

    const int rc = app.exec();
    stopWork();
    window.reset();
    QThreadPool::globalInstance()->waitForDone(); // tasks the window's pages had started
    return rc;
}
