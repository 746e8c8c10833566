#pragma once
// Changes a platform reports for a trade that was converted already (buyer cancel, a line refunded,
// address changed): recorded against the sales order (platform_changes, kind 'platform_update') and
// raising its warning flag; never silently dropped, never recorded twice for the same platform copy.
#include "domain/types.h"
#include "storage/database.h"
#include "storage/traderepository.h"

namespace od::intake {

class PlatformChanges {
public:
    explicit PlatformChanges(Database &db) : m_db(db) {}
    // Inside the caller's transaction. True if a change was recorded.
    Result<bool> recordIfChanged(TradeRepository &repo, int64_t tradeId, int64_t salesOrderId, const Trade &newer);
    // What differs between the converted copy and the newer one, for staff ("" if nothing visible).
    static QString describe(const Trade &before, const Trade &after);

private:
    Database &m_db;
};

} // namespace od::intake
