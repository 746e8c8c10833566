#include "batchdialog.h"

#include "exporter.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

BatchDialog::BatchDialog(const QString &title, BackgroundBatch::ChunkFn fn, QWidget *parent)
    : QDialog(parent), m_runner(new BackgroundBatch(this)), m_fn(std::move(fn)), m_bar(new QProgressBar(this)), m_summary(new QLabel(this)),
      m_list(new QTreeWidget(this))
{
    setWindowTitle(title);
    resize(640, 460);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(m_summary);
    m_list->setHeaderLabels({tr("Record"), tr("Result"), tr("Reason")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->resizeSection(0, 170);
    m_list->header()->resizeSection(1, 70);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_retry = buttons->addButton(tr("Retry failed"), QDialogButtonBox::ActionRole);
    m_export = buttons->addButton(tr("Export results…"), QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(tr("Close"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    m_retry->setEnabled(false);
    m_export->setEnabled(false);
    m_close->setEnabled(false);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_runner->cancel();
        m_cancel->setEnabled(false);
        m_summary->setText(tr("Cancelling… the item in progress is finished first."));
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_retry, &QPushButton::clicked, this, [this] { start(m_runner->failedItems()); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export results"), tr("results.xlsx"), tr("Excel workbook (*.xlsx)"));
        if (path.isEmpty())
            return;
        const QString err = exportResults(path);
        if (!err.isEmpty())
            QMessageBox::warning(this, windowTitle(), err);
    });
    connect(m_runner, &BackgroundBatch::resultsArrived, this, &BatchDialog::addResults);
    connect(m_runner, &BackgroundBatch::progress, this, [this](int done, int total) {
        m_bar->setMaximum(total);
        m_bar->setValue(done);
        m_summary->setText(tr("%1 of %2 done: %3 succeeded, %4 failed").arg(done).arg(total).arg(m_ok).arg(m_failed));
    });
    connect(m_runner, &BackgroundBatch::finished, this, [this](int, int, bool cancelled) {
        m_cancel->setEnabled(false);
        m_close->setEnabled(true);
        m_export->setEnabled(true);
        m_retry->setEnabled(m_failed > 0);
        m_summary->setText((cancelled
                                ? tr("Cancelled: %1 succeeded, %2 failed, %3 not started").arg(m_ok).arg(m_failed).arg(m_runner->total() - m_ok - m_failed)
                                : tr("Finished: %1 succeeded, %2 failed").arg(m_ok).arg(m_failed)));
        emit batchFinished(m_ok, m_failed);
    });
}

void BatchDialog::start(const QList<BatchItem> &items)
{
    m_list->clear();
    m_ok = m_failed = 0;
    m_bar->setRange(0, int(items.size()));
    m_bar->setValue(0);
    m_summary->setText(tr("Starting %1 items…").arg(items.size()));
    m_cancel->setEnabled(true);
    m_retry->setEnabled(false);
    m_export->setEnabled(false);
    m_close->setEnabled(false);
    m_runner->start(items, m_fn);
}

void BatchDialog::addResults(const QList<BatchOutcome> &results)
{
    QList<QTreeWidgetItem *> rows;
    rows.reserve(results.size());
    for (const BatchOutcome &r : results) {
        (r.ok ? m_ok : m_failed)++;
        auto *item = new QTreeWidgetItem({r.label, r.ok ? tr("OK") : tr("Failed"), r.message});
        item->setData(0, Qt::UserRole, r.id);
        if (!r.ok)
            item->setForeground(1, QColor(0xc0, 0x20, 0x20));
        item->setToolTip(2, r.message);
        rows.append(item);
    }
    m_list->addTopLevelItems(rows);
}

QString BatchDialog::exportResults(const QString &path) const
{
    QList<QStringList> rows;
    for (const BatchOutcome &r : m_runner->results())
        rows.append({r.label, r.ok ? tr("OK") : tr("Failed"), r.message});
    return writeXlsx(path, tr("Results"), {tr("Record"), tr("Result"), tr("Reason")}, rows);
}
