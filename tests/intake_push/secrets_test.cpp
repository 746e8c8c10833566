// Secret stores: env lookup, file permissions, memory, chain.
#include "secrets/secretstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace od;

TEST(Secrets, EnvStoreLooksUpTheMangledName)
{
    EXPECT_EQ(EnvSecretStore::variableName(QStringLiteral("mall.shop-1")), QByteArray("ORDERDESK_SECRET_MALL_SHOP_1"));
    qputenv("ORDERDESK_SECRET_MALL_SHOP_1", "v4lue");
    EnvSecretStore env;
    EXPECT_EQ(env.get(QStringLiteral("mall.shop-1")).value(), QStringLiteral("v4lue"));
    auto missing = env.get(QStringLiteral("nope"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, QStringLiteral("secret.not_found"));
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("ORDERDESK_SECRET_NOPE")));
    qunsetenv("ORDERDESK_SECRET_MALL_SHOP_1");
}

#ifndef Q_OS_WIN
TEST(Secrets, FileStoreRefusesAGroupReadableFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secrets.json"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"shop1": "abc"})");
    f.close();
    ASSERT_TRUE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
    FileSecretStore store(path);
    auto r = store.get(QStringLiteral("shop1"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("secret.file_permissions"));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("chmod 600")));
    ASSERT_TRUE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    EXPECT_EQ(store.get(QStringLiteral("shop1")).error().code, QStringLiteral("secret.file_permissions"));
    ASSERT_TRUE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    EXPECT_EQ(store.get(QStringLiteral("shop1")).value(), QStringLiteral("abc"));
}
#endif

TEST(Secrets, FileStoreWritesAnOwnerOnlyFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.json"));
    FileSecretStore store(path);
    ASSERT_TRUE(store.set(QStringLiteral("a"), QStringLiteral("1")).ok());
    ASSERT_TRUE(store.set(QStringLiteral("b"), QStringLiteral("秘密")).ok());
    EXPECT_TRUE(store.checkPermissions().ok());
    EXPECT_EQ(FileSecretStore(path).get(QStringLiteral("b")).value(), QStringLiteral("秘密"));
    ASSERT_TRUE(store.remove(QStringLiteral("a")).ok());
    EXPECT_EQ(store.get(QStringLiteral("a")).error().code, QStringLiteral("secret.not_found"));
    EXPECT_EQ(FileSecretStore(dir.filePath(QStringLiteral("absent.json"))).get(QStringLiteral("a")).error().code, QStringLiteral("secret.file_missing"));
}

TEST(Secrets, MemoryAndChain)
{
    auto mem = std::make_unique<MemorySecretStore>();
    ASSERT_TRUE(mem->set(QStringLiteral("x"), QStringLiteral("from-memory")).ok());
    qputenv("ORDERDESK_SECRET_Y", "from-env");
    ChainSecretStore chain;
    chain.add(std::move(mem));
    chain.add(std::make_unique<EnvSecretStore>());
    EXPECT_EQ(chain.get(QStringLiteral("x")).value(), QStringLiteral("from-memory"));
    EXPECT_EQ(chain.get(QStringLiteral("y")).value(), QStringLiteral("from-env"));
    EXPECT_EQ(chain.get(QStringLiteral("z")).error().code, QStringLiteral("secret.not_found"));
    qunsetenv("ORDERDESK_SECRET_Y");
}
