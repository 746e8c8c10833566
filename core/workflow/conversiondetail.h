#pragma once
// The parts of 转销售单 shared by the one-trade path (ConversionService::convertInTransaction) and the
// set-based chunk (conversionchunk.cpp): loading trades with their lines, the address and shipment the
// sales order gets, and the outbox snapshot of a just-converted order.
#include "domain/types.h"
#include "storage/database.h"
#include <QJsonObject>
#include <map>
#include <vector>

namespace od::conversion {

// The trades `ids` with their lines, in one statement; ids that do not exist are absent. `lockSuffix`
// (sql::forUpdate(db, "OF t") on PostgreSQL) locks the trade rows in id order for this transaction.
Result<std::map<int64_t, Trade>> loadTrades(QSqlDatabase db, const std::vector<int64_t> &ids, const QString &lockSuffix = {});

// The receiver's full address as the sales order stores it (a municipality written once).
QString fullAddress(const Trade &t);

// An order the platform shipped already (the mall's express / express_no / send_time) is converted
// shipped, with its carrier and tracking number.
struct Shipment {
    QString company, trackingNo, at;
    bool shipped() const { return !trackingNo.isEmpty(); }
};
Shipment platformShipment(const Trade &t, const QString &now);

// The outbox payload of a just-converted order, from what the conversion wrote (the same shape as
// OutboxWriter::snapshot, which the tests compare it with). The lines carry their sku_code.
QJsonObject newOrderSnapshot(const Trade &t, const QString &orderNo, const QString &now, PayStatus pay, const Shipment &ship);

} // namespace od::conversion
