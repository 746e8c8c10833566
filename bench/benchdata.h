#pragma once
#include "benchcommon.h"

namespace bench {
// A cached SQLite database (migrated schema) holding `count` pending trades generated from a fixed seed.
QString ensureTradeDatabase(const Context &ctx, int count);
} // namespace bench
