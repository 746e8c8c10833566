#include "platforms/mall/mallmapper.h"

#include "platforms/mall/mallamounts.h"
#include "platforms/mall/mallfields.h"

#include "domain/address.h"

#include <QCoreApplication>
#include <algorithm>
#include <optional>

namespace od::push {

using nlohmann::json;
using namespace fields;

namespace {

QString attributesOf(const json &list)
{
    QStringList parts;
    if (!list.is_array())
        return {};
    for (const json &a : list) {
        const QString group = looseText(a, "attr_group_name");
        const QString name = looseText(a, "attr_name");
        if (group.isEmpty() && name.isEmpty())
            continue;
        parts << (group.isEmpty() ? name : group + QLatin1Char(':') + name);
    }
    return parts.join(QLatin1Char(';'));
}

#define TRY(var, expr)                                                                                                                                         \
    auto var##_r = (expr);                                                                                                                                     \
    if (!var##_r.ok())                                                                                                                                         \
        return var##_r.error();                                                                                                                                \
    auto var = std::move(var##_r).value()

} // namespace

QString lineRefundStatus(int refundStatus, int isRefund)
{
    switch (refundStatus) {
    case 1:
        return QStringLiteral("WAIT_SELLER_AGREE");
    case 2:
        return isRefund == 1 ? QStringLiteral("SUCCESS") : QString(); // ended without money back: nothing open
    default:
        return QString();
    }
}

Result<json> parsePushBody(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return Error(QStringLiteral("push.empty"), QCoreApplication::translate("Push", "The push body is empty."));
    try {
        json j = json::parse(body.constData(), body.constData() + body.size());
        if (!j.is_object())
            return Error(QStringLiteral("push.not_object"), QCoreApplication::translate("Push", "The push body is JSON but not an object."));
        return j;
    } catch (const json::parse_error &e) {
        // An error at the very end (also inside a cut multi-byte character) means the body stopped early.
        const QByteArray trimmed = body.trimmed();
        const bool startsLikeJson = trimmed.startsWith('{') || trimmed.startsWith('[');
        if (startsLikeJson && e.byte + 4 >= size_t(body.size()))
            return Error(QStringLiteral("push.truncated"),
                         QCoreApplication::translate("Push", "The push body is truncated JSON (it ends after %1 bytes).").arg(body.size()));
        return Error(QStringLiteral("push.not_json"),
                     QCoreApplication::translate("Push", "The push body is not JSON (error at byte %1).").arg(qulonglong(e.byte)));
    } catch (const json::exception &) {
        // Syntactically JSON but not representable, e.g. a number literal such as 38e1338264 that overflows
        // a double (nlohmann reports it as out_of_range, not as a parse error).
        return Error(QStringLiteral("push.not_json"), QCoreApplication::translate("Push", "The push body holds a number too large to represent."));
    }
}

namespace {
// The lines of detail[] and their refunds (refund_status 1 = after-sale in progress; 2 = ended, with
// is_refund 1 when money went back, 0 when it was refused or was an exchange).
Status mapLines(const json &detail, bool shipped, MappedPush &out)
{
    Trade &t = out.trade;
    for (size_t i = 0; i < detail.size(); ++i) {
        const json &d = detail[i];
        const QString p = QStringLiteral("detail[%1]").arg(i);
        if (!d.is_object())
            return invalid(p, QCoreApplication::translate("Push", "expected an object"));
        TradeLine l;
        TRY(oid, text(d, "id", p + QStringLiteral(".id"), true));
        l.oid = oid;
        TRY(itemId, text(d, "goods_id", p + QStringLiteral(".goods_id")));
        l.itemId = itemId;
        TRY(num, integer(d, "num", p + QStringLiteral(".num"), 1));
        if (num <= 0 || num > 1000000)
            return invalid(p + QStringLiteral(".num"), QCoreApplication::translate("Push", "the quantity must be a positive number"));
        l.quantity = int(num);
        TRY(unit, money(d, "unit_price", p + QStringLiteral(".unit_price")));
        l.unitPrice = unit;
        TRY(amount, money(d, "total_price", p + QStringLiteral(".total_price"), true));
        l.amount = amount; // after the line's discounts: what the buyer pays for it
        if (hasAmount(d, "total_original_price")) {
            TRY(original, money(d, "total_original_price", p + QStringLiteral(".total_original_price")));
            auto disc = original.minus(amount);
            if (!disc.ok())
                return invalid(p + QStringLiteral(".total_original_price"), disc.error().message);
            l.discount = disc.value();
        }
        for (const char *k : {"member_discount_price", "back_price"}) {
            auto r = money(d, k, p + QLatin1Char('.') + QString::fromLatin1(k));
            if (!r.ok())
                return r.error();
        }
        TRY(refund, integer(d, "refund_status", p + QStringLiteral(".refund_status")));
        TRY(isRefund, integer(d, "is_refund", p + QStringLiteral(".is_refund")));
        l.refundStatus = lineRefundStatus(int(refund), int(isRefund));
        const json *info = member(d, "goods_info");
        const json *attr = info ? member(*info, "goods_attr") : nullptr;
        QString skuNo;
        if (attr) {
            TRY(skuId, text(*attr, "id", p + QStringLiteral(".goods_info.goods_attr.id")));
            l.skuId = skuId;
            skuNo = looseText(*attr, "no").trimmed();
            l.title = looseText(*attr, "name").trimmed();
            nestedJson(*attr, "pic_list", p + QStringLiteral(".goods_info.goods_attr.pic_list"), &out.warnings);
        }
        const QString goodsNo = looseText(d, "goods_no").trimmed();
        l.outerSkuId = goodsNo.isEmpty() ? skuNo : goodsNo;
        const json *attrs = member(d, "attr_list");
        if (!attrs && info)
            attrs = member(*info, "attr_list");
        if (attrs)
            l.attributes = attributesOf(*attrs);
        nestedJson(d, "form_data", p + QStringLiteral(".form_data"), &out.warnings);
        if (l.title.isEmpty())
            l.title = QCoreApplication::translate("Push", "Goods %1").arg(l.itemId);
        if (refund == 1 || refund == 2) {
            PendingRefund r;
            r.shopId = t.shopId;
            r.refundId = t.tid + QLatin1Char('-') + l.oid;
            r.tid = t.tid;
            r.oid = l.oid;
            // The mall does not push the refunded sum (order_refund.reality_refund_price): the line's
            // price after discounts is what the buyer paid for it, the most a refund gives back.
            r.amount = l.amount;
            r.reason = QCoreApplication::translate("Push", "Line refund pushed by the mall");
            r.platformStatus = refund == 1 ? lineRefundStatus(1, 0) : (isRefund == 1 ? QStringLiteral("SUCCESS") : QStringLiteral("CLOSED"));
            r.refundPhase = shipped ? QStringLiteral("aftersale") : QStringLiteral("onsale");
            r.refundVersion = t.modified;
            TRY(lineCreated, time(d, "created_at", p + QStringLiteral(".created_at")));
            r.created = lineCreated.isEmpty() ? t.created : lineCreated;
            r.modified = t.modified;
            r.rawPayload = QString::fromStdString(d.dump());
            out.refunds.push_back(r);
        }
        t.lines.push_back(std::move(l));
    }
    return {};
}
} // namespace

Result<MappedPush> mapMallOrder(const json &o, int64_t shopId, const QByteArray &rawBody)
{
    MappedPush out;
    Trade &t = out.trade;
    t.shopId = shopId;
    TRY(orderNo, text(o, "order_no", QStringLiteral("order_no"), true));
    if (orderNo.trimmed().isEmpty())
        return missing(QStringLiteral("order_no"));
    t.tid = orderNo.trimmed();
    TRY(modified, time(o, "updated_at", QStringLiteral("updated_at"), true));
    t.modified = modified;
    TRY(created, time(o, "created_at", QStringLiteral("created_at")));
    t.created = created;
    TRY(payTime, time(o, "pay_time", QStringLiteral("pay_time")));
    t.payTime = payTime;
    TRY(sendTime, time(o, "send_time", QStringLiteral("send_time")));
    for (const char *k : {"confirm_time", "cancel_time", "comment_time", "deleted_at"}) {
        auto r = time(o, k, QString::fromLatin1(k));
        if (!r.ok())
            return r.error();
    }
    TRY(paid, money(o, "total_pay_price", QStringLiteral("total_pay_price"), true));
    t.paidAmount = paid;
    TRY(freight, money(o, "express_price", QStringLiteral("express_price")));
    t.freight = freight;
    for (const char *k : {"total_price", "express_original_price"}) {
        auto r = money(o, k, QString::fromLatin1(k));
        if (!r.ok())
            return r.error();
    }
    const json *detail = member(o, "detail");
    if (!detail)
        return missing(QStringLiteral("detail"));
    if (!detail->is_array())
        return invalid(QStringLiteral("detail"), QCoreApplication::translate("Push", "expected a list of order lines"));
    if (detail->empty())
        return invalid(QStringLiteral("detail"), QCoreApplication::translate("Push", "the order has no lines"));
    TRY(amounts, readMallAmounts(o));
    t.goodsTotal = amounts.goods;
    t.discount = amounts.discount;
    t.discountDetail = discountDetailJson(amounts);

    TRY(isPay, integer(o, "is_pay", QStringLiteral("is_pay")));
    TRY(payType, integer(o, "pay_type", QStringLiteral("pay_type")));
    TRY(isSend, integer(o, "is_send", QStringLiteral("is_send")));
    TRY(sendType, integer(o, "send_type", QStringLiteral("send_type")));
    TRY(cancel, integer(o, "cancel_status", QStringLiteral("cancel_status")));
    TRY(isConfirm, integer(o, "is_confirm", QStringLiteral("is_confirm")));
    TRY(status, integer(o, "status", QStringLiteral("status"), 1));
    TRY(isDelete, integer(o, "is_delete", QStringLiteral("is_delete")));
    TRY(isRecycle, integer(o, "is_recycle", QStringLiteral("is_recycle")));
    TRY(saleStatus, integer(o, "sale_status", QStringLiteral("sale_status")));
    TRY(isSale, integer(o, "is_sale", QStringLiteral("is_sale")));
    TRY(mchId, integer(o, "mch_id", QStringLiteral("mch_id")));
    TRY(pointsUsed, integer(o, "use_integral_num", QStringLiteral("use_integral_num")));
    out.deleted = isDelete == 1 || isRecycle == 1;
    t.paid = isPay == 1;
    t.cod = payType == 2;
    t.closed = cancel == 1;
    if (t.closed)
        t.platformStatus = QStringLiteral("TRADE_CLOSED");
    else if (isConfirm == 1)
        t.platformStatus = QStringLiteral("TRADE_FINISHED");
    else if (isSend == 1)
        t.platformStatus = QStringLiteral("WAIT_BUYER_CONFIRM_GOODS");
    else if (t.paid || t.cod)
        t.platformStatus = QStringLiteral("WAIT_SELLER_SEND_GOODS");
    else
        t.platformStatus = QStringLiteral("WAIT_BUYER_PAY");
    if (isSend == 1) {
        t.expressCompany = looseText(o, "express").trimmed();
        t.trackingNo = looseText(o, "express_no").trimmed();
        t.consignTime = sendTime;
    }

    t.receiverName = looseText(o, "name").trimmed();
    t.receiverMobile = looseText(o, "mobile").trimmed();
    t.receiverAddress = looseText(o, "address").trimmed();
    // One free-text address: split by the national division table when it can be (mall.md); the
    // street part stays the address, as on TOP. An address that does not split stays whole.
    if (const AddressParts parts = splitAddress(t.receiverAddress); parts.split()) {
        t.receiverState = parts.province;
        t.receiverCity = parts.city;
        t.receiverDistrict = parts.district;
        t.receiverAddress = parts.rest;
    }
    // For the CRM (crm.md): the buyer's mall user id, the payment order number and the payment's
    // method (pay_type 1 在线支付, 2 货到付款, 3 余额支付), points used (the mall gives none earned).
    t.buyerId = looseText(o, "user_id").trimmed();
    t.payNo = looseText(o, "pay_order_no").trimmed();
    t.payMethod = payType == 2 ? QStringLiteral("货到付款") : payType == 3 ? QStringLiteral("余额支付") : QStringLiteral("在线支付");
    t.pointFee = std::max<int64_t>(0, pointsUsed);
    json extra = json::object();
    if (const json *user = member(o, "user")) {
        t.buyerNick = looseText(*user, "nickname").trimmed();
        t.buyerMobile = looseText(*user, "mobile").trimmed();
    }
    if (const json *parent = member(o, "parent"); parent && parent->is_object())
        extra["distributor"] = {{"nickname", looseText(*parent, "nickname").trimmed().toStdString()},
                                {"mobile", looseText(*parent, "mobile").trimmed().toStdString()}};
    extra["mch_id"] = mchId;
    extra["pay_order_no"] = looseText(o, "pay_order_no").trimmed().toStdString();
    extra["plugin"] = looseText(o, "sign").trimmed().toStdString();
    extra["sale_status"] = saleStatus;
    extra["is_sale"] = isSale;
    extra["send_type"] = sendType;
    if (out.deleted)
        extra["deleted"] = isDelete == 1 ? "is_delete" : "is_recycle";
    t.platformExtra = QString::fromStdString(extra.dump());
    t.buyerMemo = looseText(o, "remark").trimmed();
    // words: "已废弃 商家备注" (a deprecated seller note), seller_remark: the seller's note.
    QStringList notes{looseText(o, "seller_remark").trimmed(), looseText(o, "words").trimmed()};
    if (t.cod)
        notes << QCoreApplication::translate("Push", "[Cash on delivery]");
    if (sendType == 1)
        notes << QCoreApplication::translate("Push", "[Self-pickup]");
    else if (sendType == 2)
        notes << QCoreApplication::translate("Push", "[Same-city delivery]");
    if (cancel == 2)
        notes << QCoreApplication::translate("Push", "[Buyer asked to cancel]");
    if (status == 0 && !t.closed)
        notes << QCoreApplication::translate("Push", "[Still being processed by the mall]");
    if (mchId > 0)
        notes << QCoreApplication::translate("Push", "[Merchant %1]").arg(mchId);
    notes.removeAll(QString());
    notes.removeDuplicates();
    t.sellerMemo = notes.join(QLatin1Char(' '));
    t.rawPayload = rawBody.isEmpty() ? QString::fromStdString(o.dump()) : QString::fromUtf8(rawBody);
    out.method = looseText(o, "method");
    nestedJson(o, "support_pay_types", QStringLiteral("support_pay_types"), &out.warnings);

    if (Status st = mapLines(*detail, isSend == 1, out); !st.ok())
        return st.error();
    if (const int64_t diff = amountDifferenceFen(t); diff != 0)
        out.warnings << QCoreApplication::translate("Push", "The amounts do not add up: goods %1 − discount %2 + freight %3 = %4, but %5 was paid.")
                            .arg(t.goodsTotal.toString(), t.discount.toString(), t.freight.toString(),
                                 t.paidAmount.plus(Money::fromFen(diff)).ok() ? t.paidAmount.plus(Money::fromFen(diff)).value().toString()
                                                                              : QStringLiteral("?"),
                                 t.paidAmount.toString());
    return out;
}

} // namespace od::push
