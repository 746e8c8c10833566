#pragma once
// Which of a list's actions are enabled for the selected rows, and why not. A pure function of the
// list, the selected rows' state values and the user's role: no widgets, tested as a table. The core
// checks every action again when it runs.
#include "domain/states.h"
#include "storage/lists.h"
#include <QHash>
#include <QString>
#include <QVariant>
#include <vector>

namespace ui {

enum class ActionId {
    // 待下载订单
    Download,
    DownloadAll,
    RemoveDownload,
    // 待转入订单: Convert / RemoveTrade / MarkProcessed act on the selection; BatchConvert (批量转订单),
    // RemoveAllMatching and MarkAllProcessed on everything the filter matches, as in the E3 manual.
    Detail,
    Convert,
    BatchConvert,
    RemoveTrade,
    MarkProcessed,
    RemoveAllMatching,
    MarkAllProcessed,
    EditSkuMapping,
    // 取消挂起: staff take back a trade a conversion rule held for review
    ReleaseRuleHold,
    // 待转入退单: likewise ConvertRefund / MarkRefundProcessed on the selection, BatchConvertRefund
    // (批量转退单) and MarkAllRefundsProcessed on the whole list; PartialRefund as on 销售订单.
    ViewRefund,
    ConvertRefund,
    BatchConvertRefund,
    RefuseRefund,
    MarkRefundProcessed,
    MarkAllRefundsProcessed,
    // 销售订单
    Confirm,
    Hold,
    Release,
    Ship,
    Cancel,
    PartialRefund,
    Timeline,
    PrintPicking,
    PrintDelivery,
    // 退单
    ReceiveReturn,
    // 同步
    RunNow,
    RetryCrm,
    ViewBody,
    // 下载 on demand (待下载订单, 计划任务) and the requests sent to the gateway (计划任务)
    DownloadQuery,
    GatewayRequests,
    // 商品对应 (ImportSkuMappings: from an Excel / CSV file)
    AddSkuMapping,
    EditSkuMappingRow,
    RemoveSkuMapping,
    ImportSkuMappings,
    // every list
    Refresh,
    Export
};

// A selected row: its values by column key (raw stored values, e.g. status = "unconfirmed").
using RowState = QHash<QString, QVariant>;

struct Verdict {
    bool enabled = false;
    QString reason; // translated; why it is disabled (empty when enabled)
    explicit operator bool() const { return enabled; }
};

// `rows` are the selected rows. Single-record actions want exactly one row; batch actions are
// enabled when at least one selected row allows them (the others fail with their reason in the
// batch result list).
Verdict actionVerdict(od::ListId list, ActionId action, const std::vector<RowState> &rows, od::Role role);

// The right an action needs (View for read-only ones).
od::Right rightFor(ActionId action);
// True when the action works on one record only.
bool isSingleRecord(ActionId action);

} // namespace ui
