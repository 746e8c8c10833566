#pragma once
// The main window composes pages: a navigation tree on the left (as in E3), the current page on the
// right. It holds no page logic.
#include "storage/database.h"
#include <QMainWindow>
#include <QMap>

class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QLabel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(od::Database &db, QWidget *parent = nullptr);

    // Navigation keys: "pending_download", "pending_import", "history", "pending_refunds",
    // "sales_orders", "return_orders", "schedules", "crm", "exceptions", "settings".
    QStringList pageKeys() const { return m_order; }
    bool showPage(const QString &key);
    QWidget *page(const QString &key) const { return m_pages.value(key); }
    void setDatabaseReady(bool ready, const QString &message);

private:
    void addPage(QTreeWidgetItem *group, const QString &key, const QString &title, QWidget *page);
    od::Database &m_db;
    QTreeWidget *m_nav;
    QStackedWidget *m_stack;
    QLabel *m_dbLabel;
    QMap<QString, QWidget *> m_pages;
    QMap<QString, QTreeWidgetItem *> m_items;
    QStringList m_order;
};
