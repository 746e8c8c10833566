#pragma once
// What a newer platform copy of a converted trade means for its sales order, beyond the warning
// (intake/platformchanges.h, push/pushstore.cpp): a cash-on-delivery order the platform now reports
// paid becomes paid (CRM `orderpay`: PAY_FINISH, pay_time, payed_fee); a shipped order whose trade
// the platform reports finished (TOP / the mall: TRADE_FINISHED) is completed through
// OrderService (CRM TRADE_FINISHED). Each happens once: the order's own state says whether it did.
// Both are recorded as platform changes (kinds 'platform_paid', 'platform_finished'), seen already
// (they need nothing from staff).
#include "domain/types.h"
#include "storage/database.h"

namespace od::PlatformProgress {

struct Applied {
    bool paid = false;
    bool finished = false;
};

// Inside the caller's transaction (its connection on this thread). Call it after recording the
// platform change: its own rows are newer than that check looks for.
Result<Applied> apply(Database &db, int64_t salesOrderId, const Trade &newer);

} // namespace od::PlatformProgress
