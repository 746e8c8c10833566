#include "appoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

AppOptions parseAppOptions(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("main", "OrderDesk order management"));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main", "Start with simulated platforms and CRM on loopback and a fresh database."));
    const QCommandLineOption db(QStringLiteral("db"), QCoreApplication::translate("main", "Database: an SQLite file path or a PostgreSQL connection string."),
                                QStringLiteral("spec"));
    const QCommandLineOption lang(QStringLiteral("lang"), QCoreApplication::translate("main", "Interface language: zh_CN (default) or en."),
                                  QStringLiteral("lang"));
    const QCommandLineOption shots(QStringLiteral("screenshots"),
                                   QCoreApplication::translate("main", "Write a screenshot of every page to this folder and quit."), QStringLiteral("dir"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"),
                                       QCoreApplication::translate("main", "Quit on its own after this many seconds (for unattended demo runs)."),
                                       QStringLiteral("seconds"));
    p.addOptions({demo, db, lang, shots, quitAfter});
    const QCommandLineOption selfCheck(
        QStringLiteral("self-check"),
        QCoreApplication::translate("main", "Check the SQL drivers, the database and the translations, print a report and quit."));
    const QCommandLineOption selfCheckReport(QStringLiteral("self-check-report"),
                                             QCoreApplication::translate("main", "Also write the self-check report to this file."), QStringLiteral("file"));
    p.addOptions({selfCheck, selfCheckReport});
    AppOptions o;
    if (!p.parse(arguments)) {
        o.error = p.errorText();
        return o;
    }
    if (p.isSet(QStringLiteral("help")))
        p.showHelp(0);
    if (p.isSet(QStringLiteral("version")))
        p.showVersion();
    o.demo = p.isSet(demo);
    o.db = p.value(db);
    o.lang = p.value(lang);
    o.screenshotDir = p.value(shots);
    if (p.isSet(quitAfter)) {
        bool ok = false;
        o.quitAfterSecs = p.value(quitAfter).toInt(&ok);
        if (!ok || o.quitAfterSecs <= 0)
            o.error = QCoreApplication::translate("main", "--quit-after needs a number of seconds greater than 0.");
    }
    o.selfCheckReport = p.value(selfCheckReport);
    o.selfCheck = p.isSet(selfCheck) || !o.selfCheckReport.isEmpty();
    if (!o.lang.isEmpty() && o.lang != QLatin1String("zh_CN") && o.lang != QLatin1String("en"))
        o.error = QCoreApplication::translate("main", "Unknown language \"%1\": use zh_CN or en.").arg(o.lang);
    return o;
}
