#pragma once
// 查看 on 待转入退单: the refund request (amount, reason, goods status, phase, version, platform status
// and what was done to it), the original trade with its lines — the refunded line marked — and the
// sales order with its state if the trade was converted. Loaded off the GUI thread.
#include "backend.h"
#include <QDialog>

class QLabel;
class QTableWidget;
class QTreeWidget;

class RefundDetailDialog : public QDialog {
    Q_OBJECT
public:
    RefundDetailDialog(Backend &backend, int64_t pendingRefundId, QWidget *parent = nullptr);
    bool isLoaded() const { return m_loaded; }
    QString refundText() const;
    QString tradeText() const;
    QString orderText() const;
    QTableWidget *lines() const { return m_lines; }
    QTreeWidget *history() const { return m_history; }
    // The row of the refunded line in lines(), -1 when the refund names none or it is not found.
    int refundedLineRow() const { return m_refundedRow; }

signals:
    void loaded();

private:
    void showDetail(const RefundDetail &d);
    QLabel *m_refund;
    QLabel *m_trade;
    QLabel *m_order;
    QTableWidget *m_lines;
    QTreeWidget *m_history;
    int m_refundedRow = -1;
    bool m_loaded = false;
};
