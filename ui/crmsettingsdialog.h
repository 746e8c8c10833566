#pragma once
// The CRM link (ShopEx matrix): gateway address, app id, certificate id, node ids, callback base,
// version, and the matrix token typed into a password field that goes only to the secret store
// ("crm_token"). After saving, the CRM dispatcher is restarted (Backend::setCrmRestart).
#include "settingsdialog.h"
#include "crm/crmmapping.h"

class Backend;
class QLineEdit;

class CrmSettingsDialog : public SettingsDialog {
    Q_OBJECT
public:
    CrmSettingsDialog(Backend &backend, const od::crm::CrmSettings &current, QWidget *parent = nullptr);
    QLineEdit *gatewayEdit() const { return m_gateway; }
    QLineEdit *appIdEdit() const { return m_appId; }
    QLineEdit *certiEdit() const { return m_certi; }
    QLineEdit *fromNodeEdit() const { return m_from; }
    QLineEdit *toNodeEdit() const { return m_to; }
    QLineEdit *callbackEdit() const { return m_callback; }
    QLineEdit *tokenEdit() const { return m_token; }
    od::crm::CrmSettings settings() const;

protected:
    QString validate() const override;
    std::function<od::Status()> saver() override;

private:
    Backend &m_backend;
    bool m_hasStore;
    od::crm::CrmSettings m_current;
    QLineEdit *m_gateway, *m_appId, *m_certi, *m_from, *m_to, *m_callback, *m_version, *m_token;
};
