#include "push/mallmapper.h"

#include <QCoreApplication>
#include <optional>

namespace od::push {

using nlohmann::json;

namespace {

Error missing(const QString &field)
{
    return Error(QStringLiteral("push.missing_field"),
                 QCoreApplication::translate("Push", "Required field \"%1\" is missing.").arg(field));
}

Error invalid(const QString &field, const QString &why)
{
    return Error(QStringLiteral("push.invalid_field"),
                 QCoreApplication::translate("Push", "Field \"%1\" is invalid: %2").arg(field, why));
}

const json *member(const json &o, const char *key)
{
    if (!o.is_object())
        return nullptr;
    auto it = o.find(key);
    if (it == o.end() || it->is_null())
        return nullptr;
    return &*it;
}

// A text field: strings as they are, integers in decimal (ids may come either way). Null → "".
Result<QString> text(const json &o, const char *key, const QString &path, bool required = false)
{
    const json *v = member(o, key);
    if (!v)
        return required ? Result<QString>(missing(path)) : Result<QString>(QString());
    if (v->is_string())
        return QString::fromStdString(v->get<std::string>());
    if (v->is_number_integer())
        return v->is_number_unsigned() ? QString::number(v->get<uint64_t>()) : QString::number(v->get<int64_t>());
    return invalid(path, QCoreApplication::translate("Push", "expected a string"));
}

// A text field whose type does not matter much (names, memos): anything scalar becomes text.
QString looseText(const json &o, const char *key)
{
    const json *v = member(o, key);
    if (!v)
        return {};
    if (v->is_string())
        return QString::fromStdString(v->get<std::string>());
    if (v->is_number_integer() || v->is_boolean())
        return QString::fromStdString(v->dump());
    return {};
}

// An integer flag/enum: integer or a string of digits. Null/missing → fallback.
Result<int64_t> integer(const json &o, const char *key, const QString &path, int64_t fallback = 0)
{
    const json *v = member(o, key);
    if (!v)
        return fallback;
    if (v->is_number_integer())
        return v->get<int64_t>();
    if (v->is_boolean())
        return int64_t(v->get<bool>());
    if (v->is_string()) {
        const QString s = QString::fromStdString(v->get<std::string>()).trimmed();
        if (s.isEmpty())
            return fallback;
        bool ok = false;
        const qlonglong n = s.toLongLong(&ok);
        if (ok)
            return int64_t(n);
    }
    return invalid(path, QCoreApplication::translate("Push", "expected an integer"));
}

// Money: a decimal string ("3.00") or a JSON integer (yuan). JSON floating-point numbers are
// refused: 0.1 + 0.2 style rounding has no place in money.
Result<Money> money(const json &o, const char *key, const QString &path, bool required = false)
{
    const json *v = member(o, key);
    if (!v)
        return required ? Result<Money>(missing(path)) : Result<Money>(Money());
    if (v->is_string()) {
        const QString s = QString::fromStdString(v->get<std::string>()).trimmed();
        if (s.isEmpty())
            return required ? Result<Money>(missing(path)) : Result<Money>(Money());
        auto m = Money::parse(s);
        if (!m.ok())
            return invalid(path, QCoreApplication::translate("Push", "\"%1\" is not an amount of money").arg(s.left(40)));
        return m;
    }
    if (v->is_number_integer()) {
        if (v->is_number_unsigned() && v->get<uint64_t>() > uint64_t(INT64_MAX))
            return invalid(path, QCoreApplication::translate("Push", "the amount is too large"));
        auto m = Money::fromFen(100).times(v->get<int64_t>());
        if (!m.ok())
            return invalid(path, QCoreApplication::translate("Push", "the amount is too large"));
        return m;
    }
    if (v->is_number_float())
        return invalid(path, QCoreApplication::translate("Push", "a floating-point number is not accepted for money; "
                                                                 "send a decimal string such as \"3.00\""));
    return invalid(path, QCoreApplication::translate("Push", "expected a decimal string such as \"3.00\""));
}

Result<QString> time(const json &o, const char *key, const QString &path, bool required = false)
{
    const json *v = member(o, key);
    if (!v)
        return required ? Result<QString>(missing(path)) : Result<QString>(QString());
    if (!v->is_string())
        return invalid(path, QCoreApplication::translate("Push", "expected a time \"yyyy-MM-dd HH:mm:ss\""));
    const QString s = QString::fromStdString(v->get<std::string>());
    auto t = parsePlatformTime(s);
    if (!t.ok())
        return invalid(path, QCoreApplication::translate("Push", "\"%1\" is not a valid time").arg(s.left(40)));
    if (required && t->isEmpty())
        return missing(path);
    return t;
}

// Nested JSON sent as a string ("[\"balance\"]"): parsed leniently; a bad one is only a warning.
void nestedJson(const json &o, const char *key, const QString &path, QStringList *warnings)
{
    const json *v = member(o, key);
    if (!v || !v->is_string())
        return;
    const std::string &s = v->get_ref<const std::string &>();
    if (s.empty())
        return;
    if (json::parse(s, nullptr, false).is_discarded())
        *warnings << QCoreApplication::translate("Push", "Field \"%1\" holds text that is not valid JSON; ignored.").arg(path);
}

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

#define TRY(var, expr)                   \
    auto var##_r = (expr);               \
    if (!var##_r.ok())                   \
        return var##_r.error();          \
    auto var = std::move(var##_r).value()

} // namespace

QString lineRefundStatus(int s)
{
    switch (s) {
    case 1: return QStringLiteral("WAIT_SELLER_AGREE");
    case 2: return QStringLiteral("SUCCESS");
    default: return QString();
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
        return Error(QStringLiteral("push.not_json"),
                     QCoreApplication::translate("Push", "The push body holds a number too large to represent."));
    }
}

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
    for (const char *k : {"send_time", "confirm_time", "cancel_time", "comment_time", "deleted_at"}) {
        auto r = time(o, k, QString::fromLatin1(k));
        if (!r.ok())
            return r.error();
    }
    TRY(paid, money(o, "total_pay_price", QStringLiteral("total_pay_price"), true));
    t.paidAmount = paid;
    TRY(freight, money(o, "express_price", QStringLiteral("express_price")));
    t.freight = freight;
    TRY(goods, money(o, "total_goods_price", QStringLiteral("total_goods_price")));
    TRY(memberDisc, money(o, "member_discount_price", QStringLiteral("member_discount_price")));
    TRY(coupon, money(o, "coupon_discount_price", QStringLiteral("coupon_discount_price")));
    TRY(integral, money(o, "integral_deduction_price", QStringLiteral("integral_deduction_price")));
    TRY(d1, memberDisc.plus(coupon));
    TRY(discount, d1.plus(integral));
    t.discount = discount;
    for (const char *k : {"total_price", "express_original_price", "total_goods_original_price", "back_price"}) {
        auto r = money(o, k, QString::fromLatin1(k));
        if (!r.ok())
            return r.error();
    }

    TRY(isPay, integer(o, "is_pay", QStringLiteral("is_pay")));
    TRY(payType, integer(o, "pay_type", QStringLiteral("pay_type")));
    TRY(isSend, integer(o, "is_send", QStringLiteral("is_send")));
    TRY(sendType, integer(o, "send_type", QStringLiteral("send_type")));
    TRY(cancel, integer(o, "cancel_status", QStringLiteral("cancel_status")));
    TRY(isConfirm, integer(o, "is_confirm", QStringLiteral("is_confirm")));
    TRY(status, integer(o, "status", QStringLiteral("status"), 1));
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

    t.receiverName = looseText(o, "name").trimmed();
    t.receiverMobile = looseText(o, "mobile").trimmed();
    t.receiverAddress = looseText(o, "address").trimmed();
    if (const json *user = member(o, "user"))
        t.buyerNick = looseText(*user, "nickname").trimmed();
    QStringList buyerMemo{looseText(o, "remark").trimmed(), looseText(o, "words").trimmed()};
    buyerMemo.removeAll(QString());
    t.buyerMemo = buyerMemo.join(QLatin1Char(' '));
    QStringList notes{looseText(o, "seller_remark").trimmed()};
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
    notes.removeAll(QString());
    t.sellerMemo = notes.join(QLatin1Char(' '));
    t.rawPayload = rawBody.isEmpty() ? QString::fromStdString(o.dump()) : QString::fromUtf8(rawBody);
    out.method = looseText(o, "method");
    nestedJson(o, "support_pay_types", QStringLiteral("support_pay_types"), &out.warnings);

    const json *detail = member(o, "detail");
    if (!detail)
        return missing(QStringLiteral("detail"));
    if (!detail->is_array())
        return invalid(QStringLiteral("detail"), QCoreApplication::translate("Push", "expected a list of order lines"));
    if (detail->empty())
        return invalid(QStringLiteral("detail"), QCoreApplication::translate("Push", "the order has no lines"));
    Money lineSum;
    for (size_t i = 0; i < detail->size(); ++i) {
        const json &d = (*detail)[i];
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
        l.amount = amount;
        TRY(back, money(d, "back_price", p + QStringLiteral(".back_price")));
        TRY(refund, integer(d, "refund_status", p + QStringLiteral(".refund_status")));
        l.refundStatus = lineRefundStatus(int(refund));
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
        if (auto s = lineSum.plus(l.amount); s.ok())
            lineSum = s.value();
        if (refund == 1 || refund == 2) {
            PendingRefund r;
            r.shopId = shopId;
            r.refundId = t.tid + QLatin1Char('-') + l.oid;
            r.tid = t.tid;
            r.oid = l.oid;
            r.amount = back.isZero() ? l.amount : back;
            r.reason = QCoreApplication::translate("Push", "Line refund pushed by the mall");
            r.platformStatus = l.refundStatus;
            r.refundPhase = isSend == 1 ? QStringLiteral("aftersale") : QStringLiteral("onsale");
            r.refundVersion = t.modified;
            TRY(lineCreated, time(d, "created_at", p + QStringLiteral(".created_at")));
            r.created = lineCreated.isEmpty() ? t.created : lineCreated;
            r.modified = t.modified;
            r.rawPayload = QString::fromStdString(d.dump());
            out.refunds.push_back(r);
        }
        t.lines.push_back(std::move(l));
    }
    t.goodsTotal = member(o, "total_goods_price") ? goods : lineSum;
    return out;
}

} // namespace od::push
