#include "workflow/conversiondetail.h"

#include "storage/sql.h"
#include "workflow/outboxwriter.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace od::conversion {

Result<std::map<int64_t, Trade>> loadTrades(QSqlDatabase db, const std::vector<int64_t> &ids, const QString &lockSuffix)
{
    std::map<int64_t, Trade> out;
    if (ids.empty())
        return out;
    // The ids as integer literals: Qt's SQLite driver binds hundreds of values at a cost that grows with
    // the square of their number.
    QString idList;
    for (int64_t id : ids) {
        if (!idList.isEmpty())
            idList += QLatin1Char(',');
        idList += QString::number(id);
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status st = sql::exec(
            q,
            QStringLiteral("SELECT t.id, t.shop_id, t.tid, t.state, t.buyer_nick, t.receiver_name, t.receiver_mobile, t.receiver_state, t.receiver_city, "
                           "t.receiver_district, t.receiver_address, t.is_paid, t.is_cod, t.is_closed, t.goods_fen, t.freight_fen, t.discount_fen, "
                           "t.paid_fen, t.buyer_memo, t.seller_memo, t.created, t.modified, t.pay_time, t.buyer_mobile, t.express_company, t.tracking_no, "
                           "t.consign_time, t.receiver_zip, t.receiver_phone, t.buyer_id, t.point_fee, t.obtain_point, t.pay_no, t.pay_method, "
                           "l.line_no, l.oid, l.item_id, l.sku_id, l.outer_sku_id, l.title, l.attributes, "
                           "l.quantity, l.unit_fen, l.amount_fen, l.refund_status, l.discount_fen "
                           "FROM trades t LEFT JOIN trade_lines l ON l.trade_id = t.id WHERE t.id IN (%1) ORDER BY t.id, l.line_no%2")
                .arg(idList, lockSuffix));
        !st.ok())
        return st.error();
    Trade *cur = nullptr;
    while (q.next()) {
        const int64_t id = q.value(0).toLongLong();
        if (!cur || cur->id != id) {
            Trade t;
            int i = 1;
            t.id = id;
            t.shopId = q.value(i++).toLongLong();
            t.tid = q.value(i++).toString();
            t.state = fromKey<TradeState>(q.value(i++).toString()).value_or(TradeState::Pending);
            t.buyerNick = q.value(i++).toString();
            t.receiverName = q.value(i++).toString();
            t.receiverMobile = q.value(i++).toString();
            t.receiverState = q.value(i++).toString();
            t.receiverCity = q.value(i++).toString();
            t.receiverDistrict = q.value(i++).toString();
            t.receiverAddress = q.value(i++).toString();
            t.paid = q.value(i++).toInt() != 0;
            t.cod = q.value(i++).toInt() != 0;
            t.closed = q.value(i++).toInt() != 0;
            t.goodsTotal = Money::fromFen(q.value(i++).toLongLong());
            t.freight = Money::fromFen(q.value(i++).toLongLong());
            t.discount = Money::fromFen(q.value(i++).toLongLong());
            t.paidAmount = Money::fromFen(q.value(i++).toLongLong());
            t.buyerMemo = q.value(i++).toString();
            t.sellerMemo = q.value(i++).toString();
            t.created = q.value(i++).toString();
            t.modified = q.value(i++).toString();
            t.payTime = q.value(i++).toString();
            t.buyerMobile = q.value(i++).toString();
            t.expressCompany = q.value(i++).toString();
            t.trackingNo = q.value(i++).toString();
            t.consignTime = q.value(i++).toString();
            t.receiverZip = q.value(i++).toString();
            t.receiverPhone = q.value(i++).toString();
            t.buyerId = q.value(i++).toString();
            t.pointFee = q.value(i++).toLongLong();
            t.obtainPoint = q.value(i++).toLongLong();
            t.payNo = q.value(i++).toString();
            t.payMethod = q.value(i++).toString();
            cur = &(out[id] = std::move(t));
        }
        constexpr int kLineCol = 34;
        if (q.value(kLineCol).isNull())
            continue; // no lines
        TradeLine l;
        int i = kLineCol + 1;
        l.oid = q.value(i++).toString();
        l.itemId = q.value(i++).toString();
        l.skuId = q.value(i++).toString();
        l.outerSkuId = q.value(i++).toString();
        l.title = q.value(i++).toString();
        l.attributes = q.value(i++).toString();
        l.quantity = q.value(i++).toInt();
        l.unitPrice = Money::fromFen(q.value(i++).toLongLong());
        l.amount = Money::fromFen(q.value(i++).toLongLong());
        l.refundStatus = q.value(i++).toString();
        l.discount = Money::fromFen(q.value(i++).toLongLong());
        cur->lines.push_back(std::move(l));
    }
    return out;
}

