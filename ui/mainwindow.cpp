#include "mainwindow.h"

#include "skumappingspage.h"

#include "interfacepages.h"
#include "orderpages.h"
#include "rulespage.h"
#include "settingspage.h"
#include "syncpages.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>

MainWindow::MainWindow(Backend &backend, QWidget *parent)
    : QMainWindow(parent), m_backend(backend), m_nav(new QTreeWidget(this)), m_stack(new QStackedWidget(this)), m_dbLabel(new QLabel(this)),
      m_userLabel(new QLabel(this))
{
    setWindowTitle(tr("OrderDesk"));
    resize(1400, 860);
    m_nav->setHeaderHidden(true);
    m_nav->setMinimumWidth(150);
    m_nav->setMaximumWidth(260);

    auto *iface = new QTreeWidgetItem(m_nav, {tr("Interface")});
    addPage(iface, QStringLiteral("pending_download"), od::listTitle(od::ListId::PendingDownload), new PendingDownloadPage(backend));
    addPage(iface, QStringLiteral("pending_import"), od::listTitle(od::ListId::PendingImport), new PendingImportPage(backend));
    addPage(iface, QStringLiteral("history"), od::listTitle(od::ListId::History), new HistoryPage(backend));
    addPage(iface, QStringLiteral("pending_refunds"), od::listTitle(od::ListId::PendingRefunds), new PendingRefundsPage(backend));
    auto *orders = new QTreeWidgetItem(m_nav, {tr("Orders")});
    addPage(orders, QStringLiteral("sales_orders"), od::listTitle(od::ListId::SalesOrders), new SalesOrdersPage(backend));
    addPage(orders, QStringLiteral("return_orders"), od::listTitle(od::ListId::ReturnOrders), new ReturnOrdersPage(backend));
    auto *sync = new QTreeWidgetItem(m_nav, {tr("Sync")});
    addPage(sync, QStringLiteral("schedules"), od::listTitle(od::ListId::ScheduleRuns), new SchedulesPage(backend));
    addPage(sync, QStringLiteral("crm"), od::listTitle(od::ListId::CrmOutbox), new CrmPage(backend));
    addPage(sync, QStringLiteral("exceptions"), od::listTitle(od::ListId::Exceptions), new ExceptionsPage(backend));
    auto *settings = new QTreeWidgetItem(m_nav, {tr("Settings")});
    addPage(settings, QStringLiteral("settings"), tr("System settings"), new SettingsPage(backend));
    addPage(settings, QStringLiteral("sku_mappings"), od::listTitle(od::ListId::SkuMappings), new SkuMappingsPage(backend));
    addPage(settings, QStringLiteral("rules"), tr("Conversion rules"), new RulesPage(backend));
    addPage(settings, QStringLiteral("audit"), od::listTitle(od::ListId::Audit), new ListPage(backend, od::ListId::Audit, QStringLiteral("audit")));
    m_nav->expandAll();

    auto *split = new QSplitter(this);
    split->addWidget(m_nav);
    split->addWidget(m_stack);
    split->setStretchFactor(1, 1);
    split->setSizes({170, 1230});
    setCentralWidget(split);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_dbLabel);
    m_dbLabel->setText(tr("Opening %1…").arg(backend.db().config().describe()));
    const Session &s = backend.session();
    m_userLabel->setText(tr("User: %1 (%2)").arg(s.displayName.isEmpty() ? s.login : s.displayName, od::label(s.role)));

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
    if (auto *lp = qobject_cast<ListPage *>(page))
        connect(lp, &ListPage::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
}

ListPage *MainWindow::listPage(const QString &key) const { return qobject_cast<ListPage *>(m_pages.value(key)); }

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
    m_ready = ready;
    if (!ready)
        return;
    for (QWidget *p : std::as_const(m_pages)) {
        if (auto *lp = qobject_cast<ListPage *>(p))
            lp->refresh();
        else if (auto *sp = qobject_cast<SettingsPage *>(p))
            sp->reload();
    }
}
