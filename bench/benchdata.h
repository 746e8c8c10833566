#pragma once
#include "benchcommon.h"

namespace bench {
// A cached SQLite database (migrated schema) holding `count` pending trades generated from a fixed seed.
QString ensureTradeDatabase(const Context &ctx, int count);
// The same trades in a PostgreSQL database of the cluster at ORDERDESK_BENCH_PG (a postgresql:// URL
// of a database the bench may CREATE DATABASE from), kept between runs; its spec, or "" when
// ORDERDESK_BENCH_PG is not set or the cluster cannot be reached (*why says so).
QString ensurePgTradeDatabase(const Context &ctx, int count, QString *why);
} // namespace bench
