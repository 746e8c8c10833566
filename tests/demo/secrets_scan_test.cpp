// Secrets never reach the disk in plain text: the desktop app runs in demo mode (simulated TOP
// gateway, pushing mall and CRM on loopback, all of which it authenticates against with the demo's
// secrets), with HOME, the XDG folders and TMPDIR pointed into one temporary root and its output
// captured there; then every file under the root — database, WAL, settings, logs — is searched for
// each secret, as UTF-8 and as UTF-16. Passwords must be stored as salted hashes, not as themselves.
#include "sim/demo/demoenvironment.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace od;

namespace {
qint64 scalar(Database &db, const QString &text)
{
    QSqlQuery q(db.connection());
    if (!sql::exec(q, text).ok() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}
} // namespace

TEST(SecretsScan, NoSecretInAnyFileTheDemoWrote)
{
    const QString app = qEnvironmentVariable("ORDERDESK_APP");
    ASSERT_FALSE(app.isEmpty()) << "ORDERDESK_APP not set (ctest sets it)";
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    const QDir r(root.path());
    for (const char *sub : {"home", "config", "data", "cache", "runtime", "tmp", "db", "logs"})
        ASSERT_TRUE(r.mkpath(QString::fromLatin1(sub)));
    QFile::setPermissions(r.filePath(QStringLiteral("runtime")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), r.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), r.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), r.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), r.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), r.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("TMPDIR"), r.filePath(QStringLiteral("tmp")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true")); // the chattiest logs
    const QString dbPath = r.filePath(QStringLiteral("db/demo.sqlite"));

    QProcess p;
    p.setProcessEnvironment(env);
    p.setStandardOutputFile(r.filePath(QStringLiteral("logs/stdout.log")));
    p.setStandardErrorFile(r.filePath(QStringLiteral("logs/stderr.log")));
    p.start(app, {QStringLiteral("--demo"), QStringLiteral("--db"), dbPath, QStringLiteral("--quit-after"), QStringLiteral("25")});
    ASSERT_TRUE(p.waitForStarted(30000));
    ASSERT_TRUE(p.waitForFinished(180000));
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(p.exitCode(), 0);

    // The secrets were really used: TOP runs succeeded, pushes were accepted, the CRM got events.
    {
        auto config = DbConfig::parse(dbPath);
        ASSERT_TRUE(config.ok());
        Database db(config.value());
        EXPECT_GT(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schedule_runs WHERE ok = 1")), 0);
        EXPECT_GT(scalar(db,
                         QStringLiteral("SELECT COUNT(*) FROM trades t JOIN shops s ON s.id = t.shop_id "
                                        "WHERE s.code = 'wx-mall' AND t.tid LIKE '20250320%'")),
                  0); // pushed, not seeded
        EXPECT_GT(scalar(db, QStringLiteral("SELECT COUNT(*) FROM crm_outbox WHERE state = 'done'")), 0);
        EXPECT_EQ(scalar(db, QStringLiteral("SELECT COUNT(*) FROM users")), 3);
    }

    int files = 0;
    qint64 bytes = 0;
    QStringList leaks;
    const QStringList secrets = demo::DemoEnvironment::knownSecrets();
    QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = f.readAll();
        ++files;
        bytes += content.size();
        for (const QString &s : secrets) {
            const QByteArray utf16(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
            if (content.contains(s.toUtf8()) || content.contains(utf16))
                leaks << QStringLiteral("%1 in %2").arg(s.left(12) + QStringLiteral("…"), r.relativeFilePath(path));
        }
    }
    std::printf("searched %d files (%lld bytes) for %lld secrets\n", files, static_cast<long long>(bytes), static_cast<long long>(secrets.size()));
    EXPECT_GE(files, 3); // at least the database and the two logs
    EXPECT_TRUE(leaks.isEmpty()) << leaks.join(QLatin1Char('\n')).toStdString();
}
