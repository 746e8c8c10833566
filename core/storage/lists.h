#pragma once
// Every list in product.md, described once: what it selects, which columns it shows, which can be
// sorted, and how it is filtered. The UI builds its models from these, the repositories page them.
#include <QString>
#include <QStringList>
#include <QVariant>
#include <vector>

namespace od {

enum class ListId {
    PendingDownload, // 待下载订单
    PendingImport, // 待转入订单
    History, // 历史订单
    PendingRefunds, // 待转入退单
    SalesOrders, // 销售订单
    ReturnOrders, // 退单
    Exceptions, // 异常 (refused pushes)
    ScheduleRuns, // 计划任务 runs
    CrmOutbox, // CRM 同步
    Audit, // audit trail
    SkuMappings // 商品对应
};

enum class ColumnType { Text, Integer, Money, Time, Flag, State };

struct ColumnSpec {
    QString key; // stable key, used for settings and sorting requests
    QString sql; // expression in the list's FROM clause
    ColumnType type = ColumnType::Text;
    const char *label; // untranslated; translate with QCoreApplication::translate("Lists", label)
    bool sortable = true;
    int width = 100; // default width in pixels at 96 dpi
};

struct ListSpec {
    ListId id;
    QString from; // "trades t JOIN shops s ON s.id = t.shop_id"
    QString countFrom; // the same rows without display-only joins, for COUNT (empty: `from`)
    QString baseWhere; // always applied, may be empty
    QString idColumn; // unique integer key, tiebreaker of every sort
    QString shopColumn; // for the shop filter, may be empty
    QString statusColumn;
    QString timeColumn; // for the time range filter
    QString searchTable; // table with search_text (and, on SQLite, <table>_fts); empty: no search
    QString searchAlias; // alias of that table in `from`
    std::vector<ColumnSpec> columns;
    QString defaultSort;
    bool defaultDescending = true;

    int columnIndex(const QString &key) const;
    const ColumnSpec *column(const QString &key) const;
};

const ListSpec &listSpec(ListId id);
// The column of 挂起原因 set by a conversion rule (the "held only" filter); empty for lists without one.
QString holdColumn(const ListSpec &spec);
// Every list, in ListId order.
const std::vector<ListId> &allLists();
// The tables a list reads (the ones its `from` names): a change to any of them refreshes it.
QStringList listTables(ListId id);
// A column holding a buyer's mobile number: lists show it masked, exports and details follow
// Right::ViewBuyerContact.
inline bool isBuyerContact(const ColumnSpec &c) { return c.key.endsWith(QLatin1String("mobile")); }
QString listTitle(ListId id); // translated page title

} // namespace od
