#include "tradedetaildialog.h"

#include "statelabels.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

using TradeResult = od::Result<std::optional<od::Trade>>;

TradeDetailDialog::TradeDetailDialog(Backend &backend, int64_t tradeId, QWidget *parent)
    : QDialog(parent), m_header(new QLabel(this)), m_buyer(new QLabel(this)), m_receiver(new QLabel(this)),
      m_amounts(new QLabel(this)), m_remarks(new QLabel(this)), m_lines(new QTableWidget(this)),
      m_raw(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Trade details"));
    resize(860, 600);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QGroupBox(tr("Trade"), this);
    auto *form = new QFormLayout(top);
    for (QLabel *l : {m_header, m_buyer, m_receiver, m_amounts, m_remarks}) {
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
    }
    m_header->setText(tr("Loading…"));
    form->addRow(tr("Trade:"), m_header);
    form->addRow(tr("Buyer:"), m_buyer);
    form->addRow(tr("Receiver:"), m_receiver);
    form->addRow(tr("Amounts:"), m_amounts);
    form->addRow(tr("Remarks:"), m_remarks);
    layout->addWidget(top);

    auto *tabs = new QTabWidget(this);
    m_lines->setColumnCount(8);
    m_lines->setHorizontalHeaderLabels({tr("Line ID"), tr("Goods"), tr("Attributes"), tr("Merchant code"), tr("Qty"),
                                        tr("Unit price"), tr("Amount"), tr("Refund")});
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setStretchLastSection(true);
    m_lines->setColumnWidth(1, 220);
    m_lines->setColumnWidth(2, 140);
    tabs->addTab(m_lines, tr("Goods lines"));
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setObjectName(QStringLiteral("rawPayload"));
    tabs->addTab(m_raw, tr("Raw payload"));
    layout->addWidget(tabs, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    auto *w = new QFutureWatcher<TradeResult>(this);
    connect(w, &QFutureWatcher<TradeResult>::finished, this, [this, w] {
        w->deleteLater();
        const TradeResult r = w->result();
        if (!r.ok())
            m_header->setText(r.error().message);
        else if (!r.value())
            m_header->setText(tr("This trade no longer exists."));
        else
            showTrade(*r.value());
        m_loaded = true;
        emit loaded();
    });
    Backend *b = &backend;
    w->setFuture(QtConcurrent::run([b, tradeId] { return b->trade(tradeId); }));
}

QString TradeDetailDialog::headerText() const { return m_header->text(); }

void TradeDetailDialog::showTrade(const od::Trade &t)
{
    setWindowTitle(tr("Trade details — %1").arg(t.tid));
    QString flags;
    if (t.paid) flags += tr(" · paid %1").arg(t.payTime);
    if (t.cod) flags += tr(" · cash on delivery");
    if (t.closed) flags += tr(" · closed");
    m_header->setText(tr("%1 · %2 · created %3 · modified %4%5")
                          .arg(t.tid, ui::stateLabel(od::ListId::PendingImport, QStringLiteral("platform_status"), t.platformStatus),
                               t.created, t.modified, flags));
    m_buyer->setText(t.buyerNick);
    m_receiver->setText(tr("%1 %2, %3 %4 %5 %6").arg(t.receiverName, t.receiverMobile, t.receiverState, t.receiverCity,
                                                     t.receiverDistrict, t.receiverAddress));
    m_amounts->setText(tr("Goods %1 + freight %2 − discount %3 = paid %4")
                           .arg(t.goodsTotal.toString(), t.freight.toString(), t.discount.toString(), t.paidAmount.toString()));
    QStringList remarks;
    if (!t.buyerMemo.isEmpty()) remarks << tr("Buyer: %1").arg(t.buyerMemo);
    if (!t.sellerMemo.isEmpty()) remarks << tr("Seller: %1").arg(t.sellerMemo);
    m_remarks->setText(remarks.isEmpty() ? tr("(none)") : remarks.join(QLatin1Char('\n')));
    m_lines->setRowCount(int(t.lines.size()));
    for (int i = 0; i < int(t.lines.size()); ++i) {
        const od::TradeLine &l = t.lines[size_t(i)];
        const QStringList cells{l.oid, l.title, l.attributes, l.skuCode.isEmpty() ? l.outerSkuId : l.skuCode,
                                QString::number(l.quantity), l.unitPrice.toString(), l.amount.toString(),
                                l.underRefund() ? l.refundStatus : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c >= 4 && c <= 6)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_lines->setItem(i, c, item);
        }
    }
    const QJsonDocument doc = QJsonDocument::fromJson(t.rawPayload.toUtf8());
    m_raw->setPlainText(doc.isNull() ? t.rawPayload : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}
