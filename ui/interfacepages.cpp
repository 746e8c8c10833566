#include "interfacepages.h"
#include "rules/ruleservice.h"

#include "batchdialog.h"
#include "downloaddialog.h"
#include "refunddetaildialog.h"
#include "refunddialogs.h"
#include "skumappingdialog.h"
#include "tradedetaildialog.h"

#include <QFutureWatcher>
#include <QMessageBox>
#include <QtConcurrent>

QList<BatchItem> itemsFromIds(const std::vector<int64_t> &ids)
{
    QList<BatchItem> out;
    out.reserve(qsizetype(ids.size()));
    for (int64_t id : ids)
        out.append({id, QStringLiteral("#%1").arg(id)});
    return out;
}

// ---------------------------------------------------------------- 待下载订单
PendingDownloadPage::PendingDownloadPage(Backend &b, QWidget *parent) : ListPage(b, od::ListId::PendingDownload, QStringLiteral("pending_download"), parent)
{
    using A = ui::ActionId;
    addListAction(A::Download, tr("Download"), QKeySequence(tr("Ctrl+D")), [this] {
        runBatch(tr("Download trade details"), selectedItems(QStringLiteral("tid")),
                 [b = &m_backend](const std::vector<int64_t> &ids) { return b->downloadPending(ids); });
    });
    addListAction(A::DownloadAll, tr("Download all"), {}, [this] {
        od::Database *db = &m_backend.db();
        const od::ListFilter f = model()->filter();
        auto *w = new QFutureWatcher<od::Result<std::vector<int64_t>>>(this);
        connect(w, &QFutureWatcher<od::Result<std::vector<int64_t>>>::finished, this, [this, w] {
            w->deleteLater();
            const auto r = w->result();
            if (!r.ok()) {
                QMessageBox::warning(this, title(), r.error().message);
                return;
            }
            runBatch(tr("Download trade details"), itemsFromIds(r.value()),
                     [b = &m_backend](const std::vector<int64_t> &ids) { return b->downloadPending(ids); });
        });
        w->setFuture(QtConcurrent::run([db, f] { return od::ListRepository(*db).ids(od::listSpec(od::ListId::PendingDownload), f); }));
    });
    addListAction(A::DownloadQuery, tr("Download by query…"), QKeySequence(tr("Ctrl+Shift+D")), [this] {
        auto *d = new DownloadDialog(m_backend, this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->show();
    });
    addSelectionAction(A::RemoveDownload, tr("Remove"), QKeySequence(Qt::Key_Delete), QStringLiteral("tid"), &Backend::removePendingDownload);
    setDefaultAction(A::Download);
}

// ---------------------------------------------------------------- 待转入订单
PendingImportPage::PendingImportPage(Backend &b, QWidget *parent) : ListPage(b, od::ListId::PendingImport, QStringLiteral("pending_import"), parent)
{
    using A = ui::ActionId;
    addListAction(A::Detail, tr("Details"), {}, [this] { showDetail(); });
    addListAction(A::Convert, tr("Convert to sales order"), QKeySequence(tr("Ctrl+T")), [this] { convertSelected(); });
    addListAction(A::BatchConvert, tr("Batch convert"), QKeySequence(tr("Ctrl+Shift+T")), [this] { convertAllMatching(); });
    const QString tid = QStringLiteral("tid");
    addSelectionAction(A::RemoveTrade, tr("Remove"), QKeySequence(Qt::Key_Delete), tid, &Backend::removeTrade);
    addSelectionAction(A::MarkProcessed, tr("Mark processed"), QKeySequence(tr("Ctrl+P")), tid, &Backend::markTradeProcessed);
    addWholeListAction(
        A::RemoveAllMatching, tr("Remove all"), {}, tid,
        [](const QString &n, const QString &filter) { return tr("Remove %1 trades from the list (%2)? A later download brings them back.").arg(n, filter); },
        &Backend::removeTrade);
    addWholeListAction(
        A::MarkAllProcessed, tr("Mark all processed"), {}, tid,
        [](const QString &n, const QString &filter) { return tr("Mark %1 trades as processed (%2)? They will not be downloaded again.").arg(n, filter); },
        &Backend::markTradeProcessed);
    addListAction(A::EditSkuMapping, tr("Map goods…"), QKeySequence(tr("Ctrl+M")), [this] {
        const QList<int64_t> ids = selectedIds();
        auto *dlg = new SkuMappingDialog(m_backend, ids.value(0), this);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        connect(dlg, &QDialog::accepted, this, &ListPage::refresh);
        dlg->show();
    });
    addListAction(A::ReleaseRuleHold, tr("Release hold"), {}, [this] {
        runBatch(tr("Release hold"), selectedItems(QStringLiteral("tid")),
                 BackgroundBatch::perItem([db = &m_backend.db(), session = od::Session{m_backend.session().login, m_backend.session().role}](int64_t id) {
                     return od::rules::RuleService(*db).release(session, id);
                 }));
    });
    setDefaultAction(A::Detail);
}

void PendingImportPage::showDetail()
{
    const int64_t selected = singleSelectedId();
    if (!selected)
        return;
    auto *dlg = new TradeDetailDialog(m_backend, selected, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->show();
}

void PendingImportPage::convertSelected()
{
    const QList<BatchItem> items = selectedItems(QStringLiteral("tid"));
    if (items.isEmpty())
        return;
    auto run = [this, items] {
        runBatch(tr("Convert to sales order"), items, [b = &m_backend](const std::vector<int64_t> &ids) { return b->convertTrades(ids); });
    };
    if (items.size() == 1) {
        run();
        return;
    }
    confirm(tr("Convert to sales order"), tr("Convert the %n selected trades to sales orders?", nullptr, int(items.size())), run);
}

void PendingImportPage::convertAllMatching()
{
    runOnWholeList(
        tr("Batch convert"), QStringLiteral("tid"),
        [](const QString &n, const QString &filter) { return tr("Convert %1 trades to sales orders (%2)?").arg(n, filter); },
        [b = &m_backend](const std::vector<int64_t> &chunk) { return b->convertTrades(chunk); });
}

// ---------------------------------------------------------------- 历史订单
HistoryPage::HistoryPage(Backend &b, QWidget *parent) : ListPage(b, od::ListId::History, QStringLiteral("history"), parent)
{
    addListAction(ui::ActionId::Detail, tr("Details"), {}, [this] {
        const int64_t selected = singleSelectedId();
        if (!selected)
            return;
        auto *dlg = new TradeDetailDialog(m_backend, selected, this);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        dlg->show();
    });
    setDefaultAction(ui::ActionId::Detail);
}

// ---------------------------------------------------------------- 待转入退单
PendingRefundsPage::PendingRefundsPage(Backend &b, QWidget *parent) : ListPage(b, od::ListId::PendingRefunds, QStringLiteral("pending_refunds"), parent)
{
    using A = ui::ActionId;
    addListAction(A::ViewRefund, tr("View"), {}, [this] { view(); });
    const QString refundId = QStringLiteral("refund_id");
    addSelectionAction(A::ConvertRefund, tr("Convert to return"), QKeySequence(tr("Ctrl+T")), refundId, &Backend::convertRefund);
    addWholeListAction(
        A::BatchConvertRefund, tr("Batch convert to returns"), QKeySequence(tr("Ctrl+Shift+T")), refundId,
        [](const QString &n, const QString &filter) { return tr("Convert %1 refund requests to returns (%2)?").arg(n, filter); }, &Backend::convertRefund);
    addListAction(A::RefuseRefund, tr("Refuse refund…"), QKeySequence(tr("Ctrl+R")), [this] { refuse(); });
    addListAction(A::PartialRefund, tr("Partial refund…"), {}, [this] { partialRefund(); });
    addSelectionAction(A::MarkRefundProcessed, tr("Mark processed"), QKeySequence(tr("Ctrl+P")), refundId, &Backend::markRefundProcessed);
    addWholeListAction(
        A::MarkAllRefundsProcessed, tr("Mark all processed"), {}, refundId,
        [](const QString &n, const QString &filter) {
            return tr("Mark %1 refund requests as processed (%2)? They will not be downloaded again.").arg(n, filter);
        },
        &Backend::markRefundProcessed);
    setDefaultAction(A::ViewRefund);
}

void PendingRefundsPage::view()
{
    const int64_t selected = singleSelectedId();
    if (!selected)
        return;
    auto *dlg = new RefundDetailDialog(m_backend, selected, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    m_detail = dlg;
    connect(dlg, &QObject::destroyed, this, [this, dlg] {
        if (m_detail == dlg)
            m_detail = nullptr;
    });
    dlg->show();
}

void PendingRefundsPage::partialRefund()
{
    // As on 销售订单, on the order of the refund's trade: what the order and the refunded line allow
    // is read in a worker, the dialog checks it, the core's RefundService checks again.
    const int64_t selected = singleSelectedId();
    if (!selected)
        return;
    using R = od::Result<RefundDetail>;
    auto *w = new QFutureWatcher<R>(this);
    connect(w, &QFutureWatcher<R>::finished, this, [this, w] {
        w->deleteLater();
        const R r = w->result();
        if (!r.ok()) {
            QMessageBox::warning(this, title(), r.error().message);
            return;
        }
        if (!r.value().order) {
            QMessageBox::information(this, title(), tr("The trade has no sales order yet; convert it to a sales order first."));
            return;
        }
        const od::SalesOrder order = *r.value().order;
        auto *dlg = new PartialRefundDialog(order.orderNo, order.paidAmount, order.refundedAmount, this);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        for (const od::SalesOrderLine &l : order.lines)
            if (!r.value().refund.oid.isEmpty() && l.oid == r.value().refund.oid)
                dlg->setLineLimit(l.title, l.amount.minus(l.refunded).valueOr(od::Money()));
        m_partial = dlg;
        connect(dlg, &QObject::destroyed, this, [this, dlg] {
            if (m_partial == dlg)
                m_partial = nullptr;
        });
        connect(dlg, &QDialog::accepted, this, [this, dlg, orderId = order.id] {
            const od::Money amount = dlg->amount();
            const QString reason = dlg->reason();
            runOne([b = &m_backend, orderId, amount, reason] { return b->partialRefund(orderId, amount, reason); }, tr("Refund recorded."));
        });
        dlg->open();
    });
    Backend *b = &m_backend;
    const int64_t id = selected;
    w->setFuture(QtConcurrent::run([b, id] { return b->refundDetail(id); }));
}

void PendingRefundsPage::refuse()
{
    const int64_t selected = singleSelectedId();
    if (!selected)
        return;
    const int64_t id = selected;
    auto *dlg = new RefuseRefundDialog(valueOf(id, QStringLiteral("refund_id")), this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    m_refuse = dlg;
    connect(dlg, &QObject::destroyed, this, [this, dlg] {
        if (m_refuse == dlg)
            m_refuse = nullptr;
    });
    connect(dlg, &QDialog::accepted, this, [this, dlg, id] {
        const QString reason = dlg->reason();
        runOne([b = &m_backend, id, reason] { return b->refuseRefund(id, reason); }, tr("Refund refused."));
    });
    dlg->open();
}
