#pragma once
// 商品对应: platform item / sku → our goods code.
// Lookup for a trade line: the explicit mapping (shop, item, sku) first, then (shop, item, ''), then
// the line's merchant code (outer_sku_id, filled by the intake from outer_sku_id / goods_no /
// goods_attr.no), which is then recorded as an 'auto' mapping. Staff can edit any mapping.
#include "auth/session.h"
#include "domain/types.h"
#include "storage/database.h"
#include <optional>
#include <vector>

namespace od {

class SkuMappingService {
public:
    explicit SkuMappingService(Database &db) : m_db(db) {}

    // Sets (or replaces) the goods code of (shop, item, sku); an empty sku maps the whole item.
    Status setMapping(const Session &session, int64_t shopId, const QString &itemId, const QString &skuId, const QString &skuCode);
    Status removeMapping(const Session &session, int64_t shopId, const QString &itemId, const QString &skuId);
    Result<std::vector<SkuMapping>> mappings(int64_t shopId);
    // One mapping by its row id (the 商品对应 list's rows); none when it is gone.
    Result<std::optional<SkuMapping>> byId(int64_t mappingId);

    // The goods code of a line, or nothing. Runs on this thread's connection, inside the caller's
    // transaction if one is open; records a merchant-code mapping as 'auto'.
    Result<std::optional<QString>> lookup(int64_t shopId, const TradeLine &line);
    // The same for every line of a trade with one query (the conversion's hot path).
    Result<std::vector<std::optional<QString>>> lookupAll(int64_t shopId, const std::vector<TradeLine> &lines);
    // Records 'auto' mappings from the merchant codes of the lines of these trades where none exists
    // (in key order, so concurrent fills never deadlock). Returns how many were added.
    Result<int> autoFill(const std::vector<int64_t> &tradeIds);

private:
    Database &m_db;
};

} // namespace od
