#include "interfacepages.h"

#include "batchdialog.h"
#include "downloaddialog.h"
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
PendingDownloadPage::PendingDownloadPage(Backend &b, QWidget *parent)
    : ListPage(b, od::ListId::PendingDownload, QStringLiteral("pending_download"), parent)
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
        w->setFuture(QtConcurrent::run([db, f] {
            return od::ListRepository(*db).ids(od::listSpec(od::ListId::PendingDownload), f);
        }));
    });
    addListAction(A::DownloadQuery, tr("Download by query…"), QKeySequence(tr("Ctrl+Shift+D")), [this] {
        auto *d = new DownloadDialog(m_backend, this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->show();
    });
    addListAction(A::RemoveDownload, tr("Remove"), QKeySequence(Qt::Key_Delete), [this] {
        runBatch(tr("Remove"), selectedItems(QStringLiteral("tid")),
                 BatchRunner::perItem([b = &m_backend](int64_t id) { return b->removePendingDownload(id); }));
    });
    setDefaultAction(A::Download);
}

// ---------------------------------------------------------------- 待转入订单
PendingImportPage::PendingImportPage(Backend &b, QWidget *parent)
    : ListPage(b, od::ListId::PendingImport, QStringLiteral("pending_import"), parent)
{
    using A = ui::ActionId;
    addListAction(A::Detail, tr("Details"), {}, [this] { showDetail(); });
    addListAction(A::Convert, tr("Convert to sales order"), QKeySequence(tr("Ctrl+T")), [this] { convertSelected(); });
    addListAction(A::BatchConvert, tr("Batch convert"), QKeySequence(tr("Ctrl+Shift+T")), [this] {
        runBatch(tr("Batch convert"), selectedItems(QStringLiteral("tid")),
                 [b = &m_backend](const std::vector<int64_t> &ids) { return b->convertTrades(ids); });
    });
    addListAction(A::ConvertAllMatching, tr("Convert all matching…"), {}, [this] { convertAllMatching(); });
    addListAction(A::RemoveTrade, tr("Remove"), QKeySequence(Qt::Key_Delete), [this] {
        runBatch(tr("Remove"), selectedItems(QStringLiteral("tid")),
                 BatchRunner::perItem([b = &m_backend](int64_t id) { return b->removeTrade(id); }));
    });
    addListAction(A::MarkProcessed, tr("Mark processed"), QKeySequence(tr("Ctrl+P")), [this] {
        runBatch(tr("Mark processed"), selectedItems(QStringLiteral("tid")),
                 BatchRunner::perItem([b = &m_backend](int64_t id) { return b->markTradeProcessed(id); }));
    });
    addListAction(A::EditSkuMapping, tr("Map goods…"), QKeySequence(tr("Ctrl+M")), [this] {
        const QList<int64_t> ids = selectedIds();
        auto *dlg = new SkuMappingDialog(m_backend, ids.value(0), this);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        connect(dlg, &QDialog::accepted, this, &ListPage::refresh);
        dlg->show();
    });
    setDefaultAction(A::Detail);
}

