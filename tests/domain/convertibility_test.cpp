// One rule decides whether a trade may become a sales order (domain/convertibility.h): the UI's
// action policy and ConversionService both ask it. Facts in, the first reason out.
#include "domain/convertibility.h"
#include <gtest/gtest.h>

using namespace od;

namespace {
TradeFacts paid()
{
    TradeFacts f;
    f.paid = true;
    f.lineCount = 2;
    return f;
}
QString codeOf(const TradeFacts &f)
{
    auto e = checkConvertible(f);
    return e ? e->code : QString();
}
} // namespace

TEST(Convertibility, FactsDecideInTheOrderStaffFixThem)
{
    EXPECT_EQ(codeOf(paid()), QString());

    TradeFacts unpaid = paid();
    unpaid.paid = false;
    EXPECT_EQ(codeOf(unpaid), QStringLiteral("convert.unpaid"));
    unpaid.cod = true; // cash on delivery: convertible before payment
    EXPECT_EQ(codeOf(unpaid), QString());

    TradeFacts closed = paid();
    closed.closed = true;
    EXPECT_EQ(codeOf(closed), QStringLiteral("convert.closed"));
    closed.paid = false; // closed wins over unpaid
    EXPECT_EQ(codeOf(closed), QStringLiteral("convert.closed"));

    TradeFacts deleted = paid();
    deleted.deleted = true;
    deleted.closed = true;
    EXPECT_EQ(codeOf(deleted), QStringLiteral("convert.deleted"));

    TradeFacts refund = paid();
    refund.refundLineTitle = QStringLiteral("T恤");
    refund.refundLineStatus = QStringLiteral("WAIT_SELLER_AGREE");
    auto e = checkConvertible(refund);
    ASSERT_TRUE(e);
    EXPECT_EQ(e->code, QStringLiteral("convert.line_refund"));
    EXPECT_TRUE(e->message.contains(QStringLiteral("T恤")));

    TradeFacts noLines = paid();
    noLines.lineCount = 0;
    EXPECT_EQ(codeOf(noLines), QStringLiteral("convert.no_lines"));
    noLines.lineCount = -1; // unknown (a list row): checked again when the conversion runs
    EXPECT_EQ(codeOf(noLines), QString());

    TradeFacts converted = paid();
    converted.state = TradeState::Converted;
    converted.closed = true;
    EXPECT_EQ(codeOf(converted), QStringLiteral("trade.converted")); // the state comes first
    converted.state = TradeState::Processed;
    EXPECT_EQ(codeOf(converted), QStringLiteral("trade.processed"));
}

TEST(Convertibility, FactsOfAWholeTrade)
{
    Trade t;
    t.paid = true;
    TradeLine a;
    a.title = QStringLiteral("杯子");
    a.refundStatus = QStringLiteral("NO_REFUND");
    t.lines.push_back(a);
    EXPECT_FALSE(checkConvertible(tradeFacts(t)));
    TradeLine b;
    b.title = QStringLiteral("盘子");
    b.refundStatus = QStringLiteral("WAIT_SELLER_AGREE");
    t.lines.push_back(b);
    const TradeFacts f = tradeFacts(t);
    EXPECT_EQ(f.lineCount, 2);
    EXPECT_EQ(f.refundLineTitle, QStringLiteral("盘子"));
    EXPECT_EQ(codeOf(f), QStringLiteral("convert.line_refund"));
    t.lines.clear();
    EXPECT_EQ(codeOf(tradeFacts(t)), QStringLiteral("convert.no_lines"));
}
