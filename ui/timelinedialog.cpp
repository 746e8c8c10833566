#include "timelinedialog.h"

#include "dialogparts.h"
#include "onworker.h"
#include "statelabels.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

using Entries = od::Result<std::vector<od::AuditEntry>>;

TimelineDialog::TimelineDialog(Backend &backend, int64_t orderId, const QString &orderNo, QWidget *parent) : QDialog(parent), m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Timeline of order %1").arg(orderNo));
    resize(820, 420);
    auto *layout = new QVBoxLayout(this);
    m_tree->setHeaderLabels({tr("Time"), tr("User"), tr("Action"), tr("Detail"), tr("Before"), tr("After")});
    m_tree->setRootIsDecorated(false);
    m_tree->header()->resizeSection(0, 140);
    m_tree->header()->resizeSection(3, 220);
    layout->addWidget(m_tree, 1);
    ui::addClose(this, layout);
    Backend *b = &backend;
    ui::onWorker<Entries>(
        this, [b, orderId] { return b->orderTimeline(orderId); },
        [this](const Entries &r) {
            if (!r.ok()) {
                new QTreeWidgetItem(m_tree, {QString(), QString(), QString(), r.error().message});
            } else {
                for (const od::AuditEntry &e : r.value()) {
                    auto *item = new QTreeWidgetItem(m_tree, {e.at, e.user, ui::auditActionLabel(e.action), e.detail, e.before, e.after});
                    item->setData(2, Qt::UserRole, e.action);
                    item->setToolTip(3, e.detail);
                }
            }
            emit loaded();
        });
}