void PendingImportPage::showDetail()
{
    const QList<int64_t> ids = selectedIds();
    if (ids.size() != 1)
        return;
    auto *dlg = new TradeDetailDialog(m_backend, ids.first(), this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->show();
}

void PendingImportPage::convertSelected()
{
    const QList<BatchItem> items = selectedItems(QStringLiteral("tid"));
    if (items.isEmpty())
        return;
    auto run = [this, items] {
        runBatch(tr("Convert to sales order"), items,
                 [b = &m_backend](const std::vector<int64_t> &ids) { return b->convertTrades(ids); });
    };
    if (items.size() == 1) {
        run();
        return;
    }
    confirm(tr("Convert to sales order"), tr("Convert the %n selected trades to sales orders?", nullptr, int(items.size())), run);
}

void PendingImportPage::confirm(const QString &title, const QString &text, std::function<void()> then)
{
    // Window-modal and asynchronous (no nested event loop): the lists keep refreshing behind it.
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("confirmConversion"));
    box->setDefaultButton(QMessageBox::Yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_confirm = box;
    connect(box, &QMessageBox::finished, this, [this, box, then = std::move(then)](int result) {
        if (m_confirm == box)
            m_confirm = nullptr;
        if (result == QMessageBox::Yes)
            then();
    });
    box->open();
}

void PendingImportPage::convertAllMatching()
{
    od::Database *db = &m_backend.db();
    const od::ListFilter f = model()->filter();
    using Ids = od::Result<std::vector<int64_t>>;
    auto *w = new QFutureWatcher<Ids>(this);
    connect(w, &QFutureWatcher<Ids>::finished, this, [this, w] {
        w->deleteLater();
        const Ids r = w->result();
        if (!r.ok()) {
            QMessageBox::warning(this, title(), r.error().message);
            return;
        }
        const qint64 n = qint64(r.value().size());
        if (n == 0) {
            QMessageBox::information(this, title(), tr("No trade matches the current filter."));
            return;
        }
        auto run = [this, ids = r.value()] {
            runBatch(tr("Batch convert"), itemsFromIds(ids),
                     [b = &m_backend](const std::vector<int64_t> &chunk) { return b->convertTrades(chunk); });
        };
        if (confirmAll) {
            if (confirmAll(n))
                run();
            return;
        }
        confirm(tr("Convert all matching"), tr("Convert all %1 trades that match the current filter to sales orders?").arg(n), run);
    });
    w->setFuture(QtConcurrent::run([db, f] { return od::ListRepository(*db).ids(od::listSpec(od::ListId::PendingImport), f); }));
}

// ---------------------------------------------------------------- 历史订单
HistoryPage::HistoryPage(Backend &b, QWidget *parent) : ListPage(b, od::ListId::History, QStringLiteral("history"), parent)
{
    addListAction(ui::ActionId::Detail, tr("Details"), {}, [this] {
        const QList<int64_t> ids = selectedIds();
        if (ids.size() != 1)
            return;
        auto *dlg = new TradeDetailDialog(m_backend, ids.first(), this);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        dlg->show();
    });
    setDefaultAction(ui::ActionId::Detail);
}

// ---------------------------------------------------------------- 待转入退单
PendingRefundsPage::PendingRefundsPage(Backend &b, QWidget *parent)
    : ListPage(b, od::ListId::PendingRefunds, QStringLiteral("pending_refunds"), parent)
{
    using A = ui::ActionId;
    addListAction(A::ViewRefund, tr("View"), {}, [this] { view(); });
    addListAction(A::ConvertRefund, tr("Convert to return"), QKeySequence(tr("Ctrl+T")), [this] {
        runBatch(tr("Convert to return"), selectedItems(QStringLiteral("refund_id")),
                 BatchRunner::perItem([b = &m_backend](int64_t id) { return b->convertRefund(id); }));
    });
    addListAction(A::BatchConvertRefund, tr("Batch convert to returns"), QKeySequence(tr("Ctrl+Shift+T")), [this] {
        runBatch(tr("Batch convert to returns"), selectedItems(QStringLiteral("refund_id")),
                 BatchRunner::perItem([b = &m_backend](int64_t id) { return b->convertRefund(id); }));
    });
    addListAction(A::RefuseRefund, tr("Refuse refund…"), QKeySequence(tr("Ctrl+R")), [this] { refuse(); });
    addListAction(A::MarkRefundProcessed, tr("Mark processed"), QKeySequence(tr("Ctrl+P")), [this] {
        runBatch(tr("Mark processed"), selectedItems(QStringLiteral("refund_id")),
                 BatchRunner::perItem([b = &m_backend](int64_t id) { return b->markRefundProcessed(id); }));
    });
    setDefaultAction(A::ViewRefund);
}

void PendingRefundsPage::view()
{
    const QList<int64_t> ids = selectedIds();
    if (ids.size() != 1)
        return;
    const int row = model()->rowOfId(ids.first());
    QString text;
    for (int c = 0; c < model()->columnCount(); ++c)
        text += QStringLiteral("<b>%1</b>: %2<br>")
                    .arg(model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().toHtmlEscaped(),
                         model()->data(model()->index(row, c), Qt::DisplayRole).toString().toHtmlEscaped());
    QMessageBox box(QMessageBox::NoIcon, tr("Refund request"), text, QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void PendingRefundsPage::refuse()
{
    const QList<int64_t> ids = selectedIds();
    if (ids.size() != 1)
        return;
    const int64_t id = ids.first();
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
