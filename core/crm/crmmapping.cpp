#include "crm/crmmapping.h"

#include "crm/matrixsign.h"
#include "domain/money.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUrl>
#include <algorithm>

namespace od::crm {

QString CrmSettings::callbackUrl(const QString &task) const
{
    QString base = callbackBase;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QStringLiteral("/crm/callback/") + QString::fromLatin1(QUrl::toPercentEncoding(task));
}

namespace {

struct Key {
    const char *name;
    QString CrmSettings::*field;
};
const Key kKeys[] = {
    {"crm.gateway_url", &CrmSettings::gatewayUrl},
    {"crm.app_id", &CrmSettings::appId},
    {"crm.certi_id", &CrmSettings::certiId},
    {"crm.from_node_id", &CrmSettings::fromNodeId},
    {"crm.to_node_id", &CrmSettings::toNodeId},
    {"crm.callback_base", &CrmSettings::callbackBase},
    {"crm.v", &CrmSettings::version},
    {"crm.token_ref", &CrmSettings::tokenRef},
};

Error payloadError(const QString &what)
{
    return Error(QStringLiteral("crm.payload"), QCoreApplication::translate("Crm", "The CRM event's order snapshot is invalid: %1").arg(what));
}

QString money(const QJsonValue &v) { return Money::fromFen(v.toInteger()).toString(); }

// Platform ids may arrive as strings (the contract) or, defensively, as integers.
QString text(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return QString();
}

bool flag(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isBool() ? v.toBool() : v.toInteger() != 0;
}

// The carrier's code and name from what the order keeps: staff ship with a code (ShipDialog), the
// mall ships with a name ("中通快递"). Names as the carriers call themselves (sent, not shown).
std::pair<QString, QString> carrierOf(const QString &company)
{
    static const QList<std::pair<QString, QString>> known{
        {QStringLiteral("SF"), QStringLiteral("顺丰速运")},    {QStringLiteral("ZTO"), QStringLiteral("中通快递")},
        {QStringLiteral("YTO"), QStringLiteral("圆通速递")},   {QStringLiteral("STO"), QStringLiteral("申通快递")},
        {QStringLiteral("YUNDA"), QStringLiteral("韵达快递")}, {QStringLiteral("EMS"), QStringLiteral("EMS")},
        {QStringLiteral("JD"), QStringLiteral("京东物流")},    {QStringLiteral("DBL"), QStringLiteral("德邦快递")}};
    const QString c = company.trimmed();
    for (const auto &[code, name] : known)
        if (c.compare(code, Qt::CaseInsensitive) == 0 || c == name)
            return {code, name};
    bool latin = true;
    for (QChar ch : c)
        latin = latin && ch.unicode() < 0x80;
    return latin ? std::pair{c, c} : std::pair{QString(), c};
}

} // namespace

Result<CrmSettings> loadCrmSettings(Database &db)
{
    CrmSettings s;
    QSqlQuery q(db.connection());
    if (auto st = sql::exec(q, QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'crm.%'")); !st)
        return st.error();
    while (q.next()) {
        const QString k = q.value(0).toString();
        for (const Key &key : kKeys)
            if (k == QLatin1String(key.name))
                s.*key.field = q.value(1).toString();
    }
    return s;
}

Status writeCrmSettings(QSqlDatabase c, const CrmSettings &s)
{
    QSqlQuery q(c);
    for (const Key &key : kKeys) {
        if (auto st = sql::exec(q, QStringLiteral("DELETE FROM settings WHERE key = ?"), {QString::fromLatin1(key.name)}); !st)
            return st;
        if (auto st = sql::exec(q, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"), {QString::fromLatin1(key.name), s.*key.field}); !st)
            return st;
    }
    return {};
}

Status saveCrmSettings(Database &db, const CrmSettings &s)
{
    return sql::inTransaction(db, [&](QSqlDatabase c) { return writeCrmSettings(c, s); });
}

Status normalizeCrmSettings(CrmSettings &s)
{
    for (QString *f : {&s.gatewayUrl, &s.appId, &s.certiId, &s.fromNodeId, &s.toNodeId, &s.callbackBase, &s.version, &s.tokenRef})
        *f = f->trimmed();
    if (s.tokenRef.isEmpty())
        s.tokenRef = QStringLiteral("crm_token");
    for (const QString &u : {s.gatewayUrl, s.callbackBase}) {
        if (u.isEmpty())
            continue;
        const QUrl url(u, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
            return Error(QStringLiteral("settings.crm_url"), QCoreApplication::translate("Crm", "\"%1\" is not an http:// or https:// address.").arg(u));
    }
    if (s.gatewayUrl.isEmpty() || s.appId.isEmpty())
        return Error(QStringLiteral("settings.crm_incomplete"), QCoreApplication::translate("Crm", "The matrix gateway address and the app id are required."));
    return {};
}

QString wireTradeStatus(const QString &k)
{
    if (k == QLatin1String("cancelled"))
        return QStringLiteral("TRADE_CLOSED");
    if (k == QLatin1String("completed"))
        return QStringLiteral("TRADE_FINISHED");
    return QStringLiteral("TRADE_ACTIVE");
}

QString wirePayStatus(const QString &k)
{
    if (k == QLatin1String("paid"))
        return QStringLiteral("PAY_FINISH");
    if (k == QLatin1String("part_refunded"))
        return QStringLiteral("REFUND_PART");
    if (k == QLatin1String("refunded"))
        return QStringLiteral("REFUND_ALL");
    return QStringLiteral("PAY_NO");
}

QString wireShipStatus(const QString &k)
{
    if (k == QLatin1String("shipped"))
        return QStringLiteral("SHIP_FINISH");
    if (k == QLatin1String("part_returned"))
        return QStringLiteral("RESHIP_PART");
    if (k == QLatin1String("returned"))
        return QStringLiteral("RESHIP_ALL");
    return QStringLiteral("SHIP_NO");
}

Result<WireParams> snapshotParams(const QString &payloadJson)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(payloadJson.toUtf8(), &perr);
    if (!doc.isObject())
        return payloadError(perr.errorString());
    const QJsonObject o = doc.object();
    const QString tid = text(o, "tid");
    if (tid.isEmpty())
        return payloadError(QStringLiteral("tid"));
    if (!o.value(QLatin1String("lines")).isArray() && !o.value(QLatin1String("lines")).isUndefined())
        return payloadError(QStringLiteral("lines"));

    const qint64 goods = o.value(QLatin1String("goods_fen")).toInteger();
    const qint64 freight = o.value(QLatin1String("freight_fen")).toInteger();
    const qint64 discount = o.value(QLatin1String("discount_fen")).toInteger();
    const qint64 paid = o.value(QLatin1String("paid_fen")).toInteger();
    const qint64 refunded = o.value(QLatin1String("refunded_fen")).toInteger();
    const bool cod = flag(o, "is_cod");
    const bool shipped = !text(o, "shipped_at").isEmpty() || text(o, "ship_status") != QLatin1String("not_shipped");

    QJsonArray orders;
    QString firstTitle;
    for (const QJsonValue &lv : o.value(QLatin1String("lines")).toArray()) {
        const QJsonObject l = lv.toObject();
        const QString title = text(l, "title");
        if (firstTitle.isEmpty())
            firstTitle = title;
        const QString qty = QString::number(l.value(QLatin1String("quantity")).toInteger());
        const QString price = money(l.value(QLatin1String("unit_fen")));
        const QString amount = money(l.value(QLatin1String("amount_fen")));
        const qint64 lineRefunded = l.value(QLatin1String("refunded_fen")).toInteger();
        // Line status as the public ShopEx structures name it: a cancelled line, a refunded one, else
        // the trade's own state (hi-noikiy/shopex-b2b2c app/systrade/lib/shopex/tradeCreate.php).
        const QString itemStatus = flag(l, "cancelled") ? QStringLiteral("cancel") : QStringLiteral("normal");
        const QString lineStatus = flag(l, "cancelled") ? QStringLiteral("TRADE_CLOSED")
            : lineRefunded > 0                          ? QStringLiteral("REFUND_PART")
                                                        : QStringLiteral("TRADE_ACTIVE");
        const QString lineDiscount = Money::fromFen(l.value(QLatin1String("line_discount_fen")).toInteger()).toString();
        QJsonObject item{{QStringLiteral("bn"), text(l, "sku_code")},
                         {QStringLiteral("name"), title},
                         {QStringLiteral("sku_id"), text(l, "sku_id")},
                         {QStringLiteral("iid"), text(l, "iid")},
                         {QStringLiteral("discount_fee"), lineDiscount},
                         {QStringLiteral("sku_properties"), text(l, "attributes")},
                         {QStringLiteral("num"), qty},
                         {QStringLiteral("price"), price},
                         {QStringLiteral("total_item_fee"), amount},
                         {QStringLiteral("sale_price"), amount},
                         {QStringLiteral("item_type"), QStringLiteral("product")},
                         {QStringLiteral("sendnum"), shipped && !flag(l, "cancelled") ? qty : QStringLiteral("0")},
                         {QStringLiteral("item_status"), itemStatus}};
        orders.append(QJsonObject{{QStringLiteral("oid"), text(l, "oid")},
                                  {QStringLiteral("type"), QStringLiteral("goods")},
                                  {QStringLiteral("orders_bn"), text(l, "sku_code")},
                                  {QStringLiteral("bn"), text(l, "sku_code")},
                                  {QStringLiteral("title"), title},
                                  {QStringLiteral("iid"), text(l, "iid")},
                                  {QStringLiteral("sku_id"), text(l, "sku_id")},
                                  {QStringLiteral("discount_fee"), lineDiscount},
                                  {QStringLiteral("items_num"), qty},
                                  {QStringLiteral("price"), price},
                                  {QStringLiteral("total_order_fee"), amount},
                                  {QStringLiteral("status"), lineStatus},
                                  {QStringLiteral("refund_fee"), Money::fromFen(lineRefunded).toString()},
                                  {QStringLiteral("consign_time"), text(o, "shipped_at")},
                                  {QStringLiteral("order_items"), QJsonObject{{QStringLiteral("item"), QJsonArray{item}}}}});
    }

    WireParams p;
    p[QStringLiteral("tid")] = tid;
    p[QStringLiteral("title")] = firstTitle.isEmpty() ? text(o, "order_no") : firstTitle;
    // The shop's own times: when the buyer ordered and paid on the platform (our conversion time only
    // when the platform gave none); modified/lastmodify: the order's last change.
    const QString platformCreated = text(o, "platform_created");
    p[QStringLiteral("created")] = platformCreated.isEmpty() ? text(o, "created_at") : platformCreated;
    p[QStringLiteral("modified")] = text(o, "updated_at");
    p[QStringLiteral("lastmodify")] = text(o, "updated_at");
    p[QStringLiteral("pay_time")] = text(o, "pay_status") == QLatin1String("unpaid") ? QString() : text(o, "pay_time");
    p[QStringLiteral("consign_time")] = text(o, "shipped_at");
    p[QStringLiteral("orders_number")] = QString::number(orders.size());
    // An order refunded in full before it left is closed for the CRM ([B] __getStatus: TRADE_CLOSED
    // goes with REFUND_ALL), although our order stays as it was.
    const bool refundedUnshipped = text(o, "pay_status") == QLatin1String("refunded") && !shipped;
    p[QStringLiteral("status")] = refundedUnshipped ? QStringLiteral("TRADE_CLOSED") : wireTradeStatus(text(o, "status"));
    p[QStringLiteral("pay_status")] = wirePayStatus(text(o, "pay_status"));
    p[QStringLiteral("ship_status")] = wireShipStatus(text(o, "ship_status"));
    p[QStringLiteral("total_goods_fee")] = Money::fromFen(goods).toString();
    p[QStringLiteral("total_trade_fee")] = Money::fromFen(goods + freight - discount).toString();
    p[QStringLiteral("discount_fee")] = Money::fromFen(discount).toString();
    // What the buyer has paid and not been given back.
    // Nothing while unpaid (a cash-on-delivery order keeps its amount in paid_fen before it is paid).
    const bool unpaid = text(o, "pay_status") == QLatin1String("unpaid");
    p[QStringLiteral("payed_fee")] = Money::fromFen(unpaid ? 0 : std::max<qint64>(0, paid - refunded)).toString();
    p[QStringLiteral("shipping_fee")] = Money::fromFen(freight).toString();
    // shipping_type: the delivery's name (ecstore sends the carrier's name, e.g. "申通"); shipping_tid:
    // the delivery method's id, for us the carrier code staff chose when shipping.
    const QString company = text(o, "express_company");
    p[QStringLiteral("shipping_type")] = company.isEmpty() ? QStringLiteral("express") : company;
    p[QStringLiteral("shipping_tid")] = company;
    // The tracking number and carrier: logi_no / logi_code / logi_company (ShopEx ome's delivery fields)
    // and, as ome's store.trade.shipping.add names them, logistics_no / logistics_code /
    // logistics_company (docs/protocols/crm.md). Empty until shipped.
    const QString trackingNo = text(o, "tracking_no");
    const auto [carrierCode, carrierName] = trackingNo.isEmpty() ? std::pair<QString, QString>() : carrierOf(company);
    for (const QString &prefix : {QStringLiteral("logi_"), QStringLiteral("logistics_")}) {
        p[prefix + QStringLiteral("no")] = trackingNo;
        p[prefix + QStringLiteral("code")] = carrierCode;
        p[prefix + QStringLiteral("company")] = carrierName;
    }
    p[QStringLiteral("payment_type")] = cod ? QStringLiteral("cod") : QStringLiteral("online");
    p[QStringLiteral("is_cod")] = cod ? QStringLiteral("1") : QStringLiteral("0");
    for (const char *k : {"receiver_name", "receiver_mobile", "receiver_state", "receiver_city", "receiver_district", "receiver_address", "buyer_memo"})
        p[QString::fromLatin1(k)] = text(o, k);
    p[QStringLiteral("buyer_uname")] = text(o, "buyer_nick");
    p[QStringLiteral("buyer_mobile")] = text(o, "buyer_mobile");
    p[QStringLiteral("buyer_id")] = text(o, "buyer_id");
    p[QStringLiteral("receiver_zip")] = text(o, "receiver_zip");
    p[QStringLiteral("receiver_phone")] = text(o, "receiver_phone");
    // Points (counts, as [B]'s consume_point_fee / obtain_point_fee): 0 where the platform has none.
    p[QStringLiteral("point_fee")] = QString::number(o.value(QLatin1String("point_fee")).toInteger());
    p[QStringLiteral("buyer_obtain_point_fee")] = QString::number(o.value(QLatin1String("obtain_point")).toInteger());
    // The trade's payment ([B] __getPaymentsList): one, once paid (a COD order once the money came).
    QJsonArray payments;
    if (!unpaid && paid > 0) {
        const QString payTime = text(o, "pay_time");
        payments.append(QJsonObject{{QStringLiteral("payment_id"), text(o, "pay_no")},
                                    {QStringLiteral("tid"), tid},
                                    {QStringLiteral("buyer_id"), text(o, "buyer_id")},
                                    {QStringLiteral("pay_fee"), Money::fromFen(paid).toString()},
                                    {QStringLiteral("currency"), QStringLiteral("CNY")},
                                    {QStringLiteral("currency_fee"), Money::fromFen(paid).toString()},
                                    {QStringLiteral("pay_type"), cod ? QStringLiteral("cod") : QStringLiteral("online")},
                                    {QStringLiteral("payment_name"), text(o, "pay_method")},
                                    {QStringLiteral("pay_time"), payTime},
                                    {QStringLiteral("t_end"), payTime},
                                    {QStringLiteral("status"), QStringLiteral("PAY_FINISH")}});
    }
    p[QStringLiteral("payment_lists")] =
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("payment_list"), payments}}).toJson(QJsonDocument::Compact));
    p[QStringLiteral("trade_memo")] = text(o, "remarks");
    p[QStringLiteral("orders")] = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("order"), orders}}).toJson(QJsonDocument::Compact));
    return p;
}

