#pragma once
// The gateway's JSON configuration (docs/gateway.md): shops, the push receiver, schedules and the CRM
// link. Secrets are never in it — shops and the CRM name theirs with secret_ref.
#include "auth/session.h"
#include "crm/crmmapping.h"
#include "domain/types.h"
#include "push/pushreceiver.h"
#include "storage/database.h"

#include <QByteArray>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace od::gateway {

struct ScheduleConfig {
    QString shopCode;
    QString kind; // orders (also written "trades"), refunds, gapfill
    int intervalMin = 5;
    int lookbackMin = 0;
    bool enabled = true;
};

struct GatewayConfig {
    std::vector<Shop> shops;
    std::vector<ScheduleConfig> schedules;
    push::ReceiverOptions receiver;
    bool receiverEnabled = true;
    std::optional<crm::CrmSettings> crm; // absent or {}: the stored CRM link is left as it is

    // Errors: gateway.config_json, gateway.config_field (naming the field), gateway.config_secret.
    static Result<GatewayConfig> parse(const QByteArray &json);
    static Result<GatewayConfig> load(const QString &path);
};

// The session the configuration is applied with: "cli:<machineUser>", an administrator, like
// `--reset-password` (access to the gateway's machine and database is the right).
Session configSession(const QString &machineUser);
// Stores shops (by code), schedules (by shop + kind), the receiver and the CRM link through the
// settings services (ShopService, SettingsService: rights checked, every change audited as `by`),
// all in one transaction.
Status storeConfig(Database &db, const GatewayConfig &config, const Session &by);
// The receiver settings stored by storeConfig (defaults when none were stored).
Result<std::pair<push::ReceiverOptions, bool>> storedReceiverOptions(Database &db);

nlohmann::json receiverToJson(const push::ReceiverOptions &o, bool enabled);

} // namespace od::gateway
