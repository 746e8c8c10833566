#pragma once
// 订单: 销售订单 and 退单.
#include "listpage.h"

class PartialRefundDialog;

class SalesOrdersPage : public ListPage {
    Q_OBJECT
public:
    SalesOrdersPage(Backend &backend, QWidget *parent = nullptr);
    PartialRefundDialog *lastPartialRefundDialog() const { return m_partial; }

private:
    void orderBatch(const QString &title, std::function<od::Status(Backend *, int64_t)> fn);
    void ship();
    void partialRefund();
    void timeline();
    void print(bool picking);
    PartialRefundDialog *m_partial = nullptr;
};

class ReturnOrdersPage : public ListPage {
    Q_OBJECT
public:
    ReturnOrdersPage(Backend &backend, QWidget *parent = nullptr);
};
