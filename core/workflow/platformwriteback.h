#pragma once
// What the workflow tells a platform: a shipment (express company + tracking number) and a refused
// refund. PlatformsWriteBack sends it to each shop's platform through the platform interface
// (platforms/platform.h); platforms without write-back, and tests, use RecordingWriteBack.
#include "domain/types.h"
#include "platforms/platform.h"
#include <QMutex>
#include <functional>
#include <vector>

namespace od {

class PlatformWriteBack {
public:
    virtual ~PlatformWriteBack() = default;
    // The platform's answer (recorded with the action), or an error if the platform refused.
    virtual Result<QString> shipped(const Shop &shop, const QString &tid, const QString &companyCode, const QString &trackingNo) = 0;
    virtual Result<QString> refuseRefund(const Shop &shop, const PendingRefund &refund, const QString &reason) = 0;
};

// Records every call and answers with a fixed no-op answer (or a configured failure, for tests).
class RecordingWriteBack : public PlatformWriteBack {
public:
    struct Call {
        QString kind; // "shipped" / "refuse_refund"
        int64_t shopId = 0;
        QString tid, companyOrRefundId, trackingOrReason;
    };
    Result<QString> shipped(const Shop &shop, const QString &tid, const QString &companyCode, const QString &trackingNo) override;
    Result<QString> refuseRefund(const Shop &shop, const PendingRefund &refund, const QString &reason) override;
    void failNextWith(const Error &error);
    std::vector<Call> calls() const;

private:
    mutable QMutex m_mutex;
    std::vector<Call> m_calls;
    std::optional<Error> m_fail;
};

// Write-back through the shop's platform (platforms::platformFor): a fresh client per call (a client
// belongs to its thread), credentials from `credentials`. A platform without the capability gets
// `noWriteBack` (a recorded local no-op).
class PlatformsWriteBack : public PlatformWriteBack {
public:
    using CredentialsProvider = std::function<Result<platforms::Credentials>(const Shop &)>;
    PlatformsWriteBack(CredentialsProvider credentials, PlatformWriteBack &noWriteBack, platforms::ClientOptions options = {});
    // Credentials from the secret store (platforms::Platform::credentials).
    PlatformsWriteBack(SecretStore &secrets, PlatformWriteBack &noWriteBack, platforms::ClientOptions options = {});
    Result<QString> shipped(const Shop &shop, const QString &tid, const QString &companyCode, const QString &trackingNo) override;
    Result<QString> refuseRefund(const Shop &shop, const PendingRefund &refund, const QString &reason) override;

private:
    Result<std::unique_ptr<platforms::PlatformClient>> client(const Shop &shop);
    CredentialsProvider m_credentials;
    PlatformWriteBack &m_none;
    platforms::ClientOptions m_options;
};

} // namespace od
