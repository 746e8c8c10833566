#pragma once
// 商品对应 import from Excel / CSV: the header row names the columns (Chinese or English words, also
// the 商品对应 page's own export), each following row becomes an SkuImportRow, checked before anything
// is written: empty item or goods code, unknown shop, texts the service refuses, a key repeated in the
// file. SkuMappingService::importMappings then writes the rows that passed.
#include "domain/types.h"
#include "io/tablereader.h"
#include "workflow/skumapping.h"
#include <vector>

namespace od {

struct SkuImportPlan {
    std::vector<SkuImportRow> rows;
    int headerRow = 0;
    bool hasShopColumn = false;
};

// Finds the header (the first of the first ten rows naming an item and a goods-code column) and reads
// the rows under it. `defaultShopId` is used for rows without a shop (0: such rows are refused).
// An error only when no header is found.
Result<SkuImportPlan> planSkuImport(const io::Table &table, const std::vector<Shop> &shops, int64_t defaultShopId);
// Checks (again) every row not yet written: after the default shop changed, for example.
void checkSkuImport(SkuImportPlan &plan, const std::vector<Shop> &shops, int64_t defaultShopId);
// The header words the import knows, per column, for the help text ("平台商品ID, 平台SKU ID, …").
QString skuImportColumnsHelp();

} // namespace od
