#pragma once
// The push receiver (where pushing platforms send orders): on/off, listen address, port, reply
// format. Stored with the gateway configuration (settings 'gateway.receiver'); applies at next start.
#include "settingsdialog.h"
#include "backend.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

class ReceiverDialog : public SettingsDialog {
    Q_OBJECT
public:
    ReceiverDialog(Backend &backend, const ReceiverSettings &current, QWidget *parent = nullptr);
    QLineEdit *addressEdit() const { return m_address; }
    QSpinBox *portBox() const { return m_port; }
    QComboBox *replyBox() const { return m_reply; }
    QCheckBox *enabledBox() const { return m_enabled; }
    ReceiverSettings settings() const;
    static QString replyExample(const QString &format);

protected:
    QString validate() const override;
    std::function<od::Status()> saver() override;

private:
    Backend &m_backend;
    QCheckBox *m_enabled;
    QLineEdit *m_address;
    QSpinBox *m_port;
    QComboBox *m_reply;
};