QString fullAddress(const Trade &t)
{
    // A municipality is its own city ("北京市" twice): written once.
    const QString region = t.receiverState + (t.receiverCity == t.receiverState ? QString() : t.receiverCity) + t.receiverDistrict;
    return t.receiverAddress.startsWith(region) ? t.receiverAddress : region + t.receiverAddress;
}

Shipment platformShipment(const Trade &t, const QString &now)
{
    if (t.trackingNo.trimmed().isEmpty())
        return {};
    return {t.expressCompany.trimmed(), t.trackingNo.trimmed(), t.consignTime.isEmpty() ? now : t.consignTime};
}

QJsonObject newOrderSnapshot(const Trade &t, const QString &orderNo, const QString &now, PayStatus pay, const Shipment &ship)
{
    QJsonObject o;
    o[QStringLiteral("order_no")] = orderNo;
    o[QStringLiteral("tid")] = t.tid;
    o[QStringLiteral("shop_id")] = QString::number(t.shopId);
    o[QStringLiteral("created_at")] = now;
    o[QStringLiteral("updated_at")] = now;
    o[QStringLiteral("status")] = toKey(ship.shipped() ? OrderStatus::Shipped : OrderStatus::Unconfirmed);
    o[QStringLiteral("on_hold")] = false;
    o[QStringLiteral("pay_status")] = toKey(pay);
    o[QStringLiteral("ship_status")] = toKey(ship.shipped() ? ShipStatus::Shipped : ShipStatus::NotShipped);
    o[QStringLiteral("buyer_nick")] = t.buyerNick;
    o[QStringLiteral("receiver_name")] = t.receiverName;
    o[QStringLiteral("receiver_mobile")] = t.receiverMobile;
    o[QStringLiteral("receiver_state")] = t.receiverState;
    o[QStringLiteral("receiver_city")] = t.receiverCity;
    o[QStringLiteral("receiver_district")] = t.receiverDistrict;
    o[QStringLiteral("receiver_address")] = fullAddress(t);
    o[QStringLiteral("goods_fen")] = double(t.goodsTotal.fen());
    o[QStringLiteral("freight_fen")] = double(t.freight.fen());
    o[QStringLiteral("discount_fen")] = double(t.discount.fen());
    o[QStringLiteral("paid_fen")] = double(t.paidAmount.fen());
    o[QStringLiteral("refunded_fen")] = 0.0;
    o[QStringLiteral("is_cod")] = t.cod;
    o[QStringLiteral("express_company")] = ship.company;
    o[QStringLiteral("tracking_no")] = ship.trackingNo;
    o[QStringLiteral("buyer_memo")] = t.buyerMemo;
    o[QStringLiteral("remarks")] = t.sellerMemo;
    o[QStringLiteral("platform_created")] = t.created;
    o[QStringLiteral("platform_modified")] = t.modified;
    o[QStringLiteral("pay_time")] = t.payTime;
    o[QStringLiteral("buyer_mobile")] = t.buyerMobile;
    o[QStringLiteral("shipped_at")] = ship.at;
    OutboxWriter::addTradeFacts(o, t);
    QJsonArray lines;
    for (const TradeLine &l : t.lines) {
        QJsonObject line;
        line[QStringLiteral("oid")] = l.oid;
        line[QStringLiteral("sku_code")] = l.skuCode;
        line[QStringLiteral("title")] = l.title;
        line[QStringLiteral("attributes")] = l.attributes;
        line[QStringLiteral("quantity")] = l.quantity;
        line[QStringLiteral("unit_fen")] = double(l.unitPrice.fen());
        line[QStringLiteral("amount_fen")] = double(l.amount.fen());
        line[QStringLiteral("cancelled")] = false;
        line[QStringLiteral("refunded_fen")] = 0.0;
        OutboxWriter::addLineFacts(line, l);
        lines.append(line);
    }
    o[QStringLiteral("lines")] = lines;
    return o;
}

} // namespace od::conversion
