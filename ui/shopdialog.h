#pragma once
// Add or edit a shop: code, name, platform kind, app key, TOP endpoint or push sign scheme, enabled,
// and the credentials (app secret, TOP session) typed into password fields that go ONLY to the
// secret store (never the database or settings). Without a store (team mode) those fields are off.
#include "settingsdialog.h"
#include "domain/types.h"
#include <memory>
#include <optional>

class Backend;
class QCheckBox;
class QComboBox;
class QLineEdit;

class ShopDialog : public SettingsDialog {
    Q_OBJECT
public:
    ShopDialog(Backend &backend, std::optional<od::Shop> shop, QWidget *parent = nullptr);
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *platformBox() const { return m_platform; }
    QLineEdit *appKeyEdit() const { return m_appKey; }
    QLineEdit *endpointEdit() const { return m_endpoint; }
    QComboBox *schemeBox() const { return m_scheme; }
    QLineEdit *secretEdit() const { return m_secret; }
    QLineEdit *sessionEdit() const { return m_session; }
    QCheckBox *enabledBox() const { return m_enabled; }
    od::Shop shop() const;
    int64_t savedId() const { return *m_id; } // the stored shop, once saved (accept or save())

protected:
    QString validate() const override;
    std::function<od::Status()> saver() override;

private:
    void platformChanged();
    Backend &m_backend;
    std::optional<od::Shop> m_original;
    bool m_hasStore;
    QLineEdit *m_code, *m_name, *m_appKey, *m_endpoint, *m_secret, *m_session;
    QComboBox *m_platform, *m_scheme;
    QCheckBox *m_enabled;
    std::shared_ptr<int64_t> m_id = std::make_shared<int64_t>(0);
};
