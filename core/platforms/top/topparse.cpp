// The TOP answer parsers of TopClient (trades, listed trades, refunds): ids stay strings, bad money
// or dates are errors, never zeros.
#include "platforms/top/topclient.h"

#include "platforms/top/topjson.h"

#include <QCoreApplication>

namespace od::top {

using json = nlohmann::json;
using detail::list;
using detail::text;

namespace {

Error badData(const QString &what, const QString &id, const char *field, const QString &value)
{
    return Error(QStringLiteral("top.bad_data"),
                 QCoreApplication::translate("TopClient", "The platform sent an invalid value for %1 %2: field %3 = \"%4\".")
                     .arg(what, id, QString::fromLatin1(field), value));
}

Result<Money> money(const json &j, const char *key, const QString &what, const QString &id)
{
    auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return Money();
    const QString v = it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString::fromStdString(it->dump());
    auto m = Money::parse(v.trimmed());
    if (!m.ok())
        return badData(what, id, key, v);
    return m.value();
}

Result<QString> time(const json &j, const char *key, const QString &what, const QString &id)
{
    const QString v = text(j, key);
    auto t = parsePlatformTime(v);
    if (!t.ok())
        return badData(what, id, key, v);
    return t.value();
}

bool isPaidStatus(const QString &s)
{
    return s != QLatin1String("WAIT_BUYER_PAY") && s != QLatin1String("TRADE_NO_CREATE_PAY") && s != QLatin1String("PAY_PENDING");
}

} // namespace

Result<PendingDownload> TopClient::parseListedTrade(const json &j)
{
    PendingDownload r;
    r.tid = text(j, "tid");
    if (r.tid.isEmpty())
        return badData(QCoreApplication::translate("TopClient", "a trade"), QString(), "tid", QString());
    r.buyerNick = text(j, "buyer_nick");
    r.receiverName = text(j, "receiver_name");
    r.platformStatus = text(j, "status");
    auto mod = time(j, "modified", QCoreApplication::translate("TopClient", "trade"), r.tid);
    if (!mod.ok())
        return mod.error();
    r.modified = mod.value();
    auto pay = money(j, "payment", QCoreApplication::translate("TopClient", "trade"), r.tid);
    if (!pay.ok())
        return pay.error();
    r.summary = QStringLiteral("%1 %2").arg(text(j, "receiver_state"), pay->toString()).trimmed();
    return r;
}

Result<Trade> TopClient::parseTrade(const json &j)
{
    Trade t;
    t.tid = text(j, "tid");
    if (t.tid.isEmpty())
        return badData(QCoreApplication::translate("TopClient", "a trade"), QString(), "tid", QString());
    const QString what = QCoreApplication::translate("TopClient", "trade");
    t.platformStatus = text(j, "status");
    t.buyerNick = text(j, "buyer_nick");
    t.receiverName = text(j, "receiver_name");
    t.receiverMobile = text(j, "receiver_mobile");
    t.receiverState = text(j, "receiver_state");
    t.receiverCity = text(j, "receiver_city");
    t.receiverDistrict = text(j, "receiver_district");
    t.receiverAddress = text(j, "receiver_address");
    t.buyerMemo = text(j, "buyer_message");
    t.sellerMemo = text(j, "seller_memo");
    for (auto [field, dest] : {std::pair{"created", &t.created}, {"modified", &t.modified}, {"pay_time", &t.payTime}}) {
        auto v = time(j, field, what, t.tid);
        if (!v.ok())
            return v.error();
        *dest = v.value();
    }
    for (auto [field, dest] : {std::pair{"total_fee", &t.goodsTotal}, {"post_fee", &t.freight}, {"discount_fee", &t.discount}, {"payment", &t.paidAmount}}) {
        auto v = money(j, field, what, t.tid);
        if (!v.ok())
            return v.error();
        *dest = v.value();
    }
    t.cod = text(j, "type") == QLatin1String("cod");
    t.closed = t.platformStatus.startsWith(QLatin1String("TRADE_CLOSED"));
    t.paid = !t.payTime.isEmpty() && isPaidStatus(t.platformStatus);
    // What the CRM order carries (docs/protocols/crm.md): the consignee's zip and landline, the buyer's
    // open uid (TOP no longer gives a buyer id), points used / earned (counts) and the Alipay trade no.
    t.receiverZip = text(j, "receiver_zip");
    t.receiverPhone = text(j, "receiver_phone");
    t.buyerId = text(j, "buyer_open_uid");
    for (auto [field, dest] : {std::pair{"point_fee", &t.pointFee}, {"buyer_obtain_point_fee", &t.obtainPoint}}) {
        const QString v = text(j, field);
        bool ok = v.isEmpty();
        *dest = ok ? 0 : v.toLongLong(&ok);
        if (!ok || *dest < 0)
            return badData(what, t.tid, field, v);
    }
    t.payNo = text(j, "alipay_no");
    // Not translated: a fact sent to the CRM as the payment's name.
    t.payMethod = t.cod ? QStringLiteral("货到付款") : QStringLiteral("支付宝");
    if (const json *orders = list(j, "orders", "order")) {
        for (const json &o : *orders) {
            TradeLine l;
            l.oid = text(o, "oid");
            l.itemId = text(o, "num_iid");
            l.skuId = text(o, "sku_id");
            l.outerSkuId = text(o, "outer_sku_id");
            l.title = text(o, "title");
            l.attributes = text(o, "sku_properties_name");
            bool ok = false;
            l.quantity = text(o, "num").toInt(&ok);
            if (!ok || l.quantity <= 0)
                return badData(what, t.tid, "num", text(o, "num"));
            auto price = money(o, "price", what, t.tid);
            if (!price.ok())
                return price.error();
            auto amount = money(o, "total_fee", what, t.tid);
            if (!amount.ok())
                return amount.error();
            l.unitPrice = price.value();
            l.amount = amount.value();
            l.refundStatus = text(o, "refund_status");
            auto discount = money(o, "discount_fee", what, t.tid);
            if (!discount.ok())
                return discount.error();
            l.discount = discount.value();
            t.lines.push_back(l);
        }
    }
    t.rawPayload = QString::fromStdString(j.dump());
    return t;
}

Result<PendingRefund> TopClient::parseRefund(const json &j)
{
    PendingRefund r;
    r.refundId = text(j, "refund_id");
    if (r.refundId.isEmpty())
        return badData(QCoreApplication::translate("TopClient", "a refund"), QString(), "refund_id", QString());
    const QString what = QCoreApplication::translate("TopClient", "refund");
    r.tid = text(j, "tid");
    r.oid = text(j, "oid");
    auto amount = money(j, "refund_fee", what, r.refundId);
    if (!amount.ok())
        return amount.error();
    r.amount = amount.value();
    r.reason = text(j, "reason");
    r.goodsReturn = text(j, "has_good_return") == QLatin1String("true");
    r.platformStatus = text(j, "status");
    r.refundPhase = text(j, "refund_phase");
    r.refundVersion = text(j, "refund_version");
    for (auto [field, dest] : {std::pair{"created", &r.created}, {"modified", &r.modified}}) {
        auto v = time(j, field, what, r.refundId);
        if (!v.ok())
            return v.error();
        *dest = v.value();
    }
    r.rawPayload = QString::fromStdString(j.dump());
    return r;
}

} // namespace od::top
