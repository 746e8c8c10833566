#pragma once
// The settings that are not a shop: the push receiver and the CRM link, as staff (the desk) and the
// gateway's configuration change them. Rights are checked here (receiver: Right::ManageShops, CRM:
// Right::ManageCrm); each change and its audit entry commit in one transaction. The matrix token
// goes to the secret store only.
#include "auth/session.h"
#include "crm/crmmapping.h"
#include "push/pushreceiver.h"
#include "storage/database.h"
#include <optional>

namespace od {

class SecretStore;

// What staff edit of the push receiver (the `settings` row 'gateway.receiver'); applied at next start.
struct ReceiverSettings {
    bool enabled = true;
    QString bindAddress = QStringLiteral("0.0.0.0");
    int port = 8090;
    QString replyFormat = QStringLiteral("code_msg"); // code_msg | rsp | plain
};

class SettingsService {
public:
    explicit SettingsService(Database &db, SecretStore *secrets = nullptr) : m_db(db), m_secrets(secrets) { }

    Result<ReceiverSettings> receiver();
    // The desk's editor: address, port and reply format; the stored limits and timeouts are kept.
    Status saveReceiver(const Session &by, const ReceiverSettings &r);
    // The gateway's configuration: every option as given (port 0: any free port).
    Status storeReceiver(const Session &by, const push::ReceiverOptions &options, bool enabled);

    Result<crm::CrmSettings> crm();
    // Normalises and checks `s`; `token` (empty: unchanged) goes to the secret store after the commit.
    Status saveCrm(const Session &by, crm::CrmSettings s, const std::optional<QString> &token = std::nullopt);

private:
    Database &m_db;
    SecretStore *m_secrets;
};

} // namespace od
