#pragma once
// A page showing one list: a search box (debounced), a shop/status filter row, the table, and a
// status line with the total and selected counts. Subclasses add their actions.
#include "listmodel.h"
#include <QWidget>

class QLineEdit;
class QLabel;
class QTableView;
class QTimer;

class ListPage : public QWidget {
    Q_OBJECT
public:
    ListPage(od::Database &db, od::ListId list, QWidget *parent = nullptr);
    ListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    od::ListId listId() const { return m_list; }
    QList<int64_t> selectedIds() const;
    QString title() const;

public slots:
    void refresh();

private:
    void updateStatus();
    od::ListId m_list;
    ListModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QLabel *m_status;
    QTimer *m_debounce;
};
