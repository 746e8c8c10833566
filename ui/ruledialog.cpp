#include "ruledialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using od::rules::Outcome;
using od::rules::Tri;

namespace {
QComboBox *triCombo(QWidget *parent, const QString &yes, const QString &no, Tri value)
{
    auto *c = new QComboBox(parent);
    c->addItem(RuleDialog::tr("Either"), int(Tri::Any));
    c->addItem(yes, int(Tri::Yes));
    c->addItem(no, int(Tri::No));
    c->setCurrentIndex(c->findData(int(value)));
    return c;
}

QStringList words(const QString &text)
{
    static const QRegularExpression sep(QStringLiteral("[,，;；\\s]+"));
    QStringList out = text.split(sep, Qt::SkipEmptyParts);
    out.removeDuplicates();
    return out;
}

QString money(const std::optional<int64_t> &fen) { return fen ? od::Money::fromFen(*fen).toString() : QString(); }
} // namespace

RuleDialog::RuleDialog(const QList<QPair<qint64, QString>> &shops, const od::rules::Rule &rule, QWidget *parent)
    : QDialog(parent), m_rule(rule), m_name(new QLineEdit(rule.name, this)), m_enabled(new QCheckBox(tr("Enabled"), this)), m_outcome(new QComboBox(this)),
      m_reason(new QLineEdit(rule.holdReason, this)), m_shops(new QListWidget(this)),
      m_statuses(new QLineEdit(rule.when.platformStatuses.join(QStringLiteral(", ")), this)), m_paid(new QComboBox(this)),
      m_memoWords(new QLineEdit(rule.when.memoWords.join(QStringLiteral(", ")), this)), m_minPaid(new QLineEdit(money(rule.when.minPaidFen), this)),
      m_maxPaid(new QLineEdit(money(rule.when.maxPaidFen), this)), m_regions(new QLineEdit(rule.when.regions.join(QStringLiteral(", ")), this)),
      m_from(new QLineEdit(rule.when.createdFrom, this)), m_to(new QLineEdit(rule.when.createdTo, this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("ruleDialog"));
    setWindowTitle(rule.id ? tr("Edit conversion rule") : tr("New conversion rule"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_enabled->setChecked(rule.enabled);
    for (Outcome o : {Outcome::Convert, Outcome::Hold, Outcome::Leave})
        m_outcome->addItem(od::rules::outcomeLabel(o), int(o));
    m_outcome->setCurrentIndex(m_outcome->findData(int(rule.outcome)));
    m_reason->setPlaceholderText(tr("shown to staff in the Hold reason column, e.g. 大额订单，请核对"));
    form->addRow(tr("Name:"), m_name);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("Then:"), m_outcome);
    form->addRow(tr("Hold reason:"), m_reason);
    layout->addLayout(form);

    auto *when = new QGroupBox(tr("When every condition holds (empty = any)"), this);
    auto *cond = new QFormLayout(when);
    for (const auto &[id, name] : shops) {
        auto *item = new QListWidgetItem(name, m_shops);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool on = std::find(rule.when.shopIds.begin(), rule.when.shopIds.end(), int64_t(id)) != rule.when.shopIds.end();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_shops->setMaximumHeight(90);
    cond->addRow(tr("Shops:"), m_shops);
    m_statuses->setPlaceholderText(tr("platform statuses, e.g. WAIT_SELLER_SEND_GOODS"));
    cond->addRow(tr("Platform status:"), m_statuses);
    m_paid->addItem(tr("Either"), int(Tri::Any));
    m_paid->addItem(tr("Paid online"), int(Tri::Yes));
    m_paid->addItem(tr("Cash on delivery"), int(Tri::No));
    m_paid->setCurrentIndex(m_paid->findData(int(rule.when.paid)));
    cond->addRow(tr("Payment:"), m_paid);
    const od::rules::Conditions &c = rule.when;
    auto addTri = [this, cond](const QString &key, const QString &label, const QString &yes, const QString &no, Tri value) {
        QComboBox *box = triCombo(this, yes, no, value);
        box->setObjectName(key);
        m_tris.append({key, box});
        cond->addRow(label, box);
    };
    addTri(QStringLiteral("buyer_memo"), tr("Buyer memo:"), tr("Has one"), tr("Has none"), c.buyerMemo);
    addTri(QStringLiteral("seller_memo"), tr("Seller memo:"), tr("Has one"), tr("Has none"), c.sellerMemo);
    m_memoWords->setPlaceholderText(tr("a memo contains one of these words, e.g. 发票, 加急"));
    cond->addRow(tr("Memo words:"), m_memoWords);
    addTri(QStringLiteral("open_refund"), tr("Refund:"), tr("A line is under refund"), tr("No open refund"), c.openRefund);
    addTri(QStringLiteral("all_mapped"), tr("Goods mapping:"), tr("Every line has a goods code"), tr("A line has no goods code"), c.allMapped);
    auto *amounts = new QHBoxLayout;
    m_minPaid->setPlaceholderText(tr("from"));
    m_maxPaid->setPlaceholderText(tr("to"));
    amounts->addWidget(m_minPaid);
    amounts->addWidget(new QLabel(QStringLiteral("–"), this));
    amounts->addWidget(m_maxPaid);
    cond->addRow(tr("Paid amount (yuan):"), amounts);
    m_regions->setPlaceholderText(tr("provinces or cities, e.g. 新疆, 西藏"));
    cond->addRow(tr("Receiver region:"), m_regions);
    addTri(QStringLiteral("blacklisted"), tr("Blacklist:"), tr("Buyer or mobile on the blacklist"), tr("Not on the blacklist"), c.blacklisted);
    addTri(QStringLiteral("address_problem"), tr("Address:"), tr("Incomplete or a post-office box"), tr("Complete"), c.addressProblem);
    auto *times = new QHBoxLayout;
    m_from->setPlaceholderText(QStringLiteral("22:00"));
    m_to->setPlaceholderText(QStringLiteral("06:00"));
    times->addWidget(m_from);
    times->addWidget(new QLabel(QStringLiteral("–"), this));
    times->addWidget(m_to);
    cond->addRow(tr("Ordered between:"), times);
    layout->addWidget(when);

    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_ok->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    for (QLineEdit *e : {m_name, m_reason, m_statuses, m_memoWords, m_minPaid, m_maxPaid, m_regions, m_from, m_to})
        connect(e, &QLineEdit::textChanged, this, &RuleDialog::check);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &RuleDialog::check);
    check();
}

QComboBox *RuleDialog::triBox(const QString &key) const
{
    for (const auto &[k, box] : m_tris)
        if (k == key)
            return box;
    return nullptr;
}

od::Result<od::rules::Rule> RuleDialog::rule() const
{
    od::rules::Rule r = m_rule;
    r.name = m_name->text().trimmed();
    r.enabled = m_enabled->isChecked();
    r.outcome = Outcome(m_outcome->currentData().toInt());
    r.holdReason = r.outcome == Outcome::Hold ? m_reason->text().trimmed() : QString();
    od::rules::Conditions c;
    for (int i = 0; i < m_shops->count(); ++i)
        if (m_shops->item(i)->checkState() == Qt::Checked)
            c.shopIds.push_back(m_shops->item(i)->data(Qt::UserRole).toLongLong());
    c.platformStatuses = words(m_statuses->text());
    c.paid = Tri(m_paid->currentData().toInt());
    auto tri = [this](const char *key) { return Tri(triBox(QLatin1String(key))->currentData().toInt()); };
    c.buyerMemo = tri("buyer_memo");
    c.sellerMemo = tri("seller_memo");
    c.openRefund = tri("open_refund");
    c.allMapped = tri("all_mapped");
    c.blacklisted = tri("blacklisted");
    c.addressProblem = tri("address_problem");
    c.memoWords = words(m_memoWords->text());
    c.regions = words(m_regions->text());
    for (auto [edit, target] : {std::pair{m_minPaid, &c.minPaidFen}, std::pair{m_maxPaid, &c.maxPaidFen}}) {
        if (edit->text().trimmed().isEmpty())
            continue;
        auto m = od::Money::parseLenient(edit->text());
        if (!m.ok())
            return od::Error(QStringLiteral("rules.invalid"), tr("The amount \"%1\" is not a sum of money like 199.00.").arg(edit->text()));
        *target = m.value().fen();
    }
    c.createdFrom = m_from->text().trimmed();
    c.createdTo = m_to->text().trimmed();
    r.when = c;
    if (od::Status st = od::rules::validate(r); !st.ok())
        return st.error();
    return r;
}

void RuleDialog::check()
{
    m_reason->setEnabled(Outcome(m_outcome->currentData().toInt()) == Outcome::Hold);
    auto r = rule();
    m_message->setText(r.ok() ? QString() : r.error().message);
    m_ok->setEnabled(r.ok());
}
