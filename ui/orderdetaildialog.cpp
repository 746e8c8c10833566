#include "orderdetaildialog.h"

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

struct OrderDetailDialog::Data {
    QString error;
    std::optional<od::SalesOrder> order;
    QString rawPayload;
};

OrderDetailDialog::OrderDetailDialog(Backend &backend, int64_t orderId, QWidget *parent)
    : QDialog(parent), m_header(new QLabel(this)), m_buyer(new QLabel(this)), m_receiver(new QLabel(this)), m_amounts(new QLabel(this)),
      m_shipment(new QLabel(this)), m_remarks(new QLabel(this)), m_lines(new QTableWidget(this)), m_raw(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Sales order details"));
    resize(880, 620);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QGroupBox(tr("Sales order"), this);
    auto *form = new QFormLayout(top);
    for (QLabel *l : {m_header, m_buyer, m_receiver, m_amounts, m_shipment, m_remarks}) {
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
    }
    m_header->setText(tr("Loading…"));
    form->addRow(tr("Order:"), m_header);
    form->addRow(tr("Buyer:"), m_buyer);
    form->addRow(tr("Receiver:"), m_receiver);
    form->addRow(tr("Amounts:"), m_amounts);
    form->addRow(tr("Shipment:"), m_shipment);
    form->addRow(tr("Remarks:"), m_remarks);
    layout->addWidget(top);

    auto *tabs = new QTabWidget(this);
    m_lines->setColumnCount(9);
    m_lines->setHorizontalHeaderLabels(
        {tr("No."), tr("Goods code"), tr("Goods"), tr("Attributes"), tr("Qty"), tr("Unit price"), tr("Amount"), tr("Refunded"), tr("Cancelled")});
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setStretchLastSection(true);
    m_lines->setColumnWidth(0, 44);
    m_lines->setColumnWidth(1, 120);
    m_lines->setColumnWidth(2, 220);
    m_lines->setColumnWidth(3, 140);
    tabs->addTab(m_lines, tr("Goods lines"));
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setObjectName(QStringLiteral("rawPayload"));
    tabs->addTab(m_raw, tr("Raw payload"));
    layout->addWidget(tabs, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    auto *w = new QFutureWatcher<Data>(this);
    connect(w, &QFutureWatcher<Data>::finished, this, [this, w] {
        w->deleteLater();
        display(w->result());
        m_loaded = true;
        emit loaded();
    });
    Backend *b = &backend;
    w->setFuture(QtConcurrent::run([b, orderId] {
        Data d;
        auto o = b->order(orderId);
        if (!o.ok()) {
            d.error = o.error().message;
            return d;
        }
        d.order = o.value();
        if (d.order) {
            // The platform's payload lives with the trade the order was converted from.
            if (auto t = b->trade(d.order->tradeId); t.ok() && t.value())
                d.rawPayload = t.value()->rawPayload;
        }
        return d;
    }));
}

QString OrderDetailDialog::headerText() const { return m_header->text(); }
QString OrderDetailDialog::amountsText() const { return m_amounts->text(); }

void OrderDetailDialog::display(const Data &d)
{
    if (!d.error.isEmpty()) {
        m_header->setText(d.error);
        return;
    }
    if (!d.order) {
        m_header->setText(tr("This sales order no longer exists."));
        return;
    }
    const od::SalesOrder &o = *d.order;
    setWindowTitle(tr("Sales order details — %1").arg(o.orderNo));
    QString states = od::label(o.status);
    if (o.onHold)
        states += tr(" · on hold");
    states += QStringLiteral(" · %1 · %2").arg(od::label(o.payStatus), od::label(o.shipStatus));
    if (o.hasWarning)
        states += tr(" · platform changes to check");
    m_header->setText(
        tr("%1 · trade %2 · %3 · created %4 by %5").arg(o.orderNo, o.tid, states, o.createdAt, o.createdBy.isEmpty() ? QStringLiteral("—") : o.createdBy));
    m_buyer->setText(o.buyerNick);
    m_receiver->setText(QStringLiteral("%1 %2, %3").arg(o.receiverName, o.receiverMobile, o.receiverAddress));
    QString amounts =
        tr("Goods %1 + freight %2 − discount %3 = paid %4").arg(o.goodsTotal.toString(), o.freight.toString(), o.discount.toString(), o.paidAmount.toString());
    if (o.refundedAmount.fen() != 0)
        amounts += tr("; refunded %1").arg(o.refundedAmount.toString());
    if (o.amountDiffFen != 0)
        amounts += QLatin1Char('\n')
            + tr("⚠ The platform's amounts do not add up: goods − discount + freight differs from the paid amount by %1.")
                  .arg(od::Money::fromFen(o.amountDiffFen).toString());
    m_amounts->setText(amounts);
    m_shipment->setText(o.trackingNo.isEmpty() ? tr("(not shipped)") : tr("%1, tracking number %2").arg(o.expressCompany, o.trackingNo));
    m_remarks->setText(o.remarks.isEmpty() ? tr("(none)") : o.remarks);
    m_lines->setRowCount(int(o.lines.size()));
    for (int i = 0; i < int(o.lines.size()); ++i) {
        const od::SalesOrderLine &l = o.lines[size_t(i)];
        const QStringList cells{QString::number(l.lineNo),
                                l.skuCode,
                                l.title,
                                l.attributes,
                                QString::number(l.quantity),
                                l.unitPrice.toString(),
                                l.amount.toString(),
                                l.refunded.fen() ? l.refunded.toString() : QString(),
                                l.cancelled ? tr("Yes") : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 0 || (c >= 4 && c <= 7))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_lines->setItem(i, c, item);
        }
    }
    const QJsonDocument doc = QJsonDocument::fromJson(d.rawPayload.toUtf8());
    m_raw->setPlainText(doc.isNull() ? d.rawPayload : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}
