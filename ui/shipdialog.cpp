#include "shipdialog.h"

#include "dialogparts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

ShipDialog::ShipDialog(const QString &orderNo, QWidget *parent)
    : QDialog(parent), m_company(new QComboBox(this)), m_tracking(new QLineEdit(this)), m_message(ui::messageLabel(this))
{
    setWindowTitle(tr("Ship order %1").arg(orderNo));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    // Company codes as the platforms know them; names as staff know them.
    const QList<QPair<QString, QString>> companies{{QStringLiteral("SF"), tr("SF Express")},       {QStringLiteral("ZTO"), tr("ZTO Express")},
                                                   {QStringLiteral("YTO"), tr("YTO Express")},     {QStringLiteral("STO"), tr("STO Express")},
                                                   {QStringLiteral("YUNDA"), tr("Yunda Express")}, {QStringLiteral("EMS"), tr("EMS")},
                                                   {QStringLiteral("JD"), tr("JD Logistics")},     {QStringLiteral("DBL"), tr("Deppon")}};
    for (const auto &[code, name] : companies)
        m_company->addItem(name, code);
    m_company->setEditable(false);
    form->addRow(tr("Express company:"), m_company);
    m_tracking->setObjectName(QStringLiteral("tracking"));
    form->addRow(tr("Tracking number:"), m_tracking);
    layout->addLayout(form);
    layout->addWidget(m_message);
    m_ok = ui::addOkCancel(this, layout, tr("Ship"));
    auto check = [this] {
        const QString why = validate(company(), trackingNo());
        m_message->setText(why);
        m_ok->setEnabled(why.isEmpty());
    };
    connect(m_tracking, &QLineEdit::textChanged, this, check);
    check();
}

QString ShipDialog::company() const { return m_company->currentData().toString(); }
QString ShipDialog::trackingNo() const { return m_tracking->text().trimmed(); }

QString ShipDialog::validate(const QString &company, const QString &tracking)
{
    if (company.isEmpty())
        return tr("Choose the express company.");
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9-]{6,40}$"));
    if (!re.match(tracking).hasMatch())
        return tr("Enter the tracking number (6–40 letters or digits).");
    return {};
}
