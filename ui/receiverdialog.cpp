#include "receiverdialog.h"

#include "push/pushreceiver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLineEdit>
#include <QSpinBox>

QString ReceiverDialog::replyExample(const QString &format)
{
    if (format == QLatin1String("rsp"))
        return QStringLiteral(R"({"rsp":"succ"} / {"rsp":"fail","res":"…"})");
    if (format == QLatin1String("plain"))
        return QStringLiteral("success / fail");
    return QStringLiteral(R"({"code":0,"msg":"success"} / {"code":1,"msg":"…"})");
}

ReceiverDialog::ReceiverDialog(Backend &backend, const ReceiverSettings &r, QWidget *parent) : SettingsDialog(tr("Push receiver"), parent), m_backend(backend)
{
    setObjectName(QStringLiteral("receiverDialog"));
    m_enabled = new QCheckBox(tr("Accept order pushes"), this);
    m_enabled->setChecked(r.enabled);
    m_address = new QLineEdit(r.bindAddress, this);
    m_address->setPlaceholderText(QStringLiteral("0.0.0.0"));
    m_address->setToolTip(tr("0.0.0.0 listens on every network interface; 127.0.0.1 only on this computer."));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(r.port > 0 ? r.port : 8090);
    m_reply = new QComboBox(this);
    for (const QString &f : od::push::replyFormats())
        m_reply->addItem(replyExample(f), f);
    if (int i = m_reply->findData(r.replyFormat); i >= 0)
        m_reply->setCurrentIndex(i);
    form()->addRow(QString(), m_enabled);
    form()->addRow(tr("Listen address:"), m_address);
    form()->addRow(tr("Port:"), m_port);
    form()->addRow(tr("Reply format:"), m_reply);
    addNote(tr("The gateway reads these settings when it starts: changes apply at its next start."));
    connect(m_address, &QLineEdit::textChanged, this, &ReceiverDialog::recheck);
}

ReceiverSettings ReceiverDialog::settings() const
{
    ReceiverSettings r;
    r.enabled = m_enabled->isChecked();
    r.bindAddress = m_address->text().trimmed();
    r.port = m_port->value();
    r.replyFormat = m_reply->currentData().toString();
    return r;
}

QString ReceiverDialog::validate() const
{
    const QHostAddress a(m_address->text().trimmed());
    if (a.isNull() || a.protocol() != QAbstractSocket::IPv4Protocol)
        return tr("Enter the listen address as an IPv4 address, e.g. 0.0.0.0 (every interface) or 127.0.0.1.");
    return {};
}

std::function<od::Status()> ReceiverDialog::saver()
{
    return [b = &m_backend, r = settings()] { return b->saveReceiverSettings(r); };
}
