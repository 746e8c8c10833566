// Platform code (see CMakeLists.txt). Run on Windows by ./dev windows-test (under wine, in a user profile
// named "测试 用户", so %APPDATA% and %TEMP% hold Chinese characters and a space) and on Linux by ./dev test.
#include "push/netio.h"
#include "secrets/secretstore.h"
#include "stopsignals.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <atomic>
#include <gtest/gtest.h>
#include <thread>

#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
#include <windows.h>
#include <wincred.h>
#else
#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace od;
namespace netio = od::push::netio;

namespace {

const QString kUserFolder = QStringLiteral("测试 用户");

// --- sockets made the platform's way, handed to od::push::netio ---------------------------------------
#ifdef _WIN32
struct WinsockInit {
    WinsockInit()
    {
        WSADATA d;
        WSAStartup(MAKEWORD(2, 2), &d);
    }
    ~WinsockInit() { WSACleanup(); }
};
void closeSocket(netio::Socket s) { ::closesocket(SOCKET(s)); }
#else
struct WinsockInit { };
void closeSocket(netio::Socket s) { ::close(int(s)); }
#endif

netio::Socket listenOnLoopback(int &port)
{
    const auto s = netio::Socket(::socket(AF_INET, SOCK_STREAM, 0));
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    EXPECT_EQ(::bind(decltype(::socket(0, 0, 0))(s), reinterpret_cast<sockaddr *>(&a), sizeof a), 0);
    netio::setListenBacklog(s, 64);
    std::string ip;
    netio::localAddress(s, ip, port);
    EXPECT_EQ(ip, "127.0.0.1");
    return s;
}

netio::Socket connectTo(int port)
{
    const auto s = netio::Socket(::socket(AF_INET, SOCK_STREAM, 0));
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(quint16(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    EXPECT_EQ(::connect(decltype(::socket(0, 0, 0))(s), reinterpret_cast<sockaddr *>(&a), sizeof a), 0);
    return s;
}

} // namespace

// The keychain store: the Windows Credential Manager (CredWrite/CredRead/CredDelete). On Linux the
// keychain is the desktop's Secret Service, which a test machine has not: the store is tested on Windows.
TEST(PlatformSecrets, CredentialManagerKeepsAChineseSecret)
{
#ifndef _WIN32
    GTEST_SKIP() << "the Credential Manager store is Windows code (secretstore_win.cpp)";
#else
    ASSERT_TRUE(keychainAvailable());
    const QString service = QStringLiteral("OrderDeskTest-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto store = makeKeychainSecretStore(service);
    EXPECT_EQ(store->name(), QStringLiteral("keychain"));
    const QString ref = QStringLiteral("shop.淘宝 店");
    const QString value = QStringLiteral("s3cr3t-秘密 with spaces");
    EXPECT_EQ(store->get(ref).error().code, QStringLiteral("secret.not_found"));
    ASSERT_TRUE(store->set(ref, value).ok());
    // Another store object (as the next start of the program) reads it back from Windows.
    EXPECT_EQ(makeKeychainSecretStore(service)->get(ref).value(), value);
    // The credential is a generic one named <service>/<ref>, as the README tells administrators.
    PCREDENTIALW cred = nullptr;
    const std::wstring target = (service + QLatin1Char('/') + ref).toStdWString();
    ASSERT_TRUE(CredReadW(target.c_str(), CRED_TYPE_GENERIC, 0, &cred));
    EXPECT_EQ(QByteArray(reinterpret_cast<const char *>(cred->CredentialBlob), int(cred->CredentialBlobSize)), value.toUtf8());
    CredFree(cred);
    // What Windows' own tools write (cmdkey /generic:OrderDesk/<ref> /user:OrderDesk /pass:…): UTF-16.
    const QString typed = QStringLiteral("typed-in-cmdkey-密码");
    std::wstring user = L"OrderDesk", target2 = (service + QStringLiteral("/cmdkey")).toStdWString();
    std::u16string blob = typed.toStdU16String();
    CREDENTIALW c{};
    c.Type = CRED_TYPE_GENERIC;
    c.TargetName = target2.data();
    c.UserName = user.data();
    c.CredentialBlob = reinterpret_cast<LPBYTE>(blob.data());
    c.CredentialBlobSize = DWORD(blob.size() * sizeof(char16_t));
    c.Persist = CRED_PERSIST_LOCAL_MACHINE;
    ASSERT_TRUE(CredWriteW(&c, 0));
    EXPECT_EQ(store->get(QStringLiteral("cmdkey")).value(), typed);
    ASSERT_TRUE(store->remove(QStringLiteral("cmdkey")).ok());
    ASSERT_TRUE(store->set(ref, QStringLiteral("changed")).ok());
    EXPECT_EQ(store->get(ref).value(), QStringLiteral("changed"));
    ASSERT_TRUE(store->remove(ref).ok());
    EXPECT_EQ(store->get(ref).error().code, QStringLiteral("secret.not_found"));
    EXPECT_TRUE(store->remove(ref).ok()); // removing what is gone is no error
#endif
}

// The guarded push server's own socket calls (netio_win.cpp / netio_posix.cpp) over loopback.
TEST(PlatformNetIo, WaitReceiveSendAddressesAndClose)
{
    [[maybe_unused]] WinsockInit winsock;
    int port = 0;
    const netio::Socket listener = listenOnLoopback(port);
    ASSERT_GT(port, 0);
    const netio::Socket client = connectTo(port);
    ASSERT_EQ(netio::waitReadable(listener, 5000), 1); // a pending connection makes a listener readable
    const auto server = netio::Socket(::accept(decltype(::socket(0, 0, 0))(listener), nullptr, nullptr));

    std::string ip;
    int peerPort = 0, clientLocal = 0;
    netio::peerAddress(server, ip, peerPort);
    EXPECT_EQ(ip, "127.0.0.1");
    netio::localAddress(client, ip, clientLocal);
    EXPECT_EQ(peerPort, clientLocal);

    EXPECT_EQ(netio::waitReadable(server, 100), 0); // nothing sent yet: times out
    EXPECT_EQ(netio::waitWritable(server, 1000), 1);
    const std::string request = "POST /push HTTP/1.1\r\n\r\n订单";
    ASSERT_EQ(netio::sendSome(client, request.data(), request.size()), (long long)request.size());
    ASSERT_EQ(netio::waitReadable(server, 5000), 1);
    std::string got(request.size(), '\0');
    std::size_t have = 0;
    while (have < got.size()) {
        const long long n = netio::receive(server, got.data() + have, got.size() - have);
        ASSERT_GT(n, 0);
        have += std::size_t(n);
    }
    EXPECT_EQ(got, request);
    ASSERT_EQ(netio::sendSome(server, "ok", 2), 2);
    char buf[8] = {0};
    ASSERT_EQ(netio::waitReadable(client, 5000), 1);
    EXPECT_EQ(netio::receive(client, buf, sizeof buf), 2);

    netio::shutdownAndClose(server); // the client sees the end of the stream
    ASSERT_EQ(netio::waitReadable(client, 5000), 1);
    EXPECT_EQ(netio::receive(client, buf, sizeof buf), 0);
    closeSocket(client);
    closeSocket(listener);
}

// A user whose name (and so %APPDATA% and %TEMP%) has Chinese characters and a space: the desk's database
// under the profile opens, migrates, stores Chinese text and opens again. ./dev windows-test runs this in a
// wine profile named kUserFolder (ORDERDESK_TEST_PROFILE_NAME says so); elsewhere such a folder is made.
TEST(PlatformPaths, DatabaseUnderAProfileWithChineseAndSpaces)
{
    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    QString dataDir;
    const QString expected = qEnvironmentVariable("ORDERDESK_TEST_PROFILE_NAME");
    if (!expected.isEmpty()) {
        // The folder the desk uses (app/main.cpp): QStandardPaths' AppData for this application.
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        EXPECT_TRUE(dataDir.contains(expected)) << qPrintable(dataDir);
        EXPECT_TRUE(QDir::tempPath().contains(expected)) << qPrintable(QDir::tempPath());
        EXPECT_TRUE(tmp.path().contains(expected)) << qPrintable(tmp.path());
#ifdef _WIN32
        EXPECT_TRUE(qEnvironmentVariable("APPDATA").contains(expected)) << qPrintable(qEnvironmentVariable("APPDATA"));
#endif
    } else {
        dataDir = tmp.filePath(kUserFolder + QStringLiteral("/AppData/Roaming/OrderDesk/OrderDesk"));
    }
    ASSERT_TRUE(QDir().mkpath(dataDir)) << qPrintable(dataDir);
    const QString path = QDir(dataDir).filePath(QStringLiteral("orderdesk.sqlite"));
    QFile::remove(path);
    {
        auto cfg = DbConfig::parse(path);
        ASSERT_TRUE(cfg.ok());
        EXPECT_EQ(cfg->sqlitePath, path);
        Database db(cfg.value());
        ASSERT_TRUE(db.migrate().ok());
        QSqlQuery q(db.connection());
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('platform_test', '张三 的 设置')"))) << qPrintable(q.lastError().text());
        q.finish();
    }
    ASSERT_TRUE(QFileInfo::exists(path)) << qPrintable(path);
    {
        Database db(DbConfig::parse(path).value());
        ASSERT_TRUE(db.migrate().ok()); // already at the latest version: nothing to do
        QSqlQuery q(db.connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'platform_test'")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("张三 的 设置"));
        q.finish();
    }
    if (!expected.isEmpty())
        QFile::remove(path);
}

// The gateway's stop signals (app/gateway/stopsignals_*.cpp): the stop runs in the event loop's thread;
// on Windows a console close waits for the stop to finish (the process ends when the handler returns),
// while Ctrl+C only asks.
TEST(PlatformStop, StopRunsInTheEventLoopAndCloseWaitsForIt)
{
    std::atomic<int> stops{0};
    std::atomic<bool> stopInMainThread{true};
    std::atomic<bool> finished{false};
    QThread *const mainThread = QThread::currentThread();
    ASSERT_TRUE(gateway::installStopHandlers([&] {
        stopInMainThread = stopInMainThread && QThread::currentThread() == mainThread;
        if (++stops == 1)
            QCoreApplication::exit(0);
    }));
#ifdef _WIN32
    // Ctrl+C: the handler (on a thread of its own, as Windows calls it) returns at once; the stop runs
    // when the event loop gets to it.
    std::atomic<int> handled{-1};
    std::thread ctrlC([&] { handled = gateway::consoleControlEvent(CTRL_C_EVENT); });
    ctrlC.join();
    EXPECT_EQ(handled, 1);
    EXPECT_EQ(stops, 0);
    QTimer guard; // a stop that never comes fails the test instead of hanging it
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, [] { QCoreApplication::exit(1); });
    guard.start(10000);
    ASSERT_EQ(QCoreApplication::exec(), 0);
    EXPECT_EQ(stops, 1);
    guard.start(10000);
    // Console close: the handler returns only once main() says the stop is complete (here 800 ms after
    // the stop began, as a batch finishing its chunk would take).
    QElapsedTimer clock;
    std::atomic<qint64> returnedAfter{-1};
    std::thread close([&] {
        clock.start();
        handled = gateway::consoleControlEvent(CTRL_CLOSE_EVENT);
        returnedAfter = clock.elapsed();
        EXPECT_TRUE(finished); // not before the stop has finished
    });
    QTimer::singleShot(800, [&] {
        finished = true;
        gateway::stopFinished();
        QCoreApplication::exit(0);
    });
    ASSERT_EQ(QCoreApplication::exec(), 0);
    close.join();
    EXPECT_EQ(handled, 1);
    EXPECT_EQ(stops, 2);
    EXPECT_GE(returnedAfter, 700);
    EXPECT_LT(returnedAfter, 4600); // within what Windows allows before it ends the process
    EXPECT_EQ(gateway::consoleControlEvent(CTRL_C_EVENT + 100), 0); // other events are not ours
    // WM_CLOSE posted to the main thread (QProcess::terminate(), service wrappers) stops it as well.
    ASSERT_TRUE(PostThreadMessageW(GetCurrentThreadId(), WM_CLOSE, 0, 0));
    QTimer::singleShot(2000, [] { QCoreApplication::exit(0); });
    QCoreApplication::exec();
    EXPECT_EQ(stops, 3);
#else
    QTimer::singleShot(0, [] { ::raise(SIGTERM); });
    QTimer::singleShot(10000, [] { QCoreApplication::exit(1); });
    ASSERT_EQ(QCoreApplication::exec(), 0);
    EXPECT_EQ(stops, 1);
    gateway::stopFinished();
    finished = true;
#endif
    EXPECT_TRUE(stopInMainThread);
}
