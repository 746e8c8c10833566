#include "orderpages.h"

#include "batchdialog.h"
#include "orderdetaildialog.h"
#include "printing.h"
#include "refunddialogs.h"
#include "shipdialog.h"
#include "timelinedialog.h"

#include <QFutureWatcher>
#include <QMessageBox>
#include <QtConcurrent>

SalesOrdersPage::SalesOrdersPage(Backend &b, QWidget *parent) : ListPage(b, od::ListId::SalesOrders, QStringLiteral("sales_orders"), parent)
{
    using A = ui::ActionId;
    addListAction(A::Detail, tr("Details"), {}, [this] {
        const QList<int64_t> ids = selectedIds();
        if (ids.size() != 1)
            return;
        auto *dlg = new OrderDetailDialog(m_backend, ids.first(), this);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        dlg->show();
    });
    addListAction(A::Confirm, tr("Confirm"), QKeySequence(tr("Ctrl+K")),
                  [this] { orderBatch(tr("Confirm"), [](Backend *b, int64_t id) { return b->confirmOrder(id); }); });
    addListAction(A::Hold, tr("Hold"), QKeySequence(tr("Ctrl+H")), [this] { orderBatch(tr("Hold"), [](Backend *b, int64_t id) { return b->holdOrder(id); }); });
    addListAction(A::Release, tr("Release"), QKeySequence(tr("Ctrl+Shift+H")),
                  [this] { orderBatch(tr("Release"), [](Backend *b, int64_t id) { return b->releaseOrder(id); }); });
    addListAction(A::Ship, tr("Ship…"), QKeySequence(tr("Ctrl+S")), [this] { ship(); });
    addListAction(A::Cancel, tr("Cancel order"), {}, [this] {
        const int n = int(selectedIds().size());
        if (QMessageBox::question(this, tr("Cancel order"), tr("Cancel %1 selected orders? This cannot be undone.").arg(n)) != QMessageBox::Yes)
            return;
        orderBatch(tr("Cancel order"), [](Backend *b, int64_t id) { return b->cancelOrder(id); });
    });
    addListAction(A::PartialRefund, tr("Partial refund…"), {}, [this] { partialRefund(); });
    addListAction(A::Timeline, tr("Timeline"), QKeySequence(tr("Ctrl+L")), [this] { timeline(); });
    addListAction(A::PrintPicking, tr("Print picking list"), QKeySequence(tr("Ctrl+P")), [this] { print(true); });
    addListAction(A::PrintDelivery, tr("Print delivery note"), QKeySequence(tr("Ctrl+Shift+P")), [this] { print(false); });
    setDefaultAction(A::Detail);
}

void SalesOrdersPage::orderBatch(const QString &title, std::function<od::Status(Backend *, int64_t)> fn)
{
    runBatch(title, selectedItems(QStringLiteral("order_no")), BackgroundBatch::perItem([b = &m_backend, fn](int64_t id) { return fn(b, id); }));
}

void SalesOrdersPage::ship()
{
    const QList<int64_t> ids = selectedIds();
    if (ids.size() != 1)
        return;
    const int64_t id = ids.first();
    auto *dlg = new ShipDialog(valueOf(id, QStringLiteral("order_no")), this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this, dlg, id] {
        const QString company = dlg->company(), tracking = dlg->trackingNo();
        runOne([b = &m_backend, id, company, tracking] { return b->shipOrder(id, company, tracking); }, tr("Order shipped."));
    });
    dlg->open();
}

void SalesOrdersPage::partialRefund()
{
    const QList<int64_t> ids = selectedIds();
    if (ids.size() != 1)
        return;
    const int64_t id = ids.first();
    const int row = model()->rowOfId(id);
    const od::Money paid = od::Money::fromFen(model()->rawValue(row, model()->spec().columnIndex(QStringLiteral("paid_fen"))).toLongLong());
    const od::Money refunded = od::Money::fromFen(model()->rawValue(row, model()->spec().columnIndex(QStringLiteral("refunded_fen"))).toLongLong());
    auto *dlg = new PartialRefundDialog(valueOf(id, QStringLiteral("order_no")), paid, refunded, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    m_partial = dlg;
    connect(dlg, &QObject::destroyed, this, [this, dlg] {
        if (m_partial == dlg)
            m_partial = nullptr;
    });
    connect(dlg, &QDialog::accepted, this, [this, dlg, id] {
        const od::Money amount = dlg->amount();
        const QString reason = dlg->reason();
        runOne([b = &m_backend, id, amount, reason] { return b->partialRefund(id, amount, reason); }, tr("Refund recorded."));
    });
    dlg->open();
}

void SalesOrdersPage::timeline()
{
    const QList<int64_t> ids = selectedIds();
    if (ids.size() != 1)
        return;
    auto *dlg = new TimelineDialog(m_backend, ids.first(), valueOf(ids.first(), QStringLiteral("order_no")), this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->show();
}

void SalesOrdersPage::print(bool picking)
{
    const QList<int64_t> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QString shop = valueOf(ids.first(), QStringLiteral("shop"));
    using Orders = od::Result<std::vector<od::SalesOrder>>;
    auto *w = new QFutureWatcher<Orders>(this);
    connect(w, &QFutureWatcher<Orders>::finished, this, [this, w, picking, shop] {
        w->deleteLater();
        const Orders r = w->result();
        if (!r.ok()) {
            QMessageBox::warning(this, title(), r.error().message);
            return;
        }
        if (picking)
            printPreview(pickingListHtml(r.value()), tr("Picking list"), this);
        else if (!r.value().empty())
            printPreview(deliveryNoteHtml(r.value().front(), shop), tr("Delivery note"), this);
    });
    w->setFuture(QtConcurrent::run([b = &m_backend, ids]() -> Orders {
        std::vector<od::SalesOrder> out;
        for (int64_t id : ids) {
            auto o = b->order(id);
            if (!o.ok())
                return o.error();
            if (o.value())
                out.push_back(*o.value());
        }
        return out;
    }));
}

ReturnOrdersPage::ReturnOrdersPage(Backend &b, QWidget *parent) : ListPage(b, od::ListId::ReturnOrders, QStringLiteral("return_orders"), parent)
{
    addListAction(ui::ActionId::ReceiveReturn, tr("Receive goods"), QKeySequence(tr("Ctrl+G")), [this] {
        runBatch(tr("Receive goods"), selectedItems(QStringLiteral("return_no")),
                 BackgroundBatch::perItem([b = &m_backend](int64_t id) { return b->receiveReturn(id); }));
    });
    setDefaultAction(ui::ActionId::ReceiveReturn);
}
