#pragma once
// 商品对应: enter our goods code for each of a trade's lines that has none yet.
#include "backend.h"
#include <QDialog>

class QTableWidget;
class QLabel;

class SkuMappingDialog : public QDialog {
    Q_OBJECT
public:
    SkuMappingDialog(Backend &backend, int64_t tradeId, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    // The mappings the user entered (lines left empty are skipped).
    std::vector<od::SkuMapping> mappings() const;

signals:
    void loaded();

private:
    void save();
    Backend &m_backend;
    int64_t m_shopId = 0;
    QTableWidget *m_table;
    QLabel *m_message;
};
