#include "workflow/skumappingimport.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <map>
#include <tuple>

namespace od {
namespace {

enum Col { ShopCol, ItemCol, SkuCol, CodeCol, ColCount };

// A header word without case, spaces, underscores, hyphens, brackets or colons: "SKU ID" = "sku_id".
QString norm(const QString &s)
{
    QString out;
    for (QChar c : s.trimmed().toCaseFolded()) {
        if (c.isSpace() || QStringView(u"_-()（）:：.#*").contains(c))
            continue;
        out += c;
    }
    return out;
}

// The words a header may use for each column: E3's and the platforms' usual names, English and
// Chinese, and the 商品对应 list's own column titles in the current language (its export).
const std::vector<QStringList> &headerWords()
{
    static const std::vector<QStringList> words = {
        {QStringLiteral("店铺"), QStringLiteral("店铺名称"), QStringLiteral("店铺名"), QStringLiteral("店铺编码"), QStringLiteral("店铺代码"),
         QStringLiteral("shop"), QStringLiteral("shop name"), QStringLiteral("shop code"), QStringLiteral("store")},
        {QStringLiteral("平台商品ID"), QStringLiteral("平台商品"), QStringLiteral("平台商品编码"), QStringLiteral("平台商品编号"), QStringLiteral("商品ID"),
         QStringLiteral("宝贝ID"), QStringLiteral("平台宝贝ID"), QStringLiteral("num_iid"), QStringLiteral("item id"), QStringLiteral("platform item"),
         QStringLiteral("platform item id"), QStringLiteral("platform_item_id")},
        {QStringLiteral("平台SKU ID"), QStringLiteral("平台SKU"), QStringLiteral("平台SKU编码"), QStringLiteral("平台规格ID"), QStringLiteral("SKU ID"),
         QStringLiteral("规格ID"), QStringLiteral("sku_id"), QStringLiteral("platform sku"), QStringLiteral("platform sku id"),
         QStringLiteral("platform_sku_id")},
        {QStringLiteral("商品编码"), QStringLiteral("商家编码"), QStringLiteral("我方商品编码"), QStringLiteral("商品代码"), QStringLiteral("货号"),
         QStringLiteral("商家SKU编码"), QStringLiteral("outer id"), QStringLiteral("outer_id"), QStringLiteral("outer_sku_id"), QStringLiteral("goods code"),
         QStringLiteral("sku_code"), QStringLiteral("sku code")},
    };
    return words;
}

int columnOf(const QString &header)
{
    const QString h = norm(header);
    if (h.isEmpty())
        return -1;
    // The list's own titles (translated: the export writes them in the user's language).
    static const char *const listLabels[ColCount] = {"Shop", "Platform item", "Platform SKU", "Goods code"};
    for (int c = 0; c < ColCount; ++c) {
        if (h == norm(QCoreApplication::translate("Lists", listLabels[c])))
            return c;
        for (const QString &w : headerWords()[size_t(c)])
            if (h == norm(w))
                return c;
    }
    return -1;
}

const Shop *findShop(const std::vector<Shop> &shops, const QString &text)
{
    const QString t = text.trimmed();
    for (const Shop &s : shops)
        if (s.name == t)
            return &s;
    for (const Shop &s : shops)
        if (s.code.compare(t, Qt::CaseInsensitive) == 0 || s.name.compare(t, Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

} // namespace

Result<SkuImportPlan> planSkuImport(const io::Table &table, const std::vector<Shop> &shops, int64_t defaultShopId)
{
    SkuImportPlan plan;
    int cols[ColCount] = {-1, -1, -1, -1};
    size_t header = 0;
    bool found = false;
    for (; header < table.rows.size() && header < 10 && !found; ++header) {
        std::fill(std::begin(cols), std::end(cols), -1);
        const QStringList &cells = table.rows[header].cells;
        for (int i = 0; i < cells.size(); ++i)
            if (int c = columnOf(cells[i]); c >= 0 && cols[c] < 0)
                cols[c] = i;
        found = cols[ItemCol] >= 0 && cols[CodeCol] >= 0;
        if (found)
            plan.headerRow = table.rows[header].number;
    }
    if (!found)
        return Error(QStringLiteral("mapping.import.header"),
                     QCoreApplication::translate("SkuMappingImport", "The file has no header row naming the columns. The first row should name them: %1.")
                         .arg(skuImportColumnsHelp()));
    plan.hasShopColumn = cols[ShopCol] >= 0;
    for (size_t r = header; r < table.rows.size(); ++r) {
        const io::TableRow &line = table.rows[r];
        auto cell = [&](int c) { return cols[c] >= 0 ? line.cells.value(cols[c]).trimmed() : QString(); };
        SkuImportRow row;
        row.sheetRow = line.number;
        row.shop = cell(ShopCol);
        row.itemId = cell(ItemCol);
        row.skuId = cell(SkuCol);
        row.skuCode = cell(CodeCol);
        if (row.shop.isEmpty() && row.itemId.isEmpty() && row.skuId.isEmpty() && row.skuCode.isEmpty())
            continue; // a row with cells only in other columns (notes, totals): not a mapping
        plan.rows.push_back(row);
    }
    checkSkuImport(plan, shops, defaultShopId);
    return plan;
}

void checkSkuImport(SkuImportPlan &plan, const std::vector<Shop> &shops, int64_t defaultShopId)
{
    using O = SkuImportRow::Outcome;
    const Shop *fallback = nullptr;
    for (const Shop &s : shops)
        if (s.id == defaultShopId)
            fallback = &s;
    std::map<std::tuple<int64_t, QString, QString>, int> seen;
    for (SkuImportRow &row : plan.rows) {
        if (row.outcome != O::Ready && row.outcome != O::Refused)
            continue; // written already
        row.outcome = O::Refused;
        row.shopId = 0;
        const Shop *shop = row.shop.isEmpty() ? fallback : findShop(shops, row.shop);
        if (row.itemId.isEmpty())
            row.reason = QCoreApplication::translate("SkuMappingImport", "No platform item ID.");
        else if (row.skuCode.isEmpty())
            row.reason = QCoreApplication::translate("SkuMappingImport", "No goods code.");
        else if (!shop && !row.shop.isEmpty())
            row.reason = QCoreApplication::translate("SkuMappingImport", "Unknown shop “%1”.").arg(row.shop);
        else if (!shop)
            row.reason = QCoreApplication::translate("SkuMappingImport", "No shop: add a shop column or choose the shop for rows without one.");
        else if (Status st = SkuMappingService::checkMapping(row.itemId, row.skuId, row.skuCode); !st.ok())
            row.reason = st.error().message;
        else if (auto [it, fresh] = seen.emplace(std::tuple{shop->id, row.itemId, row.skuId}, row.sheetRow); !fresh)
            row.reason = QCoreApplication::translate("SkuMappingImport", "Duplicate: row %1 maps the same item and SKU.").arg(it->second);
        else {
            row.outcome = O::Ready;
            row.reason.clear();
        }
        if (shop)
            row.shopId = shop->id;
    }
}

QString skuImportColumnsHelp()
{
    return QCoreApplication::translate(
        "SkuMappingImport", "店铺 (shop, optional), 平台商品ID (platform item ID), 平台SKU ID (optional), 商品编码 (our goods code, also 商家编码 / outer id)");
}

QString SkuImportResult::summary(const std::vector<SkuImportRow> &rows) const
{
    QString text =
        QCoreApplication::translate("SkuMappingImport", "%1 added, %2 updated, %3 unchanged, %4 refused").arg(added).arg(updated).arg(unchanged).arg(refused);
    if (refused == 0)
        return text;
    // The reasons, most frequent first, with their counts ("Duplicate…" by their kind, not their row).
    QHash<QString, int> kinds;
    for (const SkuImportRow &r : rows) {
        if (r.outcome != SkuImportRow::Outcome::Refused)
            continue;
        QString kind = r.reason;
        qsizetype colon = kind.indexOf(QLatin1Char(':'));
        if (colon < 0)
            colon = kind.indexOf(QChar(0xFF1A)); // full-width colon of the Chinese texts
        if (colon > 0)
            kind = kind.left(colon);
        else if (const qsizetype quote = kind.indexOf(QStringLiteral("“")); quote > 0)
            kind = kind.left(quote).trimmed();
        ++kinds[kind];
    }
    std::vector<std::pair<int, QString>> order;
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        order.push_back({-it.value(), it.key()});
    std::sort(order.begin(), order.end());
    QStringList parts;
    for (const auto &[n, kind] : order)
        parts << QStringLiteral("%1 × %2").arg(-n).arg(kind);
    return QCoreApplication::translate("SkuMappingImport", "%1 (%2)").arg(text, parts.join(QStringLiteral("; ")));
}

} // namespace od