Result<WireParams> buildRequest(const CrmSettings &s, const QString &method, const QString &task, const QString &payloadJson, const QString &date)
{
    auto snap = snapshotParams(payloadJson);
    if (!snap)
        return snap.error();
    WireParams p = std::move(snap).value();
    addSystemParams(p, s, method, task, date);
    return p;
}

void addSystemParams(WireParams &p, const CrmSettings &s, const QString &method, const QString &task, const QString &date)
{
    p[QStringLiteral("app_id")] = s.appId;
    p[QStringLiteral("method")] = method;
    p[QStringLiteral("date")] = date;
    p[QStringLiteral("format")] = QStringLiteral("json");
    p[QStringLiteral("v")] = s.version;
    p[QStringLiteral("certi_id")] = s.certiId;
    p[QStringLiteral("from_node_id")] = s.fromNodeId;
    p[QStringLiteral("to_node_id")] = s.toNodeId;
    p[QStringLiteral("node_type")] = QStringLiteral("ecos.taocrm");
    p[QStringLiteral("callback_url")] = s.callbackUrl(task);
    p[QStringLiteral("task")] = task;
}

void signRequest(WireParams &params, const QString &token)
{
    params.remove(QStringLiteral("sign"));
    params[QStringLiteral("sign")] = matrixSign(params, token);
}

QByteArray formEncode(const WireParams &params)
{
    QByteArray out;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(it.key());
        out += '=';
        out += QUrl::toPercentEncoding(it.value());
    }
    return out;
}

WireParams formDecode(const QByteArray &body)
{
    WireParams out;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray k = eq < 0 ? pair : pair.left(eq);
        QByteArray v = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        k.replace('+', ' ');
        v.replace('+', ' ');
        out[QString::fromUtf8(QByteArray::fromPercentEncoding(k))] = QString::fromUtf8(QByteArray::fromPercentEncoding(v));
    }
    return out;
}

} // namespace od::crm
