#include "platforms/top/topsign.h"

#include <gtest/gtest.h>

using namespace od::top;

namespace {
Params vectorParams(const QString &method)
{
    return {{QStringLiteral("method"), QStringLiteral("taobao.item.seller.get")},
            {QStringLiteral("app_key"), QStringLiteral("12345678")},
            {QStringLiteral("session"), QStringLiteral("test")},
            {QStringLiteral("timestamp"), QStringLiteral("2016-01-01 12:00:00")},
            {QStringLiteral("format"), QStringLiteral("json")},
            {QStringLiteral("v"), QStringLiteral("2.0")},
            {QStringLiteral("sign_method"), method},
            {QStringLiteral("fields"), QStringLiteral("num_iid,title,nick,price,num")},
            {QStringLiteral("num_iid"), QStringLiteral("11223344")}};
}
} // namespace

TEST(TopSign, PublishedMd5Vector)
{
    EXPECT_EQ(sign(vectorParams(QStringLiteral("md5")), "helloworld", SignMethod::Md5), QByteArray("66987CB115214E59E6EC978214934FB8"));
}

TEST(TopSign, HmacMd5Vector)
{
    EXPECT_EQ(sign(vectorParams(QStringLiteral("hmac")), "helloworld", SignMethod::HmacMd5), QByteArray("D56D7858309C31B6251083A874D48273"));
}

TEST(TopSign, HmacSha256Vector)
{
    EXPECT_EQ(sign(vectorParams(QStringLiteral("hmac-sha256")), "helloworld", SignMethod::HmacSha256),
              QByteArray("04DB15AD0774D5CFCE2C837DE43E3FCEA9011ED74F3038FB6AB5F3C4CEA119E8"));
}

TEST(TopSign, IgnoresSignAndEmptyValues)
{
    Params p = vectorParams(QStringLiteral("md5"));
    const QByteArray base = sign(p, "helloworld", SignMethod::Md5);
    p[QStringLiteral("sign")] = QStringLiteral("whatever");
    p[QStringLiteral("empty")] = QString();
    EXPECT_EQ(sign(p, "helloworld", SignMethod::Md5), base);
}

TEST(TopSign, ConstantTimeEquals)
{
    EXPECT_TRUE(constantTimeEquals("ABC", "ABC"));
    EXPECT_FALSE(constantTimeEquals("ABC", "ABD"));
    EXPECT_FALSE(constantTimeEquals("ABC", "ABCD"));
    EXPECT_FALSE(constantTimeEquals("", "A"));
    EXPECT_TRUE(constantTimeEquals("", ""));
    EXPECT_EQ(signMethodFromKey(QStringLiteral("hmac-sha256")), SignMethod::HmacSha256);
    EXPECT_FALSE(signMethodFromKey(QStringLiteral("sha1")).has_value());
}
