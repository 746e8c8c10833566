#include "skumappingdialog.h"

#include "dialogparts.h"
#include "onworker.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using TradeResult = od::Result<std::optional<od::Trade>>;

SkuMappingDialog::SkuMappingDialog(Backend &backend, int64_t tradeId, QWidget *parent)
    : QDialog(parent), m_backend(backend), m_table(new QTableWidget(this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Map goods"));
    resize(760, 360);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Lines without a goods code cannot be converted. Enter our goods code for each:"), this));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Goods"), tr("Attributes"), tr("Platform item"), tr("Platform SKU"), tr("Our goods code")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 220);
    layout->addWidget(m_table, 1);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    ui::addOkCancel(
        this, layout, QString(), [this] { save(); }, true);

    Backend *b = &backend;
    ui::onWorker<TradeResult>(
        this, [b, tradeId] { return b->trade(tradeId); },
        [this](const TradeResult &r) {
            if (!r.ok() || !r.value()) {
                m_message->setText(r.ok() ? tr("This trade no longer exists.") : r.error().message);
                emit loaded();
                return;
            }
            const od::Trade &t = *r.value();
            m_shopId = t.shopId;
            int row = 0;
            for (const od::TradeLine &l : t.lines) {
                if (!l.skuCode.isEmpty())
                    continue;
                m_table->insertRow(row);
                const QStringList cells{l.title, l.attributes, l.itemId, l.skuId};
                for (int c = 0; c < 4; ++c) {
                    auto *item = new QTableWidgetItem(cells[c]);
                    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
                    m_table->setItem(row, c, item);
                }
                m_table->setItem(row, 4, new QTableWidgetItem(l.outerSkuId));
                ++row;
            }
            if (row == 0)
                m_message->setText(tr("Every line of this trade already has a goods code."));
            emit loaded();
        });
}

std::vector<od::SkuMapping> SkuMappingDialog::mappings() const
{
    std::vector<od::SkuMapping> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString code = m_table->item(r, 4) ? m_table->item(r, 4)->text().trimmed() : QString();
        if (code.isEmpty())
            continue;
        od::SkuMapping m;
        m.shopId = m_shopId;
        m.platformItemId = m_table->item(r, 2)->text();
        m.platformSkuId = m_table->item(r, 3)->text();
        m.skuCode = code;
        out.push_back(m);
    }
    return out;
}

void SkuMappingDialog::save()
{
    const auto list = mappings();
    if (list.empty()) {
        m_message->setText(tr("Enter at least one goods code."));
        return;
    }
    Backend *b = &m_backend;
    auto *w = new QFutureWatcher<QString>(this);
    connect(w, &QFutureWatcher<QString>::finished, this, [this, w] {
        w->deleteLater();
        const QString err = w->result();
        if (err.isEmpty())
            accept();
        else
            m_message->setText(err);
    });
    w->setFuture(QtConcurrent::run([b, list]() -> QString {
        for (const od::SkuMapping &m : list)
            if (od::Status st = b->saveSkuMapping(m); !st.ok())
                return st.error().message;
        return {};
    }));
}
