#include "platforms/mall/mallamounts.h"

#include "platforms/mall/mallfields.h"

#include <QCoreApplication>

namespace od::push {

using nlohmann::json;
using namespace fields;

namespace {
Error tooLarge(const QString &field) { return invalid(field, QCoreApplication::translate("Push", "the amount is too large")); }

// Σ of one money field over detail[]; a line without it contributes its `fallbackKey` instead.
Result<Money> sumLines(const json &order, const char *key, const char *fallbackKey)
{
    const json *detail = member(order, "detail");
    Money sum;
    if (!detail || !detail->is_array())
        return sum;
    for (size_t i = 0; i < detail->size(); ++i) {
        const json &d = (*detail)[i];
        const QString p = QStringLiteral("detail[%1].").arg(i);
        const char *k = hasAmount(d, key) ? key : fallbackKey;
        OD_TRY(v, money(d, k, p + QString::fromLatin1(k)));
        OD_TRY(s, sum.plus(v));
        sum = s;
    }
    return sum;
}
} // namespace

Result<MallAmounts> readMallAmounts(const json &o)
{
    MallAmounts a;
    struct Part {
        const char *key;
        Money *dest;
    };
    for (const Part &p : {Part{"member_discount_price", &a.member}, Part{"coupon_discount_price", &a.coupon}, Part{"integral_deduction_price", &a.integral},
                          Part{"full_reduce_price", &a.fullReduce}, Part{"back_price", &a.admin}}) {
        OD_TRY(v, money(o, p.key, QString::fromLatin1(p.key)));
        *p.dest = v;
    }
    if (hasAmount(o, "total_goods_original_price")) {
        OD_TRY(g, money(o, "total_goods_original_price", QStringLiteral("total_goods_original_price")));
        a.goods = g;
    } else {
        OD_TRY(g, sumLines(o, "total_original_price", "total_price"));
        a.goods = g;
        a.goodsFromLines = true;
    }
    Money named;
    for (Money m : {a.member, a.coupon, a.integral, a.fullReduce, a.admin}) {
        auto s = named.plus(m);
        if (!s.ok())
            return tooLarge(QStringLiteral("member_discount_price"));
        named = s.value();
    }
    a.goodsAfterGiven = hasAmount(o, "total_goods_price");
    if (a.goodsAfterGiven) {
        OD_TRY(after, money(o, "total_goods_price", QStringLiteral("total_goods_price")));
        a.goodsAfter = after;
    } else {
        auto after = a.goods.minus(named);
        if (!after.ok())
            return tooLarge(QStringLiteral("total_goods_original_price"));
        a.goodsAfter = after.value();
    }
    auto discount = a.goods.minus(a.goodsAfter);
    if (!discount.ok())
        return tooLarge(QStringLiteral("total_goods_price"));
    a.discount = discount.value();
    auto other = a.discount.minus(named);
    if (!other.ok())
        return tooLarge(QStringLiteral("total_goods_price"));
    a.other = other.value();
    return a;
}

QString discountDetailJson(const MallAmounts &a)
{
    json j = json::object();
    const Money parts[] = {a.member, a.coupon, a.integral, a.fullReduce, a.admin, a.other};
    const QStringList &keys = discountPartKeys();
    for (int i = 0; i < keys.size(); ++i)
        if (!parts[i].isZero())
            j[keys[i].toStdString()] = parts[i].fen();
    return j.empty() ? QString() : QString::fromStdString(j.dump());
}

} // namespace od::push
