#pragma once
// The amount invariant every stored order keeps: goods − discount + freight = paid, for every trade
// and every sales order. An order whose platform amounts do not add up is allowed only when it says
// so: its amount_diff_fen column holds exactly the difference (never a silent "fix", never a stale
// flag). Call it on a test's database after whatever the test did.
#include "storage/database.h"
#include <gtest/gtest.h>

namespace od::test {

struct AmountReport {
    int trades = 0, orders = 0; // rows checked
    int flaggedTrades = 0, flaggedOrders = 0; // rows with a (correctly recorded) difference
};

// Fails (returns a failure naming the rows) when a row's recorded difference is not its real one,
// or when more rows carry a difference than `allowedFlagged` (per table).
::testing::AssertionResult amountsReconcile(Database &db, int allowedFlagged = 0, AmountReport *report = nullptr);

} // namespace od::test
