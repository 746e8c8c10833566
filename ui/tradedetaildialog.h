#pragma once
// 详细: the whole trade — header, buyer, receiver, amounts, lines with attributes, remarks and the raw
// payload — loaded with TradeRepository::get off the GUI thread.
#include "backend.h"
#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTableWidget;
class QFormLayout;
namespace od::rules {
struct TradeWarnings;
}

class TradeDetailDialog : public QDialog {
    Q_OBJECT
public:
    TradeDetailDialog(Backend &backend, int64_t tradeId, QWidget *parent = nullptr);
    bool isLoaded() const { return m_loaded; }
    QTableWidget *lines() const { return m_lines; }
    QPlainTextEdit *raw() const { return m_raw; }
    QString headerText() const;
    QString amountsText() const;
    // The amount check: empty when the trade's amounts add up, else the warning shown.
    QString checkText() const;
    // The rule's hold, the blacklist and the address check (rules::TradeWarnings); empty when none.
    QString warningsText() const;

signals:
    void loaded();

private:
    void showTrade(const od::Trade &t);
    void showWarnings(const od::rules::TradeWarnings &w);
    QLabel *m_header;
    QLabel *m_buyer;
    QLabel *m_receiver;
    QLabel *m_amounts;
    QLabel *m_check;
    QLabel *m_warnings = nullptr;
    QLabel *m_shipment;
    QLabel *m_remarks;
    QTableWidget *m_lines;
    QPlainTextEdit *m_raw;
    bool m_loaded = false;
};
