#pragma once
#include "storage/database.h"

namespace od::demo {
// Fills a fresh database with demo shops and a first batch of trades, refunds and downloads.
Status seed(Database &db);
} // namespace od::demo
