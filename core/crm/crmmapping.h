#pragma once
// Outbox payload (the sales-order snapshot, see briefs/outbox.md) → the wire form of a ShopEx
// matrix call (protocols.md §3), and the CRM connection settings.
#include "domain/result.h"
#include "storage/database.h"
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace od::crm {

using WireParams = QMap<QString, QString>;

// Where and as whom we talk to the matrix. The token (secret) is NOT part of this value: it is
// kept in the key store and passed separately to whoever signs; never log it.
struct CrmSettings {
    QString gatewayUrl; // crm.gateway_url   e.g. http://matrix.example/api
    QString appId = QStringLiteral("ecos.ome"); // crm.app_id
    QString certiId; // crm.certi_id
    QString fromNodeId; // crm.from_node_id (our node)
    QString toNodeId; // crm.to_node_id   (the bound CRM node)
    QString callbackBase; // crm.callback_base e.g. http://desk.example:8080 → <base>/crm/callback/<task>
    QString version = QStringLiteral("1"); // crm.v
    QString tokenRef = QStringLiteral("crm_token"); // crm.token_ref: the name of the token in the secret store

    bool isComplete() const { return !gatewayUrl.isEmpty() && !appId.isEmpty(); }
    QString callbackUrl(const QString &task) const;
};

// Loads the crm.* keys of the `settings` table (missing keys keep their defaults).
Result<CrmSettings> loadCrmSettings(Database &db);
Status saveCrmSettings(Database &db, const CrmSettings &s);
// The same rows, written inside the caller's transaction on `conn`.
Status writeCrmSettings(QSqlDatabase conn, const CrmSettings &s);
// Trims the fields and checks them as staff type them (desk) or write them (gateway JSON): the gateway
// and callback addresses http(s), gateway address and app id present, a token name. Errors:
// settings.crm_url, settings.crm_incomplete.
Status normalizeCrmSettings(CrmSettings &s);

// Our keys (domain/states.h) → the CRM's enums.
QString wireTradeStatus(const QString &statusKey); // cancelled → TRADE_CLOSED, completed → TRADE_FINISHED, else TRADE_ACTIVE
QString wirePayStatus(const QString &payKey); // paid → PAY_FINISH, part_refunded → REFUND_PART, refunded → REFUND_ALL, unpaid → PAY_NO
QString wireShipStatus(const QString &shipKey); // shipped → SHIP_FINISH, part_returned → RESHIP_PART, returned → RESHIP_ALL, not_shipped → SHIP_NO

// The order snapshot fields of the wire form from an outbox payload (JSON text).
// Errors: crm.payload (not a JSON object / a required field missing or of the wrong type).
Result<WireParams> snapshotParams(const QString &payloadJson);

// System parameters + snapshot, without `sign`. `date` is "yyyy-MM-dd HH:mm:ss" (Beijing time).
// The matrix's system parameters (app_id, method, date, format, v, certi/node ids, node_type,
// callback_url, task), without `sign`.
void addSystemParams(WireParams &params, const CrmSettings &s, const QString &method, const QString &task, const QString &date);
Result<WireParams> buildRequest(const CrmSettings &s, const QString &method, const QString &task, const QString &payloadJson, const QString &date);
// Adds `sign` (matrix sign with `token`).
void signRequest(WireParams &params, const QString &token);

// application/x-www-form-urlencoded body (UTF-8, %-encoded, spaces as %20).
QByteArray formEncode(const WireParams &params);
// Parses a form body ('+' is a space).
WireParams formDecode(const QByteArray &body);

} // namespace od::crm
