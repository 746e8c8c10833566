#include "refunddialogs.h"

#include "dialogparts.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

RefuseRefundDialog::RefuseRefundDialog(const QString &refundId, QWidget *parent)
    : QDialog(parent), m_reason(new QPlainTextEdit(this)), m_message(ui::messageLabel(this))
{
    setWindowTitle(tr("Refuse refund %1").arg(refundId));
    resize(460, 260);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The reason is sent to the platform and shown to the buyer (2–200 characters):"), this));
    m_reason->setObjectName(QStringLiteral("reason"));
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_message);
    m_ok = ui::addOkCancel(this, layout, tr("Refuse refund"), [this] { accept(); });
    connect(m_reason, &QPlainTextEdit::textChanged, this, &RefuseRefundDialog::check);
    check();
}

QString RefuseRefundDialog::reason() const { return m_reason->toPlainText().trimmed(); }

QString RefuseRefundDialog::validate(const QString &reason)
{
    const qsizetype n = reason.trimmed().size();
    if (n < 2)
        return tr("Enter a reason of at least 2 characters.");
    if (n > 200)
        return tr("The reason is %1 characters long; at most 200 are allowed.").arg(n);
    return {};
}

void RefuseRefundDialog::check()
{
    const QString why = validate(reason());
    m_message->setText(why);
    m_ok->setEnabled(why.isEmpty());
}

void RefuseRefundDialog::accept()
{
    check();
    if (m_ok->isEnabled())
        QDialog::accept();
}

PartialRefundDialog::PartialRefundDialog(const QString &orderNo, od::Money paid, od::Money refunded, QWidget *parent)
    : QDialog(parent), m_paid(paid), m_refunded(refunded), m_amountEdit(new QLineEdit(this)), m_reason(new QPlainTextEdit(this)),
      m_message(ui::messageLabel(this))
{
    setWindowTitle(tr("Partial refund — %1").arg(orderNo));
    resize(460, 300);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_form = form;
    const od::Money left = paid.minus(refunded).valueOr(od::Money());
    form->addRow(tr("Paid:"), new QLabel(paid.toString(), this));
    form->addRow(tr("Already refunded:"), new QLabel(refunded.toString(), this));
    form->addRow(tr("At most:"), new QLabel(left.toString(), this));
    m_amountEdit->setObjectName(QStringLiteral("amount"));
    m_amountEdit->setPlaceholderText(tr("e.g. 12.50"));
    form->addRow(tr("Refund amount (yuan):"), m_amountEdit);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("e.g. compensation for a damaged parcel"));
    form->addRow(tr("Reason:"), m_reason);
    layout->addLayout(form);
    layout->addWidget(m_message);
    m_ok = ui::addOkCancel(this, layout, tr("Refund"), [this] { accept(); });
    connect(m_amountEdit, &QLineEdit::textChanged, this, [this] { check(); });
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] { check(); });
    check();
}

QString PartialRefundDialog::reason() const { return m_reason->toPlainText().trimmed(); }

QString PartialRefundDialog::validate(const QString &amountText, const QString &reason, od::Money paid, od::Money refunded, od::Money *amount)
{
    const QString text = amountText.trimmed();
    if (text.isEmpty())
        return tr("Enter the amount to refund.");
    auto parsed = od::Money::parse(text);
    if (!parsed.ok())
        return tr("\"%1\" is not an amount of money (use e.g. 12.50).").arg(text);
    if (amount)
        *amount = parsed.value();
    if (parsed.value().fen() <= 0)
        return tr("The amount must be more than 0.");
    const od::Money left = paid.minus(refunded).valueOr(od::Money());
    if (parsed.value() > left)
        return tr("At most %1 can be refunded (paid %2, already refunded %3).").arg(left.toString(), paid.toString(), refunded.toString());
    if (reason.trimmed().size() < 2)
        return tr("Enter a reason.");
    if (reason.trimmed().size() > 200)
        return tr("The reason may be at most 200 characters long.");
    return {};
}

void PartialRefundDialog::setLineLimit(const QString &line, od::Money left)
{
    m_line = line;
    m_lineLeft = left;
    m_form->insertRow(3, tr("Line \"%1\" at most:").arg(line), new QLabel(left.toString(), this));
    check();
}

QString PartialRefundDialog::check()
{
    QString why = validate(m_amountEdit->text(), reason(), m_paid, m_refunded, &m_amount);
    if (why.isEmpty() && m_lineLeft && m_amount > *m_lineLeft)
        why = tr("At most %1 can be refunded on the line \"%2\".").arg(m_lineLeft->toString(), m_line);
    m_message->setText(why);
    m_ok->setEnabled(why.isEmpty());
    return why;
}

void PartialRefundDialog::accept()
{
    if (check().isEmpty())
        QDialog::accept();
}
