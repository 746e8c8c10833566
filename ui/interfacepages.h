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
    // Everything the filter matches: asks for the count, confirms, then runs the batch.
    void convertAllMatching();
    // Tests answer the confirmation themselves.
    std::function<bool(qint64 count)> confirmAll;
    // 转销售单 on the selected trades; more than one is confirmed first, with the count.
    void convertSelected();
    // The open confirmation of a conversion (window-modal, answered asynchronously), if any.
    class QMessageBox *pendingConfirmation() const { return m_confirm; }

private:
    void showDetail();
    void confirm(const QString &title, const QString &text, std::function<void()> then);
    class QMessageBox *m_confirm = nullptr;
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

private:
    void refuse();
    void view();
    class RefuseRefundDialog *m_refuse = nullptr;
};

// Shared by the pages: a batch over ids all the filter matches, labelled with a column's values.
QList<struct BatchItem> itemsFromIds(const std::vector<int64_t> &ids);
