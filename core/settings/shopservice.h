#pragma once
// Shops and their download schedules, as staff (the desk's settings page) and the gateway's
// configuration change them: Right::ManageShops checked here, every change and its audit entry in
// one transaction. Credentials go to the secret store only, never to the database.
#include "auth/session.h"
#include "domain/types.h"
#include "intake/runlog.h"
#include "storage/database.h"
#include <optional>
#include <vector>

namespace od {

class SecretStore;

// How each shop's downloads are doing (计划任务 page), from its latest runs.
struct ShopHealth {
    int64_t shopId = 0;
    QString shopName;
    QString lastSuccess; // window end of the last successful run; empty: never
    qint64 lagMinutes = -1;
    QString lastError;
    QString lastRun;
};

class ShopService {
public:
    // `secrets`: where shop credentials go; null (team mode, the gateway's config): none accepted.
    explicit ShopService(Database &db, SecretStore *secrets = nullptr) : m_db(db), m_secrets(secrets) { }

    // Creates (shop.id 0; the code must be free) or updates a shop; its secret_ref is derived from the
    // code ("shop/<code>") and kept on update. The app secret and TOP session (empty: unchanged) are
    // stored after the row committed. Returns the shop's id.
    Result<int64_t> save(const Session &by, Shop shop, const std::optional<QString> &appSecret = std::nullopt,
                         const std::optional<QString> &topSession = std::nullopt);
    // The gateway's configuration: creates or updates the shop with this code, secret_ref as given.
    Result<int64_t> storeByCode(const Session &by, Shop shop);
    Status setEnabled(const Session &by, int64_t shopId, bool enabled);

    Result<std::vector<intake::Schedule>> schedules(int64_t shopId);
    Result<std::vector<ShopHealth>> health();
    // Creates or updates the shop's schedules by kind (orders | refunds | gapfill).
    Status saveSchedules(const Session &by, int64_t shopId, const std::vector<intake::Schedule> &schedules);

private:
    Result<int64_t> write(const Session &by, Shop shop, bool byCode, const QJsonObject &extra);
    Database &m_db;
    SecretStore *m_secrets;
};

} // namespace od
