#pragma once
// The filter row above every list: shop, status (translated labels of the list's states), a time
// range with a "last N days" quick choice, and the debounced search box. Emits one filter.
#include "storage/listrepository.h"
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QCheckBox;
class QLineEdit;
class QTimer;

class FilterBar : public QWidget {
    Q_OBJECT
public:
    FilterBar(od::Database &db, od::ListId list, QWidget *parent = nullptr);
    od::ListFilter filter() const;
    // The filter in words, as staff see it in the bar ("店铺：淘宝旗舰店，状态：已付款，待发货"), for
    // confirmations of whole-list actions; says so when nothing narrows the list.
    QString describe(const od::ListFilter &filter) const;
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *shopBox() const { return m_shop; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *rangeBox() const { return m_range; }
    QCheckBox *heldBox() const { return m_held; }
    // Fills the shop combo from ShopRepository in a worker.
    void loadShops();

signals:
    void filterChanged(const od::ListFilter &filter);

private:
    void changed();
    void emitNow();
    od::Database &m_db;
    const od::ListSpec &m_spec;
    QComboBox *m_shop = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_range = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_held = nullptr;
    QTimer *m_debounce;
};
