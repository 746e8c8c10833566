#pragma once
// Team mode: a desk on the shared PostgreSQL database holds no platform credentials (they live with
// the gateway), so it cannot reach Taobao or the mall itself. A shipment or a refused refund for a
// platform that takes write-backs becomes a desk request (RequestKind::WriteBack) that the active
// gateway runs through its PlatformsWriteBack; the desk's worker thread waits for the answer, bounded.
// When no gateway runs, or it does not answer in time, the action is refused with a message saying
// so: nothing is recorded as sent that the platform did not take. Platforms without write-back get
// `noWriteBack` here, as on the gateway.
#include "auth/session.h"
#include "storage/database.h"
#include "workflow/platformwriteback.h"

#include <functional>

namespace od::gateway {

class GatewayWriteBack : public PlatformWriteBack {
public:
    // `session`: who asks (the desk's logged-in user; the request records them).
    GatewayWriteBack(Database &db, std::function<Session()> session, PlatformWriteBack &noWriteBack, int answerTimeoutMs = 60000);
    Result<QString> shipped(const Shop &shop, const QString &tid, const QString &companyCode, const QString &trackingNo) override;
    Result<QString> refuseRefund(const Shop &shop, const PendingRefund &refund, const QString &reason) override;

private:
    Result<QString> viaGateway(const QString &params, const QString &what);
    Database &m_db;
    std::function<Session()> m_session;
    PlatformWriteBack &m_none;
    int m_timeoutMs;
};

// The gateway's side: runs the write-back a request's `params` describe through `writeBack` (the
// shop and the refund are read again from the database).
Result<QString> runWriteBackRequest(Database &db, const QString &params, PlatformWriteBack &writeBack);

} // namespace od::gateway
