#include "domain/money.h"

#include "qtprint.h"
#include <gtest/gtest.h>

using od::Money;

TEST(Money, ParsesPlatformStringsExactly)
{
    struct Case {
        const char *text;
        int64_t fen;
    };
    for (const Case &c : {Case{"3.00", 300}, Case{"0.1", 10}, Case{"12", 1200}, Case{"0.01", 1}, Case{"-1.50", -150}, Case{"0", 0}, Case{".5", 50},
                          Case{"7.", 700}, Case{"+2.30", 230}, Case{"92233720368547758.07", INT64_MAX}}) {
        auto m = Money::parse(QString::fromLatin1(c.text));
        ASSERT_TRUE(m.ok()) << c.text << ": " << m.error().message.toStdString();
        EXPECT_EQ(m->fen(), c.fen) << c.text;
    }
}

TEST(Money, RejectsGarbageWithAMessage)
{
    for (const char *bad : {"",
                            "abc",
                            "1e3",
                            "3.001",
                            "1,000",
                            "NaN",
                            "nan",
                            "inf",
                            "-inf",
                            "Infinity",
                            " 3",
                            "3 ",
                            "1.2.3",
                            "-",
                            ".",
                            "0x10",
                            "99999999999999999999",
                            "92233720368547758.08",
                            "--1",
                            "¥3"}) {
        auto m = Money::parse(QString::fromUtf8(bad));
        EXPECT_FALSE(m.ok()) << "accepted \"" << bad << "\"";
        if (!m.ok()) {
            EXPECT_EQ(m.error().code, QStringLiteral("money.invalid")) << bad;
            EXPECT_FALSE(m.error().message.isEmpty()) << bad;
        }
    }
}

TEST(Money, FormatsWithTwoDecimals)
{
    EXPECT_EQ(Money::fromFen(300).toString(), QStringLiteral("3.00"));
    EXPECT_EQ(Money::fromFen(5).toString(), QStringLiteral("0.05"));
    EXPECT_EQ(Money::fromFen(-50).toString(), QStringLiteral("-0.50"));
    EXPECT_EQ(Money::fromFen(INT64_MIN).toString(), QStringLiteral("-92233720368547758.08"));
    for (int64_t fen : {0LL, 1LL, 99LL, 100LL, 123456789LL, -7LL})
        EXPECT_EQ(Money::parse(Money::fromFen(fen).toString())->fen(), fen);
}

TEST(Money, CheckedArithmeticReportsOverflow)
{
    EXPECT_EQ(Money::fromFen(150).plus(Money::fromFen(250))->fen(), 400);
    EXPECT_EQ(Money::fromFen(150).minus(Money::fromFen(250))->fen(), -100);
    EXPECT_EQ(Money::fromFen(199).times(3)->fen(), 597);
    EXPECT_FALSE(Money::fromFen(INT64_MAX).plus(Money::fromFen(1)).ok());
    EXPECT_FALSE(Money::fromFen(INT64_MIN).minus(Money::fromFen(1)).ok());
    EXPECT_FALSE(Money::fromFen(INT64_MAX / 2 + 1).times(2).ok());
}

TEST(PlatformTime, ZeroDatesAreUnsetAndBadDatesAreErrors)
{
    EXPECT_EQ(od::parsePlatformTime(u"0000-00-00 00:00:00").value(), QString());
    EXPECT_EQ(od::parsePlatformTime(u"").value(), QString());
    EXPECT_EQ(od::parsePlatformTime(u"2025-03-20 16:58:09").value(), QStringLiteral("2025-03-20 16:58:09"));
    EXPECT_EQ(od::parsePlatformTime(u"2024-02-29 23:59:59").value(), QStringLiteral("2024-02-29 23:59:59")); // leap day
    EXPECT_EQ(od::parsePlatformTime(u"  2025-03-20 00:00:00 ").value(), QStringLiteral("2025-03-20 00:00:00"));
    for (const char16_t *bad : {u"2025-13-45", u"2025-13-45 10:00:00", u"2025-02-30 10:00:00", u"yesterday", u"2025-03-20T16:58:09", u"2025-03-20 25:00:00",
                                u"2025-03-20 16:58", u"2025-02-29 00:00:00", u"+025-03-20 16:58:09", u"2025-03-20 16:58:6x", u"２０２５-03-20 16:58:09",
                                u"0000-01-01 00:00:00", u"2025-03-20 16:60:00", u"2025-00-10 10:00:00"}) {
        auto r = od::parsePlatformTime(bad);
        EXPECT_FALSE(r.ok()) << QString::fromUtf16(bad).toStdString();
        if (!r.ok())
            EXPECT_EQ(r.error().code, QStringLiteral("time.invalid"));
    }
}
