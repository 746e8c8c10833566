#pragma once
// 详细 of a sales order: header with its states, buyer, receiver, amounts, shipment, remarks, the goods
// lines (with attributes, cancelled and refunded amounts) and the platform's raw payload of its trade,
// loaded with Backend::order / Backend::trade off the GUI thread.
#include "backend.h"
#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

class OrderDetailDialog : public QDialog {
    Q_OBJECT
public:
    OrderDetailDialog(Backend &backend, int64_t orderId, QWidget *parent = nullptr);
    bool isLoaded() const { return m_loaded; }
    QString headerText() const;
    QString amountsText() const;
    QTableWidget *lines() const { return m_lines; }
    QPlainTextEdit *raw() const { return m_raw; }

signals:
    void loaded();

private:
    struct Data;
    void display(const Data &d);
    QLabel *m_header;
    QLabel *m_buyer;
    QLabel *m_receiver;
    QLabel *m_amounts;
    QLabel *m_shipment;
    QLabel *m_remarks;
    QTableWidget *m_lines;
    QPlainTextEdit *m_raw;
    bool m_loaded = false;
};
