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

// One row of a 商品对应 import (Excel / CSV, see workflow/skumappingimport.h): what the file says, the
// shop it resolved to, and what became of it. Refused rows keep their reason and stay in the result.
struct SkuImportRow {
    enum class Outcome { Ready, Added, Updated, Unchanged, Refused };
    int sheetRow = 0; // the row number in the file, as Excel shows it
    QString shop, itemId, skuId, skuCode;
    int64_t shopId = 0;
    Outcome outcome = Outcome::Ready;
    QString reason; // translated, why the row was refused
};

struct SkuImportResult {
    int added = 0, updated = 0, unchanged = 0, refused = 0;
    // "2 added, 0 updated, 1 refused (1 duplicate row)"-style line, translated.
    QString summary(const std::vector<SkuImportRow> &rows) const;
};

class SkuMappingService {
public:
    explicit SkuMappingService(Database &db) : m_db(db) { }

    // Sets (or replaces) the goods code of (shop, item, sku); an empty sku maps the whole item.
    Status setMapping(const Session &session, int64_t shopId, const QString &itemId, const QString &skuId, const QString &skuCode);
    // Writes every Ready row of an import in one transaction (right EditSkuMapping, one audit entry per
    // changed mapping, as setMapping); marks each row Added / Updated / Unchanged, or Refused with the
    // reason when the service's own checks refuse it. Rows already Refused are counted and kept.
    Result<SkuImportResult> importMappings(const Session &session, std::vector<SkuImportRow> &rows);
    // The checks setMapping applies to the texts (the import's preview uses them too).
    static Status checkMapping(const QString &itemId, const QString &skuId, const QString &skuCode);
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
