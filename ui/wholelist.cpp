// ListPage's confirmations and whole-list actions (批量转订单, 批量转退单, and the whole-list 移除 /
// 已处理): the ids of everything the filter matches come from the core in a worker, the clerk
// confirms with the count and the filter in words, and the batch runs in chunks off the GUI thread.
#include "listpage.h"

#include "backgroundbatch.h"
#include "batchdialog.h"
#include "filterbar.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QMessageBox>
#include <QtConcurrent>

void ListPage::confirm(const QString &title, const QString &question, std::function<void()> then)
{
    if (confirmHook) {
        if (confirmHook(question))
            then();
        return;
    }
    // Window-modal and asynchronous (no nested event loop): the lists keep refreshing behind it.
    auto *box = new QMessageBox(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("confirmBatch"));
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

void ListPage::runOnWholeList(const QString &title, const QString &labelColumn, std::function<QString(const QString &, const QString &)> question,
                              std::function<std::vector<od::Status>(const std::vector<int64_t> &)> fn)
{
    od::Database *db = &m_backend.db();
    const od::ListFilter f = m_model->filter();
    const od::ListId list = m_list;
    using Ids = od::Result<std::vector<std::pair<int64_t, QString>>>;
    auto *w = new QFutureWatcher<Ids>(this);
    connect(w, &QFutureWatcher<Ids>::finished, this, [this, w, f, title, question = std::move(question), fn = std::move(fn)] {
        w->deleteLater();
        const Ids r = w->result();
        if (!r.ok()) {
            QMessageBox::warning(this, this->title(), r.error().message);
            return;
        }
        const qint64 n = qint64(r.value().size());
        if (n == 0) {
            emit statusMessage(tr("Nothing in the list matches the current filter."));
            return;
        }
        QList<BatchItem> items;
        items.reserve(qsizetype(n));
        for (const auto &[id, label] : r.value())
            items.append({id, label});
        confirm(title, question(QLocale().toString(n), m_filter->describe(f)), [this, title, items, fn] { runBatch(title, items, fn); });
    });
    w->setFuture(QtConcurrent::run([db, f, list, labelColumn] { return od::ListRepository(*db).idsWithLabels(od::listSpec(list), f, labelColumn); }));
}

QAction *ListPage::addSelectionAction(ui::ActionId id, const QString &text, const QKeySequence &shortcut, const QString &labelColumn, RowAction call,
                                      const QString &batchTitle)
{
    return addListAction(id, text, shortcut, [this, title = batchTitle.isEmpty() ? text : batchTitle, labelColumn, call] {
        runBatch(title, selectedItems(labelColumn), BackgroundBatch::perItem([b = &m_backend, call](int64_t row) { return (b->*call)(row); }));
    });
}

QAction *ListPage::addWholeListAction(ui::ActionId id, const QString &text, const QKeySequence &shortcut, const QString &labelColumn,
                                      std::function<QString(const QString &, const QString &)> question, RowAction call)
{
    return addListAction(id, text, shortcut, [this, text, labelColumn, question, call] {
        runOnWholeList(text, labelColumn, question, BackgroundBatch::perItem([b = &m_backend, call](int64_t row) { return (b->*call)(row); }));
    });
}

int64_t ListPage::singleSelectedId() const
{
    const QList<int64_t> ids = selectedIds();
    return ids.size() == 1 ? ids.first() : 0;
}
