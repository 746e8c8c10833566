// Backend: the settings page's door to the core settings services (core/settings, core/auth): one
// call each with the logged-in session; the services check the right, validate, and write the
// change with its audit entry in one transaction.
#include "backend.h"

#include "auth/session.h"
#include "auth/userservice.h"
#include "secrets/secretstore.h"

bool Backend::may(od::Right right) const { return m_session.valid() && od::roleHas(m_session.role, right); }

QString Backend::whyNot(od::Right right) const
{
    if (may(right))
        return {};
    const od::Status st = od::requireRight(core(), right);
    return st.ok() ? QString() : st.error().message;
}

od::Result<int64_t> Backend::saveShop(const od::Shop &shop, const std::optional<QString> &appSecret, const std::optional<QString> &topSession)
{
    auto id = od::ShopService(m_db, m_secrets).save(core(), shop, appSecret, topSession);
    if (id.ok() || id.error().code == QLatin1String("settings.secret_failed"))
        notifyChanged({QStringLiteral("shops")});
    return id;
}

od::Status Backend::setShopEnabled(int64_t shopId, bool enabled)
{
    od::Status st = od::ShopService(m_db, m_secrets).setEnabled(core(), shopId, enabled);
    if (st.ok())
        notifyChanged({QStringLiteral("shops")});
    return st;
}

od::Result<bool> Backend::hasSecret(const QString &ref)
{
    if (!m_secrets || ref.isEmpty())
        return false;
    auto r = m_secrets->get(ref);
    return r.ok() && !r.value().isEmpty();
}

od::Result<std::vector<od::intake::Schedule>> Backend::shopSchedules(int64_t shopId) { return od::ShopService(m_db).schedules(shopId); }

od::Status Backend::saveSchedules(int64_t shopId, const std::vector<od::intake::Schedule> &schedules)
{
    od::Status st = od::ShopService(m_db).saveSchedules(core(), shopId, schedules);
    if (st.ok())
        notifyChanged({QStringLiteral("schedules")});
    return st;
}

od::Result<ReceiverSettings> Backend::receiverSettings() { return od::SettingsService(m_db).receiver(); }

od::Status Backend::saveReceiverSettings(const ReceiverSettings &r) { return od::SettingsService(m_db).saveReceiver(core(), r); }

od::Result<od::crm::CrmSettings> Backend::crmSettings() { return od::SettingsService(m_db).crm(); }

od::Status Backend::saveCrmSettings(const od::crm::CrmSettings &s, const std::optional<QString> &token)
{
    if (od::Status st = od::SettingsService(m_db, m_secrets).saveCrm(core(), s, token); !st.ok())
        return st;
    return m_crmRestart ? m_crmRestart() : od::Status();
}

od::Status Backend::createUser(const od::StaffUser &user, const QString &password)
{
    auto r = od::UserService(m_db).create(core(), user, password);
    if (!r.ok())
        return r.error();
    notifyChanged({QStringLiteral("users")});
    return {};
}

od::Status Backend::changeUserRole(const QString &login, od::Role role)
{
    od::Status st = od::UserService(m_db).changeRole(core(), login, role);
    if (st.ok())
        notifyChanged({QStringLiteral("users")});
    return st;
}

od::Status Backend::resetUserPassword(const QString &login, const QString &password) { return od::UserService(m_db).changePassword(core(), login, password); }

od::Status Backend::setUserActive(const QString &login, bool active)
{
    od::Status st = od::UserService(m_db).setActive(core(), login, active);
    if (st.ok())
        notifyChanged({QStringLiteral("users")});
    return st;
}
