#include "tradedetaildialog.h"

#include "dialogparts.h"
#include "onworker.h"
#include "statelabels.h"

#include "domain/text.h"
#include "rules/ruleservice.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
struct Loaded {
    od::Result<std::optional<od::Trade>> trade = std::optional<od::Trade>();
    od::Result<od::rules::TradeWarnings> warnings = od::rules::TradeWarnings();
};
} // namespace
using TradeResult = Loaded;

TradeDetailDialog::TradeDetailDialog(Backend &backend, int64_t tradeId, QWidget *parent)
    : QDialog(parent), m_header(new QLabel(this)), m_buyer(new QLabel(this)), m_receiver(new QLabel(this)), m_amounts(new QLabel(this)),
      m_check(new QLabel(this)), m_shipment(new QLabel(this)), m_remarks(new QLabel(this)), m_lines(new QTableWidget(this)), m_raw(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Trade details"));
    resize(860, 600);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QGroupBox(tr("Trade"), this);
    auto *form = new QFormLayout(top);
    ui::selectable({m_header, m_buyer, m_receiver, m_amounts, m_check, m_shipment, m_remarks});
    m_header->setText(tr("Loading…"));
    form->addRow(tr("Trade:"), m_header);
    form->addRow(tr("Buyer:"), m_buyer);
    form->addRow(tr("Receiver:"), m_receiver);
    form->addRow(tr("Amounts:"), m_amounts);
    m_check->setObjectName(QStringLiteral("amountCheck"));
    m_check->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    m_check->hide();
    form->addRow(QString(), m_check);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("tradeWarnings"));
    m_warnings->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->hide();
    form->addRow(QString(), m_warnings);
    form->addRow(tr("Shipment:"), m_shipment);
    form->addRow(tr("Remarks:"), m_remarks);
    layout->addWidget(top);

    auto *tabs = new QTabWidget(this);
    ui::readOnlyTable(
        m_lines, {tr("Line ID"), tr("Goods"), tr("Attributes"), tr("Merchant code"), tr("Qty"), tr("Unit price"), tr("Discount"), tr("Amount"), tr("Refund")});
    m_lines->setColumnWidth(1, 220);
    m_lines->setColumnWidth(2, 140);
    tabs->addTab(m_lines, tr("Goods lines"));
    ui::rawPayloadView(m_raw);
    tabs->addTab(m_raw, tr("Raw payload"));
    layout->addWidget(tabs, 1);
    ui::addClose(this, layout);

    Backend *b = &backend;
    ui::onWorker<TradeResult>(
        this,
        [b, tradeId] {
            Loaded l;
            l.trade = b->trade(tradeId);
            l.warnings = od::rules::RuleService(b->db()).warnings(tradeId);
            return l;
        },
        [this](const Loaded &result) {
            const auto &r = result.trade;
            if (result.warnings.ok())
                showWarnings(result.warnings.value());
            if (!r.ok())
                m_header->setText(r.error().message);
            else if (!r.value())
                m_header->setText(tr("This trade no longer exists."));
            else
                showTrade(*r.value());
            m_loaded = true;
            emit loaded();
        });
}

QString TradeDetailDialog::headerText() const { return m_header->text(); }
QString TradeDetailDialog::amountsText() const { return m_amounts->text(); }
QString TradeDetailDialog::checkText() const { return m_check->isHidden() ? QString() : m_check->text(); }
QString TradeDetailDialog::warningsText() const { return m_warnings->isHidden() ? QString() : m_warnings->text(); }

void TradeDetailDialog::showWarnings(const od::rules::TradeWarnings &w)
{
    QStringList lines;
    if (!w.holdReason.isEmpty())
        lines << tr("⚠ Held by a conversion rule: %1").arg(w.holdReason);
    for (const od::rules::BlacklistEntry &e : w.blacklisted)
        lines << (e.kind == QLatin1String("mobile") ? tr("⚠ The mobile %1 is on the blacklist (%2).") : tr("⚠ The buyer %1 is on the blacklist (%2)."))
                     .arg(e.kind == QLatin1String("mobile") ? od::maskMobile(e.value) : e.value, e.note.isEmpty() ? tr("no note") : e.note);
    if (!w.addressProblem.isEmpty())
        lines << tr("⚠ %1").arg(w.addressProblem);
    m_warnings->setText(lines.join(QLatin1Char('\n')));
    m_warnings->setVisible(!lines.isEmpty());
}

