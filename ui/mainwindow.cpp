#include "mainwindow.h"

#include "listpage.h"
#include "settingspage.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>

MainWindow::MainWindow(od::Database &db, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_nav(new QTreeWidget(this)), m_stack(new QStackedWidget(this)),
      m_dbLabel(new QLabel(this))
{
    setWindowTitle(tr("OrderDesk"));
    resize(1400, 860);
    m_nav->setHeaderHidden(true);
    m_nav->setMinimumWidth(170);
    m_nav->setMaximumWidth(260);

    auto *iface = new QTreeWidgetItem(m_nav, {tr("Interface")});
    addPage(iface, QStringLiteral("pending_download"), od::listTitle(od::ListId::PendingDownload), new ListPage(db, od::ListId::PendingDownload));
    addPage(iface, QStringLiteral("pending_import"), od::listTitle(od::ListId::PendingImport), new ListPage(db, od::ListId::PendingImport));
    addPage(iface, QStringLiteral("history"), od::listTitle(od::ListId::History), new ListPage(db, od::ListId::History));
    addPage(iface, QStringLiteral("pending_refunds"), od::listTitle(od::ListId::PendingRefunds), new ListPage(db, od::ListId::PendingRefunds));
    auto *orders = new QTreeWidgetItem(m_nav, {tr("Orders")});
    addPage(orders, QStringLiteral("sales_orders"), od::listTitle(od::ListId::SalesOrders), new ListPage(db, od::ListId::SalesOrders));
    addPage(orders, QStringLiteral("return_orders"), od::listTitle(od::ListId::ReturnOrders), new ListPage(db, od::ListId::ReturnOrders));
    auto *sync = new QTreeWidgetItem(m_nav, {tr("Sync")});
    addPage(sync, QStringLiteral("schedules"), od::listTitle(od::ListId::ScheduleRuns), new ListPage(db, od::ListId::ScheduleRuns));
    addPage(sync, QStringLiteral("crm"), od::listTitle(od::ListId::CrmOutbox), new ListPage(db, od::ListId::CrmOutbox));
    addPage(sync, QStringLiteral("exceptions"), od::listTitle(od::ListId::Exceptions), new ListPage(db, od::ListId::Exceptions));
    auto *settings = new QTreeWidgetItem(m_nav, {tr("Settings")});
    addPage(settings, QStringLiteral("settings"), tr("Settings"), new SettingsPage(db));
    addPage(settings, QStringLiteral("sku_mappings"), od::listTitle(od::ListId::SkuMappings), new ListPage(db, od::ListId::SkuMappings));
    addPage(settings, QStringLiteral("audit"), od::listTitle(od::ListId::Audit), new ListPage(db, od::ListId::Audit));
    m_nav->expandAll();

    auto *split = new QSplitter(this);
    split->addWidget(m_nav);
    split->addWidget(m_stack);
    split->setStretchFactor(1, 1);
    split->setSizes({190, 1200});
    setCentralWidget(split);
    statusBar()->addPermanentWidget(m_dbLabel);
    m_dbLabel->setText(tr("Opening %1…").arg(db.config().describe()));

    connect(m_nav, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        const QString key = item->data(0, Qt::UserRole).toString();
        if (QWidget *p = m_pages.value(key))
            m_stack->setCurrentWidget(p);
    });
    showPage(QStringLiteral("pending_import"));
}

void MainWindow::addPage(QTreeWidgetItem *group, const QString &key, const QString &title, QWidget *page)
{
    auto *item = new QTreeWidgetItem(group, {title});
    item->setData(0, Qt::UserRole, key);
    m_stack->addWidget(page);
    m_pages.insert(key, page);
    m_items.insert(key, item);
    m_order << key;
}

bool MainWindow::showPage(const QString &key)
{
    QTreeWidgetItem *item = m_items.value(key);
    if (!item)
        return false;
    m_nav->setCurrentItem(item);
    m_stack->setCurrentWidget(m_pages.value(key));
    return true;
}

void MainWindow::setDatabaseReady(bool ready, const QString &message)
{
    m_dbLabel->setText(message);
    if (!ready)
        return;
    for (QWidget *p : std::as_const(m_pages))
        if (auto *lp = qobject_cast<ListPage *>(p))
            lp->refresh();
}
