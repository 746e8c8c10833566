// app_sign schemes: a fixed vector over the seed body, verification, the scheme detector.
#include "pushtestutil.h"

using namespace od;
using namespace od::push;

namespace {
// Worked out by hand from the seed (tests/intake_push/data/seed_order.json): every top-level scalar
// except app_sign, empty strings and nulls dropped, "detail"/"user"/"parent" (nested) left out,
// keys in byte order, key followed by value, integers in decimal.
const char *kSeedS = "address下单人地址address_id91085back_price0.00cancel_status0cancel_time0000-00-00 00:00:00clerk_id0"
                     "comment_time0000-00-00 00:00:00confirm_time0000-00-00 00:00:00coupon_discount_price0.00created_at2025-03-20 16:58:09"
                     "deleted_at0000-00-00 00:00:00distance0express_original_price2.00express_price2.00fund_type0id338264"
                     "integral_deduction_price0.00is_back0is_comment0is_confirm0is_delete0is_group_sc0is_pay1is_recycle0is_sale0is_send0"
                     "is_wxpay0mall_id222mch_id0member_discount_price0.00methodorder_listmobile下单人手机号name下单人姓名"
                     "order_no20250320165809904355pay_order_noHM5d09e6d94181d719206d323914aa93pay_time2025-03-20 16:58:12pay_type3"
                     "sale_status0scene1001send_time0000-00-00 00:00:00send_type0status1store_id0support_pay_types[\"balance\"]"
                     "tokenT1STeX7kJvpDH1oHARKFDnVSu1Tb33gqtotal_goods_original_price1.00total_goods_price1.00total_pay_price3.00"
                     "total_price3.00updated_at2025-03-20 16:58:12use_integral_num0use_user_coupon_id0user_id594847";
} // namespace

TEST(PushSign, FixedVectorFromSeedWithSecretS3cret)
{
    const nlohmann::json seed = seedJson();
    EXPECT_EQ(signingString(seed), QByteArray(kSeedS));
    // md5("s3cret" + s + "s3cret") and hmac_sha256("s3cret", s), computed independently of this code.
    EXPECT_EQ(computeSign(QStringLiteral("top_md5"), seed, QStringLiteral("s3cret")).value(), QStringLiteral("78947e4d6f5f9d14c9fd23c080914244"));
    EXPECT_EQ(computeSign(QStringLiteral("top_md5_upper"), seed, QStringLiteral("s3cret")).value(), QStringLiteral("78947E4D6F5F9D14C9FD23C080914244"));
    EXPECT_EQ(computeSign(QStringLiteral("hmac_sha256"), seed, QStringLiteral("s3cret")).value(),
              QStringLiteral("627cb3d4dd8b7fdf60cd7acb3459f1151d9969f87488285aa8dc70990b71c71c"));
    // The seed's own app_sign was made with a secret we do not know.
    EXPECT_EQ(verifySign(QStringLiteral("top_md5"), seed, QStringLiteral("s3cret")).error().code, QStringLiteral("push.sign_mismatch"));
}

TEST(PushSign, ScalarRules)
{
    nlohmann::json j = {{"b", true},       {"f", false},        {"n", nullptr},   {"e", ""},
                        {"o", {{"x", 1}}}, {"a", {1, 2}},       {"i", -5},        {"u", 18446744073709551615ULL},
                        {"s", "中"},       {"app_sign", "zzz"}, {"app_key", "K1"}};
    EXPECT_EQ(signingString(j), QByteArray("app_keyK1btrueffalsei-5s中u18446744073709551615"));
}

TEST(PushSign, VerifyAcceptsSignedAndRejectsTampered)
{
    for (const QString &scheme : {QStringLiteral("top_md5"), QStringLiteral("top_md5_upper"), QStringLiteral("hmac_sha256")}) {
        nlohmann::json j = seedJson();
        ASSERT_TRUE(signBody(j, scheme, QStringLiteral("k")).ok());
        EXPECT_TRUE(verifySign(scheme, j, QStringLiteral("k")).ok()) << scheme.toStdString();
        EXPECT_EQ(verifySign(scheme, j, QStringLiteral("other")).error().code, QStringLiteral("push.sign_mismatch"));
        nlohmann::json tampered = j;
        tampered["total_pay_price"] = "0.01";
        EXPECT_EQ(verifySign(scheme, tampered, QStringLiteral("k")).error().code, QStringLiteral("push.sign_mismatch"));
        // Nested data is not covered by the scheme (documented): changing it keeps the sign valid.
        nlohmann::json nested = j;
        nested["user"]["nickname"] = "x";
        EXPECT_TRUE(verifySign(scheme, nested, QStringLiteral("k")).ok());
        nlohmann::json unsignedBody = j;
        unsignedBody.erase("app_sign");
        EXPECT_EQ(verifySign(scheme, unsignedBody, QStringLiteral("k")).error().code, QStringLiteral("push.sign_missing"));
    }
    EXPECT_TRUE(verifySign(QStringLiteral("none"), seedJson(), QString()).ok());
    EXPECT_EQ(verifySign(QStringLiteral("rot13"), seedJson(), QString()).error().code, QStringLiteral("push.sign_scheme"));
    EXPECT_TRUE(constantTimeEquals("abc", "abc"));
    EXPECT_FALSE(constantTimeEquals("abc", "abd"));
    EXPECT_FALSE(constantTimeEquals("abc", "abcd"));
}

TEST(PushSign, DetectorNamesTheMatchingScheme)
{
    for (const QString &scheme : {QStringLiteral("top_md5"), QStringLiteral("top_md5_upper"), QStringLiteral("hmac_sha256")}) {
        const std::string body = signedDump(seedJson(), QStringLiteral("s3cret"), scheme);
        EXPECT_EQ(matchingSchemes(QByteArray::fromStdString(body), QStringLiteral("s3cret")), QStringList{scheme});
        EXPECT_TRUE(matchingSchemes(QByteArray::fromStdString(body), QStringLiteral("wrong")).isEmpty());
    }
    EXPECT_TRUE(matchingSchemes(seedBytes(), QStringLiteral("s3cret")).isEmpty());
    EXPECT_TRUE(matchingSchemes("not json", QStringLiteral("s3cret")).isEmpty());
}
