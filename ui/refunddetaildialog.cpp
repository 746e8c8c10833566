#include "refunddetaildialog.h"

#include "dialogparts.h"
#include "onworker.h"
#include "statelabels.h"

#include <QGroupBox>
#include <QLabel>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QString row(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>").arg(name.toHtmlEscaped(), value.toHtmlEscaped());
}
QString table(const QString &rows) { return QStringLiteral("<table>%1</table>").arg(rows); }
} // namespace

RefundDetailDialog::RefundDetailDialog(Backend &backend, int64_t id, QWidget *parent)
    : QDialog(parent), m_refund(new QLabel(this)), m_trade(new QLabel(this)), m_order(new QLabel(this)), m_lines(new QTableWidget(this)),
      m_history(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("refundDetail"));
    setWindowTitle(tr("Refund request"));
    resize(900, 680);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto group = [this](const QString &title, QLabel *label) {
        auto *box = new QGroupBox(title, this);
        auto *l = new QVBoxLayout(box);
        label->setTextFormat(Qt::RichText);
        ui::selectable({label});
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        l->addWidget(label);
        return box;
    };
    m_refund->setText(tr("Loading…"));
    top->addWidget(group(tr("Refund"), m_refund), 3);
    top->addWidget(group(tr("Original trade"), m_trade), 2);
    top->addWidget(group(tr("Sales order"), m_order), 2);
    layout->addLayout(top);

    ui::readOnlyTable(m_lines, {tr("Line ID"), tr("Goods"), tr("Merchant code"), tr("Qty"), tr("Amount"), tr("Platform refund status"), tr("This refund")});
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setColumnWidth(1, 240);
    layout->addWidget(new QLabel(tr("Goods lines of the original trade"), this));
    layout->addWidget(m_lines, 2);
    m_history->setHeaderLabels({tr("Time"), tr("User"), tr("Action"), tr("Detail")});
    m_history->setRootIsDecorated(false);
    m_history->setColumnWidth(0, 150);
    m_history->setColumnWidth(2, 140);
    layout->addWidget(new QLabel(tr("History of this request"), this));
    layout->addWidget(m_history, 1);
    ui::addClose(this, layout);

    using R = od::Result<RefundDetail>;
    Backend *b = &backend;
    ui::onWorker<R>(
        this, [b, id] { return b->refundDetail(id); },
        [this](const R &r) {
            if (!r.ok())
                m_refund->setText(r.error().message.toHtmlEscaped());
            else
                showDetail(r.value());
            m_loaded = true;
            emit loaded();
        });
}

QString RefundDetailDialog::refundText() const { return m_refund->text(); }
QString RefundDetailDialog::tradeText() const { return m_trade->text(); }
QString RefundDetailDialog::orderText() const { return m_order->text(); }

void RefundDetailDialog::showDetail(const RefundDetail &d)
{
    const od::PendingRefund &r = d.refund;
    const QString phase = r.refundPhase == QLatin1String("onsale") ? tr("Before shipping (on sale)")
        : r.refundPhase == QLatin1String("aftersale")              ? tr("After sale")
                                                                   : r.refundPhase;
    QString rows = row(tr("Refund ID"), r.refundId) + row(tr("Trade ID"), r.tid) + row(tr("Amount"), r.amount.toString()) + row(tr("Reason"), r.reason)
        + row(tr("Goods"), r.goodsReturn ? tr("Goods come back") : tr("Refund only, no goods back")) + row(tr("Phase"), phase)
        + row(tr("Version"), r.refundVersion)
        + row(tr("Refund status"), ui::stateLabel(od::ListId::PendingRefunds, QStringLiteral("platform_status"), r.platformStatus))
        + row(tr("Handling"), od::label(r.state)) + row(tr("Requested"), r.created) + row(tr("Last change"), r.modified);
    if (!r.refuseReason.isEmpty())
        rows += row(tr("Refused because"), r.refuseReason);
    if (!r.platformAnswer.isEmpty())
        rows += row(tr("Platform answer"), r.platformAnswer);
    m_refund->setText(table(rows));

    m_lines->setRowCount(0);
    if (!d.trade) {
        m_trade->setText(tr("The trade %1 has not been downloaded yet.").arg(r.tid).toHtmlEscaped());
    } else {
        const od::Trade &t = *d.trade;
        m_trade->setText(table(row(tr("Trade ID"), t.tid) + row(tr("Buyer"), t.buyerNick)
                               + row(tr("Status"), ui::stateLabel(od::ListId::PendingImport, QStringLiteral("platform_status"), t.platformStatus))
                               + row(tr("Receiver"), t.receiverName + QLatin1Char(' ') + t.receiverMobile) + row(tr("Paid"), t.paidAmount.toString())
                               + row(tr("Created"), t.created)));
        m_lines->setRowCount(int(t.lines.size()));
        QFont bold = m_lines->font();
        bold.setBold(true);
        for (int i = 0; i < int(t.lines.size()); ++i) {
            const od::TradeLine &l = t.lines[size_t(i)];
            const bool refunded = !r.oid.isEmpty() && l.oid == r.oid;
            // The platform's refund status of the line in words (WAIT_SELLER_AGREE → 等待卖家处理).
            const QString lineRefund =
                l.underRefund() ? ui::stateLabel(od::ListId::PendingRefunds, QStringLiteral("platform_status"), l.refundStatus) : tr("No refund");
            const QStringList cells{
                l.oid, l.title, l.outerSkuId, QString::number(l.quantity), l.amount.toString(), lineRefund, refunded ? tr("Refunded line") : QString()};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells[c]);
                if (refunded) {
                    item->setFont(bold);
                    item->setBackground(QColor(255, 236, 204));
                }
                m_lines->setItem(i, c, item);
            }
            if (refunded)
                m_refundedRow = i;
        }
        // Line ids are long (tid + serial): show them whole.
        m_lines->resizeColumnToContents(0);
        m_lines->resizeColumnToContents(5);
    }
    if (!d.order) {
        m_order->setText(tr("No sales order yet: convert the trade to a sales order first (converting the refund needs it too).").toHtmlEscaped());
    } else {
        const od::SalesOrder &o = *d.order;
        m_order->setText(table(row(tr("Order No."), o.orderNo) + row(tr("Status"), od::label(o.status)) + row(tr("Payment"), od::label(o.payStatus))
                               + row(tr("Shipping"), od::label(o.shipStatus)) + row(tr("Paid"), o.paidAmount.toString())
                               + row(tr("Refunded amount"), o.refundedAmount.toString()) + (o.onHold ? row(tr("On hold"), tr("Yes")) : QString())));
    }
    m_history->clear();
    for (const od::AuditEntry &e : d.history)
        m_history->addTopLevelItem(new QTreeWidgetItem({e.at, e.user, ui::auditActionLabel(e.action), e.detail}));
}
