#pragma once
// 接口: 待下载订单, 待转入订单, 历史订单, 待转入退单.
#include "listpage.h"

class PendingDownloadPage : public ListPage {
    Q_OBJECT
public:
    PendingDownloadPage(Backend &backend, QWidget *parent = nullptr);
};

class PendingImportPage : public ListPage {
    Q_OBJECT
public:
    PendingImportPage(Backend &backend, QWidget *parent = nullptr);
    // 批量转订单: everything the filter matches, across all pages, after a confirmation naming the
    // count and the filter.
    void convertAllMatching();
    // 转销售单 on the selected trades; more than one is confirmed first, with the count.
    void convertSelected();

private:
    void showDetail();
};

class HistoryPage : public ListPage {
    Q_OBJECT
public:
    HistoryPage(Backend &backend, QWidget *parent = nullptr);
};

class PendingRefundsPage : public ListPage {
    Q_OBJECT
public:
    PendingRefundsPage(Backend &backend, QWidget *parent = nullptr);
    // The refuse dialog of the last 拒绝退款 (tests fill it in).
    class RefuseRefundDialog *lastRefuseDialog() const { return m_refuse; }
    // The dialogs of the last 部分退款 and 查看.
    class PartialRefundDialog *lastPartialRefundDialog() const { return m_partial; }
    class RefundDetailDialog *lastDetail() const { return m_detail; }

private:
    void refuse();
    void view();
    void partialRefund();
    class RefuseRefundDialog *m_refuse = nullptr;
    class PartialRefundDialog *m_partial = nullptr;
    class RefundDetailDialog *m_detail = nullptr;
};

// Shared by the pages: a batch over ids all the filter matches, labelled with a column's values.
QList<struct BatchItem> itemsFromIds(const std::vector<int64_t> &ids);