namespace {
QString discountPartLabel(const QString &key)
{
    static const std::pair<const char *, const char *> labels[] = {
        {"member", QT_TRANSLATE_NOOP("TradeDetailDialog", "member")},
        {"coupon", QT_TRANSLATE_NOOP("TradeDetailDialog", "coupon")},
        {"integral", QT_TRANSLATE_NOOP("TradeDetailDialog", "points")},
        {"full_reduce", QT_TRANSLATE_NOOP("TradeDetailDialog", "full reduction")},
        {"admin", QT_TRANSLATE_NOOP("TradeDetailDialog", "price change by the shop")},
        {"other", QT_TRANSLATE_NOOP("TradeDetailDialog", "other")},
    };
    for (const auto &[k, label] : labels)
        if (key == QLatin1String(k))
            return TradeDetailDialog::tr(label);
    return key;
}
} // namespace

void TradeDetailDialog::showTrade(const od::Trade &t)
{
    setWindowTitle(tr("Trade details — %1").arg(t.tid));
    QString flags;
    if (t.paid)
        flags += tr(" · paid %1").arg(t.payTime);
    if (t.cod)
        flags += tr(" · cash on delivery");
    if (t.closed)
        flags += tr(" · closed");
    m_header->setText(
        tr("%1 · %2 · created %3 · modified %4%5")
            .arg(t.tid, ui::stateLabel(od::ListId::PendingImport, QStringLiteral("platform_status"), t.platformStatus), t.created, t.modified, flags));
    m_buyer->setText(t.buyerNick);
    m_receiver->setText(tr("%1 %2, %3 %4 %5 %6").arg(t.receiverName, t.receiverMobile, t.receiverState, t.receiverCity, t.receiverDistrict, t.receiverAddress));
    QString amounts =
        tr("Goods %1 + freight %2 − discount %3 = paid %4").arg(t.goodsTotal.toString(), t.freight.toString(), t.discount.toString(), t.paidAmount.toString());
    const QJsonObject parts = QJsonDocument::fromJson(t.discountDetail.toUtf8()).object();
    QStringList partTexts;
    for (const QString &key : od::discountPartKeys()) {
        if (!parts.contains(key))
            continue;
        const od::Money m = od::Money::fromFen(qint64(parts.value(key).toDouble()));
        partTexts << (m.fen() < 0 ? tr("%1 +%2 (markup)").arg(discountPartLabel(key), od::Money::fromFen(-m.fen()).toString())
                                  : tr("%1 %2").arg(discountPartLabel(key), m.toString()));
    }
    if (!partTexts.isEmpty())
        amounts += QLatin1Char('\n') + tr("Discount: %1").arg(partTexts.join(tr(", ")));
    m_amounts->setText(amounts);
    const int64_t diff = od::amountDifferenceFen(t);
    m_check->setVisible(diff != 0);
    if (diff != 0)
        m_check->setText(tr("⚠ The platform's amounts do not add up: goods − discount + freight differs from the paid amount by %1. "
                            "The trade is kept as the platform sent it.")
                             .arg(od::Money::fromFen(diff).toString()));
    m_shipment->setText(t.trackingNo.isEmpty() && t.expressCompany.isEmpty()
                            ? tr("(not shipped by the platform)")
                            : tr("Shipped by the platform: %1 %2 at %3").arg(t.expressCompany, t.trackingNo, t.consignTime));
    QStringList remarks;
    if (!t.buyerMemo.isEmpty())
        remarks << tr("Buyer: %1").arg(t.buyerMemo);
    if (!t.sellerMemo.isEmpty())
        remarks << tr("Seller: %1").arg(t.sellerMemo);
    m_remarks->setText(remarks.isEmpty() ? tr("(none)") : remarks.join(QLatin1Char('\n')));
    m_lines->setRowCount(int(t.lines.size()));
    for (int i = 0; i < int(t.lines.size()); ++i) {
        const od::TradeLine &l = t.lines[size_t(i)];
        const QStringList cells{l.oid,
                                l.title,
                                l.attributes,
                                l.skuCode.isEmpty() ? l.outerSkuId : l.skuCode,
                                QString::number(l.quantity),
                                l.unitPrice.toString(),
                                l.discount.isZero() ? QString() : l.discount.toString(),
                                l.amount.toString(),
                                l.underRefund() ? l.refundStatus : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c >= 4 && c <= 7)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_lines->setItem(i, c, item);
        }
    }
    const QJsonDocument doc = QJsonDocument::fromJson(t.rawPayload.toUtf8());
    m_raw->setPlainText(doc.isNull() ? t.rawPayload : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}
