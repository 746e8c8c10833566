#pragma once
// The main window composes pages: a navigation tree on the left (as in E3), the current page on the
// right, a status bar. It holds no page logic.
#include "backend.h"
#include <QMainWindow>
#include <QMap>

class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QLabel;
class ListPage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Backend &backend, QWidget *parent = nullptr);

    // Navigation keys: "pending_download", "pending_import", "history", "pending_refunds",
    // "sales_orders", "return_orders", "schedules", "crm", "exceptions", "settings", "sku_mappings", "audit".
    QStringList pageKeys() const { return m_order; }
    bool showPage(const QString &key);
    QWidget *page(const QString &key) const { return m_pages.value(key); }
    ListPage *listPage(const QString &key) const;
    void setDatabaseReady(bool ready, const QString &message);
    bool databaseReady() const { return m_ready; }

private:
    void addPage(QTreeWidgetItem *group, const QString &key, const QString &title, QWidget *page);
    Backend &m_backend;
    QTreeWidget *m_nav;
    QStackedWidget *m_stack;
    QLabel *m_dbLabel;
    QLabel *m_userLabel;
    QMap<QString, QWidget *> m_pages;
    QMap<QString, QTreeWidgetItem *> m_items;
    QStringList m_order;
    bool m_ready = false;
};
