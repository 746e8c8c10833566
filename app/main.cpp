// OrderDesk desktop: the composition root. Builds the core services and the main window.
#include "appoptions.h"
#include "selfcheck.h"
#include "demo/demoseed.h"
#include "mainwindow.h"
#include "listpage.h"
#include "storage/database.h"

#include <QApplication>
#include <QDir>
#include <QFutureWatcher>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QtConcurrent>
#include <memory>

namespace {

void installTranslations(QApplication &app, const QString &lang)
{
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/orderdesk_%1.qm").arg(lang)))
        app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    QLocale::setDefault(QLocale(lang));
}

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("orderdesk.sqlite"));
}

// Grabs every page once its list has loaded, then quits.
void takeScreenshots(MainWindow *w, const QString &dir)
{
    QDir().mkpath(dir);
    auto keys = std::make_shared<QStringList>(w->pageKeys());
    auto next = std::make_shared<std::function<void()>>();
    *next = [w, dir, keys, next] {
        if (keys->isEmpty()) {
            QApplication::quit();
            return;
        }
        const QString key = keys->takeFirst();
        w->showPage(key);
        QTimer::singleShot(700, w, [w, dir, key, next] {
            w->grab().save(QDir(dir).filePath(key + QStringLiteral(".png")));
            (*next)();
        });
    };
    QTimer::singleShot(1500, w, [next] { (*next)(); });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OrderDesk"));
    QApplication::setApplicationName(QStringLiteral("OrderDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    AppOptions opts = parseAppOptions(QApplication::arguments());
    installTranslations(app, opts.lang.isEmpty() ? QStringLiteral("zh_CN") : opts.lang);
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

    MainWindow window(db);
    window.show();

    // Opening and migrating the database happens off the GUI thread.
    auto *watcher = new QFutureWatcher<QString>(&window);
    QObject::connect(watcher, &QFutureWatcher<QString>::finished, &window, [&window, watcher, &db] {
        const QString error = watcher->result();
        if (error.isEmpty()) {
            window.setDatabaseReady(true, db.config().describe());
        } else {
            window.setDatabaseReady(false, error);
            QMessageBox::critical(&window, QObject::tr("OrderDesk"), error);
        }
    });
    const bool demo = opts.demo;
    watcher->setFuture(QtConcurrent::run([&db, demo]() -> QString {
        od::Status st = db.migrate();
        if (!st.ok())
            return st.error().message;
        if (demo) {
            st = od::demo::seed(db);
            if (!st.ok())
                return st.error().message;
        }
        return QString();
    }));

    if (!opts.screenshotDir.isEmpty())
        takeScreenshots(&window, opts.screenshotDir);
    const int rc = app.exec();
    QThreadPool::globalInstance()->waitForDone();
    return rc;
}
