#pragma once
// The mall's order amounts, read as the mall's own data model defines them (docs/protocols/mall.md):
//   total_goods_original_price  goods before discounts                       → Trade::goodsTotal
//   total_goods_price           goods after discounts and admin price changes
//   member_discount_price       member discount (negative = a member markup)
//   coupon_discount_price, integral_deduction_price, full_reduce_price (when the mall has it)
//   back_price                  admin price change 后台优惠 (positive = cheaper, negative = dearer)
//   express_price               freight after admin changes                   → Trade::freight
//   total_pay_price             paid, freight included (= total_goods_price + express_price)
// The discount stored is goods before − goods after, i.e. exactly what the mall took off; the named
// parts explain it, and whatever they leave over (plugin discounts such as a VIP card) is "other".
// Nothing is forced to add up: goods − discount + freight ≠ paid stays visible as a difference.
#include "domain/types.h"
#include <nlohmann/json.hpp>

namespace od::push {

struct MallAmounts {
    Money goods; // before discounts
    Money goodsAfter; // after discounts
    Money discount; // goods − goodsAfter
    Money member, coupon, integral, fullReduce, admin, other;
    bool goodsFromLines = false; // total_goods_original_price absent: summed from the lines
    bool goodsAfterGiven = false; // total_goods_price present
};

// Reads and checks the order-level amounts (and the lines' for the fallback). Errors name the field.
Result<MallAmounts> readMallAmounts(const nlohmann::json &order);
// {"member":fen,...} with the non-zero parts, keys as discountPartKeys(); "" when all are zero.
QString discountDetailJson(const MallAmounts &a);

} // namespace od::push
